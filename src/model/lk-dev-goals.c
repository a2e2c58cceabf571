/* lk-dev-goals.c: development goals in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

#define GOAL_COLUMNS \
  "id, uuid, year, title, why, success, goal_uuid, motor, progress, status, review_date, " \
  "created, updated"

static LkDevGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  LkDevGoal *goal = lk_dev_goal_new (sqlite3_column_int (stmt, 2), lk_column_text (stmt, 3));
  int status = sqlite3_column_int (stmt, 9);

  lk_dev_goal_set_identity (goal, sqlite3_column_int64 (stmt, 0), lk_column_text (stmt, 1),
                            lk_column_text (stmt, 11), lk_column_text (stmt, 12));
  lk_dev_goal_set_why (goal, lk_column_text (stmt, 4));
  lk_dev_goal_set_success (goal, lk_column_text (stmt, 5));
  lk_dev_goal_set_goal_uuid (goal, lk_column_text (stmt, 6));
  lk_dev_goal_set_motor (goal, sqlite3_column_int (stmt, 7));
  lk_dev_goal_set_progress (goal, sqlite3_column_int (stmt, 8));
  lk_dev_goal_set_status (goal, status >= 0 && status <= 2 ? status : LK_DEV_GOAL_ACTIVE);
  lk_dev_goal_set_review_date (goal, lk_column_text (stmt, 10));

  return goal;
}

/**
 * lk_store_list_dev_goals:
 * @year: the year, or 0 for all years
 *
 * Returns: (transfer full): #LkDevGoal, active first, then by creation
 */
GListStore *
lk_store_list_dev_goals (LkStore   *store,
                         int        year,
                         gboolean   with_archived,
                         GError   **error)
{
  LkStep step;
  g_autoptr(GListStore) list = g_list_store_new (LK_TYPE_DEV_GOAL);
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT " GOAL_COLUMNS " FROM dev_goals "
                           "WHERE (?1 = 0 OR year = ?1) AND (?2 OR status != 2) "
                           "ORDER BY year DESC, status, created, id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, with_archived);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkDevGoal) goal = goal_from_row (stmt);
      g_list_store_append (list, goal);
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&list);
}

static gboolean
count_active_goals (LkStore     *store,
                    int          year,
                    const char  *except_uuid,
                    guint       *n,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT count(*) FROM dev_goals WHERE year = ?1 AND status = 0 "
                           "AND uuid IS NOT ?2",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  lk_bind_text (stmt, 2, except_uuid);
  if (lk_store_step (store, stmt, error) != LK_STEP_ROW)
    return FALSE;
  *n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/* For showing the rule: 0 when the count cannot be read */
guint
lk_store_count_active_goals (LkStore    *store,
                             int         year,
                             const char *except_uuid)
{
  guint n = 0;

  count_active_goals (store, year, except_uuid, &n, NULL);

  return n;
}

gboolean
lk_store_put_dev_goal (LkStore    *store,
              LkDevGoal  *goal,
              GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_dev_goal_validate (goal, error))
    return FALSE;

  stmt = lk_store_prepare (store,
                           "INSERT INTO dev_goals (uuid, year, title, why, success, goal_uuid, "
                           "  motor, progress, status, review_date, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                           "ON CONFLICT (uuid) DO UPDATE SET year = excluded.year, "
                           "  title = excluded.title, why = excluded.why, "
                           "  success = excluded.success, goal_uuid = excluded.goal_uuid, "
                           "  motor = excluded.motor, progress = excluded.progress, "
                           "  status = excluded.status, review_date = excluded.review_date, "
                           "  created = excluded.created, updated = excluded.updated "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, lk_dev_goal_get_uuid (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, lk_dev_goal_get_year (goal));
  sqlite3_bind_text (stmt, 3, lk_dev_goal_get_title (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, lk_dev_goal_get_why (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, lk_dev_goal_get_success (goal), -1, SQLITE_TRANSIENT);
  lk_bind_text (stmt, 6, lk_dev_goal_get_goal_uuid (goal));
  sqlite3_bind_int (stmt, 7, lk_dev_goal_get_motor (goal));
  sqlite3_bind_int (stmt, 8, lk_dev_goal_get_progress (goal));
  sqlite3_bind_int (stmt, 9, lk_dev_goal_get_status (goal));
  lk_bind_text (stmt, 10, lk_dev_goal_get_review_date (goal));
  sqlite3_bind_text (stmt, 11, lk_dev_goal_get_created (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, lk_dev_goal_get_updated (goal), -1, SQLITE_TRANSIENT);

  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;
  lk_dev_goal_set_identity (goal, id, lk_dev_goal_get_uuid (goal),
                            lk_dev_goal_get_created (goal), lk_dev_goal_get_updated (goal));

  return TRUE;
}

/**
 * lk_store_save_dev_goal:
 *
 * Stores a goal. A fifth active goal in a year is refused: the leader
 * conversation agrees on two to four, so one must be archived first.
 */
gboolean
lk_store_save_dev_goal (LkStore    *store,
                        LkDevGoal  *goal,
                        GError    **error)
{
  g_autofree char *now = lk_timestamp_now ();
  g_autofree char *uuid = NULL;

  guint active = 0;

  /* The 2–4 rule is the leader's plan, not the data's validity: a save
   * keeps it, an import of someone's backup does not. */
  if (lk_dev_goal_get_status (goal) == LK_DEV_GOAL_ACTIVE &&
      !count_active_goals (store, lk_dev_goal_get_year (goal), lk_dev_goal_get_uuid (goal),
                           &active, error))
    return FALSE;
  if (lk_dev_goal_get_status (goal) == LK_DEV_GOAL_ACTIVE && active >= LK_DEV_GOALS_MAX)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("You already have %d active development goals for %d. The leader "
                     "conversation agrees on two to four: archive or complete one first."),
                   LK_DEV_GOALS_MAX, lk_dev_goal_get_year (goal));
      return FALSE;
    }

  uuid = lk_dev_goal_get_uuid (goal) ? g_strdup (lk_dev_goal_get_uuid (goal))
                                     : g_uuid_string_random ();
  lk_dev_goal_set_identity (goal, lk_dev_goal_get_id (goal), uuid,
                            lk_dev_goal_get_created (goal) ? lk_dev_goal_get_created (goal) : now,
                            now);

  return lk_store_put_one (store, "jeg-plan", (LkStorePutFunc)lk_store_put_dev_goal, goal, error);
}

gboolean
lk_store_delete_dev_goal (LkStore    *store,
                          LkDevGoal  *goal,
                          GError    **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM dev_goals WHERE uuid = ?1", "jeg-plan",
                                  lk_dev_goal_get_uuid (goal), NULL, error);
}
