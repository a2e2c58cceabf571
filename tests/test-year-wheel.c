/* test-year-wheel.c: the årshjul's items, geometry, hit-testing and pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-chart-test-util.h"
#include "lk-chart-year-wheel.h"
#include "lk-example.h"
#include "lk-test-util.h"

#define TODAY "2026-05-10"

static double
angle_distance (double a,
                double b)
{
  double d = fmod (fabs (a - b), 2 * G_PI);

  return MIN (d, 2 * G_PI - d);
}

/* The year starts at twelve o'clock and runs clockwise */
static void
test_angles (void)
{
  g_assert_cmpfloat (angle_distance (lk_year_wheel_angle (2026, "2026-01-01"), -G_PI / 2), <, 0.01);
  /* 1 April is a quarter of the way: three o'clock (cairo's y runs down) */
  g_assert_cmpfloat (angle_distance (lk_year_wheel_angle (2026, "2026-04-02"), 0), <, 0.02);
  g_assert_cmpfloat (angle_distance (lk_year_wheel_angle (2026, "2026-07-02"), G_PI / 2), <, 0.02);
  g_assert_cmpfloat (angle_distance (lk_year_wheel_angle (2026, "2026-10-01"), G_PI), <, 0.02);
  g_assert_cmpfloat (angle_distance (lk_year_wheel_angle (2026, "2026-12-31"), -G_PI / 2), <, 0.01);
  /* Another year's date is not on this wheel */
  g_assert_true (isnan (lk_year_wheel_angle (2026, "2025-12-31")));
  g_assert_true (isnan (lk_year_wheel_angle (2026, "not a date")));
  g_assert_cmpint (lk_date_iso_week ("2026-01-01"), ==, 1);
  g_assert_cmpint (lk_date_iso_week ("2027-01-01"), ==, 53);
}

static GPtrArray *
items_of (const char * const *dates,
          LkWheelRing          ring)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);

  for (guint i = 0; dates[i]; i++)
    g_ptr_array_add (items, lk_wheel_item_new (ring, dates[i], dates[i], "measures", NULL));

  return items;
}

/* Each marker is on its ring at its date's angle; the hit test finds it
 * there and nothing in between */
static void
test_geometry (void)
{
  const char *dates[] = { "2026-01-15", "2026-03-01", "2026-06-30", "2026-09-15", "2026-12-20", NULL };
  const double sizes[][2] = { { 1920, 1080 }, { 360, 640 }, { 800, 800 }, { 200, 150 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (guint ring = 0; ring < LK_RING_N; ring++)
      {
        g_autoptr(GPtrArray) items = items_of (dates, ring);
        LkYearWheel wheel = { 2026, items, TODAY };
        LkWheelLayout layout;

        lk_chart_year_wheel_layout (&wheel, sizes[s][0], sizes[s][1], &layout);
        g_assert_cmpuint (layout.markers->len, ==, 5);
        g_assert_cmpfloat (layout.cx + layout.rim, <=, sizes[s][0]);
        g_assert_cmpfloat (layout.cy + layout.rim, <=, sizes[s][1]);
        for (guint i = 0; i < layout.markers->len; i++)
          {
            LkWheelMarker *m = &g_array_index (layout.markers, LkWheelMarker, i);
            double r = hypot (m->x - layout.cx, m->y - layout.cy);
            double a = atan2 (m->y - layout.cy, m->x - layout.cx);
            guint item = g_array_index (layout.order, guint, m->first);

            g_assert_cmpuint (m->n, ==, 1);
            g_assert_cmpfloat (angle_distance (a, lk_year_wheel_angle (2026, dates[item])), <, 1e-6);
            /* Inside its ring's band */
            g_assert_cmpfloat (r, <, layout.rings_outer - ring * layout.ring_width);
            g_assert_cmpfloat (r, >, layout.rings_outer - (ring + 1) * layout.ring_width);
            g_assert_cmpint (lk_chart_year_wheel_hit (&layout, m->x, m->y), ==, (int) i);
            g_assert_cmpint (lk_chart_year_wheel_hit (&layout, m->x + m->radius * 0.7, m->y), ==, (int) i);
          }
        /* The hub and a corner hit nothing */
        g_assert_cmpint (lk_chart_year_wheel_hit (&layout, layout.cx, layout.cy), ==, -1);
        g_assert_cmpint (lk_chart_year_wheel_hit (&layout, 1, 1), ==, -1);
        g_assert_false (isnan (layout.today_angle));
        lk_chart_year_wheel_layout_clear (&layout);
      }
}

/* Many items on one day are one marker with their count, never a smear;
 * items on different rings never share one */
static void
test_clusters (void)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);
  LkYearWheel wheel = { 2026, items, NULL };
  LkWheelLayout layout;
  guint total = 0;

  for (guint i = 0; i < 1000; i++)
    g_ptr_array_add (items, lk_wheel_item_new (LK_RING_MEASURES, "2026-06-01", "Frist", "measures", NULL));
  g_ptr_array_add (items, lk_wheel_item_new (LK_RING_RISK, "2026-06-01", "Oppfølging", "risk", NULL));
  /* A year's worth of deadlines, one a day */
  for (int day = 0; day < 365; day++)
    {
      g_autoptr(GDateTime) jan1 = g_date_time_new_utc (2026, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) d = g_date_time_add_days (jan1, day);
      g_autofree char *iso = g_date_time_format (d, "%Y-%m-%d");

      g_ptr_array_add (items, lk_wheel_item_new (LK_RING_TEN_FACTOR, iso, "Dag", "ten-factor", NULL));
    }

  lk_chart_year_wheel_layout (&wheel, 1920, 1080, &layout);
  for (guint i = 0; i < layout.markers->len; i++)
    {
      LkWheelMarker *m = &g_array_index (layout.markers, LkWheelMarker, i);

      total += m->n;
      for (guint k = m->first; k < m->first + m->n; k++)
        g_assert_cmpint (((LkWheelItem *) g_ptr_array_index (items, g_array_index (layout.order, guint, k)))->ring,
                         ==, m->ring);
      if (m->ring == LK_RING_MEASURES)
        g_assert_cmpuint (m->n, ==, 1000);
      if (m->ring == LK_RING_RISK)
        g_assert_cmpuint (m->n, ==, 1);
      /* Neighbours on a ring do not overlap */
      if (i > 0)
        {
          LkWheelMarker *before = &g_array_index (layout.markers, LkWheelMarker, i - 1);

          if (before->ring == m->ring)
            g_assert_cmpfloat (hypot (m->x - before->x, m->y - before->y), >=, m->radius + before->radius);
        }
    }
  g_assert_cmpuint (total, ==, items->len);
  g_assert_cmpuint (layout.markers->len, <, 2 + 365);
  lk_chart_year_wheel_layout_clear (&layout);
}

