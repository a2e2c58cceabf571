/* test-ten-factor.c: 10-faktor rounds, their rules, and anonymity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <sqlite3.h>
#include <string.h>

#include "lk-store-private.h"
#include "lk-ten-factor.h"
#include "lk-test-util.h"

static LkSurveyRound *
make_round (int         year,
            const char *unit,
            int         respondents,
            const char *part_of)
{
  LkSurveyRound *round = lk_survey_round_new (year, unit);

  round->respondents = respondents;
  round->invited = respondents + 2;
  g_free (round->part_of);
  round->part_of = g_strdup (part_of ? part_of : "");
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    round->results[f].mean = 3.5 + f * 0.1;

  return round;
}

static void
test_factors (void)
{
  static const struct { const char *text; guint factor; } good[] = {
    { "8", 8 }, { " 10 ", 10 }, { "Faktor 8", 8 }, { "faktor 9:", 9 }, { "F3", 3 }, { "Factor 1", 1 },
    { "Mestringsklima", 9 }, { "MESTRINGSKLIMA", 9 }, { "mestrings klima", 9 },
    { "Relevant kompetanse-utvikling", 7 }, { "Relevant kompetanse\u00ADutvikling", 7 },
    { "relevant  kompetanseutvikling", 7 }, { "Bruk av kompetanse", 4 }, { "Nytteorientert motivasjon", 10 },
    { "Mestringsorientert ledelse", 5 }, { "1.", 1 },
  };
  static const char *bad[] = { "0", "11", "", "faktor", "Mestring", "8b", "Ledelse", "-1" };
  guint factor;

  g_assert_cmpstr (lk_ten_factor_name (1), ==, "Oppgavemotivasjon");
  g_assert_cmpstr (lk_ten_factor_name (7), ==, "Relevant kompetanseutvikling");
  g_assert_cmpstr (lk_ten_factor_name (10), ==, "Nytteorientert motivasjon");
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      g_assert_cmpuint (strlen (lk_ten_factor_description (f)), >, 20);
      g_assert_true (lk_ten_factor_parse (lk_ten_factor_name (f), &factor));
      g_assert_cmpuint (factor, ==, f);
    }
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      factor = 0;
      g_test_message ("%s", good[i].text);
      g_assert_true (lk_ten_factor_parse (good[i].text, &factor));
      g_assert_cmpuint (factor, ==, good[i].factor);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_test_message ("%s", bad[i]);
      g_assert_false (lk_ten_factor_parse (bad[i], &factor));
    }
}

static void
test_validation (void)
{
  g_autoptr(LkSurveyRound) round = make_round (2025, "Hjemmetjenesten Nord", 12, NULL);
  g_autoptr(GError) error = NULL;

  round->invited = 15;
  g_assert_true (lk_survey_round_validate (round, &error));
  g_assert_no_error (error);

#define REFUSED(what, part) G_STMT_START { \
    g_autoptr(LkSurveyRound) r = lk_survey_round_copy (round); \
    g_autoptr(GError) e = NULL; \
    what; \
    g_assert_false (lk_survey_round_validate (r, &e)); \
    g_assert_error (e, LK_STORE_ERROR, LK_STORE_ERROR_INVALID); \
    g_assert_nonnull (strstr (e->message, part)); \
  } G_STMT_END

  REFUSED (r->results[5].mean = 6.2, "Rolleklarhet");
  REFUSED (r->results[0].mean = 0.5, "between 1 and 5");
  REFUSED (r->respondents = 16, "More answered than were invited");
  REFUSED (r->respondents = -1, "between 0");
  REFUSED (r->year = 1999, "2000");
  REFUSED (g_free (r->unit); r->unit = g_strdup ("  "), "Name the unit");
  REFUSED (g_free (r->part_of); r->part_of = g_strdup ("hjemmetjenesten nord"), "part of itself");
  REFUSED (r->results[2].counts[0] = 4, "answers 1–5");
  REFUSED (g_free (r->meeting1); r->meeting1 = g_strdup ("2025-13-01"), "meeting");
  REFUSED ({
    g_ptr_array_add (r->comparisons, lk_survey_comparison_new (LK_COMPARISON_MUNICIPALITY, "Fjordvik", 2025));
    g_ptr_array_add (r->comparisons, lk_survey_comparison_new (LK_COMPARISON_MUNICIPALITY, "Fjordvik", 2025));
  }, "one set");
  REFUSED ({
    LkSurveyComparison *c = lk_survey_comparison_new (LK_COMPARISON_UNIT_TYPE, "Hjemmetjenester", 2025);

    c->means[8] = 5.5;
    g_ptr_array_add (r->comparisons, c);
  }, "Mestringsklima");
  REFUSED ({
    g_ptr_array_add (r->focus, lk_survey_focus_new (NULL, 8, LK_FOCUS_KEEP, ""));
    g_ptr_array_add (r->focus, lk_survey_focus_new (NULL, 8, LK_FOCUS_IMPROVE, ""));
  }, "once");
  REFUSED ({
    for (guint f = 1; f <= 3; f++)
      g_ptr_array_add (r->focus, lk_survey_focus_new (NULL, f, LK_FOCUS_IMPROVE, ""));
  }, "two to improve");
  REFUSED ({
    LkSurveyFocus *focus = lk_survey_focus_new (NULL, 9, LK_FOCUS_IMPROVE, "");

    g_ptr_array_add (focus->reviews, lk_survey_review_new (NULL, "i går", "Bra"));
    g_ptr_array_add (r->focus, focus);
  }, "valid date");

  /* Two of each is KS's upper bound, and allowed */
  for (guint f = 1; f <= 4; f++)
    g_ptr_array_add (round->focus, lk_survey_focus_new (NULL, f, f <= 2 ? LK_FOCUS_KEEP : LK_FOCUS_IMPROVE, ""));
  g_assert_true (lk_survey_round_validate (round, NULL));
}

