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
#include "lk-chart-export.h"
#include "lk-risk-table.h"
#include "lk-date.h"
#include "lk-measure.h"

#define MARGIN   36.0
#define PAD      4.0
#define FONT     "Cantarell, Noto Sans, DejaVu Sans"
#define N_COLUMNS 8

/* Relative widths: No., risk, P, C, score, done / to do, owner, deadline */
static const double column_weights[N_COLUMNS] = { 0.04, 0.28, 0.04, 0.04, 0.06, 0.32, 0.12, 0.10 };

typedef struct
{
  char   *cells[N_COLUMNS];
  LkZone  zone;
  gboolean scored;
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
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text, -1);

  return layout;
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

      row.cells[0] = g_strdup_printf ("%u", r + 1);
      if (risk->causes != NULL && *risk->causes != '\0')
        row.cells[1] = g_strdup_printf ("%s\n%s", risk->hazard, risk->causes);
      else
        row.cells[1] = g_strdup (risk->hazard);
      if ((row.scored = lk_risk_get_before (risk, a->matrix.size, &p, &c)))
        {
          row.cells[2] = g_strdup_printf ("%u", p);
          row.cells[3] = g_strdup_printf ("%u", c);
          row.cells[4] = g_strdup_printf ("%u", lk_risk_score (p, c));
          row.zone = lk_risk_matrix_zone (&a->matrix, p, c);
        }
      else
        {
          row.cells[2] = g_strdup ("–");
          row.cells[3] = g_strdup ("–");
          row.cells[4] = g_strdup ("–");
        }

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
          g_string_append_printf (owners, "%s%s", owners->len ? "\n" : "", lk_measure_get_owner (measure));
          g_string_append_printf (deadlines, "%s%s", deadlines->len ? "\n" : "", deadline);
        }

      /* Translators: in the risk table, what is done already and what is to do */
      row.cells[5] = g_strdup_printf (_("Done: %s\nTo do: %s"),
                                      risk->controls && *risk->controls ? risk->controls : "–",
                                      todo->len ? todo->str : "–");
      row.cells[6] = g_strdup (owners->str);
      row.cells[7] = g_strdup (deadlines->str);
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
    case 0: return _("No.");
    case 1: return _("Risk: what can go wrong, and why");
    /* Translators: column heading, short for probability */
    case 2: return C_("risk table", "P");
    /* Translators: column heading, short for consequence */
    case 3: return C_("risk table", "C");
    case 4: return _("Score");
    case 5: return _("Done and to do");
    case 6: return _("Owner");
    case 7: return _("Deadline");
    default: return "";
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
  GArray *starts;      /* guint: the first row of each page */
  double  width;
  double  height;
  double  title_row;
};

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

  return pages;
}

guint
lk_risk_table_pages_get_n (const LkRiskTablePages *pages)
{
  return pages->starts->len;
}

void
lk_risk_table_pages_free (LkRiskTablePages *pages)
{
  if (pages == NULL)
    return;
  g_array_unref (pages->rows);
  g_array_unref (pages->starts);
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

void
lk_risk_table_draw_page (const LkRiskTablePages *pages,
                         cairo_t                *cr,
                         guint                   page)
{
  const LkRiskAssessment *a = pages->assessment;
  GArray *rows = pages->rows;
  GArray *starts = pages->starts;
  double width = pages->width, height = pages->height;
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
      /* Translators: the risk table's heading lines: workplace, unit, date; participants */
      g_autofree char *line1 = g_strdup_printf (_("Workplace: %s · Unit: %s · Date: %s"),
                                                *a->workplace ? a->workplace : "–",
                                                *a->unit ? a->unit : "–", date);
      g_autofree char *line2 = g_strdup_printf (_("Participants: %s"),
                                                *a->participants ? a->participants : "–");
      g_autofree char *lines = g_strdup_printf ("%s\n%s", line1, line2);

      show_text (cr, a->title, MARGIN, y, width - 2 * MARGIN, 16, TRUE);
      y += 16 + 6;
      show_text (cr, lines, MARGIN, y, width - 2 * MARGIN, 9, FALSE);
      y = MARGIN + header_height (cr, width);
    }

  draw_title_row (cr, x, w, y, title_row, &style);
  y += title_row;

  for (guint r = first; r < end; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      /* The score cell in its zone's colour, as in the handbook's form */
      if (row->scored)
        {
          const LkColor *zone = row->zone == LK_ZONE_RED ? &style.red
                              : row->zone == LK_ZONE_YELLOW ? &style.yellow : &style.green;

          cairo_set_source_rgba (cr, zone->r, zone->g, zone->b, 0.45);
          cairo_rectangle (cr, x[4], y, w[4], row->height);
          cairo_fill (cr);
        }
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

  /* Page numbers once there is more than one page */
  if (starts->len > 1)
    {
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, starts->len);

      lk_chart_set_color (cr, &style.muted);
      show_text (cr, number, MARGIN, height - MARGIN + 8, 0, 8, FALSE);
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
