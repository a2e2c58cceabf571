/* lk-risk-page.c
 *
 * The list of assessments, one assessment with its heat map and risks, and
 * the deviations. Everything shown is read from the store again after each
 * change, so every editor only has to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "lk-chart-bars.h"
#include "lk-chart-heatmap.h"
#include "lk-risk-table.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-assessment-editor.h"
#include "lk-chart-view.h"
#include "lk-deviation-editor.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-page.h"
#include "lk-risk-editor.h"
#include "lk-risk-page.h"
#include "lk-risk-ui.h"

struct _LkRiskPage
{
  LkPage               parent_instance;

  LkStore             *store;
  guint                refresh_id;
  LkRiskAssessment    *assessment;    /* the one shown, or NULL */
  GListStore          *assessments;   /* LkRiskAssessment, in assessments_list */
  GListStore          *deviations;    /* LkDeviation, in deviations_list */
  GHashTable          *risk_labels;   /* risk uuid → "3. Hazard", for the deviations */
  GArray              *heat_risks;    /* LkHeatRisk of the one shown */

  int                  year;
  guint                tertials[3];
  char                *tertial_labels[3];
  char                *tertial_title;

  GtkStack            *sections;
  GtkStack            *assessment_stack;
  GtkListBox          *assessments_list;
  GtkLabel            *assessment_title;
  GtkLabel            *details_label;
  LkChartView         *heatmap_chart;
  AdwPreferencesGroup *risks_group;
  GtkListBox          *risks_list;
  AdwPreferencesGroup *screening_group;
  GtkListBox          *screening_list;
  AdwPreferencesGroup *tertial_group;
  LkChartView         *deviation_chart;
  GtkListBox          *deviations_list;
};

G_DEFINE_FINAL_TYPE (LkRiskPage, lk_risk_page, LK_TYPE_PAGE)

static GtkWidget *
placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  return label;
}

/* --- heat map ------------------------------------------------------------------ */

static void
draw_heatmap (cairo_t            *cr,
              double              width,
              double              height,
              const LkChartStyle *style,
              gpointer            user_data)
{
  LkRiskPage *self = user_data;
  LkHeatMap map;

  if (self->assessment == NULL)
    return;

  map.matrix = &self->assessment->matrix;
  map.risks = (const LkHeatRisk *)(void *)self->heat_risks->data;
  map.n_risks = self->heat_risks->len;
  lk_chart_heatmap_draw (cr, width, height, &map, style);
}

/* The heat map of the assessment shown, laid out at the widget's size, as
 * draw_heatmap() lays it out: hit-testing agrees with what is drawn. */
static gboolean
layout_heatmap (LkRiskPage   *self,
                LkHeatMap    *map,
                LkHeatLayout *layout)
{
  if (self->assessment == NULL)
    return FALSE;

  map->matrix = &self->assessment->matrix;
  map->risks = (const LkHeatRisk *)(void *)self->heat_risks->data;
  map->n_risks = self->heat_risks->len;
  lk_chart_heatmap_layout (map,
                           gtk_widget_get_width (GTK_WIDGET (self->heatmap_chart)),
                           gtk_widget_get_height (GTK_WIDGET (self->heatmap_chart)),
                           layout);

  return TRUE;
}

/**
 * lk_risk_page_risk_at:
 *
 * The risk under a point of the heat map widget, by the same layout the
 * chart draws: its index in the assessment, or -1.
 */
int
lk_risk_page_risk_at (LkRiskPage *self,
                      double      x,
                      double      y)
{
  LkHeatLayout layout;
  LkHeatMap map;
  int hit;

  g_return_val_if_fail (LK_IS_RISK_PAGE (self), -1);

  if (!layout_heatmap (self, &map, &layout))
    return -1;

  hit = lk_chart_heatmap_hit (&map, &layout, x, y);
  lk_chart_heatmap_layout_clear (&layout);

  return hit;
}

/**
 * lk_risk_page_marker_center:
 *
 * Where the marker of a risk before measures is drawn in the widget.
 */
