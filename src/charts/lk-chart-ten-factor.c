/* lk-chart-ten-factor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-chart-ten-factor.h"
#include "lk-masterplan.h"

#define PAD          12.0
#define HEADING      44.0
#define SCALE_ROOM   22.0     /* the numbers 1–5 under the rows */
#define VALUE_ROOM   42.0     /* the means in a column of their own, right */
#define LEGEND_LINE  20.0

/* --- shared ------------------------------------------------------------------- */

/* A mean as reports write it: one decimal, two when it has them */
static char *
format_mean (double value)
{
  int decimals = fabs (value * 10 - floor (value * 10 + 0.5)) < 1e-6 ? 1 : 2;
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, decimals == 1 ? "%.1f" : "%.2f", value));
  char *dot = strchr (text, '.');

  if (dot != NULL)
    *dot = *lk_decimal_separator ();

  return text;
}

static void
text_at (cairo_t     *cr,
         PangoLayout *layout,
         const char  *text,
         double       x,
         double       y,
         double       align)   /* 0 left, 0.5 centre, 1 right of x */
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x - w * align, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

static void
mark_path (cairo_t *cr,
           guint    mark,
           double   x,
           double   y,
           double   s)
{
  switch (mark)
    {
    case LK_COMPARISON_MUNICIPALITY:   /* a diamond */
      cairo_move_to (cr, x, y - s);
      cairo_line_to (cr, x + s, y);
      cairo_line_to (cr, x, y + s);
      cairo_line_to (cr, x - s, y);
      cairo_close_path (cr);
      break;
    case LK_COMPARISON_PARTICIPANTS:   /* a triangle */
      cairo_move_to (cr, x, y - s);
      cairo_line_to (cr, x + s, y + s * 0.8);
      cairo_line_to (cr, x - s, y + s * 0.8);
      cairo_close_path (cr);
      break;
    case LK_COMPARISON_UNIT_TYPE:      /* a square */
      cairo_rectangle (cr, x - s * 0.8, y - s * 0.8, s * 1.6, s * 1.6);
      break;
    case LK_TF_MARK_PREVIOUS:          /* a ring */
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, s * 0.85, 0, 2 * G_PI);
      break;
    }
}

static const LkColor *
mark_color (const LkChartStyle *style,
            guint               mark)
{
  switch (mark)
    {
    case LK_COMPARISON_MUNICIPALITY:
      return &style->orange;
    case LK_COMPARISON_PARTICIPANTS:
      return &style->purple;
    case LK_COMPARISON_UNIT_TYPE:
      return &style->muted;
    case LK_TF_MARK_PREVIOUS:
    default:
      return &style->foreground;
    }
}

/* Filled shapes with an outline in the background colour, so they stand
 * out on the bar; the ring is drawn open */
