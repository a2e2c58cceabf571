/* lk-chart-timeline.h: a year of the Jeg-plan on one line
 *
 * Log entries per week as bars, the programme's gatherings, the goals'
 * review dates, and today.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"

G_BEGIN_DECLS

typedef struct
{
  const char *date;    /* ISO */
  const char *label;
} LkTimelineMark;

typedef struct
{
  int                   year;
  const guint          *weekly;        /* 53 counts, week 0 from 1 January */
  const LkTimelineMark *gatherings;
  guint                 n_gatherings;
  const LkTimelineMark *reviews;
  guint                 n_reviews;
  const char           *today;         /* nullable; shown when in the year */
} LkTimeline;

typedef struct
{
  LkRect legend;       /* the key, on top; its right end is left to the menu */
  LkRect plot;         /* the weekly bars */
  LkRect marks;        /* the lane of gatherings and reviews above them */
  double day_width;
  guint  max_count;
} LkTimelineLayout;

void   lk_chart_timeline_layout (const LkTimeline       *timeline,
                                 double                  width,
                                 double                  height,
                                 LkTimelineLayout       *layout);
void   lk_chart_timeline_label_rect (const LkTimeline       *timeline,
                                     const LkTimelineLayout *layout,
                                     guint                   gathering,
                                     LkRect                 *rect);
double lk_chart_timeline_mark_x (const LkTimeline       *timeline,
                                 const LkTimelineLayout *layout,
                                 const char             *date);
double lk_chart_timeline_x      (const LkTimeline       *timeline,
                                 const LkTimelineLayout *layout,
                                 const char             *date);
int    lk_chart_timeline_week_at (const LkTimeline      *timeline,
                                  double                 width,
                                  double                 height,
                                  double                 x,
                                  double                 y);
void   lk_chart_timeline_draw   (cairo_t                *cr,
                                 double                  width,
                                 double                  height,
                                 const LkTimeline       *timeline,
                                 const LkChartStyle     *style);

G_END_DECLS
