/* lk-ten-factor-store.c: 10-faktor rounds in the database
 *
 * A round is stored whole: its results, comparison values and follow-up
 * are written again each time, in the caller's transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>

#include "lk-date.h"
#include "lk-store-private.h"
#include "lk-ten-factor.h"
#include "lk-types.h"

#define AREA "ten-factor"
#define THRESHOLD_KEY "anonymity-threshold"

/* A failed read is an error here: a list made without the threshold
 * would be made with too low a one */
static gboolean
read_threshold (LkStore  *store,
                guint    *threshold,
                GError  **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT value FROM settings WHERE key = ?1", error);
  guint64 n = 0;
  LkStep step;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, THRESHOLD_KEY, -1, SQLITE_STATIC);
  step = lk_store_step_one (store, stmt, NULL, error);
  if (step == LK_STEP_ERROR)
    return FALSE;
  if (step == LK_STEP_ROW)
    {
      n = g_ascii_strtoull (lk_column_text (stmt, 0), NULL, 10);
      sqlite3_reset (stmt);
    }
  /* Never below the rule, whatever a file or an older version wrote */
  *threshold = (guint) CLAMP (n, LK_ANONYMITY_MIN, 100);

  return TRUE;
}

guint
lk_store_get_anonymity_threshold (LkStore *store)
{
  guint threshold = 100;

  /* Unreadable: hide rather than show */
  read_threshold (store, &threshold, NULL);

  return threshold;
}

gboolean
lk_store_set_anonymity_threshold (LkStore  *store,
                                  guint     threshold,
                                  GError  **error)
{
  g_autofree char *text = NULL;

  if (threshold < LK_ANONYMITY_MIN || threshold > 100)
    return lk_set_invalid (error, _("Results are hidden below at least 3 respondents (and at most 100)."));
  text = g_strdup_printf ("%u", threshold);
  if (!lk_store_set_setting (store, THRESHOLD_KEY, text, error))
    return FALSE;
  lk_store_emit_changed (store, AREA);

  return TRUE;
}

