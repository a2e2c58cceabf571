/* test-masterplan.c: the goal tree's rules, KPI status and trend, roll-up,
 * benefits, and the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

typedef LkTestFixture Fixture;

static char *
save_plan (LkStore *store)
{
  g_autoptr(LkKommuneplan) plan = lk_kommuneplan_new ("Kommuneplanen 2024–2036", 2024, 2036);
  g_autoptr(GError) error = NULL;

  g_assert_true (lk_store_save_kommuneplan (store, plan, &error));
  g_assert_no_error (error);

  return g_strdup (plan->uuid);
}

static LkGoal *
save_goal (LkStore    *store,
           const char *title,
           guint       level,
           const char *parent)
{
  g_autoptr(GError) error = NULL;
  LkGoal *goal = lk_goal_new (title, level, level > 0 ? parent : NULL);

  if (level == 0)
    goal->plan_uuid = g_strdup (parent);
  goal->first_year = 2025;
  goal->last_year = 2026;
  g_assert_true (lk_store_save_goal (store, goal, &error));
  g_assert_no_error (error);

  return goal;
}

static gint64
count (LkStore    *store,
       const char *sql)
{
  gint64 n = -1;

  g_assert_true (lk_store_query_int (store, sql, &n, NULL));

  return n;
}

static LkKpi *
kpi_higher (double baseline,
            double target)
{
  LkKpi *kpi = lk_kpi_new ("Nærvær");

  kpi->unit_kind = LK_KPI_UNIT_PERCENT;
  kpi->baseline = baseline;
  kpi->baseline_year = 2024;
  kpi->target = target;
  kpi->target_year = 2026;
  kpi->share = FALSE;
  kpi->yellow = 0.5;
  kpi->red = 2;

  return kpi;
}

/* A goal hangs exactly one level below its parent; a priority area under a
 * kommuneplan; anything else is refused with a reason, the store unchanged */
static void
test_levels (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) area = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) l1 = save_goal (f->store, "Flere i aktivitet", 1, area->uuid);
  g_autoptr(LkGoal) l2 = save_goal (f->store, "Helsefremmende tjenester", 2, l1->uuid);
  g_autoptr(LkGoal) wrong = lk_goal_new ("Feil nivå", 3, l1->uuid);
  g_autoptr(LkGoal) orphan = lk_goal_new ("Foreldreløs", 1, "3b8c6f39-5a77-4f1e-9a8e-0a7f1d2c3b4a");
  g_autoptr(LkGoal) no_parent = lk_goal_new ("Uten forelder", 2, NULL);
  g_autoptr(LkGoal) area_under = lk_goal_new ("Område under mål", 1, l1->uuid);
  g_autoptr(GError) error = NULL;
  gint64 before = count (f->store, "SELECT count(*) FROM goals");

  g_assert_cmpint (before, ==, 3);
  g_assert_false (lk_store_save_goal (f->store, wrong, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "level 3"));
  g_assert_nonnull (strstr (error->message, "level 2"));
  g_clear_error (&error);
  g_assert_false (lk_store_save_goal (f->store, orphan, &error));
  g_assert_nonnull (strstr (error->message, "priority area"));
  g_clear_error (&error);
  g_assert_false (lk_store_save_goal (f->store, no_parent, &error));
  g_clear_error (&error);
  /* Level 1 under a level 1 goal */
  g_assert_false (lk_store_save_goal (f->store, area_under, &error));
  g_clear_error (&error);
  /* A goal with subgoals keeps its level */
  l1->level = 2;
  g_free (l1->parent_uuid);
  l1->parent_uuid = g_strdup (l1->uuid);
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_clear_error (&error);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goals"), ==, before);
  g_assert_cmpint (count (f->store, "SELECT level FROM goals WHERE title = 'Flere i aktivitet'"), ==, 1);

  /* Manual status needs its reason */
  l2->manual = TRUE;
  l2->manual_status = LK_GOAL_STATUS_YELLOW;
  g_assert_false (lk_store_save_goal (f->store, l2, &error));
  g_assert_nonnull (strstr (error->message, "why"));
  g_clear_error (&error);
  g_free (l2->status_reason);
  l2->status_reason = g_strdup ("Ny leder fra høsten");
  g_assert_true (lk_store_save_goal (f->store, l2, &error));
  g_assert_no_error (error);
}

