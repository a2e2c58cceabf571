/* lk-backup-measures.c: the tiltak in the backup document
 *
 *   "measures": [ { uuid, title, description, owner, deadline, review-date, status,
 *                   source: { kind, uuid, label }, created, updated } ]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-measures.h"

static GPtrArray *
measures_list (LkStore  *store,
               GError  **error)
{
  g_autoptr(GListStore) list = lk_store_list_measures (store, NULL, error);

  return list != NULL ? lk_backup_objects_of (G_LIST_MODEL (list)) : NULL;
}

static void
measure_write (LkJsonWriter  *writer,
               gconstpointer  item)
{
  LkMeasure *m = (LkMeasure *)item;

  lk_backup_add_string (writer, "uuid", lk_measure_get_uuid (m));
  lk_backup_add_string (writer, "title", lk_measure_get_title (m));
  lk_backup_add_string (writer, "description", lk_measure_get_description (m));
  lk_backup_add_string (writer, "owner", lk_measure_get_owner (m));
  lk_backup_add_string (writer, "deadline", lk_measure_get_deadline (m));
  lk_backup_add_string (writer, "review-date", lk_measure_get_review_date (m));
  lk_backup_add_string (writer, "status", lk_measure_status_to_string (lk_measure_get_status (m)));
  lk_json_writer_set_member_name (writer, "source");
  lk_json_writer_begin_object (writer);
  lk_backup_add_string (writer, "kind", lk_source_kind_to_string (lk_measure_get_source_kind (m)));
  lk_backup_add_string (writer, "uuid", lk_measure_get_source_uuid (m));
  lk_backup_add_string (writer, "label", lk_measure_get_source_label (m));
  lk_json_writer_end_object (writer);
  lk_backup_add_string (writer, "created", lk_measure_get_created (m));
  lk_backup_add_string (writer, "updated", lk_measure_get_updated (m));
}

static gpointer
measure_read (LkJsonNode  *node,
              const char  *path,
              GHashTable  *seen,
              GError     **error)
{
  g_autoptr(LkMeasure) measure = NULL;
  g_autofree char *source_path = NULL;
  const char *uuid, *title, *description, *owner, *deadline, *review, *status_name;
  const char *created, *updated;
  const char *kind_name = NULL, *source_uuid = NULL, *source_label = NULL;
  LkMeasureStatus status;
  LkSourceKind kind = LK_SOURCE_NONE;
  LkJsonNode *object, *source;
  LkJsonNode *source_node;

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

  source_node = lk_json_object_get_member (object, "source");
  if (source_node != NULL && !LK_JSON_HOLDS (source_node, LK_JSON_NULL))
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

  return lk_backup_validated (g_steal_pointer (&measure), (LkValidateFunc) lk_measure_validate, path, error);
}

static const char *
measure_uuid (gconstpointer item)
{
  return lk_measure_get_uuid ((LkMeasure *)item);
}

static const char *
measure_updated (gconstpointer item)
{
  return lk_measure_get_updated ((LkMeasure *)item);
}

const LkBackupSection lk_backup_measures_section = {
  .name = "measures",
  .list = measures_list,
  .write = measure_write,
  .read = measure_read,
  .uuid = measure_uuid,
  .updated = measure_updated,
  .put = (LkStorePutFunc)lk_store_put_measure,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM measures WHERE uuid = ?1",
  .clear_sql = "DELETE FROM measures",
};