static void
test_response_rate (void)
{
  g_autoptr(LkSurveyRound) round = make_round (2025, "Hjemmetjenesten Nord", 12, NULL);
  g_autofree char *text = NULL;
  g_autofree char *unknown = NULL;
  LkFactorResult r = { NAN, { 1, 1, 2, 4, 2 } };

  round->invited = 15;
  g_assert_cmpfloat_with_epsilon (lk_survey_round_response_rate (round), 0.8, 1e-9);
  text = lk_survey_round_describe_response (round);
  g_assert_cmpstr (text, ==, "12 of 15 answered (80 %)");
  round->invited = 0;
  g_assert_true (isnan (lk_survey_round_response_rate (round)));
  round->invited = -1;
  unknown = lk_survey_round_describe_response (round);
  g_assert_cmpstr (unknown, ==, "12 answered");

  g_assert_cmpfloat_with_epsilon (lk_factor_result_share (&r, 4), 0.4, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_factor_result_share (&r, 1), 0.1, 1e-9);
  g_assert_true (isnan (lk_factor_result_share (&r, 6)));
  r.counts[0] = -1;
  g_assert_true (isnan (lk_factor_result_share (&r, 1)));
}

static GPtrArray *
rounds_of (LkSurveyRound *first,
           ...)
{
  GPtrArray *rounds = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (LkSurveyRound *r = first; r != NULL; r = va_arg (args, LkSurveyRound *))
    g_ptr_array_add (rounds, r);
  va_end (args);

  return rounds;
}

#define R(i) ((LkSurveyRound *) g_ptr_array_index (rounds, i))

