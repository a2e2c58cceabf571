/* lk-backup-private.h: what each area's backup sections share
 *
 * An area adds a file lk-backup-AREA.c with, per section, functions to
 * write, read and check (without touching the database), clear, and store;
 * and lists them in the sections[] table of lk-backup.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "lk-backup.h"
#include "lk-store-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  gboolean  (*write) (LkStore      *store,
                      JsonBuilder  *builder,
                      GError      **error);
  gpointer  (*read)  (JsonNode     *node,
                      const char   *path,
                      GError      **error);
  gboolean  (*clear) (LkStore      *store,
                      GError      **error);
  gboolean  (*store) (LkStore      *store,
                      gpointer      parsed,
                      LkBackupMode  mode,
                      GError      **error);
  GDestroyNotify free_parsed;
} LkBackupSection;

gboolean lk_backup_read_uuid      (JsonObject  *object,
                                   const char  *path,
                                   const char  *member,
                                   gboolean     required,
                                   const char **out,
                                   GError     **error);
gboolean lk_backup_read_timestamp (JsonObject  *object,
                                   const char  *path,
                                   const char  *member,
                                   const char **out,
                                   GError     **error);
void     lk_backup_add_string     (JsonBuilder *builder,
                                   const char  *name,
                                   const char  *value);
void     lk_backup_add_strv       (JsonBuilder        *builder,
                                   const char         *name,
                                   const char * const *values);
gboolean lk_backup_newer_here     (LkStore       *store,
                                   sqlite3_stmt  *stmt,
                                   const char    *uuid,
                                   const char    *updated,
                                   gboolean      *newer,
                                   GError       **error);
JsonArray *lk_backup_array        (JsonNode    *node,
                                   const char  *path,
                                   GError     **error);
gboolean lk_backup_check_unique   (GHashTable  *seen,
                                   const char  *uuid,
                                   const char  *path,
                                   const char  *item_path,
                                   guint        index,
                                   GError     **error);

extern const LkBackupSection lk_backup_dev_goals_section;
extern const LkBackupSection lk_backup_log_templates_section;
extern const LkBackupSection lk_backup_programmes_section;
extern const LkBackupSection lk_backup_log_entries_section;
extern const LkBackupSection lk_backup_risk_assessments_section;
extern const LkBackupSection lk_backup_deviations_section;

G_END_DECLS
