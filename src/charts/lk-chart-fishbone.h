/* lk-chart-fishbone.h: a cause analysis drawn as a fishbone
 *
 * The layout has its natural size (the canvas grows with the analysis and
 * scrolls); drawing into a given size scales it to fit, for files and
 * paper. Every text is measured with pango and wrapped between words, and
 * nothing overlaps: each cause has a row of its own in its category's
 * region, regions share the spine by their measured width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-fishbone.h"

G_BEGIN_DECLS

typedef struct
{
  LkCause *node;        /* not owned */
  guint    depth;       /* 1 for a category's own causes */
  gboolean above;       /* its category is above the spine */
  LkRect   box;         /* the text, with its votes and count */
  guint    hidden;      /* causes folded away below it */
  /* The line to its parent: for depth 1 from the box to the bone, else
   * from the parent's stem to the box */
  double   link_x0, link_x1, link_y;
  /* From under it to its last shown child, leaning toward the children:
   * (stem_x, stem_y0) to (stem_x1, stem_y1); stem_y0 == stem_y1: none */
  double   stem_x, stem_y0, stem_x1, stem_y1;
} LkFishboneItem;

typedef struct
{
  LkCause *node;        /* the category */
  gboolean above;
  LkRect   label;
  double   x0, y0;      /* on the spine */
  double   x1, y1;      /* at the label */
} LkFishboneBone;

typedef struct
{
  double  width, height;   /* natural size */
  LkRect  head;
  double  spine_x0, spine_x1, spine_y;
  GArray *bones;           /* LkFishboneBone */
  GArray *items;           /* LkFishboneItem, in outline order */
} LkFishboneLayout;

void     lk_chart_fishbone_layout       (cairo_t                *cr,
                                         const LkChartStyle     *style,
                                         LkFishbone             *fb,
                                         LkFishboneLayout       *layout);
void     lk_chart_fishbone_layout_clear (LkFishboneLayout       *layout);
void     lk_chart_fishbone_fit          (const LkFishboneLayout *layout,
                                         double                  width,
                                         double                  height,
                                         double                  max_scale,
                                         double                 *scale,
                                         double                 *dx,
                                         double                 *dy);
LkCause *lk_chart_fishbone_hit          (const LkFishboneLayout *layout,
                                         double                  x,
                                         double                  y);
void     lk_chart_fishbone_draw_layout  (cairo_t                *cr,
                                         const LkFishboneLayout *layout,
                                         LkFishbone             *fb,
                                         const LkChartStyle     *style);
void     lk_chart_fishbone_draw         (cairo_t                *cr,
                                         double                  width,
                                         double                  height,
                                         LkFishbone             *fb,
                                         const LkChartStyle     *style);

G_END_DECLS
