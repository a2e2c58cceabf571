/* test-ten-factor-charts.c: the 10-faktor charts' geometry and pixels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-chart-export.h"
#include "lk-chart-ten-factor.h"
#include "lk-chart-test-util.h"
#include "lk-example.h"
#include "lk-test-util.h"

typedef struct
{
  char          *dir;
  LkStore       *store;
  GPtrArray     *rounds;
  LkSurveyRound *latest;     /* the example unit, 2025 */
  LkSurveyRound *previous;   /* 2023 */
  LkSurveyRound *night;      /* hidden: two answered */
  GPtrArray     *unit;       /* the example unit's rounds */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = lk_test_tmpdir ();
  f->store = lk_test_open_store (f->dir, "charts.db");
  g_assert_true (lk_example_load (f->store, "2026-05-10", &error));
  f->rounds = lk_store_list_survey_rounds (f->store, &error);
  g_assert_no_error (error);
  f->unit = g_ptr_array_new ();
  for (guint i = 0; i < f->rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (f->rounds, i);

      if (g_str_equal (r->unit, "Natt"))
        f->night = r;
      else
        {
          g_ptr_array_add (f->unit, r);
          if (r->year == 2025)
            f->latest = r;
          else if (r->year == 2023)
            f->previous = r;
        }
    }
  g_assert_nonnull (f->latest);
  g_assert_nonnull (f->night);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_ptr_array_unref (f->unit);
  g_ptr_array_unref (f->rounds);
  g_clear_object (&f->store);
  lk_test_rmtree (f->dir);
  g_free (f->dir);
}

static cairo_surface_t *
render (int       which,
        Fixture  *f,
        LkSurveyRound *round,
        double    width,
        double    height,
        gboolean  dark,
        LkChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  lk_chart_style_init (style, dark);
  lk_chart_set_color (cr, &style->background);
  cairo_paint (cr);
  if (which == 0)
    lk_chart_ten_factor_round_draw (cr, width, height, round, f->previous, 3, style);
  else if (which == 1)
    lk_chart_ten_factor_trend_draw (cr, width, height, f->unit, style);
  else
    lk_chart_ten_factor_spread_draw (cr, width, height, round, 3, style);
  cairo_destroy (cr);

  return surface;
}

static gboolean
rects_overlap (const LkRect *a,
               const LkRect *b)
{
  return a->x < b->x + b->width - 0.01 && b->x < a->x + a->width - 0.01 &&
         a->y < b->y + b->height - 0.01 && b->y < a->y + a->height - 0.01;
}

static cairo_surface_t *
render_trend (GPtrArray    *rounds,
              LkChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 800, 600);
  cairo_t *cr = cairo_create (surface);

  lk_chart_style_init (style, FALSE);
  lk_chart_ten_factor_trend_draw (cr, 800, 600, rounds, style);
  cairo_destroy (cr);

  return surface;
}

/* Bars end at their means, marks sit at their values, rows stack inside
 * the chart, and pointing at a row finds its factor */
