/* lk-plan-exchange.c
 *
 * The document: { "format": "lederkompass-plan", "version": 1,
 * "exported": time, "kommuneplans": […], "org-units": […], "goals": […] },
 * items in the backup's form. A file is read and checked whole before
 * the database is looked at: its own links (a parent on the right level,
 * no circles, each uuid once), then against the database what it hangs
 * on. Applying it is one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-json-read.h"
#include "lk-masterplan-json.h"
#include "lk-plan-exchange.h"

void
lk_plan_import_free (LkPlanImport *import)
{
  if (import == NULL)
    return;
  g_clear_pointer (&import->plans, g_ptr_array_unref);
  g_clear_pointer (&import->units, g_ptr_array_unref);
  g_clear_pointer (&import->goals, g_ptr_array_unref);
  g_free (import->exported);
  g_free (import);
}

void
lk_plan_preview_free (LkPlanPreview *preview)
{
  if (preview == NULL)
    return;
  g_clear_pointer (&preview->added, g_ptr_array_unref);
  g_clear_pointer (&preview->changed, g_ptr_array_unref);
  g_clear_pointer (&preview->kept, g_ptr_array_unref);
  g_free (preview);
}

/* --- export ----------------------------------------------------------------------- */

typedef struct
{
  guint       max_level;
  GPtrArray  *goals;
  GHashTable *units;    /* LkOrgUnit set */
  GHashTable *plans;    /* uuid set */
  LkMasterplan *mp;
} Export;

static gboolean
collect (LkGoal   *goal,
         gpointer  data)
{
  Export *e = data;

  if (goal->level > e->max_level)
    return TRUE;
  g_ptr_array_add (e->goals, goal);
  if (goal->plan_uuid)
    g_hash_table_add (e->plans, goal->plan_uuid);
  /* A goal's unit goes with it, and the units above that one */
  for (LkOrgUnit *u = lk_masterplan_find_unit (e->mp, goal->unit_uuid);
       u != NULL && !g_hash_table_contains (e->units, u);
       u = lk_masterplan_find_unit (e->mp, u->parent_uuid))
    g_hash_table_add (e->units, u);

  return TRUE;
}

static int
by_uuid (gconstpointer a,
         gconstpointer b)
{
  return g_strcmp0 ((*(LkGoal **) a)->uuid, (*(LkGoal **) b)->uuid);
}

static int
unit_by_uuid (gconstpointer a,
              gconstpointer b)
{
  return g_strcmp0 ((*(LkOrgUnit **) a)->uuid, (*(LkOrgUnit **) b)->uuid);
}

/**
 * lk_plan_exchange_export:
 * @root: (nullable): a goal and what is below it, or %NULL for the whole plan
 * @max_level: the deepest level that goes in (2 for the leader team's part)
 *
 * Returns: (transfer full): the document; a goal's path up to its
 *   priority area goes in too, so the file hangs together
 */
