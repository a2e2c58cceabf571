/* lk-dev-goal-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-dialogs.h"
#include "lk-dev-goal-editor.h"

struct _LkDevGoalEditor
{
  AdwWindow       parent_instance;

  LkStore        *store;
  LkDevGoal      *goal;      /* the copy being edited */
  gboolean        is_new;

  AdwWindowTitle *window_title;
  AdwEntryRow    *title_row;
  AdwEntryRow    *why_row;
  AdwEntryRow    *success_row;
  GtkScale       *progress_scale;
  AdwComboRow    *status_row;
  AdwEntryRow    *review_row;
  AdwPreferencesGroup *motor_group;
  GtkCheckButton *motor_checks[LK_MOTOR_N];
  GtkLabel       *error_label;
  GtkWidget      *delete_button;
};

G_DEFINE_FINAL_TYPE (LkDevGoalEditor, lk_dev_goal_editor, ADW_TYPE_WINDOW)

static void
show_error (LkDevGoalEditor *self,
            const char   *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (widget);
  const char *review_text = gtk_editable_get_text (GTK_EDITABLE (self->review_row));
  g_autofree char *review = lk_date_parse_user (review_text);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autoptr(GError) error = NULL;
  guint motor = 0;

  if (*review_text != '\0' && review == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->review_row), "error");
      show_error (self, _("Write dates as day.month.year, like 31.12.2026."));
      return;
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

  /* The store says why, for example when a fifth goal would be active. */
  if (!lk_store_save_dev_goal (self->store, self->goal, &error))
    {
      show_error (self, error->message);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkDevGoalEditor     *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!lk_store_delete_dev_goal (self->store, self->goal, &error))
    lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Goal"), error);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (widget);
  GtkWidget *dialog;

  /* Archiving keeps the history; deleting is for mistakes, so ask. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete the Goal?"),
                                   _("Log entries linked to it are kept, without the link. "
                                     "To keep the goal in your history, archive it instead."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_title_changed (LkDevGoalEditor *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goal.save", *title != '\0');
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
  self->is_new = goal == NULL;
  self->goal = goal ? lk_dev_goal_copy (goal) : lk_dev_goal_new (year, "");

  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Development Goal")
                                                        : _("Edit Development Goal"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  gtk_widget_set_visible (self->delete_button, !self->is_new);

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
  on_title_changed (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return GTK_WINDOW (self);
}

static void
lk_dev_goal_editor_dispose (GObject *object)
{
  LkDevGoalEditor *self = LK_DEV_GOAL_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_DEV_GOAL_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->goal);

  G_OBJECT_CLASS (lk_dev_goal_editor_parent_class)->dispose (object);
}

static void
lk_dev_goal_editor_class_init (LkDevGoalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_dev_goal_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-dev-goal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, why_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, success_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, progress_scale);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, review_row);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, motor_group);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, LkDevGoalEditor, delete_button);

  gtk_widget_class_install_action (widget_class, "goal.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "goal.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "goal.save", NULL);
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
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, lk_motor_name (i),
                                      -1);
      self->motor_checks[i] = GTK_CHECK_BUTTON (check);
      adw_preferences_group_add (self->motor_group, row);
    }

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (on_title_changed), self);
}