static void
test_round_geometry (Fixture       *f,
                     gconstpointer  data)
{
  static const double sizes[][2] = { { 1920, 1080 }, { 1100, 700 }, { 360, 640 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      LkTfRoundLayout l;

      lk_chart_ten_factor_round_layout (f->latest, f->previous, sizes[s][0], sizes[s][1], &l);
      g_assert_false (l.hidden);
      g_assert_cmpfloat (l.x1, <, l.x5);
      g_assert_cmpfloat (l.x5, <=, sizes[s][0]);
      g_assert_cmpfloat (l.legend.y + l.legend.height, <=, sizes[s][1] + 1);
      for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
        {
          const LkFactorResult *r = lk_survey_round_get_result (f->latest, i + 1);
          LkSurveyComparison *c = lk_survey_round_get_comparison (f->latest, LK_COMPARISON_MUNICIPALITY);
          double cy = l.labels[i].y + l.labels[i].height / 2;

          g_assert_cmpfloat_with_epsilon (l.bars[i].x + l.bars[i].width, lk_chart_ten_factor_x (&l, r->mean), 1e-6);
          g_assert_cmpfloat_with_epsilon (l.marks[i][LK_COMPARISON_MUNICIPALITY], lk_chart_ten_factor_x (&l, c->means[i]), 1e-6);
          g_assert_cmpfloat_with_epsilon (l.marks[i][LK_TF_MARK_PREVIOUS],
                                          lk_chart_ten_factor_x (&l, f->previous->results[i].mean), 1e-6);
          g_assert_cmpint (lk_chart_ten_factor_row_at (&l, l.x1 + 5, cy), ==, i + 1);
          if (i > 0)
            g_assert_false (rects_overlap (&l.bars[i], &l.bars[i - 1]));
          g_assert_false (rects_overlap (&l.labels[i], &l.bars[i]));
        }
      g_assert_cmpint (lk_chart_ten_factor_row_at (&l, l.x1, l.plot.y - 2), ==, 0);
      g_assert_cmpfloat_with_epsilon (lk_chart_ten_factor_x (&l, 1.0), l.x1, 1e-9);
      g_assert_cmpfloat_with_epsilon (lk_chart_ten_factor_x (&l, 5.0), l.x5, 1e-9);
    }
}

/* Drawn, the bars are there in the bar colour, light and dark; a hidden
 * round has no bar and no value anywhere, only why */
static void
test_round_pixels (Fixture       *f,
                   gconstpointer  data)
{
  for (guint dark = 0; dark < 2; dark++)
    {
      LkChartStyle style;
      LkTfRoundLayout l;
      cairo_surface_t *surface = render (0, f, f->latest, 1100, 700, dark, &style);
      cairo_surface_t *hidden = NULL;
      g_autofree char *path = artifact_path (dark ? "ten-factor-round-dark.png" : "ten-factor-round.png");
      LkColor px;
      LkRect plot;

      lk_chart_ten_factor_round_layout (f->latest, f->previous, 1100, 700, &l);
      for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
        {
          /* The bar's first quarter: no mark can be there (all values are above 3) */
          pixel_at (surface, l.bars[i].x + l.bars[i].width * 0.25, l.bars[i].y + l.bars[i].height / 2, &px);
          assert_color (&px, &style.blue);
        }
      cairo_surface_write_to_png (surface, path);

      hidden = render (0, f, f->night, 1100, 700, dark, &style);
      plot = l.plot;
      plot.height /= 3;
      /* Nothing in the top third of the rows, where bars would start */
      plot.x = l.x1;
      plot.width = (l.x5 - l.x1) / 2;
      g_assert_cmpfloat (ink_in (hidden, &plot, &style.background), <, 0.001);
      g_clear_pointer (&path, g_free);
      path = artifact_path (dark ? "ten-factor-hidden-dark.png" : "ten-factor-hidden.png");
      cairo_surface_write_to_png (hidden, path);
      cairo_surface_destroy (hidden);
      cairo_surface_destroy (surface);
    }
}

/* Small multiples: one scale for all, cells apart, every round on its
 * year, and 4.0 and 4.5 on the scale */
static void
test_trend (Fixture       *f,
            gconstpointer  data)
{
  static const double sizes[][2] = { { 1920, 1080 }, { 800, 1000 }, { 360, 1400 } };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      LkTfTrendLayout l;
      LkChartStyle style;
      cairo_surface_t *surface;
      g_autofree char *path = NULL;

      lk_chart_ten_factor_trend_layout (f->unit, sizes[s][0], sizes[s][1], &l);
      g_assert_cmpint (l.first_year, ==, 2021);
      g_assert_cmpint (l.last_year, ==, 2025);
      g_assert_cmpfloat (l.lo, <=, 3.5);
      g_assert_cmpfloat (l.hi, >=, 4.6);
      g_assert_cmpfloat (l.hi, <=, 5.0);
      for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
        {
          for (guint j = 0; j < i; j++)
            g_assert_false (rects_overlap (&l.cells[i], &l.cells[j]));
          g_assert_cmpfloat (l.plots[i].x, >=, l.cells[i].x);
          g_assert_cmpfloat (l.plots[i].x + l.plots[i].width, <=, l.cells[i].x + l.cells[i].width + 0.01);
          g_assert_cmpfloat (lk_chart_ten_factor_trend_y (&l, i + 1, 4.5), <, lk_chart_ten_factor_trend_y (&l, i + 1, 4.0));
          g_assert_cmpfloat (lk_chart_ten_factor_trend_x (&l, i + 1, 2021), <, lk_chart_ten_factor_trend_x (&l, i + 1, 2023));
          g_assert_cmpfloat (lk_chart_ten_factor_trend_y (&l, i + 1, l.lo), <=, l.plots[i].y + l.plots[i].height + 1e-6);
        }
      g_assert_cmpuint (l.columns, ==, (s == 0 ? 5u : s == 1 ? 2u : 1u));

      surface = render (1, f, NULL, sizes[s][0], sizes[s][1], s == 2, &style);
      /* The unit's own point for factor 1 in 2025, in its colour */
      {
        LkColor px;

        pixel_at (surface, lk_chart_ten_factor_trend_x (&l, 1, 2025),
                  lk_chart_ten_factor_trend_y (&l, 1, f->latest->results[0].mean), &px);
        assert_color (&px, &style.blue);
      }
      /* Drawing leaves the caller's rounds alone, also from an array that
       * owns them */
      if (s == 0)
        {
          g_autoptr(GPtrArray) owning = g_ptr_array_new_with_free_func (g_object_unref);
          LkChartStyle st;

          for (guint i = 0; i < f->unit->len; i++)
            g_ptr_array_add (owning, g_object_ref (g_ptr_array_index (f->unit, i)));
          cairo_surface_destroy (render_trend (owning, &st));
          for (guint i = 0; i < owning->len; i++)
            g_assert_true (LK_IS_SURVEY_ROUND (g_ptr_array_index (owning, i)));
          g_assert_cmpuint (G_OBJECT (g_ptr_array_index (owning, 0))->ref_count, ==, 2);
        }
      path = artifact_path (s == 0 ? "ten-factor-trend.png" : s == 1 ? "ten-factor-trend-800.png"
                                                                     : "ten-factor-trend-360-dark.png");
      cairo_surface_write_to_png (surface, path);
      cairo_surface_destroy (surface);
    }
}

