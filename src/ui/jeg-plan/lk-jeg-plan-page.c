/* lk-jeg-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lk-chart-timeline.h"
#include "lk-a11y.h"
#include "lk-jeg-plan-export.h"
#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-chart-view.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-dev-goal-editor.h"
#include "lk-jeg-plan-page.h"
#include "lk-log-page.h"

struct _LkJegPlanPage
{
  LkPage               parent_instance;

  LkStore             *store;
  int                  year;

  /* What the timeline draws, kept for redraws */
  guint                weekly[53];
  GArray              *marks;         /* LkTimelineMark: gatherings, then reviews */
  guint                n_gathering_marks;
  GPtrArray           *mark_strings;
  char                *today;

  AdwViewStack        *stack;
  GtkLabel            *rule_label;
  AdwPreferencesGroup *goals_group;
  GtkListBox          *goals_list;
  GListStore          *goals;        /* LkDevGoal, in goals_list */
  GListStore          *tasks;        /* LkGatheringTask of the next gathering, in tasks_list */
  AdwPreferencesGroup *gathering_group;
  GtkListBox          *tasks_list;
  GtkWidget           *programme_button;
  LkChartView         *timeline_chart;
  LkLogPage           *log_page;
};

G_DEFINE_FINAL_TYPE (LkJegPlanPage, lk_jeg_plan_page, LK_TYPE_PAGE)

static void
draw_timeline (cairo_t            *cr,
               double              width,
               double              height,
               const LkChartStyle *style,
               gpointer            user_data)
{
  LkJegPlanPage *self = user_data;
  LkTimeline timeline = {
    .year = self->year,
    .weekly = self->weekly,
    .gatherings = (LkTimelineMark *)(void *)self->marks->data,
    .n_gatherings = self->n_gathering_marks,
    .reviews = &g_array_index (self->marks, LkTimelineMark, self->n_gathering_marks),
    .n_reviews = self->marks->len - self->n_gathering_marks,
    .today = self->today,
  };

  lk_chart_timeline_draw (cr, width, height, &timeline, style);
}

static const char *
keep (LkJegPlanPage *self,
      char          *string)
{
  g_ptr_array_add (self->mark_strings, string);
  return string;
}

static void
on_goal_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkJegPlanPage *self)
{
  g_autoptr(LkDevGoal) goal = lk_list_row_item (G_LIST_MODEL (self->goals), row);

  if (goal != NULL)
    lk_present (lk_dev_goal_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store,
                                        self->year, goal), self);
}

static GtkWidget *
create_goal_row (gpointer item,
                 gpointer user_data)
{
  LkDevGoal *goal = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (lk_dev_goal_get_title (goal));
  GtkWidget *progress = gtk_progress_bar_new ();
  g_autofree char *percent = g_strdup_printf (_("%d%% done"), lk_dev_goal_get_progress (goal));
  g_autoptr(GString) details = g_string_new (lk_dev_goal_get_why (goal));
  GtkWidget *detail_label;

  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (lk_dev_goal_get_motor (goal) & (1u << i))
      g_string_append_printf (details, "%s%s", details->len > 0 ? " · " : "", lk_motor_name (i));
  if (lk_dev_goal_get_status (goal) == LK_DEV_GOAL_ACHIEVED)
    {
      g_string_prepend (details, details->len > 0 ? " · " : "");
      g_string_prepend (details, _("Achieved"));
    }

  detail_label = gtk_label_new (details->str);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (detail_label), 0.0);
  lk_label_set_lines (GTK_LABEL (detail_label), 4);
  gtk_widget_add_css_class (detail_label, "dim-label");
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (progress), lk_dev_goal_get_progress (goal) / 100.0);
  gtk_progress_bar_set_text (GTK_PROGRESS_BAR (progress), percent);
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (progress), TRUE);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), detail_label);
  gtk_box_append (GTK_BOX (box), progress);
  gtk_widget_add_css_class (box, "overview-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  lk_a11y_set_name (GTK_WIDGET (row), lk_dev_goal_get_title (goal));

  return row;
}

