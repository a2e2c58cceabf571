/* bench-generate.c: the large database the figures are taken on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "bench-generate.h"
#include "lk-conversation.h"
#include "lk-date.h"
#include "lk-fishbone.h"
#include "lk-jeg-plan.h"
#include "lk-log-entry.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-ten-factor.h"
static const char *verbs[] = {
  "Innføre", "Oppdatere", "Evaluere", "Kartlegge", "Redusere", "Styrke", "Etablere",
  "Gjennomgå", "Forenkle", "Standardisere", "Dokumentere", "Øve på",
};
static const char *objects[] = {
  "tavlemøter", "rutine for avviksmelding", "dobbeltkontroll av legemidler", "overtid",
  "sykefravær", "opplæring i 5S", "brukermedvirkning", "internkontroll", "nøkkelhåndtering",
  "informasjonssikkerhet", "turnusplanlegging", "mestringsklima", "rolleklarhet",
  "verdistrømsanalyse", "pårørendesamarbeid", "introduksjon av nyansatte",
};
static const char *units[] = {
  "i hjemmetjenesten", "i barnehagene", "på sykehjemmet", "i skolen", "i NAV",
  "i teknisk drift", "i kulturskolen", "i helsestasjonen",
};
static const char *names[] = {
  "Kari", "Ola", "Ingrid", "Per", "Anne", "Jon", "Sigrid", "Lars", "Marit", "Nils",
  "Åse", "Øystein", "Hilde", "Bjørn", "Ragnhild", "Tor", "Liv", "Knut", "Solveig", "Arne",
};
static const char *surnames[] = { "Nordmann", "Hansen", "Berg", "Dahl", "Lie", "Haugen" };

static const char *sentences[] = {
  "Vi snakket om hvordan tavlemøtet kan bli kortere.",
  "Jeg ga tydelig tilbakemelding på rapporten fra nattevakten.",
  "Teamet prøvde en ny rekkefølge på morgenmøtet.",
  "Det var vanskelig å si nei til en ekstra vakt.",
  "Vi feiret at fraværet har gått ned i avdelingen.",
  "Jeg lærte at det hjelper å spørre før jeg foreslår.",
  "Forbedringsforslaget om medisinrommet ble prøvd ut.",
  "Samtalen med tillitsvalgt ga et nytt perspektiv.",
  "Jeg merket at jeg avbrøt for ofte i møtet.",
  "Brukeren fortalte om en god opplevelse med tjenesten.",
};
static const char *log_tags[] = {
  "tavlemøte", "tilbakemelding", "forbedring", "samtale", "sykefravær", "læring", "team", "5S",
};

static char *
random_uuid (GRand *rand)
{
  guint32 a = g_rand_int (rand), b = g_rand_int (rand), c = g_rand_int (rand), d = g_rand_int (rand);

  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x",
                          a, b >> 16, b & 0xfff, 0x8000 | (c >> 18 & 0x3fff), c & 0xffff, d);
}


static gboolean
generate_jeg_plan (LkStore  *store,
                   GRand    *rand,
                   guint     n_entries,
                   GError  **error)
{
  const char *goal_titles[] = { "Gi tydelige tilbakemeldinger", "Lede forbedringsarbeidet",
                                "Dele læring med lederkollegaene" };
  const char *goal_uuids[3];
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (goal_titles); i++)
    {
      LkDevGoal *goal = lk_dev_goal_new (2026, goal_titles[i]);
      g_autofree char *uuid = random_uuid (rand);

      lk_dev_goal_set_identity (goal, 0, uuid, "2026-01-02T08:00:00Z", "2026-01-02T08:00:00Z");
      lk_dev_goal_set_review_date (goal, i == 0 ? "2026-06-01" : i == 1 ? "2026-09-15" : "2026-11-30");
      if (!lk_store_save_dev_goal (store, goal, error))
        return FALSE;
      goal_uuids[i] = lk_dev_goal_get_uuid (goal);
      g_ptr_array_add (goals, goal);
    }
  if (!lk_store_add_gjesdal_programme (store, 2026, error))
    return FALSE;

  if (!lk_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_entries; i++)
    {
      g_autoptr(LkLogEntry) entry = NULL;
      g_autoptr(GString) body = g_string_new (NULL);
      g_autofree char *uuid = random_uuid (rand);
      g_autofree char *date = lk_date_add_days ("2026-12-31", -(int)(i * 3650 / n_entries));
      g_autofree char *title = g_strdup_printf ("Refleksjon %u", i);
      const char *tags[3] = { log_tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (log_tags))],
                              log_tags[g_rand_int_range (rand, 0, G_N_ELEMENTS (log_tags))], NULL };
      const char *goal[2] = { goal_uuids[g_rand_int_range (rand, 0, 3)], NULL };

      g_string_append (body, "## Hva gjorde vi bra?\n\n");
      for (guint s_ = 0; s_ < 4; s_++)
        g_string_append_printf (body, "%s ", sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentences))]);
      g_string_append (body, "\n\n## Hvordan gjør vi det bedre neste gang?\n\n");
      g_string_append (body, sentences[g_rand_int_range (rand, 0, G_N_ELEMENTS (sentences))]);

      entry = lk_log_entry_new (date);
      lk_log_entry_set_identity (entry, 0, uuid, "2026-01-02T08:00:00Z", "2026-01-02T08:00:00Z");
      lk_log_entry_set_title (entry, title);
      lk_log_entry_set_body (entry, body->str);
      lk_log_entry_set_template (entry, "evaluation");
      lk_log_entry_set_tags (entry, tags);
      if (i % 4 == 0)
        lk_log_entry_set_goals (entry, goal);
      if (!lk_store_put_log_entry (store, entry, error))
        {
          lk_store_rollback (store);
          return FALSE;
        }
    }

  return lk_store_commit (store, error);
}


/* A plan of 10,000 goals: 5 priority areas, then 5, 4, 5, 4 and about 3.7
 * goals below each goal, level by level; three KPIs each with two years
 * of tertial values; 1,000 benefits */