/* Support links: never to itself, never round (through parents or other
 * supports), never to its own line above */
static void
test_supports (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) a = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) b = save_goal (f->store, "Attraktive lokalsamfunn", 0, plan);
  g_autoptr(LkGoal) a1 = save_goal (f->store, "Flere i aktivitet", 1, a->uuid);
  g_autoptr(LkGoal) a2 = save_goal (f->store, "Friluftsliv for alle", 2, a1->uuid);
  g_autoptr(LkGoal) b1 = save_goal (f->store, "Levende sentrum", 1, b->uuid);
  g_autoptr(LkGoal) b2 = save_goal (f->store, "Trygge møteplasser", 2, b1->uuid);
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(GPtrArray) supporters = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (a2->supports, g_strdup (a2->uuid));
  g_assert_false (lk_goal_validate (a2, &error));
  g_assert_nonnull (strstr (error->message, "itself"));
  g_clear_error (&error);
  g_ptr_array_set_size (a2->supports, 0);

  /* Across the tree: fine */
  g_ptr_array_add (a2->supports, g_strdup (b1->uuid));
  g_assert_true (lk_store_save_goal (f->store, a2, &error));
  g_assert_no_error (error);

  /* b1 → a2 would close a circle (a2 already supports b1) */
  g_ptr_array_add (b1->supports, g_strdup (a2->uuid));
  g_assert_false (lk_store_save_goal (f->store, b1, &error));
  g_assert_nonnull (strstr (error->message, "circle"));
  g_clear_error (&error);
  g_ptr_array_set_size (b1->supports, 0);

  /* b2's parent b1 is supported by a2; b2 → a1 → … is fine, but a goal
   * supporting its own subgoal is a circle */
  g_ptr_array_add (b1->supports, g_strdup (b2->uuid));
  g_assert_false (lk_store_save_goal (f->store, b1, &error));
  g_clear_error (&error);
  g_ptr_array_set_size (b1->supports, 0);

  /* … and one supporting its own parent says nothing new */
  g_ptr_array_add (b2->supports, g_strdup (b1->uuid));
  g_assert_false (lk_store_save_goal (f->store, b2, &error));
  g_assert_nonnull (strstr (error->message, "already serves"));
  g_clear_error (&error);
  g_ptr_array_set_size (b2->supports, 0);

  /* A priority area is not a goal to support */
  g_ptr_array_add (b2->supports, g_strdup (a->uuid));
  g_assert_false (lk_store_save_goal (f->store, b2, &error));
  g_clear_error (&error);

  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goal_supports"), ==, 1);
  mp = lk_store_load_masterplan (f->store, &error);
  g_assert_no_error (error);
  supporters = lk_masterplan_supporters (mp, lk_masterplan_find (mp, b1->uuid));
  g_assert_cmpuint (supporters->len, ==, 1);
  g_assert_cmpstr (((LkGoal *) supporters->pdata[0])->title, ==, "Friluftsliv for alle");
}

/* The expected path, linear and in steps */
static void
test_kpi_path (void)
{
  g_autoptr(LkKpi) kpi = kpi_higher (88, 94);

  /* Baseline at the end of 2024, target at the end of 2026: six tertials */
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2024, 3), 88, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 1), 89, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 3), 91, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2026, 3), 94, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2030, 2), 94, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2020, 1), 88, 1e-9);
  kpi->path = LK_KPI_PATH_STEPS;
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 1), 88, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 2), 88, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 3), 91, 1e-9);
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2026, 1), 91, 1e-9);
  /* No baseline: the target throughout; no target: nothing to expect */
  kpi->baseline = NAN;
  g_assert_cmpfloat_with_epsilon (lk_kpi_expected (kpi, 2025, 1), 94, 1e-9);
  kpi->target = NAN;
  g_assert_true (isnan (lk_kpi_expected (kpi, 2025, 1)));
}

