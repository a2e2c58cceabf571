/* lk-example-ten-factor.c: three rounds of 10-faktor for the example unit
 *
 * Hjemmetjenesten Nord in 2021, 2023 and 2025 with comparison values, a
 * night group in 2025 too small to be shown, and the follow-up: in 2023
 * Mestringsklima to improve and Mestringsorientert ledelse to keep, with
 * reviews through 2024 (and 2025's result to tell whether it worked); in
 * 2025 Fleksibilitetsvilje and Mestringsklima to improve with Gausdal's
 * goal statements, reviewed and with tiltak. The numbers are made up: no
 * national figures are shipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "lk-date.h"
#include "lk-example-private.h"
#include "lk-ten-factor.h"

#define UNIT "Hjemmetjenesten Nord"

typedef struct
{
  int    year;
  int    invited;
  int    respondents;
  double means[LK_TEN_FACTOR_N];
  /* How the municipality, all participants and the unit type differ */
  double offsets[LK_COMPARISON_N];
} ExampleRound;

static const ExampleRound example_rounds[] = {
  { 2021, 42, 31, { 4.3, 4.2, 4.1, 4.0, 3.8, 3.9, 3.5, 4.2, 3.6, 4.5 }, { 0.1, 0.15, 0.05 } },
  { 2023, 44, 35, { 4.3, 4.3, 4.1, 4.1, 3.9, 4.0, 3.6, 4.1, 3.7, 4.6 }, { 0.1, 0.1, 0.0 } },
  { 2025, 45, 38, { 4.4, 4.3, 4.2, 4.1, 4.2, 4.0, 3.8, 3.9, 4.1, 4.6 }, { 0.0, 0.05, -0.05 } },
};

static const char *comparison_labels[LK_COMPARISON_N] = {
  "Fjordvik kommune",
  "Alle deltakende kommuner",
  "Hjemmetjenester",
};

/* Answers 1–5 of @n people around @mean: most at the two nearest, and
 * some of each a step out on either side, so the mean stays */
static void
spread (int     n,
        double  mean,
        int    *counts)
{
  int low = (int) floor (mean);
  int at_high = low < 5 ? (int) lround (n * (mean - low)) : 0;
  int at_low = n - at_high;
  int out = at_low / 5;

  for (guint a = 0; a < 5; a++)
    counts[a] = 0;
  counts[low - 1] += at_low;
  if (low < 5)
    counts[low] += at_high;
  if (low > 1 && low < 5)
    {
      counts[low - 1] -= 2 * out;
      counts[low - 2] += out;
      counts[low] += out;
    }
  /* and of the higher one, when there is room above it */
  if (low < 4)
    {
      out = at_high / 5;
      counts[low] -= 2 * out;
      counts[low - 1] += out;
      counts[low + 1] += out;
    }
}

static void
add_focus (LkSurveyRound *round,
           guint          factor,
           LkFocusKind    kind,
           const char    *statement,
           const char    *today,
           const int     *review_days,
           const char   **notes,
           GHashTable    *focus_uuids)
{
  LkSurveyFocus *focus = lk_survey_focus_new (NULL, factor, kind, statement);

  for (guint i = 0; notes[i] != NULL; i++)
    {
      g_autofree char *date = lk_date_add_days (today, review_days[i]);

      g_ptr_array_add (focus->reviews, lk_survey_review_new (NULL, date, notes[i]));
    }
  g_ptr_array_add (round->focus, focus);
  /* The example tiltak find their factor by its label */
  if (round->year == 2025)
    g_hash_table_insert (focus_uuids,
                         g_strdup_printf ("%s (%s)", lk_ten_factor_name (factor),
                                          kind == LK_FOCUS_KEEP ? "bevare" : "forbedre"),
                         g_strdup (focus->uuid));
}

/**
 * lk_example_load_ten_factor:
 * @focus_uuids: filled with "Mestringsklima (forbedre)" → the chosen
 *   factor's uuid, for the example tiltak
 */
