/* lk-chart-kpi.c
 *
 * The last three years up to the tertial asked for. The bands are drawn
 * first, from red (beyond the red threshold) to green (on the path), so
 * where a point falls says its status in colour as well as in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "lk-chart-breakdown.h"
#include "lk-chart-kpi.h"

#define PAD_LEFT   34.0
#define PAD_RIGHT   8.0
#define PAD_TOP     6.0
#define PAD_BOTTOM 16.0

static int
index_of (int year,
          int tertial)
{
  return year * 3 + tertial - 1;
}

void
lk_chart_kpi_layout (const LkKpi      *kpi,
                     int               year,
                     int               tertial,
                     double            width,
                     double            height,
                     LkKpiChartLayout *layout)
{
  int last = index_of (year, tertial), first = last - LK_KPI_CHART_TERTIALS + 1;
  double lo = INFINITY, hi = -INFINITY;

  layout->first_year = first / 3;
  layout->first_tertial = first % 3 + 1;
  layout->n = LK_KPI_CHART_TERTIALS;
  layout->plot = (LkRect) { PAD_LEFT, PAD_TOP, MAX (1.0, width - PAD_LEFT - PAD_RIGHT),
                            MAX (1.0, height - PAD_TOP - PAD_BOTTOM) };

  for (guint i = 0; i < kpi->values->len; i++)
    {
      const LkKpiValue *v = &g_array_index (kpi->values, LkKpiValue, i);
      int at = index_of (v->year, v->tertial);

      if (at >= first && at <= last)
        {
          lo = MIN (lo, v->value);
          hi = MAX (hi, v->value);
        }
    }
  for (int at = first; at <= last; at++)
    {
      double e = lk_kpi_expected ((LkKpi *) kpi, at / 3, at % 3 + 1);

      if (!isnan (e))
        {
          lo = MIN (lo, e - lk_kpi_threshold (kpi, kpi->red));
          hi = MAX (hi, e + lk_kpi_threshold (kpi, kpi->red));
        }
    }
  if (kpi->direction == LK_KPI_KEEP_WITHIN && !isnan (kpi->band_low) && !isnan (kpi->band_high))
    {
      lo = MIN (lo, kpi->band_low - lk_kpi_threshold (kpi, kpi->red));
      hi = MAX (hi, kpi->band_high + lk_kpi_threshold (kpi, kpi->red));
    }
  if (!isfinite (lo) || !isfinite (hi))
    lo = 0, hi = 1;
  if (hi - lo < 1e-9)
    {
      lo -= 1;
      hi += 1;
    }
  layout->lo = lo - (hi - lo) * 0.05;
  layout->hi = hi + (hi - lo) * 0.05;
}

double
lk_chart_kpi_x (const LkKpiChartLayout *layout,
                int                     year,
                int                     tertial)
{
  int at = index_of (year, tertial) - index_of (layout->first_year, layout->first_tertial);

  return layout->plot.x + layout->plot.width * (at + 0.5) / layout->n;
}

double
lk_chart_kpi_y (const LkKpiChartLayout *layout,
                double                  value)
{
  return layout->plot.y + layout->plot.height * (layout->hi - value) / (layout->hi - layout->lo);
}

/* Where a value has each status, as a range of values: on the path or
 * within the yellow threshold green, to the red threshold yellow, beyond
 * it red (on both sides of a band to stay within) */
static void
zone (const LkKpi  *kpi,
      double        expected,
      LkGoalStatus  status,
      double        ranges[2][2])
{
  double y = lk_kpi_threshold (kpi, kpi->yellow), r = lk_kpi_threshold (kpi, kpi->red);
  double near = status == LK_GOAL_STATUS_GREEN ? 0 : status == LK_GOAL_STATUS_YELLOW ? y : r;
  double far = status == LK_GOAL_STATUS_GREEN ? y : status == LK_GOAL_STATUS_YELLOW ? r : INFINITY;

  ranges[1][0] = ranges[1][1] = NAN;
  switch (kpi->direction)
    {
    case LK_KPI_LOWER_IS_BETTER:
      ranges[0][0] = status == LK_GOAL_STATUS_GREEN ? -INFINITY : expected + near;
      ranges[0][1] = expected + far;
      break;
    case LK_KPI_KEEP_WITHIN:
      if (status == LK_GOAL_STATUS_GREEN)
        {
          ranges[0][0] = kpi->band_low - far;
          ranges[0][1] = kpi->band_high + far;
        }
      else
        {
          ranges[0][0] = kpi->band_low - far;
          ranges[0][1] = kpi->band_low - near;
          ranges[1][0] = kpi->band_high + near;
          ranges[1][1] = kpi->band_high + far;
        }
      break;
    case LK_KPI_HIGHER_IS_BETTER:
    default:
      ranges[0][0] = expected - far;
      ranges[0][1] = status == LK_GOAL_STATUS_GREEN ? INFINITY : expected - near;
      break;
    }
}

