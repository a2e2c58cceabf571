/* lk-log-entry-view.c: one learning-log entry, saved as it is typed
 *
 * The entry is stored 600 ms after the last change, when the view is left,
 * and when the window closes: nothing to remember, nothing to lose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-later.h"
#include "lk-date.h"
#include "lk-a11y.h"
#include "lk-jeg-plan.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-log-entry-view.h"
#include "lk-markdown.h"

#define AUTOSAVE_MS  600

struct _LkLogEntryView
{
  AdwBin           parent_instance;

  GtkWidget       *back_button;

  LkStore         *store;
  LkLogEntry      *entry;          /* being edited, or NULL */
  GListStore      *gatherings;     /* LkGathering, after one without a uuid: "No gathering" */
  GListStore      *link_goals;     /* LkDevGoal, one check each in goals_box */
  GtkToggleButton *motor_toggles[LK_MOTOR_N];
  LkLater          autosave;
  gboolean         filling;
  gboolean         dirty;

  GtkLabel        *saved_label;
  GtkEntry        *title_entry;
  GtkEntry        *date_entry;
  GtkEntry        *tags_entry;
  GtkFlowBox      *motor_box;
  GtkFlowBox      *goals_box;
  GtkDropDown     *gathering_dropdown;
  GtkCheckButton  *share_check;
  GtkTextView     *body_view;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (LkLogEntryView, lk_log_entry_view, ADW_TYPE_BIN)

static LkStore *
store_of (LkLogEntryView *self)
{
  return self->store;
}

/* The log page's store; the view saves into it */
void
lk_log_entry_view_set_store (LkLogEntryView *self,
                             LkStore        *store)
{
  g_return_if_fail (LK_IS_LOG_ENTRY_VIEW (self));

  g_set_object (&self->store, store);
  lk_log_entry_view_refresh_choices (self);
}

static void
set_saved_label (LkLogEntryView *self,
                 const char *text)
{
  gtk_label_set_text (self->saved_label, text);
}

static char *
get_body (LkLogEntryView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Collects the fields and stores the entry: one transaction. */
static gboolean
save_now (LkLogEntryView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *date = NULL;
  g_auto(GStrv) tags = NULL;
  g_autoptr(GStrvBuilder) goals = g_strv_builder_new ();
  g_auto(GStrv) goal_uuids = NULL;
  guint motor = 0;

  lk_later_cancel (&self->autosave);
  if (self->entry == NULL || !self->dirty)
    return TRUE;

  date = lk_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_entry)));
  if (date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      set_saved_label (self, _("Not saved: write the date as day.month.year."));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");

  body = get_body (self);
  tags = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->tags_entry)), ",", -1);
  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (gtk_toggle_button_get_active (self->motor_toggles[i]))
      motor |= 1u << i;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->link_goals)); i++)
    {
      g_autoptr(LkDevGoal) goal = g_list_model_get_item (G_LIST_MODEL (self->link_goals), i);
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->goals_box, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_flow_box_child_get_child (child))))
        g_strv_builder_add (goals, lk_dev_goal_get_uuid (goal));
    }
  goal_uuids = g_strv_builder_end (goals);

  lk_log_entry_set_date (self->entry, date);
  lk_log_entry_set_title (self->entry, gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  lk_log_entry_set_body (self->entry, body);
  lk_log_entry_set_tags (self->entry, (const char * const *)tags);
  lk_log_entry_set_motor (self->entry, motor);
  lk_log_entry_set_goals (self->entry, (const char * const *)goal_uuids);
  lk_log_entry_set_share (self->entry, gtk_check_button_get_active (self->share_check));
  {
    LkGathering *gathering = gtk_drop_down_get_selected_item (self->gathering_dropdown);

    lk_log_entry_set_gathering (self->entry, gathering ? gathering->uuid : NULL);
  }

  if (!lk_store_save_log_entry (store_of (self), self->entry, &error))
    {
      g_autofree char *msg = g_strdup_printf (_("Not saved: %s"), error->message);
      set_saved_label (self, msg);
      return FALSE;
    }

  self->dirty = FALSE;
  set_saved_label (self, _("Saved"));

  return TRUE;
}

static void
on_field_changed (LkLogEntryView *self)
{
  if (self->filling || self->entry == NULL)
    return;

  self->dirty = TRUE;
  set_saved_label (self, _("Editing…"));
  lk_later_restart (&self->autosave);
}

/* Saves what is being typed; FALSE when it cannot be saved (a bad date) */
gboolean
lk_log_entry_view_flush (LkLogEntryView *self)
{
  g_return_val_if_fail (LK_IS_LOG_ENTRY_VIEW (self), TRUE);

  return save_now (self);
}

