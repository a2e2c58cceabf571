/* lk-backup.h: the whole database as one versioned JSON document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-json-read.h"
#include "lk-store.h"

G_BEGIN_DECLS

#define LK_BACKUP_FORMAT   "lederkompass-backup"
#define LK_BACKUP_VERSION  1
/* Large enough for years of a busy leader's data, small enough to read. */
#define LK_BACKUP_MAX_SIZE (256u * 1024u * 1024u)

typedef enum
{
  LK_BACKUP_REPLACE,   /* the database becomes the backup */
  LK_BACKUP_MERGE,     /* add what is new, update what is older here */
} LkBackupMode;

char     *lk_backup_export       (LkStore       *store,
                                  gsize         *length,
                                  GError       **error);
gboolean  lk_backup_export_file  (LkStore       *store,
                                  const char    *path,
                                  GError       **error);
gboolean  lk_backup_validate     (const char    *data,
                                  gsize          length,
                                  GError       **error);
gboolean  lk_backup_import       (LkStore       *store,
                                  const char    *data,
                                  gsize          length,
                                  LkBackupMode   mode,
                                  GError       **error);
gboolean  lk_backup_import_file  (LkStore       *store,
                                  const char    *path,
                                  LkBackupMode   mode,
                                  GError       **error);

/* Told the share of the work done (0 … 1), now and then */
typedef void (*LkBackupProgress) (double    fraction,
                                  gpointer  user_data);

gboolean  lk_backup_check_file       (const char       *path,
                                      GCancellable     *cancellable,
                                      LkBackupProgress  progress,
                                      gpointer          user_data,
                                      GError          **error);
gboolean  lk_backup_import_file_full (LkStore          *store,
                                      const char       *path,
                                      LkBackupMode      mode,
                                      GCancellable     *cancellable,
                                      LkBackupProgress  progress,
                                      gpointer          user_data,
                                      GError          **error);

G_END_DECLS
