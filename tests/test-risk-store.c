/* test-risk-store.c: risk assessments, bowties and deviations in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-example.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

typedef LkTestFixture Fixture;

static int
count_rows (LkStore    *store,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  int n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (lk_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return n;
}

/* Medication handling in home care, as the handbook's example form */
static LkRiskAssessment *
make_assessment (void)
{
  LkRiskAssessment *a = lk_risk_assessment_new ("Legemiddelhåndtering", "2026-09-14");
  LkScreeningTopic *topic;
  LkBowtieItem *item;
  LkBarrier *barrier;
  LkRisk *risk;

  g_free (a->workplace);
  a->workplace = g_strdup ("Hjemmetjenesten sone nord");
  g_free (a->participants);
  a->participants = g_strdup ("Åse, Per, verneombud");

  topic = lk_screening_topic_new ("Multidose", LK_4V_VIKTIG | LK_4V_VANLIG | LK_4V_VARIASJON);
  topic->chosen = TRUE;
  g_ptr_array_add (a->screening, topic);
  g_ptr_array_add (a->screening, lk_screening_topic_new ("Nøkkelrutiner", LK_4V_VANLIG));

  risk = lk_risk_new ("Feil legemiddel gis til bruker");
  g_free (risk->causes);
  risk->causes = g_strdup ("Multidose ikke kontrollert mot liste");
  g_strfreev (risk->consequence_types);
  risk->consequence_types = g_strsplit ("Mennesker,Omdømme", ",", -1);
  lk_risk_set_before (risk, 4, 5, 5);
  g_free (risk->controls);
  risk->controls = g_strdup ("Dobbeltkontroll ved utdeling");
  risk->enough = 0;
  lk_risk_set_after (risk, 2, 5, 5);
  risk->follow_up = g_strdup ("2027-01-15");
  item = lk_bowtie_item_new ("Travelt vaktskifte");
  barrier = lk_barrier_new ("Fast rapportrutine");
  barrier->measure_uuid = g_strdup ("5f0c1a1e-0000-4000-8000-000000000001");
  g_ptr_array_add (item->barriers, barrier);
  g_ptr_array_add (item->barriers, lk_barrier_new ("Sjekkliste"));
  g_ptr_array_add (risk->bowtie_causes, item);
  item = lk_bowtie_item_new ("Bruker blir syk");
  g_ptr_array_add (item->barriers, lk_barrier_new ("Legevakt varsles"));
  g_ptr_array_add (risk->bowtie_consequences, item);
  g_ptr_array_add (a->risks, risk);

  risk = lk_risk_new ("Legemidler oppbevares ulåst");
  lk_risk_set_before (risk, 3, 3, 5);
  risk->enough = 1;
  g_ptr_array_add (a->risks, risk);

  g_ptr_array_add (a->risks, lk_risk_new ("Utgått legemiddel brukes"));

  return a;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LkRiskAssessment) a = make_assessment ();
  g_autoptr(LkRiskAssessment) b = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  LkRisk *r;
  LkBowtieItem *item;
  LkBarrier *barrier;
  guint p, c;

  g_assert_true (lk_store_save_risk_assessment (f->store, a, &error));
  g_assert_no_error (error);

  b = lk_store_get_risk_assessment (f->store, a->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (b->title, ==, "Legemiddelhåndtering");
  g_assert_cmpstr (b->workplace, ==, "Hjemmetjenesten sone nord");
  g_assert_cmpstr (b->participants, ==, "Åse, Per, verneombud");
  g_assert_cmpstr (b->date, ==, "2026-09-14");
  g_assert_cmpuint (b->matrix.size, ==, 5);
  g_assert_cmpstr (b->matrix.probability_labels[4], ==, a->matrix.probability_labels[4]);
  g_assert_cmpstrv (b->consequence_types, a->consequence_types);

  g_assert_cmpuint (b->screening->len, ==, 2);
  g_assert_cmpstr (((LkScreeningTopic *)b->screening->pdata[0])->topic, ==, "Multidose");
  g_assert_cmpuint (((LkScreeningTopic *)b->screening->pdata[0])->flags, ==,
                    LK_4V_VIKTIG | LK_4V_VANLIG | LK_4V_VARIASJON);
  g_assert_true (((LkScreeningTopic *)b->screening->pdata[0])->chosen);
  g_assert_false (((LkScreeningTopic *)b->screening->pdata[1])->chosen);

  g_assert_cmpuint (b->risks->len, ==, 3);
  r = g_ptr_array_index (b->risks, 0);
  g_assert_cmpstr (r->uuid, ==, ((LkRisk *)a->risks->pdata[0])->uuid);
  g_assert_cmpstr (r->hazard, ==, "Feil legemiddel gis til bruker");
  g_assert_cmpstr (r->causes, ==, "Multidose ikke kontrollert mot liste");
  g_assert_cmpuint (g_strv_length (r->consequence_types), ==, 2);
  g_assert_cmpstr (r->consequence_types[1], ==, "Omdømme");
  g_assert_true (lk_risk_get_before (r, 5, &p, &c));
  g_assert_cmpuint (p, ==, 4);
  g_assert_cmpuint (c, ==, 5);
  g_assert_true (lk_risk_get_after (r, 5, &p, &c));
  g_assert_cmpuint (p, ==, 2);
  g_assert_cmpint (r->enough, ==, 0);
  g_assert_cmpstr (r->controls, ==, "Dobbeltkontroll ved utdeling");
  g_assert_cmpstr (r->follow_up, ==, "2027-01-15");

  g_assert_cmpuint (r->bowtie_causes->len, ==, 1);
  item = g_ptr_array_index (r->bowtie_causes, 0);
  g_assert_cmpstr (item->text, ==, "Travelt vaktskifte");
  g_assert_cmpuint (item->barriers->len, ==, 2);
  barrier = g_ptr_array_index (item->barriers, 0);
  g_assert_cmpstr (barrier->text, ==, "Fast rapportrutine");
  g_assert_cmpstr (barrier->measure_uuid, ==, "5f0c1a1e-0000-4000-8000-000000000001");
  g_assert_cmpstr (((LkBarrier *)item->barriers->pdata[1])->text, ==, "Sjekkliste");
  g_assert_null (((LkBarrier *)item->barriers->pdata[1])->measure_uuid);
  g_assert_cmpuint (r->bowtie_consequences->len, ==, 1);

  /* Not assessed stays not assessed, not zero. */
  r = g_ptr_array_index (b->risks, 2);
  g_assert_false (lk_risk_get_before (r, 5, NULL, NULL));
  g_assert_cmpint (r->enough, ==, -1);
  g_assert_null (r->follow_up);

  /* Saving the form again with a risk removed replaces the rows; the
   * remaining risks keep their uuids. */
  g_ptr_array_remove_index (b->risks, 1);
  g_assert_true (lk_store_save_risk_assessment (f->store, b, &error));
  g_assert_no_error (error);
  all = lk_store_list_risk_assessments (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpuint (((LkRiskAssessment *)all->pdata[0])->risks->len, ==, 2);
  g_assert_cmpstr (((LkRisk *)((LkRiskAssessment *)all->pdata[0])->risks->pdata[1])->uuid, ==,
                   ((LkRisk *)a->risks->pdata[2])->uuid);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM risks"), ==, 2);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM bowtie_barriers"), ==, 3);
}