static void
draw_mark (cairo_t            *cr,
           const LkChartStyle *style,
           guint               mark,
           double              x,
           double              y,
           double              size)
{
  mark_path (cr, mark, x, y, size);
  if (mark == LK_TF_MARK_PREVIOUS)
    {
      lk_chart_set_color (cr, &style->background);
      cairo_set_line_width (cr, 4.0);
      cairo_stroke_preserve (cr);
      lk_chart_set_color (cr, mark_color (style, mark));
      cairo_set_line_width (cr, 2.0);
      cairo_stroke (cr);
      return;
    }
  lk_chart_set_color (cr, mark_color (style, mark));
  cairo_fill_preserve (cr);
  lk_chart_set_color (cr, &style->background);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

static char *
mark_label (LkSurveyRound *round,
            LkSurveyRound *previous,
            guint          mark)
{
  LkSurveyComparison *c;

  if (mark == LK_TF_MARK_PREVIOUS)
    /* Translators: the unit's results from an earlier survey year */
    return g_strdup_printf (_("Previous round (%d)"), previous->year);
  c = lk_survey_round_get_comparison (round, mark);
  if (c->label != NULL && *c->label != '\0')
    return g_strdup_printf ("%s (%d)", c->label, c->year);

  return g_strdup_printf ("%s (%d)", lk_comparison_kind_label (mark), c->year);
}

static gboolean
mark_present (LkSurveyRound *round,
              LkSurveyRound *previous,
              guint          mark)
{
  if (mark == LK_TF_MARK_PREVIOUS)
    return previous != NULL && previous->visibility == LK_RESULT_SHOWN && lk_survey_round_has_results (previous);

  return lk_survey_round_get_comparison (round, mark) != NULL;
}

static double
mark_value (LkSurveyRound *round,
            LkSurveyRound *previous,
            guint          mark,
            guint          factor)
{
  if (mark == LK_TF_MARK_PREVIOUS)
    {
      const LkFactorResult *r = previous ? lk_survey_round_get_result (previous, factor) : NULL;

      return r ? r->mean : NAN;
    }

  return lk_survey_round_get_comparison (round, mark)->means[factor - 1];
}

/* Heading: the unit and year, and how many answered */
static void
draw_heading (cairo_t            *cr,
              const LkRect       *rect,
              LkSurveyRound      *round,
              const LkChartStyle *style)
{
  PangoLayout *title = lk_chart_text_layout (cr, style, 1.2, TRUE);
  PangoLayout *sub = lk_chart_text_layout (cr, style, 0.9, FALSE);
  g_autofree char *head = g_strdup_printf ("%s %d", round->unit, round->year);
  g_autofree char *response = lk_survey_round_describe_response (round);

  pango_layout_set_width (title, (int) (rect->width * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  lk_chart_set_color (cr, &style->foreground);
  cairo_move_to (cr, rect->x, rect->y);
  pango_layout_set_text (title, head, -1);
  pango_cairo_show_layout (cr, title);
  lk_chart_set_color (cr, &style->muted);
  cairo_move_to (cr, rect->x, rect->y + 22);
  pango_layout_set_text (sub, response, -1);
  pango_cairo_show_layout (cr, sub);
  g_object_unref (title);
  g_object_unref (sub);
}

/* Why there is nothing to see, in the middle of where it would be */
static void
draw_hidden (cairo_t            *cr,
             double              width,
             double              height,
             LkSurveyRound      *round,
             guint               threshold,
             const LkChartStyle *style)
{
  g_autofree char *why = lk_survey_round_explain_hidden (round, threshold);
  PangoLayout *layout = lk_chart_text_layout (cr, style, 1.0, FALSE);
  int w, h;

  if (why == NULL)
    why = g_strdup (_("No results for this round yet."));
  pango_layout_set_width (layout, (int) (MIN (width - 2 * PAD, 460) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_text (layout, why, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  lk_chart_set_color (cr, &style->muted);
  cairo_move_to (cr, (width - MIN (width - 2 * PAD, 460)) / 2, HEADING + (height - HEADING - h) / 2);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

/* The legend's entries, each a mark and a text, flowed into lines */
typedef struct
{
  int         mark;        /* -1: the bar */
  char       *text;
} LegendEntry;

static guint
legend_entries (LkSurveyRound *round,
                LkSurveyRound *previous,
                LegendEntry   *entries)
{
  guint n = 0;

  entries[n++] = (LegendEntry) { -1, g_strdup_printf (_("Result %d"), round->year) };
  for (guint m = 0; m < LK_TF_MARKS; m++)
    if (mark_present (round, previous, m))
      entries[n++] = (LegendEntry) { m, mark_label (round, previous, m) };

  return n;
}

/* How many lines the legend needs at @width, about: the entries' texts
 * are measured at the drawing's font size by their length */
static guint
legend_lines (LegendEntry *entries,
              guint        n,
              double       width)
{
  double x = 0;
  guint lines = 1;

  for (guint i = 0; i < n; i++)
    {
      double w = 24 + g_utf8_strlen (entries[i].text, -1) * 6.6 + 16;

      if (x > 0 && x + w > width)
        {
          lines++;
          x = 0;
        }
      x += w;
    }

  return lines;
}

static void
draw_legend (cairo_t            *cr,
             const LkRect       *rect,
             LegendEntry        *entries,
             guint               n,
             double              mark_size,
             const LkChartStyle *style)
{
  PangoLayout *layout = lk_chart_text_layout (cr, style, 0.85, FALSE);
  double x = rect->x, y = rect->y + LEGEND_LINE / 2;

  for (guint i = 0; i < n; i++)
    {
      int w, h;

      pango_layout_set_text (layout, entries[i].text, -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (x > rect->x && x + 24 + w > rect->x + rect->width)
        {
          x = rect->x;
          y += LEGEND_LINE;
        }
      if (entries[i].mark < 0)
        {
          lk_chart_set_color (cr, &style->blue);
          cairo_rectangle (cr, x, y - 5, 18, 10);
          cairo_fill (cr);
        }
      else
        draw_mark (cr, style, entries[i].mark, x + 9, y, MIN (mark_size, 6));
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, x + 24, y - h / 2.0);
      pango_cairo_show_layout (cr, layout);
      x += 24 + w + 16;
    }
  g_object_unref (layout);
}

/* --- a round's result ---------------------------------------------------------- */

void
lk_chart_ten_factor_round_layout (LkSurveyRound   *round,
                                  LkSurveyRound   *previous,
                                  double           width,
                                  double           height,
                                  LkTfRoundLayout *layout)
{
  LegendEntry entries[LK_TF_MARKS + 1];
  guint n_entries = legend_entries (round, previous, entries);
  double legend_h = legend_lines (entries, n_entries, width - 2 * PAD) * LEGEND_LINE;
  double label_w = CLAMP (width * 0.36, 100, 240);
  double plot_top = HEADING + 8;
  double plot_h = MAX (10 * 14.0, height - plot_top - SCALE_ROOM - legend_h - PAD);

  for (guint i = 0; i < n_entries; i++)
    g_free (entries[i].text);

  memset (layout, 0, sizeof *layout);
  layout->hidden = round->visibility != LK_RESULT_SHOWN || !lk_survey_round_has_results (round);
  layout->heading = (LkRect) { PAD, PAD, width - 2 * PAD - LK_CHART_MENU_SIZE, HEADING - PAD };
  layout->plot = (LkRect) { PAD, plot_top, width - 2 * PAD, plot_h };
  layout->x1 = PAD + label_w + 8;
  layout->x5 = MAX (layout->x1 + 40, width - PAD - VALUE_ROOM);
  layout->row_height = plot_h / LK_TEN_FACTOR_N;
  layout->mark_size = CLAMP (layout->row_height * 0.22, 3.5, 7.0);
  layout->legend = (LkRect) { PAD, plot_top + plot_h + SCALE_ROOM + 4, width - 2 * PAD, legend_h };

  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      double y = plot_top + (f - 1) * layout->row_height;
      const LkFactorResult *r = lk_survey_round_get_result (round, f);
      double bar_h = layout->row_height * 0.46;

      layout->labels[f - 1] = (LkRect) { PAD, y, label_w, layout->row_height };
      layout->bars[f - 1] = (LkRect) { layout->x1, y + (layout->row_height - bar_h) / 2, 0, bar_h };
      if (r != NULL && !isnan (r->mean))
        layout->bars[f - 1].width = lk_chart_ten_factor_x (layout, r->mean) - layout->x1;
      for (guint m = 0; m < LK_TF_MARKS; m++)
        {
          double v = mark_present (round, previous, m) ? mark_value (round, previous, m, f) : NAN;

          layout->marks[f - 1][m] = isnan (v) ? NAN : lk_chart_ten_factor_x (layout, v);
        }
    }
}

double
lk_chart_ten_factor_x (const LkTfRoundLayout *layout,
                       double                 mean)
{
  return layout->x1 + (CLAMP (mean, 1.0, 5.0) - 1.0) / 4.0 * (layout->x5 - layout->x1);
}

/* The factor (1–10) whose row is at (x, y), or 0 */
int
lk_chart_ten_factor_row_at (const LkTfRoundLayout *layout,
                            double                 x,
                            double                 y)
{
  if (layout->hidden || x < layout->plot.x || x > layout->plot.x + layout->plot.width ||
      y < layout->plot.y || y >= layout->plot.y + layout->plot.height)
    return 0;

  return 1 + (int) ((y - layout->plot.y) / layout->row_height);
}

void
lk_chart_ten_factor_round_draw (cairo_t            *cr,
                                double              width,
                                double              height,
                                LkSurveyRound      *round,
                                LkSurveyRound      *previous,
                                guint               threshold,
                                const LkChartStyle *style)
{
  LkTfRoundLayout l;
  LegendEntry entries[LK_TF_MARKS + 1];
  guint n_entries;
  PangoLayout *text, *small, *value;
  double bottom;

  lk_chart_ten_factor_round_layout (round, previous, width, height, &l);
  draw_heading (cr, &l.heading, round, style);
  if (l.hidden)
    {
      draw_hidden (cr, width, height, round, threshold, style);
      return;
    }
  bottom = l.plot.y + l.plot.height;

  /* The scale: 1 to 5, and KS's advice at 4.0 and 4.5 */
  small = lk_chart_text_layout (cr, style, 0.8, FALSE);
  for (int v = 1; v <= 5; v++)
    {
      char digit[2] = { (char) ('0' + v), 0 };
      double x = lk_chart_ten_factor_x (&l, v);

      lk_chart_set_color (cr, &style->grid);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, floor (x) + 0.5, l.plot.y);
      cairo_line_to (cr, floor (x) + 0.5, bottom);
      cairo_stroke (cr);
      lk_chart_set_color (cr, &style->muted);
      text_at (cr, small, digit, x, bottom + SCALE_ROOM / 2, 0.5);
    }
  for (guint i = 0; i < 2; i++)
    {
      double v = i ? 4.5 : 4.0;
      double x = floor (lk_chart_ten_factor_x (&l, v)) + 0.5;
      g_autofree char *label = lk_format_number (v, 1);
      static const double dash[] = { 4.0, 3.0 };

      lk_chart_set_color (cr, &style->green);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, l.plot.y - 4);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (i == 1 || lk_chart_ten_factor_x (&l, 4.5) - lk_chart_ten_factor_x (&l, 4.0) > 26)
        text_at (cr, small, label, x, l.plot.y - 10, 0.5);
    }

  text = lk_chart_text_layout (cr, style, l.row_height < 26 ? 0.85 : 1.0, FALSE);
  value = lk_chart_text_layout (cr, style, 0.9, TRUE);
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkRect *label = &l.labels[f - 1];
      const LkRect *bar = &l.bars[f - 1];
      LkSurveyFocus *focus = lk_survey_round_get_focus (round, f);
      double cy = label->y + label->height / 2;
      g_autofree char *name = NULL;
      int w, h;

      /* Every other row shaded, to read across */
      if (f % 2 == 0)
        {
          LkColor shade = style->grid;

          shade.a = 0.35;
          lk_chart_set_color (cr, &shade);
          cairo_rectangle (cr, l.plot.x, label->y, l.plot.width, label->height);
          cairo_fill (cr);
        }

      /* The chosen factors say so under their name */
      name = focus ? g_strdup_printf ("%u %s\n%s", f, lk_ten_factor_name (f), lk_focus_kind_label (focus->kind))
                   : g_strdup_printf ("%u %s", f, lk_ten_factor_name (f));
      pango_layout_set_wrap (text, PANGO_WRAP_WORD);
      lk_chart_fit_text (text, name, label->width, label->height, 0.6);
      if (focus)
        {
          PangoAttrList *attrs = pango_attr_list_new ();
          PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

          bold->start_index = strchr (name, '\n') - name + 1;
          bold->end_index = strlen (name);
          pango_attr_list_insert (attrs, bold);
          pango_layout_set_attributes (text, attrs);
          pango_attr_list_unref (attrs);
        }
      pango_layout_get_pixel_size (text, &w, &h);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, label->x, cy - h / 2.0);
      pango_cairo_show_layout (cr, text);
      pango_layout_set_attributes (text, NULL);
      pango_layout_set_width (text, -1);

      if (bar->width > 0)
        {
          const LkFactorResult *r = lk_survey_round_get_result (round, f);
          g_autofree char *mean = format_mean (r->mean);

          lk_chart_set_color (cr, &style->blue);
          cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
          cairo_fill (cr);
          /* In a column of their own: the marks cannot cover them */
          lk_chart_set_color (cr, &style->foreground);
          text_at (cr, value, mean, width - PAD, cy, 1.0);
        }
      for (guint m = 0; m < LK_TF_MARKS; m++)
        if (!isnan (l.marks[f - 1][m]))
          draw_mark (cr, style, m, l.marks[f - 1][m], cy, l.mark_size);
    }

  n_entries = legend_entries (round, previous, entries);
  draw_legend (cr, &l.legend, entries, n_entries, l.mark_size, style);
  for (guint i = 0; i < n_entries; i++)
    g_free (entries[i].text);

  g_object_unref (small);
  g_object_unref (text);
  g_object_unref (value);
}

/* --- over rounds ------------------------------------------------------------------ */

void
lk_chart_ten_factor_trend_layout (GPtrArray       *rounds,
                                  double           width,
                                  double           height,
                                  LkTfTrendLayout *layout)
{
  double lo = 5.0, hi = 1.0, cell_w, cell_h, top = PAD + 6;
  guint rows;

  memset (layout, 0, sizeof *layout);
  layout->first_year = G_MAXINT;
  layout->last_year = G_MININT;
  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (rounds, i);

      layout->first_year = MIN (layout->first_year, round->year);
      layout->last_year = MAX (layout->last_year, round->year);
      for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
        {
          const LkFactorResult *r = lk_survey_round_get_result (round, f);

          if (r && !isnan (r->mean))
            {
              lo = MIN (lo, r->mean);
              hi = MAX (hi, r->mean);
            }
          for (guint k = 0; k < round->comparisons->len; k++)
            {
              double v = ((LkSurveyComparison *) g_ptr_array_index (round->comparisons, k))->means[f - 1];

              if (!isnan (v))
                {
                  lo = MIN (lo, v);
                  hi = MAX (hi, v);
                }
            }
        }
    }
  if (rounds->len == 0)
    layout->first_year = layout->last_year = 0;
  /* One scale everywhere, in half steps around what there is, and always
   * with 4.0 and 4.5 on it */
  if (lo > hi)
    lo = 3.0, hi = 5.0;
  layout->lo = MAX (1.0, floor (MIN (lo, 4.0) * 2 - 1) / 2);
  layout->hi = MIN (5.0, ceil (MAX (hi, 4.5) * 2 + 0.001) / 2);

  layout->columns = width >= 1000 ? 5 : width >= 520 ? 2 : 1;
  rows = (LK_TEN_FACTOR_N + layout->columns - 1) / layout->columns;
  layout->legend = (LkRect) { PAD, height - PAD - 2 * LEGEND_LINE, width - 2 * PAD, 2 * LEGEND_LINE };
  cell_w = (width - 2 * PAD) / layout->columns;
  cell_h = MAX (110, (layout->legend.y - top - 8) / rows);
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      guint col = f % layout->columns, row = f / layout->columns;
      LkRect *cell = &layout->cells[f];

      *cell = (LkRect) { PAD + col * cell_w, top + row * cell_h, cell_w, cell_h };
      /* The title on top, the scale's numbers left, the years below */
      layout->plots[f] = (LkRect) { cell->x + 30, cell->y + 22, MAX (20, cell->width - 30 - 14),
                                    MAX (20, cell->height - 22 - 26) };
    }
  /* Taller than the space: the legend goes under the last row */
  if (top + rows * cell_h + 8 > layout->legend.y)
    layout->legend.y = top + rows * cell_h + 8;
}