gboolean
lk_example_load_ten_factor (LkStore     *store,
                            const char  *today,
                            GHashTable  *focus_uuids,
                            GError     **error)
{
  g_autoptr(GPtrArray) existing = lk_store_list_survey_rounds (store, error);
  g_autoptr(LkSurveyRound) night = NULL;

  if (existing == NULL)
    return FALSE;
  /* Loaded before: link to what is there */
  for (guint i = 0; i < existing->len; i++)
    {
      LkSurveyRound *round = g_ptr_array_index (existing, i);

      if (round->year != 2025 || g_strcmp0 (round->unit, UNIT) != 0)
        continue;
      for (guint f = 0; f < round->focus->len; f++)
        {
          LkSurveyFocus *focus = g_ptr_array_index (round->focus, f);

          g_hash_table_insert (focus_uuids,
                               g_strdup_printf ("%s (%s)", lk_ten_factor_name (focus->factor),
                                                focus->kind == LK_FOCUS_KEEP ? "bevare" : "forbedre"),
                               g_strdup (focus->uuid));
        }
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (example_rounds); i++)
    {
      const ExampleRound *e = &example_rounds[i];
      g_autoptr(LkSurveyRound) round = lk_survey_round_new (e->year, UNIT);
      g_autofree char *created = g_strdup_printf ("%d-10-15T08:00:00Z", e->year);

      g_free (round->unit_type);
      round->unit_type = g_strdup ("Hjemmetjeneste");
      round->invited = e->invited;
      round->respondents = e->respondents;
      for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
        {
          round->results[f].mean = e->means[f];
          /* Answers per factor are in KS's detailed report, typed in for the last round */
          if (e->year == 2025)
            spread (e->respondents, e->means[f], round->results[f].counts);
        }
      for (guint k = 0; k < LK_COMPARISON_N; k++)
        {
          LkSurveyComparison *c = lk_survey_comparison_new (k, comparison_labels[k], e->year);

          g_free (c->source);
          c->source = g_strdup_printf ("KS 10-faktor, rapport %d", e->year);
          for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
            c->means[f] = CLAMP (floor ((e->means[f] + e->offsets[k] + ((int) ((f * 7 + k * 3) % 5) - 2) * 0.05) * 10 + 0.5) / 10,
                                 1.0, 5.0);
          g_ptr_array_add (round->comparisons, c);
        }
      round->created = g_strdup (created);

      if (e->year == 2023)
        {
          static const int days[] = { -800, -710, -620 };
          static const char *climate[] = {
            "Heiarunde på tavlemøtet hver fredag er i gang i begge sonene.",
            "Nyansatte sier de får mer hjelp enn før. Natt er ikke med ennå.",
            "Natt har tatt i bruk heiarunden. Vi holder på det.",
            NULL,
          };
          static const char *leadership[] = {
            "Medarbeidersamtalene har fått et eget punkt om mestring.",
            NULL,
          };

          round->meeting1 = lk_date_add_days (today, -860);
          round->meeting2 = lk_date_add_days (today, -830);
          add_focus (round, 9, LK_FOCUS_IMPROVE,
                     "Vi lærer av hverandre og sier fra når noen lykkes.", today, days, climate, focus_uuids);
          add_focus (round, 5, LK_FOCUS_KEEP,
                     "Lederne ser den enkelte og gir rom til å vokse.", today, days, leadership, focus_uuids);
        }
      else if (e->year == 2025)
        {
          static const int days[] = { -120, -30 };
          static const char *flexibility[] = {
            "Hospitering er planlagt; to har meldt seg.",
            NULL,
          };
          static const char *climate[] = {
            "Mestringspraten er i gang i tre av fire team.",
            "Teamene deler gode eksempler på personalmøtet.",
            NULL,
          };

          round->meeting1 = lk_date_add_days (today, -190);
          round->meeting2 = lk_date_add_days (today, -160);
          /* Gausdal's goal statements for the two factors its organisation chose */
          add_focus (round, 8, LK_FOCUS_IMPROVE,
                     "Jeg bruker min kunnskap og mine ferdigheter, påtar meg nye oppgaver og samarbeider "
                     "med andre til det beste for innbyggerne i Fjordvik kommune.",
                     today, days, flexibility, focus_uuids);
          add_focus (round, 9, LK_FOCUS_IMPROVE,
                     "For å styrke hverandre og tjenesten, deler vi kunnskap, gir hverandre konstruktive "
                     "tilbakemeldinger og heier på våre kollegaer i Fjordvik kommune.",
                     today, days, climate, focus_uuids);
        }

      if (!lk_store_put_survey_round (store, round, error))
        return FALSE;
    }

  /* Two answered on the night shift: stored without results, shown as why */
  night = lk_survey_round_new (2025, "Natt");
  g_free (night->unit_type);
  night->unit_type = g_strdup ("Hjemmetjeneste");
  g_free (night->part_of);
  night->part_of = g_strdup (UNIT);
  night->invited = 6;
  night->respondents = 2;

  return lk_store_put_survey_round (store, night, error);
}
