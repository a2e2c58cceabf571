/* lk-chart-year-wheel.c: the årshjul
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lk-chart-year-wheel.h"

#define MARGIN 8.0

/* The day of @year an ISO date is, 1 … 366; 0 when it is not a date of
 * @year. By hand, not by sscanf: a year of a large municipality's items
 * is parsed on every frame */
static int
day_in_year (int         year,
             const char *iso)
{
  static const int before[12] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };
  static const int length[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = g_date_is_leap_year (year);
  int y, m, d;

  if (iso == NULL)
    return 0;
  for (guint i = 0; i < 10; i++)
    if (i == 4 || i == 7 ? iso[i] != '-' : !g_ascii_isdigit (iso[i]))
      return 0;
  if (iso[10] != '\0')
    return 0;
  y = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  m = (iso[5] - '0') * 10 + (iso[6] - '0');
  d = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (y != year || m < 1 || m > 12 || d < 1 || d > length[m - 1] + (m == 2 && leap))
    return 0;

  return before[m - 1] + d + (m > 2 && leap);
}

/* Radians from twelve o'clock, clockwise (cairo's y runs down), to the
 * middle of the day */
double
lk_year_wheel_angle (int         year,
                     const char *iso)
{
  int day = day_in_year (year, iso);

  if (day == 0)
    return NAN;

  return -G_PI / 2 + 2 * G_PI * (day - 0.5) / lk_days_in_year (year);
}

static double
day_angle (int    year,
           double day)
{
  return -G_PI / 2 + 2 * G_PI * (day - 1) / lk_days_in_year (year);
}

const LkColor *
lk_year_wheel_ring_color (const LkChartStyle *style,
                          LkWheelRing         ring)
{
  switch (ring)
    {
    case LK_RING_REPORTS:       return &style->foreground;
    case LK_RING_CONVERSATIONS: return &style->blue;
    case LK_RING_GATHERINGS:    return &style->purple;
    case LK_RING_TEN_FACTOR:    return &style->green;
    case LK_RING_RISK:          return &style->red;
    case LK_RING_MEASURES:
    default:                    return &style->orange;
    }
}

void
lk_chart_year_wheel_layout_clear (LkWheelLayout *layout)
{
  g_clear_pointer (&layout->markers, g_array_unref);
  g_clear_pointer (&layout->order, g_array_unref);
}

void
lk_chart_year_wheel_layout (const LkYearWheel *wheel,
                            double             width,
                            double             height,
                            LkWheelLayout     *layout)
{
  guint n_items = wheel->items ? wheel->items->len : 0;
  double size, legend_w = 0, legend_h = 0;
  double marker_r;
  double *angles;

  memset (layout, 0, sizeof *layout);
  layout->markers = g_array_new (FALSE, FALSE, sizeof (LkWheelMarker));
  layout->order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_items);

  /* The legend beside the wheel when the space is wide, below when tall */
  if (width >= height * 1.3 && width >= 420)
    {
      legend_w = MIN (240.0, width - height);
      size = MIN (width - legend_w, height);
      layout->legend = (LkRect) { width - legend_w, MAX (MARGIN, (height - 6 * 24.0) / 2), legend_w - MARGIN, 6 * 24.0 };
    }
  else if (height >= width * 1.25 && height >= 420)
    {
      legend_h = MIN (6 * 22.0, height - width);
      size = MIN (width, height - legend_h);
      layout->legend = (LkRect) { MARGIN, size, width - 2 * MARGIN, legend_h };
    }
  else
    size = MIN (width, height);

  layout->cx = (legend_w > 0 ? width - legend_w : width) / 2;
  layout->cy = (legend_h > 0 ? size : height) / 2;
  layout->rim = MAX (10.0, size / 2 - MARGIN);
  layout->week_labels = layout->rim >= 120;
  layout->week_step = layout->rim >= 330 ? 1 : layout->rim >= 200 ? 2 : 4;
  layout->months_outer = layout->rim - (layout->week_labels ? MAX (14.0, layout->rim * 0.06) : 4.0);
  layout->rings_outer = layout->months_outer - MAX (14.0, layout->rim * 0.09);
  layout->hub = layout->rim * 0.26;
  layout->ring_width = MAX (1.0, (layout->rings_outer - layout->hub) / LK_RING_N);
  layout->today_angle = wheel->today ? lk_year_wheel_angle (wheel->year, wheel->today) : NAN;
  marker_r = CLAMP (layout->ring_width * 0.34, 2.0, 10.0);

  /* Items by ring, then date (they come by date), each date read once */
  angles = g_new (double, MAX (n_items, 1));
  for (guint i = 0; i < n_items; i++)
    angles[i] = lk_year_wheel_angle (wheel->year, ((LkWheelItem *) g_ptr_array_index (wheel->items, i))->date);
  for (guint ring = 0; ring < LK_RING_N; ring++)
    for (guint i = 0; i < n_items; i++)
      if (((LkWheelItem *) g_ptr_array_index (wheel->items, i))->ring == ring)
        g_array_append_val (layout->order, i);

  /* One marker per run of items nearer than a marker's width on their
   * ring: its place is the run's first day, so it never moves ahead */
  for (guint k = 0; k < layout->order->len;)
    {
      LkWheelItem *item = g_ptr_array_index (wheel->items, g_array_index (layout->order, guint, k));
      double angle = angles[g_array_index (layout->order, guint, k)];
      double radius = layout->rings_outer - (item->ring + 0.5) * layout->ring_width;
      double reach = radius > 0 ? 2.2 * marker_r / radius : G_PI;
      LkWheelMarker marker = { 0 };
      guint next = k + 1;

      if (isnan (angle))
        {
          k++;
          continue;
        }
      while (next < layout->order->len)
        {
          LkWheelItem *other = g_ptr_array_index (wheel->items, g_array_index (layout->order, guint, next));
          double other_angle = angles[g_array_index (layout->order, guint, next)];

          if (other->ring != item->ring || isnan (other_angle) || other_angle - angle > reach)
            break;
          next++;
        }
      marker.angle = angle;
      marker.ring = item->ring;
      marker.radius = marker_r;
      marker.x = layout->cx + radius * cos (angle);
      marker.y = layout->cy + radius * sin (angle);
      marker.first = k;
      marker.n = next - k;
      g_array_append_val (layout->markers, marker);
      k = next;
    }
  g_free (angles);
}