static const char *goal_words[] = {
  "Flere mestrer eget liv", "Trygge tjenester", "Nærvær i alle team", "Økonomi i balanse",
  "Tidlig innsats for barn", "Levende lokalsamfunn", "Færre avvik", "Bedre brukertilfredshet",
};

static gboolean
generate_masterplan (LkStore  *store,
                     GRand    *rand,
                     GError  **error)
{
  g_autoptr(LkKommuneplan) plan = lk_kommuneplan_new ("Kommuneplanens samfunnsdel 2024–2036", 2024, 2036);
  g_autoptr(GPtrArray) level = g_ptr_array_new_with_free_func (g_object_unref);
  const guint per[] = { 5, 5, 4, 5, 4, 0 };
  guint total = 0;

  g_free (plan->uuid);
  plan->uuid = random_uuid (rand);
  plan->updated = g_strdup ("2026-01-02T08:00:00Z");
  if (!lk_store_begin (store, error) || !lk_store_put_kommuneplan (store, plan, error))
    goto failed;
  for (guint l = 0; l <= 5; l++)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_object_unref);
      guint parents = l == 0 ? 1 : level->len;

      for (guint p = 0; p < parents; p++)
        {
          LkGoal *parent = l == 0 ? NULL : g_ptr_array_index (level, p);
          /* Level 5: spread 7,375 personal goals over the 2,000 level 4 goals */
          guint n = l == 0 ? per[0] : l < 5 ? per[l] : (p * 7375) / parents < ((p + 1) * 7375) / parents
                    ? ((p + 1) * 7375) / parents - (p * 7375) / parents : 0;

          for (guint i = 0; i < n; i++)
            {
              g_autofree char *title = g_strdup_printf ("%s %u.%u", goal_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (goal_words))], l, total + 1);
              LkGoal *goal = lk_goal_new (title, l, parent ? parent->uuid : NULL);

              g_free (goal->uuid);
              goal->uuid = random_uuid (rand);
              goal->position = i;
              goal->perspective = 1 + g_rand_int_range (rand, 0, 4);
              goal->first_year = 2025;
              goal->last_year = 2026;
              goal->created = g_strdup ("2026-01-02T08:00:00Z");
              goal->updated = g_strdup ("2026-01-02T08:00:00Z");
              if (l == 0)
                goal->plan_uuid = g_strdup (plan->uuid);
              for (guint k = 0; l > 0 && k < 3; k++)
                {
                  g_autoptr(LkKpi) kpi = lk_kpi_new (k == 0 ? "Nærvær" : k == 1 ? "Brukertilfredshet" : "Overtid");

                  g_free (kpi->uuid);
                  kpi->uuid = random_uuid (rand);
                  kpi->direction = k == 2 ? LK_KPI_LOWER_IS_BETTER : LK_KPI_HIGHER_IS_BETTER;
                  kpi->baseline = k == 2 ? 300 : 80;
                  kpi->baseline_year = 2025;
                  kpi->target = k == 2 ? 200 : 95;
                  kpi->target_year = 2026;
                  for (int y = 2025; y <= 2026; y++)
                    for (int t = 1; t <= 3; t++)
                      lk_kpi_set_value (kpi, y, t, lk_kpi_expected (kpi, y, t) + g_rand_double_range (rand, -6, 4));
                  g_ptr_array_add (goal->kpis, g_object_ref (kpi));
                }
              if (!lk_store_put_goal (store, goal, error))
                goto failed;
              if (l > 0 && total % 10 == 0)
                {
                  g_autoptr(LkBenefit) b = lk_benefit_new (goal->uuid, NULL);

                  g_free (b->uuid);
                  b->uuid = random_uuid (rand);
                  b->fte[LK_BENEFIT_IDENTIFIED] = g_rand_double_range (rand, 0, 2);
                  b->fte[LK_BENEFIT_REALISED] = b->fte[LK_BENEFIT_IDENTIFIED] / 2;
                  b->updated = g_strdup ("2026-01-02T08:00:00Z");
                  if (!lk_store_put_benefit (store, b, error))
                    goto failed;
                }
              if (l > 0)
                total++;
              g_ptr_array_add (next, goal);
            }
        }
      g_ptr_array_set_size (level, 0);
      g_ptr_array_extend_and_steal (level, g_steal_pointer (&next));
    }

  return lk_store_commit (store, error);

