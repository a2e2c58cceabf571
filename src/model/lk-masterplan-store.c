/* lk-masterplan-store.c: the goal breakdown in the store
 *
 * Items refer to each other by uuid (so a plan passed between leaders
 * keeps its links); rows by id. A goal is stored with its KPIs and their
 * values and its support links; benefits are items of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-date.h"
#include "lk-masterplan.h"
#include "lk-store-private.h"
#include "lk-types.h"

#define AREA "masterplan"

/* The row id of an item by its uuid; 0 and an error naming @what when
 * there is none */
static gint64
id_of (LkStore     *store,
       const char  *sql,
       const char  *uuid,
       const char  *missing,
       GError     **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, sql, error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (lk_store_step_one (store, stmt, missing, error) != LK_STEP_ROW)
    return 0;
  id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return id;
}

static gboolean
query_exists (LkStore     *store,
              const char  *sql,
              gint64       a,
              gint64       b,
              gboolean    *exists,
              GError     **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, a);
  sqlite3_bind_int64 (stmt, 2, b);
  if (lk_store_step_one (store, stmt, NULL, error) != LK_STEP_ROW)
    return FALSE;
  *exists = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);

  return TRUE;
}

/* --- goals ------------------------------------------------------------------- */

/* Two years of tertials in one statement: one per value made the KPI
 * values most of the time an import of a large plan took */
#define VALUES_PER_INSERT 6

static const char *
values_insert_sql (guint rows)
{
  /* The statement cache keeps statements by the address of their text,
   * so each text is made once and kept */
  static const char *sql[VALUES_PER_INSERT + 1];
  static gsize made;

  g_assert (rows >= 1 && rows <= VALUES_PER_INSERT);
  if (g_once_init_enter (&made))
    {
      for (guint n = 1; n <= VALUES_PER_INSERT; n++)
        {
          GString *text = g_string_new ("INSERT INTO kpi_values (kpi_id, year, tertial, value) VALUES ");

          for (guint r = 0; r < n; r++)
            g_string_append_printf (text, "%s(?1, ?%u, ?%u, ?%u)", r ? ", " : "", 2 + 3 * r, 3 + 3 * r,
                                    4 + 3 * r);
          sql[n] = g_string_free (text, FALSE);
        }
      g_once_init_leave (&made, 1);
    }

  return sql[rows];
}

