/* lk-fishbones.c: cause analyses in the store
 *
 * An analysis is saved whole: its row, then its tree, in the order of the
 * outline, so a parent's row always comes before its children's. Nodes
 * keep their uuids, which is what a cause's measures refer to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-date.h"
#include "lk-fishbone.h"
#include "lk-store-private.h"

static gboolean
put_nodes (LkStore     *store,
           gint64       fishbone_id,
           gint64       parent_id,
           GListStore  *nodes,
           GError     **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);
      sqlite3_stmt *stmt;
      gint64 id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO fishbone_nodes (uuid, fishbone_id, parent_id, position, "
                               "  text, root, votes, collapsed) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, node->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, fishbone_id);
      if (parent_id > 0)
        sqlite3_bind_int64 (stmt, 3, parent_id);
      else
        sqlite3_bind_null (stmt, 3);
      sqlite3_bind_int (stmt, 4, i);
      sqlite3_bind_text (stmt, 5, node->text, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, node->root ? 1 : 0);
      sqlite3_bind_int (stmt, 7, node->votes);
      sqlite3_bind_int (stmt, 8, node->collapsed ? 1 : 0);
      if (!lk_store_step_returning_id (store, stmt, &id, error) ||
          !put_nodes (store, fishbone_id, id, node->children, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * lk_store_put_fishbone:
 *
 * Inserts or replaces an analysis with its whole tree, by uuid, inside the
 * caller's transaction (a backup import shares it).
 */