/* Status from the latest value against the path and the thresholds, each
 * direction; no value (or an old one) is "no data", never green */
static void
test_kpi_status (void)
{
  g_autoptr(LkKpi) up = kpi_higher (88, 94);
  g_autoptr(LkKpi) down = lk_kpi_new ("Sykefravær");
  g_autoptr(LkKpi) band = lk_kpi_new ("Overtid per måned");
  g_autoptr(LkKpi) no_target = lk_kpi_new ("Antall forbedringsforslag");

  g_assert_cmpint (lk_kpi_status (up, 2026, 2), ==, LK_GOAL_STATUS_NO_DATA);
  lk_kpi_set_value (up, 2026, 1, 92.0);   /* expected 92 */
  g_assert_cmpint (lk_kpi_status (up, 2026, 1), ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpint (lk_kpi_status_of (up, 91.6, 2026, 1), ==, LK_GOAL_STATUS_GREEN);  /* within 0.5 */
  g_assert_cmpint (lk_kpi_status_of (up, 91.0, 2026, 1), ==, LK_GOAL_STATUS_YELLOW);
  g_assert_cmpint (lk_kpi_status_of (up, 90.0, 2026, 1), ==, LK_GOAL_STATUS_YELLOW);  /* exactly 2 */
  g_assert_cmpint (lk_kpi_status_of (up, 89.9, 2026, 1), ==, LK_GOAL_STATUS_RED);
  g_assert_cmpint (lk_kpi_status_of (up, 99.0, 2026, 1), ==, LK_GOAL_STATUS_GREEN);   /* ahead */
  /* The latest value counts for a year, then it is too old */
  g_assert_cmpint (lk_kpi_status (up, 2026, 3), ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpint (lk_kpi_status (up, 2027, 1), ==, LK_GOAL_STATUS_NO_DATA);
  g_assert_cmpint (lk_kpi_status (up, 2025, 3), ==, LK_GOAL_STATUS_NO_DATA);

  /* Lower is better, thresholds as a share of the target (10 % → 0.6) */
  down->direction = LK_KPI_LOWER_IS_BETTER;
  down->baseline = 8.0;
  down->baseline_year = 2025;
  down->target = 6.0;
  down->target_year = 2026;
  down->share = TRUE;
  down->yellow = 0;
  down->red = 10;
  lk_kpi_set_value (down, 2026, 3, 6.0);
  g_assert_cmpint (lk_kpi_status (down, 2026, 3), ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpint (lk_kpi_status_of (down, 6.3, 2026, 3), ==, LK_GOAL_STATUS_YELLOW);
  g_assert_cmpint (lk_kpi_status_of (down, 6.7, 2026, 3), ==, LK_GOAL_STATUS_RED);
  g_assert_cmpint (lk_kpi_status_of (down, 5.0, 2026, 3), ==, LK_GOAL_STATUS_GREEN);

  /* Keep within a band: the distance outside it */
  band->direction = LK_KPI_KEEP_WITHIN;
  band->band_low = 10;
  band->band_high = 20;
  band->share = FALSE;
  band->yellow = 0;
  band->red = 5;
  g_assert_true (lk_kpi_validate (band, NULL));
  g_assert_cmpint (lk_kpi_status_of (band, 15, 2026, 1), ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpint (lk_kpi_status_of (band, 10, 2026, 1), ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpint (lk_kpi_status_of (band, 23, 2026, 1), ==, LK_GOAL_STATUS_YELLOW);
  g_assert_cmpint (lk_kpi_status_of (band, 4, 2026, 1), ==, LK_GOAL_STATUS_RED);
  band->band_high = NAN;
  g_assert_false (lk_kpi_validate (band, NULL));

  /* Values but nothing to measure them against */
  lk_kpi_set_value (no_target, 2026, 1, 12);
  g_assert_cmpint (lk_kpi_status (no_target, 2026, 1), ==, LK_GOAL_STATUS_NO_DATA);
}

/* Trend against the previous tertial and the same tertial last year, in
 * the KPI's own direction */
static void
test_kpi_trend (void)
{
  g_autoptr(LkKpi) up = kpi_higher (88, 94);
  g_autoptr(LkKpi) band = lk_kpi_new ("Overtid");

  lk_kpi_set_value (up, 2025, 2, 90);
  lk_kpi_set_value (up, 2025, 3, 89);
  lk_kpi_set_value (up, 2026, 1, 91);
  lk_kpi_set_value (up, 2026, 2, 91);
  g_assert_cmpint (lk_kpi_trend (up, 2026, 2, FALSE), ==, LK_TREND_SAME);
  g_assert_cmpint (lk_kpi_trend (up, 2026, 2, TRUE), ==, LK_TREND_BETTER);
  g_assert_cmpint (lk_kpi_trend (up, 2026, 1, FALSE), ==, LK_TREND_BETTER);  /* over the new year */
  g_assert_cmpint (lk_kpi_trend (up, 2025, 3, FALSE), ==, LK_TREND_WORSE);
  g_assert_cmpint (lk_kpi_trend (up, 2025, 2, FALSE), ==, LK_TREND_UNKNOWN);
  g_assert_cmpint (lk_kpi_trend (up, 2026, 1, TRUE), ==, LK_TREND_UNKNOWN);

  up->direction = LK_KPI_LOWER_IS_BETTER;
  g_assert_cmpint (lk_kpi_trend (up, 2026, 2, TRUE), ==, LK_TREND_WORSE);

  band->direction = LK_KPI_KEEP_WITHIN;
  band->band_low = 10;
  band->band_high = 20;
  lk_kpi_set_value (band, 2026, 1, 30);
  lk_kpi_set_value (band, 2026, 2, 12);
  lk_kpi_set_value (band, 2026, 3, 18);
  g_assert_cmpint (lk_kpi_trend (band, 2026, 2, FALSE), ==, LK_TREND_BETTER);
  g_assert_cmpint (lk_kpi_trend (band, 2026, 3, FALSE), ==, LK_TREND_SAME);  /* both inside */
}

static LkGoal *
tree_goal (LkGoal     *parent,
           const char *title)
{
  LkGoal *goal = lk_goal_new (title, parent ? parent->level + 1 : 0, parent ? parent->uuid : NULL);

  goal->first_year = 2026;
  goal->last_year = 2026;
  if (parent)
    {
      goal->parent = parent;
      g_ptr_array_add (parent->children, g_object_ref (goal));
      g_object_unref (goal);
    }

  return goal;
}

static void
add_kpi (LkGoal *goal,
         double  value)
{
  g_autoptr(LkKpi) kpi = kpi_higher (88, 94);

  lk_kpi_set_value (kpi, 2026, 2, value);
  g_ptr_array_add (goal->kpis, g_object_ref (kpi));
}

/* The roll-up rule of HACKING.md: a goal's own KPIs count by the worst,
 * its children by share; manual status wins and is kept apart */
static void
test_roll_up (void)
{
  g_autoptr(LkMasterplan) mp = lk_masterplan_new ();
  g_autoptr(LkGoal) area = tree_goal (NULL, "Folkehelse");
  LkGoal *top = tree_goal (area, "Nivå 1");
  LkGoal *kids[6];
  g_autoptr(LkBenefit) b1 = lk_benefit_new ("x", NULL);
  g_autoptr(LkBenefit) b2 = lk_benefit_new ("y", NULL);

  g_list_store_append (mp->areas, area);
  for (guint i = 0; i < 6; i++)
    kids[i] = tree_goal (top, "Nivå 2");

  /* Nothing measured: no data all the way up, never green */
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpint (area->status, ==, LK_GOAL_STATUS_NO_DATA);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_NO_DATA], ==, 6);

  /* Five green, one red: one in six is under a third, so green */
  for (guint i = 0; i < 5; i++)
    add_kpi (kids[i], 92.5);
  add_kpi (kids[5], 80);
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpint (kids[5]->status, ==, LK_GOAL_STATUS_RED);
  g_assert_cmpint (top->status, ==, LK_GOAL_STATUS_GREEN);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_GREEN], ==, 5);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_RED], ==, 1);
  g_assert_cmpint (area->status, ==, LK_GOAL_STATUS_GREEN);

  /* A second red makes a third: yellow; three of six (half): red */
  add_kpi (kids[4], 70);  /* kids[4]'s worst KPI */
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpint (kids[4]->status, ==, LK_GOAL_STATUS_RED);
  g_assert_cmpint (top->status, ==, LK_GOAL_STATUS_YELLOW);
  add_kpi (kids[3], 70);
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpint (top->status, ==, LK_GOAL_STATUS_RED);
  g_ptr_array_remove_index (kids[3]->kpis, 1);

  /* One yellow and one red of six: a third behind, still yellow */
  kids[4]->manual = TRUE;
  kids[4]->manual_status = LK_GOAL_STATUS_YELLOW;
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpint (kids[4]->derived, ==, LK_GOAL_STATUS_RED);
  g_assert_cmpint (kids[4]->status, ==, LK_GOAL_STATUS_YELLOW);
  g_assert_cmpint (top->status, ==, LK_GOAL_STATUS_YELLOW);

  /* The goal's own KPI, red, wins over green children */
  kids[4]->manual = FALSE;
  kids[4]->archived = TRUE;
  kids[5]->archived = TRUE;
  add_kpi (top, 80);
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_GREEN], ==, 4);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_RED], ==, 0);
  g_assert_cmpint (top->status, ==, LK_GOAL_STATUS_RED);

  /* Benefits add up the tree */
  b1->fte[LK_BENEFIT_IDENTIFIED] = 20;
  b1->fte[LK_BENEFIT_REALISED] = 12.5;
  b2->fte[LK_BENEFIT_IDENTIFIED] = 13;
  b2->fte[LK_BENEFIT_REALISED] = 9;
  b2->nok[LK_BENEFIT_REALISED] = 250000;
  g_ptr_array_add (kids[0]->benefits, g_object_ref (b1));
  g_ptr_array_add (top->benefits, g_object_ref (b2));
  lk_masterplan_roll_up (mp, 2026, 2);
  g_assert_cmpfloat_with_epsilon (area->totals.fte[LK_BENEFIT_IDENTIFIED], 33, 1e-9);
  g_assert_cmpfloat_with_epsilon (area->totals.fte[LK_BENEFIT_REALISED], 21.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (area->totals.nok[LK_BENEFIT_REALISED], 250000, 1e-9);
  g_assert_cmpfloat_with_epsilon (kids[0]->totals.fte[LK_BENEFIT_IDENTIFIED], 20, 1e-9);

  /* Goals of another year do not count */
  lk_masterplan_roll_up (mp, 2027, 1);
  g_assert_cmpuint (top->counts[LK_GOAL_STATUS_GREEN] + top->counts[LK_GOAL_STATUS_NO_DATA], ==, 0);
}