gboolean
lk_risk_page_marker_center (LkRiskPage *self,
                            guint       index,
                            double     *x,
                            double     *y)
{
  LkHeatLayout layout;
  LkHeatMap map;
  gboolean found = FALSE;

  g_return_val_if_fail (LK_IS_RISK_PAGE (self), FALSE);

  if (index >= self->heat_risks->len || !layout_heatmap (self, &map, &layout))
    return FALSE;

  if (index < layout.before->len)
    {
      LkMarker *marker = &g_array_index (layout.before, LkMarker, index);

      found = marker->radius > 0;
      *x = marker->x;
      *y = marker->y;
    }
  lk_chart_heatmap_layout_clear (&layout);

  return found;
}

GtkWidget *
lk_risk_page_get_heat_map (LkRiskPage *self)
{
  g_return_val_if_fail (LK_IS_RISK_PAGE (self), NULL);

  return GTK_WIDGET (self->heatmap_chart);
}

static gboolean
on_heatmap_query_tooltip (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          LkRiskPage *self)
{
  int hit = keyboard ? -1 : lk_risk_page_risk_at (self, x, y);
  LkRisk *risk;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  if (hit < 0)
    return FALSE;

  risk = g_ptr_array_index (self->assessment->risks, hit);
  before = lk_risk_describe_values (&self->assessment->matrix, risk->p_before, risk->c_before);
  after = lk_risk_describe_values (&self->assessment->matrix, risk->p_after, risk->c_after);
  text = g_strdup_printf (_("%d. %s\nBefore measures: %s\nAfter measures: %s\nClick to open"),
                          hit + 1, risk->hazard, before, after);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
on_heatmap_motion (GtkEventControllerMotion *motion,
                   double                    x,
                   double                    y,
                   LkRiskPage               *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->heatmap_chart),
                                   lk_risk_page_risk_at (self, x, y) >= 0 ? "pointer" : NULL);
}

static void
on_heatmap_released (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     LkRiskPage      *self)
{
  int hit = lk_risk_page_risk_at (self, x, y);

  if (hit >= 0)
    lk_risk_page_open_risk (self, hit);
}

/* --- one assessment -------------------------------------------------------------- */

/**
 * lk_risk_page_open_risk:
 * @index: a risk of the assessment shown, or -1 for a new one
 */
GtkWindow *
lk_risk_page_open_risk (LkRiskPage *self,
                        int         index)
{
  GtkWindow *editor;
  const char *risk_uuid = NULL;

  g_return_val_if_fail (LK_IS_RISK_PAGE (self), NULL);

  if (self->assessment == NULL || index >= (int)self->assessment->risks->len)
    return NULL;
  if (index >= 0)
    risk_uuid = ((LkRisk *)g_ptr_array_index (self->assessment->risks, index))->uuid;

  editor = lk_risk_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store,
                               self->assessment->uuid, risk_uuid);
  lk_present (editor, self);

  return editor;
}

static void
on_risk_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkRiskPage    *self)
{
  lk_risk_page_open_risk (self, gtk_list_box_row_get_index (row));
}

static GtkWidget *
create_risk_row (LkRiskPage *self,
                 guint       index,
                 LkRisk     *risk,
                 GHashTable *measure_counts)
{
  const LkRiskMatrix *matrix = &self->assessment->matrix;
  guint n_measures = GPOINTER_TO_UINT (g_hash_table_lookup (measure_counts, risk->uuid));
  LkRiskStep step = lk_risk_get_step (risk, n_measures);
  g_autofree char *title = g_strdup_printf ("%u. %s", index + 1, risk->hazard);
  g_autofree char *measures = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u tiltak", "%u tiltak",
                                                            n_measures), n_measures);
  g_autofree char *subtitle = g_strdup_printf (_("Step %d of 5: %s · %s"),
                                               step, lk_risk_step_to_label (step), measures);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  GtkWidget *steps = gtk_level_bar_new_for_interval (0, 5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  /* The five steps of internkontrollhjulet at a glance */
  gtk_level_bar_set_mode (GTK_LEVEL_BAR (steps), GTK_LEVEL_BAR_MODE_DISCRETE);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (steps), step);
  gtk_widget_set_size_request (steps, 60, -1);
  gtk_widget_set_valign (steps, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (steps, lk_risk_step_to_hint (step));
  gtk_accessible_update_property (GTK_ACCESSIBLE (steps),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), steps);

  gtk_widget_add_css_class (arrow, "dim-label");
  gtk_box_append (GTK_BOX (badges), lk_zone_badge_new (matrix, risk->p_before, risk->c_before, NULL));
  gtk_box_append (GTK_BOX (badges), arrow);
  gtk_box_append (GTK_BOX (badges), lk_zone_badge_new (matrix, risk->p_after, risk->c_after, NULL));
  gtk_widget_set_valign (badges, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badges);

  return row;
}

