/* lk-assessment-view.c: one risk assessment, with its heat map and risks
 *
 * What is shown is read from the store again after each change (the page
 * asks), so the editors only have to save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-chart-heatmap.h"
#include "lk-a11y.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-risk-table.h"
#include "lk-assessment-editor.h"
#include "lk-assessment-view.h"
#include "lk-chart-view.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-page.h"
#include "lk-risk-editor.h"
#include "lk-risk-ui.h"

struct _LkAssessmentView
{
  AdwBin               parent_instance;

  GtkWidget           *back_button;
  LkRiskAssessment    *assessment;    /* the one shown, or NULL */
  GArray              *heat_risks;    /* LkHeatRisk of the one shown */

  GtkLabel            *assessment_title;
  GtkLabel            *details_label;
  LkChartView         *heatmap_chart;
  AdwPreferencesGroup *risks_group;
  GtkListBox          *risks_list;
  AdwPreferencesGroup *screening_group;
  GtkListBox          *screening_list;
};

G_DEFINE_FINAL_TYPE (LkAssessmentView, lk_assessment_view, ADW_TYPE_BIN)

/* The page it is on holds the store */
static LkStore *
store_of (LkAssessmentView *self)
{
  return lk_page_get_store (lk_page_of (GTK_WIDGET (self)));
}

/* --- heat map ------------------------------------------------------------------ */

static void
draw_heatmap (cairo_t            *cr,
              double              width,
              double              height,
              const LkChartStyle *style,
              gpointer            user_data)
{
  LkAssessmentView *self = user_data;
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
layout_heatmap (LkAssessmentView *self,
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
 * lk_assessment_view_risk_at:
 *
 * The risk under a point of the heat map widget, by the same layout the
 * chart draws: its index in the assessment, or -1.
 */
int
lk_assessment_view_risk_at (LkAssessmentView *self,
                      double      x,
                      double      y)
{
  LkHeatLayout layout;
  LkHeatMap map;
  int hit;

  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), -1);

  if (!layout_heatmap (self, &map, &layout))
    return -1;

  hit = lk_chart_heatmap_hit (&map, &layout, x, y);
  lk_chart_heatmap_layout_clear (&layout);

  return hit;
}

/**
 * lk_assessment_view_marker_center:
 *
 * Where the marker of a risk before measures is drawn in the widget.
 */
gboolean
lk_assessment_view_marker_center (LkAssessmentView *self,
                            guint       index,
                            double     *x,
                            double     *y)
{
  LkHeatLayout layout;
  LkHeatMap map;
  gboolean found = FALSE;

  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), FALSE);

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
lk_assessment_view_get_heat_map (LkAssessmentView *self)
{
  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), NULL);

  return GTK_WIDGET (self->heatmap_chart);
}

/**
 * lk_assessment_view_badge_text:
 *
 * Returns: (nullable): the list of risks behind the count badge under a
 *   point of the heat map, or %NULL where there is none
 */
char *
lk_assessment_view_badge_text (LkAssessmentView *self,
                               double            x,
                               double            y)
{
  LkHeatLayout layout;
  LkHeatMap map;
  GString *text;
  guint s, k, count = 0;
  gboolean on_badge;

  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), NULL);

  if (!layout_heatmap (self, &map, &layout))
    return NULL;
  on_badge = lk_chart_heatmap_badge_at (&map, &layout, x, y, &s, &k);
  if (on_badge)
    count = layout.cells[s - 1][k - 1].badge;
  lk_chart_heatmap_layout_clear (&layout);
  if (!on_badge)
    return NULL;

  text = g_string_new (NULL);
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u risk in this cell:",
                                             "%u risks in this cell:", count), count);
  for (guint i = 0; i < self->assessment->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (self->assessment->risks, i);
      guint size = self->assessment->matrix.size, p, c;
      gboolean before = lk_risk_get_before (risk, size, &p, &c) && p == s && c == k;
      gboolean after = lk_risk_get_after (risk, size, &p, &c) && p == s && c == k;

      /* Translators: a risk in a heat map cell's list: number, hazard, and
       * whether before or after measures */
      if (before || after)
        g_string_append_printf (text, "\n%u. %s (%s)", i + 1, risk->hazard,
                                before && after ? _("before and after measures")
                                : before ? _("before measures") : _("after measures"));
    }

  return g_string_free (text, FALSE);
}

