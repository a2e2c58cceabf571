/* lk-measures.c: measures in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-measures.h"
#include "lk-store-private.h"

#define MEASURE_COLUMNS \
  "id, uuid, title, description, owner, deadline, review_date, status, " \
  "source_kind, source_uuid, source_label, created, updated"

void
lk_measure_filter_init (LkMeasureFilter *filter)
{
  memset (filter, 0, sizeof *filter);
  filter->source_kind = -1;
  filter->sort = LK_MEASURE_SORT_DEADLINE;
}

static LkMeasure *
measure_from_row (sqlite3_stmt *stmt)
{
  LkMeasure *measure = lk_measure_new (lk_column_text (stmt, 2));
  int status = sqlite3_column_int (stmt, 7);
  int source = sqlite3_column_int (stmt, 8);

  lk_measure_set_identity (measure,
                           sqlite3_column_int64 (stmt, 0),
                           lk_column_text (stmt, 1),
                           lk_column_text (stmt, 11),
                           lk_column_text (stmt, 12));
  lk_measure_set_description (measure, lk_column_text (stmt, 3));
  lk_measure_set_owner (measure, lk_column_text (stmt, 4));
  lk_measure_set_deadline (measure, lk_column_text (stmt, 5));
  lk_measure_set_review_date (measure, lk_column_text (stmt, 6));
  /* A value from a later version's enumeration is shown as the nearest safe one. */
  lk_measure_set_status (measure, status >= 0 && status < LK_MEASURE_STATUS_N ? status : 0);
  lk_measure_set_source (measure,
                         source >= 0 && source < LK_SOURCE_N ? source : LK_SOURCE_NONE,
                         lk_column_text (stmt, 9),
                         lk_column_text (stmt, 10));

  return measure;
}

/**
 * lk_store_list_measures:
 * @filter: (nullable): what to list; %NULL lists all by deadline
 *
 * Returns: (transfer full): a list of #LkMeasure
 */
