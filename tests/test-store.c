/* test-store.c: opening, creating, migrating and refusing databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lk-example.h"
#include "lk-fishbone.h"
#include "lk-masterplan.h"
#include "lk-jeg-plan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-conversation.h"
#include "lk-ten-factor.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

static void
make_db_from_sql (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *err = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &err) != SQLITE_OK)
    g_error ("fixture: %s", err);
  sqlite3_close (db);
}

static void
make_db_from_fixture (const char *path,
                      const char *fixture)
{
  g_autofree char *fixture_path = lk_test_fixture_path (fixture);
  g_autofree char *sql = NULL;

  g_assert_true (g_file_get_contents (fixture_path, &sql, NULL, NULL));
  make_db_from_sql (path, sql);
}

static int
query_int (const char *path,
           const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int value = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return value;
}

/* An empty file given as the database, and the application's data
 * folder made by something else, are made private (issue 15, defect 7) */
/* Read-only files and folders are said to be so, not damaged, and can be
 * opened to look at: nothing in them changes. Root may write anything, so
 * the subprocess runs as nobody. */
static void
read_only_as_user (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }
  dir = g_dir_make_tmp ("lk-read-only-XXXXXX", NULL);
  g_assert_nonnull (dir);
  path = g_build_filename (dir, "lederkompass.db", NULL);
  {
    g_autoptr(LkStore) store = lk_store_open (path, &error);
    g_autoptr(LkMeasure) measure = lk_measure_new ("Se, ikke røre");

    g_assert_no_error (error);
    g_assert_true (lk_store_save_measure (store, measure, &error));
    g_assert_no_error (error);
  }
  before = lk_test_checksum_file (path);

  for (guint folder = 0; folder < 2; folder++)
    {
      g_autoptr(LkStore) writable = NULL;
      g_autoptr(LkStore) store = NULL;
      g_autoptr(GListStore) measures = NULL;
      g_autoptr(LkMeasure) measure = lk_measure_new ("Endring");

      g_assert_cmpint (g_chmod (folder ? dir : path, folder ? 0555 : 0400), ==, 0);
      writable = lk_store_open (path, &error);
      g_assert_null (writable);
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, folder ? "its folder is read-only" : "the file is read-only"));
      g_assert_null (strstr (error->message, "damaged"));
      g_clear_error (&error);

      store = lk_store_open_read_only (path, &error);
      g_assert_no_error (error);
      g_assert_true (lk_store_is_read_only (store));
      measures = lk_store_list_measures (store, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 1);
      g_assert_false (lk_store_save_measure (store, measure, &error));
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, "reading only"));
      g_clear_error (&error);
      g_assert_false (lk_store_set_setting (store, "x", "y", &error));
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY);
      g_clear_error (&error);
      g_clear_object (&store);

      after = lk_test_checksum_file (path);
      g_assert_cmpstr (before, ==, after);
      g_clear_pointer (&after, g_free);
      g_assert_cmpint (g_chmod (folder ? dir : path, folder ? 0700 : 0600), ==, 0);
    }

  /* Writable again: opens as ever */
  {
    g_autoptr(LkStore) store = lk_store_open (path, &error);

    g_assert_no_error (error);
    g_assert_false (lk_store_is_read_only (store));
  }
  lk_test_rmtree (dir);
}

