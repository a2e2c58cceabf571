/* lk-chart-bars.h: a labelled horizontal bar chart
 *
 * Used for measures by status now, and for 10-faktor means against
 * comparison values later (a bar with a reference mark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"

G_BEGIN_DECLS

typedef struct
{
  const char *label;
  double      value;
  LkColor     color;
} LkBar;

typedef struct
{
  const char  *title;        /* nullable */
  const LkBar *bars;
  guint        n_bars;
  double       max;          /* the axis end; 0 takes the largest value */
  guint        decimals;     /* of the value labels */
} LkBarChart;

typedef struct
{
  LkRect title;
  LkRect plot;
  double label_width;
  double row_height;
} LkBarLayout;

void     lk_chart_bars_layout   (const LkBarChart   *chart,
                                 double              width,
                                 double              height,
                                 LkBarLayout        *layout);
gboolean lk_chart_bars_bar_rect (const LkBarChart   *chart,
                                 const LkBarLayout  *layout,
                                 guint               index,
                                 LkRect             *rect);
int      lk_chart_bars_hit      (const LkBarChart   *chart,
                                 double              width,
                                 double              height,
                                 double              x,
                                 double              y);
void     lk_chart_bars_draw     (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const LkBarChart   *chart,
                                 const LkChartStyle *style);

G_END_DECLS
