/* lk-risk-table.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "lk-chart.h"
#include "lk-chart-bowtie.h"
#include "lk-chart-export.h"
#include "lk-chart-heatmap.h"
#include "lk-risk-table.h"
#include "lk-document-text.h"
#include "lk-date.h"
#include "lk-measure.h"

#define MARGIN   36.0
#define PAD      4.0
/* The handbook's form, a row a risk, in the order of internkontrollhjulet:
 * the risk, before P × C = score, existing controls, is it enough, new
 * tiltak with owner and deadline, after P × C = score, follow-up. */
enum {
  COL_NUMBER,
  COL_RISK,
  COL_BEFORE,
  COL_CONTROLS,
  COL_ENOUGH,
  COL_TILTAK,
  COL_OWNER,
  COL_DEADLINE,
  COL_AFTER,
  COL_FOLLOW_UP,
  N_COLUMNS
};

static const double column_weights[N_COLUMNS] = {
  0.03, 0.17, 0.085, 0.14, 0.07, 0.16, 0.09, 0.075, 0.085, 0.095,
};

typedef struct
{
  char   *cells[N_COLUMNS];
  LkZone  zone_before;
  LkZone  zone_after;
  gboolean scored_before;
  gboolean scored_after;
  double  height;
} Row;

static void
row_clear (Row *row)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (row->cells[i]);
}

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      width,
             double      size,
             gboolean    bold)
{
  return lk_document_layout (cr, text, width, size, bold, FALSE);
}

static double
text_height (cairo_t    *cr,
             const char *text,
             double      width,
             double      size,
             gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, width, size, bold);
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);

  return h;
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      size,
           gboolean    bold)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, width, size, bold);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static char *
score_text (guint  p,
            guint  c)
{
  /* Translators: probability × consequence = risk score, in the risk document */
  return g_strdup_printf (_("%u × %u = %u"), p, c, lk_risk_score (p, c));
}

static const char *
enough_text (int enough)
{
  return enough < 0 ? "–" : enough > 0 ? _("Yes") : _("No");
}

/* The rows in order, each with the tiltak linked to its risk */
static GArray *
build_rows (const LkRiskTable *table)
{
  const LkRiskAssessment *a = table->assessment;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  guint n_measures = table->measures ? g_list_model_get_n_items (table->measures) : 0;

  g_array_set_clear_func (rows, (GDestroyNotify)row_clear);

  for (guint r = 0; r < a->risks->len; r++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, r);
      g_autoptr(GString) todo = g_string_new (NULL);
      g_autoptr(GString) owners = g_string_new (NULL);
      g_autoptr(GString) deadlines = g_string_new (NULL);
      Row row = { 0 };
      guint p, c;

      row.cells[COL_NUMBER] = g_strdup_printf ("%u", r + 1);
      if (risk->causes != NULL && *risk->causes != '\0')
        row.cells[COL_RISK] = g_strdup_printf ("%s\n%s", risk->hazard, risk->causes);
      else
        row.cells[COL_RISK] = g_strdup (risk->hazard);
      if ((row.scored_before = lk_risk_get_before (risk, a->matrix.size, &p, &c)))
        {
          row.cells[COL_BEFORE] = score_text (p, c);
          row.zone_before = lk_risk_matrix_zone (&a->matrix, p, c);
        }
      else
        row.cells[COL_BEFORE] = g_strdup ("–");
      if ((row.scored_after = lk_risk_get_after (risk, a->matrix.size, &p, &c)))
        {
          row.cells[COL_AFTER] = score_text (p, c);
          row.zone_after = lk_risk_matrix_zone (&a->matrix, p, c);
        }
      else
        row.cells[COL_AFTER] = g_strdup ("–");
      row.cells[COL_CONTROLS] = g_strdup (risk->controls && *risk->controls ? risk->controls : "–");
      row.cells[COL_ENOUGH] = g_strdup (enough_text (risk->enough));
      row.cells[COL_FOLLOW_UP] = risk->follow_up ? lk_date_format (risk->follow_up) : g_strdup ("–");

      /* One line each, so a tiltak's owner and deadline stand beside it */
      for (guint m = 0; m < n_measures; m++)
        {
          g_autoptr(LkMeasure) measure = g_list_model_get_item (table->measures, m);
          g_autofree char *deadline = NULL;

          if (lk_measure_get_source_kind (measure) != LK_SOURCE_RISK ||
              g_strcmp0 (lk_measure_get_source_uuid (measure), risk->uuid) != 0)
            continue;
          deadline = lk_measure_get_deadline (measure) ? lk_date_format (lk_measure_get_deadline (measure))
                                                       : g_strdup ("–");
          g_string_append_printf (todo, "%s• %s", todo->len ? "\n" : "", lk_measure_get_title (measure));
          g_string_append_printf (owners, "%s%s", owners->len ? "\n" : "",
                                  *lk_measure_get_owner (measure) ? lk_measure_get_owner (measure) : "–");
          g_string_append_printf (deadlines, "%s%s", deadlines->len ? "\n" : "", deadline);
        }
      row.cells[COL_TILTAK] = g_strdup (todo->len ? todo->str : "–");
      row.cells[COL_OWNER] = g_strdup (owners->str);
      row.cells[COL_DEADLINE] = g_strdup (deadlines->str);
      g_array_append_val (rows, row);
    }

  return rows;
}

