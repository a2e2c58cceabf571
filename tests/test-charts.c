/* test-charts.c: chart geometry, rendered pixels, and exported files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-chart-bars.h"
#include "lk-chart-export.h"
#include "lk-chart-measures.h"
#include "lk-chart-timeline.h"
#include "lk-chart-heatmap.h"
#include "lk-chart-bowtie.h"
#include "lk-chart-fishbone.h"
#include "lk-chart-test-util.h"
#include "lk-test-util.h"
#include "lk-example.h"

static LkMeasureCounts
sample_counts (void)
{
  LkMeasureCounts counts = { 0 };

  counts.by_status[LK_MEASURE_STATUS_NOT_STARTED] = 4;
  counts.by_status[LK_MEASURE_STATUS_STARTED] = 8;
  counts.by_status[LK_MEASURE_STATUS_DONE] = 2;
  counts.by_status[LK_MEASURE_STATUS_DELAYED] = 0;
  counts.by_status[LK_MEASURE_STATUS_CANCELLED] = 1;
  counts.total = 15;

  return counts;
}

static void
test_bar_geometry (void)
{
  LkMeasureCounts counts = sample_counts ();
  LkChartStyle style;
  LkBar bars[LK_MEASURE_STATUS_N];
  LkBarChart chart;
  LkBarLayout layout;
  LkRect r[LK_MEASURE_STATUS_N];

  lk_chart_style_init (&style, FALSE);
  lk_chart_measure_status_bars (&counts, &style, bars, &chart);
  lk_chart_bars_layout (&chart, 600, 300, &layout);

  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    g_assert_true (lk_chart_bars_bar_rect (&chart, &layout, i, &r[i]));
  g_assert_false (lk_chart_bars_bar_rect (&chart, &layout, LK_MEASURE_STATUS_N, &r[0]));

  /* The largest value fills the plot; the others in proportion */
  g_assert_cmpfloat_with_epsilon (r[1].width, layout.plot.width, 0.001);
  g_assert_cmpfloat_with_epsilon (r[0].width, layout.plot.width / 2, 0.001);
  g_assert_cmpfloat_with_epsilon (r[3].width, 0.0, 0.001);

  /* Rows do not overlap and stay inside the chart */
  for (guint i = 1; i < LK_MEASURE_STATUS_N; i++)
    g_assert_cmpfloat (r[i].y, >=, r[i - 1].y + r[i - 1].height);
  g_assert_cmpfloat (r[4].y + r[4].height, <=, 300);
  g_assert_cmpfloat (r[1].x + r[1].width, <=, 600);

  /* Hit-testing finds the row under the pointer */
  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    g_assert_cmpint (lk_chart_bars_hit (&chart, 600, 300, r[i].x + 1, r[i].y + r[i].height / 2), ==, i);
  g_assert_cmpint (lk_chart_bars_hit (&chart, 600, 300, 300, 2), ==, -1);

  /* No bars, and tiny sizes, draw without trouble */
  chart.n_bars = 0;
  lk_chart_bars_layout (&chart, 1, 1, &layout);
  g_assert_cmpint (lk_chart_bars_hit (&chart, 1, 1, 0, 0), ==, -1);
}

static void
render_and_check (gboolean dark)
{
  LkMeasureCounts counts = sample_counts ();
  LkChartStyle style;
  LkBar bars[LK_MEASURE_STATUS_N];
  LkBarChart chart;
  LkBarLayout layout;
  cairo_surface_t *surface;
  cairo_t *cr;
  LkColor px;

  lk_chart_style_init (&style, dark);
  lk_chart_measure_status_bars (&counts, &style, bars, &chart);
  lk_chart_bars_layout (&chart, 600, 300, &layout);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600, 300);
  cr = cairo_create (surface);
  lk_chart_set_color (cr, &style.background);
  cairo_paint (cr);
  lk_chart_measure_status_draw (cr, 600, 300, &counts, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    {
      LkRect r;

      lk_chart_bars_bar_rect (&chart, &layout, i, &r);
      if (r.width > 4)
        {
          pixel_at (surface, r.x + r.width / 2, r.y + r.height / 2, &px);
          assert_color (&px, lk_chart_status_color (&style, i));
        }
      /* Right of the shortest bars, beyond their value label, is background */
      if (i == LK_MEASURE_STATUS_DELAYED)
        {
          pixel_at (surface, layout.plot.x + layout.plot.width - 2, r.y + r.height / 2, &px);
          assert_color (&px, &style.background);
        }
    }

  /* The labels put ink in the label column */
  {
    gboolean ink = FALSE;
    LkRect r;

    lk_chart_bars_bar_rect (&chart, &layout, 0, &r);
    for (double x = 12; x < layout.plot.x - 8 && !ink; x++)
      {
        pixel_at (surface, x, r.y + r.height / 2, &px);
        ink = fabs (px.r - style.background.r) > 0.3;
      }
    g_assert_true (ink);
  }

  cairo_surface_destroy (surface);
}

static void
test_render_light (void)
{
  render_and_check (FALSE);
}

static void
test_render_dark (void)
{
  render_and_check (TRUE);
}

static void
draw_counts (cairo_t            *cr,
             double              width,
             double              height,
             const LkChartStyle *style,
             gpointer            user_data)
{
  lk_chart_measure_status_draw (cr, width, height, user_data, style);
}