/* Pixels: a marker in its ring's colour, today's line, light and dark */
static void
test_pixels (void)
{
  const char *dates[] = { "2026-03-01", NULL };

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autoptr(GPtrArray) items = items_of (dates, LK_RING_CONVERSATIONS);
      LkYearWheel wheel = { 2026, items, TODAY };
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1100, 700);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *path = artifact_path (dark ? "year-wheel-dark.png" : "year-wheel.png");
      LkChartStyle style;
      LkWheelLayout layout;
      LkWheelMarker *m;
      LkColor px;
      double a, r;

      lk_chart_style_init (&style, dark);
      lk_chart_set_color (cr, &style.background);
      cairo_paint (cr);
      lk_chart_year_wheel_draw (cr, 1100, 700, &style, &wheel);
      cairo_surface_flush (surface);
      lk_chart_year_wheel_layout (&wheel, 1100, 700, &layout);

      m = &g_array_index (layout.markers, LkWheelMarker, 0);
      pixel_at (surface, m->x, m->y, &px);
      assert_color (&px, &style.blue);
      a = layout.today_angle;
      r = (layout.hub + layout.rings_outer) / 2;
      pixel_at (surface, layout.cx + r * cos (a), layout.cy + r * sin (a), &px);
      assert_color (&px, &style.red);
      /* The legend is drawn beside a wide wheel */
      g_assert_cmpfloat (layout.legend.width, >, 0);
      g_assert_cmpfloat (ink_in (surface, &layout.legend, &style.background), >, 0.01);

      cairo_surface_write_to_png (surface, path);
      lk_chart_year_wheel_layout_clear (&layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* The items come from every area, on their rings, by date */
static void
test_items_from_store (LkTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint per_ring[LK_RING_N] = { 0 };

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  items = lk_store_list_wheel_items (f->store, 2026, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      LkWheelItem *item = g_ptr_array_index (items, i);

      per_ring[item->ring]++;
      g_assert_true (g_str_has_prefix (item->date, "2026-"));
      if (i > 0)
        g_assert_cmpstr (((LkWheelItem *) g_ptr_array_index (items, i - 1))->date, <=, item->date);
      if (item->ring != LK_RING_REPORTS)
        g_assert_nonnull (item->uuid);
    }
  g_assert_cmpuint (per_ring[LK_RING_REPORTS], ==, 6);
  g_assert_cmpuint (per_ring[LK_RING_CONVERSATIONS], >=, 2);
  g_assert_cmpuint (per_ring[LK_RING_GATHERINGS], >, 0);
  g_assert_cmpuint (per_ring[LK_RING_MEASURES], >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/year-wheel/angles", test_angles);
  g_test_add_func ("/year-wheel/geometry", test_geometry);
  g_test_add_func ("/year-wheel/clusters", test_clusters);
  g_test_add_func ("/year-wheel/pixels", test_pixels);
  lk_test_add ("/year-wheel/items-from-store", test_items_from_store);

  return g_test_run ();
}