gboolean
lk_store_put_fishbone (LkStore     *store,
                       LkFishbone  *fb,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_fishbone_validate (fb, error))
    return FALSE;
  lk_timestamps_init (&fb->created, &fb->updated);

  stmt = lk_store_prepare (store,
                           "INSERT INTO fishbones (uuid, problem, date, participants, unit, status, "
                           "  source_kind, source_uuid, head_left, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                           "ON CONFLICT (uuid) DO UPDATE SET problem = excluded.problem, "
                           "  date = excluded.date, participants = excluded.participants, "
                           "  unit = excluded.unit, status = excluded.status, "
                           "  source_kind = excluded.source_kind, source_uuid = excluded.source_uuid, "
                           "  head_left = excluded.head_left, created = excluded.created, "
                           "  updated = excluded.updated RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, fb->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, fb->problem, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, fb->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, fb->participants ? fb->participants : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, fb->unit ? fb->unit : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, fb->status);
  sqlite3_bind_int (stmt, 7, fb->source_kind);
  lk_bind_text (stmt, 8, fb->source_uuid);
  sqlite3_bind_int (stmt, 9, fb->head_left ? 1 : 0);
  sqlite3_bind_text (stmt, 10, fb->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, fb->updated, -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;
  fb->id = id;

  /* The tree is written again as it is now */
  if (!(stmt = lk_store_prepare (store, "DELETE FROM fishbone_nodes WHERE fishbone_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  return put_nodes (store, id, 0, fb->categories, error);
}

static const LkStoreKind fishbone_kind = {
  "fishbone", "SELECT 1 FROM fishbones WHERE id = ?1",
  N_("The analysis was deleted meanwhile."), (LkStorePutFunc) lk_store_put_fishbone,
};

/**
 * lk_store_save_fishbone:
 *
 * Saves an analysis as the user left it, in one transaction.
 */
gboolean
lk_store_save_fishbone (LkStore     *store,
                        LkFishbone  *fb,
                        GError     **error)
{
  return lk_store_save_one (store, &fishbone_kind, fb->id, &fb->updated, fb, error);
}

/* Undo of a delete: the analysis as it was, uuids and times kept */
gboolean
lk_store_restore_fishbone (LkStore     *store,
                           LkFishbone  *fb,
                           GError     **error)
{
  fb->id = 0;

  return lk_store_put_one (store, "fishbone", (LkStorePutFunc)lk_store_put_fishbone, fb, error);
}

gboolean
lk_store_delete_fishbone (LkStore     *store,
                          const char  *uuid,
                          GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM fishbones WHERE uuid = ?1", "fishbone",
                                  uuid, NULL, error);
}

#define FISHBONE_COLUMNS \
  "f.id, f.uuid, f.problem, f.date, f.participants, f.unit, f.status, f.source_kind, " \
  "f.source_uuid, f.head_left, f.created, f.updated, " \
  "(SELECT count(*) FROM fishbone_nodes n WHERE n.fishbone_id = f.id AND n.parent_id IS NOT NULL)"

static LkFishbone *
fishbone_from_row (sqlite3_stmt *stmt)
{
  LkFishbone *fb = lk_fishbone_new ("", NULL, LK_CATEGORIES_NONE);

  fb->id = sqlite3_column_int64 (stmt, 0);
  g_free (fb->uuid);
  fb->uuid = g_strdup (lk_column_text (stmt, 1));
  g_free (fb->problem);
  fb->problem = g_strdup (lk_column_text (stmt, 2));
  fb->date = g_strdup (lk_column_text (stmt, 3));
  fb->participants = g_strdup (lk_column_text (stmt, 4));
  fb->unit = g_strdup (lk_column_text (stmt, 5));
  fb->status = CLAMP (sqlite3_column_int (stmt, 6), LK_FISHBONE_OPEN, LK_FISHBONE_DONE);
  fb->source_kind = CLAMP (sqlite3_column_int (stmt, 7), 0, LK_SOURCE_N - 1);
  fb->source_uuid = g_strdup (lk_column_text (stmt, 8));
  fb->head_left = sqlite3_column_int (stmt, 9) != 0;
  fb->created = g_strdup (lk_column_text (stmt, 10));
  fb->updated = g_strdup (lk_column_text (stmt, 11));
  fb->n_causes = sqlite3_column_int (stmt, 12);

  return fb;
}

/**
 * lk_store_list_fishbones:
 *
 * Returns: (transfer full): every analysis, newest first, without its
 *   tree (n_causes says how big it is)
 */
GListStore *
lk_store_list_fishbones (LkStore  *store,
                         GError  **error)
{
  g_autoptr(GListStore) all = g_list_store_new (LK_TYPE_FISHBONE);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT " FISHBONE_COLUMNS " FROM fishbones f ORDER BY f.date DESC, f.id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkFishbone) fb = fishbone_from_row (stmt);

      g_list_store_append (all, fb);
    }

  return step == LK_STEP_DONE ? g_steal_pointer (&all) : NULL;
}

/**
 * lk_store_get_fishbone:
 *
 * Returns: (transfer full): the analysis with its whole tree, or %NULL
 */
LkFishbone *
lk_store_get_fishbone (LkStore     *store,
                       const char  *uuid,
                       GError     **error)
{
  g_autoptr(LkFishbone) fb = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store, "SELECT " FISHBONE_COLUMNS " FROM fishbones f WHERE f.uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (lk_store_step_one (store, stmt, _("The analysis no longer exists."), error) != LK_STEP_ROW)
    return NULL;
  fb = fishbone_from_row (stmt);
  sqlite3_reset (stmt);

  /* Written in the outline's order: a parent before its children */
  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, parent_id, text, root, votes, collapsed "
                           "FROM fishbone_nodes WHERE fishbone_id = ?1 ORDER BY id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, fb->id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkCause) node = lk_cause_new (lk_column_text (stmt, 3));
      gint64 parent_id = sqlite3_column_int64 (stmt, 2);
      LkCause *parent = NULL;

      g_free (node->uuid);
      node->uuid = g_strdup (lk_column_text (stmt, 1));
      node->root = sqlite3_column_int (stmt, 4) != 0;
      node->votes = sqlite3_column_int (stmt, 5);
      node->collapsed = sqlite3_column_int (stmt, 6) != 0;
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL &&
          (parent = g_hash_table_lookup (by_id, &parent_id)) == NULL)
        {
          sqlite3_reset (stmt);
          g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT,
                               _("The analysis’s causes are damaged in the database."));
          return NULL;
        }
      node->parent = parent;
      g_list_store_append (parent ? parent->children : fb->categories, node);
      g_hash_table_insert (by_id, g_memdup2 (&(gint64) { sqlite3_column_int64 (stmt, 0) }, sizeof (gint64)),
                           node);
    }
  if (step != LK_STEP_DONE)
    return NULL;
  fb->n_causes = lk_fishbone_count_causes (fb);

  return g_steal_pointer (&fb);
}

/**
 * lk_store_find_fishbone_of:
 * @uuid: an analysis's, or one of its causes' (what a tiltak links to)
 *
 * Returns: (transfer full) (nullable): the analysis's uuid, or %NULL
 */
char *
lk_store_find_fishbone_of (LkStore    *store,
                           const char *uuid)
{
  sqlite3_stmt *stmt;
  char *found = NULL;

  stmt = lk_store_prepare (store,
                           "SELECT uuid FROM fishbones WHERE uuid = ?1 UNION ALL "
                           "SELECT f.uuid FROM fishbones f JOIN fishbone_nodes n ON n.fishbone_id = f.id "
                           "WHERE n.uuid = ?1 LIMIT 1",
                           NULL);
  if (stmt == NULL || uuid == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (lk_store_step_one (store, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      found = g_strdup (lk_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return found;
}
