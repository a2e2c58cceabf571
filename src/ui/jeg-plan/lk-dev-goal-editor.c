/* lk-dev-goal-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-date.h"
#include "lk-a11y.h"
#include "lk-jeg-plan.h"
#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-choice.h"
#include "lk-dev-goal-editor.h"
#include "lk-masterplan.h"

struct _LkDevGoalEditor
{
  LkEditor        parent_instance;

  LkStore        *store;
  LkDevGoal      *goal;      /* the copy being edited */

  AdwEntryRow    *title_row;
  AdwEntryRow    *why_row;
  AdwEntryRow    *success_row;
  GtkScale       *progress_scale;
  AdwComboRow    *status_row;
  AdwEntryRow    *review_row;
  AdwPreferencesGroup *motor_group;
  GtkCheckButton *motor_checks[LK_MOTOR_N];
  AdwPreferencesGroup *masterplan_group;
  AdwComboRow    *masterplan_row;
  AdwActionRow   *path_row;
  LkMasterplan   *plan;
  GListStore     *plan_goals;  /* LkChoice: none, then the year's goals */
};

G_DEFINE_FINAL_TYPE (LkDevGoalEditor, lk_dev_goal_editor, LK_TYPE_EDITOR)

static void fill_masterplan (LkDevGoalEditor *self);

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (editor);
  const char *review_text = gtk_editable_get_text (GTK_EDITABLE (self->review_row));
  g_autofree char *review = lk_date_parse_user (review_text);
  g_autofree char *title = lk_editor_field_get_text (GTK_EDITABLE (self->title_row));
  guint motor = 0;

  if (*review_text != '\0' && review == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->review_row), "error");
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Write dates as day.month.year, like 31.12.2026."));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->review_row), "error");

  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (gtk_check_button_get_active (self->motor_checks[i]))
      motor |= 1u << i;

  lk_dev_goal_set_title (self->goal, title);
  lk_dev_goal_set_why (self->goal, gtk_editable_get_text (GTK_EDITABLE (self->why_row)));
  lk_dev_goal_set_success (self->goal, gtk_editable_get_text (GTK_EDITABLE (self->success_row)));
  lk_dev_goal_set_progress (self->goal, (int)gtk_range_get_value (GTK_RANGE (self->progress_scale)));
  lk_dev_goal_set_status (self->goal, adw_combo_row_get_selected (self->status_row));
  lk_dev_goal_set_review_date (self->goal, review);
  lk_dev_goal_set_motor (self->goal, motor);
  lk_dev_goal_set_goal_uuid (self->goal,
                             lk_choice_selected_id (G_LIST_MODEL (self->plan_goals),
                                                    adw_combo_row_get_selected (self->masterplan_row)));

  return lk_dev_goal_validate (self->goal, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  return *lk_dev_goal_get_title (LK_DEV_GOAL_EDITOR (editor)->goal) == '\0';
}

/* The store says why not, for example when a fifth goal would be active */
static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (editor);

  return lk_store_save_dev_goal (self->store, self->goal, error);
}

static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (editor);

  return lk_store_delete_dev_goal (self->store, self->goal, error);
}

/**
 * lk_dev_goal_editor_new:
 * @goal: (nullable): the goal to edit, or %NULL for a new one in @year
 */
GtkWindow *
lk_dev_goal_editor_new (GtkWindow *parent,
                    LkStore   *store,
                    int        year,
                    LkDevGoal *goal)
{
  LkDevGoalEditor *self = g_object_new (LK_TYPE_DEV_GOAL_EDITOR, "transient-for", parent, NULL);
  g_autofree char *review = NULL;

  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->goal = goal ? lk_dev_goal_copy (goal) : lk_dev_goal_new (year, "");

  lk_editor_set_is_new (LK_EDITOR (self), goal == NULL, _("New Development Goal"),
                        _("Edit Development Goal"));

  lk_editor_begin_fill (LK_EDITOR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), lk_dev_goal_get_title (self->goal));
  gtk_editable_set_text (GTK_EDITABLE (self->why_row), lk_dev_goal_get_why (self->goal));
  gtk_editable_set_text (GTK_EDITABLE (self->success_row), lk_dev_goal_get_success (self->goal));
  gtk_range_set_value (GTK_RANGE (self->progress_scale), lk_dev_goal_get_progress (self->goal));
  adw_combo_row_set_selected (self->status_row, lk_dev_goal_get_status (self->goal));
  review = lk_date_format_input (lk_dev_goal_get_review_date (self->goal));
  gtk_editable_set_text (GTK_EDITABLE (self->review_row), review);
  for (guint i = 0; i < LK_MOTOR_N; i++)
    gtk_check_button_set_active (self->motor_checks[i],
                                 (lk_dev_goal_get_motor (self->goal) & (1u << i)) != 0);
  fill_masterplan (self);
  lk_editor_end_fill (LK_EDITOR (self));
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return GTK_WINDOW (self);
}

