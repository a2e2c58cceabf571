/* lk-ten-factor-json.c: a 10-faktor round as a JSON object
 *
 * Only results that may be shown are written: a round read from the store
 * has its hidden results cleared, so they never leave the database in a
 * file (and a file cannot bring results of fewer than three back in:
 * storing drops them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-backup-private.h"
#include "lk-enum.h"
#include "lk-model-enums.h"
#include "lk-ten-factor-json.h"
#include "lk-types.h"

static void
add_means (LkJsonWriter *writer,
           const double *means)
{
  lk_json_writer_set_member_name (writer, "means");
  lk_json_writer_begin_array (writer);
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    if (isnan (means[f]))
      lk_json_writer_add_null_value (writer);
    else
      lk_json_writer_add_double_value (writer, means[f]);
  lk_json_writer_end_array (writer);
}

void
lk_survey_round_to_json (LkJsonWriter  *writer,
                         LkSurveyRound *round)
{
  lk_backup_add_string (writer, "uuid", round->uuid);
  lk_backup_add_int (writer, "year", round->year);
  lk_backup_add_string (writer, "unit", round->unit);
  lk_backup_add_string (writer, "unit-type", round->unit_type);
  lk_backup_add_string (writer, "part-of", round->part_of);
  if (round->invited >= 0)
    lk_backup_add_int (writer, "invited", round->invited);
  lk_backup_add_int (writer, "respondents", round->respondents);
  lk_backup_add_string (writer, "meeting1", round->meeting1);
  lk_backup_add_string (writer, "meeting2", round->meeting2);

  lk_json_writer_set_member_name (writer, "results");
  lk_json_writer_begin_array (writer);
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *r = lk_survey_round_get_result (round, f);

      if (r == NULL)
        continue;
      lk_json_writer_begin_object (writer);
      lk_backup_add_int (writer, "factor", f);
      lk_backup_add_number (writer, "mean", r->mean);
      if (r->counts[0] >= 0)
        {
          lk_json_writer_set_member_name (writer, "answers");
          lk_json_writer_begin_array (writer);
          for (guint a = 0; a < 5; a++)
            lk_json_writer_add_int_value (writer, r->counts[a]);
          lk_json_writer_end_array (writer);
        }
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);

  lk_json_writer_set_member_name (writer, "comparisons");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < round->comparisons->len; i++)
    {
      LkSurveyComparison *c = g_ptr_array_index (round->comparisons, i);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "uuid", c->uuid);
      lk_backup_add_string (writer, "kind", lk_enum_to_nick (LK_TYPE_COMPARISON_KIND, c->kind));
      lk_backup_add_string (writer, "label", c->label);
      lk_backup_add_int (writer, "year", c->year);
      lk_backup_add_string (writer, "source", c->source);
      add_means (writer, c->means);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);

  lk_json_writer_set_member_name (writer, "focus");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < round->focus->len; i++)
    {
      LkSurveyFocus *focus = g_ptr_array_index (round->focus, i);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "uuid", focus->uuid);
      lk_backup_add_int (writer, "factor", focus->factor);
      lk_backup_add_string (writer, "kind", lk_enum_to_nick (LK_TYPE_FOCUS_KIND, focus->kind));
      lk_backup_add_string (writer, "statement", focus->statement);
      lk_json_writer_set_member_name (writer, "reviews");
      lk_json_writer_begin_array (writer);
      for (guint r = 0; r < focus->reviews->len; r++)
        {
          LkSurveyReview *review = g_ptr_array_index (focus->reviews, r);

          lk_json_writer_begin_object (writer);
          lk_backup_add_string (writer, "uuid", review->uuid);
          lk_backup_add_string (writer, "date", review->date);
          lk_backup_add_string (writer, "note", review->note);
          lk_json_writer_end_object (writer);
        }
      lk_json_writer_end_array (writer);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);

  lk_backup_add_string (writer, "created", round->created);
  lk_backup_add_string (writer, "updated", round->updated);
}

/* A mean on the scale, or null */
static gboolean
read_mean (LkJsonNode  *node,
           const char  *path,
           const char  *member,
           double      *out,
           GError     **error)
{
  *out = NAN;
  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return TRUE;
  if (!lk_json_node_is_number (node) || !(lk_json_node_get_double (node) >= 1.0 &&
                                          lk_json_node_get_double (node) <= 5.0))
    {
      lk_json_invalid (error, path, member, _("expected a mean from 1 to 5, or null"));
      return FALSE;
    }
  *out = lk_json_node_get_double (node);

  return TRUE;
}

