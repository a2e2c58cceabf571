/* lk-backup-fishbone.c: cause analyses in the backup
 *
 * An analysis is one object with its tree nested as it is shown: the
 * categories, each with its "children", any depth up to the model's
 * limit. The reader stops at that depth before it recurses further, so a
 * file nested a thousand levels deep is refused, not followed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-backup-private.h"
#include "lk-enum.h"
#include "lk-fishbone.h"
#include "lk-json-read.h"
#include "lk-model-enums.h"

LK_BACKUP_ITEM_FIELDS (LkFishbone, fishbone)

static GPtrArray *
fishbones_list (LkStore  *store,
                GError  **error)
{
  return lk_backup_list_whole (store, lk_store_list_fishbones (store, error), fishbone_uuid,
                               (LkStoreGetFunc) lk_store_get_fishbone, error);
}

static void
nodes_write (LkJsonWriter *writer,
             const char   *name,
             GListStore   *nodes)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  lk_json_writer_set_member_name (writer, name);
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "uuid", node->uuid);
      lk_backup_add_string (writer, "text", node->text);
      lk_backup_add_bool (writer, "root", node->root);
      lk_backup_add_int (writer, "votes", node->votes);
      lk_backup_add_bool (writer, "collapsed", node->collapsed);
      nodes_write (writer, "children", node->children);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
}

static void
fishbone_write (LkJsonWriter  *writer,
                gconstpointer  item)
{
  LkFishbone *fb = (LkFishbone *)item;

  lk_backup_add_string (writer, "uuid", fb->uuid);
  lk_backup_add_string (writer, "problem", fb->problem);
  lk_backup_add_string (writer, "date", fb->date);
  lk_backup_add_string (writer, "participants", fb->participants);
  lk_backup_add_string (writer, "unit", fb->unit);
  lk_backup_add_string (writer, "status", lk_enum_to_nick (LK_TYPE_FISHBONE_STATUS, fb->status));
  lk_backup_add_string (writer, "source", lk_enum_to_nick (LK_TYPE_SOURCE_KIND, fb->source_kind));
  lk_backup_add_string (writer, "source-uuid", fb->source_uuid);
  lk_backup_add_bool (writer, "head-left", fb->head_left);
  lk_backup_add_string (writer, "created", fb->created);
  lk_backup_add_string (writer, "updated", fb->updated);
  nodes_write (writer, "categories", fb->categories);
}

static gboolean
nodes_read (LkJsonNode  *object,
            const char  *path,
            const char  *member,
            LkCause     *parent,
            GListStore  *into,
            guint        depth,
            GHashTable  *seen,
            GError     **error)
{
  LkJsonNode *array;
  guint n;

  if (!lk_json_object_has_member (object, member))
    return TRUE;
  if (!(array = lk_json_array_member (object, path, member, error)))
    return FALSE;
  n = lk_json_node_get_length (array);
  if (n > 0 && depth >= LK_FISHBONE_MAX_DEPTH)
    {
      lk_json_invalid (error, path, member, _("goes deeper than 12 levels"));
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.%s[%u]", path, member, i);
      g_autoptr(LkCause) node = NULL;
      const char *uuid, *text;
      gint64 votes = 0;
      gboolean root = FALSE, collapsed = FALSE;
      LkJsonNode *child;

      if (!(child = lk_json_object (lk_json_array_get_element (array, i), item_path, error)) ||
          !lk_backup_read_uuid (child, item_path, "uuid", TRUE, &uuid, error) ||
          !lk_backup_check_unique (seen, uuid, item_path, error) ||
          !lk_json_string_member (child, item_path, "text", TRUE, 500, &text, error) ||
          (lk_json_object_has_member (child, "root") &&
           !lk_json_bool_member (child, item_path, "root", &root, error)) ||
          (lk_json_object_has_member (child, "votes") &&
           !lk_json_int_member (child, item_path, "votes", 0, LK_FISHBONE_MAX_VOTES, &votes, error)) ||
          (lk_json_object_has_member (child, "collapsed") &&
           !lk_json_bool_member (child, item_path, "collapsed", &collapsed, error)))
        return FALSE;

      node = lk_cause_new (text);
      g_free (node->uuid);
      node->uuid = g_strdup (uuid);
      node->root = root;
      node->votes = votes;
      node->collapsed = collapsed;
      node->parent = parent;
      g_list_store_append (into, node);
      if (!nodes_read (child, item_path, "children", node, node->children, depth + 1, seen, error))
        return FALSE;
    }

  return TRUE;
}

static gpointer
fishbone_read (LkJsonNode  *node,
               const char  *path,
               GHashTable  *seen,
               GError     **error)
{
  const char *uuid, *problem, *date, *participants, *unit, *status, *source, *source_uuid;
  const char *created, *updated;
  g_autoptr(LkFishbone) fb = NULL;
  gboolean head_left = FALSE;
  int status_i = LK_FISHBONE_OPEN, source_i = LK_SOURCE_NONE;
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "problem", TRUE, 500, &problem, error) ||
      !lk_json_date_member (object, path, "date", &date, error) ||
      !lk_json_string_member (object, path, "participants", FALSE, 2000, &participants, error) ||
      !lk_json_string_member (object, path, "unit", FALSE, 500, &unit, error) ||
      !lk_json_string_member (object, path, "status", FALSE, 20, &status, error) ||
      !lk_json_string_member (object, path, "source", FALSE, 40, &source, error) ||
      !lk_backup_read_uuid (object, path, "source-uuid", FALSE, &source_uuid, error) ||
      (lk_json_object_has_member (object, "head-left") &&
       !lk_json_bool_member (object, path, "head-left", &head_left, error)) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  if (date == NULL)
    {
      lk_json_invalid (error, path, "date", _("is missing"));
      return NULL;
    }
  if (status != NULL && !lk_enum_from_nick (LK_TYPE_FISHBONE_STATUS, status, &status_i))
    {
      lk_json_invalid (error, path, "status", _("expected open or done"));
      return NULL;
    }
  if (source != NULL && !lk_enum_from_nick (LK_TYPE_SOURCE_KIND, source, &source_i))
    {
      lk_json_invalid (error, path, "source", _("is not a known origin"));
      return NULL;
    }

  fb = lk_fishbone_new (problem, date, LK_CATEGORIES_NONE);
  g_free (fb->uuid);
  fb->uuid = g_strdup (uuid);
  fb->participants = g_strdup (participants);
  fb->unit = g_strdup (unit);
  fb->status = status_i;
  fb->source_kind = source_i;
  fb->source_uuid = g_strdup (source_uuid);
  fb->head_left = head_left;
  fb->created = g_strdup (created);
  fb->updated = g_strdup (updated);
  if (!nodes_read (object, path, "categories", NULL, fb->categories, 0, seen, error))
    return NULL;
  return lk_backup_validated (g_steal_pointer (&fb), (LkValidateFunc) lk_fishbone_validate, path, error);
}

const LkBackupSection lk_backup_fishbones_section = {
  .name = "fishbones",
  .list = fishbones_list,
  .write = fishbone_write,
  .read = fishbone_read,
  .uuid = fishbone_uuid,
  .updated = fishbone_updated,
  .put = (LkStorePutFunc)lk_store_put_fishbone,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM fishbones WHERE uuid = ?1",
  .clear_sql = "DELETE FROM fishbones",
};
