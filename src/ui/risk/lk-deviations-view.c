/* lk-deviations-view.c: deviations (avvik), counted per tertial and listed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lk-chart-bars.h"
#include "lk-a11y.h"
#include "lk-date.h"
#include "lk-chart-view.h"
#include "lk-deviation-editor.h"
#include "lk-deviations-view.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-page.h"

struct _LkDeviationsView
{
  AdwBin               parent_instance;

  GListStore          *deviations;    /* LkDeviation, in deviations_list */
  GHashTable          *risk_labels;   /* risk uuid → "3. Hazard" */
  int                  year;
  guint                tertials[3];
  char                *tertial_labels[3];
  char                *tertial_title;

  AdwPreferencesGroup *tertial_group;
  LkChartView         *deviation_chart;
  GtkListBox          *deviations_list;
};

G_DEFINE_FINAL_TYPE (LkDeviationsView, lk_deviations_view, ADW_TYPE_BIN)

static LkStore *
store_of (LkDeviationsView *self)
{
  return lk_page_get_store (lk_page_of (GTK_WIDGET (self)));
}

/* --- deviations ------------------------------------------------------------------ */

static void
draw_deviations (cairo_t            *cr,
                 double              width,
                 double              height,
                 const LkChartStyle *style,
                 gpointer            user_data)
{
  LkDeviationsView *self = user_data;
  LkBar bars[3];
  LkBarChart chart = { NULL, bars, 3, 0, 0 };

  for (guint i = 0; i < 3; i++)
    {
      bars[i].label = self->tertial_labels[i];
      bars[i].value = self->tertials[i];
      bars[i].color = style->orange;
    }
  lk_chart_bars_draw (cr, width, height, &chart, style);
}

static void
on_deviation_activated (GtkListBox    *list,
                        GtkListBoxRow *row,
                        LkDeviationsView  *self)
{
  g_autoptr(LkDeviation) deviation = lk_list_row_item (G_LIST_MODEL (self->deviations), row);

  if (deviation != NULL)
    lk_present (lk_deviation_editor_new (lk_parent_window (GTK_WIDGET (self)), store_of (self), deviation),
                lk_page_of (GTK_WIDGET (self)));
}

static GtkWidget *
create_deviation_row (gpointer item,
                      gpointer user_data)
{
  static const char *status_classes[] = { "warning", "accent", "success" };
  LkDeviationsView *self = user_data;
  LkDeviation *d = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status = gtk_label_new (lk_deviation_status_to_label (d->status));
  g_autofree char *date = lk_date_format (d->date);
  const char *risk = d->risk_uuid ? g_hash_table_lookup (self->risk_labels, d->risk_uuid) : NULL;
  g_autofree char *subtitle = NULL;

  subtitle = risk
    ? g_strdup_printf (_("%s · cause: %s · severity: %s · risk %s"), date,
                       lk_deviation_cause_to_label (d->cause),
                       lk_deviation_severity_to_label (d->severity), risk)
    : g_strdup_printf (_("%s · cause: %s · severity: %s"), date,
                       lk_deviation_cause_to_label (d->cause),
                       lk_deviation_severity_to_label (d->severity));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), d->description);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (status, status_classes[CLAMP (d->status, 0, 2)]);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/**
 * lk_deviations_view_refresh:
 * @assessments: every assessment, for the names of the deviations' risks
 */
void
lk_deviations_view_refresh (LkDeviationsView *self,
                            GPtrArray        *assessments)
{
  g_autoptr(GPtrArray) deviations = lk_store_list_deviations (store_of (self), 0, NULL);
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;

  /* What the rows name a deviation's risk by */
  g_hash_table_remove_all (self->risk_labels);
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      LkRiskAssessment *a = g_ptr_array_index (assessments, i);

      for (guint r = 0; r < a->risks->len; r++)
        {
          LkRisk *risk = g_ptr_array_index (a->risks, r);

          g_hash_table_insert (self->risk_labels, g_strdup (risk->uuid),
                               g_strdup_printf ("%u. %s", r + 1, risk->hazard));
        }
    }
  lk_list_store_replace (self->deviations, deviations);

  g_free (self->tertial_title);
  self->tertial_title = g_strdup_printf (_("Deviations per Tertial %d"), self->year);
  adw_preferences_group_set_title (self->tertial_group, self->tertial_title);
  lk_store_count_deviations_per_tertial (store_of (self), self->year, self->tertials, NULL);
  title = g_strdup_printf (_("Deviations %d"), self->year);
  lk_chart_view_set_title (self->deviation_chart, title);
  summary = g_strdup_printf (_("January–April: %u, May–August: %u, September–December: %u"),
                             self->tertials[0], self->tertials[1], self->tertials[2]);
  lk_chart_view_set_summary (self->deviation_chart, summary);
}

static void
lk_deviations_view_dispose (GObject *object)
{
  LkDeviationsView *self = LK_DEVIATIONS_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_DEVIATIONS_VIEW);
  g_clear_object (&self->deviations);
  g_clear_pointer (&self->risk_labels, g_hash_table_unref);
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&self->tertial_labels[i], g_free);
  g_clear_pointer (&self->tertial_title, g_free);

  G_OBJECT_CLASS (lk_deviations_view_parent_class)->dispose (object);
}

static void
lk_deviations_view_class_init (LkDeviationsViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lk_deviations_view_dispose;

  g_type_ensure (LK_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-deviations-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LkDeviationsView, tertial_group);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationsView, deviation_chart);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationsView, deviations_list);
}

static void
lk_deviations_view_init (LkDeviationsView *self)
{
  g_autofree char *today = lk_date_today ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->deviations_list));

  self->year = atoi (today);
  self->tertial_labels[0] = g_strdup (_("Jan–Apr"));
  self->tertial_labels[1] = g_strdup (_("May–Aug"));
  self->tertial_labels[2] = g_strdup (_("Sep–Dec"));
  gtk_list_box_set_placeholder (self->deviations_list,
                                lk_list_placeholder_new (_("No deviations recorded.")));
  lk_chart_view_set_draw_func (self->deviation_chart, draw_deviations, self, NULL);
  lk_chart_view_set_export_size (self->deviation_chart, 640, 200);

  self->deviations = g_list_store_new (LK_TYPE_DEVIATION);
  self->risk_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_bind_model (self->deviations_list, G_LIST_MODEL (self->deviations),
                           create_deviation_row, self, NULL);
  g_signal_connect (self->deviations_list, "row-activated", G_CALLBACK (on_deviation_activated), self);
}
