/* lk-store-contents.c: what the store holds as a whole
 *
 * Whether anything is stored in any area, and the settings (the user's
 * profile, Preferences). Apart from lk-store.c, which opens, checks and
 * migrates the file and runs its transactions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-store-private.h"

/**
 * lk_store_is_empty:
 *
 * Whether the user has anything stored in any area (settings aside). It
 * asks every table of the schema, so a new area's tables count without
 * being listed anywhere; virtual and shadow tables (the search index) only
 * mirror others and are left out, as is the list of example items.
 */
gboolean
lk_store_is_empty (LkStore *self)
{
  g_autoptr(GString) sql = g_string_new ("SELECT 0");
  sqlite3_stmt *stmt;
  gboolean empty = TRUE;
  int rc;

  g_return_val_if_fail (LK_IS_STORE (self), TRUE);

  stmt = lk_store_prepare (self,
                           "SELECT name FROM pragma_table_list "
                           "WHERE schema = 'main' AND type = 'table' "
                           "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT IN ('settings', 'example_items') "
                           "ORDER BY name",
                           NULL);
  if (stmt == NULL)
    return TRUE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      /* Names come from our own schema, not from the user. */
      g_autofree char *quoted = g_strdup ((const char *)sqlite3_column_text (stmt, 0));
      g_string_append_printf (sql, " OR EXISTS (SELECT 1 FROM \"%s\")", quoted);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return TRUE;

  if (sqlite3_prepare_v2 (lk_store_get_db (self), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    return TRUE;
  if (sqlite3_step (stmt) == SQLITE_ROW)
    empty = sqlite3_column_int (stmt, 0) == 0;
  sqlite3_finalize (stmt);

  return empty;
}

char *
lk_store_get_setting (LkStore    *self,
                      const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  g_return_val_if_fail (LK_IS_STORE (self), NULL);

  stmt = lk_store_prepare (self, "SELECT value FROM settings WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (lk_store_step_one (self, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      value = g_strdup (lk_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return value;
}
