/* lk-test-util.h: temporary folders and file comparison for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

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

/* The text of a PDF, or NULL when pdftotext is not installed. */
static inline char *
lk_test_pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, path, "-", NULL };
  char *out = NULL;

  if (pdftotext == NULL)
    {
      g_test_message ("pdftotext not found: PDF text not checked");
      return NULL;
    }

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, NULL, NULL));

  return out;
}