static char *
heatmap_summary (LkRiskAssessment *a)
{
  guint before[3] = { 0 }, after[3] = { 0 };

  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, i);
      guint p, c;

      if (lk_risk_get_before (risk, a->matrix.size, &p, &c))
        before[lk_risk_matrix_zone (&a->matrix, p, c)]++;
      if (lk_risk_get_after (risk, a->matrix.size, &p, &c))
        after[lk_risk_matrix_zone (&a->matrix, p, c)]++;
    }

  return g_strdup_printf (_("Before measures: %u red, %u yellow, %u green. "
                            "After measures: %u red, %u yellow, %u green."),
                          before[2], before[1], before[0], after[2], after[1], after[0]);
}

static void
fill_assessment (LkRiskPage *self)
{
  LkRiskAssessment *a = self->assessment;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GHashTable) measure_counts = NULL;

  lk_list_box_clear (self->risks_list);
  lk_list_box_clear (self->screening_list);
  g_array_set_size (self->heat_risks, 0);
  if (a == NULL)
    return;

  gtk_label_set_text (self->assessment_title, a->title);
  date = lk_date_format (a->date);
  g_string_append (details, date);
  if (a->workplace[0] != '\0')
    g_string_append_printf (details, " · %s", a->workplace);
  if (a->unit[0] != '\0')
    g_string_append_printf (details, " · %s", a->unit);
  g_string_append_printf (details, " · %u×%u", a->matrix.size, a->matrix.size);
  if (a->participants[0] != '\0')
    g_string_append_printf (details, "\n%s %s", _("Participants:"), a->participants);
  gtk_label_set_text (self->details_label, details->str);

  measure_counts = lk_store_count_measures_by_source (self->store, LK_SOURCE_RISK, NULL);
  if (measure_counts == NULL)
    measure_counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, i);
      LkHeatRisk heat = {
        .number = i + 1,
        .probability = risk->p_before,
        .consequence = risk->c_before,
        .probability_after = risk->p_after,
        .consequence_after = risk->c_after,
      };

      g_array_append_val (self->heat_risks, heat);
      gtk_list_box_append (self->risks_list, create_risk_row (self, i, risk, measure_counts));
    }

  for (guint i = 0; i < a->screening->len; i++)
    {
      LkScreeningTopic *topic = g_ptr_array_index (a->screening, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GString) flags = g_string_new (NULL);

      for (guint f = 0; f < 4; f++)
        if (topic->flags & (1u << f))
          g_string_append_printf (flags, "%s%s", flags->len ? " · " : "",
                                  lk_screening_flag_to_label (1u << f));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), topic->topic);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), flags->len ? flags->str : _("No V marked"));
      if (topic->chosen)
        {
          GtkWidget *chosen = gtk_label_new (_("Chosen"));

          gtk_widget_add_css_class (chosen, "accent");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), chosen);
        }
      gtk_list_box_append (self->screening_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->screening_group), a->screening->len > 0);

  summary = heatmap_summary (a);
  lk_chart_view_set_summary (self->heatmap_chart, summary);
  lk_chart_view_set_title (self->heatmap_chart, a->title);
  gtk_widget_queue_draw (GTK_WIDGET (self->heatmap_chart));
}

