/* test-crash.c: SIGKILL at any moment of writing loses nothing committed
 *
 * A child process writes through the model layer (tiltak, learning-log
 * entries, 10-faktor rounds, fishbone analyses, Masterplan goals with a
 * KPI and its values, ROS-samtaler with their texts and brief, risk
 * assessments with their risks) and reports each commit on
 * a pipe; the parent kills it at a random moment, then checks that the
 * file passes integrity_check and holds every reported commit. The default
 * suite kills 50 times; the "long" suite 1,000 times
 * (`meson test -C build --setup long --suite long`).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lk-conversation.h"
#include "lk-fishbone.h"
#include "lk-jeg-plan.h"
#include "lk-log-entry.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-ten-factor.h"
#include "lk-test-util.h"

static guint kills = 50;

static const char *tables[] = { "measures", "log_entries", "survey_rounds", "fishbones", "goals",
                                "conversations", "risk_assessments", "dev_goals", "deviations" };

/* Writes until killed; each committed item as "TABLE-INDEX UUID\n" */
static void G_GNUC_NORETURN
write_forever (const char *path,
               int         fd,
               guint       generation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkKommuneplan) plan = lk_kommuneplan_new ("Kommuneplanen", 2024, 2036);
  g_autoptr(LkGoal) area = NULL;
  LkStore *store = lk_store_open (path, &error);

  if (store == NULL)
    _exit (3);
  /* Each child its own plan and priority area for its goals */
  area = lk_goal_new ("Folkehelse", 0, NULL);
  area->plan_uuid = g_strdup (plan->uuid);
  area->first_year = 2025;
  area->last_year = 2026;
  if (!lk_store_save_kommuneplan (store, plan, NULL) || !lk_store_save_goal (store, area, NULL))
    _exit (5);
  for (guint i = 0; ; i++)
    {
      g_autofree char *title = g_strdup_printf ("Skrevet %u.%u", generation, i);
      const char *uuid = NULL;
      g_autofree char *owned = NULL;
      guint kind = i % G_N_ELEMENTS (tables);
      gboolean ok = FALSE;

      if (kind == 0)
        {
          g_autoptr(LkMeasure) m = lk_measure_new (title);

          lk_measure_set_description (m, "Beskrivelse som gjør raden litt lengre enn tittelen alene.");
          ok = lk_store_save_measure (store, m, NULL);
          owned = g_strdup (lk_measure_get_uuid (m));
        }
      else if (kind == 1)
        {
          g_autoptr(LkLogEntry) entry = lk_log_entry_new ("2026-05-10");

          lk_log_entry_set_title (entry, title);
          ok = lk_store_save_log_entry (store, entry, NULL);
          owned = g_strdup (lk_log_entry_get_uuid (entry));
        }
      else if (kind == 2)
        {
          g_autoptr(LkSurveyRound) round = lk_survey_round_new (2025, title);

          round->respondents = 10;
          for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
            round->results[f].mean = 4.0;
          ok = lk_store_save_survey_round (store, round, NULL);
          owned = g_strdup (round->uuid);
        }
      else if (kind == 3)
        {
          g_autoptr(LkFishbone) fb = lk_fishbone_new (title, "2026-05-10", LK_CATEGORIES_6M);

          ok = lk_store_save_fishbone (store, fb, NULL);
          owned = g_strdup (fb->uuid);
        }
      else if (kind == 5)
        {
          g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-20");

          c->texts[LK_TOPIC_BUDGET] = g_strdup (title);
          c->notes[LK_TOPIC_RISK] = g_strdup ("Notater fra samtalen, litt lengre enn tittelen.");
          for (guint k = 0; k < 30; k++)
            {
              LkBriefItem *item = lk_brief_item_new (k % LK_TOPIC_N, LK_BRIEF_MEASURE, title);

              item->owner = g_strdup ("Kari Nordmann");
              item->v[0] = k;
              g_ptr_array_add (c->brief, item);
            }
          ok = lk_store_save_conversation (store, c, NULL);
          owned = g_strdup (c->uuid);
        }
      else if (kind == 6)
        {
          g_autoptr(LkRiskAssessment) a = lk_store_new_risk_assessment (store, title);

          for (guint k = 0; a != NULL && k < 3; k++)
            {
              g_autoptr(LkRisk) risk = lk_risk_new ("Feil legemiddel gitt til bruker");

              lk_risk_set_before (risk, 4, 3, a->matrix.size);
              lk_risk_assessment_put_risk (a, risk);
            }
          ok = a != NULL && lk_store_save_risk_assessment (store, a, NULL);
          owned = g_strdup (a ? a->uuid : "");
        }
      else if (kind == 7)
        {
          /* Over 500 years, the first child's first three a year active
           * (a year takes four at most); the others achieved, as a
           * leader's earlier goals are */
          guint n = i / G_N_ELEMENTS (tables);
          g_autoptr(LkDevGoal) goal = lk_dev_goal_new (2000 + n % 500, title);

          if (generation > 0 || n >= 3 * 500)
            lk_dev_goal_set_status (goal, LK_DEV_GOAL_ACHIEVED);
          ok = lk_store_save_dev_goal (store, goal, NULL);
          owned = g_strdup (lk_dev_goal_get_uuid (goal));
        }
      else if (kind == 8)
        {
          g_autoptr(LkDeviation) d = lk_deviation_new ("2026-05-10", title);

          ok = lk_store_save_deviation (store, d, NULL);
          owned = g_strdup (d->uuid);
        }
      else
        {
          g_autoptr(LkGoal) goal = lk_goal_new (title, 1, area->uuid);
          g_autoptr(LkKpi) kpi = lk_kpi_new ("Nærvær");

          goal->first_year = 2025;
          goal->last_year = 2026;
          kpi->target = 92;
          kpi->target_year = 2026;
          lk_kpi_set_value (kpi, 2025, 1, 88.5);
          lk_kpi_set_value (kpi, 2025, 2, 89);
          g_ptr_array_add (goal->kpis, g_object_ref (kpi));
          ok = lk_store_save_goal (store, goal, NULL);
          owned = g_strdup (goal->uuid);
        }
      uuid = owned;
      if (ok)
        {
          char line[80];
          int n = g_snprintf (line, sizeof line, "%u %s\n", kind, uuid);

          /* Written whole or not at all: a pipe takes this much at once */
          if (write (fd, line, n) != n)
            _exit (4);
        }
    }
}

