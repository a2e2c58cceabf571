/* lk-chart-heatmap.h: the risk matrix as a heat map, before and after measures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-risk.h"
#include "lk-risk-matrix.h"

G_BEGIN_DECLS

typedef struct
{
  guint  number;            /* shown in the marker */
  double probability;       /* positions 0..1 before measures */
  double consequence;
  double probability_after; /* after measures; < 0 when not assessed */
  double consequence_after;
} LkHeatRisk;

typedef struct
{
  const LkRiskMatrix *matrix;
  const LkHeatRisk   *risks;
  guint               n_risks;
} LkHeatMap;

typedef struct
{
  double   x, y, radius;
  gboolean badge;     /* in a cell too small for its markers: its count badge */
} LkMarker;

typedef struct
{
  guint  columns;
  double origin_x;    /* of the first slot */
  double origin_y;
  double slot_width;
  double slot_height;
  double radius;
  guint  n_before;    /* slots 0 … n_before-1 */
  guint  n_after;     /* then n_after slots */
  guint  badge;       /* risks shown as one count badge; 0: markers */
} LkHeatCell;

#define LK_HEAT_ARROW_POINTS 8

/* From the before-marker's centre to the after-marker's; drawn from edge
 * to edge. Straight where that crosses no other marker, else along the
 * gaps between slots and the cell borders, where no marker can be. */
typedef struct
{
  guint  risk;
  guint  n_points;
  double x[LK_HEAT_ARROW_POINTS];
  double y[LK_HEAT_ARROW_POINTS];
} LkHeatArrow;

typedef struct
{
  LkRect  grid;
  LkHeatCell cells[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX];
  double  cell_width;
  double  cell_height;
  LkRect  legend;
  GArray *before;     /* LkMarker per risk */
  GArray *after;      /* LkMarker per risk; radius 0 when not assessed */
  GArray *arrows;     /* LkHeatArrow; none when there are too many to read */
  gboolean numbers_only;  /* consequence levels by number, named in the legend */
  gboolean badges;        /* some cell shows a count badge; the legend says what it is */
} LkHeatLayout;

void lk_chart_heatmap_layout       (const LkHeatMap    *map,
                                    double              width,
                                    double              height,
                                    LkHeatLayout       *layout);
void lk_chart_heatmap_layout_clear (LkHeatLayout       *layout);
void lk_chart_heatmap_cell_rect    (const LkHeatMap    *map,
                                    const LkHeatLayout *layout,
                                    guint               probability,
                                    guint               consequence,
                                    LkRect             *rect);
LkHeatRisk lk_heat_risk_for        (const LkRisk       *risk,
                                    guint               number);
gboolean lk_chart_heatmap_badge_at (const LkHeatMap    *map,
                                    const LkHeatLayout *layout,
                                    double              x,
                                    double              y,
                                    guint              *probability,
                                    guint              *consequence);
int  lk_chart_heatmap_hit          (const LkHeatMap    *map,
                                    const LkHeatLayout *layout,
                                    double              x,
                                    double              y);
void lk_chart_zone_tint            (const LkChartStyle *style,
                                   LkZone              zone,
                                   LkColor            *tint);
void lk_chart_heatmap_draw         (cairo_t            *cr,
                                    double              width,
                                    double              height,
                                    const LkHeatMap    *map,
                                    const LkChartStyle *style);

G_END_DECLS
