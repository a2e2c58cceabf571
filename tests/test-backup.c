/* test-backup.c: the backup document, round trips and bad documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include "lk-backup.h"
#include "lk-example.h"
#include "lk-measures.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

static gboolean
lk_store_exec_for_test (LkStore    *store,
                        const char *sql)
{
  return lk_store_exec (store, sql, NULL);
}

#define TODAY "2026-05-10"

static LkStore *
open_store (const char *dir,
            const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  LkStore *store = lk_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

static char *
export (LkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *data = lk_backup_export (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = open_store (dir, "a.db");
  g_autoptr(LkStore) b = open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) odd = lk_measure_new ("Tegn: æøå ÆØÅ 🚀 \"sitat\" \\ مرحبا");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (lk_example_load (a, TODAY, &error));
  lk_measure_set_description (odd, "Linje 1\nLinje 2\t\u00a0");
  lk_measure_set_review_date (odd, "2026-06-30");
  g_assert_true (lk_store_save_measure (a, odd, &error));
  g_assert_no_error (error);

  first = export (a);
  g_assert_true (g_str_has_prefix (first, "{"));
  g_assert_nonnull (strstr (first, "\"format\" : \"lederkompass-backup\""));
  g_assert_nonnull (strstr (first, "Fjordvik kommune"));

  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  lk_test_rmtree (dir);
}

static void
test_merge (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = open_store (dir, "m.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) m = lk_measure_new ("Lokal");
  g_autoptr(LkMeasure) after = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;
  LkMeasureCounts counts;

  g_assert_true (lk_store_save_measure (store, m, &error));
  uuid = g_strdup (lk_measure_get_uuid (m));
  g_assert_true (lk_store_set_setting (store, "user-name", "Lokal leder", NULL));

  /* The same measure, older in the backup, plus one new */
  doc = g_strdup_printf ("{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":{"
                         "\"settings\":{\"user-name\":\"Fra backup\",\"user-unit\":\"Enhet B\"},"
                         "\"measures\":["
                         "{\"uuid\":\"%s\",\"title\":\"Gammel\",\"status\":\"done\","
                         " \"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"},"
                         "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"Ny\","
                         " \"status\":\"started\",\"deadline\":\"2026-09-01\","
                         " \"source\":{\"kind\":\"risk\",\"label\":\"Fall\"},"
                         " \"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
                         uuid);

  g_assert_true (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_MERGE, &error));
  g_assert_no_error (error);

  after = lk_store_get_measure (store, uuid, NULL);
  g_assert_cmpstr (lk_measure_get_title (after), ==, "Lokal");
  g_assert_true (lk_store_count_measures (store, TODAY, &counts, NULL));
  g_assert_cmpuint (counts.total, ==, 2);
  g_assert_cmpuint (counts.by_source[LK_SOURCE_RISK], ==, 1);
  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Lokal leder");
  g_free (name);
  name = lk_store_get_setting (store, "user-unit");
  g_assert_cmpstr (name, ==, "Enhet B");

  /* Replace: the database becomes the backup */
  g_assert_true (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_REPLACE, &error));
  g_clear_object (&after);
  after = lk_store_get_measure (store, uuid, NULL);
  g_assert_cmpstr (lk_measure_get_title (after), ==, "Gammel");
  g_free (name);
  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Fra backup");

  lk_test_rmtree (dir);
}

#define HEAD "{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":"
#define M(fields) "{\"measures\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\"," fields \
                  ",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}"