static gboolean
put_kpis (LkStore     *store,
          LkGoal      *goal,
          gboolean     existed,
          GError     **error)
{
  guint n = goal->kpis->len;
  sqlite3_stmt *stmt;

  /* A goal new here has nothing to clear (an import adds thousands) */
  if (existed)
    {
      if (!(stmt = lk_store_prepare (store, "DELETE FROM kpis WHERE goal_id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, goal->id);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (goal->kpis, i));
      gint64 kpi_id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO kpis (uuid, goal_id, position, name, unit_kind, unit_text, "
                               "  direction, baseline, baseline_year, target, target_year, band_low, "
                               "  band_high, yellow, red, share, path) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
                               "  ?16, ?17)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, kpi->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, goal->id);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, kpi->name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, kpi->unit_kind);
      sqlite3_bind_text (stmt, 6, kpi->unit_text ? kpi->unit_text : "", -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 7, kpi->direction);
      lk_bind_number (stmt, 8, kpi->baseline);
      if (isnan (kpi->baseline))
        sqlite3_bind_null (stmt, 9);
      else
        sqlite3_bind_int (stmt, 9, kpi->baseline_year);
      lk_bind_number (stmt, 10, kpi->target);
      if (isnan (kpi->target))
        sqlite3_bind_null (stmt, 11);
      else
        sqlite3_bind_int (stmt, 11, kpi->target_year);
      lk_bind_number (stmt, 12, kpi->band_low);
      lk_bind_number (stmt, 13, kpi->band_high);
      sqlite3_bind_double (stmt, 14, kpi->yellow);
      sqlite3_bind_double (stmt, 15, kpi->red);
      sqlite3_bind_int (stmt, 16, kpi->share ? 1 : 0);
      sqlite3_bind_int (stmt, 17, kpi->path);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
      kpi_id = sqlite3_last_insert_rowid (lk_store_get_db (store));

      for (guint v = 0; v < kpi->values->len; v += VALUES_PER_INSERT)
        {
          guint rows = MIN (VALUES_PER_INSERT, kpi->values->len - v);

          if (!(stmt = lk_store_prepare (store, values_insert_sql (rows), error)))
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, kpi_id);
          for (guint r = 0; r < rows; r++)
            {
              const LkKpiValue *value = &g_array_index (kpi->values, LkKpiValue, v + r);

              sqlite3_bind_int (stmt, 2 + 3 * r, value->year);
              sqlite3_bind_int (stmt, 3 + 3 * r, value->tertial);
              sqlite3_bind_double (stmt, 4 + 3 * r, value->value);
            }
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Support links may not run round: from the supported goal up through
 * parents and its own supports, the supporter must not be reachable (that
 * also refuses supporting one's own subgoals); supporting a goal already
 * above it in its line says nothing new. */
static gboolean
put_supports (LkStore  *store,
              LkGoal   *goal,
              gboolean  existed,
              GError  **error)
{
  sqlite3_stmt *stmt;

  if (existed)
    {
      if (!(stmt = lk_store_prepare (store, "DELETE FROM goal_supports WHERE goal_id = ?1", error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, goal->id);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < goal->supports->len; i++)
    {
      const char *uuid = g_ptr_array_index (goal->supports, i);
      gboolean found = FALSE;
      gint64 target;

      target = id_of (store, "SELECT id FROM goals WHERE uuid = ?1 AND level > 0", uuid,
                      _("A goal it supports is not in the plan."), error);
      if (target == 0)
        return FALSE;
      if (!query_exists (store,
                         "WITH RECURSIVE up (id) AS (SELECT ?1 "
                         "  UNION SELECT g.parent_id FROM goals g JOIN up ON g.id = up.id "
                         "    WHERE g.parent_id IS NOT NULL "
                         "  UNION SELECT s.supports_id FROM goal_supports s JOIN up ON s.goal_id = up.id) "
                         "SELECT EXISTS (SELECT 1 FROM up WHERE id = ?2)",
                         target, goal->id, &found, error))
        return FALSE;
      if (found)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("“%s” cannot support a goal below it or one that already supports it: the links would run in a circle."),
                       goal->title);
          return FALSE;
        }
      if (!query_exists (store,
                         "WITH RECURSIVE anc (id) AS (SELECT parent_id FROM goals WHERE id = ?1 "
                         "  UNION SELECT g.parent_id FROM goals g JOIN anc ON g.id = anc.id "
                         "    WHERE g.parent_id IS NOT NULL) "
                         "SELECT EXISTS (SELECT 1 FROM anc WHERE id = ?2)",
                         goal->id, target, &found, error))
        return FALSE;
      if (found)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("“%s” already serves that goal through the goals above it."), goal->title);
          return FALSE;
        }

      if (!(stmt = lk_store_prepare (store, "INSERT INTO goal_supports (goal_id, supports_id) VALUES (?1, ?2)",
                                     error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, goal->id);
      sqlite3_bind_int64 (stmt, 2, target);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * lk_store_put_goal:
 *
 * Checks a goal against the tree (its parent exactly one level up, a
 * priority area's kommuneplan, its unit, whom it supports) and writes it
 * with its KPIs and links, by uuid, in the caller's transaction.
 */
gboolean
lk_store_put_goal (LkStore  *store,
                   LkGoal   *goal,
                   GError  **error)
{
  gint64 plan_id = 0, parent_id = 0, unit_id = 0, id = 0;
  gboolean wrong = FALSE;
  sqlite3_stmt *stmt;
  LkStep step;

  if (!lk_goal_validate (goal, error))
    return FALSE;
  lk_timestamps_init (&goal->created, &goal->updated);

  if (goal->level == 0)
    {
      plan_id = id_of (store, "SELECT id FROM kommuneplans WHERE uuid = ?1", goal->plan_uuid,
                       _("The priority area’s kommuneplan is not in the database."), error);
      if (plan_id == 0)
        return FALSE;
    }
  else
    {
      sqlite3_stmt *parent = lk_store_prepare (store, "SELECT id, level FROM goals WHERE uuid = ?1", error);

      if (parent == NULL)
        return FALSE;
      sqlite3_bind_text (parent, 1, goal->parent_uuid, -1, SQLITE_TRANSIENT);
      step = lk_store_step_one (store, parent, NULL, error);
      if (step == LK_STEP_ERROR)
        return FALSE;
      if (step == LK_STEP_ROW)
        {
          parent_id = sqlite3_column_int64 (parent, 0);
          wrong = (guint) sqlite3_column_int (parent, 1) + 1 != goal->level;
          sqlite3_reset (parent);
        }
      if (parent_id == 0 || wrong)
        {
          if (goal->level == 1)
            g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                         _("“%s” is a level 1 goal: it hangs under a priority area of the kommuneplan."),
                         goal->title);
          else
            g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                         _("“%s” is a level %u goal: it hangs under a goal on level %u."),
                         goal->title, goal->level, goal->level - 1);
          return FALSE;
        }
    }
  if (goal->unit_uuid != NULL &&
      (unit_id = id_of (store, "SELECT id FROM org_units WHERE uuid = ?1", goal->unit_uuid,
                        _("The goal’s unit is not in the organisation."), error)) == 0)
    return FALSE;

  /* A goal with subgoals keeps its level: they would hang a level wrong */
  stmt = lk_store_prepare (store, "SELECT id FROM goals WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, goal->uuid, -1, SQLITE_STATIC);
  step = lk_store_step_one (store, stmt, NULL, error);
  if (step == LK_STEP_ERROR)
    return FALSE;
  if (step == LK_STEP_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  if (id > 0 && !query_exists (store,
                               "SELECT EXISTS (SELECT 1 FROM goals WHERE parent_id = ?1 AND level <> ?2)",
                               id, goal->level + 1, &wrong, error))
    return FALSE;
  if (id > 0 && wrong)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("“%s” has goals below it: move them before changing its level."), goal->title);
      return FALSE;
    }

  stmt = lk_store_prepare (store,
                           "INSERT INTO goals (uuid, plan_id, parent_id, level, position, title, "
                           "  description, unit_id, perspective, now_text, where_text, how_text, smart, "
                           "  owner, first_year, last_year, manual_status, status_reason, archived, "
                           "  created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                           "  ?17, ?18, ?19, ?20, ?21) "
                           "ON CONFLICT (uuid) DO UPDATE SET plan_id = excluded.plan_id, "
                           "  parent_id = excluded.parent_id, level = excluded.level, "
                           "  position = excluded.position, title = excluded.title, "
                           "  description = excluded.description, unit_id = excluded.unit_id, "
                           "  perspective = excluded.perspective, now_text = excluded.now_text, "
                           "  where_text = excluded.where_text, how_text = excluded.how_text, "
                           "  smart = excluded.smart, owner = excluded.owner, "
                           "  first_year = excluded.first_year, last_year = excluded.last_year, "
                           "  manual_status = excluded.manual_status, "
                           "  status_reason = excluded.status_reason, archived = excluded.archived, "
                           "  created = excluded.created, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, goal->uuid, -1, SQLITE_STATIC);
  if (plan_id > 0)
    sqlite3_bind_int64 (stmt, 2, plan_id);
  else
    sqlite3_bind_null (stmt, 2);
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_int (stmt, 4, goal->level);
  sqlite3_bind_int (stmt, 5, goal->position);
  sqlite3_bind_text (stmt, 6, goal->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, goal->description, -1, SQLITE_STATIC);
  if (unit_id > 0)
    sqlite3_bind_int64 (stmt, 8, unit_id);
  else
    sqlite3_bind_null (stmt, 8);
  sqlite3_bind_int (stmt, 9, goal->perspective);
  sqlite3_bind_text (stmt, 10, goal->now_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, goal->where_text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, goal->how_text, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 13, goal->smart);
  sqlite3_bind_text (stmt, 14, goal->owner, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 15, goal->first_year);
  sqlite3_bind_int (stmt, 16, goal->last_year);
  sqlite3_bind_int (stmt, 17, goal->manual ? goal->manual_status + 1 : 0);
  sqlite3_bind_text (stmt, 18, goal->status_reason, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 19, goal->archived ? 1 : 0);
  sqlite3_bind_text (stmt, 20, goal->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 21, goal->updated, -1, SQLITE_STATIC);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  /* Looked up above when it was here; RETURNING cost a table per row */
  goal->id = id > 0 ? id : sqlite3_last_insert_rowid (lk_store_get_db (store));

  return put_kpis (store, goal, id > 0, error) && put_supports (store, goal, id > 0, error);
}

/* A goal as the user saves it */
static gboolean
put_placed (LkStore  *store,
            LkGoal   *goal,
            GError  **error)
{
  if (goal->id == 0)
    {
      /* A new goal comes last among its siblings */
      sqlite3_stmt *stmt = lk_store_prepare (store,
                                             "SELECT count(*) FROM goals WHERE "
                                             "  parent_id = (SELECT id FROM goals WHERE uuid = ?1) OR "
                                             "  plan_id = (SELECT id FROM kommuneplans WHERE uuid = ?2)",
                                             error);
      if (stmt == NULL)
        return FALSE;
      lk_bind_text (stmt, 1, goal->parent_uuid);
      lk_bind_text (stmt, 2, goal->plan_uuid);
      if (lk_store_step_one (store, stmt, NULL, error) != LK_STEP_ROW)
        return FALSE;
      goal->position = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return lk_store_put_goal (store, goal, error);
}

gboolean
lk_store_save_goal (LkStore  *store,
                    LkGoal   *goal,
                    GError  **error)
{
  static const LkStoreKind kind = {
    AREA, "SELECT 1 FROM goals WHERE id = ?1", N_("The goal was deleted meanwhile."),
    (LkStorePutFunc) put_placed,
  };

  return lk_store_save_one (store, &kind, goal->id, &goal->updated, goal, error);
}

/* Deletes a goal and everything below it; lk_masterplan_subtree() taken
 * before gives lk_store_restore_goals() what Undo needs. */
gboolean
lk_store_delete_goal (LkStore     *store,
                      const char  *uuid,
                      GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM goals WHERE uuid = ?1", AREA, uuid,
                                  _("The goal no longer exists."), error);
}

static gboolean
restore_put (LkStore        *store,
             LkGoalSubtree  *r,
             GError        **error)
{
  /* Parents first, then the links between them all */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < r->goals->len; i++)
      {
        LkGoal *goal = g_ptr_array_index (r->goals, i);
        g_autoptr(GPtrArray) supports = NULL;

        if (pass == 0)
          {
            supports = g_steal_pointer (&goal->supports);
            goal->supports = g_ptr_array_new_with_free_func (g_free);
          }
        goal->id = 0;
        if (!lk_store_put_goal (store, goal, error))
          {
            if (supports)
              {
                g_ptr_array_unref (goal->supports);
                goal->supports = g_steal_pointer (&supports);
              }
            return FALSE;
          }
        if (supports)
          {
            g_ptr_array_unref (goal->supports);
            goal->supports = g_steal_pointer (&supports);
          }
        if (pass == 1)
          for (guint b = 0; b < goal->benefits->len; b++)
            if (!lk_store_put_benefit (store, g_ptr_array_index (goal->benefits, b), error))
              return FALSE;
      }

  return TRUE;
}

/**
 * lk_store_restore_goals:
 * @subtree: taken before the delete
 *
 * Undo of a delete: the goals as they were, with their benefits.
 */
gboolean
lk_store_restore_goals (LkStore        *store,
                        LkGoalSubtree  *subtree,
                        GError        **error)
{
  return lk_store_put_one (store, AREA, (LkStorePutFunc) restore_put, subtree, error);
}

/* "Copy last year's plan": the goals that ended with @from_year run on a
 * year more, the same goals with their KPIs and history. */
gboolean
lk_store_copy_year (LkStore  *store,
                    int       from_year,
                    int      *n_copied,
                    GError  **error)
{
  sqlite3_stmt *stmt;

  if (!lk_store_begin (store, error))
    return FALSE;
  stmt = lk_store_prepare (store,
                           "UPDATE goals SET last_year = ?1 + 1, updated = ?2 "
                           "WHERE last_year = ?1 AND archived = 0 AND level > 0",
                           error);
  if (stmt == NULL)
    goto failed;
  {
    g_autofree char *now = lk_timestamp_now ();

    sqlite3_bind_int (stmt, 1, from_year);
    sqlite3_bind_text (stmt, 2, now, -1, SQLITE_TRANSIENT);
    if (!lk_store_step_done (store, stmt, error))
      goto failed;
  }
  if (n_copied)
    *n_copied = sqlite3_changes (lk_store_get_db (store));
  lk_store_emit_changed (store, AREA);

  return lk_store_commit (store, error);

failed:
  lk_store_rollback (store);
  return FALSE;
}

/* --- the kommuneplan and the organisation ------------------------------------ */

gboolean
lk_store_put_kommuneplan (LkStore        *store,
                          LkKommuneplan  *plan,
                          GError        **error)
{
  sqlite3_stmt *stmt;

  if (plan->uuid == NULL || !g_uuid_string_is_valid (plan->uuid) ||
      plan->title == NULL || lk_text_is_blank (plan->title) || !lk_text_is_valid (plan->title) ||
      g_utf8_strlen (plan->title, -1) > 300)
    return lk_set_invalid (error, _("Give the kommuneplan a title (at most 300 characters)."));
  if (plan->first_year < 1900 || plan->last_year > 2200 || plan->last_year < plan->first_year)
    return lk_set_invalid (error, _("The kommuneplan’s period runs from its first year to its last."));
  if (plan->updated == NULL)
    plan->updated = lk_timestamp_now ();

  stmt = lk_store_prepare (store,
                           "INSERT INTO kommuneplans (uuid, title, first_year, last_year, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, "
                           "  first_year = excluded.first_year, last_year = excluded.last_year, "
                           "  updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, plan->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, plan->title, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, plan->first_year);
  sqlite3_bind_int (stmt, 4, plan->last_year);
  sqlite3_bind_text (stmt, 5, plan->updated, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

gboolean
lk_store_save_kommuneplan (LkStore        *store,
                           LkKommuneplan  *plan,
                           GError        **error)
{
  g_free (plan->updated);
  plan->updated = lk_timestamp_now ();

  return lk_store_put_one (store, AREA, (LkStorePutFunc) lk_store_put_kommuneplan, plan, error);
}

gboolean
lk_store_put_org_unit (LkStore    *store,
                       LkOrgUnit  *unit,
                       GError    **error)
{
  gint64 parent_id = 0;
  sqlite3_stmt *stmt;
  LkStep step;

  if (unit->uuid == NULL || !g_uuid_string_is_valid (unit->uuid) ||
      unit->name == NULL || lk_text_is_blank (unit->name) || !lk_text_is_valid (unit->name) ||
      g_utf8_strlen (unit->name, -1) > 200)
    return lk_set_invalid (error, _("Give the unit a name (at most 200 characters)."));
  if (unit->level < 1 || unit->level > 4)
    return lk_set_invalid (error, _("A unit is on level 1 (leader team) to 4 (department)."));
  if (unit->parent_uuid != NULL)
    {
      sqlite3_stmt *parent = lk_store_prepare (store, "SELECT id, level FROM org_units WHERE uuid = ?1", error);

      if (parent == NULL)
        return FALSE;
      sqlite3_bind_text (parent, 1, unit->parent_uuid, -1, SQLITE_TRANSIENT);
      step = lk_store_step_one (store, parent, NULL, error);
      if (step == LK_STEP_ERROR)
        return FALSE;
      if (step == LK_STEP_ROW)
        {
          if ((guint) sqlite3_column_int (parent, 1) < unit->level)
            parent_id = sqlite3_column_int64 (parent, 0);
          sqlite3_reset (parent);
        }
      if (parent_id == 0)
        return lk_set_invalid (error, _("A unit belongs to a unit on a level above it."));
    }
  if (unit->updated == NULL)
    unit->updated = lk_timestamp_now ();

  stmt = lk_store_prepare (store,
                           "INSERT INTO org_units (uuid, name, level, parent_id, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5) "
                           "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, level = excluded.level, "
                           "  parent_id = excluded.parent_id, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, unit->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, unit->name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, unit->level);
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 4, parent_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, unit->updated, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

gboolean
lk_store_save_org_unit (LkStore    *store,
                        LkOrgUnit  *unit,
                        GError    **error)
{
  g_free (unit->updated);
  unit->updated = lk_timestamp_now ();

  return lk_store_put_one (store, AREA, (LkStorePutFunc) lk_store_put_org_unit, unit, error);
}

gboolean
lk_store_delete_org_unit (LkStore     *store,
                          const char  *uuid,
                          GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM org_units WHERE uuid = ?1", AREA, uuid, NULL, error);
}

GListStore *
lk_store_list_org_units (LkStore  *store,
                         GError  **error)
{
  g_autoptr(GListStore) units = g_list_store_new (LK_TYPE_ORG_UNIT);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT u.uuid, u.name, u.level, p.uuid, u.updated FROM org_units u "
                           "LEFT JOIN org_units p ON p.id = u.parent_id ORDER BY u.level, u.name",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkOrgUnit) unit = lk_org_unit_new (lk_column_text (stmt, 1), sqlite3_column_int (stmt, 2),
                                                   lk_column_text (stmt, 3));

      g_free (unit->uuid);
      unit->uuid = g_strdup (lk_column_text (stmt, 0));
      unit->updated = g_strdup (lk_column_text (stmt, 4));
      g_list_store_append (units, unit);
    }

  return step == LK_STEP_DONE ? g_steal_pointer (&units) : NULL;
}

/* --- benefits ------------------------------------------------------------------- */

gboolean
lk_store_put_benefit (LkStore    *store,
                      LkBenefit  *benefit,
                      GError    **error)
{
  gint64 goal_id = 0;
  sqlite3_stmt *stmt;

  if (!lk_benefit_validate (benefit, error))
    return FALSE;
  if (benefit->uuid == NULL || !g_uuid_string_is_valid (benefit->uuid))
    return lk_set_invalid (error, _("A benefit has no valid identifier."));
  if (benefit->goal_uuid != NULL &&
      (goal_id = id_of (store, "SELECT id FROM goals WHERE uuid = ?1", benefit->goal_uuid,
                        _("The benefit’s goal is not in the plan."), error)) == 0)
    return FALSE;
  if (benefit->updated == NULL)
    benefit->updated = lk_timestamp_now ();

  stmt = lk_store_prepare (store,
                           "INSERT INTO benefits (uuid, goal_id, measure_uuid, kind, fte_planned, "
                           "  fte_identified, fte_realised, nok_planned, nok_identified, nok_realised, "
                           "  period, text, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                           "ON CONFLICT (uuid) DO UPDATE SET goal_id = excluded.goal_id, "
                           "  measure_uuid = excluded.measure_uuid, kind = excluded.kind, "
                           "  fte_planned = excluded.fte_planned, fte_identified = excluded.fte_identified, "
                           "  fte_realised = excluded.fte_realised, nok_planned = excluded.nok_planned, "
                           "  nok_identified = excluded.nok_identified, nok_realised = excluded.nok_realised, "
                           "  period = excluded.period, text = excluded.text, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, benefit->uuid, -1, SQLITE_STATIC);
  if (goal_id > 0)
    sqlite3_bind_int64 (stmt, 2, goal_id);
  else
    sqlite3_bind_null (stmt, 2);
  lk_bind_text (stmt, 3, benefit->measure_uuid);
  sqlite3_bind_int (stmt, 4, benefit->kind);
  for (int i = 0; i < 3; i++)
    {
      sqlite3_bind_double (stmt, 5 + i, benefit->fte[i]);
      sqlite3_bind_double (stmt, 8 + i, benefit->nok[i]);
    }
  sqlite3_bind_text (stmt, 11, benefit->period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, benefit->text, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, benefit->updated, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

gboolean
lk_store_save_benefit (LkStore    *store,
                       LkBenefit  *benefit,
                       GError    **error)
{
  g_free (benefit->updated);
  benefit->updated = lk_timestamp_now ();

  return lk_store_put_one (store, AREA, (LkStorePutFunc) lk_store_put_benefit, benefit, error);
}

gboolean
lk_store_delete_benefit (LkStore     *store,
                         const char  *uuid,
                         GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM benefits WHERE uuid = ?1", AREA, uuid, NULL, error);
}

/* --- loading a whole plan -------------------------------------------------------- */

static gboolean
load_plans (LkStore       *store,
            LkMasterplan  *mp,
            GError       **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT uuid, title, first_year, last_year, updated FROM kommuneplans "
                           "ORDER BY first_year DESC, id",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkKommuneplan) plan = lk_kommuneplan_new (lk_column_text (stmt, 1),
                                                          sqlite3_column_int (stmt, 2),
                                                          sqlite3_column_int (stmt, 3));

      g_free (plan->uuid);
      plan->uuid = g_strdup (lk_column_text (stmt, 0));
      plan->updated = g_strdup (lk_column_text (stmt, 4));
      g_list_store_append (mp->plans, plan);
    }

  return step == LK_STEP_DONE;
}

#define GOAL_COLUMNS \
  "g.id, g.uuid, k.uuid, p.uuid, g.level, g.position, g.title, g.description, u.uuid, " \
  "g.perspective, g.now_text, g.where_text, g.how_text, g.smart, g.owner, g.first_year, " \
  "g.last_year, g.manual_status, g.status_reason, g.archived, g.created, g.updated"

static LkGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  LkGoal *goal = g_object_new (LK_TYPE_GOAL, NULL);
  int manual = sqlite3_column_int (stmt, 17);

#define TEXT(f, col) g_free (goal->f); goal->f = g_strdup (lk_column_text (stmt, col))
  goal->id = sqlite3_column_int64 (stmt, 0);
  TEXT (uuid, 1);
  TEXT (plan_uuid, 2);
  TEXT (parent_uuid, 3);
  goal->level = CLAMP (sqlite3_column_int (stmt, 4), 0, LK_GOAL_MAX_LEVEL);
  goal->position = sqlite3_column_int (stmt, 5);
  TEXT (title, 6);
  TEXT (description, 7);
  TEXT (unit_uuid, 8);
  goal->perspective = CLAMP (sqlite3_column_int (stmt, 9), 0, LK_PERSPECTIVE_N - 1);
  TEXT (now_text, 10);
  TEXT (where_text, 11);
  TEXT (how_text, 12);
  goal->smart = sqlite3_column_int (stmt, 13) & ((1 << LK_SMART_N) - 1);
  TEXT (owner, 14);
  goal->first_year = sqlite3_column_int (stmt, 15);
  goal->last_year = sqlite3_column_int (stmt, 16);
  goal->manual = manual > 0;
  goal->manual_status = manual > 0 ? CLAMP (manual - 1, 0, LK_GOAL_STATUS_RED) : LK_GOAL_STATUS_NO_DATA;
  TEXT (status_reason, 18);
  goal->archived = sqlite3_column_int (stmt, 19) != 0;
  TEXT (created, 20);
  TEXT (updated, 21);
#undef TEXT
  /* lk_column_text() gives "" for NULL; the links keep NULL */
  if (goal->plan_uuid && *goal->plan_uuid == '\0')
    g_clear_pointer (&goal->plan_uuid, g_free);
  if (goal->parent_uuid && *goal->parent_uuid == '\0')
    g_clear_pointer (&goal->parent_uuid, g_free);
  if (goal->unit_uuid && *goal->unit_uuid == '\0')
    g_clear_pointer (&goal->unit_uuid, g_free);

  return goal;
}

static gboolean
load_goals (LkStore       *store,
            LkMasterplan  *mp,
            GHashTable    *by_id,
            GError       **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  /* By level, so a parent is there before its children */
  stmt = lk_store_prepare (store,
                           "SELECT " GOAL_COLUMNS " FROM goals g "
                           "LEFT JOIN kommuneplans k ON k.id = g.plan_id "
                           "LEFT JOIN goals p ON p.id = g.parent_id "
                           "LEFT JOIN org_units u ON u.id = g.unit_id "
                           "ORDER BY g.level, g.parent_id, g.position, g.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkGoal *goal = goal_from_row (stmt);

      g_hash_table_insert (mp->goals, goal->uuid, goal);
      g_hash_table_insert (by_id, GINT_TO_POINTER ((gssize) goal->id), goal);
      if (goal->level == 0)
        g_list_store_append (mp->areas, goal);
      else
        {
          LkGoal *parent = g_hash_table_lookup (mp->goals, goal->parent_uuid);

          if (parent == NULL || parent->level + 1 != goal->level)
            {
              sqlite3_reset (stmt);
              g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT,
                                   _("The goal tree is damaged in the database."));
              return FALSE;
            }
          goal->parent = parent;
          g_ptr_array_add (parent->children, g_object_ref (goal));
          mp->n_goals++;
        }
    }

  return step == LK_STEP_DONE;
}

static gboolean
load_supports (LkStore     *store,
               GHashTable  *by_id,
               GError     **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store, "SELECT goal_id, supports_id FROM goal_supports", error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkGoal *goal = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)));
      LkGoal *target = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 1)));

      if (goal && target)
        g_ptr_array_add (goal->supports, g_strdup (target->uuid));
    }

  return step == LK_STEP_DONE;
}

static gboolean
load_kpis (LkStore     *store,
           GHashTable  *by_id,
           GError     **error)
{
  g_autoptr(GHashTable) kpis = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  LkKpi *last = NULL;
  gint64 last_id = 0;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT id, goal_id, uuid, name, unit_kind, unit_text, direction, baseline, "
                           "  baseline_year, target, target_year, band_low, band_high, yellow, red, share, "
                           "  path FROM kpis ORDER BY goal_id, position",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkGoal *goal = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 1)));
      g_autoptr(LkKpi) kpi = NULL;

      if (goal == NULL)
        continue;
      kpi = lk_kpi_new_with_uuid (lk_column_text (stmt, 2), lk_column_text (stmt, 3));
      kpi->unit_kind = CLAMP (sqlite3_column_int (stmt, 4), 0, LK_KPI_UNIT_OTHER);
      g_free (kpi->unit_text);
      kpi->unit_text = g_strdup (lk_column_text (stmt, 5));
      kpi->direction = CLAMP (sqlite3_column_int (stmt, 6), 0, LK_KPI_KEEP_WITHIN);
      kpi->baseline = lk_column_number (stmt, 7);
      kpi->baseline_year = sqlite3_column_int (stmt, 8);
      kpi->target = lk_column_number (stmt, 9);
      kpi->target_year = sqlite3_column_int (stmt, 10);
      kpi->band_low = lk_column_number (stmt, 11);
      kpi->band_high = lk_column_number (stmt, 12);
      kpi->yellow = sqlite3_column_double (stmt, 13);
      kpi->red = sqlite3_column_double (stmt, 14);
      kpi->share = sqlite3_column_int (stmt, 15) != 0;
      kpi->path = CLAMP (sqlite3_column_int (stmt, 16), 0, LK_KPI_PATH_STEPS);
      g_ptr_array_add (goal->kpis, g_object_ref (kpi));
      g_hash_table_insert (kpis, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)), kpi);
    }
  if (step != LK_STEP_DONE)
    return FALSE;

  /* Many rows: in order by KPI, so most lookups are the one before */
  stmt = lk_store_prepare (store, "SELECT kpi_id, year, tertial, value FROM kpi_values ORDER BY kpi_id, year, tertial",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 kpi_id = sqlite3_column_int64 (stmt, 0);
      LkKpiValue v;

      if (kpi_id != last_id)
        {
          last = g_hash_table_lookup (kpis, GINT_TO_POINTER ((gssize) kpi_id));
          last_id = kpi_id;
        }
      if (last == NULL)
        continue;
      v.year = sqlite3_column_int (stmt, 1);
      v.tertial = sqlite3_column_int (stmt, 2);
      v.value = sqlite3_column_double (stmt, 3);
      g_array_append_val (last->values, v);
    }

  return step == LK_STEP_DONE;
}

