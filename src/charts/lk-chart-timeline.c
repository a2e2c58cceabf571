/* lk-chart-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lk-chart-timeline.h"

#define PAD         12.0
#define AXIS_HEIGHT 22.0
#define MARK_LANE   44.0

static int
day_of_year (int         year,
             const char *iso)
{
  int y, m, d;
  GDate date, first;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return -1;
  g_date_clear (&date, 1);
  g_date_clear (&first, 1);
  g_date_set_dmy (&date, d, m, y);
  g_date_set_dmy (&first, 1, 1, year);

  return g_date_days_between (&first, &date);
}

static int
days_in_year (int year)
{
  return g_date_is_leap_year (year) ? 366 : 365;
}

void
lk_chart_timeline_layout (const LkTimeline *timeline,
                          double            width,
                          double            height,
                          LkTimelineLayout *layout)
{
  memset (layout, 0, sizeof *layout);

  layout->marks = (LkRect) { PAD, PAD, MAX (0.0, width - 2 * PAD), MARK_LANE };
  layout->plot = (LkRect) {
    PAD, PAD + MARK_LANE,
    MAX (0.0, width - 2 * PAD),
    MAX (0.0, height - 2 * PAD - MARK_LANE - AXIS_HEIGHT),
  };
  layout->day_width = layout->plot.width / days_in_year (timeline->year);

  for (guint w = 0; w < 53 && timeline->weekly != NULL; w++)
    layout->max_count = MAX (layout->max_count, timeline->weekly[w]);
}

/**
 * lk_chart_timeline_x:
 *
 * Returns: the x of the start of @date's day, or -1 outside the year
 */
double
lk_chart_timeline_x (const LkTimeline       *timeline,
                     const LkTimelineLayout *layout,
                     const char             *date)
{
  int day = day_of_year (timeline->year, date);

  if (day < 0 || day >= days_in_year (timeline->year))
    return -1;

  return layout->plot.x + day * layout->day_width;
}

/**
 * lk_chart_timeline_week_at:
 *
 * Returns: the week (0–52) under (@x, @y), or -1
 */
int
lk_chart_timeline_week_at (const LkTimeline *timeline,
                           double            width,
                           double            height,
                           double            x,
                           double            y)
{
  LkTimelineLayout layout;
  int week;

  lk_chart_timeline_layout (timeline, width, height, &layout);
  if (!lk_rect_contains (&layout.plot, x, y) || layout.day_width <= 0)
    return -1;

  week = (int)floor ((x - layout.plot.x) / layout.day_width / 7.0);

  return CLAMP (week, 0, 52);
}

static void
show_text (cairo_t            *cr,
           const LkChartStyle *style,
           const char         *text,
           double              x,
           double              y,
           double              max_width,
           double              scale,
           const LkColor      *color)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, scale, FALSE);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, max_width) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  lk_chart_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
lk_chart_timeline_draw (cairo_t            *cr,
                        double              width,
                        double              height,
                        const LkTimeline   *timeline,
                        const LkChartStyle *style)
{
  LkTimelineLayout layout;
  double bottom;

  lk_chart_timeline_layout (timeline, width, height, &layout);
  if (layout.plot.width <= 0 || layout.plot.height <= 0)
    return;

  bottom = layout.plot.y + layout.plot.height;
  cairo_save (cr);

  /* Months: a line at each first day, the name under it */
  for (int month = 1; month <= 12; month++)
    {
      char iso[16], name[32];
      GDate date;
      double x, next;

      g_snprintf (iso, sizeof iso, "%04d-%02d-01", timeline->year, month);
      x = lk_chart_timeline_x (timeline, &layout, iso);
      g_snprintf (iso, sizeof iso, "%04d-%02d-01", month < 12 ? timeline->year : timeline->year + 1,
                  month < 12 ? month + 1 : 1);
      next = month < 12 ? lk_chart_timeline_x (timeline, &layout, iso)
                        : layout.plot.x + layout.plot.width;

      lk_chart_set_color (cr, &style->grid);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, round (x) + 0.5, layout.marks.y);
      cairo_line_to (cr, round (x) + 0.5, bottom);
      cairo_stroke (cr);

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, month, timeline->year);
      g_date_strftime (name, sizeof name, "%b", &date);
      show_text (cr, style, name, x + 3, bottom + 4, next - x - 4, 0.9, &style->muted);
    }

  /* Log entries per week */
  if (layout.max_count > 0)
    {
      lk_chart_set_color (cr, &style->blue);
      for (guint w = 0; w < 53; w++)
        {
          double bar_height = layout.plot.height * timeline->weekly[w] / layout.max_count;
          double x = layout.plot.x + w * 7 * layout.day_width;

          if (timeline->weekly[w] == 0)
            continue;
          cairo_rectangle (cr, x + 1, bottom - bar_height,
                           MAX (1.0, MIN (7 * layout.day_width, layout.plot.x + layout.plot.width - x) - 2),
                           bar_height);
        }
      cairo_fill (cr);
    }

  /* Gatherings: a band over their days, labelled in the lane above, in
   * two rows so neighbours do not overlap; the top right corner is left
   * free for the chart's menu button. */
  for (guint i = 0; i < timeline->n_gatherings; i++)
    {
      double x = lk_chart_timeline_x (timeline, &layout, timeline->gatherings[i].date);
      double label_y = layout.marks.y + (i % 2) * (MARK_LANE / 4);
      double room = width - PAD - 40 - x;

      if (x < 0)
        continue;
      lk_chart_set_color (cr, &style->purple);
      cairo_rectangle (cr, x, layout.marks.y + MARK_LANE / 2, MAX (3.0, 2 * layout.day_width),
                       bottom - layout.marks.y - MARK_LANE / 2);
      cairo_fill (cr);
      if (timeline->gatherings[i].label != NULL && room > 24)
        show_text (cr, style, timeline->gatherings[i].label, x + 2, label_y, MIN (90, room), 0.8,
                   &style->purple);
    }

  /* Review dates: a diamond in the lane */
  lk_chart_set_color (cr, &style->orange);
  for (guint i = 0; i < timeline->n_reviews; i++)
    {
      double x = lk_chart_timeline_x (timeline, &layout, timeline->reviews[i].date);
      double y = layout.marks.y + MARK_LANE * 0.75;

      if (x < 0)
        continue;
      cairo_move_to (cr, x, y - 6);
      cairo_line_to (cr, x + 6, y);
      cairo_line_to (cr, x, y + 6);
      cairo_line_to (cr, x - 6, y);
      cairo_close_path (cr);
    }
  cairo_fill (cr);

  /* Today */
  if (timeline->today != NULL)
    {
      double x = lk_chart_timeline_x (timeline, &layout, timeline->today);

      if (x >= 0)
        {
          lk_chart_set_color (cr, &style->red);
          cairo_set_line_width (cr, 2.0);
          cairo_move_to (cr, x, layout.marks.y);
          cairo_line_to (cr, x, bottom);
          cairo_stroke (cr);
        }
    }

  /* Base line */
  lk_chart_set_color (cr, &style->foreground);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, layout.plot.x, round (bottom) + 0.5);
  cairo_line_to (cr, layout.plot.x + layout.plot.width, round (bottom) + 0.5);
  cairo_stroke (cr);

  cairo_restore (cr);
}