static gboolean
load_assessment (LkRiskPage *self,
                 const char *uuid)
{
  LkRiskAssessment *a;

  if (!(a = lk_store_get_risk_assessment (self->store, uuid, NULL)))
    return FALSE;

  g_clear_object (&self->assessment);
  self->assessment = a;
  fill_assessment (self);

  return TRUE;
}

/**
 * lk_risk_page_show_assessment:
 *
 * Returns: %FALSE when there is no such assessment
 */
gboolean
lk_risk_page_show_assessment (LkRiskPage *self,
                              const char *uuid)
{
  g_return_val_if_fail (LK_IS_RISK_PAGE (self), FALSE);

  if (!load_assessment (self, uuid))
    return FALSE;

  gtk_stack_set_visible_child_name (self->sections, "assessments");
  gtk_stack_set_visible_child_name (self->assessment_stack, "detail");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.add-risk", TRUE);

  return TRUE;
}

/* --- the list ---------------------------------------------------------------------- */

static void
on_assessment_activated (GtkListBox    *list,
                         GtkListBoxRow *row,
                         LkRiskPage    *self)
{
  g_autoptr(LkRiskAssessment) a = lk_list_row_item (G_LIST_MODEL (self->assessments), row);

  if (a != NULL)
    lk_risk_page_show_assessment (self, a->uuid);
}

static GtkWidget *
create_assessment_row (gpointer item,
                       gpointer user_data)
{
  LkRiskAssessment *a = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = lk_date_format (a->date);
  g_autofree char *risks = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u risk", "%u risks",
                                                         a->risks->len), a->risks->len);
  g_autofree char *subtitle = NULL;
  guint red_before = 0, red_after = 0;

  for (guint r = 0; r < a->risks->len; r++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, r);
      guint p, c;

      if (lk_risk_get_before (risk, a->matrix.size, &p, &c) &&
          lk_risk_matrix_zone (&a->matrix, p, c) == LK_ZONE_RED)
        red_before++;
      if (lk_risk_get_after (risk, a->matrix.size, &p, &c) &&
          lk_risk_matrix_zone (&a->matrix, p, c) == LK_ZONE_RED)
        red_after++;
    }

  subtitle = a->workplace[0] != '\0'
    ? g_strdup_printf (_("%s · %s · %s · red: %u before, %u after measures"),
                       date, a->workplace, risks, red_before, red_after)
    : g_strdup_printf (_("%s · %s · red: %u before, %u after measures"),
                       date, risks, red_before, red_after);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), a->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* --- deviations ------------------------------------------------------------------ */

static void
draw_deviations (cairo_t            *cr,
                 double              width,
                 double              height,
                 const LkChartStyle *style,
                 gpointer            user_data)
{
  LkRiskPage *self = user_data;
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
                        LkRiskPage    *self)
{
  g_autoptr(LkDeviation) deviation = lk_list_row_item (G_LIST_MODEL (self->deviations), row);

  if (deviation != NULL)
    lk_present (lk_deviation_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, deviation),
                self);
}