failed:
  lk_store_rollback (store);
  return FALSE;
}

static const char *hazards[] = {
  "Feil legemiddel gis til bruker", "Dose ikke gitt", "Legemidler oppbevares ulåst",
  "Personopplysninger på avveie", "Fall i trapp", "Svake passord", "Vold mot ansatt",
  "Brann i bygget",
};

/* 50 assessments of 20 risks, each with a bowtie, and 400 deviations */
static gboolean
generate_risk (LkStore  *store,
               GRand    *rand,
               GError  **error)
{
  if (!lk_store_begin (store, error))
    return FALSE;
  for (guint a_i = 0; a_i < 50; a_i++)
    {
      g_autofree char *title = g_strdup_printf ("Risikovurdering %u: %s", a_i + 1,
                                                units[a_i % G_N_ELEMENTS (units)]);
      g_autofree char *date = lk_date_add_days (TODAY, -(int)a_i * 7);
      g_autoptr(LkRiskAssessment) a = lk_risk_assessment_new (title, date);

      g_free (a->uuid);
      a->uuid = random_uuid (rand);
      a->created = g_strdup ("2026-01-02T08:00:00Z");
      a->updated = g_strdup ("2026-01-02T08:00:00Z");
      g_ptr_array_add (a->screening, lk_screening_topic_new ("Legemidler", LK_4V_VIKTIG | LK_4V_VANLIG));
      for (guint r_i = 0; r_i < 20; r_i++)
        {
          LkRisk *risk = lk_risk_new (hazards[g_rand_int_range (rand, 0, G_N_ELEMENTS (hazards))]);
          guint p = g_rand_int_range (rand, 1, 6), c = g_rand_int_range (rand, 1, 6);

          g_free (risk->uuid);
          risk->uuid = random_uuid (rand);
          lk_risk_set_before (risk, p, c, 5);
          risk->enough = r_i % 3 == 0;
          if (r_i % 2 == 0)
            {
              lk_risk_set_after (risk, MAX (1, (int)p - 2), c, 5);
              risk->follow_up = lk_date_add_days (TODAY, 90);
            }
          for (guint b = 0; b < 2; b++)
            {
              LkBowtieItem *cause = lk_bowtie_item_new ("Travelt på vakt og mange nye vikarer");
              LkBowtieItem *consequence = lk_bowtie_item_new ("Bruker får feil medisin");

              g_ptr_array_add (cause->barriers, lk_barrier_new ("Dobbeltkontroll"));
              g_ptr_array_add (cause->barriers, lk_barrier_new ("Opplæring"));
              g_ptr_array_add (consequence->barriers, lk_barrier_new ("Legevakt varsles"));
              g_ptr_array_add (risk->bowtie_causes, cause);
              g_ptr_array_add (risk->bowtie_consequences, consequence);
            }
          g_ptr_array_add (a->risks, risk);
        }
      if (!lk_store_put_risk_assessment (store, a, error))
        goto failed;
    }

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *date = lk_date_add_days (TODAY, -(int)g_rand_int_range (rand, 0, 365));
      g_autoptr(LkDeviation) d = lk_deviation_new (date, sentences[i % G_N_ELEMENTS (sentences)]);

      d->cause = i % 3;
      d->severity = 1 + i % 3;
      d->status = i % 3;
      if (!lk_store_put_deviation (store, d, error))
        goto failed;
    }

  return lk_store_commit (store, error);

failed:
  lk_store_rollback (store);
  return FALSE;
}

