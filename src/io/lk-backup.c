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
#include <glib/gstdio.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-store-private.h"

typedef LkBackupSection Section;

/* --- settings ---------------------------------------------------------- */

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

static gpointer
settings_read (JsonNode    *node,
               const char  *path,
               GError     **error)
{
  g_autoptr(GHashTable) settings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JsonObject *object;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (!(object = lk_json_object (node, path, error)))
    return NULL;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &key, &value))
    {
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
settings_clear (LkStore  *store,
                GError  **error)
{
  return lk_store_exec (store, "DELETE FROM settings", error);
}

static gboolean
settings_store (LkStore       *store,
                gpointer       parsed,
                LkBackupMode   mode,
                GError       **error)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, parsed);
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

/* In a merge: whether this database holds the item changed more recently
 * than the file's copy. @stmt selects "updated" for the uuid bound as ?1. */
gboolean
lk_backup_newer_here (LkStore       *store,
                      sqlite3_stmt  *stmt,
                      const char    *uuid,
                      const char    *updated,
                      gboolean      *newer,
                      GError       **error)
{
  LkStep step;

  *newer = FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if ((step = lk_store_step_one (store, stmt, NULL, error)) == LK_STEP_ROW)
    {
      *newer = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), updated) > 0;
      sqlite3_reset (stmt);
    }

  return step != LK_STEP_ERROR;
}

JsonArray *
lk_backup_array (JsonNode    *node,
                 const char  *path,
                 GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      lk_json_invalid (error, path, NULL, _("expected a list [ … ]"));
      return NULL;
    }

  return json_node_get_array (node);
}

/* Each uuid once in a section; the message names both places. */
gboolean
lk_backup_check_unique (GHashTable  *seen,
                        const char  *uuid,
                        const char  *path,
                        const char  *item_path,
                        guint        index,
                        GError     **error)
{
  gpointer first;

  if (g_hash_table_lookup_extended (seen, uuid, NULL, &first))
    {
      g_autofree char *msg = g_strdup_printf (_("the uuid is used twice, also at %s[%u]"),
                                              path, GPOINTER_TO_UINT (first));
      lk_json_invalid (error, item_path, "uuid", msg);
      return FALSE;
    }
  g_hash_table_insert (seen, g_strdup (uuid), GUINT_TO_POINTER (index));

  return TRUE;
}

/* --- measures ---------------------------------------------------------- */

static int
compare_uuid (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 (lk_measure_get_uuid (*(LkMeasure **)a),
                    lk_measure_get_uuid (*(LkMeasure **)b));
}

static gboolean
measures_write (LkStore      *store,
                JsonBuilder  *builder,
                GError      **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (!(list = lk_store_list_measures (store, NULL, error)))
    return FALSE;

  /* By uuid, so the same data always gives the same document. */
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, g_list_model_get_item (G_LIST_MODEL (list), i));
  g_ptr_array_sort (sorted, compare_uuid);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      LkMeasure *m = g_ptr_array_index (sorted, i);

#define ADD_STRING(name, value) lk_backup_add_string (builder, name, value)

      json_builder_begin_object (builder);
      ADD_STRING ("uuid", lk_measure_get_uuid (m));
      ADD_STRING ("title", lk_measure_get_title (m));
      ADD_STRING ("description", lk_measure_get_description (m));
      ADD_STRING ("owner", lk_measure_get_owner (m));
      ADD_STRING ("deadline", lk_measure_get_deadline (m));
      ADD_STRING ("review-date", lk_measure_get_review_date (m));
      ADD_STRING ("status", lk_measure_status_to_string (lk_measure_get_status (m)));
      json_builder_set_member_name (builder, "source");
      json_builder_begin_object (builder);
      ADD_STRING ("kind", lk_source_kind_to_string (lk_measure_get_source_kind (m)));
      ADD_STRING ("uuid", lk_measure_get_source_uuid (m));
      ADD_STRING ("label", lk_measure_get_source_label (m));
      json_builder_end_object (builder);
      ADD_STRING ("created", lk_measure_get_created (m));
      ADD_STRING ("updated", lk_measure_get_updated (m));
      json_builder_end_object (builder);
#undef ADD_STRING
    }
  json_builder_end_array (builder);

  return TRUE;
}