/* Saved and loaded again: KPIs with values, benefits (a tiltak's for its
 * goal), the line of sight */
static void
test_store_round_trip (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) area = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) l1 = save_goal (f->store, "Flere i aktivitet", 1, area->uuid);
  g_autoptr(LkGoal) l2 = save_goal (f->store, "Helsefremmende tjenester", 2, l1->uuid);
  g_autoptr(LkKpi) kpi = kpi_higher (88, 94);
  g_autoptr(LkBenefit) own = lk_benefit_new (l2->uuid, NULL);
  g_autoptr(LkBenefit) via = NULL;
  g_autoptr(LkMeasure) measure = lk_measure_new ("Aktivitetsvenn for eldre");
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(GPtrArray) path = NULL;
  g_autoptr(GError) error = NULL;
  LkGoal *loaded;
  LkKpi *loaded_kpi;

  lk_kpi_set_value (kpi, 2025, 3, 90.5);
  lk_kpi_set_value (kpi, 2026, 1, 91);
  g_ptr_array_add (l2->kpis, g_object_ref (kpi));
  l2->smart = LK_SMART_SPECIFIC | LK_SMART_TIMED;
  l2->perspective = LK_PERSPECTIVE_SERVICES;
  g_assert_true (lk_store_save_goal (f->store, l2, &error));
  g_assert_no_error (error);

  own->fte[LK_BENEFIT_PLANNED] = 2;
  g_assert_true (lk_store_save_benefit (f->store, own, &error));
  lk_measure_set_source (measure, LK_SOURCE_GOAL, l2->uuid, l2->title);
  g_assert_true (lk_store_save_measure (f->store, measure, &error));
  g_assert_no_error (error);
  via = lk_benefit_new (NULL, lk_measure_get_uuid (measure));
  via->nok[LK_BENEFIT_REALISED] = 120000;
  g_assert_true (lk_store_save_benefit (f->store, via, &error));
  g_assert_no_error (error);

  mp = lk_store_load_masterplan (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mp->n_goals, ==, 2);
  loaded = lk_masterplan_find (mp, l2->uuid);
  g_assert_nonnull (loaded);
  g_assert_cmpint (loaded->perspective, ==, LK_PERSPECTIVE_SERVICES);
  g_assert_cmpuint (lk_goal_count_smart (loaded), ==, 2);
  g_assert_cmpuint (loaded->kpis->len, ==, 1);
  loaded_kpi = g_object_ref (g_ptr_array_index (loaded->kpis, 0));
  g_object_unref (loaded_kpi);
  g_assert_cmpuint (loaded_kpi->values->len, ==, 2);
  g_assert_cmpfloat (g_array_index (loaded_kpi->values, LkKpiValue, 0).value, ==, 90.5);
  g_assert_cmpint (g_array_index (loaded_kpi->values, LkKpiValue, 1).tertial, ==, 1);
  g_assert_cmpuint (loaded->benefits->len, ==, 2);

  path = lk_masterplan_path (mp, loaded);
  g_assert_cmpuint (path->len, ==, 3);
  g_assert_cmpstr (((LkGoal *) path->pdata[0])->title, ==, "Folkehelse");

  lk_masterplan_roll_up (mp, 2026, 1);
  g_assert_cmpint (loaded->status, ==, LK_GOAL_STATUS_YELLOW);  /* 91 for 92 */
  g_assert_cmpfloat_with_epsilon (lk_masterplan_find (mp, area->uuid)->totals.nok[LK_BENEFIT_REALISED],
                                  120000, 1e-9);
}

