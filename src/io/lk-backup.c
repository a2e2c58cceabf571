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
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "lk-backup-private.h"
#include "lk-jeg-plan.h"
#include "lk-date.h"
#include "lk-private-file.h"
#include "lk-store-private.h"

/* --- settings: one object of names and values -------------------------- */

/* The only section that is not a list of items: "settings" comes first in
 * the document and is handled here. */

static gboolean
settings_write (LkStore       *store,
                LkJsonWriter  *writer,
                GError       **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT key, value FROM settings ORDER BY key", error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;

  lk_json_writer_begin_object (writer);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      lk_json_writer_set_member_name (writer, lk_column_text (stmt, 0));
      lk_json_writer_add_string_value (writer, lk_column_text (stmt, 1));
    }
  lk_json_writer_end_object (writer);

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
lk_backup_add_string (LkJsonWriter *writer,
                      const char   *name,
                      const char   *value)
{
  lk_json_writer_set_member_name (writer, name);
  if (value != NULL)
    lk_json_writer_add_string_value (writer, value);
  else
    lk_json_writer_add_null_value (writer);
}

void
lk_backup_add_strv (LkJsonWriter       *writer,
                    const char         *name,
                    const char * const *values)
{
  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_begin_array (writer);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    lk_json_writer_add_string_value (writer, values[i]);
  lk_json_writer_end_array (writer);
}

void
lk_backup_add_int (LkJsonWriter *writer,
                   const char   *name,
                   gint64        value)
{
  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_add_int_value (writer, value);
}

/* An unset number (NAN) is left out; whole numbers are written whole */
void
lk_backup_add_number (LkJsonWriter *writer,
                      const char   *name,
                      double        value)
{
  if (isnan (value))
    return;
  lk_json_writer_set_member_name (writer, name);
  if (value == floor (value) && fabs (value) < 1e15)
    lk_json_writer_add_int_value (writer, (gint64) value);
  else
    lk_json_writer_add_double_value (writer, value);
}

void
lk_backup_add_bool (LkJsonWriter *writer,
                    const char   *name,
                    gboolean      value)
{
  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_add_boolean_value (writer, value);
}

/**
 * lk_backup_list_whole:
 * @headers: (transfer full) (nullable): the items as a view lists them,
 *   without their parts; %NULL when listing failed (@error is set)
 * @uuid: the section's uuid()
 * @get: reads one item whole, by uuid
 *
 * The list() of a section whose store lists headers only.
 */
GPtrArray *
lk_backup_list_whole (LkStore         *store,
                      GListStore      *headers,
                      const char    *(*uuid) (gconstpointer item),
                      LkStoreGetFunc   get,
                      GError         **error)
{
  g_autoptr(GListStore) owned = headers;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  if (headers == NULL)
    return NULL;
  n = g_list_model_get_n_items (G_LIST_MODEL (headers));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) header = g_list_model_get_item (G_LIST_MODEL (headers), i);
      gpointer item = get (store, uuid (header), error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (all, item);
    }

  return g_steal_pointer (&all);
}

/**
 * lk_backup_validated:
 * @item: (transfer full): an item (a GObject) read from the file
 *
 * Returns: (transfer full) (nullable): @item when the model takes it;
 *   else %NULL, @item freed and the model's reason given with its place
 */