static void
fill_goals (LkJegPlanPage *self)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (self->store, self->year, FALSE, NULL);
  g_autofree char *title = g_strdup_printf (_("Development Goals %d"), self->year);
  guint active = lk_store_count_active_goals (self->store, self->year, NULL);

  adw_preferences_group_set_title (self->goals_group, title);
  if (goals != NULL)
    {
      g_autoptr(GPtrArray) items = lk_list_model_items (G_LIST_MODEL (goals));

      lk_list_store_replace (self->goals, items);
    }

  /* The rule, said plainly: two to four active goals a year */
  if (active < LK_DEV_GOALS_MIN)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "You have %u active development goal for %d. In the leader "
                                      "conversation you choose two to four: add at least %u more.",
                                      "You have %u active development goals for %d. In the leader "
                                      "conversation you choose two to four: add at least %u more.",
                                      active),
                         active, self->year, LK_DEV_GOALS_MIN - active);
      gtk_label_set_text (self->rule_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->rule_label), "warning");
    }
  else if (active >= LK_DEV_GOALS_MAX)
    {
      gtk_label_set_text (self->rule_label,
                          _("You have four active development goals, the most a Jeg-plan holds. "
                            "To add another, archive or complete one first."));
      gtk_widget_remove_css_class (GTK_WIDGET (self->rule_label), "warning");
    }
  else
    {
      g_autofree char *text = g_strdup_printf (_("You have %u active development goals for %d: "
                                                 "two to four is the aim."),
                                               active, self->year);
      gtk_label_set_text (self->rule_label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->rule_label), "warning");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jeg.add-goal", active < LK_DEV_GOALS_MAX);

  /* Review dates for the timeline */
  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(LkDevGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      LkTimelineMark mark;

      if (lk_dev_goal_get_review_date (goal) == NULL)
        continue;
      mark.date = keep (self, g_strdup (lk_dev_goal_get_review_date (goal)));
      mark.label = keep (self, g_strdup (lk_dev_goal_get_title (goal)));
      g_array_append_val (self->marks, mark);
    }
}

static void
on_task_toggled (GtkCheckButton  *check,
                 LkGatheringTask *task)
{
  g_autoptr(GError) error = NULL;
  LkStore *store = lk_page_get_store (LK_PAGE (gtk_widget_get_ancestor (GTK_WIDGET (check),
                                                                        LK_TYPE_PAGE)));

  if (!lk_store_set_task_done (store, task->uuid, gtk_check_button_get_active (check), &error))
    lk_show_error (GTK_WIDGET (check), _("Could Not Save the Task"), error);
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  LkGatheringTask *task = item;
  g_autofree char *label = g_strdup_printf ("%s: %s", task->after ? _("After") : _("Before"),
                                            task->text);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = gtk_label_new (label);
  GtkWidget *row;

  /* Wrapped, so narrow windows fit */
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0.0);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
  lk_a11y_set_name (GTK_WIDGET (check), label);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), task->done);
  gtk_widget_set_margin_top (check, 6);
  gtk_widget_set_margin_bottom (check, 6);
  gtk_widget_set_margin_start (check, 6);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_task_toggled), task, 0);

  /* Our own row, to name it: the list box's own would have no name */
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  lk_a11y_set_name (GTK_WIDGET (row), label);

  return row;
}