/* 100 analyses of about 20 causes, and one of 300 on three levels */
static gboolean
generate_fishbones (LkStore  *store,
                    GRand    *rand,
                    GError  **error)
{
  if (!lk_store_begin (store, error))
    return FALSE;
  for (guint f = 0; f < 100; f++)
    {
      g_autofree char *date = lk_date_add_days (TODAY, -(int)f * 5);
      g_autoptr(LkFishbone) fb = lk_fishbone_new (NULL, date, f % 3);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (fb->categories));
      guint causes = f == 0 ? 300 : 20, made = 0;

      g_free (fb->problem);
      fb->problem = g_strdup (f == 0 ? "Hva hindrer enheten i å lykkes fullt ut med Lean kontinuerlig forbedring?"
                                     : sentences[f % G_N_ELEMENTS (sentences)]);
      g_free (fb->uuid);
      fb->uuid = random_uuid (rand);
      fb->created = g_strdup ("2026-01-02T08:00:00Z");
      fb->updated = g_strdup ("2026-01-02T08:00:00Z");
      /* Causes, each with why? asked twice more now and then */
      for (guint i = 0; made < causes; i++)
        {
          g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (fb->categories), i % n);
          LkCause *cause = lk_fishbone_add_after (fb, category, hazards[g_rand_int_range (rand, 0, G_N_ELEMENTS (hazards))]);

          lk_fishbone_indent (fb, cause);   /* under its category */
          made++;
          for (LkCause *parent = cause; made < causes && g_rand_boolean (rand) &&
               lk_cause_get_depth (parent) < 3; made++)
            {
              LkCause *why = lk_fishbone_add_after (fb, parent, objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))]);

              lk_fishbone_indent (fb, why);     /* a level deeper */
              parent = why;
            }
          cause->votes = g_rand_int_range (rand, 0, 6);
        }
      if (!lk_store_put_fishbone (store, fb, error))
        goto failed;
    }

  return lk_store_commit (store, error);

failed:
  lk_store_rollback (store);
  return FALSE;
}

/* 50 units × 3 rounds, every third with answers 1–5, each with the three
 * comparison sets */
static gboolean
generate_ten_factor (LkStore  *store,
                     GRand    *rand,
                     GError  **error)
{
  if (!lk_store_begin (store, error))
    return FALSE;
  for (guint u = 0; u < 50; u++)
    for (guint y = 0; y < 3; y++)
      {
        g_autofree char *unit = g_strdup_printf ("%s %u", units[u % G_N_ELEMENTS (units)], u);
        g_autoptr(LkSurveyRound) round = lk_survey_round_new (2021 + 2 * y, unit);

        round->invited = g_rand_int_range (rand, 8, 120);
        round->respondents = g_rand_int_range (rand, 3, round->invited + 1);
        for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
          {
            round->results[f].mean = g_rand_double_range (rand, 3.2, 4.8);
            for (guint a = 0; (u + y) % 3 == 0 && a < 5; a++)
              round->results[f].counts[a] = g_rand_int_range (rand, 0, round->respondents);
          }
        for (guint k = 0; k < LK_COMPARISON_N; k++)
          {
            LkSurveyComparison *c = lk_survey_comparison_new (k, "Sammenligning", round->year);

            for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
              c->means[f] = g_rand_double_range (rand, 3.5, 4.7);
            g_ptr_array_add (round->comparisons, c);
          }
        if (!lk_store_put_survey_round (store, round, error))
          {
            lk_store_rollback (store);
            return FALSE;
          }
      }

  return lk_store_commit (store, error);
}

/* 200 ROS-samtaler: four a year over three years with each of a dozen
 * leaders, held ones with a brief of the size a real one has */