static GtkWidget *
create_goal_check (gpointer item,
                   gpointer user_data)
{
  LkLogEntryView *self = user_data;
  LkDevGoal *goal = item;
  const char * const *linked = self->entry ? lk_log_entry_get_goals (self->entry) : NULL;
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = gtk_label_new (lk_dev_goal_get_title (goal));

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
  lk_a11y_set_name (GTK_WIDGET (check), lk_dev_goal_get_title (goal));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               linked != NULL && g_strv_contains (linked, lk_dev_goal_get_uuid (goal)));
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_field_changed), self);

  return check;
}

/* One check per goal, ticked for the goals the entry is linked to */
static void
fill_goals (LkLogEntryView *self)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (store_of (self), 0, FALSE, NULL);
  g_autoptr(GPtrArray) items = goals ? lk_list_model_items (G_LIST_MODEL (goals)) : NULL;

  lk_list_store_replace (self->link_goals, items);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_box),
                          g_list_model_get_n_items (G_LIST_MODEL (self->link_goals)) > 0);
}

/**
 * lk_log_entry_view_open:
 * @dirty: to be stored with the first save even if not changed (a new entry
 *   from a prompt is not: nothing is stored before the first change)
 */
void
lk_log_entry_view_open (LkLogEntryView *self,
                        LkLogEntry     *entry,
                        gboolean        dirty)
{
  g_autofree char *date = NULL;
  g_autofree char *tags = NULL;

  save_now (self);
  g_set_object (&self->entry, entry);

  self->filling = TRUE;
  date = lk_date_format_input (lk_log_entry_get_date (entry));
  tags = g_strjoinv (", ", (char **)lk_log_entry_get_tags (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), lk_log_entry_get_title (entry));
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  gtk_editable_set_text (GTK_EDITABLE (self->tags_entry), tags);
  gtk_check_button_set_active (self->share_check, lk_log_entry_get_share (entry));
  for (guint i = 0; i < LK_MOTOR_N; i++)
    gtk_toggle_button_set_active (self->motor_toggles[i],
                                  (lk_log_entry_get_motor (entry) & (1u << i)) != 0);
  fill_goals (self);
  gtk_drop_down_set_selected (self->gathering_dropdown, 0);
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (self->gatherings)); i++)
    {
      g_autoptr(LkGathering) gathering = g_list_model_get_item (G_LIST_MODEL (self->gatherings), i);

      if (g_strcmp0 (gathering->uuid, lk_log_entry_get_gathering (entry)) == 0)
        gtk_drop_down_set_selected (self->gathering_dropdown, i);
    }
  /* A fresh buffer text: undo starts here, not with the previous entry. */
  gtk_text_buffer_begin_irreversible_action (gtk_text_view_get_buffer (self->body_view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), lk_log_entry_get_body (entry), -1);
  gtk_text_buffer_end_irreversible_action (gtk_text_view_get_buffer (self->body_view));
  self->filling = FALSE;

  self->dirty = dirty;
  set_saved_label (self, lk_log_entry_get_uuid (entry) ? _("Saved") : _("Not saved yet"));
}

/**
 * lk_log_entry_view_focus:
 *
 * Once the view is shown: from the top, with a new entry's title focused
 * (the prompt's headings wait below it) and an entry's text otherwise, its
 * cursor at the start.
 */