gpointer
lk_backup_validated (gpointer         item,
                     LkValidateFunc   validate,
                     const char      *path,
                     GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (validate (item, &local_error))
    return item;
  g_object_unref (item);
  lk_json_invalid (error, path, NULL, local_error->message);

  return NULL;
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

/* --- writing: a document streamed a part at a time ------------------------------------ *
 *
 * Each item is built and generated on its own, compact, one to a line,
 * into a buffer written out as it fills: a tree of the whole document took
 * seconds and five times the file's size in memory. */

typedef struct
{
  GString *buffer;
  FILE    *file;      /* NULL: everything stays in buffer */
  int      errsv;     /* the first write error */
} Sink;

#define SINK_FLUSH (1u << 20)

static void
sink_flush (Sink *sink)
{
  if (sink->file == NULL || sink->buffer->len == 0)
    return;
  if (sink->errsv == 0 && fwrite (sink->buffer->str, 1, sink->buffer->len, sink->file) != sink->buffer->len)
    sink->errsv = errno ? errno : EIO;
  g_string_truncate (sink->buffer, 0);
}

static void
sink_add (Sink       *sink,
          const char *text)
{
  g_string_append (sink->buffer, text);
  if (sink->buffer->len >= SINK_FLUSH)
    sink_flush (sink);
}

/* One item of a section, compact, on a line of its own */
typedef struct
{
  const LkBackupSection *section;
  Sink                  *sink;
  guint                  written;
} SectionWrite;

static void
write_item (gpointer item,
            gpointer data)
{
  SectionWrite *w = data;
  g_autoptr(LkJsonWriter) writer = lk_json_writer_new (w->sink->buffer, FALSE);

  sink_add (w->sink, w->written++ > 0 ? ",\n      " : "\n      ");
  lk_json_writer_begin_object (writer);
  w->section->write (writer, item);
  lk_json_writer_end_object (writer);
  if (w->sink->buffer->len >= SINK_FLUSH)
    sink_flush (w->sink);
}

static gboolean
section_write (const LkBackupSection  *s,
               LkStore                *store,
               Sink                   *sink,
               GError                **error)
{
  SectionWrite w = { s, sink, 0 };

  sink_add (sink, "[");
  if (s->each != NULL)
    {
      if (!s->each (store, write_item, &w, error))
        return FALSE;
    }
  else
    {
      g_autoptr(GPtrArray) items = s->list (store, error);

      if (items == NULL)
        return FALSE;
      /* By uuid: the same data always gives the same document */
      g_ptr_array_sort_with_data (items, compare_by_uuid, (gpointer)s);
      /* Each item is let go as soon as it is written */
      g_ptr_array_set_free_func (items, NULL);
      for (guint i = 0; i < items->len; i++)
        {
          write_item (g_ptr_array_index (items, i), &w);
          s->free (g_ptr_array_index (items, i));
        }
    }
  sink_add (sink, w.written > 0 ? "\n    ]" : "]");

  return TRUE;
}

/* Progress and Cancel of one import */
typedef struct
{
  GCancellable     *cancellable;
  LkBackupProgress  progress;
  gpointer          user_data;
  guint             done;
  guint             total;
  guint             calls;
} Run;

static gboolean
run_step (Run     *run,
          guint    steps,
          GError **error)
{
  run->done += steps;
  if (++run->calls % 512 != 0)
    return TRUE;
  if (g_cancellable_set_error_if_cancelled (run->cancellable, error))
    return FALSE;
  if (run->progress != NULL)
    run->progress (run->total ? (double) run->done / run->total : 0, run->user_data);

  return TRUE;
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

/* Stores one item read from the file (in a merge, unless what is here is
 * newer), naming its place if the database refuses it */
static gboolean
put_item (const LkBackupSection  *s,
          LkStore                *store,
          gpointer                item,
          guint                   index,
          LkBackupMode            mode,
          GError                **error)
{
  gboolean keep = FALSE;

  if (mode == LK_BACKUP_MERGE && !keep_here (s, store, item, &keep, error))
    return FALSE;
  if (keep)
    return TRUE;
  if (!s->put (store, item, error))
    {
      /* Name the place: some checks (links, uuids taken by another kind
       * of item) can only be made against the database. */
      g_prefix_error (error, "$.data.%s[%u]: ", s->name, index);
      return FALSE;
    }

  return TRUE;
}

/* Reads a section, each item checked, and with a @store stores it inside
 * the caller's transaction. A section with nothing to order is stored an
 * item at a time as it is read, so a hundred thousand log entries are
 * never all in memory at once; a failure later still rolls back the whole
 * import. A section that must be ordered (goals) is read whole first. */
static gboolean
section_read_store (const LkBackupSection  *s,
                    LkJsonNode             *node,
                    const char             *path,
                    LkStore                *store,
                    LkBackupMode            mode,
                    Run                    *run,
                    GError                **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (s->free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gboolean streaming = store != NULL && s->order == NULL;
  LkJsonNode *array;

  if (!LK_JSON_HOLDS (node, LK_JSON_ARRAY))
    {
      lk_json_invalid (error, path, NULL, _("expected a list [ … ]"));
      return FALSE;
    }
  array = node;

  for (guint i = 0; i < lk_json_node_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      gpointer item;

      if (!run_step (run, streaming ? 2 : 1, error))
        return FALSE;
      if (!(item = s->read (lk_json_array_get_element (array, i), item_path, seen, error)))
        return FALSE;
      if (!lk_backup_check_unique (seen, s->uuid (item), item_path, error))
        {
          s->free (item);
          return FALSE;
        }
      if (streaming)
        {
          gboolean ok = put_item (s, store, item, i, mode, error);

          s->free (item);
          if (!ok)
            return FALSE;
        }
      else
        g_ptr_array_add (items, item);
    }
  if (s->order != NULL && !s->order (items, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }
  for (guint i = 0; !streaming && store != NULL && i < items->len; i++)
    if (!run_step (run, 1, error) || !put_item (s, store, g_ptr_array_index (items, i), i, mode, error))
      return FALSE;

  return TRUE;
}



/* --- the document ------------------------------------------------------ */

static gboolean
write_document (LkStore  *store,
                Sink     *sink,
                GError  **error)
{
  g_autoptr(LkJsonWriter) settings = lk_json_writer_new (sink->buffer, FALSE);
  g_autofree char *head = g_strdup_printf ("{\n  \"format\" : \"%s\",\n  \"version\" : %d,\n"
                                           "  \"app-version\" : \"%s\",\n  \"data\" : {\n",
                                           LK_BACKUP_FORMAT, LK_BACKUP_VERSION, PACKAGE_VERSION);

  /* One read transaction, so the document is a consistent snapshot. */
  if (!lk_store_begin (store, error))
    return FALSE;
  sink_add (sink, head);
  sink_add (sink, "    \"settings\" : ");
  if (!settings_write (store, settings, error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *member = g_strdup_printf (",\n    \"%s\" : ", sections[i]->name);

      sink_add (sink, member);
      if (!section_write (sections[i], store, sink, error))
        goto failed;
    }
  lk_store_rollback (store);
  sink_add (sink, "\n  }\n}\n");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}

char *
lk_backup_export (LkStore  *store,
                  gsize    *length,
                  GError  **error)
{
  Sink sink = { g_string_new (NULL), NULL, 0 };

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  if (!write_document (store, &sink, error))
    {
      g_string_free (sink.buffer, TRUE);
      return NULL;
    }
  if (length != NULL)
    *length = sink.buffer->len;

  return g_string_free (sink.buffer, FALSE);
}

/**
 * lk_backup_export_file:
 *
 * Writes the backup as it is made, readable only by the user (it holds the
 * private learning log), into a temporary file renamed into place whole.
 */
gboolean
lk_backup_export_file (LkStore     *store,
                       const char  *path,
                       GError     **error)
{
  LkPrivateFile *file = lk_private_file_new (path, error);
  g_autoptr(GString) buffer = NULL;
  Sink sink;
  FILE *out;

  if (file == NULL)
    return FALSE;
  if (!(out = g_fopen (lk_private_file_get_temp_path (file), "wb")))
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not write “%s”: %s"), path, g_strerror (saved));
      lk_private_file_abort (file);
      return FALSE;
    }
  buffer = g_string_sized_new (SINK_FLUSH + 64 * 1024);
  sink = (Sink) { buffer, out, 0 };
  if (!write_document (store, &sink, error))
    {
      fclose (out);
      lk_private_file_abort (file);
      return FALSE;
    }
  sink_flush (&sink);
  if (fflush (out) != 0 && sink.errsv == 0)
    sink.errsv = errno;
  if (fsync (fileno (out)) != 0 && sink.errsv == 0)
    sink.errsv = errno;
  if (fclose (out) != 0 && sink.errsv == 0)
    sink.errsv = errno;
  if (sink.errsv != 0)
    {
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (sink.errsv),
                   _("Could not write “%s”: %s"), path, g_strerror (sink.errsv));
      lk_private_file_abort (file);
      return FALSE;
    }

  return lk_private_file_commit (file, error);
}

/* The document's frame: a backup of a version we read, with only the
 * sections we know. Returns: (transfer none): its "data" object */
static LkJsonNode *
read_frame (LkJsonDocument  *document,
            GError         **error)
{
  LkJsonNode *root = lk_json_document_get_root (document);
  LkJsonNode *data_object;
  const char *format = NULL;
  gint64 version;

  if (!LK_JSON_HOLDS (root, LK_JSON_OBJECT) ||
      !lk_json_string_member (root, "$", "format", FALSE, 100, &format, NULL) ||
      g_strcmp0 (format, LK_BACKUP_FORMAT) != 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file is not a Lederkompass backup."));
      return NULL;
    }
  if (!lk_json_int_member (root, "$", "version", 1, G_MAXINT, &version, error))
    return NULL;
  if (version > LK_BACKUP_VERSION)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_VERSION,
                   _("The backup was made by a newer version of Lederkompass (backup format %d; "
                     "this version reads up to %d). Update Lederkompass to import it."),
                   (int)version, LK_BACKUP_VERSION);
      return NULL;
    }
  if (!(data_object = lk_json_object (lk_json_object_get_member (root, "data"), "$.data", error)))
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

  return data_object;
}

/* Reads every section and, with a @store, stores it inside the caller's
 * transaction: a section's items are read and checked whole, stored, and
 * let go before the next is read, so memory holds the parsed document and
 * one section's items, not every item at once. Without a store it only
 * checks. */
static gboolean
process_document (LkJsonDocument  *document,
                  LkStore         *store,
                  LkBackupMode     mode,
                  Run             *run,
                  GError         **error)
{
  LkJsonNode *data_object, *node;
  g_autoptr(GHashTable) settings = NULL;

  if (!(data_object = read_frame (document, error)))
    return FALSE;

  run->total = 0;
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if ((node = lk_json_object_get_member (data_object, sections[i]->name)) && LK_JSON_HOLDS (node, LK_JSON_ARRAY))
      run->total += lk_json_node_get_length (node);
  /* Reading counts as much as storing */
  run->total *= store != NULL ? 2 : 1;

  node = lk_json_object_get_member (data_object, "settings");
  if (node != NULL && !(settings = settings_read (node, "$.data.settings", error)))
    return FALSE;
  if (store != NULL && settings != NULL && !settings_store (store, settings, mode, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.data.%s", sections[i]->name);

      node = lk_json_object_get_member (data_object, sections[i]->name);
      if (node != NULL && !section_read_store (sections[i], node, path, store, mode, run, error))
        return FALSE;
    }

  return TRUE;
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
  g_autoptr(LkJsonDocument) document = lk_json_parse (data, length, LK_BACKUP_MAX_SIZE, error);
  Run run = { 0 };

  return document != NULL && process_document (document, NULL, LK_BACKUP_MERGE, &run, error);
}

static gboolean
import_document (LkStore           *store,
                 LkJsonDocument    *document,
                 LkBackupMode       mode,
                 GCancellable      *cancellable,
                 LkBackupProgress   progress,
                 gpointer           user_data,
                 GError           **error)
{
  g_autoptr(GPtrArray) index = NULL;
  Run run = { cancellable, progress, user_data, 0, 0, 0 };

  if (!lk_store_begin (store, error))
    return FALSE;
  /* The learning log's search index is rebuilt once, not per entry */
  if (!(index = lk_store_log_index_suspend (store, error)))
    goto failed;

  if (mode == LK_BACKUP_REPLACE)
    {
      for (guint i = G_N_ELEMENTS (sections); i > 0; i--)
        if (!lk_store_exec (store, sections[i - 1]->clear_sql, error))
          goto failed;
      if (!lk_store_exec (store, "DELETE FROM settings", error))
        goto failed;
    }

  if (!process_document (document, store, mode, &run, error))
    goto failed;
  if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
      !lk_store_log_index_resume (store, index, error))
    goto failed;
  if (progress != NULL)
    progress (1.0, user_data);
  /* The last moment Cancel leaves everything as it was */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;
  if (!lk_store_commit (store, error))
    return FALSE;

  lk_store_emit_changed (store, "all");

  return TRUE;

failed:
  lk_store_rollback (store);
  return FALSE;
}

/**
 * lk_backup_import:
 *
 * Checks every section and replaces or merges in one transaction. On any
 * error, or Cancel, the database is exactly as it was.
 */
gboolean
lk_backup_import (LkStore       *store,
                  const char    *data,
                  gsize          length,
                  LkBackupMode   mode,
                  GError       **error)
{
  g_autoptr(LkJsonDocument) document = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (!(document = lk_json_parse (data, length, LK_BACKUP_MAX_SIZE, error)))
    return FALSE;

  return import_document (store, document, mode, NULL, NULL, NULL, error);
}

gboolean
lk_backup_import_file (LkStore       *store,
                       const char    *path,
                       LkBackupMode   mode,
                       GError       **error)
{
  return lk_backup_import_file_full (store, path, mode, NULL, NULL, NULL, error);
}

static LkJsonDocument *
parse_file (const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  LkJsonDocument *document;

  if (!(document = lk_json_parse_file (path, LK_BACKUP_MAX_SIZE, error)))
    return NULL;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lk_json_document_free (document);
      return NULL;
    }

  return document;
}