static gboolean
read_results (LkJsonNode     *object,
              const char     *path,
              LkSurveyRound  *round,
              GError        **error)
{
  LkJsonNode *results;

  if (!lk_json_object_has_member (object, "results"))
    return TRUE;
  if (!(results = lk_json_array_member (object, path, "results", error)))
    return FALSE;
  if (lk_json_node_get_length (results) > LK_TEN_FACTOR_N)
    {
      lk_json_invalid (error, path, "results", _("has more than ten factors"));
      return FALSE;
    }
  for (guint i = 0; i < lk_json_node_get_length (results); i++)
    {
      g_autofree char *rpath = g_strdup_printf ("%s.results[%u]", path, i);
      LkJsonNode *item = lk_json_object (lk_json_array_get_element (results, i), rpath, error);
      LkJsonNode *answers;
      gint64 factor;
      LkFactorResult *r;

      if (item == NULL || !lk_json_int_member (item, rpath, "factor", 1, LK_TEN_FACTOR_N, &factor, error))
        return FALSE;
      r = &round->results[factor - 1];
      if (!isnan (r->mean) || r->counts[0] >= 0)
        {
          lk_json_invalid (error, rpath, "factor", _("is given twice"));
          return FALSE;
        }
      if (!read_mean (lk_json_object_get_member (item, "mean"), rpath, "mean", &r->mean, error))
        return FALSE;
      answers = lk_json_object_get_member (item, "answers");
      if (answers == NULL || LK_JSON_HOLDS (answers, LK_JSON_NULL))
        continue;
      if (!LK_JSON_HOLDS (answers, LK_JSON_ARRAY) || lk_json_node_get_length (answers) != 5)
        {
          lk_json_invalid (error, rpath, "answers", _("expected how many answered 1, 2, 3, 4 and 5"));
          return FALSE;
        }
      for (guint a = 0; a < 5; a++)
        {
          LkJsonNode *n = lk_json_array_get_element (answers, a);

          if (!LK_JSON_HOLDS (n, LK_JSON_INT) || lk_json_node_get_int (n) < 0 ||
              lk_json_node_get_int (n) > 10 * LK_SURVEY_MAX_PEOPLE)
            {
              lk_json_invalid (error, rpath, "answers", _("expected how many answered 1, 2, 3, 4 and 5"));
              return FALSE;
            }
          r->counts[a] = (int) lk_json_node_get_int (n);
        }
    }

  return TRUE;
}