char *
lk_plan_exchange_export (LkMasterplan *mp,
                         LkGoal       *root,
                         guint         max_level,
                         gsize        *length)
{
  GString *out = g_string_new (NULL);
  g_autoptr(LkJsonWriter) writer = lk_json_writer_new (out, FALSE);
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) plans = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) goals = g_ptr_array_new ();
  g_autoptr(GPtrArray) unit_list = NULL;
  g_autofree char *now = lk_timestamp_now ();
  Export e = { max_level, goals, units, plans, mp };
  guint n_plans = g_list_model_get_n_items (G_LIST_MODEL (mp->plans));

  if (root != NULL)
    {
      g_autoptr(GPtrArray) path = lk_masterplan_path (mp, root);

      for (guint i = 0; i + 1 < path->len; i++)
        collect (g_ptr_array_index (path, i), &e);
      lk_goal_foreach (root, collect, &e);
    }
  else
    lk_masterplan_foreach (mp, collect, &e);
  g_ptr_array_sort (goals, by_uuid);

  lk_json_writer_begin_object (writer);
  lk_backup_add_string (writer, "format", LK_PLAN_FORMAT);
  lk_backup_add_int (writer, "version", LK_PLAN_VERSION);
  lk_backup_add_string (writer, "exported", now);
  lk_json_writer_set_member_name (writer, "kommuneplans");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < n_plans; i++)
    {
      g_autoptr(LkKommuneplan) plan = g_list_model_get_item (G_LIST_MODEL (mp->plans), i);

      if (!g_hash_table_contains (plans, plan->uuid))
        continue;
      lk_json_writer_begin_object (writer);
      lk_kommuneplan_to_json (writer, plan);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
  lk_json_writer_set_member_name (writer, "org-units");
  lk_json_writer_begin_array (writer);
  unit_list = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer unit;

    g_hash_table_iter_init (&iter, units);
    while (g_hash_table_iter_next (&iter, &unit, NULL))
      g_ptr_array_add (unit_list, unit);
  }
  g_ptr_array_sort (unit_list, unit_by_uuid);
  for (guint i = 0; i < unit_list->len; i++)
    {
      lk_json_writer_begin_object (writer);
      lk_org_unit_to_json (writer, g_ptr_array_index (unit_list, i));
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
  lk_json_writer_set_member_name (writer, "goals");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < goals->len; i++)
    {
      lk_json_writer_begin_object (writer);
      lk_goal_to_json (writer, g_ptr_array_index (goals, i));
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
  lk_json_writer_end_object (writer);

  /* Compact: a plan of thousands of goals is read by programs; pretty
   * printing would double its size */
  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* --- reading ------------------------------------------------------------------------ */

static gboolean
read_items (LkJsonNode  *object,
            const char  *member,
            GHashTable  *seen,
            GPtrArray   *into,
            gpointer   (*read) (LkJsonNode *, const char *, GHashTable *, GError **),
            GError     **error)
{
  LkJsonNode *array;

  if (!lk_json_object_has_member (object, member))
    return TRUE;
  if (!(array = lk_json_array_member (object, "$", member, error)))
    return FALSE;
  for (guint i = 0; i < lk_json_node_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", member, i);
      gpointer item = read (lk_json_array_get_element (array, i), path, seen, error);
      const char *uuid;

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (into, item);
      uuid = LK_IS_GOAL (item) ? LK_GOAL (item)->uuid
           : LK_IS_ORG_UNIT (item) ? LK_ORG_UNIT (item)->uuid : LK_KOMMUNEPLAN (item)->uuid;
      if (!lk_backup_check_unique (seen, uuid, path, error))
        return FALSE;
    }

  return TRUE;
}

static gpointer
read_plan (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_kommuneplan_from_json (node, path, error);
}

static gpointer
read_unit (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_org_unit_from_json (node, path, error);
}

static gpointer
read_goal (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_goal_from_json (node, path, seen, error);
}

static int
unit_by_level (gconstpointer a,
               gconstpointer b)
{
  return (int) (*(LkOrgUnit **) a)->level - (int) (*(LkOrgUnit **) b)->level;
}

/* The file's own links: a parent in the file is exactly one level up */
static gboolean
check_levels (LkPlanImport  *import,
              GError       **error)
{
  g_autoptr(GHashTable) goals = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < import->goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (import->goals, i);

      g_hash_table_insert (goals, goal->uuid, goal);
    }
  for (guint i = 0; i < import->goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (import->goals, i);
      LkGoal *parent = goal->parent_uuid ? g_hash_table_lookup (goals, goal->parent_uuid) : NULL;

      if (parent != NULL && parent->level + 1 != goal->level)
        {
          g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                       _("$.goals: “%s” is on level %u but hangs under “%s” on level %u."),
                       goal->title, goal->level, parent->title, parent->level);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * lk_plan_exchange_read:
 *
 * Reads and checks a plan document without touching any database.
 */
LkPlanImport *
lk_plan_exchange_read (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(LkPlanImport) import = g_new0 (LkPlanImport, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(LkJsonDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *format = NULL, *exported = NULL;
  LkJsonNode *root, *object;
  gint64 version;

  if (!(document = lk_json_parse (data, length, LK_PLAN_MAX_SIZE, error)))
    return NULL;
  root = lk_json_document_get_root (document);
  if (!LK_JSON_HOLDS (root, LK_JSON_OBJECT) ||
      !lk_json_string_member (root, "$", "format", FALSE, 100, &format, NULL) ||
      g_strcmp0 (format, LK_PLAN_FORMAT) != 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_FORMAT,
                           _("The file is not a plan exported from Lederkompass."));
      return NULL;
    }
  object = root;
  if (!lk_json_int_member (object, "$", "version", 1, G_MAXINT, &version, error))
    return NULL;
  if (version > LK_PLAN_VERSION)
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_VERSION,
                   _("The plan was exported by a newer version of Lederkompass (plan format %d; this "
                     "version reads up to %d). Update Lederkompass to import it."),
                   (int) version, LK_PLAN_VERSION);
      return NULL;
    }
  if (!lk_backup_read_timestamp (object, "$", "exported", &exported, error))
    return NULL;
  import->exported = g_strdup (exported);

  import->plans = g_ptr_array_new_with_free_func (g_object_unref);
  import->units = g_ptr_array_new_with_free_func (g_object_unref);
  import->goals = g_ptr_array_new_with_free_func (g_object_unref);
  if (!read_items (object, "kommuneplans", seen, import->plans, read_plan, error) ||
      !read_items (object, "org-units", seen, import->units, read_unit, error) ||
      !read_items (object, "goals", seen, import->goals, read_goal, error) ||
      !check_levels (import, error))
    return NULL;
  g_ptr_array_sort (import->units, unit_by_level);
  if (!lk_goals_order_for_put (import->goals, &local_error))
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID, "$.goals: %s", local_error->message);
      return NULL;
    }

  return g_steal_pointer (&import);
}

