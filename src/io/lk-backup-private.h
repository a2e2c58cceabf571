/* lk-backup-private.h: what an area gives the backup
 *
 * Every section of the document is an array of objects, one per item, each
 * with a uuid. An area describes its item type once (an LkBackupSection:
 * list, write, read, uuid, updated, put) and lists it in the sections[]
 * table of lk-backup.c, which does the rest for every area alike: items
 * in uuid order, the whole document read and checked before anything is
 * stored, each uuid once, clearing for Replace All, and for Merge the
 * newer change winning.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-json-write.h"

#include "lk-backup.h"
#include "lk-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char   *name;          /* the member of "data" */

  /* Every item in the database (a GPtrArray that frees its items) */
  GPtrArray  *(*list)    (LkStore       *store,
                          GError       **error);
  /* Instead of list(), for sections of many items: each item in uuid
   * order, one at a time */
  gboolean    (*each)    (LkStore          *store,
                          LkStoreEachFunc   func,
                          gpointer          data,
                          GError          **error);
  /* The members of one item's object */
  void        (*write)   (LkJsonWriter  *writer,
                          gconstpointer  item);
  /* One item read and checked, without the database. @seen holds every
   * uuid of the section so far (uuid → path): a reader adds the uuids of
   * what it nests, with lk_backup_check_unique(). */
  gpointer    (*read)    (LkJsonNode    *node,
                          const char    *path,
                          GHashTable    *seen,
                          GError       **error);
  /* Optional: puts the items read in the order storing needs (parents
   * first); refuses a file whose links cannot be ordered */
  gboolean    (*order)   (GPtrArray     *items,
                          GError       **error);
  const char *(*uuid)    (gconstpointer  item);
  /* When it was last changed; %NULL: a merge keeps any item already here */
  const char *(*updated) (gconstpointer  item);
  /* Stores one item inside the import's transaction (and checks it) */
  LkStorePutFunc put;
  GDestroyNotify free;

  const char   *select_sql;    /* "SELECT updated (or 1) FROM table WHERE uuid = ?1" */
  const char   *clear_sql;     /* "DELETE FROM table"; what it owns cascades */
} LkBackupSection;

/* For items whose uuid and change time are public fields: the section's
 * uuid() and updated() as type##_uuid and type##_updated */
#define LK_BACKUP_ITEM_FIELDS(Type, type) \
  static const char *type##_uuid (gconstpointer item) { return ((const Type *) item)->uuid; } \
  static const char *type##_updated (gconstpointer item) { return ((const Type *) item)->updated; }

typedef gboolean (*LkValidateFunc) (gconstpointer   item,
                                    GError        **error);

typedef gpointer (*LkStoreGetFunc) (LkStore     *store,
                                    const char  *uuid,
                                    GError     **error);

GPtrArray *lk_backup_list_whole     (LkStore        *store,
                                     GListStore     *headers,
                                     const char   *(*uuid) (gconstpointer item),
                                     LkStoreGetFunc  get,
                                     GError        **error);
gpointer   lk_backup_validated      (gpointer        item,
                                     LkValidateFunc  validate,
                                     const char     *path,
                                     GError        **error);
gboolean   lk_backup_read_uuid      (LkJsonNode  *object,
                                     const char  *path,
                                     const char  *member,
                                     gboolean     required,
                                     const char **out,
                                     GError     **error);
gboolean   lk_backup_read_timestamp (LkJsonNode  *object,
                                     const char  *path,
                                     const char  *member,
                                     const char **out,
                                     GError     **error);
gboolean   lk_backup_check_unique   (GHashTable  *seen,
                                     const char  *uuid,
                                     const char  *path,
                                     GError     **error);
void       lk_backup_add_string     (LkJsonWriter *writer,
                                     const char   *name,
                                     const char   *value);
void       lk_backup_add_strv       (LkJsonWriter       *writer,
                                     const char         *name,
                                     const char * const *values);
void       lk_backup_add_int        (LkJsonWriter *writer,
                                     const char   *name,
                                     gint64        value);
void       lk_backup_add_number     (LkJsonWriter *writer,
                                     const char   *name,
                                     double        value);
void       lk_backup_add_bool       (LkJsonWriter *writer,
                                     const char   *name,
                                     gboolean      value);
GPtrArray *lk_backup_objects_of     (GListModel  *model);

G_END_DECLS