static gboolean
read_comparisons (LkJsonNode     *object,
                  const char     *path,
                  LkSurveyRound  *round,
                  GHashTable     *seen,
                  GError        **error)
{
  LkJsonNode *list;

  if (!lk_json_object_has_member (object, "comparisons"))
    return TRUE;
  if (!(list = lk_json_array_member (object, path, "comparisons", error)))
    return FALSE;
  if (lk_json_node_get_length (list) > LK_COMPARISON_N)
    {
      lk_json_invalid (error, path, "comparisons", _("has more than one set of each kind"));
      return FALSE;
    }
  for (guint i = 0; i < lk_json_node_get_length (list); i++)
    {
      g_autofree char *cpath = g_strdup_printf ("%s.comparisons[%u]", path, i);
      LkJsonNode *item = lk_json_object (lk_json_array_get_element (list, i), cpath, error);
      const char *uuid, *label, *source;
      int kind = -1;
      gint64 year;
      LkJsonNode *means;
      LkSurveyComparison *c;

      if (item == NULL ||
          !lk_backup_read_uuid (item, cpath, "uuid", TRUE, &uuid, error) ||
          !lk_backup_check_unique (seen, uuid, cpath, error) ||
          !lk_json_enum_member (item, cpath, "kind", LK_TYPE_COMPARISON_KIND, &kind, error) ||
          !lk_json_string_member (item, cpath, "label", FALSE, 200, &label, error) ||
          !lk_json_int_member (item, cpath, "year", 2000, 2200, &year, error) ||
          !lk_json_string_member (item, cpath, "source", FALSE, 500, &source, error))
        return FALSE;
      if (kind < 0)
        {
          lk_json_invalid (error, cpath, "kind", _("is missing"));
          return FALSE;
        }
      c = lk_survey_comparison_new_with_uuid (uuid, kind, label, year);
      g_ptr_array_add (round->comparisons, c);
      lk_set_text (&c->source, source, FALSE);
      if (!(means = lk_json_array_member (item, cpath, "means", error)))
        return FALSE;
      if (lk_json_node_get_length (means) != LK_TEN_FACTOR_N)
        {
          lk_json_invalid (error, cpath, "means", _("expected ten means, null where there is none"));
          return FALSE;
        }
      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        if (!read_mean (lk_json_array_get_element (means, f), cpath, "means", &c->means[f], error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
read_focus (LkJsonNode     *object,
            const char     *path,
            LkSurveyRound  *round,
            GHashTable     *seen,
            GError        **error)
{
  LkJsonNode *list;

  if (!lk_json_object_has_member (object, "focus"))
    return TRUE;
  if (!(list = lk_json_array_member (object, path, "focus", error)))
    return FALSE;
  if (lk_json_node_get_length (list) > LK_SURVEY_MAX_FOCUS)
    {
      lk_json_invalid (error, path, "focus", _("has more than four chosen factors"));
      return FALSE;
    }
  for (guint i = 0; i < lk_json_node_get_length (list); i++)
    {
      g_autofree char *fpath = g_strdup_printf ("%s.focus[%u]", path, i);
      LkJsonNode *item = lk_json_object (lk_json_array_get_element (list, i), fpath, error);
      const char *uuid, *statement;
      int kind = -1;
      gint64 factor;
      LkJsonNode *reviews;
      LkSurveyFocus *focus;

      if (item == NULL ||
          !lk_backup_read_uuid (item, fpath, "uuid", TRUE, &uuid, error) ||
          !lk_backup_check_unique (seen, uuid, fpath, error) ||
          !lk_json_int_member (item, fpath, "factor", 1, LK_TEN_FACTOR_N, &factor, error) ||
          !lk_json_enum_member (item, fpath, "kind", LK_TYPE_FOCUS_KIND, &kind, error) ||
          !lk_json_string_member (item, fpath, "statement", FALSE, 2000, &statement, error))
        return FALSE;
      if (kind < 0)
        {
          lk_json_invalid (error, fpath, "kind", _("is missing"));
          return FALSE;
        }
      focus = lk_survey_focus_new (uuid, factor, kind, statement);
      g_ptr_array_add (round->focus, focus);
      if (!lk_json_object_has_member (item, "reviews"))
        continue;
      if (!(reviews = lk_json_array_member (item, fpath, "reviews", error)))
        return FALSE;
      if (lk_json_node_get_length (reviews) > LK_SURVEY_MAX_REVIEWS)
        {
          lk_json_invalid (error, fpath, "reviews", _("has too many reviews"));
          return FALSE;
        }
      for (guint r = 0; r < lk_json_node_get_length (reviews); r++)
        {
          g_autofree char *rpath = g_strdup_printf ("%s.reviews[%u]", fpath, r);
          LkJsonNode *review = lk_json_object (lk_json_array_get_element (reviews, r), rpath, error);
          const char *ruuid, *date, *note;

          if (review == NULL ||
              !lk_backup_read_uuid (review, rpath, "uuid", TRUE, &ruuid, error) ||
              !lk_backup_check_unique (seen, ruuid, rpath, error) ||
              !lk_json_date_member (review, rpath, "date", &date, error) ||
              !lk_json_string_member (review, rpath, "note", FALSE, 5000, &note, error))
            return FALSE;
          if (date == NULL)
            {
              lk_json_invalid (error, rpath, "date", _("is missing"));
              return FALSE;
            }
          g_ptr_array_add (focus->reviews, lk_survey_review_new (ruuid, date, note));
        }
    }

  return TRUE;
}

/**
 * lk_survey_round_from_json:
 * @seen: the uuids read so far; the round's comparisons, choices and
 *   reviews are added to it
 *
 * Returns: (transfer full): the round read and checked, or %NULL with
 *   @error naming the place
 */
LkSurveyRound *
lk_survey_round_from_json (LkJsonNode  *node,
                           const char  *path,
                           GHashTable  *seen,
                           GError     **error)
{
  const char *uuid, *unit, *unit_type, *part_of, *meeting1, *meeting2, *created, *updated;
  g_autoptr(LkSurveyRound) round = NULL;
  gint64 year, respondents, invited = -1;
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_int_member (object, path, "year", 2000, 2200, &year, error) ||
      !lk_json_string_member (object, path, "unit", TRUE, 200, &unit, error) ||
      !lk_json_string_member (object, path, "unit-type", FALSE, 200, &unit_type, error) ||
      !lk_json_string_member (object, path, "part-of", FALSE, 200, &part_of, error) ||
      (lk_json_object_has_member (object, "invited") &&
       !LK_JSON_HOLDS (lk_json_object_get_member (object, "invited"), LK_JSON_NULL) &&
       !lk_json_int_member (object, path, "invited", 0, LK_SURVEY_MAX_PEOPLE, &invited, error)) ||
      !lk_json_int_member (object, path, "respondents", 0, LK_SURVEY_MAX_PEOPLE, &respondents, error) ||
      !lk_json_date_member (object, path, "meeting1", &meeting1, error) ||
      !lk_json_date_member (object, path, "meeting2", &meeting2, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;

  round = lk_survey_round_new_with_uuid (uuid, year, unit);
  lk_set_text (&round->unit_type, unit_type, FALSE);
  lk_set_text (&round->part_of, part_of, FALSE);
  round->invited = invited;
  round->respondents = respondents;
  round->meeting1 = g_strdup (meeting1);
  round->meeting2 = g_strdup (meeting2);
  round->created = g_strdup (created);
  round->updated = g_strdup (updated);
  if (!read_results (object, path, round, error) ||
      !read_comparisons (object, path, round, seen, error) ||
      !read_focus (object, path, round, seen, error))
    return NULL;
  return lk_backup_validated (g_steal_pointer (&round), (LkValidateFunc) lk_survey_round_validate, path, error);
}
