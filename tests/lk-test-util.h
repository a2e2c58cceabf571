/* lk-test-util.h: the store fixture, temporary folders and file comparison
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

#include "lk-store.h"

/* A fresh folder per test, removed with its files at the end. */
static inline char *
lk_test_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lederkompass-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static inline void
lk_test_rmtree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        lk_test_rmtree (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

static inline char *
lk_test_checksum_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL))
    return g_strdup ("missing");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *)data, len);
}

static inline char *
lk_test_fixture_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

/* The text of a PDF. pdftotext is one of the test packages: without it the
 * PDF tests fail rather than check less. */
static inline char *
lk_test_pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, path, "-", NULL };
  char *out = NULL;

  if (pdftotext == NULL)
    g_error ("pdftotext is missing: install poppler-utils (./build-aux/dev test does)");

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));

  return out;
}

/* A store in @dir, opened or failing the test */
static inline LkStore *
lk_test_open_store (const char *dir,
                    const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  LkStore *store = lk_store_open (path, &error);

  g_assert_no_error (error);

  return store;
}

/* The fixture of every test that needs a store: a new database in its own
 * folder (never beside another program's files), removed afterwards. */
typedef struct
{
  char    *dir;
  LkStore *store;
} LkTestFixture;

static inline void
lk_test_fixture_setup (LkTestFixture *f,
                       gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  f->dir = lk_test_tmpdir ();
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = lk_store_open (path, &error);
  g_assert_no_error (error);
}

static inline void
lk_test_fixture_teardown (LkTestFixture *f,
                          gconstpointer  data)
{
  g_clear_object (&f->store);
  lk_test_rmtree (f->dir);
  g_free (f->dir);
}

#define lk_test_add(path, func) \
  g_test_add ((path), LkTestFixture, NULL, lk_test_fixture_setup, (func), lk_test_fixture_teardown)
