/* lk-backup.c: backup export and all-or-nothing import
 *
 * The document is
 *   { "format": "lederkompass-backup", "version": 1, "app-version": "…",
 *     "data": { "<section>": …, … } }
 * Each area adds one section to the table below: how to write it, how to
 * read and check it without touching the database, how to clear it, and
 * how to store it. Import first reads and checks every section, then
 * writes them all in one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-store-private.h"

/* --- settings: one object of names and values -------------------------- */

/* The only section that is not a list of items: "settings" comes first in
 * the document and is handled here. */

static gboolean
settings_write (LkStore      *store,
                JsonBuilder  *builder,
                GError      **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT key, value FROM settings ORDER BY key", error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;

  json_builder_begin_object (builder);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      json_builder_set_member_name (builder, lk_column_text (stmt, 0));
      json_builder_add_string_value (builder, lk_column_text (stmt, 1));
    }
  json_builder_end_object (builder);

  return step == LK_STEP_DONE;
}

static GHashTable *
settings_read (LkJsonNode  *node,
               const char  *path,
               GError     **error)
{
  g_autoptr(GHashTable) settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)))
    return NULL;

  for (guint i = 0; i < lk_json_node_get_length (object); i++)
    {
      const char *key = lk_json_object_get_member_name (object, i);
      const char *text;

      if (strlen (key) == 0 || strlen (key) > 64)
        {
          lk_json_invalid (error, path, key, _("is not a valid setting name"));
          return NULL;
        }
      if (!lk_json_string_member (object, path, key, FALSE, 1000, &text, error))
        return NULL;
      if (text != NULL)
        g_hash_table_insert (settings, g_strdup (key), g_strdup (text));
    }

  return g_steal_pointer (&settings);
}

static gboolean
settings_store (LkStore       *store,
                GHashTable    *settings,
                LkBackupMode   mode,
                GError       **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, settings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* Merging keeps what the user has set here. */
      if (mode == LK_BACKUP_MERGE)
        {
          g_autofree char *current = lk_store_get_setting (store, key);

          if (current != NULL)
            continue;
        }

      if (!lk_store_set_setting (store, key, value, error))
        return FALSE;
    }

  return TRUE;
}

/* --- shared by the sections ---------------------------------------------- */