double
lk_chart_ten_factor_trend_x (const LkTfTrendLayout *layout,
                             guint                  factor,
                             int                    year)
{
  const LkRect *p = &layout->plots[factor - 1];
  int span = layout->last_year - layout->first_year;

  if (span <= 0)
    return p->x + p->width / 2;

  return p->x + 10 + (double) (year - layout->first_year) / span * (p->width - 20);
}

double
lk_chart_ten_factor_trend_y (const LkTfTrendLayout *layout,
                             guint                  factor,
                             double                 mean)
{
  const LkRect *p = &layout->plots[factor - 1];

  return p->y + p->height - (mean - layout->lo) / (layout->hi - layout->lo) * p->height;
}

static int
by_year (gconstpointer a,
         gconstpointer b)
{
  return (*(LkSurveyRound **) a)->year - (*(LkSurveyRound **) b)->year;
}

/* One line through the rounds, broken where a round has no value */
static void
trend_line (cairo_t               *cr,
            const LkTfTrendLayout *l,
            GPtrArray             *sorted,
            guint                  factor,
            int                    kind,      /* -1: the unit's own */
            const LkColor         *color,
            double                 line_width,
            const double          *dash,
            int                    n_dash,
            double                 mark_size)
{
  gboolean drawing = FALSE;

  lk_chart_set_color (cr, color);
  cairo_set_line_width (cr, line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, dash, n_dash, 0);
  /* Thin dashed reference lines: cairo's fast antialiasing, which looks
   * the same at this width, halves what they cost */
  if (n_dash > 0)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint i = 0; i < sorted->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (sorted, i);
      double v = NAN, x, y;

      if (kind < 0)
        {
          const LkFactorResult *r = lk_survey_round_get_result (round, factor);

          v = r ? r->mean : NAN;
        }
      else if (lk_survey_round_get_comparison (round, kind) != NULL)
        v = lk_survey_round_get_comparison (round, kind)->means[factor - 1];
      if (isnan (v))
        {
          drawing = FALSE;
          continue;
        }
      x = lk_chart_ten_factor_trend_x (l, factor, round->year);
      y = lk_chart_ten_factor_trend_y (l, factor, v);
      if (drawing)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      drawing = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

  /* Points, so a single round shows too: one path, one fill */
  if (kind >= 0)
    return;
  lk_chart_set_color (cr, color);
  for (guint i = 0; i < sorted->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (sorted, i);
      const LkFactorResult *r = lk_survey_round_get_result (round, factor);

      if (r == NULL || isnan (r->mean))
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, lk_chart_ten_factor_trend_x (l, factor, round->year),
                 lk_chart_ten_factor_trend_y (l, factor, r->mean), mark_size, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

/* The name the latest round gives the comparison, or its kind */
static const char *
comparison_name (GPtrArray *sorted,
                 guint      kind)
{
  for (guint i = sorted->len; i-- > 0;)
    {
      LkSurveyComparison *c = lk_survey_round_get_comparison (g_ptr_array_index (sorted, i), kind);

      if (c != NULL && c->label != NULL && *c->label != '\0')
        return c->label;
    }

  return lk_comparison_kind_label (kind);
}

void
lk_chart_ten_factor_trend_draw (cairo_t            *cr,
                                double              width,
                                double              height,
                                GPtrArray          *rounds,
                                const LkChartStyle *style)
{
  /* Not a copy: that would take the caller's free function along */
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (rounds->len);
  static const double dashes[LK_COMPARISON_N][2] = { { 6, 3 }, { 2, 3 }, { 8, 2 } };
  LkTfTrendLayout l;
  PangoLayout *title, *small, *legend;
  gboolean kinds[LK_COMPARISON_N] = { FALSE };
  double x, y;

  g_ptr_array_extend (sorted, rounds, NULL, NULL);
  g_ptr_array_sort (sorted, by_year);
  lk_chart_ten_factor_trend_layout (sorted, width, height, &l);
  title = lk_chart_text_layout (cr, style, 0.9, TRUE);
  small = lk_chart_text_layout (cr, style, 0.75, FALSE);
  for (guint i = 0; i < sorted->len; i++)
    for (guint k = 0; k < LK_COMPARISON_N; k++)
      kinds[k] = kinds[k] || lk_survey_round_get_comparison (g_ptr_array_index (sorted, i), k) != NULL;

  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkRect *cell = &l.cells[f - 1], *p = &l.plots[f - 1];
      g_autofree char *name = g_strdup_printf ("%u %s", f, lk_ten_factor_name (f));
      guint step;
      int w, h;

      /* Smaller rather than cut: the whole name */
      lk_chart_set_color (cr, &style->foreground);
      lk_chart_fit_text (title, name, cell->width - 8, 20, 0.6);
      pango_layout_get_pixel_size (title, &w, &h);
      cairo_move_to (cr, cell->x + 2, cell->y + 2);
      pango_cairo_show_layout (cr, title);
      pango_layout_set_width (title, -1);

      /* The scale at each half step, KS's 4.0 and 4.5 marked */
      for (double v = l.lo; v <= l.hi + 1e-9; v += 0.5)
        {
          double gy = floor (lk_chart_ten_factor_trend_y (&l, f, v)) + 0.5;
          g_autofree char *label = lk_format_number (v, 1);

          lk_chart_set_color (cr, v == 4.0 || v == 4.5 ? &style->green : &style->grid);
          cairo_set_line_width (cr, 1.0);
          cairo_move_to (cr, p->x, gy);
          cairo_line_to (cr, p->x + p->width, gy);
          cairo_stroke (cr);
          if ((int) floor (v * 2 + 0.5) % 2 == 0 || p->height > 90)
            {
              lk_chart_set_color (cr, &style->muted);
              text_at (cr, small, label, p->x - 4, gy, 1.0);
            }
        }
      /* As many years as fit side by side, the latest always */
      step = MAX (1, (guint) ceil (sorted->len * 36.0 / MAX (p->width, 1)));
      for (guint i = 0; i < sorted->len; i++)
        {
          LkSurveyRound *round = g_ptr_array_index (sorted, i);
          char year[12];

          if ((sorted->len - 1 - i) % step != 0)
            continue;
          g_snprintf (year, sizeof year, "%d", round->year);
          lk_chart_set_color (cr, &style->muted);
          text_at (cr, small, year, lk_chart_ten_factor_trend_x (&l, f, round->year), p->y + p->height + 10, 0.5);
        }

      for (guint k = 0; k < LK_COMPARISON_N; k++)
        if (kinds[k])
          trend_line (cr, &l, sorted, f, k, mark_color (style, k), 1.5, dashes[k], 2, 0);
      trend_line (cr, &l, sorted, f, -1, &style->blue, 2.5, NULL, 0, 3.5);
    }

  /* The legend: what each line is */
  legend = lk_chart_text_layout (cr, style, 0.85, FALSE);
  x = l.legend.x;
  y = l.legend.y + LEGEND_LINE / 2;
  for (int k = -1; k < LK_COMPARISON_N; k++)
    {
      const char *label;
      int w, h;

      if (k >= 0 && !kinds[k])
        continue;
      label = k < 0 ? (sorted->len ? ((LkSurveyRound *) g_ptr_array_index (sorted, 0))->unit : "")
                    : comparison_name (sorted, k);
      pango_layout_set_text (legend, label, -1);
      pango_layout_get_pixel_size (legend, &w, &h);
      if (x > l.legend.x && x + 30 + w > l.legend.x + l.legend.width)
        {
          x = l.legend.x;
          y += LEGEND_LINE;
        }
      lk_chart_set_color (cr, k < 0 ? &style->blue : mark_color (style, k));
      cairo_set_line_width (cr, k < 0 ? 2.5 : 1.5);
      if (k >= 0)
        cairo_set_dash (cr, dashes[k], 2, 0);
      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + 24, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, x + 30, y - h / 2.0);
      pango_cairo_show_layout (cr, legend);
      x += 30 + w + 18;
    }

  g_object_unref (title);
  g_object_unref (small);
  g_object_unref (legend);
}