static gboolean
generate_conversations (LkStore  *store,
                        GRand    *rand,
                        GError  **error)
{
  static const char *months[] = { "01-25", "05-20", "09-22", "11-30" };

  if (!lk_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *with = g_strdup_printf ("%s %s", names[i % G_N_ELEMENTS (names)],
                                               surnames[(i / G_N_ELEMENTS (names)) % G_N_ELEMENTS (surnames)]);
      g_autofree char *date = g_strdup_printf ("%d-%s", 2024 + (int) (i / 70), months[i % 4]);
      g_autoptr(LkConversation) c = lk_conversation_new (with, date);

      g_free (c->unit);
      c->unit = g_strdup (i % 4 == 0 ? "Hjemmetjenesten Nord" : units[i % G_N_ELEMENTS (units)]);
      c->budget = g_rand_double_range (rand, 1e7, 9e7);
      c->forecast = c->budget * g_rand_double_range (rand, 0.95, 1.05);
      c->texts[LK_TOPIC_QUALITY] = g_strdup (sentences[i % G_N_ELEMENTS (sentences)]);
      c->notes[LK_TOPIC_BUDGET] = g_strdup (sentences[(i + 3) % G_N_ELEMENTS (sentences)]);
      if (strcmp (date, TODAY) < 0)
        {
          c->status = LK_CONVERSATION_HELD;
          c->prepared = g_strdup ("2026-01-01T08:00:00Z");
          c->held = g_strdup ("2026-01-02T08:00:00Z");
          for (guint k = 0; k < 120; k++)
            {
              LkBriefItem *item = lk_brief_item_new (k % LK_TOPIC_N, k % 4 == 0 ? LK_BRIEF_KPI : LK_BRIEF_MEASURE,
                                                     objects[k % G_N_ELEMENTS (objects)]);

              item->grade = g_rand_int_range (rand, 0, 4);
              item->v[0] = g_rand_double_range (rand, 0, 100);
              item->ref = random_uuid (rand);
              item->area = g_strdup ("masterplan");
              g_ptr_array_add (c->brief, item);
            }
        }
      if (!lk_store_put_conversation (store, c, error))
        {
          lk_store_rollback (store);
          return FALSE;
        }
    }

  return lk_store_commit (store, error);
}

/**
 * lk_bench_generate:
 *
 * Writes the large database the figures are taken on: @n_measures tiltak,
 * @n_entries learning-log entries and, for every area, a municipality's
 * worth of items; the same each time (a fixed seed).
 */
int
lk_bench_generate (const char *path,
                   guint       n_measures,
                   guint       n_entries)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  gint64 start = g_get_monotonic_time ();

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
    }

  if (!(store = lk_store_open (path, &error)) || !lk_store_begin (store, &error))
    goto failed;

  lk_store_set_setting (store, "user-name", "Kari Nordmann", NULL);
  lk_store_set_setting (store, "user-role", "Enhetsleder", NULL);
  lk_store_set_setting (store, "user-unit", "Hjemmetjenesten Nord", NULL);

  for (guint i = 0; i < n_measures; i++)
    {
      g_autofree char *title = g_strdup_printf ("%s %s %s",
                                                verbs[g_rand_int_range (rand, 0, G_N_ELEMENTS (verbs))],
                                                objects[g_rand_int_range (rand, 0, G_N_ELEMENTS (objects))],
                                                units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))]);
      g_autofree char *owner = g_strdup_printf ("%s %s",
                                                names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                                surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))]);
      g_autofree char *uuid = random_uuid (rand);
      g_autofree char *source_uuid = random_uuid (rand);
      g_autofree char *deadline = lk_date_add_days (TODAY, g_rand_int_range (rand, -200, 400));
      g_autoptr(LkMeasure) m = lk_measure_new (title);
      LkSourceKind kind = g_rand_int_range (rand, 0, LK_SOURCE_N);

      lk_measure_set_identity (m, 0, uuid, "2026-01-02T08:00:00Z", "2026-03-04T09:00:00Z");
      lk_measure_set_owner (m, owner);
      lk_measure_set_description (m, "Beskrivelse av tiltaket, med bakgrunn, hva som skal gjøres "
                                     "og hvordan vi vet at det virker.");
      if (g_rand_int_range (rand, 0, 10) > 0)
        lk_measure_set_deadline (m, deadline);
      lk_measure_set_status (m, g_rand_int_range (rand, 0, LK_MEASURE_STATUS_N));
      lk_measure_set_source (m, kind, kind != LK_SOURCE_NONE ? source_uuid : NULL,
                             kind != LK_SOURCE_NONE ? "Kilde" : NULL);

      if (!lk_store_put_measure (store, m, &error))
        goto failed;
    }

  if (!lk_store_commit (store, &error))
    goto failed;

  if (!generate_jeg_plan (store, rand, n_entries, &error) || !generate_risk (store, rand, &error) ||
      !generate_fishbones (store, rand, &error) || !generate_masterplan (store, rand, &error) ||
      !generate_ten_factor (store, rand, &error) || !generate_conversations (store, rand, &error))
    goto failed;

  g_print ("generated %s: %u measures, %u log entries, 1000 risks in 50 assessments, "
           "400 deviations, 100 fishbone analyses, 10000 goals, 150 survey rounds, 200 conversations in %.0f ms\n", path, n_measures,
           n_entries, (g_get_monotonic_time () - start) / 1000.0);
  return 0;

failed:
  g_printerr ("lederkompass-bench: %s\n", error ? error->message : "failed");
  return 1;
}