void
lk_log_entry_view_focus (LkLogEntryView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;

  g_return_if_fail (LK_IS_LOG_ENTRY_VIEW (self));

  if (self->entry == NULL)
    return;
  buffer = gtk_text_view_get_buffer (self->body_view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_widget_grab_focus (lk_log_entry_get_uuid (self->entry) ? GTK_WIDGET (self->body_view)
                                                             : GTK_WIDGET (self->title_entry));
}

static void
append_none (GListStore *store,
             gpointer    item)
{
  g_list_store_append (store, item);
  g_object_unref (item);
}

/* "Samling 2, 12.03.2026" in the gathering drop-down */
static char *
gathering_name (LkGathering *gathering)
{
  g_autofree char *date = NULL;

  if (gathering->start_date == NULL)
    return g_strdup (gathering->title);

  date = lk_date_format (gathering->start_date);
  return g_strdup_printf ("%s, %s", gathering->title, date);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkLogEntryView *self = LK_LOG_ENTRY_VIEW (widget);
  g_autoptr(LkLogEntry) kept = NULL;
  g_autoptr(GError) error = NULL;

  if (self->entry == NULL)
    return;

  lk_later_cancel (&self->autosave);
  if (lk_log_entry_get_uuid (self->entry) != NULL)
    {
      kept = lk_log_entry_copy (self->entry);
      if (!lk_store_delete_log_entry (store_of (self), self->entry, &error))
        {
          lk_show_error (widget, _("Could Not Delete the Entry"), error);
          return;
        }
    }
  self->dirty = FALSE;
  g_clear_object (&self->entry);
  gtk_widget_activate_action (widget, "log.back", NULL);

  if (kept != NULL)
    lk_toast_from (widget, lk_undo_toast_new (_("Log entry deleted"), store_of (self), kept,
                                              (LkStorePutFunc)lk_store_restore_log_entry));
}

/* The entry being edited, or %NULL */
LkLogEntry *
lk_log_entry_view_get_entry (LkLogEntryView *self)
{
  g_return_val_if_fail (LK_IS_LOG_ENTRY_VIEW (self), NULL);

  return self->entry;
}

/* The gatherings an entry can belong to, as the store has them now */
void
lk_log_entry_view_refresh_choices (LkLogEntryView *self)
{
  g_autoptr(GPtrArray) gatherings = NULL;

  if (self->store == NULL)
    return;
  gatherings = lk_store_list_gatherings (self->store, 0, NULL);

  g_list_store_splice (self->gatherings, 1,
                       g_list_model_get_n_items (G_LIST_MODEL (self->gatherings)) - 1,
                       gatherings ? gatherings->pdata : NULL, gatherings ? gatherings->len : 0);
}

/* --- object ------------------------------------------------------------------ */

static void
on_unmap (LkLogEntryView *self)
{
  save_now (self);
}

static void
lk_log_entry_view_dispose (GObject *object)
{
  LkLogEntryView *self = LK_LOG_ENTRY_VIEW (object);

  lk_later_cancel (&self->autosave);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_LOG_ENTRY_VIEW);
  g_clear_object (&self->entry);
  g_clear_object (&self->store);
  g_clear_object (&self->gatherings);
  g_clear_object (&self->link_goals);

  G_OBJECT_CLASS (lk_log_entry_view_parent_class)->dispose (object);
}

static void
lk_log_entry_view_class_init (LkLogEntryViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lk_log_entry_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-log-entry-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, saved_label);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, back_button);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, title_entry);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, date_entry);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, tags_entry);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, motor_box);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, goals_box);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, gathering_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, share_check);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, body_view);
  gtk_widget_class_bind_template_child (widget_class, LkLogEntryView, scroller);

  gtk_widget_class_install_action (widget_class, "entry.delete", NULL, delete_action);
}

static void
lk_log_entry_view_init (LkLogEntryView *self)
{
  lk_later_init (&self->autosave, AUTOSAVE_MS, (LkLaterFunc) save_now, self);
  gtk_widget_init_template (GTK_WIDGET (self));
  lk_markdown_attach (gtk_text_view_get_buffer (self->body_view));

  /* The first choice is none: a gathering without a uuid */
  self->gatherings = g_list_store_new (LK_TYPE_GATHERING);
  {
    LkGathering *none = g_object_new (LK_TYPE_GATHERING, NULL);

    none->title = g_strdup (_("No gathering"));
    append_none (self->gatherings, none);
  }
  gtk_drop_down_set_expression (self->gathering_dropdown,
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (gathering_name), NULL, NULL));
  gtk_drop_down_set_model (self->gathering_dropdown, G_LIST_MODEL (self->gatherings));
  self->link_goals = g_list_store_new (LK_TYPE_DEV_GOAL);
  gtk_flow_box_bind_model (self->goals_box, G_LIST_MODEL (self->link_goals),
                           create_goal_check, self, NULL);

  for (guint i = 0; i < LK_MOTOR_N; i++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (lk_motor_name (i));

      gtk_widget_add_css_class (toggle, "pill");
      gtk_widget_add_css_class (toggle, "small-pill");
      g_signal_connect_swapped (toggle, "toggled", G_CALLBACK (on_field_changed), self);
      gtk_flow_box_append (self->motor_box, toggle);
      self->motor_toggles[i] = GTK_TOGGLE_BUTTON (toggle);
    }

  g_signal_connect_swapped (self->gathering_dropdown, "notify::selected", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->title_entry, "changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->date_entry, "changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->tags_entry, "changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->share_check, "toggled", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->body_view), "changed",
                            G_CALLBACK (on_field_changed), self);
  g_signal_connect (self, "unmap", G_CALLBACK (on_unmap), NULL);
}

/* Narrow, the window's back button leads back to the list */
void
lk_log_entry_view_set_narrow (LkLogEntryView *self,
                              gboolean        narrow)
{
  g_return_if_fail (LK_IS_LOG_ENTRY_VIEW (self));

  gtk_widget_set_visible (self->back_button, !narrow);
}