GListStore *
lk_store_list_measures (LkStore                *store,
                        const LkMeasureFilter  *filter,
                        GError                **error)
{
  LkStep step;
  g_autoptr(GListStore) list = g_list_store_new (LK_TYPE_MEASURE);
  g_autoptr(GString) sql = g_string_new ("SELECT " MEASURE_COLUMNS " FROM measures WHERE 1");
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *today = NULL;
  g_autofree char *folded = NULL;
  LkMeasureFilter defaults;
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  if (filter == NULL)
    {
      lk_measure_filter_init (&defaults);
      filter = &defaults;
    }

  today = filter->today ? g_strdup (filter->today) : lk_date_today ();

  /* Only fixed SQL fragments are appended; all values are bound. */
  if (filter->status_mask != 0)
    g_string_append (sql, " AND ((1 << status) & :mask) != 0");
  if (filter->owner != NULL)
    g_string_append (sql, " AND owner = :owner");
  if (filter->overdue_only)
    g_string_append (sql, " AND status NOT IN (2, 4) AND deadline < :today");
  if (filter->due_before != NULL)
    g_string_append (sql, " AND status NOT IN (2, 4) AND deadline <= :due_before");
  if (filter->due_from != NULL)
    g_string_append (sql, " AND deadline >= :due_from");
  if (filter->source_kind >= 0)
    g_string_append (sql, " AND source_kind = :source");
  if (filter->source_kind >= 0 && filter->source_uuid != NULL)
    g_string_append (sql, " AND source_uuid = :source_uuid");
  if (filter->text != NULL && *filter->text != '\0')
    g_string_append (sql, " AND instr (lk_fold (title || char (10) || description || char (10) "
                          "|| owner), :text) > 0");

  switch (filter->sort)
    {
    case LK_MEASURE_SORT_TITLE:
      g_string_append (sql, " ORDER BY title COLLATE NOCASE, id");
      break;
    case LK_MEASURE_SORT_STATUS:
      g_string_append (sql, " ORDER BY status, deadline IS NULL, deadline, id");
      break;
    case LK_MEASURE_SORT_UPDATED:
      g_string_append (sql, " ORDER BY updated DESC, id DESC");
      break;
    case LK_MEASURE_SORT_DEADLINE:
    default:
      g_string_append (sql, " ORDER BY deadline IS NULL, deadline, title COLLATE NOCASE, id");
      break;
    }

  if (filter->limit > 0)
    g_string_append_printf (sql, " LIMIT %u", filter->limit);

  if (sqlite3_prepare_v2 (lk_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      lk_store_set_error (store, error);
      return NULL;
    }

#define BIND_IDX(name) sqlite3_bind_parameter_index (stmt, name)
  if (filter->status_mask != 0)
    sqlite3_bind_int (stmt, BIND_IDX (":mask"), filter->status_mask);
  if (filter->owner != NULL)
    sqlite3_bind_text (stmt, BIND_IDX (":owner"), filter->owner, -1, SQLITE_STATIC);
  if (filter->overdue_only)
    sqlite3_bind_text (stmt, BIND_IDX (":today"), today, -1, SQLITE_STATIC);
  if (filter->due_before != NULL)
    sqlite3_bind_text (stmt, BIND_IDX (":due_before"), filter->due_before, -1, SQLITE_STATIC);
  if (filter->due_from != NULL)
    sqlite3_bind_text (stmt, BIND_IDX (":due_from"), filter->due_from, -1, SQLITE_STATIC);
  if (filter->source_kind >= 0)
    sqlite3_bind_int (stmt, BIND_IDX (":source"), filter->source_kind);
  if (filter->source_kind >= 0 && filter->source_uuid != NULL)
    sqlite3_bind_text (stmt, BIND_IDX (":source_uuid"), filter->source_uuid, -1, SQLITE_STATIC);
  if (filter->text != NULL && *filter->text != '\0')
    {
      folded = g_utf8_casefold (filter->text, -1);
      sqlite3_bind_text (stmt, BIND_IDX (":text"), folded, -1, SQLITE_STATIC);
    }
#undef BIND_IDX

  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_ptr_array_add (items, measure_from_row (stmt));

  if (step == LK_STEP_ERROR)
    {
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);

  /* One splice emits one items-changed instead of thousands. */
  g_list_store_splice (list, 0, 0, items->pdata, items->len);

  return g_steal_pointer (&list);
}

LkMeasure *
lk_store_get_measure (LkStore     *store,
                      const char  *uuid,
                      GError     **error)
{
  sqlite3_stmt *stmt;
  LkMeasure *measure = NULL;

  stmt = lk_store_prepare (store, "SELECT " MEASURE_COLUMNS " FROM measures WHERE uuid = ?1", error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The measure no longer exists."), error) == LK_STEP_ROW)
    {
      measure = measure_from_row (stmt);
      sqlite3_reset (stmt);
    }

  return measure;
}

static void
bind_measure (sqlite3_stmt *stmt,
              LkMeasure    *measure)
{
  sqlite3_bind_text (stmt, 1, lk_measure_get_uuid (measure), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, lk_measure_get_title (measure), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, lk_measure_get_description (measure), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, lk_measure_get_owner (measure), -1, SQLITE_TRANSIENT);
  lk_bind_text (stmt, 5, lk_measure_get_deadline (measure));
  lk_bind_text (stmt, 6, lk_measure_get_review_date (measure));
  sqlite3_bind_int (stmt, 7, lk_measure_get_status (measure));
  sqlite3_bind_int (stmt, 8, lk_measure_get_source_kind (measure));
  lk_bind_text (stmt, 9, lk_measure_get_source_uuid (measure));
  sqlite3_bind_text (stmt, 10, lk_measure_get_source_label (measure), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, lk_measure_get_created (measure), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, lk_measure_get_updated (measure), -1, SQLITE_TRANSIENT);
}

/* Inserts @measure with its uuid, replacing a row of the same uuid; keeps
 * the row id of a replaced row so references by id stay valid. */
gboolean
lk_store_put_measure (LkStore    *store,
                      LkMeasure  *measure,
                      GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_measure_validate (measure, error))
    return FALSE;

  stmt = lk_store_prepare (store,
                           "INSERT INTO measures (uuid, title, description, owner, deadline, "
                           "  review_date, status, source_kind, source_uuid, source_label, "
                           "  created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                           "ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, "
                           "  description = excluded.description, owner = excluded.owner, "
                           "  deadline = excluded.deadline, review_date = excluded.review_date, "
                           "  status = excluded.status, source_kind = excluded.source_kind, "
                           "  source_uuid = excluded.source_uuid, "
                           "  source_label = excluded.source_label, "
                           "  created = excluded.created, updated = excluded.updated "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;

  bind_measure (stmt, measure);

  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;

  lk_measure_set_identity (measure, id,
                           lk_measure_get_uuid (measure),
                           lk_measure_get_created (measure),
                           lk_measure_get_updated (measure));

  return TRUE;
}

/**
 * lk_store_save_measure:
 *
 * Inserts a new measure (one without a uuid) or updates an existing one,
 * in one transaction. Sets the uuid and the timestamps.
 */
gboolean
lk_store_save_measure (LkStore    *store,
                       LkMeasure  *measure,
                       GError    **error)
{
  static const LkStoreKind kind = {
    "measures", "SELECT 1 FROM measures WHERE id = ?1", N_("The measure no longer exists."),
    (LkStorePutFunc) lk_store_put_measure,
  };
  g_autofree char *now = lk_timestamp_now ();
  g_autofree char *uuid = NULL;
  const char *created;

  g_return_val_if_fail (LK_IS_STORE (store), FALSE);
  g_return_val_if_fail (LK_IS_MEASURE (measure), FALSE);

  uuid = lk_measure_get_uuid (measure) ? g_strdup (lk_measure_get_uuid (measure))
                                       : g_uuid_string_random ();
  created = lk_measure_get_created (measure);
  lk_measure_set_identity (measure, lk_measure_get_id (measure), uuid,
                           created ? created : now, now);

  /* An edit of a measure deleted meanwhile must not bring it back */
  return lk_store_save_one (store, &kind, lk_measure_get_id (measure), NULL, measure, error);
}

gboolean
lk_store_delete_measure (LkStore    *store,
                         LkMeasure  *measure,
                         GError    **error)
{
  g_return_val_if_fail (LK_IS_STORE (store), FALSE);
  g_return_val_if_fail (LK_IS_MEASURE (measure), FALSE);

  return lk_store_delete_by_uuid (store, "DELETE FROM measures WHERE uuid = ?1", "measures",
                                  lk_measure_get_uuid (measure),
                                  _("The measure no longer exists."), error);
}

/**
 * lk_store_restore_measure:
 *
 * Puts back a deleted measure exactly as it was (uuid, times), for undo.
 */
gboolean
lk_store_restore_measure (LkStore    *store,
                          LkMeasure  *measure,
                          GError    **error)
{
  g_return_val_if_fail (LK_IS_STORE (store), FALSE);
  g_return_val_if_fail (lk_measure_get_uuid (measure) != NULL, FALSE);

  return lk_store_put_one (store, "measures", (LkStorePutFunc)lk_store_put_measure, measure, error);
}

gboolean
lk_store_set_measure_status (LkStore          *store,
                             LkMeasure        *measure,
                             LkMeasureStatus   status,
                             GError          **error)
{
  LkMeasureStatus old = lk_measure_get_status (measure);

  if (old == status)
    return TRUE;

  lk_measure_set_status (measure, status);
  if (!lk_store_save_measure (store, measure, error))
    {
      lk_measure_set_status (measure, old);
      return FALSE;
    }

  return TRUE;
}

/**
 * lk_store_list_owners:
 *
 * Returns: (transfer full): the distinct owners, sorted
 */
GStrv
lk_store_list_owners (LkStore  *store,
                      GError  **error)
{
  LkStep step;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT DISTINCT owner FROM measures WHERE owner != '' "
                           "ORDER BY owner COLLATE NOCASE",
                           error);
  if (stmt == NULL)
    return NULL;

  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_strv_builder_add (builder, lk_column_text (stmt, 0));
  if (step == LK_STEP_ERROR)
    return NULL;

  return g_strv_builder_end (builder);
}

/* One pass over the table with aggregates: cheap enough for start-up with
 * tens of thousands of measures. */
/**
 * lk_store_count_measures_by_source:
 *
 * How many measures each item of an area has, in one query: source uuid →
 * count (GUINT_TO_POINTER). Items without measures are absent.
 */
GHashTable *
lk_store_count_measures_by_source (LkStore       *store,
                                   LkSourceKind   kind,
                                   GError       **error)
{
  LkStep step;
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT source_uuid, count(*) FROM measures "
                           "WHERE source_kind = ?1 AND source_uuid IS NOT NULL GROUP BY source_uuid",
                           error);
  if (stmt == NULL)
    {
      g_hash_table_unref (counts);
      return NULL;
    }
  sqlite3_bind_int (stmt, 1, kind);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_hash_table_insert (counts, g_strdup ((const char *)sqlite3_column_text (stmt, 0)),
                         GUINT_TO_POINTER (sqlite3_column_int (stmt, 1)));
  if (step == LK_STEP_ERROR)
  {
      g_hash_table_unref (counts);
      return NULL;
  }

  return counts;
}