static void
column_geometry (double  width,
                 double  x[N_COLUMNS],
                 double  w[N_COLUMNS])
{
  double at = MARGIN;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      x[i] = at;
      w[i] = (width - 2 * MARGIN) * column_weights[i];
      at += w[i];
    }
}

static double
header_height (cairo_t *cr,
               double   width)
{
  return 16 + 6 + text_height (cr, "Xg", width, 9, FALSE) * 2 + 12;
}

static const char *
column_title (guint i)
{
  switch (i)
    {
    case COL_NUMBER:    return _("No.");
    case COL_RISK:      return _("Risk: what can go wrong, and why");
    /* Translators: column heading: probability × consequence = score, before measures */
    case COL_BEFORE:    return _("Before: P × C = score");
    case COL_CONTROLS:  return _("Existing controls");
    case COL_ENOUGH:    return _("Is it enough?");
    case COL_TILTAK:    return _("New tiltak");
    case COL_OWNER:     return _("Owner");
    case COL_DEADLINE:  return _("Deadline");
    case COL_AFTER:     return _("After: P × C = score");
    case COL_FOLLOW_UP: return _("Follow-up");
    default:            return "";
    }
}

static double
measure_rows (GArray  *rows,
              cairo_t *cr,
              double   width)
{
  double x[N_COLUMNS], w[N_COLUMNS];
  double title_height = 0;

  column_geometry (width, x, w);
  for (guint i = 0; i < N_COLUMNS; i++)
    title_height = MAX (title_height, text_height (cr, column_title (i), w[i] - 2 * PAD, 8, TRUE));
  for (guint r = 0; r < rows->len; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      row->height = 0;
      for (guint i = 0; i < N_COLUMNS; i++)
        row->height = MAX (row->height, text_height (cr, row->cells[i], w[i] - 2 * PAD, 8, FALSE));
      row->height += 2 * PAD;
    }

  return title_height + 2 * PAD;
}

/* The first row of each page; a row taller than a page gets one of its own */
static GArray *
paginate (GArray  *rows,
          double   title_row,
          double   first_top,
          double   height)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  double y = first_top + title_row;
  guint zero = 0;

  g_array_append_val (starts, zero);
  for (guint r = 0; r < rows->len; r++)
    {
      double h = g_array_index (rows, Row, r).height;

      if (y + h > height - MARGIN && y > MARGIN + title_row + 0.5 &&
          !(starts->len == 1 && r == 0))
        {
          g_array_append_val (starts, r);
          y = MARGIN + title_row;
        }
      y += h;
    }

  return starts;
}

