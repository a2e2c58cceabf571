/* lk-overview-page.c: what exists, what is overdue, what comes next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-chart-measures.h"
#include "lk-conversation.h"
#include "lk-a11y.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-page.h"
#include "lk-chart-view.h"
#include "lk-measure-editor.h"
#include "lk-overview-page.h"
#include "lk-year-wheel.h"
#include "lk-year-wheel-view.h"

#define LIST_LIMIT 5

struct _LkOverviewPage
{
  LkPage           parent_instance;

  LkStore         *store;
  gboolean         narrow;
  LkMeasureCounts  counts;
  char            *today;
  GListStore      *overdue;     /* shown in overdue_list */
  GListStore      *upcoming;    /* shown in upcoming_list */

  GtkStack        *stack;
  GtkLabel        *greeting_label;
  GtkLabel        *role_label;
  GtkFlowBox      *stats_box;
  GtkListBox      *overdue_list;
  GtkListBox      *upcoming_list;
  GtkListBox      *areas_list;
  LkChartView     *status_chart;
  LkYearWheelView *wheel;        /* made after the first frame, in wheel_box */
  GtkBox          *wheel_box;
  GtkListBox      *conversation_list;
  GtkWidget       *later_box;
};

G_DEFINE_FINAL_TYPE (LkOverviewPage, lk_overview_page, LK_TYPE_PAGE)

static void
draw_status_chart (cairo_t            *cr,
                   double              width,
                   double              height,
                   const LkChartStyle *style,
                   gpointer            user_data)
{
  LkOverviewPage *self = user_data;

  lk_chart_measure_status_draw (cr, width, height, &self->counts, style);
}

static GtkWidget *
create_stat (const char *number,
             const char *caption,
             const char *preset,
             gboolean    warning)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *value = gtk_label_new (number);
  GtkWidget *label = gtk_label_new (caption);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", caption, number);

  gtk_widget_add_css_class (value, "title-1");
  if (warning)
    gtk_widget_add_css_class (value, "error");
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), value);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  gtk_widget_add_css_class (button, "stat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ss)", "measures", preset);
  gtk_widget_set_tooltip_text (button, _("Show these measures"));
  lk_a11y_set_name (GTK_WIDGET (button), accessible);

  return button;
}

/* A light row: a title, a subtitle, and where it leads. The overview shows
 * up to eighteen of them before its first frame, and an AdwActionRow costs
 * several times the widgets. */
static GtkWidget *
create_row (const char *title,
            const char *subtitle,
            const char *suffix)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_label = gtk_label_new (title);
  g_autofree char *accessible = NULL;

  /* One line each: wrapping labels ask for height-for-width layout, which
   * cost a third of the start-up time; the full text is a click away. */
  gtk_label_set_xalign (GTK_LABEL (title_label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title_label, "fits");
  gtk_box_append (GTK_BOX (labels), title_label);
  if (subtitle != NULL)
    {
      GtkWidget *subtitle_label = gtk_label_new (subtitle);

      gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (subtitle_label, "fits");
      gtk_widget_add_css_class (subtitle_label, "caption");
      gtk_widget_add_css_class (subtitle_label, "dim-label");
      gtk_box_append (GTK_BOX (labels), subtitle_label);
    }
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), labels);

  if (suffix != NULL)
    {
      GtkWidget *count = gtk_label_new (suffix);

      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), count);
    }
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_widget_add_css_class (box, "overview-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  accessible = subtitle ? g_strdup_printf ("%s, %s", title, subtitle) : g_strdup (title);
  lk_a11y_set_name (GTK_WIDGET (row), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible, -1);

  return row;
}

static void
on_measure_row_activated (GtkListBox     *list,
                          GtkListBoxRow  *row,
                          LkOverviewPage *self)
{
  GListModel *model = G_LIST_MODEL (list == self->overdue_list ? self->overdue : self->upcoming);
  g_autoptr(LkMeasure) measure = lk_list_row_item (model, row);

  if (measure != NULL)
    lk_present (lk_measure_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, measure),
                self);
}

static char *
describe_deadline (LkMeasure  *measure,
                   const char *today)
{
  const char *deadline = lk_measure_get_deadline (measure);
  g_autofree char *date = lk_date_format (deadline);
  int days = lk_date_days_between (today, deadline);

  if (days < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %d day overdue",
                                         "%s, %d days overdue", -days), date, -days);
  if (days == 0)
    return g_strdup_printf (_("%s, today"), date);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, in %d day", "%s, in %d days", days),
                          date, days);
}