static gboolean
delete_children (LkStore  *store,
                 gint64    round_id,
                 gboolean  results,
                 GError  **error)
{
  static const char *sql[] = {
    "DELETE FROM survey_comparisons WHERE round_id = ?1",
    "DELETE FROM survey_focus WHERE round_id = ?1",
    "DELETE FROM survey_results WHERE round_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (sql) - (results ? 0 : 1); i++)
    {
      sqlite3_stmt *stmt = lk_store_prepare (store, sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, round_id);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
put_results (LkStore        *store,
             LkSurveyRound  *round,
             GError        **error)
{
  /* Results of fewer than three are never stored, whatever came in */
  if (round->respondents < LK_ANONYMITY_MIN)
    return TRUE;

  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *r = &round->results[f];
      sqlite3_stmt *stmt;

      if (isnan (r->mean) && r->counts[0] < 0)
        continue;
      stmt = lk_store_prepare (store,
                               "INSERT INTO survey_results (round_id, factor, mean, n1, n2, n3, n4, n5) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, round->id);
      sqlite3_bind_int (stmt, 2, f + 1);
      lk_bind_number (stmt, 3, r->mean);
      for (guint a = 0; a < 5; a++)
        if (r->counts[a] >= 0)
          sqlite3_bind_int (stmt, 4 + a, r->counts[a]);
        else
          sqlite3_bind_null (stmt, 4 + a);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
put_comparisons (LkStore        *store,
                 LkSurveyRound  *round,
                 GError        **error)
{
  for (guint i = 0; i < round->comparisons->len; i++)
    {
      LkSurveyComparison *c = g_ptr_array_index (round->comparisons, i);
      sqlite3_stmt *stmt;
      gint64 id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO survey_comparisons (uuid, round_id, kind, label, year, source) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, c->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, round->id);
      sqlite3_bind_int (stmt, 3, c->kind);
      sqlite3_bind_text (stmt, 4, c->label ? c->label : "", -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, c->year);
      sqlite3_bind_text (stmt, 6, c->source ? c->source : "", -1, SQLITE_STATIC);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (lk_store_get_db (store));

      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        {
          if (isnan (c->means[f]))
            continue;
          stmt = lk_store_prepare (store,
                                   "INSERT INTO survey_comparison_values (comparison_id, factor, mean) "
                                   "VALUES (?1, ?2, ?3)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, f + 1);
          sqlite3_bind_double (stmt, 3, c->means[f]);
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
put_focus (LkStore        *store,
           LkSurveyRound  *round,
           GError        **error)
{
  for (guint i = 0; i < round->focus->len; i++)
    {
      LkSurveyFocus *focus = g_ptr_array_index (round->focus, i);
      sqlite3_stmt *stmt;
      gint64 id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO survey_focus (uuid, round_id, factor, kind, statement) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, focus->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, round->id);
      sqlite3_bind_int (stmt, 3, focus->factor);
      sqlite3_bind_int (stmt, 4, focus->kind);
      sqlite3_bind_text (stmt, 5, focus->statement ? focus->statement : "", -1, SQLITE_STATIC);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (lk_store_get_db (store));

      for (guint r = 0; r < focus->reviews->len; r++)
        {
          LkSurveyReview *review = g_ptr_array_index (focus->reviews, r);

          stmt = lk_store_prepare (store,
                                   "INSERT INTO survey_reviews (uuid, focus_id, date, note) VALUES (?1, ?2, ?3, ?4)",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, review->uuid, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, id);
          sqlite3_bind_text (stmt, 3, review->date, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 4, review->note ? review->note : "", -1, SQLITE_STATIC);
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * lk_store_put_survey_round:
 *
 * Checks and writes a round whole, by uuid, in the caller's transaction.
 * Results of fewer than three respondents are left out.
 */
gboolean
lk_store_put_survey_round (LkStore        *store,
                           LkSurveyRound  *round,
                           GError        **error)
{
  sqlite3_stmt *stmt;
  gboolean results;
  gint64 id = 0;
  LkStep step;

  if (!lk_survey_round_validate (round, error))
    return FALSE;
  lk_timestamps_init (&round->created, &round->updated);

  stmt = lk_store_prepare (store, "SELECT id FROM survey_rounds WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, round->uuid, -1, SQLITE_STATIC);
  step = lk_store_step_one (store, stmt, NULL, error);
  if (step == LK_STEP_ERROR)
    return FALSE;
  if (step == LK_STEP_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  /* One round per unit and year: say so in words, not as a constraint */
  stmt = lk_store_prepare (store,
                           "SELECT EXISTS (SELECT 1 FROM survey_rounds WHERE year = ?1 "
                           "  AND lk_fold (unit) = lk_fold (?2) AND uuid <> ?3)",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, round->year);
  sqlite3_bind_text (stmt, 2, round->unit, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, round->uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, NULL, error) != LK_STEP_ROW)
    return FALSE;
  if (sqlite3_column_int (stmt, 0))
    {
      sqlite3_reset (stmt);
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("There are results for “%s” in %d already."), round->unit, round->year);
      return FALSE;
    }
  sqlite3_reset (stmt);

  stmt = lk_store_prepare (store,
                           "INSERT INTO survey_rounds (uuid, year, unit, unit_type, part_of, invited, "
                           "  respondents, meeting1, meeting2, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                           "ON CONFLICT (uuid) DO UPDATE SET year = excluded.year, unit = excluded.unit, "
                           "  unit_type = excluded.unit_type, part_of = excluded.part_of, "
                           "  invited = excluded.invited, respondents = excluded.respondents, "
                           "  meeting1 = excluded.meeting1, meeting2 = excluded.meeting2, "
                           "  created = excluded.created, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, round->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, round->year);
  sqlite3_bind_text (stmt, 3, round->unit, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, round->unit_type ? round->unit_type : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, round->part_of ? round->part_of : "", -1, SQLITE_STATIC);
  if (round->invited >= 0)
    sqlite3_bind_int (stmt, 6, round->invited);
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int (stmt, 7, round->respondents);
  lk_bind_text (stmt, 8, round->meeting1);
  lk_bind_text (stmt, 9, round->meeting2);
  sqlite3_bind_text (stmt, 10, round->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, round->updated, -1, SQLITE_STATIC);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  round->id = id > 0 ? id : sqlite3_last_insert_rowid (lk_store_get_db (store));

  /* A round read with its results hidden has none in the object: what is
   * stored stays, unless too few answered for it to be kept at all */
  results = round->visibility == LK_RESULT_SHOWN || round->respondents < LK_ANONYMITY_MIN;

  return (id == 0 || delete_children (store, round->id, results, error)) &&
         (!results || put_results (store, round, error)) &&
         put_comparisons (store, round, error) &&
         put_focus (store, round, error);
}

static const LkStoreKind round_kind = {
  AREA, "SELECT 1 FROM survey_rounds WHERE id = ?1",
  N_("The survey round was deleted meanwhile."), (LkStorePutFunc) lk_store_put_survey_round,
};

gboolean
lk_store_save_survey_round (LkStore        *store,
                            LkSurveyRound  *round,
                            GError        **error)
{
  return lk_store_save_one (store, &round_kind, round->id, &round->updated, round, error);
}

gboolean
lk_store_delete_survey_round (LkStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM survey_rounds WHERE uuid = ?1", AREA, uuid,
                                  _("The survey round no longer exists."), error);
}

/* --- loading ------------------------------------------------------------------ */

static gboolean
load_results (LkStore     *store,
              GHashTable  *by_id,
              GError     **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store,
                                         "SELECT round_id, factor, mean, n1, n2, n3, n4, n5 FROM survey_results",
                                         error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyRound *round = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)));
      int factor = sqlite3_column_int (stmt, 1);
      LkFactorResult *r;
      gboolean counts = TRUE;

      if (round == NULL || factor < 1 || factor > LK_TEN_FACTOR_N)
        continue;
      r = &round->results[factor - 1];
      r->mean = lk_column_number (stmt, 2);
      for (guint a = 0; a < 5; a++)
        counts = counts && sqlite3_column_type (stmt, 3 + a) != SQLITE_NULL;
      for (guint a = 0; a < 5; a++)
        r->counts[a] = counts ? sqlite3_column_int (stmt, 3 + a) : -1;
    }

  return step == LK_STEP_DONE;
}

static gboolean
load_comparisons (LkStore     *store,
                  GHashTable  *by_id,
                  GError     **error)
{
  g_autoptr(GHashTable) comparisons = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT id, round_id, uuid, kind, label, year, source FROM survey_comparisons ORDER BY kind",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyRound *round = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 1)));
      LkSurveyComparison *c;

      if (round == NULL)
        continue;
      c = lk_survey_comparison_new_with_uuid (lk_column_text (stmt, 2),
                                              CLAMP (sqlite3_column_int (stmt, 3), 0, LK_COMPARISON_N - 1),
                                              lk_column_text (stmt, 4), sqlite3_column_int (stmt, 5));
      lk_set_text (&c->source, lk_column_text (stmt, 6), FALSE);
      g_ptr_array_add (round->comparisons, c);
      g_hash_table_insert (comparisons, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)), c);
    }
  if (step != LK_STEP_DONE)
    return FALSE;

  stmt = lk_store_prepare (store, "SELECT comparison_id, factor, mean FROM survey_comparison_values", error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyComparison *c = g_hash_table_lookup (comparisons,
                                                   GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)));
      int factor = sqlite3_column_int (stmt, 1);

      if (c != NULL && factor >= 1 && factor <= LK_TEN_FACTOR_N)
        c->means[factor - 1] = sqlite3_column_double (stmt, 2);
    }

  return step == LK_STEP_DONE;
}

static gboolean
load_focus (LkStore     *store,
            GHashTable  *by_id,
            GError     **error)
{
  g_autoptr(GHashTable) focus_by_id = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT id, round_id, uuid, factor, kind, statement FROM survey_focus "
                           "ORDER BY round_id, factor",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyRound *round = g_hash_table_lookup (by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 1)));
      LkSurveyFocus *focus;

      if (round == NULL)
        continue;
      focus = lk_survey_focus_new (lk_column_text (stmt, 2), sqlite3_column_int (stmt, 3),
                                   sqlite3_column_int (stmt, 4) ? LK_FOCUS_IMPROVE : LK_FOCUS_KEEP,
                                   lk_column_text (stmt, 5));
      g_ptr_array_add (round->focus, focus);
      g_hash_table_insert (focus_by_id, GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)), focus);
    }
  if (step != LK_STEP_DONE)
    return FALSE;

  stmt = lk_store_prepare (store, "SELECT focus_id, uuid, date, note FROM survey_reviews ORDER BY focus_id, date",
                           error);
  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyFocus *focus = g_hash_table_lookup (focus_by_id,
                                                  GINT_TO_POINTER ((gssize) sqlite3_column_int64 (stmt, 0)));

      if (focus != NULL)
        g_ptr_array_add (focus->reviews, lk_survey_review_new (lk_column_text (stmt, 1), lk_column_text (stmt, 2),
                                                               lk_column_text (stmt, 3)));
    }

  return step == LK_STEP_DONE;
}