#define BENEFIT_COLUMNS \
  "b.uuid, g.uuid, b.measure_uuid, b.kind, b.fte_planned, b.fte_identified, b.fte_realised, " \
  "b.nok_planned, b.nok_identified, b.nok_realised, b.period, b.text, b.updated"

static LkBenefit *
benefit_from_row (sqlite3_stmt *stmt)
{
  const char *measure = sqlite3_column_type (stmt, 2) == SQLITE_NULL ? NULL : lk_column_text (stmt, 2);
  const char *goal_uuid = sqlite3_column_type (stmt, 1) == SQLITE_NULL ? NULL : lk_column_text (stmt, 1);
  LkBenefit *b = lk_benefit_new_with_uuid (lk_column_text (stmt, 0), goal_uuid, measure);

  b->kind = CLAMP (sqlite3_column_int (stmt, 3), 0, LK_BENEFIT_QUALITY);
  for (int i = 0; i < 3; i++)
    {
      b->fte[i] = sqlite3_column_double (stmt, 4 + i);
      b->nok[i] = sqlite3_column_double (stmt, 7 + i);
    }
  g_free (b->period);
  b->period = g_strdup (lk_column_text (stmt, 10));
  g_free (b->text);
  b->text = g_strdup (lk_column_text (stmt, 11));
  b->updated = g_strdup (lk_column_text (stmt, 12));

  return b;
}