static void
test_anonymity (void)
{
  /* Too few, at the rule's 3 and at a raised threshold */
  {
    g_autoptr(GPtrArray) rounds = rounds_of (make_round (2025, "A", 2, NULL), make_round (2025, "B", 3, NULL),
                                             make_round (2025, "C", 4, NULL), NULL);
    g_autofree char *why = NULL;

    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 3), ==, 1);
    g_assert_cmpint (R (0)->visibility, ==, LK_RESULT_TOO_FEW);
    g_assert_null (lk_survey_round_get_result (R (0), 1));
    g_assert_true (isnan (R (0)->results[0].mean));
    g_assert_false (lk_survey_round_has_results (R (0)));
    g_assert_nonnull (lk_survey_round_get_result (R (1), 1));
    why = lk_survey_round_explain_hidden (R (0), 3);
    g_assert_nonnull (strstr (why, "fewer than 3 answered"));

    /* A threshold below the rule is the rule */
    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 1), ==, 1);
    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 5), ==, 3);
  }

  /* A part with nearly all of its unit: the difference is two people */
  {
    g_autoptr(GPtrArray) rounds = rounds_of (make_round (2025, "Sone nord", 10, NULL),
                                             make_round (2025, "Natt", 8, "sone NORD"), NULL);
    g_autofree char *why = NULL;

    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 3), ==, 1);
    g_assert_cmpint (R (0)->visibility, ==, LK_RESULT_SHOWN);
    g_assert_cmpint (R (1)->visibility, ==, LK_RESULT_SUBTRACTION);
    g_assert_null (lk_survey_round_get_result (R (1), 9));
    why = lk_survey_round_explain_hidden (R (1), 3);
    g_assert_nonnull (strstr (why, "sone NORD"));
  }

  /* Two parts leave two people: the smaller part goes; then the rest is six */
  {
    g_autoptr(GPtrArray) rounds = rounds_of (make_round (2025, "U", 10, NULL), make_round (2025, "P1", 5, "U"),
                                             make_round (2025, "P2", 3, "U"), NULL);

    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 3), ==, 1);
    g_assert_cmpint (R (1)->visibility, ==, LK_RESULT_SHOWN);
    g_assert_cmpint (R (2)->visibility, ==, LK_RESULT_SUBTRACTION);
  }

  /* Parts that make up the whole unit reveal nothing; other years and
   * hidden units do not count */
  {
    g_autoptr(GPtrArray) rounds = rounds_of (make_round (2025, "U", 10, NULL), make_round (2025, "P1", 5, "U"),
                                             make_round (2025, "P2", 5, "U"), make_round (2023, "P3", 9, "U"),
                                             make_round (2025, "V", 2, NULL), make_round (2025, "Q", 3, "V"), NULL);

    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 3), ==, 1);
    g_assert_cmpint (R (4)->visibility, ==, LK_RESULT_TOO_FEW);
    g_assert_cmpint (R (5)->visibility, ==, LK_RESULT_SHOWN);
  }

  /* With a raised threshold the rest must be larger too */
  {
    g_autoptr(GPtrArray) rounds = rounds_of (make_round (2025, "U", 20, NULL), make_round (2025, "P", 16, "U"),
                                             NULL);

    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 3), ==, 0);
    g_assert_cmpuint (lk_survey_apply_anonymity (rounds, 5), ==, 1);
    g_assert_cmpint (R (1)->visibility, ==, LK_RESULT_SUBTRACTION);
  }
}

static gint64
count (LkStore    *store,
       const char *sql)
{
  gint64 n = -1;

  g_assert_true (lk_store_query_int (store, sql, &n, NULL));

  return n;
}

static LkSurveyRound *
find_round (GPtrArray  *rounds,
            const char *unit,
            int         year)
{
  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (rounds, i);

      if (g_str_equal (r->unit, unit) && r->year == year)
        return r;
    }

  return NULL;
}