static void
test_export (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  LkMeasureCounts counts = sample_counts ();
  const char *names[] = { "chart.png", "chart.svg", "chart.PDF" };
  const char *magic[] = { "\x89PNG", "<?xml", "%PDF" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      LkChartFormat format;
      gsize len;

      g_assert_true (lk_chart_format_from_path (path, &format));
      g_assert_cmpint (format, ==, i);
      g_assert_true (lk_chart_export (path, format, 500, 250, draw_counts, &counts, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      g_assert_cmpuint (len, >, 200);
      g_assert_true (memcmp (data, magic[i], strlen (magic[i])) == 0);
      /* Readable only by the user: charts show the user's data */
      {
        GStatBuf st;

        g_assert_cmpint (g_stat (path, &st), ==, 0);
        g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      }
    }

  /* Written beside the target and renamed: nothing else is left in the
   * folder, and a failed export leaves the file that was there */
  {
    g_autofree char *path = g_build_filename (dir, "kept.png", NULL);
    g_autoptr(GDir) d = NULL;
    g_autoptr(GError) error = NULL;
    guint files = 0;

    g_assert_true (g_file_set_contents (path, "the user's own file", -1, NULL));
    g_assert_false (lk_chart_export (path, LK_CHART_FORMAT_PNG, 0, 100, draw_counts, &counts, &error));
    g_assert_nonnull (error);
    {
      g_autofree char *now = lk_test_checksum_file (path);
      g_autofree char *own = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "the user's own file", -1);

      g_assert_cmpstr (now, ==, own);
    }
    d = g_dir_open (dir, 0, NULL);
    while (g_dir_read_name (d) != NULL)
      files++;
    g_assert_cmpuint (files, ==, 4);
  }

  /* PNG at twice the size, for sharp slides */
  {
    g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
    cairo_surface_t *png = cairo_image_surface_create_from_png (path);

    g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1000);
    g_assert_cmpint (cairo_image_surface_get_height (png), ==, 500);
    cairo_surface_destroy (png);
  }

  /* The PDF keeps its words as text */
  {
    g_autofree char *path = g_build_filename (dir, "chart.PDF", NULL);
    g_autofree char *out = lk_test_pdf_text (path);

    if (out != NULL)
      {
        g_assert_nonnull (strstr (out, "Measures by status"));
        g_assert_nonnull (strstr (out, "Not started"));
      }
  }

  /* Unknown format, a bad size, and an unwritable place are refused */
  {
    LkChartFormat format;
    g_autoptr(GError) error = NULL;

    g_assert_false (lk_chart_format_from_path ("chart.docx", &format));
    g_assert_false (lk_chart_export ("/nonexistent/dir/chart.png", LK_CHART_FORMAT_PNG,
                                     100, 100, draw_counts, &counts, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    g_assert_false (lk_chart_export ("/tmp/x.png", LK_CHART_FORMAT_PNG, 0, 100,
                                     draw_counts, &counts, &error));
    g_assert_nonnull (error);
  }

  lk_test_rmtree (dir);
}

static void
test_timeline (void)
{
  guint weekly[53] = { 0 };
  LkTimelineMark gatherings[] = { { "2026-02-02", "Samling 1" }, { "2026-09-06", "Samling 4" },
                                  { "2026-12-07", "Samling 7" } };
  LkTimelineMark reviews[] = { { "2026-06-01", "Mål 1" }, { "2027-01-05", "Neste år" },
                               { "2026-12-31", "Nyttår" }, { "2026-01-01", "Start" } };
  LkTimeline timeline = {
    .year = 2026, .weekly = weekly,
    .gatherings = gatherings, .n_gatherings = G_N_ELEMENTS (gatherings),
    .reviews = reviews, .n_reviews = G_N_ELEMENTS (reviews),
    .today = "2026-11-21",
  };
  LkTimelineLayout layout;
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  LkColor px;
  double x;

  weekly[10] = 4;
  weekly[11] = 2;
  lk_chart_style_init (&style, FALSE);
  lk_chart_timeline_layout (&timeline, 1000, 240, &layout);

  /* Dates to x, and back to weeks */
  g_assert_cmpfloat_with_epsilon (lk_chart_timeline_x (&timeline, &layout, "2026-01-01"),
                                  layout.plot.x, 0.001);
  x = lk_chart_timeline_x (&timeline, &layout, "2026-12-31");
  g_assert_cmpfloat (x, <, layout.plot.x + layout.plot.width);
  g_assert_cmpfloat (x, >, layout.plot.x + layout.plot.width - 2 * layout.day_width);
  g_assert_cmpfloat (lk_chart_timeline_x (&timeline, &layout, "2027-01-01"), <, 0);
  g_assert_cmpfloat (lk_chart_timeline_x (&timeline, &layout, "bad"), <, 0);
  g_assert_cmpuint (layout.max_count, ==, 4);
  x = lk_chart_timeline_x (&timeline, &layout, "2026-03-12");   /* day 70: week 10 */
  g_assert_cmpint (lk_chart_timeline_week_at (&timeline, 1000, 240, x + 1,
                                              layout.plot.y + layout.plot.height - 2), ==, 10);
  g_assert_cmpint (lk_chart_timeline_week_at (&timeline, 1000, 240, 1, 1), ==, -1);

  /* Nothing under the menu button's corner; every mark whole inside the
   * plot; every gathering labelled inside the chart, December's too */
  for (guint w = 0; w < 2; w++)
    {
      double width = w == 0 ? 1000 : 340;
      LkTimelineLayout l;

      lk_chart_timeline_layout (&timeline, width, 240, &l);
      g_assert_cmpfloat (l.marks.y, >=, LK_CHART_MENU_SIZE);
      g_assert_cmpfloat (l.legend.x + l.legend.width, <=, width - LK_CHART_MENU_SIZE);
      for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
        {
          double mx = lk_chart_timeline_mark_x (&timeline, &l, reviews[i].date);

          if (g_str_has_prefix (reviews[i].date, "2027"))
            g_assert_cmpfloat (mx, <, 0);
          else
            {
              g_assert_cmpfloat (mx - 6, >=, l.plot.x);
              g_assert_cmpfloat (mx + 6, <=, l.plot.x + l.plot.width);
            }
        }
      for (guint i = 0; i < G_N_ELEMENTS (gatherings); i++)
        {
          LkRect label;

          lk_chart_timeline_label_rect (&timeline, &l, i, &label);
          g_assert_cmpfloat (label.width, >, 24);
          g_assert_cmpfloat (label.x, >=, l.plot.x);
          g_assert_cmpfloat (label.x + label.width, <=, l.plot.x + l.plot.width + 0.001);
        }
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, 240);
  cr = cairo_create (surface);
  lk_chart_set_color (cr, &style.background);
  cairo_paint (cr);
  lk_chart_timeline_draw (cr, 1000, 240, &timeline, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The busiest week is a full-height bar; an empty week is empty */
  x = layout.plot.x + (10 * 7 + 3.5) * layout.day_width;
  pixel_at (surface, x, layout.plot.y + 3, &px);
  assert_color (&px, &style.blue);
  x = layout.plot.x + (11 * 7 + 3.5) * layout.day_width;
  pixel_at (surface, x, layout.plot.y + layout.plot.height * 0.25, &px);
  assert_color (&px, &style.background);
  pixel_at (surface, x, layout.plot.y + layout.plot.height * 0.75, &px);
  assert_color (&px, &style.blue);
  x = layout.plot.x + (30 * 7 + 3.5) * layout.day_width;
  pixel_at (surface, x, layout.plot.y + layout.plot.height * 0.75, &px);
  assert_color (&px, &style.background);

  /* A gathering's band, a review's diamond, and today's line */
  x = lk_chart_timeline_x (&timeline, &layout, "2026-09-06") + layout.day_width;
  pixel_at (surface, x, layout.plot.y + layout.plot.height / 2, &px);
  assert_color (&px, &style.purple);
  x = lk_chart_timeline_x (&timeline, &layout, "2026-06-01");
  pixel_at (surface, x, layout.marks.y + layout.marks.height * 0.75, &px);
  assert_color (&px, &style.orange);
  x = lk_chart_timeline_x (&timeline, &layout, "2026-11-21");
  pixel_at (surface, x, layout.plot.y + 5, &px);
  assert_color (&px, &style.red);
  /* …but not through the December gathering's name, which is over it */
  {
    LkRect label;

    lk_chart_timeline_label_rect (&timeline, &layout, 2, &label);
    g_assert_true (x > label.x && x < label.x + label.width);
    for (double y = label.y + 2; y < label.y + label.height - 2; y++)
      {
        pixel_at (surface, x, y, &px);
        g_assert_false (fabs (px.r - style.red.r) < 0.05 && fabs (px.g - style.red.g) < 0.05 &&
                        fabs (px.b - style.red.b) < 0.05);
      }
  }

  cairo_surface_destroy (surface);

  /* No data, tiny sizes: nothing to draw, nothing breaks */
  timeline.weekly = NULL;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cr = cairo_create (surface);
  lk_chart_timeline_draw (cr, 10, 10, &timeline, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  /* For the eye: the Jeg-plan's size, light and dark */
  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *png = artifact_path (dark ? "timeline-dark.png" : "timeline-light.png");
      cairo_surface_t *shot = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 720, 200);
      cairo_t *sc = cairo_create (shot);
      LkChartStyle s2;

      lk_chart_style_init (&s2, dark);
      lk_chart_set_color (sc, &s2.background);
      cairo_paint (sc);
      lk_chart_timeline_draw (sc, 720, 200, &timeline, &s2);
      cairo_destroy (sc);
      g_assert_cmpint (cairo_surface_write_to_png (shot, png), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (shot);
    }
}

static LkHeatRisk *
heat_risks (guint *n_out)
{
  /* 60 in the top right cell, one each elsewhere, some with after-values */
  guint n = 60 + 4;
  LkHeatRisk *risks = g_new0 (LkHeatRisk, n);

  for (guint i = 0; i < 60; i++)
    risks[i] = (LkHeatRisk) { i + 1, 1.0, 1.0, -1, -1 };
  risks[60] = (LkHeatRisk) { 61, 0.0, 0.0, -1, -1 };
  risks[61] = (LkHeatRisk) { 62, 0.75, 0.5, 0.25, 0.25 };   /* 4×3 → 2×2 in 5×5 */
  risks[62] = (LkHeatRisk) { 63, 0.5, 1.0, 0.5, 0.75 };
  risks[63] = (LkHeatRisk) { 64, 0.25, 0.25, 0.25, 0.25 }; /* before and after in one cell */
  *n_out = n;

  return risks;
}

/* No arrow comes nearer than half its line to a marker other than its
 * own two (or the badge they share), and every risk assessed after
 * measures whose markers stand apart has its arrow */
static void
assert_arrows_clear (const LkHeatMap    *map,
                     const LkHeatLayout *layout)
{
  guint expected = 0;

  for (guint i = 0; i < map->n_risks; i++)
    {
      const LkMarker *b = &g_array_index (layout->before, LkMarker, i);
      const LkMarker *a = &g_array_index (layout->after, LkMarker, i);

      expected += a->radius > 0 && hypot (a->x - b->x, a->y - b->y) >= a->radius + b->radius + 2;
    }
  g_assert_cmpuint (layout->arrows->len, ==, expected);

  for (guint n = 0; n < layout->arrows->len; n++)
    {
      const LkHeatArrow *arrow = &g_array_index (layout->arrows, LkHeatArrow, n);
      const LkMarker *own[2] = { &g_array_index (layout->before, LkMarker, arrow->risk),
                                 &g_array_index (layout->after, LkMarker, arrow->risk) };

      g_assert_cmpfloat (arrow->x[0], ==, own[0]->x);
      g_assert_cmpfloat (arrow->y[arrow->n_points - 1], ==, own[1]->y);
      for (guint pass = 0; pass < 2; pass++)
        {
          GArray *markers = pass == 0 ? layout->before : layout->after;

          for (guint i = 0; i < markers->len; i++)
            {
              const LkMarker *m = &g_array_index (markers, LkMarker, i);

              if (m->radius <= 0 || (m->x == own[0]->x && m->y == own[0]->y) ||
                  (m->x == own[1]->x && m->y == own[1]->y))
                continue;
              for (guint k = 0; k + 1 < arrow->n_points; k++)
                {
                  double x0 = arrow->x[k], y0 = arrow->y[k];
                  double dx = arrow->x[k + 1] - x0, dy = arrow->y[k + 1] - y0;
                  double len2 = dx * dx + dy * dy;
                  double t = len2 > 0 ? CLAMP (((m->x - x0) * dx + (m->y - y0) * dy) / len2, 0, 1) : 0;

                  if (hypot (x0 + t * dx - m->x, y0 + t * dy - m->y) < m->radius + 0.75)
                    g_error ("arrow of risk %u, leg %u, crosses marker %u (%s)",
                             arrow->risk + 1, k, i + 1, pass ? "after" : "before");
                }
            }
        }
    }
}

/* Random sets of up to 150 risks, wide and at 360 px: markers never
 * overlap, each stays in its cell, and a cell too small for readable
 * markers shows one count badge instead */
static void
test_heatmap_random (void)
{
  LkRiskMatrix matrix;

  lk_risk_matrix_init (&matrix, 5, LK_LABELS_GENERIC);
  for (guint seed = 1; seed <= 40; seed++)
    {
      GRand *rand = g_rand_new_with_seed (seed);
      guint n = g_rand_int_range (rand, 1, 151);
      g_autofree LkHeatRisk *risks = g_new0 (LkHeatRisk, n);
      LkHeatMap map = { &matrix, risks, n };

      for (guint i = 0; i < n; i++)
        {
          gboolean after = g_rand_boolean (rand);

          risks[i] = (LkHeatRisk) { i + 1, g_rand_int_range (rand, 0, 5) / 4.0,
                                    g_rand_int_range (rand, 0, 5) / 4.0,
                                    after ? g_rand_int_range (rand, 0, 5) / 4.0 : -1,
                                    after ? g_rand_int_range (rand, 0, 5) / 4.0 : -1 };
        }
      for (guint size = 0; size < 2; size++)
        {
          LkHeatLayout layout;
          GArray *all = g_array_new (FALSE, FALSE, sizeof (LkMarker));

          lk_chart_heatmap_layout (&map, size ? 330 : 900, size ? 440 : 600, &layout);
          g_array_append_vals (all, layout.before->data, layout.before->len);
          g_array_append_vals (all, layout.after->data, layout.after->len);
          for (guint i = 0; i < all->len; i++)
            {
              const LkMarker *m = &g_array_index (all, LkMarker, i);
              const LkHeatRisk *r = &risks[i % n];
              gboolean after = i >= n;
              LkRect cell;

              if (m->radius <= 0)
                continue;
              lk_chart_heatmap_cell_rect (&map, &layout,
                                          lk_risk_level (after ? r->probability_after : r->probability, 5),
                                          lk_risk_level (after ? r->consequence_after : r->consequence, 5),
                                          &cell);
              g_assert_true (lk_rect_contains (&cell, m->x, m->y));
              if (m->badge)
                continue;
              /* Readable: a marker alone may be small, never a crowd's */
              g_assert_cmpfloat (m->radius, >=, 9.0 - 0.001);
              for (guint j = 0; j < i; j++)
                {
                  const LkMarker *o = &g_array_index (all, LkMarker, j);
                  double dx = m->x - o->x, dy = m->y - o->y;

                  if (o->radius > 0 && !o->badge)
                    g_assert_cmpfloat (sqrt (dx * dx + dy * dy), >=, m->radius + o->radius);
                }
            }
          assert_arrows_clear (&map, &layout);
          g_array_unref (all);
          lk_chart_heatmap_layout_clear (&layout);
        }
      g_rand_free (rand);
    }
  lk_risk_matrix_clear (&matrix);
}

static void
test_heatmap_layout (void)
{
  guint n;
  g_autofree LkHeatRisk *risks = heat_risks (&n);
  LkRiskMatrix matrix;
  LkHeatMap map;
  LkHeatLayout layout;

  lk_risk_matrix_init (&matrix, 5, LK_LABELS_GENERIC);
  map = (LkHeatMap) { &matrix, risks, n };
  lk_chart_heatmap_layout (&map, 900, 600, &layout);

  /* Every marker inside its cell; none overlaps another */
  for (guint i = 0; i < n; i++)
    {
      const LkMarker *m = &g_array_index (layout.before, LkMarker, i);
      LkRect cell;

      lk_chart_heatmap_cell_rect (&map, &layout, lk_risk_level (risks[i].probability, 5),
                                  lk_risk_level (risks[i].consequence, 5), &cell);
      g_assert_cmpfloat (m->radius, >, 0);
      g_assert_cmpfloat (m->x - m->radius, >=, cell.x);
      g_assert_cmpfloat (m->x + m->radius, <=, cell.x + cell.width);
      g_assert_cmpfloat (m->y - m->radius, >=, cell.y);
      g_assert_cmpfloat (m->y + m->radius, <=, cell.y + cell.height);
      /* Sixty in one cell are too many to read: one badge counts them */
      if (i < 60)
        {
          guint s, k;

          g_assert_true (m->badge);
          g_assert_cmpuint (layout.cells[4][4].badge, ==, 60);
          g_assert_cmpint (lk_chart_heatmap_hit (&map, &layout, m->x, m->y), ==, -1);
          g_assert_true (lk_chart_heatmap_badge_at (&map, &layout, m->x, m->y, &s, &k));
          g_assert_cmpuint (s, ==, 5);
          g_assert_cmpuint (k, ==, 5);
          continue;
        }
      g_assert_false (m->badge);
      for (guint j = 60; j < i; j++)
        {
          const LkMarker *o = &g_array_index (layout.before, LkMarker, j);
          double dx = m->x - o->x, dy = m->y - o->y;

          g_assert_cmpfloat (sqrt (dx * dx + dy * dy), >=, m->radius + o->radius);
        }
      /* Hit-testing finds each marker at its centre */
      g_assert_cmpint (lk_chart_heatmap_hit (&map, &layout, m->x, m->y), ==, i);
    }

  /* No after-marker on top of any marker */
  for (guint i = 0; i < n; i++)
    {
      const LkMarker *a = &g_array_index (layout.after, LkMarker, i);

      if (a->radius <= 0)
        continue;
      for (guint j = 0; j < n; j++)
        {
          const LkMarker *b = &g_array_index (layout.before, LkMarker, j);
          const LkMarker *o = &g_array_index (layout.after, LkMarker, j);
          double dx = a->x - b->x, dy = a->y - b->y;

          if (b->badge)
            continue;
          g_assert_cmpfloat (sqrt (dx * dx + dy * dy), >=, a->radius + b->radius);
          if (j != i && o->radius > 0)
            {
              dx = a->x - o->x;
              dy = a->y - o->y;
              g_assert_cmpfloat (sqrt (dx * dx + dy * dy), >=, a->radius + o->radius);
            }
        }
    }
  g_assert_cmpint (lk_chart_heatmap_hit (&map, &layout, 1, 1), ==, -1);

  /* After-markers only where assessed, and hit too */
  g_assert_cmpfloat (g_array_index (layout.after, LkMarker, 0).radius, ==, 0);
  {
    const LkMarker *a = &g_array_index (layout.after, LkMarker, 61);
    LkRect cell;

    lk_chart_heatmap_cell_rect (&map, &layout, 2, 2, &cell);
    g_assert_true (lk_rect_contains (&cell, a->x, a->y));
    g_assert_cmpint (lk_chart_heatmap_hit (&map, &layout, a->x, a->y), ==, 61);
  }
  lk_chart_heatmap_layout_clear (&layout);

  /* The same risks in 3×3: reclassified by their positions */
  g_assert_true (lk_risk_matrix_resize (&matrix, 3));
  lk_chart_heatmap_layout (&map, 900, 600, &layout);
  {
    const LkMarker *m = &g_array_index (layout.before, LkMarker, 61);   /* 0.75, 0.5 */
    LkRect cell;

    lk_chart_heatmap_cell_rect (&map, &layout, 3, 2, &cell);
    g_assert_true (lk_rect_contains (&cell, m->x, m->y));
  }
  lk_chart_heatmap_layout_clear (&layout);
  g_assert_true (lk_risk_matrix_resize (&matrix, 5));

  /* Wide, the columns are named; at 360 px they are numbered and named in
   * two legend rows below the grid */
  lk_chart_heatmap_layout (&map, 900, 600, &layout);
  g_assert_false (layout.numbers_only);
  lk_chart_heatmap_layout_clear (&layout);
  lk_chart_heatmap_layout (&map, 330, 440, &layout);
  g_assert_true (layout.numbers_only);
  g_assert_cmpfloat (layout.legend.y, >=, layout.grid.y + layout.grid.height);
  g_assert_cmpfloat (layout.legend.height, >=, 4 * 22);
  lk_chart_heatmap_layout_clear (&layout);
  lk_risk_matrix_clear (&matrix);
}

/* The example's assessments at the sizes the views use: no arrow crosses
 * another risk's marker */
static void
test_heatmap_example_arrows (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "example.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = lk_store_open (path, &error);
  g_autoptr(GPtrArray) all = NULL;
  static const double sizes[][2] = { { 330, 440 }, { 640, 480 }, { 900, 600 }, { 1200, 700 } };
  guint arrows = 0;

  g_assert_no_error (error);
  g_assert_true (lk_example_load (store, "2026-05-10", &error));
  all = lk_store_list_risk_assessments (store, &error);
  g_assert_cmpuint (all->len, >, 0);
  for (guint a = 0; a < all->len; a++)
    {
      LkRiskAssessment *assessment = g_ptr_array_index (all, a);
      g_autofree LkHeatRisk *risks = g_new0 (LkHeatRisk, assessment->risks->len);
      LkHeatMap map = { &assessment->matrix, risks, assessment->risks->len };

      for (guint i = 0; i < assessment->risks->len; i++)
        risks[i] = lk_heat_risk_for (g_ptr_array_index (assessment->risks, i), i + 1);
      for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
        {
          LkHeatLayout layout;

          lk_chart_heatmap_layout (&map, sizes[z][0], sizes[z][1], &layout);
          assert_arrows_clear (&map, &layout);
          arrows += layout.arrows->len;
          lk_chart_heatmap_layout_clear (&layout);
        }

      /* For the eye: the first assessment, narrow and wide, light and dark */
      for (guint shot = 0; a == 0 && shot < 4; shot++)
        {
          double w = sizes[shot % 2 ? 3 : 0][0], h = sizes[shot % 2 ? 3 : 0][1];
          g_autofree char *name = g_strdup_printf ("heatmap-example-%s-%s.png",
                                                   shot % 2 ? "wide" : "narrow",
                                                   shot / 2 ? "dark" : "light");
          g_autofree char *png = artifact_path (name);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
          cairo_t *cr = cairo_create (surface);
          LkChartStyle style;

          lk_chart_style_init (&style, shot / 2);
          lk_chart_set_color (cr, &style.background);
          cairo_paint (cr);
          lk_chart_heatmap_draw (cr, w, h, &map, &style);
          cairo_destroy (cr);
          g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
          cairo_surface_destroy (surface);
        }
    }
  g_assert_cmpuint (arrows, >, 0);

  g_clear_object (&store);
  lk_test_rmtree (dir);
}

static void
test_heatmap_render (void)
{
  guint n;
  g_autofree LkHeatRisk *risks = heat_risks (&n);
  LkRiskMatrix matrix;
  LkHeatMap map;
  LkHeatLayout layout;
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  LkColor px;
  LkRect cell;
  const LkMarker *m;

  lk_risk_matrix_init (&matrix, 5, LK_LABELS_GENERIC);
  map = (LkHeatMap) { &matrix, risks, n };
  lk_chart_style_init (&style, FALSE);
  lk_chart_heatmap_layout (&map, 900, 600, &layout);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 600);
  cr = cairo_create (surface);
  lk_chart_set_color (cr, &style.background);
  cairo_paint (cr);
  lk_chart_heatmap_draw (cr, 900, 600, &map, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* An empty green cell and an empty red cell, tinted by zone */
  lk_chart_heatmap_cell_rect (&map, &layout, 1, 2, &cell);
  pixel_at (surface, cell.x + 4, cell.y + 4, &px);
  g_assert_cmpfloat (px.g, >, px.r);
  lk_chart_heatmap_cell_rect (&map, &layout, 4, 5, &cell);
  pixel_at (surface, cell.x + 4, cell.y + 4, &px);
  g_assert_cmpfloat (px.r, >, px.g);

  /* A marker before measures is filled; after measures, hollow */
  /* (below the number, inside the circle) */
  m = &g_array_index (layout.before, LkMarker, 60);
  pixel_at (surface, m->x, m->y + m->radius * 0.65, &px);
  assert_color (&px, &style.foreground);
  m = &g_array_index (layout.after, LkMarker, 61);
  pixel_at (surface, m->x, m->y + m->radius * 0.65, &px);
  assert_color (&px, &style.background);

  /* No stray line between markers that no arrow joins: a third of the
   * way from one to the other is cell colour */
  {
    const LkMarker *a = &g_array_index (layout.before, LkMarker, 63);
    const LkMarker *b = &g_array_index (layout.after, LkMarker, 61);

    pixel_at (surface, a->x + (b->x - a->x) / 3, a->y + (b->y - a->y) / 3, &px);
    g_assert_cmpfloat (px.g, >, px.r);
    g_assert_cmpfloat (px.b, <, 0.9);
  }

  {
    g_autofree char *png = artifact_path ("heatmap-test.png");
    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (surface);
  lk_chart_heatmap_layout_clear (&layout);
  lk_risk_matrix_clear (&matrix);
}

static gboolean
rects_overlap (const LkRect *a,
               const LkRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
check_bowtie (guint n_causes,
              guint n_consequences,
              guint n_barriers,
              double width,
              double height)
{
  g_autofree LkBowtieBranch *causes = g_new0 (LkBowtieBranch, n_causes);
  g_autofree LkBowtieBranch *consequences = g_new0 (LkBowtieBranch, n_consequences);
  const char *barriers[] = { "Dobbeltkontroll", "Opplæring", "Sjekkliste", NULL };
  LkBowtie bowtie = { "Feil legemiddel gitt", causes, n_causes, consequences, n_consequences };
  LkBowtieLayout layout;
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  barriers[MIN (n_barriers, 3)] = NULL;
  for (guint i = 0; i < n_causes; i++)
    causes[i] = (LkBowtieBranch) { "Travelt på vakt", i % 2 ? barriers : NULL };
  for (guint i = 0; i < n_consequences; i++)
    consequences[i] = (LkBowtieBranch) { "Bruker blir syk", barriers };

  lk_chart_bowtie_layout (&bowtie, width, height, &layout);
  g_assert_cmpuint (layout.causes->len, ==, n_causes);
  g_assert_cmpuint (layout.consequences->len, ==, n_consequences);
  g_assert_cmpuint (layout.barriers->len, ==, (n_causes / 2 + n_consequences) * MIN (n_barriers, 3));

  g_ptr_array_add (all, &layout.top);
  for (guint i = 0; i < layout.causes->len; i++)
    g_ptr_array_add (all, &g_array_index (layout.causes, LkRect, i));
  for (guint i = 0; i < layout.consequences->len; i++)
    g_ptr_array_add (all, &g_array_index (layout.consequences, LkRect, i));
  for (guint i = 0; i < layout.barriers->len; i++)
    {
      LkBowtieBarrier *b = &g_array_index (layout.barriers, LkBowtieBarrier, i);

      g_ptr_array_add (all, &b->rect);
      /* A preventive barrier sits between its cause and the top event */
      if (b->preventive)
        {
          LkRect *cause = &g_array_index (layout.causes, LkRect, b->branch);

          g_assert_cmpfloat (b->rect.x, >=, cause->x + cause->width);
          g_assert_cmpfloat (b->rect.x + b->rect.width, <=, layout.top.x);
        }
      else
        {
          LkRect *consequence = &g_array_index (layout.consequences, LkRect, b->branch);

          g_assert_cmpfloat (b->rect.x, >=, layout.top.x + layout.top.width);
          g_assert_cmpfloat (b->rect.x + b->rect.width, <=, consequence->x);
        }
    }

  /* Everything inside, nothing overlapping */
  for (guint i = 0; i < all->len; i++)
    {
      LkRect *r = g_ptr_array_index (all, i);

      g_assert_cmpfloat (r->x, >=, 0);
      g_assert_cmpfloat (r->y, >=, 0);
      g_assert_cmpfloat (r->x + r->width, <=, width);
      g_assert_cmpfloat (r->y + r->height, <=, height);
      for (guint j = 0; j < i; j++)
        g_assert_false (rects_overlap (r, g_ptr_array_index (all, j)));
    }

  lk_chart_bowtie_layout_clear (&layout);
}

static guint
unfit_texts (const LkBowtie *bowtie,
             double          width,
             double          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)width, (int)height);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;
  guint unfit;

  lk_chart_style_init (&style, FALSE);
  unfit = lk_chart_bowtie_draw (cr, width, height, bowtie, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return unfit;
}

/* The handbook's medication bowtie with its real words: no text is broken
 * inside a word or cut, in the editor (about 560 × 320), on a PDF page
 * (770 × 480), and with 40 branches given their height. */
static void
test_bowtie_text (void)
{
  const char *b1[] = { "Fast rapportrutine", "Sjekkliste ved utdeling", NULL };
  const char *b2[] = { "Kontroll mot legemiddelliste", NULL };
  const char *b3[] = { "Opplæring før første vakt", "Dobbeltkontroll", NULL };
  const char *m1[] = { "Legevakt varsles straks", NULL };
  const char *m2[] = { "Oppfølging av fastlege", NULL };
  const char *m3[] = { "Åpen samtale med pårørende", NULL };
  LkBowtieBranch causes[] = { { "Travelt vaktskifte", b1 }, { "Multidose ikke kontrollert", b2 },
                              { "Nye vikarer", b3 } };
  LkBowtieBranch consequences[] = { { "Bruker blir syk", m1 }, { "Innleggelse på sykehus", m2 },
                                    { "Svekket tillit hos pårørende", m3 } };
  LkBowtie bowtie = { "Feil legemiddel gitt", causes, 3, consequences, 3 };
  LkBowtieBranch many[40];
  LkBowtie crowded = { "Feil legemiddel gitt", many, 40, many, 40 };

  g_assert_cmpuint (unfit_texts (&bowtie, 560, 320), ==, 0);
  g_assert_cmpuint (unfit_texts (&bowtie, 770, 480), ==, 0);
  g_assert_cmpuint (unfit_texts (&bowtie, 1200, 500), ==, 0);
  for (guint i = 0; i < 40; i++)
    many[i] = (LkBowtieBranch) { i % 2 ? "Multidose ikke kontrollert" : "Nye vikarer", b3 };
  g_assert_cmpuint (unfit_texts (&crowded, 1000, 40 * 64), ==, 0);
  /* And the check can fail: a box far too small cuts its text */
  g_assert_cmpuint (unfit_texts (&bowtie, 200, 120), >, 0);
}

static void
test_bowtie (void)
{
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  const char *barriers[] = { "Dobbeltkontroll", "Opplæring", NULL };
  LkBowtieBranch causes[] = { { "Travelt på vakt", barriers }, { "Ny medarbeider", NULL },
                              { "Uklar rutine", barriers } };
  LkBowtieBranch consequences[] = { { "Bruker blir syk", barriers }, { "Avvik og tilsyn", NULL } };
  LkBowtie bowtie = { "Feil legemiddel gitt", causes, 3, consequences, 2 };

  check_bowtie (3, 2, 2, 1000, 500);
  check_bowtie (1, 1, 0, 400, 200);
  check_bowtie (20, 20, 3, 1920, 1080);
  check_bowtie (40, 40, 1, 1000, 700);

  lk_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, 500);
  cr = cairo_create (surface);
  lk_chart_set_color (cr, &style.background);
  cairo_paint (cr);
  lk_chart_bowtie_draw (cr, 1000, 500, &bowtie, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* What the layout places is drawn there: the top event, every cause and
   * consequence box, every barrier; the margin stays empty. */
  {
    LkBowtieLayout layout;
    LkRect corner = { 0, 0, 8, 8 };
    LkRect menu = { 1000 - LK_CHART_MENU_SIZE, 0, LK_CHART_MENU_SIZE, LK_CHART_MENU_SIZE };
    g_autofree char *png = artifact_path ("bowtie-test.png");

    /* The chart's menu corner is left empty */
    g_assert_cmpfloat (ink_in (surface, &menu, &style.background), ==, 0.0);

    lk_chart_bowtie_layout (&bowtie, 1000, 500, &layout);
    g_assert_cmpfloat (ink_in (surface, &layout.top, &style.background), >, 0.3);
    for (guint i = 0; i < layout.causes->len; i++)
      g_assert_cmpfloat (ink_in (surface, &g_array_index (layout.causes, LkRect, i),
                                 &style.background), >, 0.03);
    for (guint i = 0; i < layout.consequences->len; i++)
      g_assert_cmpfloat (ink_in (surface, &g_array_index (layout.consequences, LkRect, i),
                                 &style.background), >, 0.03);
    g_assert_cmpuint (layout.barriers->len, >, 0);
    for (guint i = 0; i < layout.barriers->len; i++)
      g_assert_cmpfloat (ink_in (surface, &g_array_index (layout.barriers, LkBowtieBarrier, i).rect,
                                 &style.background), >, 0.03);
    g_assert_cmpfloat (ink_in (surface, &corner, &style.background), ==, 0);
    lk_chart_bowtie_layout_clear (&layout);

    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
  }
  cairo_surface_destroy (surface);
}

/* --- fishbone ------------------------------------------------------------ */

static const char *fishbone_words[] = {
  "tid", "rutiner", "Kvalitetsforbedringsarbeidet", "ledelse", "vikarer", "turnus", "opplæring",
  "Pasientsikkerhetsprogrammet", "tavlemøte", "oppfølging", "for", "lite", "ikke", "nok", "ansatte",
  "brukeren", "kommunikasjon", "Medarbeiderundersøkelsen", "uklare", "mål", "og", "ansvar",
};

static char *
random_text (GRand *rand)
{
  GString *text = g_string_new (NULL);
  guint words = g_rand_int_range (rand, 1, 12);

  for (guint i = 0; i < words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, fishbone_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (fishbone_words))]);
    }

  return g_string_free (text, FALSE);
}

static void
random_children (LkFishbone *fb,
                 LkCause    *parent,
                 guint       depth,
                 guint      *budget,
                 GRand      *rand)
{
  guint n = depth == 1 ? g_rand_int_range (rand, 0, 16) : g_rand_int_range (rand, 0, 4);
  LkCause *last = NULL;

  for (guint i = 0; i < n && *budget > 0; i++)
    {
      g_autofree char *text = random_text (rand);
      LkCause *node = lk_cause_new (text);

      node->parent = parent;
      g_list_store_append (parent->children, node);
      node->root = g_rand_int_range (rand, 0, 10) == 0;
      node->votes = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 1, 12) : 0;
      (*budget)--;
      if (depth < 4 && g_rand_boolean (rand))
        random_children (fb, node, depth + 1, budget, rand);
      node->collapsed = lk_cause_count (node) > 1 && g_rand_int_range (rand, 0, 8) == 0;
      last = node;
      g_object_unref (node);
    }
  (void) last;
}