/**
 * lk_backup_check_file:
 *
 * Reads and checks a backup file without touching any database, as the
 * import will: what passes here is refused by the import only for what
 * the database itself says (a uuid taken by another kind of item).
 */
gboolean
lk_backup_check_file (const char        *path,
                      GCancellable      *cancellable,
                      LkBackupProgress   progress,
                      gpointer           user_data,
                      GError           **error)
{
  g_autoptr(LkJsonDocument) document = parse_file (path, cancellable, error);
  Run run = { cancellable, progress, user_data, 0, 0, 0 };

  return document != NULL && process_document (document, NULL, LK_BACKUP_MERGE, &run, error);
}

/**
 * lk_backup_import_file_full:
 * @cancellable: (nullable): Cancel: nothing is changed
 * @progress: (nullable): told the share done now and then, from the
 *   calling thread
 *
 * Imports a backup file: the file is read, parsed and let go before any
 * item is made, so memory holds at most the file and its parsed form, then
 * the parsed form and one section's items.
 */
gboolean
lk_backup_import_file_full (LkStore           *store,
                            const char        *path,
                            LkBackupMode       mode,
                            GCancellable      *cancellable,
                            LkBackupProgress   progress,
                            gpointer           user_data,
                            GError           **error)
{
  g_autoptr(LkJsonDocument) document = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);

  if (!(document = parse_file (path, cancellable, error)))
    return FALSE;

  return import_document (store, document, mode, cancellable, progress, user_data, error);
}