/* Narrow, the labels marked "fits" wrap instead of being cut; wide, they
 * stay one line, which keeps start-up free of height-for-width layout. */
static void
fit_labels (GtkWidget *widget,
            gboolean   narrow)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "fits"))
    lk_label_set_lines (GTK_LABEL (widget), narrow ? 3 : 0);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    fit_labels (child, narrow);
}

static GtkWidget *
create_measure_row (gpointer item,
                    gpointer user_data)
{
  LkOverviewPage *self = user_data;
  LkMeasure *measure = item;
  g_autofree char *when = describe_deadline (measure, self->today);
  g_autofree char *subtitle = NULL;

  if (*lk_measure_get_owner (measure) != '\0')
    subtitle = g_strdup_printf ("%s · %s", lk_measure_get_owner (measure), when);
  else
    subtitle = g_strdup (when);

  {
    GtkWidget *row = create_row (lk_measure_get_title (measure), subtitle, NULL);

    if (self->narrow)
      fit_labels (row, TRUE);
    return row;
  }
}

static void
fill_measure_list (LkOverviewPage        *self,
                   GListStore            *shown,
                   const LkMeasureFilter *filter)
{
  g_autoptr(GListStore) measures = lk_store_list_measures (self->store, filter, NULL);
  g_autoptr(GPtrArray) items = measures ? lk_list_model_items (G_LIST_MODEL (measures)) : NULL;

  lk_list_store_replace (shown, items);
}

static void
fill_areas (LkOverviewPage *self)
{

  lk_list_box_clear (self->areas_list);

  for (guint kind = 0; kind < LK_SOURCE_N; kind++)
    {
      g_autofree char *count = g_strdup_printf ("%u", self->counts.by_source[kind]);
      g_autofree char *preset = g_strdup_printf ("source:%s", lk_source_kind_to_string (kind));
      GtkWidget *row = create_row (lk_source_kind_to_label (kind), NULL, count);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", "measures", preset);
      if (self->narrow)
        fit_labels (row, TRUE);
      gtk_list_box_append (self->areas_list, row);
    }
}

static void
fill_stats (LkOverviewPage *self)
{
  const LkMeasureCounts *c = &self->counts;
  g_autofree char *open = g_strdup_printf ("%u", c->open);
  g_autofree char *overdue = g_strdup_printf ("%u", c->overdue);
  g_autofree char *soon = g_strdup_printf ("%u", c->due_soon);
  g_autofree char *done = g_strdup_printf ("%u", c->by_status[LK_MEASURE_STATUS_DONE]);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->stats_box))))
    gtk_flow_box_remove (self->stats_box, child);
  gtk_flow_box_append (self->stats_box, create_stat (open, _("Open measures"), "open", FALSE));
  gtk_flow_box_append (self->stats_box, create_stat (overdue, _("Overdue"), "overdue",
                                                     c->overdue > 0));
  gtk_flow_box_append (self->stats_box, create_stat (soon, _("Due within 14 days"), "soon",
                                                     FALSE));
  gtk_flow_box_append (self->stats_box, create_stat (done, _("Done"), "done", FALSE));
}

static void
fill_greeting (LkOverviewPage *self)
{
  g_autofree char *name = lk_store_get_setting (self->store, "user-name");
  g_autofree char *role = lk_store_get_setting (self->store, "user-role");
  g_autofree char *unit = lk_store_get_setting (self->store, "user-unit");
  g_autofree char *municipality = lk_store_get_setting (self->store, "municipality");
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *line = NULL;

  if (name != NULL)
    {
      g_autofree char *greeting = g_strdup_printf (_("Hello, %s"), name);
      gtk_label_set_text (self->greeting_label, greeting);
    }
  else
    gtk_label_set_text (self->greeting_label, _("Overview"));

  if (role != NULL)
    g_strv_builder_add (parts, role);
  if (unit != NULL)
    g_strv_builder_add (parts, unit);
  if (municipality != NULL)
    g_strv_builder_add (parts, municipality);
  strv = g_strv_builder_end (parts);
  line = g_strjoinv (" · ", strv);

  gtk_label_set_text (self->role_label, line);
  gtk_widget_set_visible (GTK_WIDGET (self->role_label), *line != '\0');
}

static void refresh_later (LkOverviewPage *self, const char *today);