/* Deleting a goal takes its subtree; Undo brings all of it back, links
 * and benefits too */
static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) area = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) l1 = save_goal (f->store, "Flere i aktivitet", 1, area->uuid);
  g_autoptr(LkGoal) l2 = save_goal (f->store, "Helsefremmende tjenester", 2, l1->uuid);
  g_autoptr(LkGoal) other = save_goal (f->store, "Trygge møteplasser", 1, area->uuid);
  g_autoptr(LkGoal) l3 = NULL;
  g_autoptr(LkBenefit) benefit = lk_benefit_new (l2->uuid, NULL);
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(LkMasterplan) again = NULL;
  g_autoptr(LkGoalSubtree) subtree = NULL;
  g_autoptr(GError) error = NULL;

  l3 = lk_goal_new ("Turgrupper", 3, l2->uuid);
  g_ptr_array_add (l3->supports, g_strdup (other->uuid));
  g_assert_true (lk_store_save_goal (f->store, l3, &error));
  g_assert_true (lk_store_save_benefit (f->store, benefit, &error));
  g_assert_no_error (error);

  mp = lk_store_load_masterplan (f->store, &error);
  subtree = lk_goal_subtree_new (mp, lk_masterplan_find (mp, l1->uuid));
  g_assert_cmpuint (subtree->goals->len, ==, 3);

  g_assert_true (lk_store_delete_goal (f->store, l1->uuid, &error));
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goals"), ==, 2);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM benefits"), ==, 0);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goal_supports"), ==, 0);

  g_assert_true (lk_store_restore_goals (f->store, subtree, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goals"), ==, 5);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM benefits"), ==, 1);
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM goal_supports"), ==, 1);
  again = lk_store_load_masterplan (f->store, &error);
  g_assert_cmpuint (again->n_goals, ==, 4);
}