struct _LkRiskTablePages
{
  const LkRiskAssessment *assessment;
  GArray *rows;        /* Row, measured */
  GArray *starts;      /* guint: the first row of each table page */
  GArray *bowties;     /* guint: the risks with a bowtie, a page each */
  gboolean heat_map;   /* a page after the table */
  double  width;
  double  height;
  double  title_row;
};

static gboolean
has_bowtie (const LkRisk *risk)
{
  return risk->bowtie_causes->len > 0 || risk->bowtie_consequences->len > 0;
}

LkRiskTablePages *
lk_risk_table_paginate (const LkRiskTable *table,
                        cairo_t           *cr,
                        double             width,
                        double             height)
{
  LkRiskTablePages *pages = g_new0 (LkRiskTablePages, 1);

  pages->assessment = table->assessment;
  pages->width = width;
  pages->height = height;
  pages->rows = build_rows (table);
  pages->title_row = measure_rows (pages->rows, cr, width);
  pages->starts = paginate (pages->rows, pages->title_row,
                            MARGIN + header_height (cr, width), height);
  pages->heat_map = table->assessment->risks->len > 0;
  pages->bowties = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint r = 0; r < table->assessment->risks->len; r++)
    if (has_bowtie (g_ptr_array_index (table->assessment->risks, r)))
      g_array_append_val (pages->bowties, r);

  return pages;
}

guint
lk_risk_table_pages_get_n (const LkRiskTablePages *pages)
{
  return pages->starts->len + (pages->heat_map ? 1 : 0) + pages->bowties->len;
}

void
lk_risk_table_pages_free (LkRiskTablePages *pages)
{
  if (pages == NULL)
    return;
  g_array_unref (pages->rows);
  g_array_unref (pages->starts);
  g_array_unref (pages->bowties);
  g_free (pages);
}

static void
draw_title_row (cairo_t            *cr,
                const double       *x,
                const double       *w,
                double              y,
                double              h,
                const LkChartStyle *style)
{
  cairo_set_source_rgb (cr, 0.92, 0.92, 0.94);
  cairo_rectangle (cr, x[0], y, x[N_COLUMNS - 1] + w[N_COLUMNS - 1] - x[0], h);
  cairo_fill (cr);
  lk_chart_set_color (cr, &style->foreground);
  for (guint i = 0; i < N_COLUMNS; i++)
    show_text (cr, column_title (i), x[i] + PAD, y + PAD, w[i] - 2 * PAD, 8, TRUE);
}

