/* lk-chart-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lk-chart-timeline.h"

#define PAD         12.0
#define AXIS_HEIGHT 22.0
#define MARK_LANE   44.0
#define LEGEND      30.0
#define LABEL_WIDTH 90.0
#define DIAMOND     6.0

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

  /* The key on top, beside the menu button's corner; then the lane of
   * marks, the bars and the months */
  layout->legend = (LkRect) { PAD, PAD, MAX (0.0, width - 2 * PAD - LK_CHART_MENU_SIZE), LEGEND };
  layout->marks = (LkRect) { PAD, PAD + LEGEND, MAX (0.0, width - 2 * PAD), MARK_LANE };
  layout->plot = (LkRect) {
    PAD, PAD + LEGEND + MARK_LANE,
    MAX (0.0, width - 2 * PAD),
    MAX (0.0, height - 2 * PAD - LEGEND - MARK_LANE - AXIS_HEIGHT),
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
 * lk_chart_timeline_mark_x:
 *
 * Returns: the centre of a mark on @date, kept inside the plot so the whole
 *   mark shows, or -1 outside the year
 */
double
lk_chart_timeline_mark_x (const LkTimeline       *timeline,
                          const LkTimelineLayout *layout,
                          const char             *date)
{
  double x = lk_chart_timeline_x (timeline, layout, date);

  if (x < 0)
    return -1;

  return CLAMP (x, layout->plot.x + DIAMOND, layout->plot.x + layout->plot.width - DIAMOND);
}

/**
 * lk_chart_timeline_label_rect:
 *
 * Where a gathering's label goes: to the right of its day, or to the left
 * of it near the year's end, always inside the chart; in two rows so
 * neighbours do not overlap. Width 0 outside the year.
 */
void
lk_chart_timeline_label_rect (const LkTimeline       *timeline,
                              const LkTimelineLayout *layout,
                              guint                   gathering,
                              LkRect                 *rect)
{
  double x = lk_chart_timeline_x (timeline, layout, timeline->gatherings[gathering].date);
  double right = layout->plot.x + layout->plot.width;
  double width = MIN (LABEL_WIDTH, layout->plot.width / 2);

  memset (rect, 0, sizeof *rect);
  if (x < 0)
    return;
  rect->y = layout->marks.y + (gathering % 2) * (MARK_LANE / 4);
  rect->height = MARK_LANE / 4;
  rect->width = width;
  rect->x = x + 2 + width <= right ? x + 2 : MAX (layout->plot.x, x - 2 - width);
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
           const LkColor      *color,
           gboolean            align_right)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, scale, FALSE);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, max_width) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  lk_chart_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A gathering's name on the chart's background, so a line under it
 * (today's) does not run through the letters */
static void
show_label (cairo_t            *cr,
            const LkChartStyle *style,
            const char         *text,
            const LkRect       *rect,
            gboolean            align_right)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, 0.8, FALSE);
  PangoRectangle ink, logical;
  double x;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, rect->width) * PANGO_SCALE));
  pango_layout_set_alignment (layout, align_right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_extents (layout, &ink, &logical);
  x = rect->x + logical.x;
  lk_chart_set_color (cr, &style->background);
  cairo_rectangle (cr, x - 2, rect->y, logical.width + 4, logical.height);
  cairo_fill (cr);
  lk_chart_set_color (cr, &style->purple);
  cairo_move_to (cr, rect->x, rect->y);
  pango_cairo_show_layout (cr, layout);
}

/* The key: what each kind of mark means */
static void
draw_legend (cairo_t                *cr,
             const LkTimelineLayout *layout,
             const LkChartStyle     *style)
{
  const struct { const char *text; const LkColor *color; int shape; } keys[] = {
    { _("Log entries a week"), &style->blue, 0 },
    { _("Gathering"), &style->purple, 1 },
    { _("Goal review"), &style->orange, 2 },
    { _("Today"), &style->red, 1 },
  };
  double x = layout->legend.x, y = layout->legend.y + layout->legend.height / 2;
  double right = layout->legend.x + layout->legend.width;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(PangoLayout) text = lk_chart_text_layout (cr, style, 0.8, FALSE);
      int w, h;

      pango_layout_set_text (text, keys[i].text, -1);
      pango_layout_get_pixel_size (text, &w, &h);
      if (x + 16 + w > right)
        break;
      lk_chart_set_color (cr, keys[i].color);
      if (keys[i].shape == 0)
        cairo_rectangle (cr, x, y - 5, 10, 10);
      else if (keys[i].shape == 1)
        cairo_rectangle (cr, x + 3, y - 6, 3, 12);
      else
        {
          cairo_move_to (cr, x + 5, y - 5);
          cairo_line_to (cr, x + 10, y);
          cairo_line_to (cr, x + 5, y + 5);
          cairo_line_to (cr, x, y);
          cairo_close_path (cr);
        }
      cairo_fill (cr);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, x + 14, y - h / 2.0);
      pango_cairo_show_layout (cr, text);
      x += 14 + w + 14;
    }
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
      show_text (cr, style, name, x + 3, bottom + 4, next - x - 4, 0.9, &style->muted, FALSE);
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

  /* Today, under the gatherings' labels, which stay readable over it */
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

  /* Gatherings: a band over their days, labelled in the lane above */
  for (guint i = 0; i < timeline->n_gatherings; i++)
    {
      double x = lk_chart_timeline_x (timeline, &layout, timeline->gatherings[i].date);
      double band = MAX (3.0, 2 * layout.day_width);
      LkRect label;

      if (x < 0)
        continue;
      x = MIN (x, layout.plot.x + layout.plot.width - band);
      lk_chart_set_color (cr, &style->purple);
      cairo_rectangle (cr, x, layout.marks.y + MARK_LANE / 2, band,
                       bottom - layout.marks.y - MARK_LANE / 2);
      cairo_fill (cr);
      lk_chart_timeline_label_rect (timeline, &layout, i, &label);
      if (timeline->gatherings[i].label != NULL && label.width > 24)
        show_label (cr, style, timeline->gatherings[i].label, &label, label.x < x);
    }

  /* Review dates: a diamond in the lane */
  lk_chart_set_color (cr, &style->orange);
  for (guint i = 0; i < timeline->n_reviews; i++)
    {
      double x = lk_chart_timeline_mark_x (timeline, &layout, timeline->reviews[i].date);
      double y = layout.marks.y + MARK_LANE * 0.75;

      if (x < 0)
        continue;
      cairo_move_to (cr, x, y - DIAMOND);
      cairo_line_to (cr, x + DIAMOND, y);
      cairo_line_to (cr, x, y + DIAMOND);
      cairo_line_to (cr, x - DIAMOND, y);
      cairo_close_path (cr);
    }
  cairo_fill (cr);

  draw_legend (cr, &layout, style);

  /* Base line */
  lk_chart_set_color (cr, &style->foreground);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, layout.plot.x, round (bottom) + 0.5);
  cairo_line_to (cr, layout.plot.x + layout.plot.width, round (bottom) + 0.5);
  cairo_stroke (cr);

  cairo_restore (cr);
}