/* Returns: (transfer full) (element-type LkBenefit): every benefit */
GPtrArray *
lk_store_list_benefits (LkStore  *store,
                        GError  **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT " BENEFIT_COLUMNS " FROM benefits b "
                           "LEFT JOIN goals g ON g.id = b.goal_id ORDER BY b.id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_ptr_array_add (all, benefit_from_row (stmt));

  return step == LK_STEP_DONE ? g_steal_pointer (&all) : NULL;
}

static gboolean
load_benefits (LkStore       *store,
               LkMasterplan  *mp,
               GError       **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  /* A tiltak's benefits count for the goal it serves */
  stmt = lk_store_prepare (store,
                           "SELECT " BENEFIT_COLUMNS ", coalesce (g.uuid, m.source_uuid) "
                           "FROM benefits b LEFT JOIN goals g ON g.id = b.goal_id "
                           "LEFT JOIN measures m ON m.uuid = b.measure_uuid AND m.source_kind = 1 "
                           "ORDER BY b.id",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkGoal *goal = lk_masterplan_find (mp, lk_column_text (stmt, 13));

      if (goal != NULL)
        g_ptr_array_add (goal->benefits, benefit_from_row (stmt));
    }

  return step == LK_STEP_DONE;
}

/**
 * lk_store_load_masterplan:
 *
 * Returns: (transfer full): the whole plan as a tree, not yet rolled up
 */
LkMasterplan *
lk_store_load_masterplan (LkStore  *store,
                          GError  **error)
{
  g_autoptr(LkMasterplan) mp = lk_masterplan_new ();
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  g_autoptr(GListStore) units = NULL;
  guint n_units;

  if (!load_plans (store, mp, error))
    return NULL;
  if (!(units = lk_store_list_org_units (store, error)))
    return NULL;
  n_units = g_list_model_get_n_items (G_LIST_MODEL (units));
  for (guint i = 0; i < n_units; i++)
    {
      LkOrgUnit *unit = g_list_model_get_item (G_LIST_MODEL (units), i);

      g_list_store_append (mp->units, unit);
      g_hash_table_insert (mp->unit_map, unit->uuid, unit);
    }
  if (!load_goals (store, mp, by_id, error) ||
      !load_supports (store, by_id, error) ||
      !load_kpis (store, by_id, error) ||
      !load_benefits (store, mp, error))
    return NULL;

  return g_steal_pointer (&mp);
}