/* A 5×5 value survives a round through 3×3 in the database. */
static void
test_reconfigure (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LkRiskAssessment) a = make_assessment ();
  g_autoptr(LkRiskAssessment) b = NULL;
  g_autoptr(LkRiskAssessment) c = NULL;
  g_autoptr(GError) error = NULL;
  guint p, k;

  g_assert_true (lk_risk_matrix_resize (&a->matrix, 3));
  /* A cell recoloured by the user is kept with the size. */
  a->matrix.zones[0][2] = LK_ZONE_RED;
  g_assert_true (lk_store_save_risk_assessment (f->store, a, &error));
  g_assert_no_error (error);

  b = lk_store_get_risk_assessment (f->store, a->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->matrix.size, ==, 3);
  g_assert_cmpint (b->matrix.zones[0][2], ==, LK_ZONE_RED);
  g_assert_true (lk_risk_get_before (b->risks->pdata[0], 3, &p, &k));
  g_assert_cmpuint (p, ==, 3);   /* 4 of 5 is high in three levels */
  g_assert_cmpuint (k, ==, 3);

  g_assert_true (lk_risk_matrix_resize (&b->matrix, 5));
  g_assert_true (lk_store_save_risk_assessment (f->store, b, &error));
  g_assert_no_error (error);
  c = lk_store_get_risk_assessment (f->store, a->uuid, &error);
  g_assert_no_error (error);
  g_assert_true (lk_risk_get_before (c->risks->pdata[0], 5, &p, &k));
  g_assert_cmpuint (p, ==, 4);
  g_assert_cmpuint (k, ==, 5);
  g_assert_true (lk_risk_get_after (c->risks->pdata[0], 5, &p, &k));
  g_assert_cmpuint (p, ==, 2);
}