static LkFishbone *
random_fishbone (guint  seed,
                 guint  max_causes)
{
  GRand *rand = g_rand_new_with_seed (seed);
  LkFishbone *fb = lk_fishbone_new (NULL, "2026-04-20", seed % 3 == 0 ? LK_CATEGORIES_LEAN
                                                         : seed % 3 == 1 ? LK_CATEGORIES_6M
                                                         : LK_CATEGORIES_SERVICE);
  guint budget = max_causes;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fb->categories));

  if (seed % 2)
    {
      g_free (fb->problem);
      fb->problem = g_strdup ("Hvorfor tar det så lang tid før nye medarbeidere føler seg trygge i jobben?");
    }
  fb->head_left = seed % 4 == 1;
  for (guint round = 0; budget > 0 && round < 40; round++)
    for (guint i = 0; i < n && budget > 0; i++)
      {
        g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (fb->categories), i);

        random_children (fb, category, 1, &budget, rand);
      }
  g_rand_free (rand);

  return fb;
}

static gboolean
overlaps (const LkRect *a,
          const LkRect *b)
{
  return a->x < b->x + b->width - 0.5 && b->x < a->x + a->width - 0.5 &&
         a->y < b->y + b->height - 0.5 && b->y < a->y + a->height - 0.5;
}

