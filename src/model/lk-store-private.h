/* lk-store-private.h: for the model and io layers only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "lk-store.h"

G_BEGIN_DECLS

sqlite3      *lk_store_get_db    (LkStore     *self);
sqlite3_stmt *lk_store_prepare   (LkStore     *self,
                                  const char  *sql,
                                  GError     **error);
gboolean      lk_store_exec      (LkStore     *self,
                                  const char  *sql,
                                  GError     **error);
gboolean      lk_store_step_done (LkStore     *self,
                                  sqlite3_stmt *stmt,
                                  GError     **error);
void          lk_store_set_error (LkStore     *self,
                                  GError     **error);
/* Writes one item in a transaction of its own and tells the views */
typedef gboolean (*LkStorePutFunc) (LkStore  *self,
                                    gpointer  item,
                                    GError  **error);
gboolean      lk_store_put_one   (LkStore        *self,
                                  const char     *area,
                                  LkStorePutFunc  put,
                                  gpointer        item,
                                  GError        **error);
gboolean      lk_store_step_returning_id (LkStore      *self,
                                          sqlite3_stmt *stmt,
                                          gint64       *id_out,
                                          GError      **error);

/* NULL-safe binding of optional text columns */
void          lk_bind_text       (sqlite3_stmt *stmt,
                                  int           col,
                                  const char   *text);
const char   *lk_column_text     (sqlite3_stmt *stmt,
                                  int           col);

G_END_DECLS