static void
assert_refused (Fixture           *f,
                LkRiskAssessment  *a)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkRiskAssessment) stored = NULL;

  g_assert_false (lk_store_save_risk_assessment (f->store, a, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_assert_nonnull (error->message);

  /* What was stored before is exactly as it was. */
  g_clear_error (&error);
  stored = lk_store_get_risk_assessment (f->store, a->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->title, ==, "Legemiddelhåndtering");
  g_assert_cmpuint (stored->risks->len, ==, 3);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LkRiskAssessment) a = make_assessment ();
  g_autoptr(GError) error = NULL;
  LkRisk *risk;
  char *saved;

  g_assert_true (lk_store_save_risk_assessment (f->store, a, &error));
  g_assert_no_error (error);

  saved = a->title;
  a->title = g_strdup ("   ");
  assert_refused (f, a);
  g_free (a->title);
  a->title = saved;

  saved = a->date;
  a->date = g_strdup ("2026-02-30");
  assert_refused (f, a);
  g_free (a->date);
  a->date = saved;

  risk = g_ptr_array_index (a->risks, 1);
  saved = risk->hazard;
  risk->hazard = g_strdup ("Ugyldig \xff tekst");
  assert_refused (f, a);
  g_free (risk->hazard);
  risk->hazard = saved;

  risk->p_before = 1.5;
  assert_refused (f, a);
  risk->p_before = 0.5;
  risk->c_before = LK_RISK_UNSET;
  assert_refused (f, a);
  risk->c_before = 0.5;

  risk->enough = 7;
  assert_refused (f, a);
  risk->enough = 1;

  /* An empty risk among the rest stops the whole save. */
  g_ptr_array_add (a->risks, lk_risk_new (""));
  assert_refused (f, a);
  g_ptr_array_remove_index (a->risks, a->risks->len - 1);

  g_ptr_array_add (((LkRisk *)a->risks->pdata[0])->bowtie_causes, lk_bowtie_item_new (""));
  assert_refused (f, a);
}

static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LkRisk) risk = lk_risk_new ("Fall i trapp");
  g_autoptr(LkMeasure) measure = NULL;
  g_autoptr(GError) error = NULL;

  /* Step 0 until something is described */
  {
    g_autoptr(LkRisk) empty = lk_risk_new (" ");
    g_assert_cmpint (lk_risk_get_step (empty, 0), ==, LK_RISK_STEP_NONE);
  }
  g_assert_cmpint (lk_risk_get_step (risk, 0), ==, LK_RISK_STEP_IDENTIFIED);
  lk_risk_set_before (risk, 3, 4, 5);
  g_assert_cmpint (lk_risk_get_step (risk, 0), ==, LK_RISK_STEP_ASSESSED);
  risk->enough = 0;
  g_assert_cmpint (lk_risk_get_step (risk, 0), ==, LK_RISK_STEP_CONTROLS);

  /* A tiltak on the risk moves it on: the count comes from the measures. */
  measure = lk_measure_new ("Sklisikre trinn");
  lk_measure_set_source (measure, LK_SOURCE_RISK, risk->uuid, risk->hazard);
  g_assert_true (lk_store_save_measure (f->store, measure, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lk_store_count_risk_measures (f->store, risk->uuid), ==, 1);
  g_assert_cmpint (lk_risk_get_step (risk, lk_store_count_risk_measures (f->store, risk->uuid)), ==,
                   LK_RISK_STEP_MEASURES);

  /* The same tiltak, listed for the risk and counted per risk; another
   * area's measure and another risk's are not */
  {
    g_autoptr(LkMeasure) other = lk_measure_new ("Annet tiltak");
    g_autoptr(GListStore) mine = NULL;
    g_autoptr(GHashTable) counts = NULL;

    lk_measure_set_source (other, LK_SOURCE_GOAL, risk->uuid, NULL);
    g_assert_true (lk_store_save_measure (f->store, other, NULL));
    mine = lk_store_list_risk_measures (f->store, risk->uuid);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 1);
    g_clear_object (&mine);
    mine = lk_store_list_risk_measures (f->store, "no-such-risk");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 0);
    counts = lk_store_count_measures_by_source (f->store, LK_SOURCE_RISK, NULL);
    g_assert_cmpuint (g_hash_table_size (counts), ==, 1);
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, risk->uuid)), ==, 1);
  }

  lk_risk_set_after (risk, 1, 4, 5);
  g_assert_cmpint (lk_risk_get_step (risk, 1), ==, LK_RISK_STEP_MEASURES);
  risk->follow_up = g_strdup ("2027-03-01");
  g_assert_cmpint (lk_risk_get_step (risk, 1), ==, LK_RISK_STEP_FOLLOWED_UP);

  /* "Enough as it is" needs no new measure. */
  risk->enough = 1;
  g_assert_cmpint (lk_risk_get_step (risk, 0), ==, LK_RISK_STEP_FOLLOWED_UP);
}

