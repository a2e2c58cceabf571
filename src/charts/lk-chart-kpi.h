/* lk-chart-kpi.h: one KPI over its tertials
 *
 * The values as a line of points against the path the KPI is expected
 * to follow, with the yellow and red bands its thresholds give around
 * that path (or around its band, for a KPI kept within one).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-masterplan.h"

G_BEGIN_DECLS

#define LK_KPI_CHART_TERTIALS 9   /* three years */

typedef struct
{
  int    first_year, first_tertial;   /* the leftmost tertial */
  int    n;                           /* tertials shown */
  LkRect plot;
  double lo, hi;                      /* the value axis */
} LkKpiChartLayout;

void   lk_chart_kpi_layout (const LkKpi         *kpi,
                            int                  year,
                            int                  tertial,
                            double               width,
                            double               height,
                            LkKpiChartLayout    *layout);
double lk_chart_kpi_x      (const LkKpiChartLayout *layout,
                            int                  year,
                            int                  tertial);
double lk_chart_kpi_y      (const LkKpiChartLayout *layout,
                            double               value);
void   lk_chart_kpi_draw   (cairo_t             *cr,
                            double               width,
                            double               height,
                            LkKpi               *kpi,
                            int                  year,
                            int                  tertial,
                            const LkChartStyle  *style);

G_END_DECLS