static void
fill_gathering (LkJegPlanPage *self)
{
  g_autoptr(GPtrArray) gatherings = lk_store_list_gatherings (self->store, self->year, NULL);
  LkGathering *next = NULL;

  g_list_store_remove_all (self->tasks);

  for (guint i = 0; gatherings != NULL && i < gatherings->len; i++)
    {
      LkGathering *g = g_ptr_array_index (gatherings, i);
      LkTimelineMark mark = { keep (self, g_strdup (g->start_date)), keep (self, g_strdup (g->title)) };
      const char *last_day = g->end_date ? g->end_date : g->start_date;

      g_array_insert_val (self->marks, self->n_gathering_marks++, mark);
      if (next == NULL && g_strcmp0 (last_day, self->today) >= 0)
        next = g;
    }

  gtk_widget_set_visible (self->programme_button, gatherings == NULL || gatherings->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->tasks_list), next != NULL);

  if (gatherings == NULL || gatherings->len == 0)
    adw_preferences_group_set_description (self->gathering_group,
                                           _("Add the leadership programme to see its gatherings "
                                             "and your work before and after each."));
  else if (next == NULL)
    adw_preferences_group_set_description (self->gathering_group,
                                           _("This year’s gatherings are over."));
  else
    {
      g_autofree char *start = lk_date_format (next->start_date);
      g_autofree char *modules = NULL;
      g_autofree char *description = NULL;
      g_autoptr(GPtrArray) programmes = lk_store_list_programmes (self->store, NULL);

      for (guint p = 0; programmes != NULL && p < programmes->len; p++)
        {
          LkProgramme *programme = g_ptr_array_index (programmes, p);

          if (g_strcmp0 (programme->uuid, next->programme_uuid) == 0 && programme->modules[0] != NULL)
            modules = g_strjoinv (" · ", programme->modules);
        }
      description = modules
        ? g_strdup_printf (_("%s · %s · %s\nModules: %s"), next->title, start, next->theme, modules)
        : g_strdup_printf ("%s · %s · %s", next->title, start, next->theme);

      adw_preferences_group_set_description (self->gathering_group, description);
      lk_list_store_replace (self->tasks, next->tasks);
    }
}

static void
refresh (LkJegPlanPage *self)
{
  if (self->store == NULL)
    return;

  g_free (self->today);
  self->today = lk_date_today ();
  self->year = atoi (self->today);
  g_array_set_size (self->marks, 0);
  g_ptr_array_set_size (self->mark_strings, 0);
  self->n_gathering_marks = 0;

  fill_gathering (self);
  fill_goals (self);
  lk_store_count_log_per_week (self->store, self->year, self->weekly, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_chart));
}

static void
on_log_changed (LkJegPlanPage *self)
{
  lk_store_count_log_per_week (self->store, self->year, self->weekly, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline_chart));
}

/* --- actions ----------------------------------------------------------------- */

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (widget);

  lk_present (lk_dev_goal_editor_new (lk_parent_window (widget), self->store, self->year, NULL), self);
}

static void
add_programme_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!lk_store_add_gjesdal_programme (self->store, self->year, &error))
    lk_show_error (widget, _("Could Not Add the Programme"), error);
}

typedef enum
{
  EXPORT_GOALS,
  EXPORT_SHARED,
  EXPORT_ALL,
} ExportWhat;

typedef struct
{
  LkJegPlanPage *self;
  ExportWhat     what;
} ExportData;

static const LkFileType export_types[] = {
  { N_("PDF document (.pdf)"), ".pdf", "application/pdf" },
  { N_("Markdown text (.md)"), ".md", "text/markdown" },
};