/* Whether a segment passes through a rectangle's inside (shrunk by half
 * a line, so touching an edge is not crossing) */
static gboolean
segment_crosses (double        x0,
                 double        y0,
                 double        x1,
                 double        y1,
                 const LkRect *r)
{
  LkRect in = { r->x + 0.75, r->y + 0.75, r->width - 1.5, r->height - 1.5 };

  for (guint i = 0; i <= 64; i++)
    {
      double t = i / 64.0;

      if (lk_rect_contains (&in, x0 + t * (x1 - x0), y0 + t * (y1 - y0)))
        return TRUE;
    }

  return FALSE;
}

static guint
count_shown (GListStore *nodes)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes)), count = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);

      count += 1 + (node->collapsed ? 0 : count_shown (node->children));
    }

  return count;
}

static void
assert_fishbone_layout (LkFishbone             *fb,
                        const LkFishboneLayout *layout)
{
  g_autoptr(GPtrArray) rects = g_ptr_array_new ();
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);
  guint categories = g_list_model_get_n_items (G_LIST_MODEL (fb->categories));
  guint shown = 0;
  LkRect canvas = { -0.5, -0.5, layout->width + 1, layout->height + 1 };

  /* Every cause shown once; folded ones not at all */
  for (guint i = 0; i < categories; i++)
    {
      g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (fb->categories), i);

      shown += count_shown (category->children);
    }
  g_assert_cmpuint (layout->items->len, ==, shown);
  g_assert_cmpuint (layout->bones->len, ==, categories);
  for (guint i = 0; i < layout->items->len; i++)
    g_assert_true (g_hash_table_add (drawn, g_array_index (layout->items, LkFishboneItem, i).node));

  g_ptr_array_add (rects, (gpointer) &layout->head);
  for (guint i = 0; i < layout->bones->len; i++)
    g_ptr_array_add (rects, &g_array_index (layout->bones, LkFishboneBone, i).label);
  for (guint i = 0; i < layout->items->len; i++)
    g_ptr_array_add (rects, &g_array_index (layout->items, LkFishboneItem, i).box);

  /* No text over another, all on the canvas */
  for (guint i = 0; i < rects->len; i++)
    {
      const LkRect *a = g_ptr_array_index (rects, i);

      g_assert_true (lk_rect_contains (&canvas, a->x, a->y) &&
                     lk_rect_contains (&canvas, a->x + a->width, a->y + a->height));
      for (guint j = 0; j < i; j++)
        if (overlaps (a, g_ptr_array_index (rects, j)))
          g_error ("texts %u and %u overlap", i, j);
    }

  /* No bone, link or stem through a text but its own */
  for (guint r = 0; r < rects->len; r++)
    {
      const LkRect *rect = g_ptr_array_index (rects, r);

      if (r > 0 && segment_crosses (layout->spine_x0, layout->spine_y, layout->spine_x1, layout->spine_y, rect))
        g_error ("the spine crosses text %u", r);
      for (guint i = 0; i < layout->bones->len; i++)
        {
          const LkFishboneBone *bone = &g_array_index (layout->bones, LkFishboneBone, i);

          if (rect != &bone->label && segment_crosses (bone->x0, bone->y0, bone->x1, bone->y1, rect))
            g_error ("bone %u crosses text %u", i, r);
        }
      for (guint i = 0; i < layout->items->len; i++)
        {
          const LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, i);

          if (rect != &item->box &&
              segment_crosses (item->link_x0, item->link_y, item->link_x1, item->link_y, rect))
            g_error ("the link of cause %u crosses text %u", i, r);
          if (item->stem_y1 != item->stem_y0 && rect != &item->box &&
              segment_crosses (item->stem_x, item->stem_y0, item->stem_x1, item->stem_y1, rect))
            g_error ("the stem of cause %u crosses text %u", i, r);
        }
    }
}

