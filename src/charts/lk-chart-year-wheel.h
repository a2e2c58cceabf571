/* lk-chart-year-wheel.h: the årshjul, twelve months in a circle
 *
 * The year starts at twelve o'clock and runs clockwise; week numbers sit
 * on the rim, month names inside them, and one ring per kind of item
 * (lk-year-wheel.h) from the rim inwards. Items close together on a ring
 * share one marker with their count, so a year of a large municipality's
 * tiltak stays readable; today is a line from the centre.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-year-wheel.h"

G_BEGIN_DECLS

typedef struct
{
  int         year;
  GPtrArray  *items;   /* of LkWheelItem, by date; not owned */
  const char *today;   /* ISO, or NULL: no line */
} LkYearWheel;

typedef struct
{
  double      x, y, radius;
  double      angle;
  LkWheelRing ring;
  guint       first;   /* into LkWheelLayout::order */
  guint       n;       /* items it stands for */
} LkWheelMarker;

typedef struct
{
  double  cx, cy;
  double  rim;           /* the outer radius of the week numbers */
  double  months_outer;  /* the month names' band */
  double  rings_outer;
  double  hub;           /* the inner radius of the innermost ring */
  double  ring_width;
  double  today_angle;   /* NAN when today is not in the year */
  LkRect  legend;        /* zero size when there is no room for it */
  gboolean week_labels;  /* numbers on the rim (else ticks only) */
  guint   week_step;     /* a number every week_step weeks */
  GArray *markers;       /* LkWheelMarker */
  GArray *order;         /* guint: item indexes by ring, then date */
} LkWheelLayout;

double lk_year_wheel_angle        (int                  year,
                                   const char          *iso);
void   lk_chart_year_wheel_layout (const LkYearWheel   *wheel,
                                   double               width,
                                   double               height,
                                   LkWheelLayout       *layout);
void   lk_chart_year_wheel_layout_clear (LkWheelLayout *layout);
int    lk_chart_year_wheel_hit    (const LkWheelLayout *layout,
                                   double               x,
                                   double               y);
void   lk_chart_year_wheel_draw   (cairo_t             *cr,
                                   double               width,
                                   double               height,
                                   const LkChartStyle  *style,
                                   gpointer             wheel);
const LkColor *lk_year_wheel_ring_color (const LkChartStyle *style,
                                         LkWheelRing         ring);

G_END_DECLS