/* Returns: the marker under (@x, @y), or -1 */
int
lk_chart_year_wheel_hit (const LkWheelLayout *layout,
                         double               x,
                         double               y)
{
  int best = -1;
  double best_d = G_MAXDOUBLE;

  for (guint i = 0; i < layout->markers->len; i++)
    {
      const LkWheelMarker *m = &g_array_index (layout->markers, LkWheelMarker, i);
      double d = hypot (x - m->x, y - m->y);

      /* A little more than the marker, for a finger or a shaky hand */
      if (d <= MAX (m->radius + 3, 8) && d < best_d)
        {
          best = i;
          best_d = d;
        }
    }

  return best;
}

static void
draw_text_at (cairo_t     *cr,
              PangoLayout *pl,
              const char  *text,
              double       x,
              double       y)
{
  int w, h;

  pango_layout_set_text (pl, text, -1);
  pango_layout_get_pixel_size (pl, &w, &h);
  cairo_move_to (cr, x - w / 2.0, y - h / 2.0);
  pango_cairo_show_layout (cr, pl);
}

static void
draw_legend (cairo_t             *cr,
             const LkChartStyle  *style,
             const LkWheelLayout *layout)
{
  g_autoptr(PangoLayout) pl = NULL;
  double row = layout->legend.height / LK_RING_N;

  if (layout->legend.width < 40 || row < 10)
    return;
  pl = lk_chart_text_layout (cr, style, 0.9, FALSE);
  pango_layout_set_width (pl, (int) ((layout->legend.width - 24) * PANGO_SCALE));
  pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
  for (guint ring = 0; ring < LK_RING_N; ring++)
    {
      double y = layout->legend.y + ring * row + row / 2;
      int h;

      lk_chart_set_color (cr, lk_year_wheel_ring_color (style, ring));
      cairo_new_path (cr);
      cairo_arc (cr, layout->legend.x + 8, y, 6, 0, 2 * G_PI);
      cairo_fill (cr);
      lk_chart_set_color (cr, &style->foreground);
      pango_layout_set_text (pl, lk_wheel_ring_name (ring), -1);
      pango_layout_get_pixel_size (pl, NULL, &h);
      cairo_move_to (cr, layout->legend.x + 22, y - h / 2.0);
      pango_cairo_show_layout (cr, pl);
    }
}

/**
 * lk_chart_year_wheel_draw:
 * @wheel: an LkYearWheel
 *
 * An LkChartDrawFunc.
 */
