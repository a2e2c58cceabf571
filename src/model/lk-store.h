/* lk-store.h: the SQLite store every area keeps its data in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LK_STORE_ERROR (lk_store_error_quark ())

typedef enum
{
  LK_STORE_ERROR_NOT_DATABASE,
  LK_STORE_ERROR_CORRUPT,
  LK_STORE_ERROR_TOO_NEW,
  LK_STORE_ERROR_MIGRATION,
  LK_STORE_ERROR_BACKUP,
  LK_STORE_ERROR_IO,
  LK_STORE_ERROR_SQL,
  LK_STORE_ERROR_NOT_FOUND,
  LK_STORE_ERROR_INVALID,
  LK_STORE_ERROR_READ_ONLY,
  LK_STORE_ERROR_VANISHED,
  LK_STORE_ERROR_CHANGED_ELSEWHERE,
} LkStoreError;

/* LK_STORE_SCHEMA_VERSION: the number of files in src/model/migrations/ */
#include "lk-migrations.h"

#define LK_TYPE_STORE (lk_store_get_type ())

G_DECLARE_FINAL_TYPE (LkStore, lk_store, LK, STORE, GObject)

/* Writes one item (stored whole, by uuid); the form of every lk_store_put_*() */
typedef gboolean (*LkStorePutFunc) (LkStore  *self,
                                    gpointer  item,
                                    GError  **error);
/* Called on each of many items, let go after it */
typedef void     (*LkStoreEachFunc) (gpointer  item,
                                     gpointer  data);

GQuark      lk_store_error_quark          (void);
char       *lk_store_default_path         (void);
LkStore    *lk_store_open                 (const char  *path,
                                           GError     **error);
LkStore    *lk_store_open_read_only       (const char  *path,
                                           GError     **error);
LkStore    *lk_store_open_another         (const char  *path,
                                           gboolean     read_only,
                                           GError     **error);
gboolean    lk_store_is_read_only         (LkStore     *self);
gboolean    lk_store_is_vanished          (LkStore     *self);
gboolean    lk_store_save_copy            (LkStore     *self,
                                           const char  *path,
                                           GError     **error);
const char *lk_store_get_path             (LkStore     *self);
const char *lk_store_get_migration_backup (LkStore     *self);
int         lk_store_get_schema_version   (LkStore     *self);
void        lk_store_start_check          (LkStore     *self);
gboolean    lk_store_wait_checked         (LkStore     *self,
                                           GError     **error);
gboolean    lk_store_begin                (LkStore     *self,
                                           GError     **error);
gboolean    lk_store_commit               (LkStore     *self,
                                           GError     **error);
void        lk_store_rollback             (LkStore     *self);
void        lk_store_emit_changed         (LkStore     *self,
                                           const char  *area);
gboolean    lk_store_is_empty             (LkStore     *self);
void        lk_store_take_changes         (LkStore     *self);
void        lk_store_watch                (LkStore     *self,
                                           const char * const *areas,
                                           GCallback    callback,
                                           gpointer     object);
char       *lk_store_get_setting          (LkStore     *self,
                                           const char  *key);
gboolean    lk_store_set_setting          (LkStore     *self,
                                           const char  *key,
                                           const char  *value,
                                           GError     **error);

G_END_DECLS