static void
test_read_only (void)
{
  if (g_test_subprocess ())
    {
      read_only_as_user ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

/* A database file deleted or moved while open: the next write says so
 * instead of going into a file no one will see again, and everything can
 * still be saved to a new file (issue 15, defect 2) */
static void
test_vanished (void)
{
  for (guint moved = 0; moved < 2; moved++)
    {
      g_autofree char *dir = lk_test_tmpdir ();
      g_autofree char *path = g_build_filename (dir, "lk.db", NULL);
      g_autofree char *elsewhere = g_build_filename (dir, "moved.db", NULL);
      g_autofree char *copy = g_build_filename (dir, "saved.db", NULL);
      g_autoptr(LkStore) store = lk_store_open (path, NULL);
      g_autoptr(LkMeasure) before = lk_measure_new ("Før");
      g_autoptr(LkMeasure) after = lk_measure_new ("Etter");
      g_autoptr(GError) error = NULL;
      guint vanished = 0;
      GStatBuf st;

      g_signal_connect (store, "vanished", G_CALLBACK (count_signal), &vanished);
      g_assert_true (lk_store_save_measure (store, before, &error));
      g_assert_false (lk_store_is_vanished (store));
      if (moved)
        g_assert_cmpint (g_rename (path, elsewhere), ==, 0);
      else
        g_assert_cmpint (g_unlink (path), ==, 0);

      g_assert_false (lk_store_save_measure (store, after, &error));
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_VANISHED);
      g_assert_nonnull (strstr (error->message, "moved or deleted"));
      g_clear_error (&error);
      g_assert_false (lk_store_set_setting (store, "user-name", "Kari", &error));
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_VANISHED);
      g_clear_error (&error);
      g_assert_cmpuint (vanished, ==, 1);
      g_assert_true (lk_store_is_vanished (store));

      /* What there is can be kept */
      g_assert_true (lk_store_save_copy (store, copy, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (copy, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      {
        g_autoptr(LkStore) saved = lk_store_open (copy, &error);
        g_autoptr(GListStore) all = NULL;

        g_assert_no_error (error);
        all = lk_store_list_measures (saved, NULL, &error);
        g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
      }
      g_clear_object (&store);
      lk_test_rmtree (dir);
    }
}

static void
count_changed (gpointer    instance,
               const char *area,
               guint      *count)
{
  (*count)++;
}

/* Two processes on one file: a save from one that has not seen the
 * other's change is refused, its views are told to read again, and the
 * next save goes through (issue 15, defect 5) */
static void
test_changed_elsewhere (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autoptr(LkStore) a = lk_store_open (path, NULL);
  g_autoptr(LkStore) b = lk_store_open (path, NULL);
  g_autoptr(LkMeasure) first = lk_measure_new ("Fra A");
  g_autoptr(LkMeasure) second = lk_measure_new ("Fra B");
  g_autoptr(GError) error = NULL;
  guint told = 0;

  g_signal_connect (b, "changed::all", G_CALLBACK (count_changed), &told);
  g_assert_true (lk_store_save_measure (a, first, &error));
  g_assert_no_error (error);

  g_assert_false (lk_store_save_measure (b, second, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CHANGED_ELSEWHERE);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_clear_error (&error);
  g_assert_cmpuint (told, ==, 1);
  /* Read again, the change is made once more */
  g_assert_true (lk_store_save_measure (b, second, &error));
  g_assert_no_error (error);
  /* Its own saves do not count as someone else's */
  g_assert_true (lk_store_save_measure (b, second, &error));
  g_assert_no_error (error);

  g_clear_object (&a);
  g_clear_object (&b);
  lk_test_rmtree (dir);
}

static void
test_take_over_private (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *empty = g_build_filename (tmp, "empty.db", NULL);
  g_autofree char *default_path = lk_store_default_path ();
  g_autofree char *default_dir = g_path_get_dirname (default_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkStore) own = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  g_chmod (empty, 0644);
  store = lk_store_open (empty, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (empty, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (st.st_size, >, 0);

  /* XDG_DATA_HOME is a folder of the test's (main() sets it) */
  g_assert_cmpint (g_mkdir_with_parents (default_dir, 0755), ==, 0);
  g_chmod (default_dir, 0755);
  own = lk_store_open (default_path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (default_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (default_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_clear_object (&store);
  g_clear_object (&own);
  lk_test_rmtree (tmp);
}

static void
test_create_private (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *dir = g_build_filename (tmp, "data", "lederkompass", NULL);
  g_autofree char *path = g_build_filename (dir, "lederkompass.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  GStatBuf st;

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  g_assert_null (lk_store_get_migration_backup (store));
  g_assert_true (lk_store_is_empty (store));

  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  {
    sqlite3_stmt *stmt = lk_store_prepare (store, "PRAGMA journal_mode", NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr (lk_column_text (stmt, 0), ==, "wal");
    sqlite3_reset (stmt);
    stmt = lk_store_prepare (store, "PRAGMA foreign_keys", NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    sqlite3_reset (stmt);
  }

  g_clear_object (&store);
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, LK_STORE_SCHEMA_VERSION);

  /* Opening again neither migrates nor backs up. */
  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_null (lk_store_get_migration_backup (store));
  g_clear_object (&store);

  lk_test_rmtree (tmp);
}

static void
test_migrate_v1 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkMeasure) measure = NULL;
  g_autofree char *name = NULL;
  g_autofree char *backup = NULL;
  GStatBuf st;

  make_db_from_fixture (path, "lederkompass-v1.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);

  /* A backup of the old file, before the migration, readable by the user only. */
  backup = g_strdup (lk_store_get_migration_backup (store));
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_prefix (backup, path));
  g_assert_cmpint (query_int (backup, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (backup, "SELECT count(*) FROM measures"), ==, 2);
  g_assert_cmpint (g_stat (backup, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The data came along, and the new column is there. */
  measure = lk_store_get_measure (store, "b7a4c1c2-9d3e-4f7a-8a61-2f1c0d9e8b01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lk_measure_get_title (measure), ==, "Innføre tavlemøter");
  g_assert_cmpstr (lk_measure_get_owner (measure), ==, "Åse Ødegård");
  g_assert_cmpint (lk_measure_get_status (measure), ==, LK_MEASURE_STATUS_STARTED);
  g_assert_cmpint (lk_measure_get_source_kind (measure), ==, LK_SOURCE_GOAL);
  g_assert_null (lk_measure_get_review_date (measure));
  lk_measure_set_review_date (measure, "2026-02-01");
  g_assert_true (lk_store_save_measure (store, measure, &error));
  g_assert_no_error (error);

  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Åse Ødegård");

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Every earlier version has its fixture, and each migrates with its data. */
static void
test_migrate_v2 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v2.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GListStore) all = NULL;

  make_db_from_fixture (path, "lederkompass-v2.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 2);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  g_assert_nonnull (lk_store_get_migration_backup (store));
  g_assert_cmpint (query_int (lk_store_get_migration_backup (store), "PRAGMA user_version"), ==, 2);

  all = lk_store_list_measures (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 3);
  g_assert_true (lk_store_exec (store, "SELECT count(*) FROM log_search", NULL));

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Version 4 had Risk; version 5 adds the list of example items, so the
 * example data loaded before it cannot be removed as such, and stays. */
static void
test_migrate_v4 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v4.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) deviations = NULL;
  LkRiskAssessment *a;
  int removed = -1;

  make_db_from_fixture (path, "lederkompass-v4.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 4);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);

  assessments = lk_store_list_risk_assessments (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 1);
  a = g_ptr_array_index (assessments, 0);
  g_assert_cmpuint (a->risks->len, ==, 10);
  g_assert_cmpuint (((LkRisk *)g_ptr_array_index (a->risks, 0))->bowtie_causes->len, ==, 3);
  deviations = lk_store_list_deviations (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deviations->len, ==, 4);

  g_assert_cmpint (lk_example_count (store, &error), ==, 0);
  g_assert_true (lk_example_remove (store, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (removed, ==, 0);
  g_assert_false (lk_store_is_empty (store));

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Version 5 (before Fishbone) keeps its data and its example list */
static void
test_migrate_v5 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v5.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GListStore) fishbones = NULL;
  g_autoptr(GListStore) measures = NULL;

  make_db_from_fixture (path, "lederkompass-v5.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 5);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  fishbones = lk_store_list_fishbones (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fishbones)), ==, 0);
  measures = lk_store_list_measures (store, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 4);
  g_assert_cmpint (lk_example_count (store, &error), ==, 2);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Version 6 (before Masterplan) keeps its analysis and gets an empty plan */
static void
test_migrate_v6 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v6.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkFishbone) fb = NULL;
  g_autoptr(LkMasterplan) mp = NULL;

  make_db_from_fixture (path, "lederkompass-v6.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 6);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  fb = lk_store_get_fishbone (store, "0b6a3f0e-5a4e-4c3e-9c52-3a1f0c7d2e11", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lk_fishbone_count_causes (fb), ==, 1);
  mp = lk_store_load_masterplan (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mp->n_goals, ==, 0);
  g_assert_cmpint (lk_example_count (store, &error), ==, 2);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Version 7 (the Masterplan) migrates to 10-faktor with its plan whole */
static void
test_migrate_v7 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v7.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  LkGoal *goal;
  LkKpi *kpi;

  make_db_from_fixture (path, "lederkompass-v7.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 7);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  mp = lk_store_load_masterplan (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mp->n_goals, ==, 1);  /* below the priority area */
  goal = lk_masterplan_find (mp, "5d1e0c3a-7b2f-4e61-9a0d-2c8b4f6e1a04");
  g_assert_nonnull (goal);
  g_assert_cmpuint (goal->kpis->len, ==, 1);
  kpi = g_ptr_array_index (goal->kpis, 0);
  g_assert_cmpuint (kpi->values->len, ==, 2);
  g_assert_cmpfloat (lk_kpi_get_value (kpi, 2025, 2)->value, ==, 44.0);
  g_assert_cmpuint (goal->benefits->len, ==, 1);
  rounds = lk_store_list_survey_rounds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 0);
  g_assert_cmpint (lk_example_count (store, &error), ==, 2);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Version 8 (10-faktor) gains ROS-samtaler: nothing lost, none there yet */
static void
test_migrate_v8 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v8.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GListStore) conversations = NULL;
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-20");

  make_db_from_fixture (path, "lederkompass-v8.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 8);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  rounds = lk_store_list_survey_rounds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 1);
  g_assert_cmpfloat (lk_survey_round_get_result (g_ptr_array_index (rounds, 0), 1)->mean, ==, 4.2);
  conversations = lk_store_list_conversations (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (conversations)), ==, 0);
  g_assert_true (lk_store_save_conversation (store, c, &error));
  g_assert_no_error (error);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* A migration cut short left a copy under this second's name (and
 * parts): the next opening in the same second still migrates, with a copy
 * of its own, and no part is left (issue 15, defect 6) */
static void
test_migration_backup_names (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v5.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint parts = 0, copies = 0;

  make_db_from_fixture (path, "lederkompass-v5.sql");
  for (int ahead = 0; ahead <= 2; ahead++)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) then = g_date_time_add_seconds (now, ahead);
      g_autofree char *stamp = g_date_time_format (then, "%Y%m%d-%H%M%S");
      g_autofree char *taken = g_strdup_printf ("%s.v5-%s.bak", path, stamp);
      g_autofree char *part = g_strdup_printf ("%s.part", taken);

      g_assert_true (g_file_set_contents (taken, "", 0, NULL));
      g_assert_true (g_file_set_contents (part, "", 0, NULL));
    }

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lk_store_get_migration_backup (store));
  g_assert_cmpint (query_int (lk_store_get_migration_backup (store), "PRAGMA user_version"), ==, 5);

  dir = g_dir_open (tmp, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".part"))
        parts++;
      if (g_str_has_suffix (name, ".bak"))
        copies++;
    }
  g_assert_cmpuint (parts, ==, 0);
  g_assert_cmpuint (copies, ==, 4);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

static void
test_migrate_v3 (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "v3.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  LkLogFilter filter = { 0 };

  make_db_from_fixture (path, "lederkompass-v3.sql");
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 3);

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lk_store_get_schema_version (store), ==, LK_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (lk_store_get_migration_backup (store), "PRAGMA user_version"), ==, 3);

  /* The measures and the learning log come through; the risk area starts
   * empty and usable. */
  all = lk_store_list_measures (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 3);
  entries = lk_store_list_log_entries (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 2);
  assessments = lk_store_list_risk_assessments (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 0);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

static void
test_migration_failure_rolls_back (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "clash.db", NULL);
  g_autofree char *fixture_path = lk_test_fixture_path ("lederkompass-v1.sql");
  g_autofree char *sql = NULL;
  g_autofree char *clash = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;

  /* An object in the way of migration 2 makes it fail half-way. */
  g_assert_true (g_file_get_contents (fixture_path, &sql, NULL, NULL));
  clash = g_strconcat (sql, "CREATE TABLE measures_owner_clash (x);"
                            "CREATE INDEX measures_owner ON measures_owner_clash (x);", NULL);
  make_db_from_sql (path, clash);

  store = lk_store_open (path, &error);
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_MIGRATION);
  g_assert_null (store);

  /* Nothing of the failed migration stayed. */
  g_assert_cmpint (query_int (path, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM pragma_table_info('measures') "
                                    "WHERE name = 'review_date'"), ==, 0);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM measures"), ==, 2);

  lk_test_rmtree (tmp);
}

static void
assert_refused (const char   *path,
                LkStoreError  code)
{
  g_autofree char *before = lk_test_checksum_file (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;

  store = lk_store_open (path, &error);
  g_assert_error (error, LK_STORE_ERROR, (int)code);
  g_assert_null (store);
  g_assert_true (strstr (error->message, path) != NULL || code == LK_STORE_ERROR_IO);

  after = lk_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuse_newer (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "future.db", NULL);

  make_db_from_sql (path, "CREATE TABLE measures (id INTEGER PRIMARY KEY);"
                          "PRAGMA user_version = 99;");
  assert_refused (path, LK_STORE_ERROR_TOO_NEW);

  lk_test_rmtree (tmp);
}

static void
test_refuse_not_database (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "notes.txt", NULL);
  g_autofree char *foreign = g_build_filename (tmp, "foreign.db", NULL);
  char junk[8192];

  g_assert_true (g_file_set_contents (path, "Dette er ingen database.\n", -1, NULL));
  assert_refused (path, LK_STORE_ERROR_NOT_DATABASE);

  /* Binary junk of a plausible size */
  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (char)(i * 7919 % 251);
  g_assert_true (g_file_set_contents (path, junk, sizeof junk, NULL));
  assert_refused (path, LK_STORE_ERROR_NOT_DATABASE);

  /* Another program's SQLite database */
  make_db_from_sql (foreign, "CREATE TABLE contacts (name TEXT);");
  assert_refused (foreign, LK_STORE_ERROR_NOT_DATABASE);

  lk_test_rmtree (tmp);
}

/* A real database with enough rows for several pages, its middle then
 * overwritten so b-tree pages become garbage. @wal: leave it in WAL mode. */
static void
make_damaged_db (const char *path,
                 gboolean    wal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autofree char *data = NULL;
  gsize len;

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lk_store_begin (store, NULL));
  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak nummer %u med en lengre tittel", i);
      g_autoptr(LkMeasure) m = lk_measure_new (title);
      g_assert_true (lk_store_save_measure (store, m, NULL));
    }
  g_assert_true (lk_store_commit (store, NULL));
  g_assert_true (lk_store_exec (store, wal ? "PRAGMA wal_checkpoint(TRUNCATE)"
                                           : "PRAGMA wal_checkpoint(TRUNCATE); "
                                             "PRAGMA journal_mode = DELETE", NULL));
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpuint (len, >, 4 * 4096);
  if (wal)
    {
      /* Only one page of the measures table: the schema stays readable,
       * so the file opens and only the check in the background can find
       * the damage. */
      const char *needle = "Tiltak nummer 200 med";
      const char *hit = memmem (data, len, needle, strlen (needle));
      gsize page;

      g_assert_nonnull (hit);
      page = (gsize)(hit - data) & ~(gsize)4095;
      for (gsize i = page; i < page + 64; i++)
        data[i] = (char)0xff;
    }
  else
    {
      for (gsize i = 2 * 4096; i < len - 4096; i++)
        data[i] = (char)(i * 31 % 256);
    }
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  g_chmod (path, 0600);
}

static void
test_refuse_corrupt (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "damaged.db", NULL);

  make_damaged_db (path, FALSE);
  assert_refused (path, LK_STORE_ERROR_CORRUPT);

  lk_test_rmtree (tmp);
}

/* A damaged file already in WAL mode: the check runs in a thread while the
 * window would open; it finds the damage, and no write reaches the file. */
static void
test_damaged_found_in_background (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "damaged-wal.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  make_damaged_db (path, TRUE);
  before = lk_test_checksum_file (path);

  /* Opens: the damage is not where opening reads */
  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  /* The check runs in a thread and finds it; writes are refused */
  lk_store_start_check (store);
  g_assert_false (lk_store_wait_checked (store, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (lk_store_set_setting (store, "user-name", "Kari", &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT);
  g_clear_error (&error);
  g_assert_false (lk_store_begin (store, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT);
  g_clear_object (&store);

  after = lk_test_checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  lk_test_rmtree (tmp);
}

static void
test_healthy_check_passes (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "healthy.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = lk_store_open (path, &error);

  g_assert_true (lk_store_set_setting (store, "user-name", "Kari", NULL));
  g_clear_object (&store);

  /* Reopened: in WAL mode, so checked in the background; writes go on. */
  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (lk_store_wait_checked (store, &error));
  g_assert_no_error (error);
  g_assert_true (lk_store_set_setting (store, "user-unit", "Enhet", &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  lk_test_rmtree (tmp);
}

static void
on_changed (LkStore    *store,
            const char *area,
            GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup (area));
}

static void
test_transactions (void)
{
  g_autofree char *tmp = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (tmp, "tx.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *value = NULL;

  store = lk_store_open (path, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "changed", G_CALLBACK (on_changed), seen);

  /* Rolled back: nothing stored, nobody told. */
  g_assert_true (lk_store_begin (store, NULL));
  g_assert_true (lk_store_set_setting (store, "user-name", "Kari", NULL));
  g_assert_true (lk_store_begin (store, NULL));
  g_assert_true (lk_store_set_setting (store, "user-unit", "Enhet", NULL));
  g_assert_true (lk_store_commit (store, NULL));
  g_assert_cmpuint (seen->len, ==, 0);
  lk_store_rollback (store);
  g_assert_cmpuint (seen->len, ==, 0);
  value = lk_store_get_setting (store, "user-name");
  g_assert_null (value);

  /* Committed: told once per area. */
  g_assert_true (lk_store_begin (store, NULL));
  g_assert_true (lk_store_set_setting (store, "user-name", "Kari", NULL));
  g_assert_true (lk_store_set_setting (store, "user-unit", "Enhet", NULL));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (lk_store_commit (store, NULL));
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "settings");
  value = lk_store_get_setting (store, "user-unit");
  g_assert_cmpstr (value, ==, "Enhet");

  /* Bad text is refused. */
  g_assert_false (lk_store_set_setting (store, "user-name", "Kari\xff", &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);

  g_clear_object (&store);
  lk_test_rmtree (tmp);
}

/* Data in any one area is data: the example must not be offered over it. */
static void
test_empty_asks_every_area (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path_a = g_build_filename (dir, "a.db", NULL);
  g_autofree char *path_b = g_build_filename (dir, "b.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) jeg_plan = lk_store_open (path_a, &error);
  g_autoptr(LkStore) risk = lk_store_open (path_b, &error);
  g_autoptr(LkDevGoal) goal = lk_dev_goal_new (2026, "Lytte mer");
  LkRiskAssessment *assessment = lk_risk_assessment_new ("Brann", "2026-03-01");

  g_assert_no_error (error);
  g_assert_true (lk_store_is_empty (jeg_plan));
  g_assert_true (lk_store_set_setting (jeg_plan, "profile-name", "Kari", &error));
  g_assert_true (lk_store_is_empty (jeg_plan));  /* settings are not items */

  g_assert_true (lk_store_save_dev_goal (jeg_plan, goal, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (jeg_plan));

  g_assert_true (lk_store_is_empty (risk));
  g_assert_true (lk_store_save_risk_assessment (risk, assessment, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (risk));

  g_object_unref (assessment);
  g_clear_object (&jeg_plan);
  g_clear_object (&risk);
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = lk_test_tmpdir ();
  int status;

  /* The application's default database goes in the test's own folder */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/create-private", test_create_private);
  g_test_add_func ("/store/migrate-v1", test_migrate_v1);
  g_test_add_func ("/store/migrate-v2", test_migrate_v2);
  g_test_add_func ("/store/migrate-v3", test_migrate_v3);
  g_test_add_func ("/store/migrate-v4", test_migrate_v4);
  g_test_add_func ("/store/migrate-v5", test_migrate_v5);
  g_test_add_func ("/store/migrate-v6", test_migrate_v6);
  g_test_add_func ("/store/migrate-v7", test_migrate_v7);
  g_test_add_func ("/store/migrate-v8", test_migrate_v8);
  g_test_add_func ("/store/take-over-private", test_take_over_private);
  g_test_add_func ("/store/read-only", test_read_only);
  g_test_add_func ("/store/vanished", test_vanished);
  g_test_add_func ("/store/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/store/migration-backup-names", test_migration_backup_names);
  g_test_add_func ("/store/migration-failure-rolls-back", test_migration_failure_rolls_back);
  g_test_add_func ("/store/refuse-newer", test_refuse_newer);
  g_test_add_func ("/store/refuse-not-database", test_refuse_not_database);
  g_test_add_func ("/store/refuse-corrupt", test_refuse_corrupt);
  g_test_add_func ("/store/transactions", test_transactions);
  g_test_add_func ("/store/empty-asks-every-area", test_empty_asks_every_area);
  g_test_add_func ("/store/damaged-found-in-background", test_damaged_found_in_background);
  g_test_add_func ("/store/healthy-check-passes", test_healthy_check_passes);

  status = g_test_run ();
  lk_test_rmtree (data_home);

  return status;
}
