/* lk-chart-breakdown.h: the goal breakdown drawn as a tree
 *
 * From a priority area (or the whole plan, under its kommuneplan) down to
 * the personal goals: a box per goal sized by its words, coloured by its
 * status, with its children's statuses as a bar, its perspective, and a
 * count where a branch is folded; support links as dashed curves; the
 * selected goal's line of sight drawn strong. The layout has a natural
 * size; drawing skips what is outside the clip and the words when they
 * would be too small to read, so a large plan draws quickly at any zoom.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-masterplan.h"

G_BEGIN_DECLS

typedef struct
{
  LkGoal   *goal;          /* not owned; NULL: the kommuneplan at the top */
  int       parent;        /* box index; -1 at the top */
  int       first_child;   /* -1: none shown */
  int       next_sibling;
  guint     depth;
  LkRect    box;
  double    title_h;
  guint     hidden;        /* goals folded away below it */
  gboolean  on_path;       /* in the selected goal's line of sight */
} LkBreakdownBox;

typedef struct
{
  int from;                /* the supporting goal's box */
  int to;                  /* the supported goal's (or its nearest shown parent's) */
} LkBreakdownLink;

typedef struct
{
  double      width, height;  /* natural size */
  GArray     *boxes;          /* LkBreakdownBox, parents before children */
  GArray     *links;          /* LkBreakdownLink */
  int         selected;       /* box index or -1 */
  char       *top_title;
  char       *top_meta;
  GHashTable *sizes;          /* measured texts, kept between layouts */
} LkBreakdownLayout;

typedef struct
{
  LkMasterplan *mp;
  LkGoal       *root;         /* NULL: the whole plan */
  int           year;         /* the plan's year; 0: every year */
  GHashTable   *collapsed;    /* uuids of folded goals, or NULL */
  const char   *selected;     /* a goal's uuid, or NULL */
  gboolean      archived;     /* show archived goals too */
} LkBreakdownOptions;

typedef enum
{
  LK_BREAKDOWN_UP,            /* to the parent */
  LK_BREAKDOWN_DOWN,          /* to the first child */
  LK_BREAKDOWN_LEFT,          /* to the nearest box on the same level */
  LK_BREAKDOWN_RIGHT,
} LkBreakdownMove;

void  lk_chart_breakdown_layout       (cairo_t                  *cr,
                                       const LkChartStyle       *style,
                                       const LkBreakdownOptions *options,
                                       LkBreakdownLayout        *layout);
void  lk_chart_breakdown_layout_clear (LkBreakdownLayout        *layout);
void  lk_chart_breakdown_draw_layout  (cairo_t                  *cr,
                                       const LkBreakdownLayout  *layout,
                                       const LkChartStyle       *style);
void  lk_chart_breakdown_draw         (cairo_t                  *cr,
                                       double                    width,
                                       double                    height,
                                       const LkBreakdownOptions *options,
                                       const LkChartStyle       *style);
void  lk_chart_breakdown_fit          (const LkBreakdownLayout  *layout,
                                       double                    width,
                                       double                    height,
                                       double                   *scale,
                                       double                   *dx,
                                       double                   *dy);
int   lk_chart_breakdown_hit          (const LkBreakdownLayout  *layout,
                                       double                    x,
                                       double                    y);
int   lk_chart_breakdown_find         (const LkBreakdownLayout  *layout,
                                       const char               *uuid);
int   lk_chart_breakdown_move         (const LkBreakdownLayout  *layout,
                                       int                       from,
                                       LkBreakdownMove           move);
const LkColor *lk_chart_goal_status_color  (const LkChartStyle       *style,
                                       LkGoalStatus              status);

G_END_DECLS