static gboolean
save_export (const char  *path,
             gpointer     user_data,
             GError     **error)
{
  ExportData *data = user_data;
  LkJegPlanPage *self = data->self;
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(GListStore) entries = NULL;
  g_autofree char *owner = NULL;
  g_autoptr(GPtrArray) goal_items = NULL;
  g_autoptr(GPtrArray) entry_items = NULL;
  LkJegPlanExport plan = { 0 };
  LkLogFilter filter = { 0 };

  if (!(goals = lk_store_list_dev_goals (self->store, self->year, FALSE, error)))
    return FALSE;
  filter.shared_only = data->what == EXPORT_SHARED;
  entries = data->what == EXPORT_GOALS ? g_list_store_new (LK_TYPE_LOG_ENTRY)
                                       : lk_store_list_log_entries (self->store, &filter, error);
  if (entries == NULL)
    return FALSE;
  owner = lk_store_get_setting (self->store, "user-name");

  goal_items = g_ptr_array_new_with_free_func (g_object_unref);
  entry_items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    g_ptr_array_add (goal_items, g_list_model_get_item (G_LIST_MODEL (goals), i));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    g_ptr_array_add (entry_items, g_list_model_get_item (G_LIST_MODEL (entries), i));
  plan.owner = owner;
  plan.year = self->year;
  plan.goals = goal_items;
  plan.entries = entry_items;

  if (g_str_has_suffix (path, ".md") || g_str_has_suffix (path, ".MD"))
    return lk_jeg_plan_write_markdown (&plan, path, error);

  return lk_jeg_plan_write_pdf (&plan, path, error);
}

static void
export_data_free (ExportData *data)
{
  g_object_unref (data->self);
  g_free (data);
}

static void
on_export_choice (AdwMessageDialog *dialog,
                  const char       *response,
                  LkJegPlanPage    *self)
{
  ExportData *data;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "cancel") == 0)
    return;

  data = g_new0 (ExportData, 1);
  data->self = g_object_ref (self);
  data->what = g_strcmp0 (response, "all") == 0 ? EXPORT_ALL
             : g_strcmp0 (response, "shared") == 0 ? EXPORT_SHARED : EXPORT_GOALS;

  name = g_strdup_printf ("jeg-plan-%d.pdf", self->year);
  lk_choose_save_file (GTK_WIDGET (self),
                       &(LkExport) { .title = _("Export Jeg-plan"),
                                     .failed = _("Could Not Export the Jeg-plan"),
                                     .done = _("Jeg-plan exported"),
                                     .types = export_types, .n_types = G_N_ELEMENTS (export_types) },
                       name, save_export, data, (GDestroyNotify)export_data_free);
}

/* The log is private: the export says which entries leave the database. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (widget);
  GtkWidget *dialog;

  lk_log_page_flush (self->log_page);
  dialog = adw_message_dialog_new (lk_parent_window (widget),
                                   _("Export the Jeg-plan"),
                                   _("The export holds your development goals. Which log entries "
                                     "should go with them? The file can be read by anyone you give "
                                     "it to."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "goals", _("_Goals Only"),
                                    "shared", _("_Shared Entries"),
                                    "all", _("_All Entries"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "shared");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_choice), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- public ------------------------------------------------------------------ */

static void
lk_jeg_plan_page_set_store (LkJegPlanPage *self,
                            LkStore       *store)
{
  g_return_if_fail (LK_IS_JEG_PLAN_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  lk_page_watch (LK_PAGE (self), (const char *[]) { "jeg-plan", NULL });
  /* An autosave of the log changes only the weekly counts of the timeline */
  g_signal_connect_object (store, "changed::log", G_CALLBACK (on_log_changed), self,
                           G_CONNECT_SWAPPED);
  lk_log_page_set_store (self->log_page, store);
  lk_toast_forward (self->log_page, self);
  refresh (self);
}

void
lk_jeg_plan_page_focus_search (LkJegPlanPage *self)
{
  g_return_if_fail (LK_IS_JEG_PLAN_PAGE (self));

  adw_view_stack_set_visible_child_name (self->stack, "log");
  lk_log_page_focus_search (self->log_page);
}

void
lk_jeg_plan_page_flush (LkJegPlanPage *self)
{
  g_return_if_fail (LK_IS_JEG_PLAN_PAGE (self));

  lk_log_page_flush (self->log_page);
}

static void
lk_jeg_plan_page_dispose (GObject *object)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (object);

  /* No refresh may be asked for once the page goes */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_JEG_PLAN_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->goals);
  g_clear_object (&self->tasks);
  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->mark_strings, g_ptr_array_unref);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (lk_jeg_plan_page_parent_class)->dispose (object);
}