void
lk_chart_year_wheel_draw (cairo_t            *cr,
                          double              width,
                          double              height,
                          const LkChartStyle *style,
                          gpointer            data)
{
  const LkYearWheel *wheel = data;
  LkWheelLayout layout;
  g_autoptr(PangoLayout) months = NULL;
  g_autoptr(PangoLayout) centre = NULL;
  int days = lk_days_in_year (wheel->year);
  double month_r;
  char month_starts[12][11];

  for (int m = 0; m < 12; m++)
    g_snprintf (month_starts[m], sizeof month_starts[m], "%04d-%02d-01", wheel->year, m + 1);

  lk_chart_year_wheel_layout (wheel, width, height, &layout);

  /* Ring bands, faintly alternating so a marker's ring reads at a glance.
   * Opaque (mixed with the background here) and with quick antialiasing:
   * blending this much of a large picture costs most of a frame */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint ring = 0; ring < LK_RING_N; ring++)
    {
      double outer = layout.rings_outer - ring * layout.ring_width;
      const LkColor *tint = lk_year_wheel_ring_color (style, ring);
      double a = ring % 2 ? 0.07 : 0.12;
      LkColor band = { style->background.r + a * (tint->r - style->background.r),
                       style->background.g + a * (tint->g - style->background.g),
                       style->background.b + a * (tint->b - style->background.b), 1.0 };

      lk_chart_set_color (cr, &band);
      cairo_new_path (cr);
      cairo_arc (cr, layout.cx, layout.cy, outer, 0, 2 * G_PI);
      cairo_arc_negative (cr, layout.cx, layout.cy, outer - layout.ring_width, 2 * G_PI, 0);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  /* Month boundaries across the rings, and the month names */
  months = lk_chart_text_layout (cr, style, layout.rim > 250 ? 1.0 : 0.8, TRUE);
  month_r = (layout.months_outer + layout.rings_outer) / 2;
  /* The month lines as one path: a stroke each costs more than the lines */
  cairo_set_line_width (cr, 1);
  lk_chart_set_color (cr, &style->grid);
  cairo_new_path (cr);
  for (int m = 1; m <= 12; m++)
    {
      double a = day_angle (wheel->year, day_in_year (wheel->year, month_starts[m - 1]));

      cairo_move_to (cr, layout.cx + layout.hub * cos (a), layout.cy + layout.hub * sin (a));
      cairo_line_to (cr, layout.cx + layout.months_outer * cos (a), layout.cy + layout.months_outer * sin (a));
    }
  cairo_stroke (cr);
  for (int m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) first = g_date_time_new_local (wheel->year, m, 1, 0, 0, 0);
      g_autoptr(GDateTime) middle = g_date_time_new_local (wheel->year, m, 15, 0, 0, 0);
      double mid = day_angle (wheel->year, g_date_time_get_day_of_year (middle));
      g_autofree char *name = g_date_time_format (first, layout.rim > 250 ? "%B" : "%b");

      if (layout.rim >= 60 && name != NULL)
        {
          /* Along the circle, upright on both halves, so a long name
           * needs no more of the band than its height */
          cairo_save (cr);
          cairo_translate (cr, layout.cx + month_r * cos (mid), layout.cy + month_r * sin (mid));
          cairo_rotate (cr, sin (mid) <= 0 ? mid + G_PI / 2 : mid - G_PI / 2);
          lk_chart_set_color (cr, &style->foreground);
          draw_text_at (cr, months, name, 0, 0);
          cairo_restore (cr);
        }
    }

  /* Week numbers on the rim (digits only: the toy API is quick) */
  if (layout.week_labels)
    {
      double week_r = (layout.rim + layout.months_outer) / 2;
      double font = CLAMP ((layout.rim - layout.months_outer) * 0.55, 7.0, 12.0);
      g_autoptr(GDateTime) jan4 = g_date_time_new_local (wheel->year, 1, 4, 0, 0, 0);
      /* The Monday of week 1 is on or before 4 January */
      int monday = 4 - (g_date_time_get_day_of_week (jan4) - 1);

      /* The ticks' angles, drawn as one path after the numbers */
      double tick_angles[54];
      guint n_ticks = 0;

      cairo_select_font_face (cr, style->font_family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, font);
      for (int week = 1; week <= 53; week++)
        {
          int start = monday + (week - 1) * 7;
          double a, mid;
          char label[4];
          cairo_text_extents_t ext;

          if (start > days)
            break;
          a = day_angle (wheel->year, MAX (start, 1));
          tick_angles[n_ticks++] = a;
          if ((week - 1) % layout.week_step != 0 || start + 3 < 1)
            continue;
          /* The middle of the week's days in this year */
          mid = day_angle (wheel->year, (MAX (start, 1) + MIN (start + 7, days + 1)) / 2.0);
          g_snprintf (label, sizeof label, "%d", week);
          cairo_text_extents (cr, label, &ext);
          lk_chart_set_color (cr, &style->muted);
          cairo_move_to (cr, layout.cx + week_r * cos (mid) - ext.width / 2 - ext.x_bearing,
                         layout.cy + week_r * sin (mid) - ext.height / 2 - ext.y_bearing);
          cairo_show_text (cr, label);
        }
      lk_chart_set_color (cr, &style->grid);
      cairo_new_path (cr);
      for (guint t = 0; t < n_ticks; t++)
        {
          double a = tick_angles[t];

          cairo_move_to (cr, layout.cx + layout.months_outer * cos (a), layout.cy + layout.months_outer * sin (a));
          cairo_line_to (cr, layout.cx + (layout.months_outer + 4) * cos (a),
                         layout.cy + (layout.months_outer + 4) * sin (a));
        }
      cairo_stroke (cr);
    }

  /* Something lasting days (a gathering) as an arc on its ring */
  if (wheel->items != NULL)
    for (guint i = 0; i < wheel->items->len; i++)
      {
        LkWheelItem *item = g_ptr_array_index (wheel->items, i);
        double a0, a1, r;

        if (item->end == NULL || g_strcmp0 (item->end, item->date) <= 0)
          continue;
        a0 = lk_year_wheel_angle (wheel->year, item->date);
        a1 = lk_year_wheel_angle (wheel->year, item->end);
        if (isnan (a0))
          continue;
        if (isnan (a1))
          a1 = 3 * G_PI / 2;
        r = layout.rings_outer - (item->ring + 0.5) * layout.ring_width;
        lk_chart_set_color (cr, lk_year_wheel_ring_color (style, item->ring));
        cairo_set_line_width (cr, MAX (2.0, layout.ring_width * 0.3));
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_new_path (cr);
        cairo_arc (cr, layout.cx, layout.cy, r, a0, a1);
        cairo_stroke (cr);
      }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  /* Markers, with their count when they stand for several */
  cairo_select_font_face (cr, style->font_family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
  for (guint i = 0; i < layout.markers->len; i++)
    {
      LkWheelMarker *m = &g_array_index (layout.markers, LkWheelMarker, i);
      const LkColor *color = lk_year_wheel_ring_color (style, m->ring);

      lk_chart_set_color (cr, color);
      cairo_new_path (cr);
      cairo_arc (cr, m->x, m->y, m->radius, 0, 2 * G_PI);
      cairo_fill_preserve (cr);
      lk_chart_set_color (cr, &style->background);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
      if (m->n > 1 && m->radius >= 6)
        {
          char label[8];
          cairo_text_extents_t ext;

          g_snprintf (label, sizeof label, m->n > 99 ? "99+" : "%u", m->n);
          cairo_set_font_size (cr, m->radius * (m->n > 9 ? 0.95 : 1.2));
          cairo_text_extents (cr, label, &ext);
          lk_chart_set_color (cr, &style->background);
          cairo_move_to (cr, m->x - ext.width / 2 - ext.x_bearing, m->y - ext.height / 2 - ext.y_bearing);
          cairo_show_text (cr, label);
        }
    }

  /* Today, from the hub to the rim */
  if (!isnan (layout.today_angle))
    {
      double a = layout.today_angle;

      lk_chart_set_color (cr, &style->red);
      cairo_set_line_width (cr, 2);
      cairo_new_path (cr);
      cairo_move_to (cr, layout.cx + layout.hub * 0.85 * cos (a), layout.cy + layout.hub * 0.85 * sin (a));
      cairo_line_to (cr, layout.cx + layout.rim * cos (a), layout.cy + layout.rim * sin (a));
      cairo_stroke (cr);
      cairo_new_path (cr);
      cairo_arc (cr, layout.cx + layout.rim * cos (a), layout.cy + layout.rim * sin (a), 3.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* The year in the hub */
  if (layout.hub >= 16)
    {
      char year[8];

      centre = lk_chart_text_layout (cr, style, CLAMP (layout.hub / 40, 0.8, 2.4), TRUE);
      g_snprintf (year, sizeof year, "%d", wheel->year);
      lk_chart_set_color (cr, &style->foreground);
      draw_text_at (cr, centre, year, layout.cx, layout.cy);
    }

  draw_legend (cr, style, &layout);
  lk_chart_year_wheel_layout_clear (&layout);
}