static GtkWidget *
create_deviation_row (gpointer item,
                      gpointer user_data)
{
  static const char *status_classes[] = { "warning", "accent", "success" };
  LkRiskPage *self = user_data;
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
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
  gtk_widget_add_css_class (status, status_classes[CLAMP (d->status, 0, 2)]);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
fill_deviations (LkRiskPage *self,
                 GPtrArray  *assessments)
{
  g_autoptr(GPtrArray) deviations = lk_store_list_deviations (self->store, 0, NULL);
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
  lk_store_count_deviations_per_tertial (self->store, self->year, self->tertials, NULL);
  title = g_strdup_printf (_("Deviations %d"), self->year);
  lk_chart_view_set_title (self->deviation_chart, title);
  summary = g_strdup_printf (_("January–April: %u, May–August: %u, September–December: %u"),
                             self->tertials[0], self->tertials[1], self->tertials[2]);
  lk_chart_view_set_summary (self->deviation_chart, summary);
}

/* --- refresh ------------------------------------------------------------------------ */

static void
refresh (LkRiskPage *self)
{
  g_autofree char *today = lk_date_today ();
  g_autoptr(GPtrArray) assessments = NULL;

  if (self->store == NULL)
    return;

  /* Read once: the list and the deviations' risk names both need them */
  assessments = lk_store_list_risk_assessments (self->store, NULL);
  self->year = atoi (today);
  lk_list_store_replace (self->assessments, assessments);
  fill_deviations (self, assessments);

  /* The assessment shown is read again; gone means back to the list. */
  if (self->assessment != NULL)
    {
      g_autofree char *uuid = g_strdup (self->assessment->uuid);

      if (!load_assessment (self, uuid))
        {
          g_clear_object (&self->assessment);
          fill_assessment (self);
          gtk_stack_set_visible_child_name (self->assessment_stack, "list");
        }
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.add-risk", self->assessment != NULL);
}

static gboolean
refresh_idle (gpointer data)
{
  LkRiskPage *self = data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (LkRiskPage *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

/* --- actions ------------------------------------------------------------------------ */

static void
on_assessment_saved (LkAssessmentEditor *editor,
                     LkRiskPage         *self)
{
  lk_risk_page_show_assessment (self, lk_assessment_editor_get_uuid (editor));
}

static void
new_assessment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);
  GtkWindow *editor = lk_assessment_editor_new (lk_parent_window (widget), self->store, NULL);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_assessment_saved), self, 0);
  gtk_window_present (editor);
}

static void
edit_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);

  if (self->assessment != NULL)
    lk_present (lk_assessment_editor_new (lk_parent_window (widget), self->store,
                                                  self->assessment->uuid), self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);

  g_clear_object (&self->assessment);
  fill_assessment (self);
  gtk_stack_set_visible_child_name (self->assessment_stack, "list");
  gtk_widget_action_set_enabled (widget, "risk.add-risk", FALSE);
}

static void
add_risk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  lk_risk_page_open_risk (LK_RISK_PAGE (widget), -1);
}

static void
add_deviation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);

  gtk_stack_set_visible_child_name (self->sections, "deviations");
  lk_present (lk_deviation_editor_new (lk_parent_window (widget), self->store, NULL), self);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkRiskPage       *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->assessment == NULL)
    return;

  message = g_strdup_printf (_("“%s” deleted"), self->assessment->title);
  if (!lk_store_delete_risk_assessment (self->store, self->assessment->uuid, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Assessment"), error);
      return;
    }
  back_action (GTK_WIDGET (self), NULL, NULL);
  lk_toast_emit_text (self, message);
}

static void
delete_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->assessment == NULL)
    return;

  heading = g_strdup_printf (_("Delete “%s”?"), self->assessment->title);
  lk_confirm_delete (lk_parent_window (widget), heading,
                     _("The assessment, its risks and their bowties are deleted. "
                       "The tiltak stay in Tiltak, and deviations keep their text."),
                     G_CALLBACK (on_delete_response), self);
}

/* The table lists the tiltak linked to any risk of the assessment. */
static GListStore *
risk_measures (LkRiskPage *self)
{
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_RISK;

  return lk_store_list_measures (self->store, &filter, NULL);
}

static const LkFileType pdf_type[] = {
  { N_("PDF document (.pdf)"), ".pdf", "application/pdf" },
};

static gboolean
save_table (const char  *path,
            gpointer     data,
            GError     **error)
{
  LkRiskPage *self = data;
  g_autoptr(GListStore) measures = NULL;
  LkRiskTable table;

  if (self->assessment == NULL)
    return TRUE;

  measures = risk_measures (self);
  table.assessment = self->assessment;
  table.measures = G_LIST_MODEL (measures);

  return lk_risk_table_write_pdf (&table, path, error);
}

static void
export_table_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);
  g_autofree char *name = NULL;

  if (self->assessment == NULL)
    return;

  name = g_strdup_printf ("%s.pdf", self->assessment->title);
  lk_choose_save_file (widget, _("Export Risk Table"), _("_Export"),
                       _("Could Not Export the Table"), _("Risk table exported"), name,
                       pdf_type, G_N_ELEMENTS (pdf_type),
                       save_table, g_object_ref (self), g_object_unref);
}

