/* lk-risk-assessments.c: risk assessments in the store, saved whole
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

static void
bind_position (sqlite3_stmt *stmt,
               int           col,
               double        position)
{
  if (lk_risk_position_is_set (position))
    sqlite3_bind_double (stmt, col, position);
  else
    sqlite3_bind_null (stmt, col);
}

static double
column_position (sqlite3_stmt *stmt,
                 int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return LK_RISK_UNSET;

  return sqlite3_column_double (stmt, col);
}

static char *
labels_join (char * const *labels,
             guint         n)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, labels[i] ? labels[i] : "");
  strv = g_strv_builder_end (builder);

  return lk_tags_join ((const char * const *)strv);
}

static void
labels_apply (char       **labels,
              guint        n,
              const char  *text)
{
  g_auto(GStrv) parts = lk_tags_split (text);

  /* Labels from another size or none at all keep the preset's */
  if (g_strv_length (parts) != n)
    return;
  for (guint i = 0; i < n; i++)
    {
      g_free (labels[i]);
      labels[i] = g_strdup (parts[i]);
    }
}

static gboolean
put_bowtie (LkStore    *store,
            gint64      risk_id,
            int         kind,
            GPtrArray  *items,
            GError    **error)
{
  for (guint i = 0; i < items->len; i++)
    {
      LkBowtieItem *item = g_ptr_array_index (items, i);
      sqlite3_stmt *stmt;
      gint64 branch_id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO bowtie_branches (uuid, risk_id, kind, position, text) "
                               "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, item->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, risk_id);
      sqlite3_bind_int (stmt, 3, kind);
      sqlite3_bind_int (stmt, 4, i);
      sqlite3_bind_text (stmt, 5, item->text, -1, SQLITE_STATIC);
      if (!lk_store_step_returning_id (store, stmt, &branch_id, error))
        return FALSE;

      for (guint b = 0; b < item->barriers->len; b++)
        {
          LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

          stmt = lk_store_prepare (store,
                                   "INSERT INTO bowtie_barriers (uuid, branch_id, position, text, "
                                   "  measure_uuid) VALUES (?1, ?2, ?3, ?4, ?5)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, barrier->uuid, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, branch_id);
          sqlite3_bind_int (stmt, 3, b);
          sqlite3_bind_text (stmt, 4, barrier->text, -1, SQLITE_STATIC);
          lk_bind_text (stmt, 5, barrier->measure_uuid);
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
put_risk (LkStore    *store,
          gint64      assessment_id,
          guint       position,
          LkRisk     *risk,
          GError    **error)
{
  g_autofree char *types = lk_tags_join ((const char * const *)risk->consequence_types);
  sqlite3_stmt *stmt;
  gint64 risk_id;

  stmt = lk_store_prepare (store,
                           "INSERT INTO risks (uuid, assessment_id, position, hazard, causes, "
                           "  c_types, p_before, c_before, controls, enough, p_after, c_after, "
                           "  follow_up, top_event) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, risk->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, assessment_id);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, risk->hazard, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, risk->causes ? risk->causes : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, types, -1, SQLITE_STATIC);
  bind_position (stmt, 7, risk->p_before);
  bind_position (stmt, 8, risk->c_before);
  sqlite3_bind_text (stmt, 9, risk->controls ? risk->controls : "", -1, SQLITE_STATIC);
  if (risk->enough >= 0)
    sqlite3_bind_int (stmt, 10, risk->enough);
  bind_position (stmt, 11, risk->p_after);
  bind_position (stmt, 12, risk->c_after);
  lk_bind_text (stmt, 13, risk->follow_up);
  sqlite3_bind_text (stmt, 14, risk->top_event ? risk->top_event : "", -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &risk_id, error))
    return FALSE;

  return put_bowtie (store, risk_id, 0, risk->bowtie_causes, error) &&
         put_bowtie (store, risk_id, 1, risk->bowtie_consequences, error);
}

/**
 * lk_store_put_risk_assessment:
 *
 * Inserts or replaces an assessment with its screening, risks and bowties,
 * by uuid, inside the caller's transaction. Risks keep their uuids, which
 * is what measures and deviations refer to.
 */
gboolean
lk_store_put_risk_assessment (LkStore           *store,
                              LkRiskAssessment  *a,
                              GError           **error)
{
  g_autofree char *zones = lk_risk_matrix_zones_to_string (&a->matrix);
  g_autofree char *p_labels = labels_join (a->matrix.probability_labels, a->matrix.size);
  g_autofree char *c_labels = labels_join (a->matrix.consequence_labels, a->matrix.size);
  g_autofree char *types = lk_tags_join ((const char * const *)a->consequence_types);
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_risk_assessment_validate (a, error))
    return FALSE;

  lk_timestamps_init (&a->created, &a->updated);

  stmt = lk_store_prepare (store,
                           "INSERT INTO risk_assessments (uuid, title, workplace, unit, date, "
                           "  participants, matrix_size, zones, p_labels, c_labels, c_types, "
                           "  created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
                           "ON CONFLICT (uuid) DO UPDATE SET title = excluded.title, "
                           "  workplace = excluded.workplace, unit = excluded.unit, "
                           "  date = excluded.date, participants = excluded.participants, "
                           "  matrix_size = excluded.matrix_size, zones = excluded.zones, "
                           "  p_labels = excluded.p_labels, c_labels = excluded.c_labels, "
                           "  c_types = excluded.c_types, created = excluded.created, "
                           "  updated = excluded.updated RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, a->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, a->title, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, a->workplace ? a->workplace : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, a->unit ? a->unit : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, a->date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, a->participants ? a->participants : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, a->matrix.size);
  sqlite3_bind_text (stmt, 8, zones, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, p_labels, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, c_labels, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, types, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, a->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, a->updated, -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;

  /* The form is saved whole: its rows are replaced, their uuids kept. */
  stmt = lk_store_prepare (store, "DELETE FROM risk_screening WHERE assessment_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  stmt = lk_store_prepare (store, "DELETE FROM risks WHERE assessment_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; i < a->screening->len; i++)
    {
      LkScreeningTopic *t = g_ptr_array_index (a->screening, i);

      stmt = lk_store_prepare (store,
                               "INSERT INTO risk_screening (assessment_id, position, topic, flags, "
                               "  chosen) VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, t->topic, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, t->flags & 0xf);
      sqlite3_bind_int (stmt, 5, t->chosen ? 1 : 0);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; i < a->risks->len; i++)
    if (!put_risk (store, id, i, g_ptr_array_index (a->risks, i), error))
      return FALSE;

  return TRUE;
}

gboolean
lk_store_save_risk_assessment (LkStore           *store,
                               LkRiskAssessment  *a,
                               GError           **error)
{
  /* Validated by the put, which the backup import shares */
  g_free (a->updated);
  a->updated = lk_timestamp_now ();

  return lk_store_put_one (store, "risk", (LkStorePutFunc)lk_store_put_risk_assessment, a, error);
}

gboolean
lk_store_delete_risk_assessment (LkStore     *store,
                                 const char  *uuid,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  if (!lk_store_begin (store, error))
    return FALSE;
  /* Deviations keep their record; only their link to a deleted risk goes. */
  stmt = lk_store_prepare (store,
                           "UPDATE deviations SET risk_uuid = NULL WHERE risk_uuid IN "
                           "  (SELECT r.uuid FROM risks r JOIN risk_assessments a "
                           "   ON a.id = r.assessment_id WHERE a.uuid = ?1)",
                           error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (!lk_store_step_done (store, stmt, error))
    goto fail;
  if (!lk_store_delete_by_uuid (store, "DELETE FROM risk_assessments WHERE uuid = ?1", "risk",
                                uuid, NULL, error))
    goto fail;

  return lk_store_commit (store, error);

fail:
  lk_store_rollback (store);
  return FALSE;
}

static GPtrArray *
load_bowtie_items (LkStore  *store,
                   gint64    risk_id,
                   int       kind,
                   GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, text FROM bowtie_branches WHERE risk_id = ?1 AND kind = ?2 "
                           "ORDER BY position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  sqlite3_bind_int (stmt, 2, kind);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkBowtieItem *item = lk_bowtie_item_new (lk_column_text (stmt, 2));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_free (item->uuid);
      item->uuid = g_strdup (lk_column_text (stmt, 1));
      g_ptr_array_add (items, item);
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  for (guint i = 0; i < items->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (items, i));

  stmt = lk_store_prepare (store,
                           "SELECT b.branch_id, b.uuid, b.text, b.measure_uuid FROM bowtie_barriers b "
                           "JOIN bowtie_branches br ON br.id = b.branch_id "
                           "WHERE br.risk_id = ?1 AND br.kind = ?2 ORDER BY b.branch_id, b.position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, risk_id);
  sqlite3_bind_int (stmt, 2, kind);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 branch_id = sqlite3_column_int64 (stmt, 0);
      LkBowtieItem *item = g_hash_table_lookup (by_id, &branch_id);
      LkBarrier *barrier;

      if (item == NULL)
        continue;
      barrier = lk_barrier_new (lk_column_text (stmt, 2));
      g_free (barrier->uuid);
      barrier->uuid = g_strdup (lk_column_text (stmt, 1));
      barrier->measure_uuid = g_strdup (lk_column_text (stmt, 3));
      g_ptr_array_add (item->barriers, barrier);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&items);
}

static gboolean
load_risks (LkStore           *store,
            gint64             assessment_id,
            LkRiskAssessment  *a,
            GError           **error)
{
  LkStep step;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT topic, flags, chosen FROM risk_screening WHERE assessment_id = ?1 "
                           "ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkScreeningTopic *t = lk_screening_topic_new (lk_column_text (stmt, 0),
                                                    sqlite3_column_int (stmt, 1));

      t->chosen = sqlite3_column_int (stmt, 2) != 0;
      g_ptr_array_add (a->screening, t);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, hazard, causes, c_types, p_before, c_before, controls, "
                           "  enough, p_after, c_after, follow_up, top_event "
                           "FROM risks WHERE assessment_id = ?1 ORDER BY position",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, assessment_id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkRisk *risk = lk_risk_new (lk_column_text (stmt, 2));
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_free (risk->uuid);
      risk->uuid = g_strdup (lk_column_text (stmt, 1));
      g_free (risk->causes);
      risk->causes = g_strdup (lk_column_text (stmt, 3));
      g_strfreev (risk->consequence_types);
      risk->consequence_types = lk_tags_split (lk_column_text (stmt, 4));
      risk->p_before = column_position (stmt, 5);
      risk->c_before = column_position (stmt, 6);
      g_free (risk->controls);
      risk->controls = g_strdup (lk_column_text (stmt, 7));
      risk->enough = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 8);
      risk->p_after = column_position (stmt, 9);
      risk->c_after = column_position (stmt, 10);
      risk->follow_up = g_strdup (lk_column_text (stmt, 11));
      g_free (risk->top_event);
      risk->top_event = g_strdup (lk_column_text (stmt, 12));
      g_ptr_array_add (a->risks, risk);
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return FALSE;
    }

  /* Bowties after the risks: the statements are cached, not nestable. */
  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk *risk = g_ptr_array_index (a->risks, i);
      gint64 id = g_array_index (ids, gint64, i);
      GPtrArray *causes, *consequences;

      if ((causes = load_bowtie_items (store, id, 0, error)) == NULL)
        return FALSE;
      g_ptr_array_unref (risk->bowtie_causes);
      risk->bowtie_causes = causes;
      if ((consequences = load_bowtie_items (store, id, 1, error)) == NULL)
        return FALSE;
      g_ptr_array_unref (risk->bowtie_consequences);
      risk->bowtie_consequences = consequences;
    }

  return TRUE;
}

#define ASSESSMENT_COLUMNS \
  "id, uuid, title, workplace, unit, date, participants, matrix_size, zones, p_labels, " \
  "c_labels, c_types, created, updated"

static LkRiskAssessment *
assessment_from_row (sqlite3_stmt *stmt)
{
  LkRiskAssessment *a = lk_risk_assessment_new (lk_column_text (stmt, 2),
                                                lk_column_text (stmt, 5));
  guint size = CLAMP (sqlite3_column_int (stmt, 7), 3, LK_RISK_MATRIX_MAX);

  g_free (a->uuid);
  a->uuid = g_strdup (lk_column_text (stmt, 1));
  g_free (a->workplace);
  a->workplace = g_strdup (lk_column_text (stmt, 3));
  g_free (a->unit);
  a->unit = g_strdup (lk_column_text (stmt, 4));
  g_free (a->participants);
  a->participants = g_strdup (lk_column_text (stmt, 6));
  lk_risk_matrix_resize (&a->matrix, size);
  /* Zones or labels that do not fit the size keep the defaults. */
  lk_risk_matrix_zones_from_string (&a->matrix, lk_column_text (stmt, 8));
  labels_apply (a->matrix.probability_labels, size, lk_column_text (stmt, 9));
  labels_apply (a->matrix.consequence_labels, size, lk_column_text (stmt, 10));
  g_strfreev (a->consequence_types);
  a->consequence_types = lk_tags_split (lk_column_text (stmt, 11));
  a->created = g_strdup (lk_column_text (stmt, 12));
  a->updated = g_strdup (lk_column_text (stmt, 13));

  return a;
}

/**
 * lk_store_list_risk_assessments:
 *
 * Returns: (transfer full): every #LkRiskAssessment, newest first, each
 *   with its risks and bowties
 */
GPtrArray *
lk_store_list_risk_assessments (LkStore  *store,
                                GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT " ASSESSMENT_COLUMNS " FROM risk_assessments "
                           "ORDER BY date DESC, title COLLATE NOCASE, id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_ptr_array_add (list, assessment_from_row (stmt));
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  for (guint i = 0; i < list->len; i++)
    if (!load_risks (store, g_array_index (ids, gint64, i), g_ptr_array_index (list, i), error))
      return NULL;

  return g_steal_pointer (&list);
}

LkRiskAssessment *
lk_store_get_risk_assessment (LkStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  g_autoptr(LkRiskAssessment) a = NULL;
  sqlite3_stmt *stmt;
  gint64 id = 0;

  stmt = lk_store_prepare (store,
                           "SELECT " ASSESSMENT_COLUMNS " FROM risk_assessments WHERE uuid = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The risk assessment no longer exists."), error)
      != LK_STEP_ROW)
    return NULL;
  id = sqlite3_column_int64 (stmt, 0);
  a = assessment_from_row (stmt);
  sqlite3_reset (stmt);
  if (!load_risks (store, id, a, error))
    return NULL;

  return g_steal_pointer (&a);
}

guint
lk_store_count_risk_measures (LkStore    *store,
                              const char *risk_uuid)
{
  sqlite3_stmt *stmt;
  guint n = 0;

  stmt = lk_store_prepare (store,
                           "SELECT count(*) FROM measures WHERE source_kind = ?1 AND source_uuid = ?2",
                           NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int (stmt, 1, LK_SOURCE_RISK);
  sqlite3_bind_text (stmt, 2, risk_uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      n = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return n;
}

/* The tiltak decided for a risk, by deadline */
GListStore *
lk_store_list_risk_measures (LkStore    *store,
                             const char *risk_uuid)
{
  GListStore *measures;
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_RISK;
  filter.source_uuid = risk_uuid;
  measures = lk_store_list_measures (store, &filter, NULL);

  return measures ? measures : g_list_store_new (LK_TYPE_MEASURE);
}