/* The sections above the fold first; the ones below come from an idle
 * callback, which runs after the first frame when the window opens. */
static void
refresh (LkOverviewPage *self,
         gboolean        all)
{
  g_autofree char *today = lk_date_today ();
  LkMeasureFilter filter;

  if (self->store == NULL)
    return;

  lk_store_count_measures (self->store, today, &self->counts, NULL);

  if (self->counts.total == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "content");

  fill_greeting (self);
  fill_stats (self);

  lk_measure_filter_init (&filter);
  filter.today = today;
  filter.overdue_only = TRUE;
  filter.limit = LIST_LIMIT;
  g_free (self->today);
  self->today = g_strdup (today);
  fill_measure_list (self, self->overdue, &filter);

  if (all)
    refresh_later (self, today);
}

/* --- the next conversation and the årshjul ------------------------------------------------ */

static guint
count_written (LkConversation *c)
{
  guint n = 0;

  for (guint t = 0; t < LK_TOPIC_N; t++)
    n += !lk_text_is_blank (c->texts[t]);

  return n;
}

static void
fill_next_conversation (LkOverviewPage *self,
                        const char     *today)
{
  g_autoptr(LkConversation) c = lk_store_next_conversation (self->store, today, NULL);
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);

  lk_list_box_clear (self->conversation_list);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (c == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No conversation planned"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Plan the next one with your leader before the tertial report."));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", "conversations", "");
    }
  else
    {
      g_autofree char *title = lk_conversation_title (c);
      g_autofree char *date = lk_date_format (c->date);
      int days = lk_date_days_between (today, c->date);
      guint written = count_written (c);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_string_append (subtitle, date);
      if (c->time)
        g_string_append_printf (subtitle, " %s", c->time);
      if (days == 0)
        g_string_append (subtitle, _(" · today"));
      else
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE, " · in %d day", " · in %d days", days), days);
      /* What is left to prepare, in the order it is done */
      g_string_append (subtitle, "\n");
      if (c->prepared == NULL)
        g_string_append (subtitle, _("To do: prepare the brief, "));
      else
        g_string_append (subtitle, _("Brief prepared. To do: "));
      g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE,
                                                     "write your preparation (%u of %u topic written)",
                                                     "write your preparation (%u of %u topics written)",
                                                     written),
                              written, LK_TOPIC_N);
      if (self->counts.overdue > 0)
        g_string_append_printf (subtitle, g_dngettext (GETTEXT_PACKAGE,
                                                       ", and look at %u overdue tiltak",
                                                       ", and look at %u overdue tiltak",
                                                       self->counts.overdue),
                                self->counts.overdue);
      g_string_append (subtitle, ".");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", "conversations", c->uuid);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_list_box_append (self->conversation_list, row);
}

static void
on_wheel_item_activated (LkYearWheelView *wheel,
                         const char      *area,
                         const char      *uuid,
                         LkOverviewPage  *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(ss)", area, uuid);
}

/* Beside the items: the wheel full size */
static void
on_wheel_background_activated (LkOverviewPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.open", "(ss)", "conversations", "wheel");
}

static void
fill_wheel (LkOverviewPage *self,
            const char     *today)
{
  int year = (int) g_ascii_strtoll (today, NULL, 10);
  g_autoptr(GPtrArray) items = lk_store_list_wheel_items (self->store, year, NULL);

  if (items == NULL)
    items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);
  /* A chart view (its menu, its actions) costs the first frame time:
   * made here, after it */
  if (self->wheel == NULL)
    {
      self->wheel = LK_YEAR_WHEEL_VIEW (lk_year_wheel_view_new ());
      gtk_widget_set_size_request (GTK_WIDGET (self->wheel), -1, 380);
      gtk_widget_add_css_class (GTK_WIDGET (self->wheel), "card");
      g_signal_connect (self->wheel, "item-activated", G_CALLBACK (on_wheel_item_activated), self);
      g_signal_connect_swapped (self->wheel, "background-activated",
                                G_CALLBACK (on_wheel_background_activated), self);
      gtk_box_append (self->wheel_box, GTK_WIDGET (self->wheel));
    }
  lk_year_wheel_view_set_items (self->wheel, year, today, items);
}