/* Printing: the table is paginated for the paper chosen, then drawn a page
 * at a time by the same code as the PDF file. */
typedef struct
{
  LkRiskPage       *self;
  LkRiskAssessment *assessment;  /* its own: the page may reload while printing */
  GListStore       *measures;
  LkRiskTable       table;
  LkRiskTablePages *pages;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->pages, lk_risk_table_pages_free);
  g_clear_object (&job->measures);
  g_clear_object (&job->assessment);
  g_free (job);
}

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_clear_pointer (&job->pages, lk_risk_table_pages_free);
  job->pages = lk_risk_table_paginate (&job->table,
                                       gtk_print_context_get_cairo_context (context),
                                       gtk_print_context_get_width (context),
                                       gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, lk_risk_table_pages_get_n (job->pages));
}

static void
on_draw_table_page (GtkPrintOperation *operation,
                    GtkPrintContext   *context,
                    int                page_nr,
                    PrintJob          *job)
{
  lk_risk_table_draw_page (job->pages, gtk_print_context_get_cairo_context (context), page_nr);
}

static gboolean
run_print (LkRiskPage               *self,
           GtkPrintOperationAction   action,
           const char               *export_path,
           GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  gboolean ok;

  job->self = self;
  job->assessment = lk_store_get_risk_assessment (self->store, self->assessment->uuid, error);
  if (job->assessment == NULL)
    {
      print_job_free (job);
      return FALSE;
    }
  job->measures = risk_measures (self);
  job->table.assessment = job->assessment;
  job->table.measures = G_LIST_MODEL (job->measures);

  /* The handbook's table is wide: landscape unless the user says otherwise */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, self->assessment->title);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);
  /* The job lives as long as the operation's handlers */
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_table_page), job);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print), job,
                         (GClosureNotify)(void (*) (void))print_job_free, 0);

  ok = gtk_print_operation_run (operation, action, lk_parent_window (GTK_WIDGET (self)), error)
       != GTK_PRINT_OPERATION_RESULT_ERROR;

  return ok;
}

static void
print_table_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkRiskPage *self = LK_RISK_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->assessment != NULL &&
      !run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    lk_show_error (widget, _("Could Not Print the Table"), error);
}

/**
 * lk_risk_page_print_table_to_pdf:
 *
 * The print operation of Print Table…, into a file without asking.
 */
gboolean
lk_risk_page_print_table_to_pdf (LkRiskPage  *self,
                                 const char  *path,
                                 GError     **error)
{
  g_return_val_if_fail (LK_IS_RISK_PAGE (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);

  return run_print (self, GTK_PRINT_OPERATION_ACTION_EXPORT, path, error);
}

/* --- object ------------------------------------------------------------------------- */

static void
lk_risk_page_set_store (LkRiskPage *self,
                        LkStore    *store)
{
  g_return_if_fail (LK_IS_RISK_PAGE (self));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  /* The tiltak column counts measures too */
  lk_store_watch (store, (const char *[]) { "risk", "measures", NULL },
                  G_CALLBACK (on_store_changed), self);
  refresh (self);
}

static void
lk_risk_page_dispose (GObject *object)
{
  LkRiskPage *self = LK_RISK_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_RISK_PAGE);
  g_clear_object (&self->store);
  g_clear_object (&self->assessment);
  g_clear_object (&self->assessments);
  g_clear_object (&self->deviations);
  g_clear_pointer (&self->risk_labels, g_hash_table_unref);
  g_clear_pointer (&self->heat_risks, g_array_unref);
  for (guint i = 0; i < 3; i++)
    g_clear_pointer (&self->tertial_labels[i], g_free);
  g_clear_pointer (&self->tertial_title, g_free);

  G_OBJECT_CLASS (lk_risk_page_parent_class)->dispose (object);
}