static void
fill_zone (cairo_t            *cr,
           const LkChartStyle *style,
           LkZone              zone,
           double              x,
           double              y,
           double              w,
           double              h)
{
  const LkColor *color = zone == LK_ZONE_RED ? &style->red
                       : zone == LK_ZONE_YELLOW ? &style->yellow : &style->green;

  cairo_set_source_rgba (cr, color->r, color->g, color->b, 0.45);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

static void
draw_table_page (const LkRiskTablePages *pages,
                 cairo_t                *cr,
                 guint                   page)
{
  const LkRiskAssessment *a = pages->assessment;
  GArray *rows = pages->rows;
  GArray *starts = pages->starts;
  double width = pages->width;
  double title_row = pages->title_row;
  double x[N_COLUMNS], w[N_COLUMNS];
  double y = MARGIN;
  guint first, end;
  LkChartStyle style;

  if (page >= starts->len)
    return;
  lk_chart_style_init (&style, FALSE);
  column_geometry (width, x, w);
  first = g_array_index (starts, guint, page);
  end = page + 1 < starts->len ? g_array_index (starts, guint, page + 1) : rows->len;

  cairo_save (cr);
  lk_chart_set_color (cr, &style.foreground);

  if (page == 0)
    {
      g_autofree char *date = lk_date_format (a->date);
      /* Translators: the risk document's heading lines: subject area, workplace, unit, date; participants */
      g_autofree char *line1 = g_strdup_printf (_("Subject area: %s · Workplace: %s · Unit: %s · Date: %s"),
                                                a->title, *a->workplace ? a->workplace : "–",
                                                *a->unit ? a->unit : "–", date);
      g_autofree char *line2 = g_strdup_printf (_("Participants: %s"),
                                                *a->participants ? a->participants : "–");
      g_autofree char *lines = g_strdup_printf ("%s\n%s", line1, line2);

      show_text (cr, _("Risk Assessment"), MARGIN, y, width - 2 * MARGIN, 16, TRUE);
      y += 16 + 6;
      show_text (cr, lines, MARGIN, y, width - 2 * MARGIN, 9, FALSE);
      y = MARGIN + header_height (cr, width);
    }

  draw_title_row (cr, x, w, y, title_row, &style);
  y += title_row;

  for (guint r = first; r < end; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      /* The score cells in their zone's colour, as in the handbook's form */
      if (row->scored_before)
        fill_zone (cr, &style, row->zone_before, x[COL_BEFORE], y, w[COL_BEFORE], row->height);
      if (row->scored_after)
        fill_zone (cr, &style, row->zone_after, x[COL_AFTER], y, w[COL_AFTER], row->height);
      lk_chart_set_color (cr, &style.foreground);
      for (guint i = 0; i < N_COLUMNS; i++)
        show_text (cr, row->cells[i], x[i] + PAD, y + PAD, w[i] - 2 * PAD, 8, FALSE);

      lk_chart_set_color (cr, &style.grid);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x[0], y + row->height);
      cairo_line_to (cr, x[N_COLUMNS - 1] + w[N_COLUMNS - 1], y + row->height);
      cairo_stroke (cr);
      y += row->height;
    }

  cairo_restore (cr);
}

/* The heat map page: every risk from before to after measures */
static void
draw_heat_map_page (const LkRiskTablePages *pages,
                    cairo_t                *cr,
                    const LkChartStyle     *style)
{
  const LkRiskAssessment *a = pages->assessment;
  g_autoptr(GArray) risks = g_array_new (FALSE, FALSE, sizeof (LkHeatRisk));
  double top = MARGIN + 16 + 14;
  LkHeatMap map;

  for (guint i = 0; i < a->risks->len; i++)
    {
      LkHeatRisk heat = lk_heat_risk_for (g_ptr_array_index (a->risks, i), i + 1);

      g_array_append_val (risks, heat);
    }
  map = (LkHeatMap) { &a->matrix, (const LkHeatRisk *)(void *)risks->data, risks->len };

  lk_chart_set_color (cr, &style->foreground);
  show_text (cr, _("Heat Map: Before and After Measures"), MARGIN, MARGIN,
             pages->width - 2 * MARGIN, 14, TRUE);
  cairo_save (cr);
  cairo_translate (cr, MARGIN, top);
  lk_chart_heatmap_draw (cr, pages->width - 2 * MARGIN, pages->height - top - MARGIN - 12, &map, style);
  cairo_restore (cr);
}

