/* lederkompass-bench: figures for the targets in the issues
 *
 *   lederkompass-bench --generate-db PATH    write the large database
 *   lederkompass-bench [--db PATH]           time the model, io and charts
 *   lederkompass-bench --startup             first frame and peak RSS against
 *                                            a minimal libadwaita window and
 *                                            GNOME Text Editor (measure-startup)
 *
 * Timings are medians of repeated runs; they are figures to read, not tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "lk-chart-measures.h"
#include "lk-chart-timeline.h"
#include "lk-chart-heatmap.h"
#include "lk-chart-fishbone.h"
#include "lk-chart-bowtie.h"
#include "lk-chart-breakdown.h"
#include "lk-masterplan.h"
#include "lk-plan-exchange.h"
#include "lk-brief-pages.h"
#include "lk-chart-ten-factor.h"
#include "lk-chart-year-wheel.h"
#include "lk-conversation.h"
#include "lk-ten-factor-import.h"
#include "lk-backup.h"
#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-log-model.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "bench-generate.h"

#define N_MEASURES 10000
#define N_ENTRIES  100000
#define RUNS       15

/* --entries: for a database generated here */
static int n_entries = N_ENTRIES;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

typedef void (*BenchFunc) (gpointer data);

static double
median_ms (BenchFunc func,
           gpointer  data,
           guint     runs)
{
  g_autofree double *times = g_new (double, runs);

  func (data); /* warm-up */
  for (guint i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      func (data);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, runs, sizeof *times, compare_double);

  return times[runs / 2];
}

/* The same, each run between an untimed @setup and @teardown */
static double
median_ms_between (BenchFunc setup,
                   BenchFunc func,
                   BenchFunc teardown,
                   gpointer  data,
                   guint     runs)
{
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i <= runs; i++)
    {
      gint64 t0;

      setup (data);
      t0 = g_get_monotonic_time ();
      func (data);
      /* The first run is the warm-up */
      if (i > 0)
        times[i - 1] = (g_get_monotonic_time () - t0) / 1000.0;
      teardown (data);
    }
  qsort (times, runs, sizeof *times, compare_double);

  return times[runs / 2];
}

typedef struct
{
  const char *path;
  guint       weekly[53];
  LkLogModel *log_model;
  LkStore    *store;
  LkMeasureCounts counts;
  char       *backup;
  gsize       backup_len;
  char       *tmpdir;
  LkStore    *import_store;  /* an empty database to import into */
} Bench;


/* --- Masterplan -------------------------------------------------------------- */

static LkMasterplan *bench_mp;

/* What opening the Masterplan costs before GTK makes its rows: the plan
 * loaded whole, rolled up, and the outline's filter walked */
static gboolean
count_visible (LkGoal   *goal,
               gpointer  data)
{
  if (!goal->archived && lk_goal_in_year (goal, 2026))
    (*(guint *) data)++;
  return TRUE;
}

/* The plans opened are freed after the timing: the page keeps its plan
 * until the next change, and frees the old one then */
static GPtrArray *opened_plans;

static void
bench_masterplan_open (gpointer data)
{
  Bench *b = data;
  LkMasterplan *mp = lk_store_load_masterplan (b->store, NULL);
  guint n = 0;

  g_assert (mp != NULL);
  lk_masterplan_roll_up (mp, 2026, 2);
  lk_masterplan_foreach (mp, count_visible, &n);
  g_ptr_array_add (opened_plans, mp);
}

static void
bench_masterplan_roll_up (gpointer data)
{
  lk_masterplan_roll_up (bench_mp, 2026, 2);
}

/* A node opened in the outline: its shown children listed for the row
 * model (the widest node: a priority area's 5, a level 4 goal's 4; the
 * level 1 goals under an area) */
static void
bench_masterplan_expand (gpointer data)
{
  g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (bench_mp->areas), 0);
  g_autoptr(GListStore) shown = g_list_store_new (LK_TYPE_GOAL);
  guint n = area->children->len;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkGoal) child = g_object_ref (g_ptr_array_index (area->children, i));

      if (!child->archived && lk_goal_in_year (child, 2026))
        g_list_store_append (shown, child);
    }
}

static LkBreakdownLayout breakdown_layout;

/* One priority area: 2,000 goals. Laid out (texts measured once and kept,
 * as the view does) and drawn fitted into 1920x1080, and at 1:1 where only
 * what is in view is drawn */
