/* lk-backup-masterplan.c: the Masterplan in the backup
 *
 * Four sections: the kommuneplans, the organisation's units, the goals
 * (priority areas included, each with its KPIs, values and support
 * links) and the benefits. Written by uuid like every section; stored in
 * the order their links need (a unit after the one above it, a goal after
 * its parent and the goals it supports).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-backup-private.h"
#include "lk-masterplan-json.h"

static GPtrArray *
objects_of_store (GListStore *list)
{
  GPtrArray *all;

  if (list == NULL)
    return NULL;
  all = lk_backup_objects_of (G_LIST_MODEL (list));
  g_object_unref (list);

  return all;
}

static gboolean
collect_goal (LkGoal   *goal,
              gpointer  data)
{
  g_ptr_array_add (data, g_object_ref (goal));
  return TRUE;
}

static GPtrArray *
goals_list (LkStore  *store,
            GError  **error)
{
  g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (store, error);
  GPtrArray *all;

  if (mp == NULL)
    return NULL;
  all = g_ptr_array_new_with_free_func (g_object_unref);
  lk_masterplan_foreach (mp, collect_goal, all);

  return all;
}

static GPtrArray *
plans_list (LkStore  *store,
            GError  **error)
{
  g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (store, error);

  return mp ? lk_backup_objects_of (G_LIST_MODEL (mp->plans)) : NULL;
}

static GPtrArray *
units_list (LkStore  *store,
            GError  **error)
{
  return objects_of_store (lk_store_list_org_units (store, error));
}

static void
plan_write (LkJsonWriter  *writer,
            gconstpointer  item)
{
  lk_kommuneplan_to_json (writer, (LkKommuneplan *) item);
}

static void
unit_write (LkJsonWriter  *writer,
            gconstpointer  item)
{
  lk_org_unit_to_json (writer, (LkOrgUnit *) item);
}

static void
goal_write (LkJsonWriter  *writer,
            gconstpointer  item)
{
  lk_goal_to_json (writer, (LkGoal *) item);
}

static void
benefit_write (LkJsonWriter  *writer,
               gconstpointer  item)
{
  lk_benefit_to_json (writer, (LkBenefit *) item);
}

static gpointer
plan_read (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_kommuneplan_from_json (node, path, error);
}

static gpointer
unit_read (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_org_unit_from_json (node, path, error);
}

static gpointer
goal_read (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  return lk_goal_from_json (node, path, seen, error);
}

static gpointer
benefit_read (LkJsonNode  *node,
              const char  *path,
              GHashTable  *seen,
              GError     **error)
{
  return lk_benefit_from_json (node, path, error);
}

static int
by_level (gconstpointer a,
          gconstpointer b)
{
  return (int) (*(LkOrgUnit **) a)->level - (int) (*(LkOrgUnit **) b)->level;
}

static gboolean
units_order (GPtrArray  *items,
             GError    **error)
{
  g_ptr_array_sort (items, by_level);
  return TRUE;
}

LK_BACKUP_ITEM_FIELDS (LkKommuneplan, plan)
LK_BACKUP_ITEM_FIELDS (LkOrgUnit, unit)
LK_BACKUP_ITEM_FIELDS (LkGoal, goal)
LK_BACKUP_ITEM_FIELDS (LkBenefit, benefit)

const LkBackupSection lk_backup_kommuneplans_section = {
  .name = "kommuneplans",
  .list = plans_list,
  .write = plan_write,
  .read = plan_read,
  .uuid = plan_uuid,
  .updated = plan_updated,
  .put = (LkStorePutFunc) lk_store_put_kommuneplan,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM kommuneplans WHERE uuid = ?1",
  .clear_sql = "DELETE FROM kommuneplans",
};

const LkBackupSection lk_backup_org_units_section = {
  .name = "org-units",
  .list = units_list,
  .write = unit_write,
  .read = unit_read,
  .order = units_order,
  .uuid = unit_uuid,
  .updated = unit_updated,
  .put = (LkStorePutFunc) lk_store_put_org_unit,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM org_units WHERE uuid = ?1",
  .clear_sql = "DELETE FROM org_units",
};

const LkBackupSection lk_backup_goals_section = {
  .name = "goals",
  .list = goals_list,
  .write = goal_write,
  .read = goal_read,
  .order = lk_goals_order_for_put,
  .uuid = goal_uuid,
  .updated = goal_updated,
  .put = (LkStorePutFunc) lk_store_put_goal,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM goals WHERE uuid = ?1",
  .clear_sql = "DELETE FROM goals",
};

const LkBackupSection lk_backup_benefits_section = {
  .name = "benefits",
  .list = lk_store_list_benefits,
  .write = benefit_write,
  .read = benefit_read,
  .uuid = benefit_uuid,
  .updated = benefit_updated,
  .put = (LkStorePutFunc) lk_store_put_benefit,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM benefits WHERE uuid = ?1",
  .clear_sql = "DELETE FROM benefits",
};