static gboolean
on_heatmap_query_tooltip (GtkWidget  *widget,
                          int         x,
                          int         y,
                          gboolean    keyboard,
                          GtkTooltip *tooltip,
                          LkAssessmentView *self)
{
  int hit = keyboard ? -1 : lk_assessment_view_risk_at (self, x, y);
  LkRisk *risk;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;

  if (hit < 0)
    {
      g_autofree char *list = keyboard ? NULL : lk_assessment_view_badge_text (self, x, y);

      if (list == NULL)
        return FALSE;
      gtk_tooltip_set_text (tooltip, list);
      return TRUE;
    }

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
                   LkAssessmentView             *self)
{
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->heatmap_chart),
                                   lk_assessment_view_risk_at (self, x, y) >= 0 ? "pointer" : NULL);
}

static void
on_heatmap_released (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     LkAssessmentView    *self)
{
  int hit = lk_assessment_view_risk_at (self, x, y);

  if (hit >= 0)
    lk_assessment_view_open_risk (self, hit);
}

/* --- one assessment -------------------------------------------------------------- */

/**
 * lk_assessment_view_open_risk:
 * @index: a risk of the assessment shown, or -1 for a new one
 */
GtkWindow *
lk_assessment_view_open_risk (LkAssessmentView *self,
                        int         index)
{
  GtkWindow *editor;
  const char *risk_uuid = NULL;

  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), NULL);

  if (self->assessment == NULL || index >= (int)self->assessment->risks->len)
    return NULL;
  if (index >= 0)
    risk_uuid = ((LkRisk *)g_ptr_array_index (self->assessment->risks, index))->uuid;

  editor = lk_risk_editor_new (lk_parent_window (GTK_WIDGET (self)), store_of (self),
                               self->assessment->uuid, risk_uuid);
  lk_present (editor, lk_page_of (GTK_WIDGET (self)));

  return editor;
}

static void
on_risk_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkAssessmentView  *self)
{
  lk_assessment_view_open_risk (self, gtk_list_box_row_get_index (row));
}

static GtkWidget *
create_risk_row (LkAssessmentView *self,
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
  lk_a11y_set_name (GTK_WIDGET (steps), subtitle);
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
fill_assessment (LkAssessmentView *self)
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

  measure_counts = lk_store_count_measures_by_source (store_of (self), LK_SOURCE_RISK, NULL);
  if (measure_counts == NULL)
    measure_counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, i);
      LkHeatRisk heat = lk_heat_risk_for (risk, i + 1);

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
load_assessment (LkAssessmentView *self,
                 const char *uuid)
{
  LkRiskAssessment *a;

  if (!(a = lk_store_get_risk_assessment (store_of (self), uuid, NULL)))
    return FALSE;

  g_clear_object (&self->assessment);
  self->assessment = a;
  fill_assessment (self);

  return TRUE;
}

/**
 * lk_assessment_view_show:
 * @uuid: (nullable): the assessment, or %NULL to show none
 *
 * Returns: %FALSE when there is no such assessment
 */
gboolean
lk_assessment_view_show (LkAssessmentView *self,
                         const char       *uuid)
{
  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), FALSE);

  if (uuid == NULL || !load_assessment (self, uuid))
    {
      g_clear_object (&self->assessment);
      fill_assessment (self);
      return uuid == NULL;
    }

  return TRUE;
}

/* The assessment shown, or %NULL */
const char *
lk_assessment_view_get_uuid (LkAssessmentView *self)
{
  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), NULL);

  return self->assessment ? self->assessment->uuid : NULL;
}

static void
edit_assessment_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  LkAssessmentView *self = LK_ASSESSMENT_VIEW (widget);

  if (self->assessment != NULL)
    lk_present (lk_assessment_editor_new (lk_parent_window (widget), store_of (self),
                                          self->assessment->uuid),
                lk_page_of (widget));
}

static void
add_risk_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  lk_assessment_view_open_risk (LK_ASSESSMENT_VIEW (widget), -1);
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkAssessmentView     *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0 || self->assessment == NULL)
    return;

  message = g_strdup_printf (_("“%s” deleted"), self->assessment->title);
  if (!lk_store_delete_risk_assessment (store_of (self), self->assessment->uuid, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Assessment"), error);
      return;
    }
  lk_toast_from (GTK_WIDGET (self), adw_toast_new (message));
  gtk_widget_activate_action (GTK_WIDGET (self), "risk.back", NULL);
}

static void
delete_assessment_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  LkAssessmentView *self = LK_ASSESSMENT_VIEW (widget);
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
risk_measures (LkAssessmentView *self)
{
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_RISK;

  return lk_store_list_measures (store_of (self), &filter, NULL);
}

static const LkFileType pdf_type[] = {
  { N_("PDF document (.pdf)"), ".pdf", "application/pdf" },
};

