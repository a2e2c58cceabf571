/* lk-store-copy.c: the whole database into a new file
 *
 * What is left to do when the file we had was deleted or moved under us:
 * the open connection still sees everything, and VACUUM INTO writes it
 * out as a database of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "lk-store-private.h"

/**
 * lk_store_save_copy:
 *
 * Writes everything in the database, as this connection sees it, to a new
 * file (0600, complete before it takes its name): what is left when the
 * file we had was deleted or moved.
 */
gboolean
lk_store_save_copy (LkStore     *self,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temp = NULL;
  sqlite3_stmt *stmt = NULL;
  int fd, rc;

  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  /* A fresh name beside the target: VACUUM INTO wants a file that is not there */
  temp = g_build_filename (dir, ".lederkompass-copy-XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int errsv = errno;

      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO, _("Could not write “%s”: %s"), path,
                   g_strerror (errsv));
      return FALSE;
    }
  g_close (fd, NULL);
  g_unlink (temp);

  rc = sqlite3_prepare_v2 (lk_store_get_db (self), "VACUUM INTO ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, temp, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO, _("Could not write “%s”: %s"), path,
                   sqlite3_errmsg (lk_store_get_db (self)));
      g_unlink (temp);
      return FALSE;
    }
  if (g_chmod (temp, 0600) != 0 || g_rename (temp, path) != 0)
    {
      int errsv = errno;

      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO, _("Could not write “%s”: %s"), path,
                   g_strerror (errsv));
      g_unlink (temp);
      return FALSE;
    }

  return TRUE;
}