static const struct {
  const char *name;
  const char *doc;
  int         code;
  const char *mentions;
} bad_documents[] = {
  { "empty", "", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "truncated", HEAD "{\"measures\":[{\"uuid\":\"6f1c", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "not-json", "Dette er ikke JSON", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "array", "[1,2,3]", LK_IMPORT_ERROR_FORMAT, NULL },
  { "other-format", "{\"format\":\"something-else\",\"version\":1,\"data\":{}}", LK_IMPORT_ERROR_FORMAT, NULL },
  { "newer-version", "{\"format\":\"lederkompass-backup\",\"version\":2,\"data\":{}}", LK_IMPORT_ERROR_VERSION, NULL },
  { "version-as-text", "{\"format\":\"lederkompass-backup\",\"version\":\"1\",\"data\":{}}", LK_IMPORT_ERROR_INVALID, "$.version" },
  { "no-data", "{\"format\":\"lederkompass-backup\",\"version\":1}", LK_IMPORT_ERROR_INVALID, "$.data" },
  { "unknown-section", HEAD "{\"risks\":[]}}", LK_IMPORT_ERROR_VERSION, "risks" },
  { "measures-not-list", HEAD "{\"measures\":{}}}", LK_IMPORT_ERROR_INVALID, "$.data.measures" },
  { "title-number", HEAD M ("\"title\":42,\"status\":\"done\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].title" },
  { "title-missing", HEAD M ("\"status\":\"done\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].title" },
  { "bad-status", HEAD M ("\"title\":\"T\",\"status\":\"maybe\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].status" },
  { "bad-date", HEAD M ("\"title\":\"T\",\"status\":\"done\",\"deadline\":\"2026-02-31\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].deadline" },
  { "bad-source", HEAD M ("\"title\":\"T\",\"status\":\"done\",\"source\":{\"kind\":\"moon\"}"), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].source.kind" },
  { "bad-uuid", HEAD "{\"measures\":[{\"uuid\":\"1\",\"title\":\"T\",\"status\":\"done\"}]}}", LK_IMPORT_ERROR_INVALID, "$.data.measures[0].uuid" },
  { "duplicate-ids", HEAD "{\"measures\":["
      "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"A\",\"status\":\"done\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"},"
      "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"B\",\"status\":\"done\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.measures[1].uuid" },
  { "invalid-utf8", HEAD M ("\"title\":\"Tiltak \xc3\x28\",\"status\":\"done\""), LK_IMPORT_ERROR_ENCODING, NULL },
  { "nul-byte", "{\"format\":\"lederkompass-backup\"\0}", LK_IMPORT_ERROR_ENCODING, NULL },
  { "deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", LK_IMPORT_ERROR_SYNTAX, NULL },
};

static void
test_bad_documents (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = open_store (dir, "bad.db");
  g_autofree char *before = NULL;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  before = export (store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *doc = bad_documents[i].doc;
      /* The nul-byte case carries its length past the NUL */
      gsize len = g_str_equal (bad_documents[i].name, "nul-byte") ? 33 : strlen (doc);

      g_test_message ("bad document: %s", bad_documents[i].name);

      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_assert_false (lk_backup_import (store, doc, len, mode, &error));
          g_assert_error (error, LK_IMPORT_ERROR, bad_documents[i].code);
          if (bad_documents[i].mentions != NULL &&
              strstr (error->message, bad_documents[i].mentions) == NULL)
            g_error ("%s: “%s” does not mention %s", bad_documents[i].name,
                     error->message, bad_documents[i].mentions);
          g_clear_error (&error);
        }

      after = export (store);
      g_assert_cmpstr (before, ==, after);
    }

  lk_test_rmtree (dir);
}

static void
test_failure_in_store_rolls_back (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = open_store (dir, "rb.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *doc = NULL;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  before = export (store);

  /* Valid document; a trigger makes the write fail after the clear. */
  doc = g_strdup (HEAD M ("\"title\":\"Blokkert\",\"status\":\"done\""));
  g_assert_true (lk_store_exec_for_test (store,
                                         "CREATE TEMP TRIGGER block BEFORE INSERT ON measures "
                                         "WHEN NEW.title = 'Blokkert' "
                                         "BEGIN SELECT RAISE (ABORT, 'blocked'); END"));
  g_assert_false (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_REPLACE, &error));
  g_assert_nonnull (error);

  after = export (store);
  g_assert_cmpstr (before, ==, after);

  lk_test_rmtree (dir);
}

static void
test_file_private (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "backup.json", NULL);
  g_autoptr(LkStore) store = open_store (dir, "f.db");
  g_autoptr(LkStore) other = open_store (dir, "g.db");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  g_assert_true (lk_backup_export_file (store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (lk_backup_import_file (other, path, LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (other));

  g_assert_false (lk_backup_import_file (other, "/nonexistent/backup.json", LK_BACKUP_REPLACE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/round-trip", test_round_trip);
  g_test_add_func ("/backup/merge", test_merge);
  g_test_add_func ("/backup/bad-documents", test_bad_documents);
  g_test_add_func ("/backup/failure-rolls-back", test_failure_in_store_rolls_back);
  g_test_add_func ("/backup/file-private", test_file_private);

  return g_test_run ();
}