/* A bowtie page: the risk's causes and consequences around its top event */
static void
draw_bowtie_page (const LkRiskTablePages *pages,
                  cairo_t                *cr,
                  guint                   risk_index,
                  const LkChartStyle     *style)
{
  const LkRisk *risk = g_ptr_array_index (pages->assessment->risks, risk_index);
  const GPtrArray *sides[2] = { risk->bowtie_causes, risk->bowtie_consequences };
  g_autoptr(GArray) causes = g_array_new (FALSE, FALSE, sizeof (LkBowtieBranch));
  g_autoptr(GArray) consequences = g_array_new (FALSE, FALSE, sizeof (LkBowtieBranch));
  GArray *branches[2] = { causes, consequences };
  g_autoptr(GPtrArray) barrier_lists = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  double top = MARGIN + 16 + 14;
  LkBowtie bowtie;

  for (guint side = 0; side < 2; side++)
    {
      for (guint i = 0; i < sides[side]->len; i++)
        {
          LkBowtieItem *item = g_ptr_array_index (sides[side], i);
          const char **barriers = g_new0 (const char *, item->barriers->len + 1);
          LkBowtieBranch branch;

          for (guint b = 0; b < item->barriers->len; b++)
            barriers[b] = ((LkBarrier *)g_ptr_array_index (item->barriers, b))->text;
          g_ptr_array_add (barrier_lists, barriers);
          branch.text = item->text;
          branch.barriers = barriers;
          g_array_append_val (branches[side], branch);
        }
    }
  bowtie = (LkBowtie) {
    .top_event = risk->top_event && *risk->top_event ? risk->top_event : risk->hazard,
    .causes = (const LkBowtieBranch *)(void *)branches[0]->data,
    .n_causes = branches[0]->len,
    .consequences = (const LkBowtieBranch *)(void *)branches[1]->data,
    .n_consequences = branches[1]->len,
  };

  /* Translators: a bowtie page's heading: the risk's number and what can go wrong */
  title = g_strdup_printf (_("Bowtie for Risk %u: %s"), risk_index + 1, risk->hazard);
  lk_chart_set_color (cr, &style->foreground);
  show_text (cr, title, MARGIN, MARGIN, pages->width - 2 * MARGIN, 14, TRUE);
  cairo_save (cr);
  cairo_translate (cr, MARGIN, top);
  lk_chart_bowtie_draw (cr, pages->width - 2 * MARGIN, pages->height - top - MARGIN - 12, &bowtie, style);
  cairo_restore (cr);
}

void
lk_risk_table_draw_page (const LkRiskTablePages *pages,
                         cairo_t                *cr,
                         guint                   page)
{
  guint n_pages = lk_risk_table_pages_get_n (pages);
  guint n_table = pages->starts->len;
  LkChartStyle style;

  if (page >= n_pages)
    return;

  lk_chart_style_init (&style, FALSE);
  cairo_save (cr);
  if (page < n_table)
    draw_table_page (pages, cr, page);
  else if (pages->heat_map && page == n_table)
    draw_heat_map_page (pages, cr, &style);
  else
    draw_bowtie_page (pages, cr,
                      g_array_index (pages->bowties, guint, page - n_table - (pages->heat_map ? 1 : 0)),
                      &style);

  /* Page numbers once there is more than one page */
  if (n_pages > 1)
    {
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);

      lk_chart_set_color (cr, &style.muted);
      show_text (cr, number, MARGIN, pages->height - MARGIN + 8, 0, 8, FALSE);
    }
  cairo_restore (cr);
}

/**
 * lk_risk_table_write_pdf:
 *
 * An A4 landscape PDF in @path, written 0600 beside it and put in place whole.
 */
gboolean
lk_risk_table_write_pdf (const LkRiskTable  *table,
                         const char         *path,
                         GError            **error)
{
  const double width = 842.0, height = 595.0;   /* A4 landscape in points */
  cairo_surface_t *surface;
  cairo_status_t status;
  LkRiskTablePages *pages;
  LkCairoFile file;
  cairo_t *cr;

  if (!(surface = lk_cairo_file_new_pdf (&file, path, table->assessment->title, width, height, error)))
    return FALSE;
  cr = cairo_create (surface);
  pages = lk_risk_table_paginate (table, cr, width, height);
  for (guint page = 0; page < lk_risk_table_pages_get_n (pages); page++)
    {
      lk_risk_table_draw_page (pages, cr, page);
      cairo_show_page (cr);
    }
  lk_risk_table_pages_free (pages);
  status = cairo_status (cr);
  cairo_destroy (cr);

  return lk_cairo_file_finish (&file, surface, status, error);
}
