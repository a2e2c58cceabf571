/* fuzz-backup.c: any bytes as a backup document, as a plan passed
 * between leaders, and as 10-faktor results (CSV and JSON)
 *
 * With clang and -Dfuzzing=true this is a libFuzzer target; otherwise a
 * small driver runs the files given on the command line through the same
 * function, so the corpus is a regular test.
 *
 * Every input must either import or be refused, and a refused one must
 * leave the database exactly as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdint.h>
#include <string.h>

#include "lk-backup.h"
#include "lk-example.h"
#include "lk-plan-exchange.h"
#include "lk-ten-factor-import.h"
#include "../lk-test-util.h"

static LkStore *store;
static char *before;
static char *dir;

static void
setup (void)
{
  g_autofree char *path = NULL;

  dir = g_dir_make_tmp ("lederkompass-fuzz-XXXXXX", NULL);
  path = g_build_filename (dir, "fuzz.db", NULL);

  store = lk_store_open (path, NULL);
  g_assert (store != NULL);
  lk_example_load (store, "2026-05-10", NULL);
  before = lk_backup_export (store, NULL, NULL);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  if (store == NULL)
    setup ();

  if (lk_backup_import (store, (const char *)data, size, LK_BACKUP_MERGE, &error))
    /* Accepted: put the reference state back for the next input. */
    lk_backup_import (store, before, strlen (before), LK_BACKUP_REPLACE, NULL);
  else
    {
      g_assert (error != NULL && error->message != NULL && *error->message != '\0');
      after = lk_backup_export (store, NULL, NULL);
      g_assert (g_strcmp0 (before, after) == 0);
      g_clear_pointer (&after, g_free);
    }
  g_clear_error (&error);

  /* The same bytes as a plan from another leader: read, previewed and
   * applied, or refused with the database as it was */
  {
    g_autoptr(LkPlanImport) import = lk_plan_exchange_read ((const char *)data, size, &error);
    g_autoptr(LkPlanPreview) preview = NULL;

    if (import != NULL && (preview = lk_plan_exchange_preview (store, import, &error)) != NULL &&
        lk_plan_exchange_apply (store, import, NULL, &error))
      lk_backup_import (store, before, strlen (before), LK_BACKUP_REPLACE, NULL);
    else
      {
        g_assert (error != NULL && error->message != NULL && *error->message != '\0');
        after = lk_backup_export (store, NULL, NULL);
        g_assert (g_strcmp0 (before, after) == 0);
        g_clear_pointer (&after, g_free);
      }
    g_clear_error (&error);
  }

  /* And as 10-faktor results, from a spreadsheet and from JSON */
  for (guint json = 0; json < 2; json++)
    {
      g_autoptr(LkTenFactorImport) import = json ? lk_ten_factor_read_json ((const char *)data, size, &error)
                                                 : lk_ten_factor_read_csv ((const char *)data, size, "fuzz", &error);

      if (import != NULL && lk_ten_factor_preview (store, import, &error) &&
          lk_ten_factor_apply (store, import, &error))
        lk_backup_import (store, before, strlen (before), LK_BACKUP_REPLACE, NULL);
      else
        {
          g_assert (error != NULL && error->message != NULL && *error->message != '\0');
          after = lk_backup_export (store, NULL, NULL);
          g_assert (g_strcmp0 (before, after) == 0);
          g_clear_pointer (&after, g_free);
        }
      g_clear_error (&error);
    }

  return 0;
}

#ifndef LK_LIBFUZZER
int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *data = NULL;
      gsize len = 0;

      if (!g_file_get_contents (argv[i], &data, &len, NULL))
        {
          g_printerr ("cannot read %s\n", argv[i]);
          return 1;
        }
      LLVMFuzzerTestOneInput ((const uint8_t *)data, len);
      /* Also every prefix of every 64th length: truncated files */
      for (gsize cut = 0; cut < len; cut += 64)
        LLVMFuzzerTestOneInput ((const uint8_t *)data, cut);
      g_print ("ok %d %s\n", i, argv[i]);
    }
  g_print ("1..%d\n", argc - 1);

  /* Leave nothing behind in /tmp */
  g_clear_object (&store);
  if (dir != NULL)
    lk_test_rmtree (dir);

  return 0;
}
#endif