gboolean
lk_backup_read_uuid (JsonObject  *object,
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
lk_backup_read_timestamp (JsonObject  *object,
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

static LkMeasure *
measure_read (JsonNode    *node,
              const char  *path,
              GError     **error)
{
  g_autoptr(LkMeasure) measure = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *source_path = NULL;
  const char *uuid, *title, *description, *owner, *deadline, *review, *status_name;
  const char *created, *updated;
  const char *kind_name = NULL, *source_uuid = NULL, *source_label = NULL;
  LkMeasureStatus status;
  LkSourceKind kind = LK_SOURCE_NONE;
  JsonObject *object, *source;
  JsonNode *source_node;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "title", TRUE, LK_MEASURE_TITLE_MAX, &title, error) ||
      !lk_json_string_member (object, path, "description", FALSE, LK_MEASURE_TEXT_MAX,
                              &description, error) ||
      !lk_json_string_member (object, path, "owner", FALSE, LK_MEASURE_TITLE_MAX, &owner, error) ||
      !lk_json_date_member (object, path, "deadline", &deadline, error) ||
      !lk_json_date_member (object, path, "review-date", &review, error) ||
      !lk_json_string_member (object, path, "status", TRUE, 20, &status_name, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;

  if (!lk_measure_status_from_string (status_name, &status))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a known status"), status_name);
      lk_json_invalid (error, path, "status", msg);
      return NULL;
    }

  source_node = json_object_get_member (object, "source");
  if (source_node != NULL && !JSON_NODE_HOLDS_NULL (source_node))
    {
      source_path = g_strdup_printf ("%s.source", path);
      if (!(source = lk_json_object (source_node, source_path, error)) ||
          !lk_json_string_member (source, source_path, "kind", TRUE, 40, &kind_name, error) ||
          !lk_backup_read_uuid (source, source_path, "uuid", FALSE, &source_uuid, error) ||
          !lk_json_string_member (source, source_path, "label", FALSE, LK_MEASURE_TITLE_MAX,
                                  &source_label, error))
        return NULL;

      if (!lk_source_kind_from_string (kind_name, &kind))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a known area"), kind_name);
          lk_json_invalid (error, source_path, "kind", msg);
          return NULL;
        }
    }

  measure = lk_measure_new (title);
  lk_measure_set_identity (measure, 0, uuid, created, updated);
  lk_measure_set_description (measure, description);
  lk_measure_set_owner (measure, owner);
  lk_measure_set_deadline (measure, deadline);
  lk_measure_set_review_date (measure, review);
  lk_measure_set_status (measure, status);
  lk_measure_set_source (measure, kind, source_uuid, source_label);

  if (!lk_measure_validate (measure, &local_error))
    {
      lk_json_invalid (error, path, NULL, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&measure);
}

static gpointer
measures_read (JsonNode    *node,
               const char  *path,
               GError     **error)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;
  guint n;

  if (!(array = lk_backup_array (node, path, error)))
    return NULL;
  n = json_array_get_length (array);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      LkMeasure *measure;

      if (!(measure = measure_read (json_array_get_element (array, i), item_path, error)))
        return NULL;
      g_ptr_array_add (measures, measure);

      if (!lk_backup_check_unique (seen, lk_measure_get_uuid (measure), path, item_path, i, error))
        return NULL;
    }

  return g_steal_pointer (&measures);
}

static gboolean
measures_clear (LkStore  *store,
                GError  **error)
{
  return lk_store_exec (store, "DELETE FROM measures", error);
}

static gboolean
measures_store (LkStore       *store,
                gpointer       parsed,
                LkBackupMode   mode,
                GError       **error)
{
  GPtrArray *measures = parsed;

  for (guint i = 0; i < measures->len; i++)
    {
      LkMeasure *measure = g_ptr_array_index (measures, i);

      /* Merging keeps a measure that was changed here more recently. */
      if (mode == LK_BACKUP_MERGE)
        {
          g_autoptr(LkMeasure) current = lk_store_get_measure (store, lk_measure_get_uuid (measure),
                                                               NULL);

          if (current != NULL &&
              g_strcmp0 (lk_measure_get_updated (current), lk_measure_get_updated (measure)) > 0)
            continue;
        }

      if (!lk_store_put_measure (store, measure, error))
        return FALSE;
    }

  return TRUE;
}

/* Order matters: sections are stored in this order and cleared in reverse,
 * so later areas that reference measures come after them. */
static const Section settings_section = {
  "settings", settings_write, settings_read, settings_clear, settings_store,
  (GDestroyNotify)g_hash_table_unref,
};

static const Section measures_section = {
  "measures", measures_write, measures_read, measures_clear, measures_store,
  (GDestroyNotify)g_ptr_array_unref,
};

/* The areas' own sections come after what they refer to. */
static const Section *sections[] = {
  &settings_section,
  &measures_section,
  &lk_backup_dev_goals_section,
  &lk_backup_log_templates_section,
  &lk_backup_programmes_section,
  &lk_backup_log_entries_section,
  &lk_backup_risk_assessments_section,
  &lk_backup_deviations_section,
};

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
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      json_builder_set_member_name (builder, sections[i]->name);
      if (!sections[i]->write (store, builder, error))
        {
          lk_store_rollback (store);
          return NULL;
        }
    }
  lk_store_rollback (store);

  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
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
  gpointer parsed[G_N_ELEMENTS (sections)];
} Parsed;

static void
parsed_free (Parsed *parsed)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (parsed->parsed[i] != NULL)
      sections[i]->free_parsed (parsed->parsed[i]);
  g_free (parsed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Parsed, parsed_free)

static Parsed *
read_document (const char  *data,
               gsize        length,
               GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(Parsed) parsed = g_new0 (Parsed, 1);
  JsonObject *object, *data_object;
  JsonObjectIter iter;
  const char *format = NULL, *name;
  JsonNode *node;
  gint64 version;

  if (!(root = lk_json_parse (data, length, LK_BACKUP_MAX_SIZE, error)))
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root) ||
      !lk_json_string_member (json_node_get_object (root), "$", "format", FALSE, 100,
                              &format, NULL) ||
      g_strcmp0 (format, LK_BACKUP_FORMAT) != 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file is not a Lederkompass backup."));
      return NULL;
    }
  object = json_node_get_object (root);

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

  if (!(data_object = lk_json_object (json_object_get_member (object, "data"), "$.data", error)))
    return NULL;

  /* An unknown section would be lost silently on import: refuse instead. */
  json_object_iter_init (&iter, data_object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      gboolean known = FALSE;

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

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.data.%s", sections[i]->name);

      node = json_object_get_member (data_object, sections[i]->name);
      if (node == NULL)
        continue;
      if (!(parsed->parsed[i] = sections[i]->read (node, path, error)))
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
        if (!sections[i - 1]->clear (store, error))
          goto failed;
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (parsed->parsed[i] != NULL &&
          !sections[i]->store (store, parsed->parsed[i], mode, error))
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