static void
test_store (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "ten-factor.db");
  g_autoptr(LkSurveyRound) round = make_round (2025, "Hjemmetjenesten Nord", 14, NULL);
  g_autoptr(LkSurveyRound) older = make_round (2023, "hjemmetjenesten nord", 12, NULL);
  g_autoptr(LkSurveyRound) night = make_round (2025, "Natt", 2, "Hjemmetjenesten Nord");
  g_autoptr(LkSurveyRound) twin = make_round (2025, "HJEMMETJENESTEN NORD", 9, NULL);
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) error = NULL;
  LkSurveyComparison *c = lk_survey_comparison_new (LK_COMPARISON_MUNICIPALITY, "Fjordvik kommune", 2025);
  LkSurveyFocus *focus = lk_survey_focus_new (NULL, 9, LK_FOCUS_IMPROVE, "Vi deler kunnskap og heier på hverandre.");
  LkSurveyRound *back;

  g_assert_cmpuint (lk_store_get_anonymity_threshold (store), ==, 3);
  round->invited = 18;
  round->results[8].counts[0] = 0;
  round->results[8].counts[1] = 1;
  round->results[8].counts[2] = 3;
  round->results[8].counts[3] = 6;
  round->results[8].counts[4] = 4;
  c->means[8] = 4.1;
  c->means[0] = 4.4;
  g_free (c->source);
  c->source = g_strdup ("KS-rapport 2025");
  g_ptr_array_add (round->comparisons, c);
  g_ptr_array_add (focus->reviews, lk_survey_review_new (NULL, "2025-12-01", "Tavlemøtene har fått en heiarunde."));
  g_ptr_array_add (round->focus, focus);
  round->meeting1 = g_strdup ("2025-10-20");

  g_assert_true (lk_store_save_survey_round (store, round, &error));
  g_assert_no_error (error);
  g_assert_true (lk_store_save_survey_round (store, older, &error));
  g_assert_true (lk_store_save_survey_round (store, night, &error));
  g_assert_no_error (error);
  /* Never stored: results of fewer than three */
  g_assert_cmpint (count (store, "SELECT count(*) FROM survey_results r JOIN survey_rounds s ON s.id = r.round_id "
                                 "WHERE s.unit = 'Natt'"), ==, 0);
  /* One round per unit and year, whatever the case */
  g_assert_false (lk_store_save_survey_round (store, twin, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "in 2025 already"));
  g_clear_error (&error);

  rounds = lk_store_list_survey_rounds (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rounds->len, ==, 3);
  back = find_round (rounds, "Hjemmetjenesten Nord", 2025);
  g_assert_nonnull (back);
  g_assert_cmpint (back->invited, ==, 18);
  g_assert_cmpint (back->respondents, ==, 14);
  g_assert_cmpfloat_with_epsilon (back->results[3].mean, 3.8, 1e-9);
  g_assert_cmpint (back->results[8].counts[3], ==, 6);
  g_assert_cmpint (back->results[0].counts[0], ==, -1);
  g_assert_cmpstr (back->meeting1, ==, "2025-10-20");
  g_assert_null (back->meeting2);
  g_assert_cmpuint (back->comparisons->len, ==, 1);
  c = lk_survey_round_get_comparison (back, LK_COMPARISON_MUNICIPALITY);
  g_assert_cmpstr (c->label, ==, "Fjordvik kommune");
  g_assert_cmpstr (c->source, ==, "KS-rapport 2025");
  g_assert_cmpfloat (c->means[8], ==, 4.1);
  g_assert_true (isnan (c->means[1]));
  focus = lk_survey_round_get_focus (back, 9);
  g_assert_nonnull (focus);
  g_assert_cmpint (focus->kind, ==, LK_FOCUS_IMPROVE);
  g_assert_cmpuint (focus->reviews->len, ==, 1);
  g_assert_true (lk_survey_previous_round (rounds, back) == find_round (rounds, "hjemmetjenesten nord", 2023));
  g_assert_null (lk_survey_previous_round (rounds, find_round (rounds, "hjemmetjenesten nord", 2023)));
  g_assert_cmpint (find_round (rounds, "Natt", 2025)->visibility, ==, LK_RESULT_TOO_FEW);

  /* The threshold is never below three; raised, it hides a round whose
   * stored results stay through a save and come back when lowered */
  g_assert_false (lk_store_set_anonymity_threshold (store, 2, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (lk_store_set_anonymity_threshold (store, 13, &error));
  g_clear_pointer (&rounds, g_ptr_array_unref);
  rounds = lk_store_list_survey_rounds (store, NULL);
  back = find_round (rounds, "hjemmetjenesten nord", 2023);
  g_assert_cmpint (back->visibility, ==, LK_RESULT_TOO_FEW);
  g_assert_false (lk_survey_round_has_results (back));
  g_free (back->unit_type);
  back->unit_type = g_strdup ("Hjemmetjeneste");
  g_assert_true (lk_store_save_survey_round (store, back, &error));
  g_assert_no_error (error);
  g_assert_true (lk_store_set_anonymity_threshold (store, 3, &error));
  g_clear_pointer (&rounds, g_ptr_array_unref);
  rounds = lk_store_list_survey_rounds (store, NULL);
  back = find_round (rounds, "hjemmetjenesten nord", 2023);
  g_assert_cmpstr (back->unit_type, ==, "Hjemmetjeneste");
  g_assert_cmpfloat_with_epsilon (back->results[0].mean, 3.5, 1e-9);

  /* Fewer than three after an edit: the stored results go */
  back->respondents = 2;
  g_assert_true (lk_store_save_survey_round (store, back, &error));
  g_assert_cmpint (count (store, "SELECT count(*) FROM survey_results r JOIN survey_rounds s ON s.id = r.round_id "
                                 "WHERE s.year = 2023"), ==, 0);

  /* Deleting takes everything of the round along */
  g_assert_true (lk_store_delete_survey_round (store, round->uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (store, "SELECT count(*) FROM survey_comparisons"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM survey_reviews"), ==, 0);
  g_assert_false (lk_store_delete_survey_round (store, round->uuid, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);

  g_clear_object (&store);
  lk_test_rmtree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ten-factor/factors", test_factors);
  g_test_add_func ("/ten-factor/validation", test_validation);
  g_test_add_func ("/ten-factor/response-rate", test_response_rate);
  g_test_add_func ("/ten-factor/anonymity", test_anonymity);
  g_test_add_func ("/ten-factor/store", test_store);

  return g_test_run ();
}
