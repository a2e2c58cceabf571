/* lk-chart-measures.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-chart-measures.h"

const LkColor *
lk_chart_status_color (const LkChartStyle *style,
                       LkMeasureStatus     status)
{
  switch (status)
    {
    case LK_MEASURE_STATUS_STARTED:
      return &style->blue;
    case LK_MEASURE_STATUS_DONE:
      return &style->green;
    case LK_MEASURE_STATUS_DELAYED:
      return &style->orange;
    case LK_MEASURE_STATUS_CANCELLED:
      return &style->purple;
    case LK_MEASURE_STATUS_NOT_STARTED:
    default:
      return &style->grey;
    }
}

void
lk_chart_measure_status_bars (const LkMeasureCounts *counts,
                              const LkChartStyle    *style,
                              LkBar                  bars[LK_MEASURE_STATUS_N],
                              LkBarChart            *chart)
{
  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    {
      bars[i].label = lk_measure_status_to_label (i);
      bars[i].value = counts->by_status[i];
      bars[i].color = *lk_chart_status_color (style, i);
    }

  *chart = (LkBarChart) {
    .title = _("Measures by status"),
    .bars = bars,
    .n_bars = LK_MEASURE_STATUS_N,
    .max = 0,
    .decimals = 0,
  };
}

void
lk_chart_measure_status_draw (cairo_t               *cr,
                              double                 width,
                              double                 height,
                              const LkMeasureCounts *counts,
                              const LkChartStyle    *style)
{
  LkBar bars[LK_MEASURE_STATUS_N];
  LkBarChart chart;

  lk_chart_measure_status_bars (counts, style, bars, &chart);
  lk_chart_bars_draw (cr, width, height, &chart, style);
}