/* The chosen goal's line of sight, up from its priority area */
static void
update_path (LkDevGoalEditor *self)
{
  const char *uuid = lk_choice_selected_id (G_LIST_MODEL (self->plan_goals),
                                            adw_combo_row_get_selected (self->masterplan_row));
  LkGoal *goal = self->plan ? lk_masterplan_find (self->plan, uuid) : NULL;
  g_autoptr(GPtrArray) path = goal ? lk_masterplan_path (self->plan, goal) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; path != NULL && i < path->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " › " : "", ((LkGoal *) path->pdata[i])->title);
  adw_action_row_set_subtitle (self->path_row, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->path_row), goal != NULL);
}

static int
by_level_and_title (gconstpointer a,
                    gconstpointer b)
{
  LkGoal *ga = *(LkGoal **) a, *gb = *(LkGoal **) b;

  return ga->level != gb->level ? (int) ga->level - (int) gb->level : g_utf8_collate (ga->title, gb->title);
}

/* The year's goals of the plan, by level; the one linked kept even when
 * it is archived or of another year */
static void
fill_masterplan (LkDevGoalEditor *self)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new ();
  const char *linked = lk_dev_goal_get_goal_uuid (self->goal);
  GHashTableIter iter;
  LkGoal *goal;

  self->plan = lk_store_load_masterplan (self->store, NULL);
  lk_choice_append (self->plan_goals, _("No goal in the plan"), NULL);
  if (self->plan != NULL)
    {
      g_hash_table_iter_init (&iter, self->plan->goals);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &goal))
        if (goal->level > 0 && ((!goal->archived && lk_goal_in_year (goal, lk_dev_goal_get_year (self->goal))) ||
                                g_strcmp0 (goal->uuid, linked) == 0))
          g_ptr_array_add (goals, goal);
      g_ptr_array_sort (goals, by_level_and_title);
    }
  for (guint i = 0; i < goals->len; i++)
    {
      LkGoal *g = g_ptr_array_index (goals, i);
      g_autofree char *label = g_strdup_printf ("%s · %s", lk_goal_level_short (g->level), g->title);

      lk_choice_append (self->plan_goals, label, g->uuid);
    }
  adw_combo_row_set_selected (self->masterplan_row, lk_choice_find (G_LIST_MODEL (self->plan_goals), linked));
  /* Without a plan there is nothing to choose */
  gtk_widget_set_visible (GTK_WIDGET (self->masterplan_group), goals->len > 0);
  update_path (self);
}

static void
open_masterplan_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (widget);
  const char *uuid = lk_choice_selected_id (G_LIST_MODEL (self->plan_goals),
                                            adw_combo_row_get_selected (self->masterplan_row));

  if (uuid != NULL)
    g_signal_emit_by_name (self, "open", "masterplan", uuid);
}

static void
lk_dev_goal_editor_dispose (GObject *object)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_DEV_GOAL_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->goal);
  g_clear_object (&self->plan);
  g_clear_object (&self->plan_goals);

  G_OBJECT_CLASS (lk_dev_goal_editor_parent_class)->dispose (object);
}

static void
lk_dev_goal_editor_class_init (LkDevGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_dev_goal_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  /* Archiving keeps the history; deleting is for mistakes, so ask */
  editor_class->delete_heading = N_("Delete the Goal?");
  editor_class->delete_body = N_("Log entries linked to it are kept, without the link. "
                                 "To keep the goal in your history, archive it instead.");
  editor_class->delete_failed = N_("Could Not Delete the Goal");

  lk_editor_class_set_template (widget_class,
                                "/io/github/lederkompass/Lederkompass/lk-dev-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, why_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, success_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, progress_scale);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, motor_group);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, masterplan_group);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, masterplan_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, path_row);
  gtk_widget_class_install_action (widget_class, "dev-goal.open-masterplan", NULL, open_masterplan_action);
}

static void
lk_dev_goal_editor_init (LkDevGoalEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (statuses, _("Active"));
  gtk_string_list_append (statuses, _("Achieved"));
  gtk_string_list_append (statuses, _("Archived"));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  for (guint i = 0; i < LK_MOTOR_N; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_motor_name (i));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      lk_a11y_set_name (GTK_WIDGET (check), lk_motor_name (i));
      self->motor_checks[i] = GTK_CHECK_BUTTON (check);
      adw_preferences_group_add (self->motor_group, row);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (lk_editor_changed), self);
    }

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->why_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->success_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->review_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->progress_scale, "value-changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  self->plan_goals = g_list_store_new (LK_TYPE_CHOICE);
  adw_combo_row_set_expression (self->masterplan_row, lk_choice_expression ());
  adw_combo_row_set_model (self->masterplan_row, G_LIST_MODEL (self->plan_goals));
  g_signal_connect_swapped (self->masterplan_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->masterplan_row, "notify::selected", G_CALLBACK (update_path), self);
}