/* --- the distribution ----------------------------------------------------------------- */

/* Neither good nor bad: greys on the left, blues on the right, dark at
 * the ends, so the order reads in greyscale print too */
const LkColor *
lk_chart_ten_factor_answer_color (const LkChartStyle *style,
                                  guint               answer)
{
  static const LkColor light[5] = {
    { 0.33, 0.33, 0.37, 1 }, { 0.62, 0.62, 0.66, 1 }, { 0.86, 0.86, 0.86, 1 },
    { 0.60, 0.74, 0.90, 1 }, { 0.16, 0.40, 0.70, 1 },
  };
  static const LkColor dark[5] = {
    { 0.80, 0.80, 0.84, 1 }, { 0.58, 0.58, 0.62, 1 }, { 0.36, 0.36, 0.38, 1 },
    { 0.32, 0.48, 0.70, 1 }, { 0.55, 0.75, 0.98, 1 },
  };
  gboolean is_dark = style->background.r < 0.5;

  g_return_val_if_fail (answer >= 1 && answer <= 5, &style->grey);

  return is_dark ? &dark[answer - 1] : &light[answer - 1];
}

void
lk_chart_ten_factor_spread_layout (LkSurveyRound    *round,
                                   double            width,
                                   double            height,
                                   LkTfSpreadLayout *layout)
{
  double label_w = CLAMP (width * 0.32, 100, 220);
  double plot_top = HEADING + 8;
  double left = 0, right = 0, plot_h;

  memset (layout, 0, sizeof *layout);
  layout->legend = (LkRect) { PAD, height - PAD - 2 * LEGEND_LINE, width - 2 * PAD, 2 * LEGEND_LINE };
  plot_h = MAX (10 * 14.0, layout->legend.y - plot_top - 8);
  layout->plot = (LkRect) { PAD + label_w + 8, plot_top, MAX (60, width - 2 * PAD - label_w - 8), plot_h };
  layout->row_height = plot_h / LK_TEN_FACTOR_N;
  if (layout->legend.y < plot_top + plot_h + 8)
    layout->legend.y = plot_top + plot_h + 8;

  /* The widest side decides the scale, so rows compare */
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *r = lk_survey_round_get_result (round, f);

      if (r == NULL || r->counts[0] < 0)
        continue;
      layout->any = TRUE;
      left = MAX (left, lk_factor_result_share (r, 1) + lk_factor_result_share (r, 2) +
                        lk_factor_result_share (r, 3) / 2);
      right = MAX (right, lk_factor_result_share (r, 4) + lk_factor_result_share (r, 5) +
                          lk_factor_result_share (r, 3) / 2);
    }
  left = MAX (left, 0.25);
  right = MAX (right, 0.25);
  layout->scale = layout->plot.width / (left + right);
  layout->centre = layout->plot.x + left * layout->scale;

  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *r = lk_survey_round_get_result (round, f);
      double y = plot_top + (f - 1) * layout->row_height;
      double bar_h = layout->row_height * 0.56, x;

      layout->labels[f - 1] = (LkRect) { PAD, y, label_w, layout->row_height };
      if (r == NULL || r->counts[0] < 0)
        continue;
      x = layout->centre - (lk_factor_result_share (r, 1) + lk_factor_result_share (r, 2) +
                            lk_factor_result_share (r, 3) / 2) * layout->scale;
      for (guint a = 1; a <= 5; a++)
        {
          double w = lk_factor_result_share (r, a) * layout->scale;

          layout->segments[f - 1][a - 1] = (LkRect) { x, y + (layout->row_height - bar_h) / 2, w, bar_h };
          x += w;
        }
    }
}