gboolean
lk_store_count_measures (LkStore          *store,
                         const char       *today,
                         LkMeasureCounts  *counts,
                         GError          **error)
{
  LkStep step;
  g_autofree char *today_owned = NULL;
  g_autofree char *soon = NULL;
  sqlite3_stmt *stmt;

  memset (counts, 0, sizeof *counts);

  if (today == NULL)
    today = today_owned = lk_date_today ();
  soon = lk_date_add_days (today, 14);

  stmt = lk_store_prepare (store,
                           "SELECT status, source_kind, count(*), "
                           "  sum (status NOT IN (2, 4) AND deadline < ?1), "
                           "  sum (status NOT IN (2, 4) AND deadline >= ?1 AND deadline <= ?2) "
                           "FROM measures GROUP BY status, source_kind",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, soon, -1, SQLITE_STATIC);

  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int status = sqlite3_column_int (stmt, 0);
      int source = sqlite3_column_int (stmt, 1);
      guint n = sqlite3_column_int (stmt, 2);

      counts->total += n;
      if (status >= 0 && status < LK_MEASURE_STATUS_N)
        counts->by_status[status] += n;
      if (source >= 0 && source < LK_SOURCE_N)
        counts->by_source[source] += n;
      if (status != LK_MEASURE_STATUS_DONE && status != LK_MEASURE_STATUS_CANCELLED)
        counts->open += n;
      counts->overdue += sqlite3_column_int (stmt, 3);
      counts->due_soon += sqlite3_column_int (stmt, 4);
    }
  if (step == LK_STEP_ERROR)
    return FALSE;

  return TRUE;
}