/* Diverging bars: the middle of answer 3 on the centre line, 1–2 left of
 * it and 4–5 right, each as long as its share */
static void
test_spread (Fixture       *f,
             gconstpointer  data)
{
  LkTfSpreadLayout l;
  LkChartStyle style;
  cairo_surface_t *surface;
  g_autofree char *path = artifact_path ("ten-factor-spread.png");

  lk_chart_ten_factor_spread_layout (f->latest, 1100, 700, &l);
  g_assert_true (l.any);
  for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
    {
      const LkRect *seg = l.segments[i];
      const LkFactorResult *r = lk_survey_round_get_result (f->latest, i + 1);

      g_assert_cmpfloat_with_epsilon (seg[2].x + seg[2].width / 2, l.centre, 1e-6);
      for (guint a = 1; a < 5; a++)
        g_assert_cmpfloat_with_epsilon (seg[a].x, seg[a - 1].x + seg[a - 1].width, 1e-6);
      for (guint a = 0; a < 5; a++)
        g_assert_cmpfloat_with_epsilon (seg[a].width, lk_factor_result_share (r, a + 1) * l.scale, 1e-6);
      g_assert_cmpfloat (seg[0].x, >=, l.plot.x - 1e-6);
      g_assert_cmpfloat (seg[4].x + seg[4].width, <=, l.plot.x + l.plot.width + 1e-6);
    }

  /* Neutral colours, ordered by lightness from each end to the middle */
  for (guint dark = 0; dark < 2; dark++)
    {
      LkChartStyle s;
      double lum[5];

      lk_chart_style_init (&s, dark);
      for (guint a = 1; a <= 5; a++)
        {
          const LkColor *c = lk_chart_ten_factor_answer_color (&s, a);

          lum[a - 1] = 0.3 * c->r + 0.59 * c->g + 0.11 * c->b;
          /* Neither red nor green: no channel far above the others but blue */
          g_assert_cmpfloat (c->r, <=, c->b + 0.05);
          g_assert_cmpfloat (c->g, <=, c->b + 0.05);
        }
      g_assert_cmpfloat (fabs (lum[0] - lum[1]), >, 0.1);
      g_assert_cmpfloat (fabs (lum[3] - lum[4]), >, 0.1);
      g_assert_cmpfloat (fabs (lum[1] - lum[2]), >, 0.1);
    }

  surface = render (2, f, f->latest, 1100, 700, FALSE, &style);
  {
    LkColor px;
    const LkRect *seg = &l.segments[0][3];

    pixel_at (surface, seg->x + 2, seg->y + 2, &px);
    assert_color (&px, lk_chart_ten_factor_answer_color (&style, 4));
  }
  cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);

  /* Hidden: nothing of it */
  lk_chart_ten_factor_spread_layout (f->night, 1100, 700, &l);
  g_assert_false (l.any);
}