void
lk_chart_ten_factor_spread_draw (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 LkSurveyRound      *round,
                                 guint               threshold,
                                 const LkChartStyle *style)
{
  static const char *answers[5] = {
    N_("1 Strongly disagree"), "2", N_("3 Neither"), "4", N_("5 Strongly agree"),
  };
  LkTfSpreadLayout l;
  PangoLayout *text, *small;
  double x, y;

  lk_chart_ten_factor_spread_layout (round, width, height, &l);
  {
    LkRect heading = { PAD, PAD, width - 2 * PAD - LK_CHART_MENU_SIZE, HEADING - PAD };

    draw_heading (cr, &heading, round, style);
  }
  if (round->visibility != LK_RESULT_SHOWN)
    {
      draw_hidden (cr, width, height, round, threshold, style);
      return;
    }
  if (!l.any)
    {
      PangoLayout *layout = lk_chart_text_layout (cr, style, 1.0, FALSE);

      lk_chart_set_color (cr, &style->muted);
      pango_layout_set_width (layout, (int) ((width - 2 * PAD) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_set_text (layout, _("This round has means only. Add how many gave each answer to see how "
                                       "they spread."), -1);
      cairo_move_to (cr, PAD, height / 2);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      return;
    }

  /* The middle, neither agree nor disagree, behind the bars */
  lk_chart_set_color (cr, &style->foreground);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, floor (l.centre) + 0.5, l.plot.y);
  cairo_line_to (cr, floor (l.centre) + 0.5, l.plot.y + l.plot.height);
  cairo_stroke (cr);

  text = lk_chart_text_layout (cr, style, l.row_height < 26 ? 0.85 : 1.0, FALSE);
  small = lk_chart_text_layout (cr, style, 0.75, TRUE);
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkRect *label = &l.labels[f - 1];
      g_autofree char *name = g_strdup_printf ("%u %s", f, lk_ten_factor_name (f));
      double cy = label->y + label->height / 2;
      int w, h;

      pango_layout_set_wrap (text, PANGO_WRAP_WORD);
      lk_chart_fit_text (text, name, label->width, label->height, 0.6);
      pango_layout_get_pixel_size (text, &w, &h);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, label->x, cy - h / 2.0);
      pango_cairo_show_layout (cr, text);
      pango_layout_set_width (text, -1);

      for (guint a = 1; a <= 5; a++)
        {
          const LkRect *s = &l.segments[f - 1][a - 1];
          const LkFactorResult *r = lk_survey_round_get_result (round, f);
          g_autofree char *pct = NULL;

          if (s->width <= 0)
            continue;
          lk_chart_set_color (cr, lk_chart_ten_factor_answer_color (style, a));
          cairo_rectangle (cr, s->x, s->y, s->width, s->height);
          cairo_fill (cr);
          /* The share where it fits, in the colour that reads on it */
          pct = g_strdup_printf ("%.0f %%", lk_factor_result_share (r, a) * 100);
          pango_layout_set_text (small, pct, -1);
          pango_layout_get_pixel_size (small, &w, &h);
          if (w + 4 < s->width && h < s->height)
            {
              const LkColor *c = lk_chart_ten_factor_answer_color (style, a);
              double lum = 0.3 * c->r + 0.59 * c->g + 0.11 * c->b;

              cairo_set_source_rgb (cr, lum < 0.5 ? 1 : 0, lum < 0.5 ? 1 : 0, lum < 0.5 ? 1 : 0);
              cairo_move_to (cr, s->x + (s->width - w) / 2, s->y + (s->height - h) / 2);
              pango_cairo_show_layout (cr, small);
            }
        }
    }

  x = l.legend.x;
  y = l.legend.y + LEGEND_LINE / 2;
  g_object_unref (text);
  text = lk_chart_text_layout (cr, style, 0.85, FALSE);
  for (guint a = 1; a <= 5; a++)
    {
      int w, h;

      pango_layout_set_text (text, a % 2 ? _(answers[a - 1]) : answers[a - 1], -1);
      pango_layout_get_pixel_size (text, &w, &h);
      if (x > l.legend.x && x + 22 + w > l.legend.x + l.legend.width)
        {
          x = l.legend.x;
          y += LEGEND_LINE;
        }
      lk_chart_set_color (cr, lk_chart_ten_factor_answer_color (style, a));
      cairo_rectangle (cr, x, y - 6, 16, 12);
      cairo_fill (cr);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, x + 22, y - h / 2.0);
      pango_cairo_show_layout (cr, text);
      x += 22 + w + 16;
    }

  g_object_unref (text);
  g_object_unref (small);
}