static LkDeviation *
add_deviation (Fixture    *f,
               const char *date,
               const char *risk_uuid)
{
  g_autoptr(GError) error = NULL;
  LkDeviation *d = lk_deviation_new (date, "Dose ikke gitt");

  d->cause = LK_DEVIATION_PROCEDURE;
  d->severity = 2;
  d->risk_uuid = g_strdup (risk_uuid);
  g_assert_true (lk_store_save_deviation (f->store, d, &error));
  g_assert_no_error (error);

  return d;
}

static void
test_deviations (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LkRiskAssessment) a = make_assessment ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  const char *risk_uuid = ((LkRisk *)a->risks->pdata[0])->uuid;
  guint counts[3];
  LkDeviation *d;

  g_assert_true (lk_store_save_risk_assessment (f->store, a, &error));
  g_assert_no_error (error);

  /* Tertials: January–April, May–August, September–December */
  g_object_unref (add_deviation (f, "2026-01-02", risk_uuid));
  g_object_unref (add_deviation (f, "2026-04-30", risk_uuid));
  g_object_unref (add_deviation (f, "2026-05-01", NULL));
  g_object_unref (add_deviation (f, "2026-12-31", NULL));
  g_object_unref (add_deviation (f, "2025-12-31", NULL));
  g_assert_true (lk_store_count_deviations_per_tertial (f->store, 2026, counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts[0], ==, 2);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (counts[2], ==, 1);

  list = lk_store_list_deviations (f->store, 2026, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 4);
  d = g_ptr_array_index (list, 3);
  g_assert_cmpstr (d->date, ==, "2026-01-02");
  g_assert_cmpint (d->cause, ==, LK_DEVIATION_PROCEDURE);
  g_assert_cmpuint (d->severity, ==, 2);
  g_assert_cmpstr (d->risk_uuid, ==, risk_uuid);
  g_clear_pointer (&list, g_ptr_array_unref);

  /* Impossible values are refused and change nothing. */
  d = lk_deviation_new ("2026-06-01", "For alvorlig");
  d->severity = 4;
  g_assert_false (lk_store_save_deviation (f->store, d, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  d->severity = 3;
  g_free (d->description);
  d->description = g_strdup ("");
  g_assert_false (lk_store_save_deviation (f->store, d, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_object_unref (d);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM deviations"), ==, 5);

  /* Deleting the assessment takes its risks and bowties, and leaves the
   * deviations without the link. */
  g_assert_true (lk_store_delete_risk_assessment (f->store, a->uuid, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM risks"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM bowtie_branches"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM bowtie_barriers"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM risk_screening"), ==, 0);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM deviations"), ==, 5);
  g_assert_cmpint (count_rows (f->store, "SELECT count(*) FROM deviations WHERE risk_uuid IS NOT NULL"), ==, 0);

  {
    g_autoptr(LkRiskAssessment) gone = lk_store_get_risk_assessment (f->store, a->uuid, &error);

    g_assert_null (gone);
    g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  }
}

/* The example: two assessments, residual risk, a bowtie, deviations, and
 * the example tiltak linked to their risks */
static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) deviations = NULL;
  g_autoptr(GError) error = NULL;
  LkRiskAssessment *medication = NULL;
  LkRisk *first;
  guint with_after = 0;

  g_assert_true (lk_example_load (f->store, "2026-05-10", &error));
  g_assert_no_error (error);
  /* A second load adds measures but does not repeat the assessments. */
  g_assert_true (lk_example_load (f->store, "2026-05-10", &error));
  g_assert_no_error (error);

  list = lk_store_list_risk_assessments (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  for (guint i = 0; i < list->len; i++)
    {
      LkRiskAssessment *a = g_ptr_array_index (list, i);

      g_assert_cmpuint (a->risks->len, >=, 8);
      g_assert_cmpuint (a->risks->len, <=, 12);
      g_assert_true (lk_risk_assessment_validate (a, NULL));
      if (g_str_has_prefix (a->title, "Legemiddel"))
        medication = a;
      for (guint r = 0; r < a->risks->len; r++)
        with_after += lk_risk_get_after (a->risks->pdata[r], 5, NULL, NULL);
    }
  g_assert_nonnull (medication);
  g_assert_cmpuint (with_after, >=, 10);
  g_assert_cmpuint (medication->screening->len, ==, 3);

  first = g_ptr_array_index (medication->risks, 0);
  g_assert_cmpstr (first->hazard, ==, "Feil legemiddel gitt til bruker");
  g_assert_cmpuint (first->bowtie_causes->len, ==, 3);
  g_assert_cmpuint (first->bowtie_consequences->len, ==, 3);
  /* Linked twice: the example was loaded twice, each with its tiltak. */
  g_assert_cmpuint (lk_store_count_risk_measures (f->store, first->uuid), ==, 2);
  g_assert_cmpint (lk_risk_get_step (first, 2), ==, LK_RISK_STEP_FOLLOWED_UP);

  deviations = lk_store_list_deviations (f->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (deviations->len, ==, 6);
  for (guint i = 0; i < deviations->len; i++)
    g_assert_nonnull (((LkDeviation *)deviations->pdata[i])->risk_uuid);
}

/* A copy is deep: changing it leaves the original, bowtie included. */
static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  LkRisk *risk = lk_risk_new ("Fall i trapp");
  LkBowtieItem *cause = lk_bowtie_item_new ("Glatt gulv");
  LkBarrier *barrier = lk_barrier_new ("Strøing");
  LkRisk *copy;

  barrier->measure_uuid = g_strdup ("m-1");
  g_ptr_array_add (cause->barriers, barrier);
  g_ptr_array_add (risk->bowtie_causes, cause);
  risk->p_before = 0.25;
  copy = lk_risk_copy (risk);

  g_assert_cmpstr (copy->uuid, ==, risk->uuid);
  g_assert_cmpfloat (copy->p_before, ==, 0.25);
  g_assert_cmpuint (copy->bowtie_causes->len, ==, 1);
  cause = g_ptr_array_index (copy->bowtie_causes, 0);
  g_assert_cmpstr (cause->text, ==, "Glatt gulv");
  barrier = g_ptr_array_index (cause->barriers, 0);
  g_assert_cmpstr (barrier->measure_uuid, ==, "m-1");
  g_free (barrier->text);
  barrier->text = g_strdup ("Endret");
  g_assert_cmpstr (((LkBarrier *)g_ptr_array_index (((LkBowtieItem *)g_ptr_array_index (risk->bowtie_causes, 0))->barriers, 0))->text,
                   ==, "Strøing");

  g_object_unref (copy);
  g_object_unref (risk);
}

/* The organisation's matrix: new assessments start from it; an unreadable
 * setting gives the built-in default instead. */
static void
test_default_matrix (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkRiskAssessment) first = lk_store_new_risk_assessment (f->store, "A");
  g_autoptr(LkRiskAssessment) second = NULL;
  g_autoptr(LkRiskAssessment) third = NULL;
  g_auto(GStrv) types = lk_consequence_preset (LK_CONSEQUENCES_DSB);

  g_assert_cmpuint (first->matrix.size, ==, 5);
  lk_risk_matrix_resize (&first->matrix, 4);
  lk_risk_matrix_set_labels (&first->matrix, LK_LABELS_DSB);
  first->matrix.zones[0][0] = LK_ZONE_RED;
  g_assert_true (lk_store_set_default_matrix (f->store, &first->matrix,
                                              (const char * const *)types, &error));
  g_assert_no_error (error);

  second = lk_store_new_risk_assessment (f->store, "B");
  g_assert_cmpuint (second->matrix.size, ==, 4);
  g_assert_cmpint (second->matrix.zones[0][0], ==, LK_ZONE_RED);
  g_assert_cmpstr (second->matrix.probability_labels[0], ==, first->matrix.probability_labels[0]);
  g_assert_cmpstrv (second->consequence_types, types);

  g_assert_true (lk_store_set_setting (f->store, "risk-matrix-default", "[matrix]\nsize=9\n", NULL));
  third = lk_store_new_risk_assessment (f->store, "C");
  g_assert_cmpuint (third->matrix.size, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lk_test_add ("/risk-store/round-trip", test_round_trip);
  lk_test_add ("/risk-store/reconfigure", test_reconfigure);
  lk_test_add ("/risk-store/validation", test_validation);
  lk_test_add ("/risk-store/steps", test_steps);
  lk_test_add ("/risk-store/deviations", test_deviations);
  lk_test_add ("/risk-store/example", test_example);
  lk_test_add ("/risk-store/copy", test_copy);
  lk_test_add ("/risk-store/default-matrix", test_default_matrix);

  return g_test_run ();
}