static void
draw_round_file (cairo_t            *cr,
                 double              width,
                 double              height,
                 const LkChartStyle *style,
                 gpointer            data)
{
  lk_chart_ten_factor_round_draw (cr, width, height, data, NULL, 3, style);
}

/* A PDF of a round whose results a part of its unit would reveal: the
 * reason is in it, none of the numbers; the unit's own PDF has them */
static void
test_hidden_in_pdf (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "pdf.db");
  g_autoptr(LkSurveyRound) unit = lk_survey_round_new (2025, "Sone nord");
  g_autoptr(LkSurveyRound) part = lk_survey_round_new (2025, "Natt");
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) error = NULL;

  unit->respondents = 12;
  part->respondents = 10;
  g_free (part->part_of);
  part->part_of = g_strdup ("Sone nord");
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      unit->results[f].mean = 4.25;
      part->results[f].mean = 2.75;
    }
  g_assert_true (lk_store_save_survey_round (store, unit, &error));
  g_assert_true (lk_store_save_survey_round (store, part, &error));
  rounds = lk_store_list_survey_rounds (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (rounds, i);
      g_autofree char *path = g_build_filename (dir, round->unit, NULL);
      g_autofree char *text = NULL;

      g_assert_true (lk_chart_export (path, LK_CHART_FORMAT_PDF, 842, 595, draw_round_file, round, &error));
      g_assert_no_error (error);
      text = lk_test_pdf_text (path);
      if (g_str_equal (round->unit, "Natt"))
        {
          g_assert_nonnull (strstr (text, "Not shown"));
          g_assert_null (strstr (text, "2.75"));
          g_assert_null (strstr (text, "2.8"));
        }
      else
        g_assert_nonnull (strstr (text, "4.25"));
    }
  lk_test_rmtree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/ten-factor-charts/round-geometry", Fixture, NULL, fixture_set_up, test_round_geometry,
              fixture_tear_down);
  g_test_add ("/ten-factor-charts/round-pixels", Fixture, NULL, fixture_set_up, test_round_pixels,
              fixture_tear_down);
  g_test_add ("/ten-factor-charts/trend", Fixture, NULL, fixture_set_up, test_trend, fixture_tear_down);
  g_test_add ("/ten-factor-charts/spread", Fixture, NULL, fixture_set_up, test_spread, fixture_tear_down);
  g_test_add_func ("/ten-factor-charts/hidden-in-pdf", test_hidden_in_pdf);

  return g_test_run ();
}