/* "Copy last year's plan": the same goals run on, with their history */
static void
test_copy_year (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) area = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) l1 = save_goal (f->store, "Flere i aktivitet", 1, area->uuid);
  g_autoptr(LkGoal) done = save_goal (f->store, "Ferdig", 1, area->uuid);
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(GError) error = NULL;
  int n = -1;

  done->archived = TRUE;
  g_assert_true (lk_store_save_goal (f->store, done, &error));
  g_assert_true (lk_store_copy_year (f->store, 2026, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpint (n, ==, 1);
  mp = lk_store_load_masterplan (f->store, &error);
  g_assert_true (lk_goal_in_year (lk_masterplan_find (mp, l1->uuid), 2027));
  g_assert_cmpstr (lk_masterplan_find (mp, l1->uuid)->uuid, ==, l1->uuid);
  g_assert_false (lk_goal_in_year (lk_masterplan_find (mp, done->uuid), 2027));
  /* Twice is no more than once */
  g_assert_true (lk_store_copy_year (f->store, 2026, &n, &error));
  g_assert_cmpint (n, ==, 0);
}

/* Bad values are refused whole, and a failing step leaves nothing */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *plan = save_plan (f->store);
  g_autoptr(LkGoal) area = save_goal (f->store, "Folkehelse", 0, plan);
  g_autoptr(LkGoal) l1 = save_goal (f->store, "Flere i aktivitet", 1, area->uuid);
  g_autoptr(LkKpi) kpi = kpi_higher (88, 94);
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (l1->kpis, g_object_ref (kpi));
  kpi->yellow = 5;
  kpi->red = 1;
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_assert_nonnull (strstr (error->message, "Nærvær"));
  g_clear_error (&error);
  kpi->red = 6;
  kpi->target = INFINITY;
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_clear_error (&error);
  kpi->target = 94;
  lk_kpi_set_value (kpi, 2031, 1, 90);
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_assert_nonnull (strstr (error->message, "2031"));
  g_clear_error (&error);
  lk_kpi_unset_value (kpi, 2031, 1);
  lk_kpi_set_value (kpi, 2026, 1, NAN);
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_clear_error (&error);
  lk_kpi_set_value (kpi, 2026, 1, 91);
  g_free (l1->title);
  l1->title = g_strdup ("  ");
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_clear_error (&error);
  g_free (l1->title);
  l1->title = g_strdup ("Flere i aktivitet");
  l1->first_year = 2027;
  l1->last_year = 2026;
  g_assert_false (lk_store_save_goal (f->store, l1, &error));
  g_clear_error (&error);
  l1->last_year = 2027;
  l1->first_year = 2025;
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM kpis"), ==, 0);

  /* Each step of the save fails in turn: all or nothing */
  for (int n = 0; n < 12; n++)
    {
      lk_store_fail_step_after (f->store, n);
      if (lk_store_save_goal (f->store, l1, &error))
        {
          lk_store_fail_step_after (f->store, -1);
          break;
        }
      g_clear_error (&error);
      g_assert_cmpint (count (f->store, "SELECT count(*) FROM kpis"), ==, 0);
      g_assert_cmpint (count (f->store, "SELECT count(*) FROM kpi_values"), ==, 0);
    }
  g_assert_cmpint (count (f->store, "SELECT count(*) FROM kpi_values"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lk_test_add ("/masterplan/levels", test_levels);
  lk_test_add ("/masterplan/supports", test_supports);
  g_test_add_func ("/masterplan/kpi-path", test_kpi_path);
  g_test_add_func ("/masterplan/kpi-status", test_kpi_status);
  g_test_add_func ("/masterplan/kpi-trend", test_kpi_trend);
  g_test_add_func ("/masterplan/roll-up", test_roll_up);
  lk_test_add ("/masterplan/round-trip", test_store_round_trip);
  lk_test_add ("/masterplan/delete-undo", test_delete_undo);
  lk_test_add ("/masterplan/copy-year", test_copy_year);
  lk_test_add ("/masterplan/bad-input", test_bad_input);

  return g_test_run ();
}