/* Six categories of fifteen causes on three levels, random analyses up to
 * 300 causes with long Norwegian words, both head sides: nothing overlaps,
 * every cause is drawn once, and the same analysis lays out the same */
static void
test_fishbone_layout (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  for (guint seed = 1; seed <= 30; seed++)
    {
      g_autoptr(LkFishbone) fb = random_fishbone (seed, seed == 1 ? 90 : g_random_int_range (1, 301));
      LkFishboneLayout layout, again;

      lk_chart_fishbone_layout (cr, &style, fb, &layout);
      assert_fishbone_layout (fb, &layout);
      lk_chart_fishbone_layout (cr, &style, fb, &again);
      g_assert_cmpfloat (layout.width, ==, again.width);
      g_assert_cmpfloat (layout.height, ==, again.height);
      g_assert_cmpuint (layout.items->len, ==, again.items->len);
      g_assert_cmpint (memcmp (layout.items->data, again.items->data,
                               layout.items->len * sizeof (LkFishboneItem)), ==, 0);
      /* A hit on a box finds its cause */
      if (layout.items->len > 0)
        {
          const LkFishboneItem *item = &g_array_index (layout.items, LkFishboneItem, layout.items->len / 2);

          g_assert_true (lk_chart_fishbone_hit (&layout, item->box.x + 2, item->box.y + 2) == item->node);
        }
      lk_chart_fishbone_layout_clear (&layout);
      lk_chart_fishbone_layout_clear (&again);
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A small analysis, drawn: the head, every cause and the root cause's red
 * frame are where the layout says; for the eye, light and dark */
static void
test_fishbone_render (void)
{
  g_autoptr(LkFishbone) fb = lk_fishbone_new (NULL, "2026-04-20", LK_CATEGORIES_LEAN);
  g_autoptr(GPtrArray) nodes = lk_fishbone_parse_outline ("Tavlemøtene blir avlyst\n\tTravle morgener\n"
                                                           "\t\tFor få på vakt\n\tLederen er ofte borte\n"
                                                           "Forbedringsforslag blir liggende\n", NULL);
  g_autoptr(LkCause) leadership = g_list_model_get_item (G_LIST_MODEL (fb->categories), 0);
  LkCause *first = g_ptr_array_index (nodes, 0), *second = g_ptr_array_index (nodes, 1);
  LkFishboneLayout layout;
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  lk_fishbone_paste (fb, leadership, nodes);
  g_assert_true (lk_fishbone_indent (fb, first));
  g_assert_true (lk_fishbone_indent (fb, second));
  first->root = TRUE;
  first->votes = 5;

  for (guint dark = 0; dark < 2; dark++)
    {
      g_autofree char *png = artifact_path (dark ? "fishbone-dark.png" : "fishbone-light.png");

      lk_chart_style_init (&style, dark);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1400, 700);
      cr = cairo_create (surface);
      lk_chart_set_color (cr, &style.background);
      cairo_paint (cr);
      lk_chart_fishbone_layout (cr, &style, fb, &layout);
      lk_chart_fishbone_draw_layout (cr, &layout, fb, &style);
      cairo_surface_flush (surface);

      g_assert_cmpfloat (layout.width, <=, 1400);
      g_assert_cmpfloat (ink_in (surface, &layout.head, &style.background), >, 0.5);
      for (guint i = 0; i < layout.items->len; i++)
        {
          const LkFishboneItem *item = &g_array_index (layout.items, LkFishboneItem, i);

          g_assert_cmpfloat (ink_in (surface, &item->box, &style.background), >, 0.02);
          if (item->node == first)
            {
              LkColor px;

              /* The frame's line, anti-aliased: red dominates */
              pixel_at (surface, item->box.x + item->box.width / 2, item->box.y, &px);
              g_assert_cmpfloat (px.r - MAX (px.g, px.b), >, 0.25);
            }
        }
      g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
      lk_chart_fishbone_layout_clear (&layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }

  /* For the eye: 300 causes fitted to a screen, as a file would be */
  {
    g_autoptr(LkFishbone) big = random_fishbone (7, 300);
    g_autofree char *png = artifact_path ("fishbone-300.png");

    lk_chart_style_init (&style, FALSE);
    surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
    cr = cairo_create (surface);
    lk_chart_set_color (cr, &style.background);
    cairo_paint (cr);
    lk_chart_fishbone_draw (cr, 1920, 1080, big, &style);
    g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/bars/geometry", test_bar_geometry);
  g_test_add_func ("/charts/bars/render-light", test_render_light);
  g_test_add_func ("/charts/bars/render-dark", test_render_dark);
  g_test_add_func ("/charts/export", test_export);
  g_test_add_func ("/charts/timeline", test_timeline);
  g_test_add_func ("/charts/heatmap/layout", test_heatmap_layout);
  g_test_add_func ("/charts/heatmap/render", test_heatmap_render);
  g_test_add_func ("/charts/bowtie", test_bowtie);
  g_test_add_func ("/charts/bowtie-text", test_bowtie_text);
  g_test_add_func ("/charts/heatmap-random", test_heatmap_random);
  g_test_add_func ("/charts/fishbone-layout", test_fishbone_layout);
  g_test_add_func ("/charts/fishbone-render", test_fishbone_render);
  g_test_add_func ("/charts/heatmap-example-arrows", test_heatmap_example_arrows);

  return g_test_run ();
}