void
lk_backup_add_string (JsonBuilder *builder,
                      const char  *name,
                      const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

void
lk_backup_add_strv (JsonBuilder        *builder,
                    const char         *name,
                    const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

void
lk_backup_add_int (JsonBuilder *builder,
                   const char  *name,
                   gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* An unset number (NAN) is left out; whole numbers are written whole */
void
lk_backup_add_number (JsonBuilder *builder,
                      const char  *name,
                      double       value)
{
  if (isnan (value))
    return;
  json_builder_set_member_name (builder, name);
  if (value == floor (value) && fabs (value) < 1e15)
    json_builder_add_int_value (builder, (gint64) value);
  else
    json_builder_add_double_value (builder, value);
}

void
lk_backup_add_bool (JsonBuilder *builder,
                    const char  *name,
                    gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

/* The objects of a list model, for a section's list() */
GPtrArray *
lk_backup_objects_of (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

gboolean
lk_backup_read_uuid (LkJsonNode  *object,
                     const char  *path,
                     const char  *member,
                     gboolean     required,
                     const char **out,
                     GError     **error)
{
  if (!lk_json_string_member (object, path, member, required, 36, out, error))
    return FALSE;

  if (*out != NULL && !g_uuid_string_is_valid (*out))
    {
      lk_json_invalid (error, path, member, _("is not a valid identifier (UUID)"));
      return FALSE;
    }

  return TRUE;
}

gboolean
lk_backup_read_timestamp (LkJsonNode  *object,
                          const char  *path,
                          const char  *member,
                          const char **out,
                          GError     **error)
{
  if (!lk_json_string_member (object, path, member, TRUE, 40, out, error))
    return FALSE;

  if (!lk_timestamp_is_valid (*out))
    {
      lk_json_invalid (error, path, member, _("is not a time (like 2026-01-31T12:00:00Z)"));
      return FALSE;
    }

  return TRUE;
}

/* Each uuid once in a section, nested items included; the message names
 * both places. @path is the object that has the uuid. */
gboolean
lk_backup_check_unique (GHashTable  *seen,
                        const char  *uuid,
                        const char  *path,
                        GError     **error)
{
  const char *first = g_hash_table_lookup (seen, uuid);

  if (first != NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("the uuid is used twice, also at %s"), first);
      lk_json_invalid (error, path, "uuid", msg);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (uuid), g_strdup (path));

  return TRUE;
}

/* --- the one loop for every section ------------------------------------- */

/* The areas' sections, in the order they are stored; cleared in reverse,
 * so what refers to others comes after them. Each is defined in its
 * area's file as lk_backup_NAME_section; a new area adds one line here. */
#define LK_BACKUP_SECTIONS(X) \
  X (measures) \
  X (dev_goals) \
  X (log_templates) \
  X (programmes) \
  X (log_entries) \
  X (risk_assessments) \
  X (deviations) \
  X (fishbones) \
  X (kommuneplans) \
  X (org_units) \
  X (goals) \
  X (benefits) \
  X (survey_rounds) \
  X (conversations)

#define DECLARE_SECTION(name) extern const LkBackupSection lk_backup_##name##_section;
LK_BACKUP_SECTIONS (DECLARE_SECTION)
#undef DECLARE_SECTION

#define LIST_SECTION(name) &lk_backup_##name##_section,
static const LkBackupSection *sections[] = {
  LK_BACKUP_SECTIONS (LIST_SECTION)
};
#undef LIST_SECTION

static int
compare_by_uuid (gconstpointer a,
                 gconstpointer b,
                 gpointer      section)
{
  const LkBackupSection *s = section;

  return g_strcmp0 (s->uuid (*(gconstpointer *)a), s->uuid (*(gconstpointer *)b));
}

static gboolean
section_write (const LkBackupSection  *s,
               LkStore                *store,
               JsonBuilder            *builder,
               GError                **error)
{
  g_autoptr(GPtrArray) items = s->list (store, error);

  if (items == NULL)
    return FALSE;

  /* By uuid: the same data always gives the same document */
  g_ptr_array_sort_with_data (items, compare_by_uuid, (gpointer)s);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      json_builder_begin_object (builder);
      s->write (builder, g_ptr_array_index (items, i));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return TRUE;
}

static GPtrArray *
section_read (const LkBackupSection  *s,
              LkJsonNode               *node,
              const char             *path,
              GError                **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (s->free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  LkJsonNode *array;

  if (!LK_JSON_HOLDS (node, LK_JSON_ARRAY))
    {
      lk_json_invalid (error, path, NULL, _("expected a list [ … ]"));
      return NULL;
    }
  array = node;

  for (guint i = 0; i < lk_json_node_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      gpointer item = s->read (lk_json_array_get_element (array, i), item_path, seen, error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
      if (!lk_backup_check_unique (seen, s->uuid (item), item_path, error))
        return NULL;
    }
  if (s->order != NULL && !s->order (items, error))
    {
      g_prefix_error (error, "%s: ", path);
      return NULL;
    }

  return g_steal_pointer (&items);
}

/* In a merge: whether the database has the item, changed later than the
 * file's copy (or at all, for items without a time). */
static gboolean
keep_here (const LkBackupSection  *s,
           LkStore                *store,
           gconstpointer           item,
           gboolean               *keep,
           GError                **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, s->select_sql, error);
  LkStep step;

  *keep = FALSE;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, s->uuid (item), -1, SQLITE_TRANSIENT);
  if ((step = lk_store_step_one (store, stmt, NULL, error)) == LK_STEP_ROW)
    {
      *keep = s->updated == NULL ||
              g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), s->updated (item)) > 0;
      sqlite3_reset (stmt);
    }

  return step != LK_STEP_ERROR;
}

static gboolean
section_store (const LkBackupSection  *s,
               LkStore                *store,
               GPtrArray              *items,
               LkBackupMode            mode,
               GError                **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      gpointer item = g_ptr_array_index (items, i);
      gboolean keep = FALSE;

      if (mode == LK_BACKUP_MERGE && !keep_here (s, store, item, &keep, error))
        return FALSE;
      if (keep)
        continue;

      if (!s->put (store, item, error))
        {
          /* Name the place: some checks (links, uuids taken by another kind
           * of item) can only be made against the database. */
          g_prefix_error (error, "$.data.%s[%u]: ", s->name, i);
          return FALSE;
        }
    }

  return TRUE;
}

/* --- the document ------------------------------------------------------ */

char *
lk_backup_export (LkStore  *store,
                  gsize    *length,
                  GError  **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LK_BACKUP_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LK_BACKUP_VERSION);
  json_builder_set_member_name (builder, "app-version");
  json_builder_add_string_value (builder, PACKAGE_VERSION);
  json_builder_set_member_name (builder, "data");
  json_builder_begin_object (builder);

  /* One read transaction, so the document is a consistent snapshot. */
  if (!lk_store_begin (store, error))
    return NULL;
  json_builder_set_member_name (builder, "settings");
  if (!settings_write (store, builder, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      json_builder_set_member_name (builder, sections[i]->name);
      if (!section_write (sections[i], store, builder, error))
        goto failed;
    }
  lk_store_rollback (store);

  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);

failed:
  lk_store_rollback (store);
  return NULL;
}

/**
 * lk_backup_export_file:
 *
 * Writes the backup atomically, readable only by the user: it holds the
 * private learning log.
 */
