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
/* For SQL built at run time: prepared each time and never cached (the
 * statement cache is keyed by the static SQL's address). */
gboolean      lk_store_run_built (LkStore     *self,
                                  const char  *sql,
                                  int         *changes,
                                  GError     **error);
gboolean      lk_store_query_int (LkStore     *self,
                                  const char  *sql,
                                  gint64      *value,
                                  GError     **error);
gboolean      lk_store_exec      (LkStore     *self,
                                  const char  *sql,
                                  GError     **error);
gboolean      lk_store_step_done (LkStore     *self,
                                  sqlite3_stmt *stmt,
                                  GError     **error);

/* Every step goes through lk_store_step(): a failing step is an error to
 * report, never the end of the rows. The statement is reset when it is
 * done or failed. */
typedef enum
{
  LK_STEP_ERROR = -1,
  LK_STEP_DONE  = 0,
  LK_STEP_ROW   = 1,
} LkStep;

LkStep        lk_store_step      (LkStore      *self,
                                  sqlite3_stmt *stmt,
                                  GError      **error);
LkStep        lk_store_step_one  (LkStore      *self,
                                  sqlite3_stmt *stmt,
                                  const char   *not_found,
                                  GError      **error);
/* Tests: the step after @n more steps fails as a full disk would (-1:
 * none). Returns whether the failure armed before fired. */
gboolean      lk_store_fail_step_after (LkStore *self,
                                        int      n);

/* A save of an item that was stored before (@id > 0) must find it still
 * there: an item deleted meanwhile comes back only by Undo. @sql is
 * "SELECT 1 FROM table WHERE id = ?1". */
gboolean      lk_store_check_not_deleted (LkStore     *self,
                                          const char  *sql,
                                          gint64       id,
                                          const char  *message,
                                          GError     **error);

/* Deletes one row by uuid in a transaction of its own and tells the views.
 * @sql is "DELETE FROM table WHERE uuid = ?1"; with @not_found, deleting
 * nothing is an error with that message. */
gboolean      lk_store_delete_by_uuid (LkStore     *self,
                                       const char  *sql,
                                       const char  *area,
                                       const char  *uuid,
                                       const char  *not_found,
                                       GError     **error);
void          lk_store_set_error (LkStore     *self,
                                  GError     **error);
/* Writes one item in a transaction of its own and tells the views */
gboolean      lk_store_put_one   (LkStore        *self,
                                  const char     *area,
                                  LkStorePutFunc  put,
                                  gpointer        item,
                                  GError        **error);

/* A kind of item the user saves: what lk_store_save_one() needs of it */
typedef struct
{
  const char     *area;        /* told to the views */
  const char     *exists_sql;  /* "SELECT 1 FROM table WHERE id = ?1" */
  const char     *deleted;     /* N_(): said when the item went meanwhile */
  LkStorePutFunc  put;         /* validates and stores it */
} LkStoreKind;

gboolean      lk_store_save_one  (LkStore            *self,
                                  const LkStoreKind  *kind,
                                  gint64              id,
                                  char              **updated,
                                  gpointer            item,
                                  GError            **error);
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
/* An optional number: NAN is NULL */
void          lk_bind_number     (sqlite3_stmt *stmt,
                                  int           col,
                                  double        value);
double        lk_column_number   (sqlite3_stmt *stmt,
                                  int           col);

G_END_DECLS