void
lk_chart_kpi_draw (cairo_t            *cr,
                   double              width,
                   double              height,
                   LkKpi              *kpi,
                   int                 year,
                   int                 tertial,
                   const LkChartStyle *style)
{
  LkKpiChartLayout l;
  const LkGoalStatus bands[] = { LK_GOAL_STATUS_RED, LK_GOAL_STATUS_YELLOW, LK_GOAL_STATUS_GREEN };
  double step;
  g_autoptr(PangoLayout) text = NULL;
  gboolean started = FALSE;

  lk_chart_kpi_layout (kpi, year, tertial, width, height, &l);
  step = l.plot.width / l.n;

  cairo_save (cr);
  cairo_rectangle (cr, l.plot.x, l.plot.y, l.plot.width, l.plot.height);
  cairo_clip (cr);
  for (guint b = 0; b < G_N_ELEMENTS (bands); b++)
    for (int i = 0; i < l.n; i++)
      {
        int at = index_of (l.first_year, l.first_tertial) + i;
        double e = lk_kpi_expected (kpi, at / 3, at % 3 + 1), ranges[2][2];
        LkColor c = *lk_chart_goal_status_color (style, bands[b]);

        if (isnan (e) && kpi->direction != LK_KPI_KEEP_WITHIN)
          continue;
        zone (kpi, e, bands[b], ranges);
        c.a = 0.2;
        lk_chart_set_color (cr, &c);
        for (guint k = 0; k < 2; k++)
          {
            double y0, y1;

            if (isnan (ranges[k][0]) || ranges[k][1] <= ranges[k][0])
              continue;
            y0 = isinf (ranges[k][1]) ? l.plot.y : lk_chart_kpi_y (&l, ranges[k][1]);
            y1 = isinf (ranges[k][0]) ? l.plot.y + l.plot.height : lk_chart_kpi_y (&l, ranges[k][0]);
            cairo_rectangle (cr, l.plot.x + step * i, y0, step + 0.5, y1 - y0);
          }
        cairo_fill (cr);
      }

  /* The expected path */
  if (kpi->direction != LK_KPI_KEEP_WITHIN && !isnan (kpi->target))
    {
      static const double dash[] = { 4, 3 };

      for (int i = 0; i < l.n; i++)
        {
          int at = index_of (l.first_year, l.first_tertial) + i;
          double x = l.plot.x + step * (i + 0.5);
          double y = lk_chart_kpi_y (&l, lk_kpi_expected (kpi, at / 3, at % 3 + 1));

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            cairo_line_to (cr, x, y);
        }
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1.2);
      lk_chart_set_color (cr, &style->muted);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  /* The values */
  for (guint i = 0; i < kpi->values->len; i++)
    {
      const LkKpiValue *v = &g_array_index (kpi->values, LkKpiValue, i);
      int at = index_of (v->year, v->tertial) - index_of (l.first_year, l.first_tertial);

      if (at < 0 || at >= l.n)
        {
          started = FALSE;
          continue;
        }
      if (started)
        cairo_line_to (cr, lk_chart_kpi_x (&l, v->year, v->tertial), lk_chart_kpi_y (&l, v->value));
      else
        cairo_move_to (cr, lk_chart_kpi_x (&l, v->year, v->tertial), lk_chart_kpi_y (&l, v->value));
      started = TRUE;
    }
  cairo_set_line_width (cr, 2);
  lk_chart_set_color (cr, &style->foreground);
  cairo_stroke (cr);
  for (guint i = 0; i < kpi->values->len; i++)
    {
      const LkKpiValue *v = &g_array_index (kpi->values, LkKpiValue, i);
      int at = index_of (v->year, v->tertial) - index_of (l.first_year, l.first_tertial);

      if (at < 0 || at >= l.n)
        continue;
      cairo_arc (cr, lk_chart_kpi_x (&l, v->year, v->tertial), lk_chart_kpi_y (&l, v->value), 3.5, 0, 2 * G_PI);
      lk_chart_set_color (cr, lk_chart_goal_status_color (style, lk_kpi_status_of (kpi, v->value, v->year, v->tertial)));
      cairo_fill_preserve (cr);
      lk_chart_set_color (cr, &style->foreground);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
    }
  cairo_restore (cr);

  /* Axes: the years under their tertials, the value range at the side */
  text = lk_chart_text_layout (cr, style, 0.75, FALSE);
  lk_chart_set_color (cr, &style->muted);
  for (int i = 0; i < l.n; i++)
    {
      int at = index_of (l.first_year, l.first_tertial) + i;
      g_autofree char *label = NULL;
      int tw, th;

      if (at % 3 != 0 && i != 0)
        continue;
      label = g_strdup_printf ("%d", at / 3);
      pango_layout_set_text (text, label, -1);
      pango_layout_get_pixel_size (text, &tw, &th);
      cairo_move_to (cr, MIN (l.plot.x + step * i + 2, width - tw), l.plot.y + l.plot.height + 2);
      pango_cairo_show_layout (cr, text);
    }
  for (int k = 0; k < 2; k++)
    {
      g_autofree char *label = lk_kpi_format (kpi, k == 0 ? l.hi : l.lo);
      int tw, th;

      pango_layout_set_text (text, label, -1);
      pango_layout_get_pixel_size (text, &tw, &th);
      if (tw > PAD_LEFT - 4)
        continue;
      cairo_move_to (cr, PAD_LEFT - 4 - tw, k == 0 ? l.plot.y : l.plot.y + l.plot.height - th);
      pango_cairo_show_layout (cr, text);
    }
}