gboolean
lk_backup_export_file (LkStore     *store,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!(data = lk_backup_export (store, &length, error)))
    return FALSE;

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

typedef struct
{
  GHashTable *settings;
  GPtrArray  *items[G_N_ELEMENTS (sections)];
} Parsed;

static void
parsed_free (Parsed *parsed)
{
  g_clear_pointer (&parsed->settings, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    g_clear_pointer (&parsed->items[i], g_ptr_array_unref);
  g_free (parsed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static Parsed *
read_document (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(LkJsonDocument) document = NULL;
  g_autoptr(Parsed) parsed = g_new0 (Parsed, 1);
  LkJsonNode *root, *object, *data_object;
  const char *format = NULL;
  LkJsonNode *node;
  gint64 version;

  if (!(document = lk_json_parse (data, length, LK_BACKUP_MAX_SIZE, error)))
    return NULL;
  root = lk_json_document_get_root (document);

  if (!LK_JSON_HOLDS (root, LK_JSON_OBJECT) ||
      !lk_json_string_member (root, "$", "format", FALSE, 100,
                              &format, NULL) ||
      g_strcmp0 (format, LK_BACKUP_FORMAT) != 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file is not a Lederkompass backup."));
      return NULL;
    }
  object = root;

  if (!lk_json_int_member (object, "$", "version", 1, G_MAXINT, &version, error))
    return NULL;
  if (version > LK_BACKUP_VERSION)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_VERSION,
                   _("The backup was made by a newer version of Lederkompass (backup format %d; "
                     "this version reads up to %d). Update Lederkompass to import it."),
                   (int)version, LK_BACKUP_VERSION);
      return NULL;
    }

  if (!(data_object = lk_json_object (lk_json_object_get_member (object, "data"), "$.data", error)))
    return NULL;

  /* An unknown section would be lost silently on import: refuse instead. */
  for (guint n = 0; n < lk_json_node_get_length (data_object); n++)
    {
      const char *name = lk_json_object_get_member_name (data_object, n);
      gboolean known = strcmp (name, "settings") == 0;

      for (guint i = 0; i < G_N_ELEMENTS (sections) && !known; i++)
        known = strcmp (sections[i]->name, name) == 0;

      if (!known)
        {
          g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_VERSION,
                       _("$.data.%s: this version of Lederkompass does not know this kind of "
                         "data. Update Lederkompass to import the backup."),
                       name);
          return NULL;
        }
    }

  node = lk_json_object_get_member (data_object, "settings");
  if (node != NULL && !(parsed->settings = settings_read (node, "$.data.settings", error)))
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.data.%s", sections[i]->name);

      node = lk_json_object_get_member (data_object, sections[i]->name);
      if (node == NULL)
        continue;
      if (!(parsed->items[i] = section_read (sections[i], node, path, error)))
        return NULL;
    }

  return g_steal_pointer (&parsed);
}

/**
 * lk_backup_validate:
 *
 * Reads and checks a backup document without touching any database.
 */
gboolean
lk_backup_validate (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(Parsed) parsed = read_document (data, length, error);

  return parsed != NULL;
}

/**
 * lk_backup_import:
 *
 * Checks the whole document, then replaces or merges in one transaction.
 * On any error the database is exactly as it was.
 */
gboolean
lk_backup_import (LkStore       *store,
                  const char    *data,
                  gsize          length,
                  LkBackupMode   mode,
                  GError       **error)
{
  g_autoptr(Parsed) parsed = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (!(parsed = read_document (data, length, error)))
    return FALSE;

  if (!lk_store_begin (store, error))
    return FALSE;

  if (mode == LK_BACKUP_REPLACE)
    {
      for (guint i = G_N_ELEMENTS (sections); i > 0; i--)
        if (!lk_store_exec (store, sections[i - 1]->clear_sql, error))
          goto failed;
      if (!lk_store_exec (store, "DELETE FROM settings", error))
        goto failed;
    }

  if (parsed->settings != NULL && !settings_store (store, parsed->settings, mode, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (parsed->items[i] != NULL &&
          !section_store (sections[i], store, parsed->items[i], mode, error))
        goto failed;
    }

  if (!lk_store_commit (store, error))
    return FALSE;

  lk_store_emit_changed (store, "all");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}

gboolean
lk_backup_import_file (LkStore       *store,
                       const char    *path,
                       LkBackupMode   mode,
                       GError       **error)
{
  g_autofree char *data = NULL;
  GStatBuf st;
  gsize length;

  /* Check the size before reading a file of any size into memory. */
  if (g_stat (path, &st) == 0 && (guint64)st.st_size > LK_BACKUP_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (LK_BACKUP_MAX_SIZE);

      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large (more than %s)."), size);
      return FALSE;
    }

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;

  return lk_backup_import (store, data, length, mode, error);
}