static void
breakdown_frame (gboolean fitted)
{
  g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (bench_mp->areas), 0);
  LkBreakdownOptions options = { bench_mp, area, 2026, NULL, NULL, FALSE };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;
  double scale, dx, dy;

  lk_chart_style_init (&style, FALSE);
  lk_chart_breakdown_layout (cr, &style, &options, &breakdown_layout);
  if (fitted)
    {
      lk_chart_breakdown_fit (&breakdown_layout, 1920, 1080, &scale, &dx, &dy);
      cairo_translate (cr, dx, dy);
      cairo_scale (cr, scale, scale);
    }
  else
    cairo_translate (cr, -breakdown_layout.width / 2, 0);
  lk_chart_breakdown_draw_layout (cr, &breakdown_layout, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_breakdown_fitted (gpointer data)
{
  breakdown_frame (TRUE);
}

static void
bench_breakdown_zoomed (gpointer data)
{
  breakdown_frame (FALSE);
}

static void
bench_breakdown_first (gpointer data)
{
  lk_chart_breakdown_layout_clear (&breakdown_layout);
  breakdown_frame (TRUE);
}

static char *exchange_doc;
static gsize exchange_len;

static void
bench_exchange_import (gpointer data)
{
  Bench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "exchange.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkPlanImport) import = NULL;
  int written = 0;

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  import = lk_plan_exchange_read (exchange_doc, exchange_len, &error);
  g_assert_no_error (error);
  g_assert (lk_plan_exchange_apply (store, import, &written, &error));
  g_assert (written == 10005);
}

static void
bench_open (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = lk_store_open (b->path, &error);
  LkMeasureCounts counts;

  g_assert_no_error (error);
  /* What the window does before its first frame */
  lk_store_count_measures (store, TODAY, &counts, NULL);
}

static void
bench_counts (gpointer data)
{
  Bench *b = data;

  lk_store_count_measures (b->store, TODAY, &b->counts, NULL);
}

static void
bench_list_all (gpointer data)
{
  Bench *b = data;
  g_autoptr(GListStore) list = lk_store_list_measures (b->store, NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
}

static void
bench_search (gpointer data)
{
  Bench *b = data;
  LkMeasureFilter filter;
  g_autoptr(GListStore) list = NULL;

  lk_measure_filter_init (&filter);
  filter.today = TODAY;
  filter.text = "øve på";
  list = lk_store_list_measures (b->store, &filter, NULL);
}

static void
bench_overdue (gpointer data)
{
  Bench *b = data;
  LkMeasureFilter filter;
  g_autoptr(GListStore) list = NULL;

  lk_measure_filter_init (&filter);
  filter.today = TODAY;
  filter.overdue_only = TRUE;
  filter.limit = 5;
  list = lk_store_list_measures (b->store, &filter, NULL);
}

static void
bench_chart (gpointer data)
{
  Bench *b = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_chart_measure_status_draw (cr, 1920, 1080, &b->counts, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_export (gpointer data)
{
  Bench *b = data;

  g_free (b->backup);
  b->backup = lk_backup_export (b->store, &b->backup_len, NULL);
}

/* As the window saves one: streamed into a private file */
static void
bench_export_file (gpointer data)
{
  Bench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "backup.json", NULL);
  g_autoptr(GError) error = NULL;

  lk_backup_export_file (b->store, path, &error);
  g_assert_no_error (error);
}

static void
remove_database (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);

      g_unlink (name);
    }
}

/* A new, empty database for each import, made and closed outside the
 * time: what is timed is what the user waits for */
static void
import_setup (gpointer data)
{
  Bench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "import.db", NULL);

  remove_database (path);
  b->import_store = lk_store_open (path, NULL);
  g_assert_nonnull (b->import_store);
}

static void
import_teardown (gpointer data)
{
  Bench *b = data;

  g_clear_object (&b->import_store);
}

