/* lk-chart-measures.h: measures by status, as on the overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart-bars.h"
#include "lk-measures.h"

G_BEGIN_DECLS

const LkColor *lk_chart_status_color        (const LkChartStyle    *style,
                                             LkMeasureStatus        status);
void           lk_chart_measure_status_bars (const LkMeasureCounts *counts,
                                             const LkChartStyle    *style,
                                             LkBar                  bars[LK_MEASURE_STATUS_N],
                                             LkBarChart            *chart);
void           lk_chart_measure_status_draw (cairo_t               *cr,
                                             double                 width,
                                             double                 height,
                                             const LkMeasureCounts *counts,
                                             const LkChartStyle    *style);

G_END_DECLS