/**
 * lk_store_list_survey_rounds:
 *
 * Every round, newest year first, with the anonymity rule applied at the
 * threshold set in Preferences: a hidden result is not in the objects.
 *
 * Returns: (transfer container) (element-type LkSurveyRound): the rounds,
 *   or %NULL with @error set
 */
GPtrArray *
lk_store_list_survey_rounds (LkStore  *store,
                             GError  **error)
{
  g_autoptr(GPtrArray) rounds = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (NULL, NULL);
  sqlite3_stmt *stmt;
  guint threshold;
  LkStep step;

  if (!read_threshold (store, &threshold, error))
    return NULL;
  stmt = lk_store_prepare (store,
                           "SELECT id, uuid, year, unit, unit_type, part_of, invited, respondents, meeting1, "
                           "  meeting2, created, updated FROM survey_rounds ORDER BY year DESC, lk_fold (unit)",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkSurveyRound *round = lk_survey_round_new_with_uuid (lk_column_text (stmt, 1), sqlite3_column_int (stmt, 2),
                                                            lk_column_text (stmt, 3));

      round->id = sqlite3_column_int64 (stmt, 0);
      lk_set_text (&round->unit_type, lk_column_text (stmt, 4), FALSE);
      lk_set_text (&round->part_of, lk_column_text (stmt, 5), FALSE);
      round->invited = sqlite3_column_type (stmt, 6) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 6);
      round->respondents = sqlite3_column_int (stmt, 7);
      if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
        round->meeting1 = g_strdup (lk_column_text (stmt, 8));
      if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
        round->meeting2 = g_strdup (lk_column_text (stmt, 9));
      round->created = g_strdup (lk_column_text (stmt, 10));
      round->updated = g_strdup (lk_column_text (stmt, 11));
      g_ptr_array_add (rounds, round);
      g_hash_table_insert (by_id, GINT_TO_POINTER ((gssize) round->id), round);
    }
  if (step != LK_STEP_DONE ||
      !load_results (store, by_id, error) ||
      !load_comparisons (store, by_id, error) ||
      !load_focus (store, by_id, error))
    return NULL;

  lk_survey_apply_anonymity (rounds, threshold);

  return g_steal_pointer (&rounds);
}

/**
 * lk_store_get_survey_round:
 *
 * One round, with the anonymity rule applied (which looks at the rounds
 * of its year, so all are read).
 *
 * Returns: (transfer full): the round, or %NULL with @error set
 */
LkSurveyRound *
lk_store_get_survey_round (LkStore     *store,
                           const char  *uuid,
                           GError     **error)
{
  g_autoptr(GPtrArray) rounds = lk_store_list_survey_rounds (store, error);

  if (rounds == NULL)
    return NULL;
  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (rounds, i);

      if (g_strcmp0 (round->uuid, uuid) == 0)
        return g_object_ref (round);
    }
  g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND,
                       _("The survey round no longer exists."));

  return NULL;
}
