/* lk-deviations.c: deviations (avvik) and their counts per tertial
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-date.h"
#include "lk-log-entry.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-types.h"

LkDeviation *
lk_deviation_new (const char *date,
                  const char *description)
{
  LkDeviation *d = g_object_new (LK_TYPE_DEVIATION, NULL);

  d->uuid = g_uuid_string_random ();
  d->date = date != NULL ? g_strdup (date) : lk_date_today ();
  d->description = g_strdup (description);
  d->severity = 1;

  return d;
}

G_DEFINE_FINAL_TYPE (LkDeviation, lk_deviation, G_TYPE_OBJECT)

static void
lk_deviation_finalize (GObject *object)
{
  LkDeviation *d = (LkDeviation *)object;

  g_free (d->uuid);
  g_free (d->date);
  g_free (d->description);
  g_free (d->risk_uuid);
  g_free (d->measure_uuid);
  g_free (d->created);
  g_free (d->updated);
  G_OBJECT_CLASS (lk_deviation_parent_class)->finalize (object);
}

static void
lk_deviation_class_init (LkDeviationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_deviation_finalize;
}

static void
lk_deviation_init (LkDeviation *self)
{
}

gboolean
lk_deviation_validate (const LkDeviation  *d,
                       GError            **error)
{
  if (lk_text_is_blank (d->description) || !lk_text_is_valid (d->description))
    return lk_set_invalid (error, _("The deviation needs a description."));
  if (!lk_date_is_valid_iso (d->date))
    return lk_set_invalid (error, _("The deviation needs a valid date."));
  if ((guint)d->cause > LK_DEVIATION_HUMAN)
    return lk_set_invalid (error, _("The cause must be system, procedure or human."));
  if (d->severity < 1 || d->severity > 3)
    return lk_set_invalid (error, _("The severity must be low, medium or high."));
  if ((guint)d->status > LK_DEVIATION_CLOSED)
    return lk_set_invalid (error, _("The status must be open, being handled or closed."));

  return TRUE;
}

gboolean
lk_store_put_deviation (LkStore      *store,
                        LkDeviation  *d,
                        GError      **error)
{
  sqlite3_stmt *stmt;

  if (!lk_deviation_validate (d, error))
    return FALSE;
  lk_timestamps_init (&d->created, &d->updated);

  stmt = lk_store_prepare (store,
                           "INSERT INTO deviations (uuid, date, description, cause, severity, "
                           "  risk_uuid, measure_uuid, status, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                           "ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, "
                           "  description = excluded.description, cause = excluded.cause, "
                           "  severity = excluded.severity, risk_uuid = excluded.risk_uuid, "
                           "  measure_uuid = excluded.measure_uuid, status = excluded.status, "
                           "  created = excluded.created, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, d->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, d->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, d->description, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, d->cause);
  sqlite3_bind_int (stmt, 5, d->severity);
  lk_bind_text (stmt, 6, d->risk_uuid);
  lk_bind_text (stmt, 7, d->measure_uuid);
  sqlite3_bind_int (stmt, 8, d->status);
  sqlite3_bind_text (stmt, 9, d->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, d->updated, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

gboolean
lk_store_save_deviation (LkStore      *store,
                         LkDeviation  *d,
                         GError      **error)
{
  /* Validated by the put, which the backup import shares */
  g_free (d->updated);
  d->updated = lk_timestamp_now ();

  return lk_store_put_one (store, "risk", (LkStorePutFunc)lk_store_put_deviation, d, error);
}

gboolean
lk_store_delete_deviation (LkStore     *store,
                           const char  *uuid,
                           GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM deviations WHERE uuid = ?1", "risk",
                                  uuid, NULL, error);
}

/**
 * lk_store_list_deviations:
 * @year: the year, or 0 for all
 *
 * Returns: (transfer full): #LkDeviation, newest first
 */
GPtrArray *
lk_store_list_deviations (LkStore  *store,
                          int       year,
                          GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT uuid, date, description, cause, severity, risk_uuid, "
                           "  measure_uuid, status, created, updated FROM deviations "
                           "WHERE ?1 = 0 OR date BETWEEN ?2 AND ?3 ORDER BY date DESC, id DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkDeviation *d = lk_deviation_new (lk_column_text (stmt, 1), lk_column_text (stmt, 2));

      g_free (d->uuid);
      d->uuid = g_strdup (lk_column_text (stmt, 0));
      d->cause = CLAMP (sqlite3_column_int (stmt, 3), 0, 2);
      d->severity = CLAMP (sqlite3_column_int (stmt, 4), 1, 3);
      d->risk_uuid = g_strdup (lk_column_text (stmt, 5));
      d->measure_uuid = g_strdup (lk_column_text (stmt, 6));
      d->status = CLAMP (sqlite3_column_int (stmt, 7), 0, 2);
      d->created = g_strdup (lk_column_text (stmt, 8));
      d->updated = g_strdup (lk_column_text (stmt, 9));
      g_ptr_array_add (list, d);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&list);
}

/* Tertials as municipalities report: January–April, May–August,
 * September–December. */
gboolean
lk_store_count_deviations_per_tertial (LkStore  *store,
                                       int       year,
                                       guint     counts[3],
                                       GError  **error)
{
  LkStep step;
  g_autofree char *prefix = g_strdup_printf ("%04d-", year);
  sqlite3_stmt *stmt;

  counts[0] = counts[1] = counts[2] = 0;
  stmt = lk_store_prepare (store,
                           "SELECT (CAST (substr (date, 6, 2) AS INTEGER) - 1) / 4, count(*) "
                           "FROM deviations WHERE substr (date, 1, 5) = ?1 GROUP BY 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int t = sqlite3_column_int (stmt, 0);

      if (t >= 0 && t < 3)
        counts[t] = sqlite3_column_int (stmt, 1);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  return TRUE;
}