/* --- against the database ---------------------------------------------------------- */

/* The stored item's time of change: NULL when it is not here */
static gboolean
stored_updated (LkStore     *store,
                const char  *sql,
                const char  *uuid,
                char       **updated,
                GError     **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, sql, error);
  LkStep step;

  *updated = NULL;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  step = lk_store_step_one (store, stmt, NULL, error);
  if (step == LK_STEP_ROW)
    {
      *updated = g_strdup (lk_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return step != LK_STEP_ERROR;
}

/**
 * lk_plan_exchange_preview:
 *
 * What importing would do to each goal of the file, read from the
 * database without changing it.
 */
LkPlanPreview *
lk_plan_exchange_preview (LkStore       *store,
                          LkPlanImport  *import,
                          GError       **error)
{
  g_autoptr(LkPlanPreview) preview = g_new0 (LkPlanPreview, 1);

  preview->added = g_ptr_array_new_with_free_func (g_object_unref);
  preview->changed = g_ptr_array_new_with_free_func (g_object_unref);
  preview->kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < import->goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (import->goals, i);
      g_autofree char *updated = NULL;

      if (!stored_updated (store, "SELECT updated FROM goals WHERE uuid = ?1", goal->uuid, &updated, error))
        return NULL;
      if (updated == NULL)
        g_ptr_array_add (preview->added, g_object_ref (goal));
      else if (g_strcmp0 (goal->updated, updated) > 0)
        g_ptr_array_add (preview->changed, g_object_ref (goal));
      else
        g_ptr_array_add (preview->kept, g_object_ref (goal));
    }

  return g_steal_pointer (&preview);
}

static gboolean
newer_in_file (LkStore     *store,
               const char  *sql,
               const char  *uuid,
               const char  *file_updated,
               gboolean    *write,
               GError     **error)
{
  g_autofree char *updated = NULL;

  if (!stored_updated (store, sql, uuid, &updated, error))
    return FALSE;
  *write = updated == NULL || g_strcmp0 (file_updated, updated) > 0;

  return TRUE;
}

static gboolean
apply_in_transaction (LkStore       *store,
                      LkPlanImport  *import,
                      int           *n_written,
                      GError       **error)
{
  gboolean write;

  for (guint i = 0; i < import->plans->len; i++)
    {
      LkKommuneplan *plan = g_ptr_array_index (import->plans, i);

      if (!newer_in_file (store, "SELECT updated FROM kommuneplans WHERE uuid = ?1", plan->uuid,
                          plan->updated, &write, error) ||
          (write && !lk_store_put_kommuneplan (store, plan, error)))
        return FALSE;
    }
  for (guint i = 0; i < import->units->len; i++)
    {
      LkOrgUnit *unit = g_ptr_array_index (import->units, i);

      if (!newer_in_file (store, "SELECT updated FROM org_units WHERE uuid = ?1", unit->uuid,
                          unit->updated, &write, error) ||
          (write && !lk_store_put_org_unit (store, unit, error)))
        return FALSE;
    }
  for (guint i = 0; i < import->goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (import->goals, i);

      if (!newer_in_file (store, "SELECT updated FROM goals WHERE uuid = ?1", goal->uuid,
                          goal->updated, &write, error))
        return FALSE;
      if (!write)
        continue;
      goal->id = 0;
      if (!lk_store_put_goal (store, goal, error))
        {
          g_prefix_error (error, _("“%s”: "), goal->title);
          return FALSE;
        }
      (*n_written)++;
    }

  return TRUE;
}

/**
 * lk_plan_exchange_apply:
 * @n_written: (out) (optional): how many goals were added or updated
 *
 * All or nothing, in one transaction; importing the same file again
 * changes nothing.
 */
gboolean
lk_plan_exchange_apply (LkStore       *store,
                        LkPlanImport  *import,
                        int           *n_written,
                        GError       **error)
{
  int written = 0;

  if (!lk_store_begin (store, error))
    return FALSE;
  if (!apply_in_transaction (store, import, &written, error))
    {
      lk_store_rollback (store);
      return FALSE;
    }
  if (written > 0)
    lk_store_emit_changed (store, "masterplan");
  if (!lk_store_commit (store, error))
    return FALSE;
  if (n_written)
    *n_written = written;

  return TRUE;
}