/* As the window imports one: from the file, the text let go once parsed */
static void
bench_import_file (gpointer data)
{
  Bench *b = data;
  g_autofree char *file = g_build_filename (b->tmpdir, "backup.json", NULL);
  g_autoptr(GError) error = NULL;

  lk_backup_import_file_full (b->import_store, file, LK_BACKUP_REPLACE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

/* The most memory a restore takes, measured in a process of its own
 * (--import-into), which reports its own high-water mark: this one holds
 * the whole benchmark database */
static void
import_memory_figure (Bench *b)
{
  g_autofree char *path = g_build_filename (b->tmpdir, "import.db", NULL);
  g_autofree char *file = g_build_filename (b->tmpdir, "backup.json", NULL);
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { self, "--import-into", path, file, NULL };
  GStatBuf st;
  int status = 0;

  remove_database (path);
  g_assert_cmpint (g_stat (file, &st), ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_print ("%-44s %10.0f   (goal %.0f: 2.5 × the file)\n", "backup import, peak memory in MB",
           g_ascii_strtod (out, NULL) / 1024.0, 2.5 * st.st_size / (1024.0 * 1024.0));
}

static int
import_into (const char *db,
             const char *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = lk_store_open (db, &error);

  g_autofree char *status = NULL;
  const char *peak;

  if (store == NULL || !lk_backup_import_file_full (store, file, LK_BACKUP_REPLACE, NULL, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* The high-water mark of this process, in kB */
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (peak = strstr (status, "VmHWM:")) != NULL)
    g_print ("%" G_GUINT64_FORMAT "\n", g_ascii_strtoull (peak + strlen ("VmHWM:"), NULL, 10));

  return 0;
}

static void
bench_import (gpointer data)
{
  Bench *b = data;
  g_autoptr(GError) error = NULL;

  lk_backup_import (b->import_store, b->backup, b->backup_len, LK_BACKUP_REPLACE, &error);
  g_assert_no_error (error);
}

/* --- 10-faktor ----------------------------------------------------------------- */

static GPtrArray *tf_rounds;     /* of the database, with the rule applied */
static GPtrArray *tf_twenty;     /* one unit's twenty rounds */
static char *tf_csv;             /* 1,000 rounds, a row per factor */

static void
bench_tf_round (gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkSurveyRound *round = g_ptr_array_index (tf_rounds, 0);
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_chart_ten_factor_round_draw (cr, 1920, 1080, round, lk_survey_previous_round (tf_rounds, round), 3, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_tf_trend (gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_chart_ten_factor_trend_draw (cr, 1920, 1080, tf_twenty, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_tf_import (gpointer data)
{
  Bench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "ten-factor.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkTenFactorImport) import = NULL;

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  import = lk_ten_factor_read_csv (tf_csv, strlen (tf_csv), "bench.csv", &error);
  g_assert_no_error (error);
  g_assert (lk_ten_factor_apply (store, import, &error));
  g_assert_cmpuint (import->rounds->len, ==, 1000);
}

static void
ten_factor_figures (Bench *b)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) csv = g_string_new ("År;Enhet;Inviterte;Svar;Faktor;Snitt;1;2;3;4;5;Kommunen\r\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  tf_rounds = lk_store_list_survey_rounds (b->store, &error);
  if (tf_rounds == NULL || tf_rounds->len < 150)
    {
      g_print ("10-faktor: the database has no generated rounds; generate it again for these figures\n");
      g_clear_pointer (&tf_rounds, g_ptr_array_unref);
      return;
    }
  /* One unit over twenty rounds, as results move: a little each time */
  tf_twenty = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint y = 0; y < 20; y++)
    {
      LkSurveyRound *round = lk_survey_round_copy (g_ptr_array_index (tf_rounds, 0));
      LkSurveyRound *before = y > 0 ? g_ptr_array_index (tf_twenty, y - 1) : NULL;

      g_free (round->unit);
      round->unit = g_strdup ("Enhet");
      round->year = 2000 + y;
      for (guint f = 0; before && f < LK_TEN_FACTOR_N; f++)
        {
          round->results[f].mean = CLAMP (before->results[f].mean + g_rand_double_range (rand, -0.15, 0.15), 1, 5);
          for (guint k = 0; k < round->comparisons->len; k++)
            {
              LkSurveyComparison *c = g_ptr_array_index (round->comparisons, k);
              LkSurveyComparison *prior = g_ptr_array_index (before->comparisons, k);

              c->means[f] = CLAMP (prior->means[f] + g_rand_double_range (rand, -0.1, 0.1), 1, 5);
            }
        }
      g_ptr_array_add (tf_twenty, round);
    }
  for (guint r = 0; r < 1000; r++)
    for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
      g_string_append_printf (csv, "%u;Enhet %u;40;%u;%u;%.1f;2;4;8;12;%u;4,1\r\n", 2000 + r % 100, r / 100, 30, f,
                              g_rand_double_range (rand, 3.0, 5.0), 4);
  tf_csv = g_string_free (g_steal_pointer (&csv), FALSE);

  g_print ("10-faktor: %u rounds\n", tf_rounds->len);
  g_print ("%-44s %10.2f   (goal 4)\n", "10-faktor: a round's chart, 1920x1080", median_ms (bench_tf_round, b, RUNS));
  g_print ("%-44s %10.2f   (goal 4)\n", "10-faktor: 20 rounds over time, 1920x1080",
           median_ms (bench_tf_trend, b, RUNS));
  g_print ("%-44s %10.2f   (goal 300)\n", "10-faktor: import 1,000 rounds from CSV", median_ms (bench_tf_import, b, 3));
  g_clear_pointer (&tf_rounds, g_ptr_array_unref);
  g_clear_pointer (&tf_twenty, g_ptr_array_unref);
  g_clear_pointer (&tf_csv, g_free);
}

/* --- ROS-samtaler -------------------------------------------------------------------- */

static LkConversation *ros_conversation;
static GPtrArray *ros_wheel_items;

static void
bench_ros_assemble (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) items = lk_store_assemble_brief (b->store, ros_conversation, TODAY, NULL);

  g_assert (items != NULL && items->len > 0);
}

static void
bench_ros_pdf (gpointer data)
{
  Bench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "brief.pdf", NULL);
  LkBriefDocument doc = { ros_conversation, NULL, "Kari Nordmann", 3 };
  g_autoptr(GError) error = NULL;

  if (!lk_brief_write_pdf (&doc, path, &error))
    g_error ("%s", error->message);
}

static void
bench_ros_wheel (gpointer data)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkYearWheel wheel = { 2026, ros_wheel_items, TODAY };
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_chart_year_wheel_draw (cr, 1920, 1080, &style, &wheel);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_ros_wheel_items (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) items = lk_store_list_wheel_items (b->store, 2026, NULL);

  g_assert (items != NULL);
}

static void
conversation_figures (Bench *b)
{
  g_autoptr(GListStore) all = lk_store_list_conversations (b->store, 0, NULL);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *path = g_build_filename (b->tmpdir, "brief.pdf", NULL);
  guint n = all ? g_list_model_get_n_items (G_LIST_MODEL (all)) : 0;

  if (n < 200)
    {
      g_print ("ROS-samtaler: the database has no generated conversations; generate it again for these figures\n");
      return;
    }
  ros_conversation = lk_conversation_new ("Kari Nordmann", TODAY);
  g_free (ros_conversation->unit);
  ros_conversation->unit = g_strdup ("Hjemmetjenesten Nord");
  items = lk_store_assemble_brief (b->store, ros_conversation, TODAY, NULL);
  g_ptr_array_extend_and_steal (ros_conversation->brief, g_steal_pointer (&items));
  ros_wheel_items = lk_store_list_wheel_items (b->store, 2026, NULL);

  g_print ("ROS-samtaler: %u conversations; a brief of %u rows; %u årshjul items in 2026\n", n,
           ros_conversation->brief->len, ros_wheel_items->len);
  g_print ("%-44s %10.2f   (goal 300)\n", "ROS-samtale: assemble a brief", median_ms (bench_ros_assemble, b, RUNS));
  g_print ("%-44s %10.2f   (goal 1000)\n", "ROS-samtale: the brief as PDF", median_ms (bench_ros_pdf, b, 5));
  g_print ("%-44s %10.2f\n", "årshjul: a year's items from every area", median_ms (bench_ros_wheel_items, b, RUNS));
  g_print ("%-44s %10.2f   (goal 4)\n", "årshjul, a year of items, 1920x1080", median_ms (bench_ros_wheel, b, RUNS));
  g_unlink (path);
  g_clear_object (&ros_conversation);
  g_clear_pointer (&ros_wheel_items, g_ptr_array_unref);
}

static const char *search_words[] = { "r", "re", "ref", "refl", "tavle", "tavlemø", "tilbakemelding",
                                      "ny rekke", "forbedringsforslag" };
static guint search_index;

/* Each keystroke of typing a search, as the log page runs it */
static void
bench_search_log (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) hits = lk_store_search_log (b->store, search_words[search_index++ % G_N_ELEMENTS (search_words)],
                                                   50, NULL);

  g_assert_nonnull (hits);
}

/* Opening the log: the ids, and the rows of a first screen */
static void
bench_open_log (gpointer data)
{
  Bench *b = data;
  g_autoptr(LkLogModel) model = lk_log_model_new (b->store);

  lk_log_model_reload (model, NULL);
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(LkLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_assert_nonnull (entry);
    }
}

static void
bench_timeline_data (gpointer data)
{
  Bench *b = data;

  lk_store_count_log_per_week (b->store, 2026, b->weekly, NULL);
}

static void
bench_timeline_draw (gpointer data)
{
  Bench *b = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkTimelineMark marks[] = { { "2026-01-17", "Kick-off" }, { "2026-02-02", "Samling 1" },
                             { "2026-03-30", "Samling 2" }, { "2026-05-18", "Samling 3" },
                             { "2026-09-06", "Samling 4" }, { "2026-10-19", "Samling 5" },
                             { "2026-12-07", "Samling 6" }, { "2026-06-01", "Mål 1" },
                             { "2026-09-15", "Mål 2" }, { "2026-11-30", "Mål 3" } };
  LkTimeline timeline = { .year = 2026, .weekly = b->weekly, .gatherings = marks, .n_gatherings = 7,
                          .reviews = marks + 7, .n_reviews = 3, .today = TODAY };
  LkChartStyle style;

  lk_chart_style_init (&style, FALSE);
  lk_chart_timeline_draw (cr, 1920, 1080, &timeline, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_list_risk (gpointer data)
{
  Bench *b = data;
  g_autoptr(GPtrArray) list = lk_store_list_risk_assessments (b->store, NULL);

  g_assert (list != NULL);
}

/* The largest analysis (300 causes), laid out and drawn at 1920×1080 */
static void
bench_fishbone (gpointer data)
{
  static LkFishbone *fb;
  Bench *b = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;

  if (fb == NULL)
    {
      g_autoptr(GListStore) all = lk_store_list_fishbones (b->store, NULL);
      guint n = all ? g_list_model_get_n_items (G_LIST_MODEL (all)) : 0;

      for (guint i = 0; i < n && fb == NULL; i++)
        {
          g_autoptr(LkFishbone) header = g_list_model_get_item (G_LIST_MODEL (all), i);

          if (header->n_causes >= 300)
            fb = lk_store_get_fishbone (b->store, header->uuid, NULL);
        }
      if (fb == NULL)
        fb = lk_fishbone_new ("Tom", TODAY, LK_CATEGORIES_6M);
    }
  lk_chart_style_init (&style, FALSE);
  lk_chart_fishbone_draw (cr, 1920, 1080, fb, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* What one keystroke in the outline of the 300-cause analysis costs: the
 * text set, the diagram laid out for the view and drawn at its natural
 * size (the view draws it once per frame) */
static void
bench_fishbone_keystroke (gpointer data)
{
  static LkFishbone *fb;
  static LkCause *node;
  static guint n;
  Bench *b = data;
  cairo_surface_t *measure = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *mcr = cairo_create (measure);
  cairo_surface_t *surface;
  cairo_t *cr;
  LkFishboneLayout layout;
  LkChartStyle style;

  if (fb == NULL)
    {
      g_autoptr(GListStore) all = lk_store_list_fishbones (b->store, NULL);

      for (guint i = 0; all != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (all)) && fb == NULL; i++)
        {
          g_autoptr(LkFishbone) header = g_list_model_get_item (G_LIST_MODEL (all), i);

          if (header->n_causes >= 300)
            fb = lk_store_get_fishbone (b->store, header->uuid, NULL);
        }
      if (fb == NULL)
        fb = lk_fishbone_new ("Tom", TODAY, LK_CATEGORIES_6M);
      node = lk_fishbone_add_after (fb, NULL, "");
    }
  g_free (node->text);
  node->text = g_strdup_printf ("Ny kategori %u", ++n);
  lk_chart_style_init (&style, FALSE);
  lk_chart_fishbone_layout (mcr, &style, fb, &layout);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MIN (4000, (int)layout.width),
                                        MIN (4000, (int)layout.height));
  cr = cairo_create (surface);
  lk_chart_fishbone_layout_clear (&layout);
  lk_chart_fishbone_layout (cr, &style, fb, &layout);
  lk_chart_fishbone_draw_layout (cr, &layout, fb, &style);
  lk_chart_fishbone_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  cairo_destroy (mcr);
  cairo_surface_destroy (measure);
}

/* The heat map of every stored risk, numbered as in their assessments */
static void
bench_heatmap (gpointer data)
{
  static GArray *risks;
  static LkRiskMatrix matrix;
  Bench *b = data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;
  LkHeatMap map;

  if (risks == NULL)
    {
      g_autoptr(GPtrArray) list = lk_store_list_risk_assessments (b->store, NULL);

      risks = g_array_new (FALSE, FALSE, sizeof (LkHeatRisk));
      lk_risk_matrix_init (&matrix, 5, LK_LABELS_GENERIC);
      for (guint a = 0; list != NULL && a < list->len; a++)
        {
          LkRiskAssessment *assessment = g_ptr_array_index (list, a);

          for (guint r = 0; r < assessment->risks->len; r++)
            {
              LkRisk *risk = g_ptr_array_index (assessment->risks, r);
              LkHeatRisk heat = { r + 1, risk->p_before, risk->c_before, risk->p_after, risk->c_after };

              g_array_append_val (risks, heat);
            }
        }
    }
  map = (LkHeatMap) { &matrix, &g_array_index (risks, LkHeatRisk, 0), risks->len };
  lk_chart_style_init (&style, FALSE);
  lk_chart_heatmap_draw (cr, 1920, 1080, &map, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_bowtie (gpointer data)
{
  static LkBowtieBranch causes[20], consequences[20];
  static const char *barriers[] = { "Dobbeltkontroll", "Opplæring", NULL };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  LkBowtie bowtie = { "Feil legemiddel gitt", causes, 20, consequences, 20 };
  LkChartStyle style;

  for (guint i = 0; i < 20; i++)
    {
      causes[i] = (LkBowtieBranch) { "Travelt på vakt og mange nye vikarer", barriers };
      consequences[i] = (LkBowtieBranch) { "Bruker får feil medisin", barriers };
    }
  lk_chart_style_init (&style, FALSE);
  lk_chart_bowtie_draw (cr, 1920, 1080, &bowtie, &style);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static int
run_figures (const char *path)
{
  g_autoptr(GError) error = NULL;
  Bench b = { .path = path };
  guint64 size = 0;
  GStatBuf st;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && lk_bench_generate (path, N_MEASURES, MAX (n_entries, 0)) != 0)
    return 1;
  if (!(b.store = lk_store_open (path, &error)))
    {
      g_printerr ("lederkompass-bench: %s\n", error->message);
      return 1;
    }
  if (g_stat (path, &st) == 0)
    size = st.st_size;
  b.tmpdir = g_dir_make_tmp ("lederkompass-bench-XXXXXX", NULL);

  bench_counts (&b);
  g_print ("database: %s, %u measures, %.1f MB\n", path, b.counts.total, size / 1e6);
  g_print ("%-44s %10s\n", "figure (median)", "ms");
  g_print ("%-44s %10.2f\n", "open, check and count (before first frame)", median_ms (bench_open, &b, RUNS));
  g_print ("%-44s %10.2f\n", "overview counts", median_ms (bench_counts, &b, RUNS));
  g_print ("%-44s %10.2f\n", "overview: 5 overdue measures", median_ms (bench_overdue, &b, RUNS));
  g_print ("%-44s %10.2f\n", "Tiltak: list all measures", median_ms (bench_list_all, &b, RUNS));
  g_print ("%-44s %10.2f\n", "Tiltak: search \"øve på\"", median_ms (bench_search, &b, RUNS));
  g_print ("%-44s %10.2f\n", "status chart at 1920x1080", median_ms (bench_chart, &b, RUNS));
  {
    g_autoptr(GArray) ids = lk_store_list_log_ids (b.store, NULL, NULL);
    g_print ("learning log: %u entries\n", ids ? ids->len : 0);
  }
  g_print ("%-44s %10.2f   (goal 20)\n", "log search, per keystroke", median_ms (bench_search_log, &b, 45));
  g_print ("%-44s %10.2f   (goal 100)\n", "open the log (ids + first screen)", median_ms (bench_open_log, &b, RUNS));
  g_print ("%-44s %10.2f\n", "timeline: entries per week of a year", median_ms (bench_timeline_data, &b, RUNS));
  g_print ("%-44s %10.2f   (goal 4)\n", "timeline chart at 1920x1080", median_ms (bench_timeline_draw, &b, RUNS));
  {
    g_autoptr(GPtrArray) list = lk_store_list_risk_assessments (b.store, NULL);
    guint n_risks = 0;
    guint tertials[3] = { 0 };

    for (guint i = 0; list != NULL && i < list->len; i++)
      n_risks += ((LkRiskAssessment *)g_ptr_array_index (list, i))->risks->len;
    lk_store_count_deviations_per_tertial (b.store, 2026, tertials, NULL);
    g_print ("risk: %u assessments, %u risks; deviations per tertial 2026: %u, %u, %u\n",
             list ? list->len : 0, n_risks, tertials[0], tertials[1], tertials[2]);
  }
  g_print ("%-44s %10.2f\n", "Risk: load all assessments with bowties", median_ms (bench_list_risk, &b, RUNS));
  g_print ("%-44s %10.2f   (goal 4)\n", "risk heat map, stored risks, 1920x1080", median_ms (bench_heatmap, &b, RUNS));
  g_print ("%-44s %10.2f   (goal 4)\n", "bowtie, 40 causes and consequences", median_ms (bench_bowtie, &b, RUNS));
  g_print ("%-44s %10.2f   (goal 8)\n", "fishbone, 300 causes, 1920x1080", median_ms (bench_fishbone, &b, RUNS));
  g_print ("%-44s %10.2f   (goal 16)\n", "fishbone keystroke, 300 causes", median_ms (bench_fishbone_keystroke, &b, RUNS));
  bench_mp = lk_store_load_masterplan (b.store, NULL);
  if (bench_mp != NULL && bench_mp->n_goals >= 10000)
    {
      g_print ("masterplan: %u goals\n", bench_mp->n_goals);
      opened_plans = g_ptr_array_new_with_free_func (g_object_unref);
      g_print ("%-44s %10.2f   (goal 100)\n", "Masterplan: open (load, roll up, outline)",
               median_ms (bench_masterplan_open, &b, RUNS));
      g_clear_pointer (&opened_plans, g_ptr_array_unref);
      g_print ("%-44s %10.2f   (goal 16)\n", "Masterplan: expand a node", median_ms (bench_masterplan_expand, &b, RUNS));
      g_print ("%-44s %10.2f   (goal 50)\n", "Masterplan: status roll-up, whole plan",
               median_ms (bench_masterplan_roll_up, &b, RUNS));
      g_print ("%-44s %10.2f\n", "breakdown, 2,000 goals, first layout", median_ms (bench_breakdown_first, &b, 3));
      g_print ("%-44s %10.2f   (goal 8)\n", "breakdown, 2,000 goals, frame fitted 1920x1080",
               median_ms (bench_breakdown_fitted, &b, RUNS));
      g_print ("%-44s %10.2f   (goal 8)\n", "breakdown, 2,000 goals, frame at 1:1",
               median_ms (bench_breakdown_zoomed, &b, RUNS));
      exchange_doc = lk_plan_exchange_export (bench_mp, NULL, 5, &exchange_len);
      g_print ("%-44s %10.2f   (goal 500)\n", "import a 10,000-goal plan document",
               median_ms (bench_exchange_import, &b, 3));
      g_print ("plan document: %.1f MB\n", exchange_len / 1e6);
      lk_chart_breakdown_layout_clear (&breakdown_layout);
      g_clear_pointer (&exchange_doc, g_free);
      g_clear_object (&bench_mp);
    }
  else
    g_print ("masterplan: the database has no generated plan; generate it again for these figures\n");
  ten_factor_figures (&b);
  conversation_figures (&b);
  g_print ("%-44s %10.2f   (goal 1500)\n", "backup export to a file", median_ms (bench_export_file, &b, 3));
  g_print ("%-44s %10.2f   (goal 3000)\n", "backup import from a file, empty database",
           median_ms_between (import_setup, bench_import_file, import_teardown, &b, 3));
  import_memory_figure (&b);
  g_print ("%-44s %10.2f\n", "backup export into memory", median_ms (bench_export, &b, 3));
  g_print ("%-44s %10.2f\n", "backup import from memory, empty database", median_ms_between (import_setup, bench_import, import_teardown, &b, 3));
  g_print ("backup document: %.1f MB\n", b.backup_len / 1e6);

  {
    for (const char **name = (const char *[]) { "import.db", "exchange.db", "ten-factor.db", "backup.json", NULL };
         *name; name++)
      {
        g_autofree char *p = g_build_filename (b.tmpdir, *name, NULL);
        g_autofree char *wal = g_strconcat (p, "-wal", NULL);
        g_autofree char *shm = g_strconcat (p, "-shm", NULL);

        g_unlink (p);
        g_unlink (wal);
        g_unlink (shm);
      }
    g_rmdir (b.tmpdir);
  }
  g_free (b.tmpdir);
  g_free (b.backup);
  g_object_unref (b.store);

  return 0;
}

/* The first frame is timed from outside by the shared tool, against a
 * minimal libadwaita window and GNOME Text Editor in the same run. */
static int
run_startup (const char *path,
             const char *tool,
             const char *app,
             guint       runs)
{
  g_autofree char *ours = NULL;
  g_autofree char *runs_str = g_strdup_printf ("%u", runs);
  g_autofree char *schemas = g_build_filename (LK_BUILD_ROOT, "data", NULL);
  g_autofree char *editor = g_find_program_in_path ("gnome-text-editor");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS) && lk_bench_generate (path, N_MEASURES, MAX (n_entries, 0)) != 0)
    return 1;
  if (!g_file_test (tool, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_printerr ("lederkompass-bench: %s not found; pass --measure-startup PATH\n", tool);
      return 1;
    }

  /* The app reads its schema from the build; the tool starts it as is. */
  g_setenv ("GSETTINGS_SCHEMA_DIR", schemas, TRUE);
  ours = g_strdup_printf ("lederkompass=%s --database %s", app, path);

  g_ptr_array_add (argv, (char *)tool);
  g_ptr_array_add (argv, runs_str);
  g_ptr_array_add (argv, (char *)"minimal-adw=HELLO_ADW");
  g_ptr_array_add (argv, ours);
  if (editor != NULL)
    g_ptr_array_add (argv, (char *)"text-editor=gnome-text-editor");
  else
    g_print ("gnome-text-editor is not installed: compared with the minimal window only\n");
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_CHILD_INHERITS_STDIN,
                     NULL, NULL, NULL, NULL, &status, &error))
    {
      g_printerr ("lederkompass-bench: %s\n", error->message);
      return 1;
    }

  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *generate_path = NULL;
  g_autofree char *db = NULL;
  g_autofree char *tool = NULL;
  g_autofree char *app = NULL;
  g_auto(GStrv) import_args = NULL;
  gboolean startup = FALSE;
  gboolean import_only = FALSE;
  int n = N_MEASURES;
  int runs = 7;
  g_autoptr(GError) error = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("- Lederkompass figures");
  GOptionEntry entries[] = {
    { "generate-db", 0, 0, G_OPTION_ARG_FILENAME, &generate_path, "Write the large database", "PATH" },
    { "measures", 0, 0, G_OPTION_ARG_INT, &n, "Measures to generate (10000)", "N" },
    { "entries", 0, 0, G_OPTION_ARG_INT, &n_entries, "Log entries to generate (100000)", "N" },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &db, "The database to time (generated if missing)", "PATH" },
    { "startup", 0, 0, G_OPTION_ARG_NONE, &startup, "Time the first frame and peak RSS", NULL },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Start-up runs per application (7)", "N" },
    { "measure-startup", 0, 0, G_OPTION_ARG_FILENAME, &tool, "The measure-startup tool", "PATH" },
    { "app", 0, 0, G_OPTION_ARG_FILENAME, &app, "The lederkompass binary", "PATH" },
    { "import-into", 0, 0, G_OPTION_ARG_NONE, &import_only, "Only import BACKUP into the new database DB", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &import_args, NULL, "[DB BACKUP]" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  g_setenv ("LEDERKOMPASS_TODAY", TODAY, TRUE);

  if (import_only)
    {
      if (import_args == NULL || g_strv_length (import_args) != 2)
        {
          g_printerr ("--import-into needs a database and a backup\n");
          return 2;
        }
      return import_into (import_args[0], import_args[1]);
    }

  if (generate_path != NULL)
    return lk_bench_generate (generate_path, MAX (n, 0), MAX (n_entries, 0));

  if (db == NULL)
    db = g_build_filename (g_get_tmp_dir (), "lederkompass-bench.db", NULL);

  if (startup)
    {
      if (tool == NULL)
        tool = g_build_filename (LK_SOURCE_ROOT, "..", "shared", "tools", "measure-startup", NULL);
      if (app == NULL)
        app = g_build_filename (LK_BUILD_ROOT, "src", "ui", "lederkompass", NULL);
      return run_startup (db, tool, app, MAX (runs, 1));
    }

  return run_figures (db);
}