/* A log entry opens in the log (the ROS brief's shared entries); a
 * development goal or a gathering shows the plan */
static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (page);

  if (target == NULL || *target == '\0')
    return FALSE;
  if (lk_log_page_open_entry (self->log_page, target))
    {
      adw_view_stack_set_visible_child_name (self->stack, "log");
      return TRUE;
    }
  adw_view_stack_set_visible_child_name (self->stack, "plan");

  return TRUE;
}

static gboolean
page_focus_search (LkPage *page)
{
  lk_jeg_plan_page_focus_search (LK_JEG_PLAN_PAGE (page));
  return TRUE;
}

static void
page_flush (LkPage *page)
{
  lk_jeg_plan_page_flush (LK_JEG_PLAN_PAGE (page));
}

static void
lk_jeg_plan_page_constructed (GObject *object)
{
  LkJegPlanPage *self = LK_JEG_PLAN_PAGE (object);

  G_OBJECT_CLASS (lk_jeg_plan_page_parent_class)->constructed (object);

  lk_jeg_plan_page_set_store (self, lk_page_get_store (LK_PAGE (self)));
}

static gboolean
page_go_back (LkPage *page)
{
  return lk_log_page_go_back (LK_JEG_PLAN_PAGE (page)->log_page);
}

static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  lk_log_page_set_narrow (LK_JEG_PLAN_PAGE (page)->log_page, narrow);
}

static void
lk_jeg_plan_page_class_init (LkJegPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->dispose = lk_jeg_plan_page_dispose;
  object_class->constructed = lk_jeg_plan_page_constructed;
  page_class->focus_search = page_focus_search;
  page_class->show = page_show;
  page_class->refresh = (void (*) (LkPage *)) refresh;
  page_class->go_back = page_go_back;
  page_class->set_narrow = page_set_narrow;
  page_class->flush = page_flush;

  g_type_ensure (LK_TYPE_CHART_VIEW);
  g_type_ensure (LK_TYPE_LOG_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-jeg-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, goals_group);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, gathering_group);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, programme_button);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, timeline_chart);
  gtk_widget_class_bind_template_child (widget_class, LkJegPlanPage, log_page);

  gtk_widget_class_install_action (widget_class, "jeg.add-goal", NULL, add_goal_action);
  gtk_widget_class_install_action (widget_class, "jeg.add-programme", NULL, add_programme_action);
  gtk_widget_class_install_action (widget_class, "jeg.export", NULL, export_action);
}

static void
lk_jeg_plan_page_init (LkJegPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  lk_page_set_views (LK_PAGE (self), self->stack);
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->goals_list));

  {
    GtkWidget *placeholder = gtk_label_new (_("No development goals yet. Choose two to four."));

    gtk_widget_add_css_class (placeholder, "dim-label");
    gtk_widget_set_margin_top (placeholder, 12);
    gtk_widget_set_margin_bottom (placeholder, 12);
    gtk_list_box_set_placeholder (self->goals_list, placeholder);
  self->goals = g_list_store_new (LK_TYPE_DEV_GOAL);
  self->tasks = g_list_store_new (LK_TYPE_GATHERING_TASK);
  gtk_list_box_bind_model (self->goals_list, G_LIST_MODEL (self->goals), create_goal_row, self, NULL);
  gtk_list_box_bind_model (self->tasks_list, G_LIST_MODEL (self->tasks), create_task_row, self, NULL);
  }

  self->marks = g_array_new (FALSE, FALSE, sizeof (LkTimelineMark));
  self->mark_strings = g_ptr_array_new_with_free_func (g_free);
  lk_chart_view_set_draw_func (self->timeline_chart, draw_timeline, self, NULL);
  g_signal_connect (self->goals_list, "row-activated", G_CALLBACK (on_goal_activated), self);
}