static gboolean
page_show (LkPage     *page,
           const char *target)
{
  return lk_risk_page_show_assessment (LK_RISK_PAGE (page), target);
}

static void
lk_risk_page_constructed (GObject *object)
{
  LkRiskPage *self = LK_RISK_PAGE (object);

  G_OBJECT_CLASS (lk_risk_page_parent_class)->constructed (object);

  lk_risk_page_set_store (self, lk_page_get_store (LK_PAGE (self)));
}

static void
lk_risk_page_class_init (LkRiskPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->dispose = lk_risk_page_dispose;
  object_class->constructed = lk_risk_page_constructed;
  page_class->show = page_show;

  g_type_ensure (LK_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-risk-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, sections);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessment_stack);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessments_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, assessment_title);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, heatmap_chart);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, risks_group);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, screening_group);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, screening_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, tertial_group);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, deviation_chart);
  gtk_widget_class_bind_template_child (widget_class, LkRiskPage, deviations_list);

  gtk_widget_class_install_action (widget_class, "risk.new-assessment", NULL, new_assessment_action);
  gtk_widget_class_install_action (widget_class, "risk.edit-assessment", NULL, edit_assessment_action);
  gtk_widget_class_install_action (widget_class, "risk.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "risk.add-risk", NULL, add_risk_action);
  gtk_widget_class_install_action (widget_class, "risk.add-deviation", NULL, add_deviation_action);
  gtk_widget_class_install_action (widget_class, "risk.delete-assessment", NULL, delete_assessment_action);
  gtk_widget_class_install_action (widget_class, "risk.export-table", NULL, export_table_action);
  gtk_widget_class_install_action (widget_class, "risk.print-table", NULL, print_table_action);
}

static void
lk_risk_page_init (LkRiskPage *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->heat_risks = g_array_new (FALSE, FALSE, sizeof (LkHeatRisk));
  self->tertial_labels[0] = g_strdup (_("Jan–Apr"));
  self->tertial_labels[1] = g_strdup (_("May–Aug"));
  self->tertial_labels[2] = g_strdup (_("Sep–Dec"));

  gtk_list_box_set_placeholder (self->assessments_list,
                                placeholder_new (_("No risk assessments yet. Start one for a "
                                                   "subject area your 4V screening points to.")));
  gtk_list_box_set_placeholder (self->risks_list,
                                placeholder_new (_("No risks yet. Add what can go wrong.")));
  gtk_list_box_set_placeholder (self->deviations_list,
                                placeholder_new (_("No deviations recorded.")));

  /* A heat map is square-ish; exported files keep that shape. */
  lk_chart_view_set_draw_func (self->heatmap_chart, draw_heatmap, self, NULL);
  lk_chart_view_set_export_size (self->heatmap_chart, 640, 560);
  lk_chart_view_set_draw_func (self->deviation_chart, draw_deviations, self, NULL);
  lk_chart_view_set_export_size (self->deviation_chart, 640, 200);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->heatmap_chart), TRUE);
  g_signal_connect (self->heatmap_chart, "query-tooltip", G_CALLBACK (on_heatmap_query_tooltip), self);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_heatmap_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->heatmap_chart), motion);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_heatmap_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->heatmap_chart), GTK_EVENT_CONTROLLER (click));

  self->assessments = g_list_store_new (LK_TYPE_RISK_ASSESSMENT);
  self->deviations = g_list_store_new (LK_TYPE_DEVIATION);
  self->risk_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_bind_model (self->assessments_list, G_LIST_MODEL (self->assessments),
                           create_assessment_row, self, NULL);
  gtk_list_box_bind_model (self->deviations_list, G_LIST_MODEL (self->deviations),
                           create_deviation_row, self, NULL);
  g_signal_connect (self->assessments_list, "row-activated", G_CALLBACK (on_assessment_activated), self);
  g_signal_connect (self->risks_list, "row-activated", G_CALLBACK (on_risk_activated), self);
  g_signal_connect (self->deviations_list, "row-activated", G_CALLBACK (on_deviation_activated), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "risk.add-risk", FALSE);
}