static void
refresh_later (LkOverviewPage *self,
               const char     *today)
{
  g_autofree char *summary = NULL;
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.today = today;
  filter.due_from = today;
  filter.status_mask = (1 << LK_MEASURE_STATUS_NOT_STARTED) |
                       (1 << LK_MEASURE_STATUS_STARTED) |
                       (1 << LK_MEASURE_STATUS_DELAYED);
  filter.limit = LIST_LIMIT;
  fill_measure_list (self, self->upcoming, &filter);

  fill_areas (self);
  fill_next_conversation (self, today);
  fill_wheel (self, today);

  summary = g_strdup_printf (_("%s: %u, %s: %u, %s: %u, %s: %u, %s: %u"),
                             lk_measure_status_to_label (0), self->counts.by_status[0],
                             lk_measure_status_to_label (1), self->counts.by_status[1],
                             lk_measure_status_to_label (2), self->counts.by_status[2],
                             lk_measure_status_to_label (3), self->counts.by_status[3],
                             lk_measure_status_to_label (4), self->counts.by_status[4]);
  lk_chart_view_set_summary (self->status_chart, summary);
  gtk_widget_set_visible (self->later_box, TRUE);
}

static void
page_refresh (LkPage *page)
{
  refresh (LK_OVERVIEW_PAGE (page), TRUE);
}

static void
lk_overview_page_set_store (LkOverviewPage *self,
                            LkStore        *store)
{
  g_return_if_fail (LK_IS_OVERVIEW_PAGE (self));

  g_set_object (&self->store, store);
  lk_page_watch (LK_PAGE (self),
                 (const char *[]) { "measures", "conversations", "risk", "ten-factor", "jeg-plan", NULL });

  refresh (self, FALSE);
  /* At idle priority, after the first frame is drawn */
  lk_page_queue_refresh (LK_PAGE (self));
}

static void
lk_overview_page_dispose (GObject *object)
{
  LkOverviewPage *self = LK_OVERVIEW_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->overdue);
  g_clear_object (&self->upcoming);
  g_clear_pointer (&self->today, g_free);
  /* The template's top widget is AdwBin's child, which AdwBin unparents
   * itself; gtk_widget_dispose_template() would unparent it twice. */

  G_OBJECT_CLASS (lk_overview_page_parent_class)->dispose (object);
}

static void
lk_overview_page_constructed (GObject *object)
{
  LkOverviewPage *self = LK_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (lk_overview_page_parent_class)->constructed (object);

  lk_overview_page_set_store (self, lk_page_get_store (LK_PAGE (self)));
}

static void
lk_overview_page_set_narrow (LkPage   *page,
                             gboolean  narrow)
{
  LkOverviewPage *self = LK_OVERVIEW_PAGE (page);

  self->narrow = narrow;
  fit_labels (GTK_WIDGET (self), narrow);
}

static void
lk_overview_page_class_init (LkOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  page_class->set_narrow = lk_overview_page_set_narrow;
  page_class->refresh = page_refresh;

  object_class->dispose = lk_overview_page_dispose;
  object_class->constructed = lk_overview_page_constructed;

  g_type_ensure (LK_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, role_label);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, stats_box);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, upcoming_list);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, areas_list);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, status_chart);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, later_box);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, wheel_box);
  gtk_widget_class_bind_template_child (widget_class, LkOverviewPage, conversation_list);
}

static void
placeholder (GtkListBox *list,
             const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static void
lk_overview_page_init (LkOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->overdue_list));
  lk_a11y_single_tab_stop (GTK_WIDGET (self->upcoming_list));
  lk_a11y_single_tab_stop (GTK_WIDGET (self->areas_list));

  placeholder (self->overdue_list, _("Nothing is overdue."));
  placeholder (self->upcoming_list, _("No open measures have a deadline ahead."));
  self->overdue = g_list_store_new (LK_TYPE_MEASURE);
  self->upcoming = g_list_store_new (LK_TYPE_MEASURE);
  gtk_list_box_bind_model (self->overdue_list, G_LIST_MODEL (self->overdue),
                           create_measure_row, self, NULL);
  gtk_list_box_bind_model (self->upcoming_list, G_LIST_MODEL (self->upcoming),
                           create_measure_row, self, NULL);
  g_signal_connect (self->overdue_list, "row-activated", G_CALLBACK (on_measure_row_activated), self);
  g_signal_connect (self->upcoming_list, "row-activated", G_CALLBACK (on_measure_row_activated), self);
  lk_chart_view_set_draw_func (self->status_chart, draw_status_chart, self, NULL);
}