static gboolean
save_table (const char  *path,
            gpointer     data,
            GError     **error)
{
  LkAssessmentView *self = data;
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
  LkAssessmentView *self = LK_ASSESSMENT_VIEW (widget);
  g_autofree char *name = NULL;

  if (self->assessment == NULL)
    return;

  name = g_strdup_printf ("%s.pdf", self->assessment->title);
  lk_choose_save_file (widget,
                       &(LkExport) { .title = _("Export Risk Table"),
                                     .failed = _("Could Not Export the Table"),
                                     .done = _("Risk table exported"),
                                     .types = pdf_type, .n_types = G_N_ELEMENTS (pdf_type) },
                       name, save_table, g_object_ref (self), g_object_unref);
}

/* Printing: the table is paginated for the paper chosen, then drawn a page
 * at a time by the same code as the PDF file. */
typedef struct
{
  LkAssessmentView     *self;
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
run_print (LkAssessmentView             *self,
           GtkPrintOperationAction   action,
           const char               *export_path,
           GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  PrintJob *job = g_new0 (PrintJob, 1);
  gboolean ok;

  job->self = self;
  job->assessment = lk_store_get_risk_assessment (store_of (self), self->assessment->uuid, error);
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
  LkAssessmentView *self = LK_ASSESSMENT_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->assessment != NULL &&
      !run_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error))
    lk_show_error (widget, _("Could Not Print the Table"), error);
}

/**
 * lk_assessment_view_print_table_to_pdf:
 *
 * The print operation of Print Table…, into a file without asking.
 */
gboolean
lk_assessment_view_print_table_to_pdf (LkAssessmentView  *self,
                                 const char  *path,
                                 GError     **error)
{
  g_return_val_if_fail (LK_IS_ASSESSMENT_VIEW (self), FALSE);
  g_return_val_if_fail (self->assessment != NULL, FALSE);

  return run_print (self, GTK_PRINT_OPERATION_ACTION_EXPORT, path, error);
}

/* --- object ------------------------------------------------------------------------- */

static void
lk_assessment_view_dispose (GObject *object)
{
  LkAssessmentView *self = LK_ASSESSMENT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_ASSESSMENT_VIEW);
  g_clear_object (&self->assessment);
  g_clear_pointer (&self->heat_risks, g_array_unref);

  G_OBJECT_CLASS (lk_assessment_view_parent_class)->dispose (object);
}

static void
lk_assessment_view_class_init (LkAssessmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_assessment_view_dispose;

  g_type_ensure (LK_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-assessment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, assessment_title);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, back_button);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, details_label);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, heatmap_chart);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, risks_group);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, risks_list);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, screening_group);
  gtk_widget_class_bind_template_child (widget_class, LkAssessmentView, screening_list);

  gtk_widget_class_install_action (widget_class, "assessment.edit", NULL, edit_assessment_action);
  gtk_widget_class_install_action (widget_class, "assessment.add-risk", NULL, add_risk_action);
  gtk_widget_class_install_action (widget_class, "assessment.delete", NULL, delete_assessment_action);
  gtk_widget_class_install_action (widget_class, "assessment.export-table", NULL, export_table_action);
  gtk_widget_class_install_action (widget_class, "assessment.print-table", NULL, print_table_action);
}

static void
lk_assessment_view_init (LkAssessmentView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->risks_list));

  self->heat_risks = g_array_new (FALSE, FALSE, sizeof (LkHeatRisk));
  gtk_list_box_set_placeholder (self->risks_list,
                                lk_list_placeholder_new (_("No risks yet. Add what can go wrong.")));

  /* A heat map is square-ish; exported files keep that shape. */
  lk_chart_view_set_draw_func (self->heatmap_chart, draw_heatmap, self, NULL);
  lk_chart_view_set_export_size (self->heatmap_chart, 640, 560);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->heatmap_chart), TRUE);
  g_signal_connect (self->heatmap_chart, "query-tooltip", G_CALLBACK (on_heatmap_query_tooltip), self);
  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_heatmap_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self->heatmap_chart), motion);
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_heatmap_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->heatmap_chart), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (self->risks_list, "row-activated", G_CALLBACK (on_risk_activated), self);
}

/**
 * lk_assessment_view_set_narrow:
 *
 * Narrow, the window's own back button leads back to the list, and the
 * view's would be a second one beside it.
 */
void
lk_assessment_view_set_narrow (LkAssessmentView *self,
                               gboolean          narrow)
{
  g_return_if_fail (LK_IS_ASSESSMENT_VIEW (self));

  gtk_widget_set_visible (self->back_button, !narrow);
}