static gboolean
present (sqlite3    *db,
         guint       kind,
         const char *uuid)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE uuid = ?1", tables[kind]);
  sqlite3_stmt *stmt = NULL;
  gboolean found;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  found = sqlite3_column_int (stmt, 0) == 1;
  sqlite3_finalize (stmt);

  return found;
}

static void
test_kills (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "crash.db", NULL);
  g_autoptr(GPtrArray) committed = g_ptr_array_new_with_free_func (g_free);
  guint checked = 0;

  for (guint k = 0; k < kills; k++)
    {
      g_autoptr(GString) reported = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;
      char buffer[4096];
      ssize_t n;
      int fds[2];
      int status;
      pid_t pid;

      g_assert_cmpint (pipe (fds), ==, 0);
      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          close (fds[0]);
          write_forever (path, fds[1], k);
        }
      close (fds[1]);
      /* Killed at any moment: while opening, migrating, or mid-write */
      g_usleep (g_test_rand_int_range (500, 40000));
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      while ((n = read (fds[0], buffer, sizeof buffer)) > 0)
        g_string_append_len (reported, buffer, n);
      close (fds[0]);
      lines = g_strsplit (reported->str, "\n", -1);
      for (guint i = 0; lines[i] && *lines[i]; i++)
        g_ptr_array_add (committed, g_strdup (lines[i]));

      /* The file is whole, and holds everything that was reported */
      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
      sqlite3_finalize (stmt);
      /* Before the first commit a kill may leave no tables yet */
      for (guint i = 0; i < committed->len; i++)
        {
          const char *line = g_ptr_array_index (committed, i);
          guint kind = line[0] - '0';

          if (!present (db, kind, line + 2))
            g_error ("commit %u of %u (%s) is missing after kill %u", i, committed->len, line, k);
          checked++;
        }
      sqlite3_close (db);
    }

  g_test_message ("%u kills, %u commits, %u checks", kills, committed->len, checked);
  g_assert_cmpuint (committed->len, >, kills / 2);
  /* Every kind of item was written, and checked, at least once */
  for (guint kind = 0; kind < G_N_ELEMENTS (tables); kind++)
    {
      guint n = 0;

      for (guint i = 0; i < committed->len; i++)
        n += ((const char *) g_ptr_array_index (committed, i))[0] - '0' == (int) kind;
      g_assert_cmpuint (n, >, 0);
    }
  lk_test_rmtree (dir);
}

int
main (int    argc,
      char **argv)
{
  const char *env = g_getenv ("LK_CRASH_KILLS");

  g_test_init (&argc, &argv, NULL);
  if (env != NULL)
    kills = (guint) g_ascii_strtoull (env, NULL, 10);
  g_test_add_func ("/crash/kills", test_kills);

  return g_test_run ();
}
