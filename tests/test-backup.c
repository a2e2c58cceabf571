/* test-backup.c: the backup document, round trips and bad documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include "lk-backup.h"
#include "lk-enum.h"
#include "lk-example.h"
#include "lk-jeg-plan.h"
#include "lk-measures.h"
#include "lk-conversation.h"
#include "lk-fishbone.h"
#include "lk-log-entry.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-ten-factor.h"
#include "lk-test-util.h"

static gboolean
lk_store_exec_for_test (LkStore    *store,
                        const char *sql)
{
  return lk_store_exec (store, sql, NULL);
}

#define TODAY "2026-05-10"

static char *
export (LkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *data = lk_backup_export (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);

  return data;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) odd = lk_measure_new ("Tegn: æøå ÆØÅ 🚀 \"sitat\" \\ مرحبا");
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (lk_example_load (a, TODAY, &error));
  lk_measure_set_description (odd, "Linje 1\nLinje 2\t\u00a0");
  lk_measure_set_review_date (odd, "2026-06-30");
  g_assert_true (lk_store_save_measure (a, odd, &error));
  g_assert_no_error (error);

  first = export (a);
  g_assert_true (g_str_has_prefix (first, "{"));
  g_assert_nonnull (strstr (first, "\"format\" : \"lederkompass-backup\""));
  g_assert_nonnull (strstr (first, "Fjordvik kommune"));

  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  lk_test_rmtree (dir);
}

/* Every kind of Jeg-plan data survives export and import unchanged. */
static void
fill_jeg_plan (LkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkDevGoal) a = lk_dev_goal_new (2026, "Gi tydelige tilbakemeldinger");
  g_autoptr(LkDevGoal) b = lk_dev_goal_new (2026, "Dele læring");
  g_autoptr(LkLogEntry) e = lk_log_entry_new ("2026-03-04");
  g_autoptr(LkLogEntry) plain = lk_log_entry_new ("2026-03-05");
  const char *tags[] = { "møte", "god praksis", NULL };
  const char *sections[] = { "Hva lærte jeg?", "Hva nå?", NULL };
  const char *goals[] = { NULL, NULL, NULL };

  lk_dev_goal_set_why (a, "Medarbeiderne ber om det");
  lk_dev_goal_set_success (a, "Alle har hatt samtale innen juni");
  lk_dev_goal_set_motor (a, LK_MOTOR_TYDELIGHET | LK_MOTOR_RESULTATER);
  lk_dev_goal_set_progress (a, 30);
  lk_dev_goal_set_review_date (a, "2026-06-01");
  g_assert_true (lk_store_save_dev_goal (store, a, &error));
  lk_dev_goal_set_status (b, LK_DEV_GOAL_ARCHIVED);
  g_assert_true (lk_store_save_dev_goal (store, b, &error));
  g_assert_true (lk_store_save_template (store, "Min mal", sections, NULL, &error));
  g_assert_true (lk_store_add_gjesdal_programme (store, 2026, &error));

  goals[0] = lk_dev_goal_get_uuid (b);
  goals[1] = lk_dev_goal_get_uuid (a);
  lk_log_entry_set_title (e, "Samtale som gikk bra 🙂");
  lk_log_entry_set_body (e, "## Hva gikk bra?\n\nVi lyttet.\n\n## Hvorfor?\n\nعربي");
  lk_log_entry_set_template (e, "strength");
  lk_log_entry_set_tags (e, tags);
  lk_log_entry_set_motor (e, LK_MOTOR_OMSORG);
  lk_log_entry_set_goals (e, goals);
  lk_log_entry_set_share (e, TRUE);
  g_assert_true (lk_store_save_log_entry (store, e, &error));
  g_assert_true (lk_store_save_log_entry (store, plain, &error));
  g_assert_no_error (error);
}

static void
test_jeg_plan_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  fill_jeg_plan (a);
  /* More entries, their uuids in no order: the document has them by uuid */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(LkLogEntry) entry = lk_log_entry_new ("2026-04-01");
      g_autofree char *title = g_strdup_printf ("Notat %u", i);

      lk_log_entry_set_title (entry, title);
      g_assert_true (lk_store_save_log_entry (a, entry, &error));
    }
  first = export (a);
  {
    LkJsonDocument *doc = lk_json_parse (first, strlen (first), G_MAXSIZE, &error);
    LkJsonNode *entries = lk_json_object_get_member (lk_json_object_get_member (lk_json_document_get_root (doc),
                                                                                "data"), "log-entries");

    g_assert_no_error (error);
    g_assert_cmpuint (lk_json_node_get_length (entries), >, 40);
    for (guint i = 1; i < lk_json_node_get_length (entries); i++)
      g_assert_cmpstr (lk_json_node_get_string (lk_json_object_get_member (lk_json_array_get_element (entries, i - 1), "uuid")),
                       <, lk_json_node_get_string (lk_json_object_get_member (lk_json_array_get_element (entries, i), "uuid")));
    lk_json_document_free (doc);
  }
  g_assert_nonnull (strstr (first, "\"dev-goals\""));
  g_assert_nonnull (strstr (first, "Trygt og godt læringsmiljø"));
  g_assert_nonnull (strstr (first, "god praksis"));

  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  /* The search index is rebuilt by the import */
  hits = lk_store_search_log (b, "lyttet", 0, &error);
  g_assert_cmpuint (hits->len, ==, 1);

  lk_test_rmtree (dir);
}

/* Every kind of risk data: matrix, screening, risks before and after,
 * bowtie barriers linked to measures, and deviations */
static void
fill_risk (LkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkRiskAssessment) a = lk_risk_assessment_new ("Informasjonssikkerhet i skolen", "2026-02-03");
  g_autoptr(LkDeviation) d = lk_deviation_new ("2026-03-01", "Elevdata sendt til feil mottaker");
  LkScreeningTopic *topic = lk_screening_topic_new ("Deling av elevdata", LK_4V_VIKTIG | LK_4V_VANSKELIG);
  LkRisk *risk = lk_risk_new ("Personopplysninger på avveie");
  LkBowtieItem *item = lk_bowtie_item_new ("Feil mottaker i e-post");
  LkBarrier *barrier = lk_barrier_new ("Opplæring i «tenk før du sender»");

  lk_risk_matrix_resize (&a->matrix, 4);
  lk_risk_matrix_set_labels (&a->matrix, LK_LABELS_DSB);
  a->matrix.zones[3][0] = LK_ZONE_RED;
  g_free (a->unit);
  a->unit = g_strdup ("Fjordvik skole");
  topic->chosen = TRUE;
  g_ptr_array_add (a->screening, topic);
  lk_risk_set_before (risk, 3, 4, 4);   /* thirds: not exact in binary */
  risk->enough = 0;
  lk_risk_set_after (risk, 2, 4, 4);
  risk->follow_up = g_strdup ("2026-08-15");
  barrier->measure_uuid = g_strdup ("6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a");
  g_ptr_array_add (item->barriers, barrier);
  g_ptr_array_add (risk->bowtie_causes, item);
  g_ptr_array_add (risk->bowtie_consequences, lk_bowtie_item_new ("Tap av tillit"));
  g_ptr_array_add (a->risks, risk);
  g_ptr_array_add (a->risks, lk_risk_new ("Svake passord"));
  g_assert_true (lk_store_save_risk_assessment (store, a, &error));
  g_assert_no_error (error);

  d->cause = LK_DEVIATION_HUMAN;
  d->severity = 3;
  d->status = LK_DEVIATION_HANDLING;
  d->risk_uuid = g_strdup (risk->uuid);
  g_assert_true (lk_store_save_deviation (store, d, &error));
  g_assert_no_error (error);
}

static void
test_risk_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  LkRiskAssessment *got;
  guint p, c;

  fill_risk (a);
  first = export (a);
  g_assert_nonnull (strstr (first, "\"risk-assessments\""));
  g_assert_nonnull (strstr (first, "\"deviations\""));
  g_assert_nonnull (strstr (first, "B Lav"));

  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  list = lk_store_list_risk_assessments (b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  got = g_ptr_array_index (list, 0);
  g_assert_cmpuint (got->matrix.size, ==, 4);
  g_assert_cmpint (got->matrix.zones[3][0], ==, LK_ZONE_RED);
  g_assert_true (lk_risk_get_before (got->risks->pdata[0], 4, &p, &c));
  g_assert_cmpuint (p, ==, 3);
  g_assert_cmpuint (c, ==, 4);
  g_assert_false (lk_risk_get_before (got->risks->pdata[1], 4, NULL, NULL));

  /* Merging the same file again changes nothing. */
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&second, g_free);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  lk_test_rmtree (dir);
}

static void
test_merge (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "m.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) m = lk_measure_new ("Lokal");
  g_autoptr(LkMeasure) after = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;
  LkMeasureCounts counts;

  g_assert_true (lk_store_save_measure (store, m, &error));
  uuid = g_strdup (lk_measure_get_uuid (m));
  g_assert_true (lk_store_set_setting (store, "user-name", "Lokal leder", NULL));

  /* The same measure, older in the backup, plus one new */
  doc = g_strdup_printf ("{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":{"
                         "\"settings\":{\"user-name\":\"Fra backup\",\"user-unit\":\"Enhet B\"},"
                         "\"measures\":["
                         "{\"uuid\":\"%s\",\"title\":\"Gammel\",\"status\":\"done\","
                         " \"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"},"
                         "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"Ny\","
                         " \"status\":\"started\",\"deadline\":\"2026-09-01\","
                         " \"source\":{\"kind\":\"risk\",\"label\":\"Fall\"},"
                         " \"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
                         uuid);

  g_assert_true (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_MERGE, &error));
  g_assert_no_error (error);

  after = lk_store_get_measure (store, uuid, NULL);
  g_assert_cmpstr (lk_measure_get_title (after), ==, "Lokal");
  g_assert_true (lk_store_count_measures (store, TODAY, &counts, NULL));
  g_assert_cmpuint (counts.total, ==, 2);
  g_assert_cmpuint (counts.by_source[LK_SOURCE_RISK], ==, 1);
  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Lokal leder");
  g_free (name);
  name = lk_store_get_setting (store, "user-unit");
  g_assert_cmpstr (name, ==, "Enhet B");

  /* Replace: the database becomes the backup */
  g_assert_true (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_REPLACE, &error));
  g_clear_object (&after);
  after = lk_store_get_measure (store, uuid, NULL);
  g_assert_cmpstr (lk_measure_get_title (after), ==, "Gammel");
  g_free (name);
  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Fra backup");

  lk_test_rmtree (dir);
}

#define HEAD "{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":"
#define M(fields) "{\"measures\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\"," fields \
                  ",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}"

#define RA(fields) "{\"risk-assessments\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"R\",\"date\":\"2026-01-02\"," \
                   "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"," fields "}]}}"
#define RISK(fields) "\"matrix\":{\"size\":5},\"screening\":[],\"risks\":[{\"uuid\":\"0a7c5c1e-4f3b-4c2a-9f6d-1e2b3c4d5e6f\"," \
                     "\"hazard\":\"Fall\"," fields "}]"
#define DEV(fields) "{\"deviations\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"date\":\"2026-01-02\"," \
                    "\"description\":\"D\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"," fields "}]}}"

static const struct {
  const char *name;
  const char *doc;
  int         code;
  const char *mentions;
} bad_documents[] = {
  { "empty", "", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "truncated", HEAD "{\"measures\":[{\"uuid\":\"6f1c", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "not-json", "Dette er ikke JSON", LK_IMPORT_ERROR_SYNTAX, NULL },
  { "array", "[1,2,3]", LK_IMPORT_ERROR_FORMAT, NULL },
  { "other-format", "{\"format\":\"something-else\",\"version\":1,\"data\":{}}", LK_IMPORT_ERROR_FORMAT, NULL },
  { "newer-version", "{\"format\":\"lederkompass-backup\",\"version\":2,\"data\":{}}", LK_IMPORT_ERROR_VERSION, NULL },
  { "version-as-text", "{\"format\":\"lederkompass-backup\",\"version\":\"1\",\"data\":{}}", LK_IMPORT_ERROR_INVALID, "$.version" },
  { "no-data", "{\"format\":\"lederkompass-backup\",\"version\":1}", LK_IMPORT_ERROR_INVALID, "$.data" },
  { "unknown-section", HEAD "{\"risks\":[]}}", LK_IMPORT_ERROR_VERSION, "risks" },
  { "measures-not-list", HEAD "{\"measures\":{}}}", LK_IMPORT_ERROR_INVALID, "$.data.measures" },
  { "title-number", HEAD M ("\"title\":42,\"status\":\"done\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].title" },
  { "title-missing", HEAD M ("\"status\":\"done\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].title" },
  { "bad-status", HEAD M ("\"title\":\"T\",\"status\":\"maybe\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].status" },
  { "bad-date", HEAD M ("\"title\":\"T\",\"status\":\"done\",\"deadline\":\"2026-02-31\""), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].deadline" },
  { "bad-source", HEAD M ("\"title\":\"T\",\"status\":\"done\",\"source\":{\"kind\":\"moon\"}"), LK_IMPORT_ERROR_INVALID, "$.data.measures[0].source.kind" },
  { "bad-uuid", HEAD "{\"measures\":[{\"uuid\":\"1\",\"title\":\"T\",\"status\":\"done\"}]}}", LK_IMPORT_ERROR_INVALID, "$.data.measures[0].uuid" },
  { "duplicate-ids", HEAD "{\"measures\":["
      "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"A\",\"status\":\"done\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"},"
      "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"title\":\"B\",\"status\":\"done\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.measures[1].uuid" },
  { "invalid-utf8", HEAD M ("\"title\":\"Tiltak \xc3\x28\",\"status\":\"done\""), LK_IMPORT_ERROR_ENCODING, NULL },
  { "nul-byte", "{\"format\":\"lederkompass-backup\"\0}", LK_IMPORT_ERROR_ENCODING, NULL },
  { "entry-unknown-goal", HEAD "{\"log-entries\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"date\":\"2026-01-02\","
      "\"goals\":[\"0a7c5c1e-4f3b-4c2a-9f6d-1e2b3c4d5e6f\"],\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_STORE_ERROR_NOT_FOUND, "$.data.log-entries[0]" },
  { "entry-bad-motor", HEAD "{\"log-entries\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"date\":\"2026-01-02\","
      "\"motor\":[\"lykke\"],\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.log-entries[0].motor" },
  { "entry-share-text", HEAD "{\"log-entries\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"date\":\"2026-01-02\","
      "\"share\":\"yes\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.log-entries[0].share" },
  { "goal-progress", HEAD "{\"dev-goals\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"year\":2026,\"title\":\"Mål\","
      "\"progress\":150,\"status\":\"active\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.dev-goals[0].progress" },
  { "gathering-no-date", HEAD "{\"programmes\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"name\":\"P\",\"year\":2026,"
      "\"gatherings\":[{\"uuid\":\"0a7c5c1e-4f3b-4c2a-9f6d-1e2b3c4d5e6f\",\"title\":\"Samling 1\",\"tasks\":[]}]}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.programmes[0].gatherings[0].start-date" },
  { "template-no-prompts", HEAD "{\"log-templates\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"name\":\"T\",\"sections\":[]}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.log-templates[0].sections" },
  { "risk-matrix-size", HEAD RA ("\"matrix\":{\"size\":7},\"screening\":[],\"risks\":[]"),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].matrix.size" },
  { "risk-bad-zones", HEAD RA ("\"matrix\":{\"size\":3,\"zones\":\"gyr/gyr\"},\"screening\":[],\"risks\":[]"),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].matrix.zones" },
  { "risk-bad-4v", HEAD RA ("\"matrix\":{\"size\":3},\"screening\":[{\"topic\":\"T\",\"4v\":[\"viktig\",\"vakker\"]}],\"risks\":[]"),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].screening[0].4v" },
  { "risk-position-too-high", HEAD RA (RISK ("\"probability-before\":1.5,\"consequence-before\":0.5")),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].risks[0].probability-before" },
  { "risk-position-text", HEAD RA (RISK ("\"probability-before\":\"høy\",\"consequence-before\":0.5")),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].risks[0].probability-before" },
  { "risk-half-assessed", HEAD RA (RISK ("\"probability-before\":0.5")),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0]" },
  { "risk-no-hazard", HEAD RA ("\"matrix\":{\"size\":5},\"screening\":[],\"risks\":[{\"uuid\":\"0a7c5c1e-4f3b-4c2a-9f6d-1e2b3c4d5e6f\"}]"),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].risks[0].hazard" },
  { "risk-barrier-no-text", HEAD RA (RISK ("\"bowtie-causes\":[{\"uuid\":\"1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0\",\"text\":\"C\","
      "\"barriers\":[{\"uuid\":\"2b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0\"}]}]")),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].risks[0].bowtie-causes[0].barriers[0].text" },
  { "risk-uuid-twice", HEAD RA (RISK ("\"bowtie-causes\":[{\"uuid\":\"0a7c5c1e-4f3b-4c2a-9f6d-1e2b3c4d5e6f\",\"text\":\"C\",\"barriers\":[]}]")),
    LK_IMPORT_ERROR_INVALID, "$.data.risk-assessments[0].risks[0].bowtie-causes[0].uuid" },
  { "deviation-bad-cause", HEAD DEV ("\"cause\":\"weather\",\"severity\":2,\"status\":\"open\""),
    LK_IMPORT_ERROR_INVALID, "$.data.deviations[0].cause" },
  { "deviation-severity", HEAD DEV ("\"cause\":\"human\",\"severity\":9,\"status\":\"open\""),
    LK_IMPORT_ERROR_INVALID, "$.data.deviations[0].severity" },
  { "deviation-no-date", HEAD "{\"deviations\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"description\":\"D\","
      "\"cause\":\"human\",\"severity\":1,\"status\":\"open\",\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}",
    LK_IMPORT_ERROR_INVALID, "$.data.deviations[0].date" },
  { "nul-escape", HEAD M ("\"title\":\"Tavle\\u0000m\u00f8te\",\"status\":\"done\""),
    LK_IMPORT_ERROR_INVALID, "line 1, column" },
  { "deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", LK_IMPORT_ERROR_SYNTAX, NULL },
};

static void
test_bad_documents (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "bad.db");
  g_autofree char *before = NULL;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  fill_jeg_plan (store);
  fill_risk (store);
  before = export (store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_documents); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *doc = bad_documents[i].doc;
      /* The nul-byte case carries its length past the NUL */
      gsize len = g_str_equal (bad_documents[i].name, "nul-byte") ? 33 : strlen (doc);

      g_test_message ("bad document: %s", bad_documents[i].name);

      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_assert_false (lk_backup_import (store, doc, len, mode, &error));
          if (bad_documents[i].code == LK_STORE_ERROR_NOT_FOUND)
            g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
          else
            g_assert_error (error, LK_IMPORT_ERROR, bad_documents[i].code);
          if (bad_documents[i].mentions != NULL &&
              strstr (error->message, bad_documents[i].mentions) == NULL)
            g_error ("%s: “%s” does not mention %s", bad_documents[i].name,
                     error->message, bad_documents[i].mentions);
          g_clear_error (&error);
        }

      after = export (store);
      g_assert_cmpstr (before, ==, after);
    }

  lk_test_rmtree (dir);
}


/* The Masterplan's sections: a plan with every kind of link survives the
 * round trip; each inconsistent document is refused with its place and
 * the database left as it was */
#define PLAN_UUID "11111111-1111-4111-8111-111111111111"
#define AREA_UUID "22222222-2222-4222-8222-222222222222"
#define G1_UUID   "33333333-3333-4333-8333-333333333333"
#define G2_UUID   "44444444-4444-4444-8444-444444444444"
#define TIMES "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\""
#define MP_PLAN "\"kommuneplans\":[{\"uuid\":\"" PLAN_UUID "\",\"title\":\"K\",\"first-year\":2024,\"last-year\":2036,\"updated\":\"2020-01-01T00:00:00Z\"}]"
#define MP_AREA "{\"uuid\":\"" AREA_UUID "\",\"level\":0,\"plan\":\"" PLAN_UUID "\",\"title\":\"Folkehelse\"," \
                "\"first-year\":2024,\"last-year\":2036," TIMES "}"
#define MP_G1(extra) "{\"uuid\":\"" G1_UUID "\",\"level\":1,\"parent\":\"" AREA_UUID "\",\"title\":\"Mål 1\"," \
                     "\"first-year\":2025,\"last-year\":2026," extra TIMES "}"
#define MP_G2(level, parent, extra) "{\"uuid\":\"" G2_UUID "\",\"level\":" level ",\"parent\":\"" parent "\"," \
                                    "\"title\":\"Mål 2\",\"first-year\":2025,\"last-year\":2026," extra TIMES "}"
#define MP_DOC(goals) HEAD "{" MP_PLAN ",\"goals\":[" goals "]}}"
#define MP_KPI(values) "\"kpis\":[{\"uuid\":\"55555555-5555-4555-8555-555555555555\",\"name\":\"Nærvær\"," \
                       "\"target\":92,\"target-year\":2026,\"values\":{" values "}}],"

static const struct {
  const char *name;
  const char *doc;
  const char *mentions;
} bad_masterplans[] = {
  { "cycle", MP_DOC (MP_AREA "," MP_G1 ("\"supports\":[\"" G2_UUID "\"],") "," MP_G2 ("2", G1_UUID, "")),
    "circle" },
  { "wrong-level", MP_DOC (MP_AREA "," MP_G1 ("") "," MP_G2 ("3", G1_UUID, "")), "$.data.goals[" },
  { "level-1-under-goal", MP_DOC (MP_AREA "," MP_G1 ("") "," MP_G2 ("1", G1_UUID, "")), "priority area" },
  { "unknown-perspective", MP_DOC (MP_AREA "," MP_G1 ("\"perspective\":\"weather\",")), "perspective" },
  { "duplicate-uuid", MP_DOC (MP_AREA "," MP_G1 ("") "," MP_G1 ("")), "twice" },
  { "value-outside-period", MP_DOC (MP_AREA "," MP_G1 (MP_KPI ("\"2031\":[90,null,null]"))),
    "2031" },
  { "tertial-4", MP_DOC (MP_AREA "," MP_G1 (MP_KPI ("\"2026\":[1,2,3,4]"))), "three tertials" },
  { "not-a-year", MP_DOC (MP_AREA "," MP_G1 (MP_KPI ("\"20x6\":[1,null,null]"))), "a year" },
  { "year-too-early", MP_DOC (MP_AREA "," MP_G1 (MP_KPI ("\"1066\":[1,null,null]"))), "a year" },
  { "value-not-number", MP_DOC (MP_AREA "," MP_G1 (MP_KPI ("\"2026\":[\"90\",null,null]"))), "number" },
  { "unknown-parent", MP_DOC (MP_AREA "," MP_G2 ("2", G1_UUID, "")), "level 2" },
  { "self-support", MP_DOC (MP_AREA "," MP_G1 ("\"supports\":[\"" G1_UUID "\"],")), "itself" },
  { "manual-without-reason", MP_DOC (MP_AREA "," MP_G1 ("\"status\":\"red\",")), "why" },
  { "area-without-plan", HEAD "{\"goals\":[" MP_AREA "]}}", "kommuneplan" },
};

static void
test_masterplan_backup (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *again = NULL;

  g_assert_true (lk_example_load (a, TODAY, &error));
  g_assert_no_error (error);
  first = export (a);
  g_assert_nonnull (strstr (first, "\"supports\":["));
  g_assert_nonnull (strstr (first, "\"values\":{"));
  g_assert_nonnull (strstr (first, "\"direction\":\"keep-within\""));
  g_assert_nonnull (strstr (first, "\"status\":\"yellow\""));
  g_assert_nonnull (strstr (first, "\"nok-realised\":420000"));

  /* Replace, then merge the same file twice: nothing changes */
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  g_assert_no_error (error);
  again = export (b);
  g_assert_cmpstr (first, ==, again);

  for (guint i = 0; i < G_N_ELEMENTS (bad_masterplans); i++)
    {
      g_autofree char *after = NULL;

      g_test_message ("bad plan: %s", bad_masterplans[i].name);
      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_assert_false (lk_backup_import (b, bad_masterplans[i].doc, strlen (bad_masterplans[i].doc),
                                            mode, &error));
          g_assert_nonnull (error);
          if (strstr (error->message, bad_masterplans[i].mentions) == NULL)
            g_error ("%s: “%s” does not mention %s", bad_masterplans[i].name, error->message,
                     bad_masterplans[i].mentions);
          g_clear_error (&error);
        }
      after = export (b);
      g_assert_cmpstr (first, ==, after);
    }

  /* The good form of the same document goes in */
  {
    const char *good = MP_DOC (MP_AREA "," MP_G1 ("\"supports\":[\"" G2_UUID "\"],") ","
                               MP_G2 ("1", AREA_UUID, ""));

    g_assert_true (lk_backup_import (b, good, strlen (good), LK_BACKUP_MERGE, &error));
    g_assert_no_error (error);
  }

  lk_test_rmtree (dir);
}

static void
fill_fishbone (LkStore *store)
{
  g_autoptr(LkFishbone) fb = lk_fishbone_new (NULL, "2026-04-20", LK_CATEGORIES_LEAN);
  g_autoptr(GPtrArray) nodes = lk_fishbone_parse_outline ("Tavlemøtene blir avlyst\n\tTravle morgener\n"
                                                           "\t\tFor få på vakt\n", NULL);
  LkCause *first = g_ptr_array_index (nodes, 0);
  g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (fb->categories), 0);

  lk_fishbone_paste (fb, category, nodes);
  g_assert_true (lk_fishbone_indent (fb, first));
  first->votes = 5;
  first->root = TRUE;
  fb->head_left = TRUE;
  fb->source_kind = LK_SOURCE_TEN_FACTOR;
  fb->source_uuid = g_strdup ("6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a");
  g_assert_true (lk_store_save_fishbone (store, fb, NULL));
}

/* An analysis goes out with its whole tree and comes back the same */
#define TF_ROUND(extra) "{\"survey-rounds\":[{\"uuid\":\"77777777-7777-4777-8777-777777777777\",\"year\":2025," \
                        "\"unit\":\"Sone nord\",\"respondents\":12,\"invited\":15," extra \
                        "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\"}]}}"
#define TF_FOCUS(a, b) "\"focus\":[{\"uuid\":\"" a "\",\"factor\":8,\"kind\":\"improve\"}," \
                       "{\"uuid\":\"" b "\",\"factor\":9,\"kind\":\"keep\"}],"

static const struct {
  const char *name;
  const char *doc;
  const char *mentions;
} bad_rounds[] = {
  { "mean above five", HEAD TF_ROUND ("\"results\":[{\"factor\":6,\"mean\":6.2}],"),
    "$.data.survey-rounds[0].results[0].mean" },
  { "factor eleven", HEAD TF_ROUND ("\"results\":[{\"factor\":11,\"mean\":4}],"), "results[0].factor" },
  { "factor twice", HEAD TF_ROUND ("\"results\":[{\"factor\":3,\"mean\":4},{\"factor\":3,\"mean\":4.1}],"),
    "results[1].factor" },
  { "answers not five", HEAD TF_ROUND ("\"results\":[{\"factor\":3,\"answers\":[1,2,3]}],"), "answers" },
  { "more answered than invited", HEAD "{\"survey-rounds\":[{\"uuid\":\"77777777-7777-4777-8777-777777777777\","
    "\"year\":2025,\"unit\":\"U\",\"respondents\":16,\"invited\":15,\"created\":\"2020-01-01T00:00:00Z\","
    "\"updated\":\"2020-01-01T00:00:00Z\"}]}}", "More answered than were invited" },
  { "unknown comparison", HEAD TF_ROUND ("\"comparisons\":[{\"uuid\":\"88888888-8888-4888-8888-888888888888\","
    "\"kind\":\"nation\",\"year\":2025,\"means\":[]}],"), "“nation” is not a known value" },
  { "nine comparison means", HEAD TF_ROUND ("\"comparisons\":[{\"uuid\":\"88888888-8888-4888-8888-888888888888\","
    "\"kind\":\"municipality\",\"year\":2025,\"means\":[1,2,3,4,5,4,3,2,1]}],"), "ten means" },
  { "duplicate focus uuid", HEAD TF_ROUND (TF_FOCUS ("99999999-9999-4999-8999-999999999999",
                                                     "99999999-9999-4999-8999-999999999999")), "used twice" },
  { "review without date", HEAD TF_ROUND ("\"focus\":[{\"uuid\":\"99999999-9999-4999-8999-999999999999\","
    "\"factor\":8,\"kind\":\"improve\",\"reviews\":[{\"uuid\":\"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa\"}]}],"),
    "reviews[0].date" },
};

/* 10-faktor goes out and comes back whole; a result hidden by the
 * anonymity rule never goes out; bad rounds are refused with their place */
static void
test_ten_factor_backup (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(LkStore) c = lk_test_open_store (dir, "c.db");
  g_autoptr(LkSurveyRound) unit = lk_survey_round_new (2025, "Sone nord");
  g_autoptr(LkSurveyRound) part = lk_survey_round_new (2025, "Natt");
  g_autoptr(GPtrArray) rounds = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *hidden = NULL;
  LkSurveyRound *back;

  g_assert_true (lk_example_load (a, TODAY, &error));
  first = export (a);
  g_assert_nonnull (strstr (first, "\"survey-rounds\" : ["));
  g_assert_nonnull (strstr (first, "\"kind\":\"unit-type\""));
  g_assert_nonnull (strstr (first, "\"answers\":["));
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  g_clear_pointer (&second, g_free);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  /* A part with all but two of its unit: its results stay home */
  unit->respondents = 10;
  part->respondents = 8;
  g_free (part->part_of);
  part->part_of = g_strdup ("Sone nord");
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      unit->results[f].mean = 4.0;
      part->results[f].mean = 2.25;
    }
  g_assert_true (lk_store_save_survey_round (c, unit, &error));
  g_assert_true (lk_store_save_survey_round (c, part, &error));
  g_assert_no_error (error);
  hidden = export (c);
  g_assert_null (strstr (hidden, "2.25"));
  g_assert_nonnull (strstr (hidden, "\"mean\":4"));
  g_assert_true (lk_backup_import (b, hidden, strlen (hidden), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  rounds = lk_store_list_survey_rounds (b, &error);
  g_assert_cmpuint (rounds->len, ==, 2);
  for (guint i = 0; i < rounds->len; i++)
    {
      back = g_ptr_array_index (rounds, i);
      g_assert_true (lk_survey_round_has_results (back) == g_str_equal (back->unit, "Sone nord"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad_rounds); i++)
    {
      g_autofree char *after = NULL;

      g_test_message ("bad round: %s", bad_rounds[i].name);
      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_assert_false (lk_backup_import (a, bad_rounds[i].doc, strlen (bad_rounds[i].doc), mode, &error));
          g_assert_nonnull (error);
          if (strstr (error->message, bad_rounds[i].mentions) == NULL)
            g_error ("%s: “%s” does not mention %s", bad_rounds[i].name, error->message, bad_rounds[i].mentions);
          g_clear_error (&error);
        }
      after = export (a);
      g_assert_cmpstr (first, ==, after);
    }

  /* The good form goes in */
  {
    const char *good = HEAD TF_ROUND ("\"results\":[{\"factor\":6,\"mean\":4.2,\"answers\":[0,1,2,5,4]}],"
                                      TF_FOCUS ("99999999-9999-4999-8999-999999999999",
                                                "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"));

    g_assert_true (lk_backup_import (a, good, strlen (good), LK_BACKUP_MERGE, &error));
    g_assert_no_error (error);
  }

  lk_test_rmtree (dir);
}

static void
test_fishbone_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(LkFishbone) header = NULL;
  g_autoptr(LkFishbone) got = NULL;
  g_autofree char *first = NULL, *second = NULL, *outline = NULL;

  fill_fishbone (a);
  first = export (a);
  g_assert_nonnull (strstr (first, "\"fishbones\""));
  g_assert_nonnull (strstr (first, "\"children\""));
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  list = lk_store_list_fishbones (b, &error);
  header = g_list_model_get_item (G_LIST_MODEL (list), 0);
  got = lk_store_get_fishbone (b, header->uuid, &error);
  g_assert_no_error (error);
  g_assert_true (got->head_left);
  g_assert_cmpint (got->source_kind, ==, LK_SOURCE_TEN_FACTOR);
  outline = lk_fishbone_to_outline (got);
  g_assert_nonnull (strstr (outline, "Ledelse\n\tTavlemøtene blir avlyst\n\t\tTravle morgener\n\t\t\tFor få på vakt\n"));

  /* Merged again: nothing changes */
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  g_clear_pointer (&second, g_free);
  second = export (b);
  g_assert_cmpstr (first, ==, second);

  /* As deep as the model allows still fits the file format's nesting */
  {
    g_autoptr(LkFishbone) deep = lk_fishbone_new ("Dypt", "2026-04-20", LK_CATEGORIES_NONE);
    LkCause *node = lk_fishbone_add_after (deep, NULL, "nivå 0");
    g_autofree char *doc = NULL;

    for (guint level = 1; level < LK_FISHBONE_MAX_DEPTH; level++)
      {
        LkCause *next = lk_fishbone_add_after (deep, node, "hvorfor?");

        g_assert_true (lk_fishbone_indent (deep, next));
        node = next;
      }
    g_assert_cmpuint (lk_cause_get_depth (node), ==, LK_FISHBONE_MAX_DEPTH - 1);
    g_assert_true (lk_store_save_fishbone (a, deep, &error));
    doc = export (a);
    g_assert_true (lk_backup_import (b, doc, strlen (doc), LK_BACKUP_REPLACE, &error));
    g_assert_no_error (error);
  }

  lk_test_rmtree (dir);
}

#define FB_HEAD "{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":{\"fishbones\":[{" \
  "\"uuid\":\"0d6c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"problem\":\"P\",\"date\":\"2026-04-20\"," \
  "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\",\"categories\":"
#define FB_TAIL "}]}}"

static char *
node_json (guint       n,
           const char *fields)
{
  return g_strdup_printf ("{\"uuid\":\"%08x-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",%s", n, fields);
}

/* Bad analyses are refused whole, with the place named: too deep (nested
 * 13 and 2,000 levels), a uuid twice, too many votes, no text */
static void
test_fishbone_bad_documents (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "bad.db");
  g_autofree char *before = NULL;
  const guint depths[] = { 13, 2000 };

  fill_fishbone (store);
  before = export (store);

  for (guint d = 0; d < G_N_ELEMENTS (depths) + 3; d++)
    {
      g_autoptr(GString) doc = g_string_new (FB_HEAD);
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;
      const char *mentions;

      if (d < G_N_ELEMENTS (depths))
        {
          g_string_append_c (doc, '[');
          for (guint i = 0; i < depths[d]; i++)
            {
              g_autofree char *node = node_json (i + 1, "\"text\":\"hvorfor?\",\"children\":[");

              g_string_append (doc, node);
            }
          for (guint i = 0; i < depths[d]; i++)
            g_string_append (doc, "]}");
          g_string_append_c (doc, ']');
          mentions = depths[d] == 13 ? "children" : NULL;
        }
      else
        {
          const char *fields[] = { "\"text\":\"A\"}", "\"text\":\"A\",\"votes\":1000}", "\"votes\":1}" };
          g_autofree char *one = node_json (7, fields[d - G_N_ELEMENTS (depths)]);
          g_autofree char *two = node_json (7, "\"text\":\"B\"}");

          g_string_append_printf (doc, "[%s,%s]", one, d == G_N_ELEMENTS (depths) ? two : "{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2b\",\"text\":\"C\"}");
          mentions = d == G_N_ELEMENTS (depths) ? "categories[1]" : "categories[0]";
        }
      g_string_append (doc, FB_TAIL);

      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_assert_false (lk_backup_import (store, doc->str, doc->len, mode, &error));
          g_assert_nonnull (error);
          if (mentions != NULL && strstr (error->message, mentions) == NULL)
            g_error ("case %u: “%s” does not mention %s", d, error->message, mentions);
          g_clear_error (&error);
        }
      after = export (store);
      g_assert_cmpstr (before, ==, after);
    }

  lk_test_rmtree (dir);
}

/* A held conversation comes back exactly as it was on the table, in
 * another database; merging the same file again changes nothing */
static void
test_conversation_round_trip (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  guint n, held = 0;

  g_assert_true (lk_example_load (a, TODAY, &error));
  first = export (a);
  g_assert_nonnull (strstr (first, "\"conversations\""));
  g_assert_nonnull (strstr (first, "\"survey-factor\""));
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  list = lk_store_list_conversations (b, 0, &error);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkConversation) header = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(LkConversation) c = lk_store_get_conversation (b, header->uuid, &error);
      g_autoptr(LkConversation) original = lk_store_get_conversation (a, header->uuid, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (c->brief->len, ==, original->brief->len);
      for (guint k = 0; k < LK_TOPIC_N; k++)
        {
          g_assert_cmpstr (c->texts[k], ==, original->texts[k]);
          g_assert_cmpstr (c->notes[k], ==, original->notes[k]);
        }
      if (c->status == LK_CONVERSATION_HELD)
        {
          held++;
          g_assert_cmpstr (c->held, ==, original->held);
        }
    }
  g_assert_cmpuint (held, ==, 1);
  second = export (b);
  g_assert_cmpstr (first, ==, second);
  g_assert_true (lk_backup_import (b, first, strlen (first), LK_BACKUP_MERGE, &error));
  third = export (b);
  g_assert_cmpstr (first, ==, third);

  lk_test_rmtree (dir);
}

#define CONV_HEAD "{\"format\":\"lederkompass-backup\",\"version\":1,\"data\":{\"conversations\":[{" \
  "\"uuid\":\"2d6c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\",\"created\":\"2020-01-01T00:00:00Z\"," \
  "\"updated\":\"2020-01-01T00:00:00Z\","
#define CONV_TAIL "}]}}"

/* Bad conversations are refused whole, with the place named */
static void
test_conversation_bad_documents (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "bad.db");
  g_autofree char *before = NULL;
  struct {
    const char *fields;
    const char *mentions;
  } cases[] = {
    { "\"date\":\"2026-09-15\"", "with" },
    { "\"with\":\"  \",\"date\":\"2026-09-15\"", "conversations[0]" },
    { "\"with\":\"A\",\"date\":\"2026-13-15\"", "date" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"time\":\"25:00\"", "conversations[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"period\":\"t4\"", "period" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"status\":\"held\"", "held" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"budget\":1e300", "budget" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"budget\":\"mye\"", "budget" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"next-date\":\"2026-09-01\"", "conversations[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"sections\":[{\"topic\":\"budget\",\"text\":\"a\"},"
      "{\"topic\":\"budget\",\"text\":\"b\"}]", "sections[1]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"sections\":[{\"topic\":\"weather\"}]", "sections[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"brief\":[{\"topic\":\"risk\",\"kind\":\"horoscope\"}]", "brief[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"brief\":[{\"topic\":\"risk\",\"kind\":\"risk\",\"v0\":\"x\"}]", "brief[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"brief\":[{\"kind\":\"risk\"}]", "brief[0]" },
    { "\"with\":\"A\",\"date\":\"2026-09-15\",\"brief\":{}", "brief" },
  };

  g_assert_true (lk_example_load (store, TODAY, NULL));
  before = export (store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *doc = g_strconcat (CONV_HEAD, cases[i].fields, CONV_TAIL, NULL);
      g_autofree char *after = NULL;

      for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
        {
          g_autoptr(GError) error = NULL;

          g_assert_false (lk_backup_import (store, doc, strlen (doc), mode, &error));
          g_assert_nonnull (error);
          if (strstr (error->message, cases[i].mentions) == NULL)
            g_error ("case %u: “%s” does not mention %s", i, error->message, cases[i].mentions);
        }
      after = export (store);
      g_assert_cmpstr (before, ==, after);
    }

  /* A brief of more rows than a brief can have */
  {
    g_autoptr(GString) doc = g_string_new (CONV_HEAD "\"with\":\"A\",\"date\":\"2026-09-15\",\"brief\":[");
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i <= LK_BRIEF_MAX_ITEMS; i++)
      g_string_append_printf (doc, "%s{\"topic\":\"risk\",\"kind\":\"note\",\"title\":\"x\"}", i ? "," : "");
    g_string_append (doc, "]" CONV_TAIL);
    g_assert_false (lk_backup_import (store, doc->str, doc->len, LK_BACKUP_MERGE, &error));
    g_assert_nonnull (strstr (error->message, "brief"));
  }

  lk_test_rmtree (dir);
}

typedef struct
{
  GCancellable *cancellable;
  double        last;
  guint         calls;
  double        cancel_at;   /* > 1: never */
} Progress;

static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *p = data;

  g_assert_cmpfloat (fraction, >=, p->last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  p->last = fraction;
  p->calls++;
  if (fraction >= p->cancel_at)
    g_cancellable_cancel (p->cancellable);
}

/* A file import tells its progress, ends at 1, and Cancel at any moment
 * leaves the database exactly as it was (issue 15) */
static void
test_import_progress_and_cancel (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "backup.json", NULL);
  g_autoptr(LkStore) a = lk_test_open_store (dir, "a.db");
  g_autoptr(LkStore) b = lk_test_open_store (dir, "b.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const double stops[] = { 0.05, 0.5, 0.97 };

  g_assert_true (lk_example_load (a, TODAY, &error));
  /* Enough entries that progress is told many times */
  g_assert_true (lk_store_begin (a, &error));
  for (guint i = 0; i < 3000; i++)
    {
      g_autoptr(LkLogEntry) entry = lk_log_entry_new (TODAY);
      g_autofree char *title = g_strdup_printf ("Refleksjon %u om tavlemøtet", i);

      lk_log_entry_set_title (entry, title);
      g_assert_true (lk_store_save_log_entry (a, entry, &error));
    }
  g_assert_true (lk_store_commit (a, &error));
  g_assert_true (lk_backup_export_file (a, file, &error));
  g_assert_no_error (error);
  g_assert_true (lk_backup_check_file (file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* b has data of its own, which Cancel must leave */
  {
    g_autoptr(LkMeasure) own = lk_measure_new ("Bare i denne basen");

    g_assert_true (lk_store_save_measure (b, own, &error));
  }
  before = export (b);
  for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
    for (int mode = LK_BACKUP_REPLACE; mode <= LK_BACKUP_MERGE; mode++)
      {
        g_autoptr(GCancellable) cancellable = g_cancellable_new ();
        Progress p = { cancellable, 0, 0, stops[i] };

        g_assert_false (lk_backup_import_file_full (b, file, mode, cancellable, on_progress, &p, &error));
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        g_clear_error (&error);
        g_clear_pointer (&after, g_free);
        after = export (b);
        g_assert_cmpstr (before, ==, after);
      }

  /* Not cancelled: it ends at 1, and b holds what a held */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Progress p = { cancellable, 0, 0, 2 };
    g_autofree char *source = export (a);
    g_autofree char *copy = NULL;

    g_assert_true (lk_backup_import_file_full (b, file, LK_BACKUP_REPLACE, cancellable, on_progress, &p, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (p.last, ==, 1.0);
    g_assert_cmpuint (p.calls, >, 5);
    copy = export (b);
    g_assert_cmpstr (source, ==, copy);
  }

  lk_test_rmtree (dir);
}

/* What json-glib takes besides strict JSON (comments, single quotes) must
 * not hide nesting from the depth check: a comment full of closing brackets
 * before 200,000 opening ones crashed the application (issue 15). Refused,
 * with its place, and the store unchanged. */
static void
test_hidden_depth (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "hidden.db");
  g_autoptr(GString) comment = g_string_new ("/*");
  g_autofree char *before = NULL, *after = NULL;
  const char *quoted = "{'a': \"]]]]]]]]]]\"}";
  const guint n = 200000;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  before = export (store);
  for (guint i = 0; i < n; i++)
    g_string_append_c (comment, ']');
  g_string_append (comment, "*/");
  for (guint i = 0; i < n; i++)
    g_string_append_c (comment, '[');
  for (guint i = 0; i < n; i++)
    g_string_append_c (comment, ']');

  for (guint d = 0; d < 2; d++)
    {
      const char *doc = d == 0 ? comment->str : quoted;
      g_autoptr(GError) error = NULL;

      g_assert_false (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_MERGE, &error));
      g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, "line 1, column"));
    }
  after = export (store);
  g_assert_cmpstr (before, ==, after);

  lk_test_rmtree (dir);
}

static void
test_failure_in_store_rolls_back (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "rb.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *doc = NULL;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  before = export (store);

  /* Valid document; a trigger makes the write fail after the clear. */
  doc = g_strdup (HEAD M ("\"title\":\"Blokkert\",\"status\":\"done\""));
  g_assert_true (lk_store_exec_for_test (store,
                                         "CREATE TEMP TRIGGER block BEFORE INSERT ON measures "
                                         "WHEN NEW.title = 'Blokkert' "
                                         "BEGIN SELECT RAISE (ABORT, 'blocked'); END"));
  g_assert_false (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_REPLACE, &error));
  g_assert_nonnull (error);

  after = export (store);
  g_assert_cmpstr (before, ==, after);

  lk_test_rmtree (dir);
}


/* Merging an item whose uuid is already something else here (a cause of
 * another analysis) is refused with its place, in words, not SQL (issue
 * 15, defect 7) */
static void
test_uuid_taken (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "taken.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(LkFishbone) header = NULL;
  g_autoptr(LkFishbone) fb = NULL;
  g_autoptr(LkCause) category = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *doc = NULL;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  all = lk_store_list_fishbones (store, NULL);
  header = g_list_model_get_item (G_LIST_MODEL (all), 0);
  fb = lk_store_get_fishbone (store, header->uuid, NULL);
  category = g_list_model_get_item (G_LIST_MODEL (fb->categories), 0);
  before = export (store);

  doc = g_strdup_printf (HEAD "{\"fishbones\":[{\"uuid\":\"6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a\","
                         "\"problem\":\"Ny analyse\",\"date\":\"2026-01-02\","
                         "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\","
                         "\"categories\":[{\"uuid\":\"%s\",\"text\":\"Metode\"}]}]}}", category->uuid);
  g_assert_false (lk_backup_import (store, doc, strlen (doc), LK_BACKUP_MERGE, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.data.fishbones[0]"));
  g_assert_nonnull (strstr (error->message, "already used"));
  g_assert_null (strstr (error->message, "constraint"));
  after = export (store);
  g_assert_cmpstr (before, ==, after);

  lk_test_rmtree (dir);
}

static void
test_file_private (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "backup.json", NULL);
  g_autoptr(LkStore) store = lk_test_open_store (dir, "f.db");
  g_autoptr(LkStore) other = lk_test_open_store (dir, "g.db");
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  g_assert_true (lk_backup_export_file (store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (lk_backup_import_file (other, path, LK_BACKUP_REPLACE, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (other));

  g_assert_false (lk_backup_import_file (other, "/nonexistent/backup.json", LK_BACKUP_REPLACE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);

  lk_test_rmtree (dir);
}

/* A step that fails anywhere while the backup is read from the database
 * (a full disk, an I/O error) is an error: never a shorter backup saved as
 * if it were whole, and the file already there stays as it was. */
static void
test_failing_step (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "backup.json", NULL);
  g_autoptr(LkStore) store = lk_test_open_store (dir, "f.db");
  g_autofree char *before = NULL;
  guint failures = 0;

  g_assert_true (lk_example_load (store, TODAY, NULL));
  g_assert_true (g_file_set_contents (path, "old backup", -1, NULL));
  before = lk_test_checksum_file (path);

  for (int n = 0; ; n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) d = NULL;
      gboolean ok, fired;
      guint files = 0;

      lk_store_fail_step_after (store, n);
      ok = lk_backup_export_file (store, path, &error);
      fired = lk_store_fail_step_after (store, -1);
      /* Saved only when nothing failed */
      g_assert_true (ok != fired);
      if (ok)
        break;

      failures++;
      g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO);
      {
        g_autofree char *now = lk_test_checksum_file (path);

        g_assert_cmpstr (now, ==, before);
      }
      d = g_dir_open (dir, 0, NULL);
      while (g_dir_read_name (d) != NULL)
        files++;
      g_assert_cmpuint (files, ==, 4);  /* backup.json, f.db, its -wal and -shm */
      g_assert_cmpint (n, <, 100000);
    }

  /* The example has many rows: each of them could fail */
  g_assert_cmpuint (failures, >, 50);
  {
    g_autofree char *now = lk_test_checksum_file (path);

    g_assert_cmpstr (now, !=, before);
  }

  lk_test_rmtree (dir);
}

/* The nicks are the names in every backup ever written: renaming an enum
 * value must not change them. */
static void
test_stored_names (void)
{
  static const struct { GType (*type) (void); const char *names[9]; } enums[] = {
    { lk_measure_status_get_type, { "not-started", "started", "done", "delayed", "cancelled" } },
    { lk_source_kind_get_type, { "none", "goal", "risk", "cause", "ten-factor", "conversation",
                                 "deviation", "development-goal" } },
    { lk_dev_goal_status_get_type, { "active", "achieved", "archived" } },
    { lk_deviation_cause_get_type, { "system", "procedure", "human" } },
    { lk_deviation_status_get_type, { "open", "handling", "closed" } },
  };
  static const char * const motor[] = { "mestringsorientert", "omsorg", "tydelighet",
                                        "omstilling", "resultater" };
  static const char * const v4[] = { "viktig", "vanlig", "vanskelig", "variasjon" };

  for (guint e = 0; e < G_N_ELEMENTS (enums); e++)
    for (int v = 0; enums[e].names[v] != NULL; v++)
      {
        int back = -1;

        g_assert_cmpstr (lk_enum_to_nick (enums[e].type (), v), ==, enums[e].names[v]);
        g_assert_true (lk_enum_from_nick (enums[e].type (), enums[e].names[v], &back));
        g_assert_cmpint (back, ==, v);
      }
  for (guint i = 0; i < G_N_ELEMENTS (motor); i++)
    g_assert_cmpstr (lk_flag_to_nick (LK_TYPE_MOTOR, 1u << i), ==, motor[i]);
  for (guint i = 0; i < G_N_ELEMENTS (v4); i++)
    g_assert_cmpstr (lk_flag_to_nick (LK_TYPE_SCREENING_FLAGS, 1u << i), ==, v4[i]);
  g_assert_false (lk_enum_from_nick (LK_TYPE_MEASURE_STATUS, "Done", &(int){ 0 }));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/backup/stored-names", test_stored_names);
  g_test_add_func ("/backup/failing-step", test_failing_step);
  g_test_add_func ("/backup/round-trip", test_round_trip);
  g_test_add_func ("/backup/merge", test_merge);
  g_test_add_func ("/backup/jeg-plan-round-trip", test_jeg_plan_round_trip);
  g_test_add_func ("/backup/risk-round-trip", test_risk_round_trip);
  g_test_add_func ("/backup/fishbone-round-trip", test_fishbone_round_trip);
  g_test_add_func ("/backup/fishbone-bad-documents", test_fishbone_bad_documents);
  g_test_add_func ("/backup/conversation-round-trip", test_conversation_round_trip);
  g_test_add_func ("/backup/import-progress-and-cancel", test_import_progress_and_cancel);
  g_test_add_func ("/backup/conversation-bad-documents", test_conversation_bad_documents);
  g_test_add_func ("/backup/bad-documents", test_bad_documents);
  g_test_add_func ("/backup/masterplan", test_masterplan_backup);
  g_test_add_func ("/backup/ten-factor", test_ten_factor_backup);
  g_test_add_func ("/backup/hidden-depth", test_hidden_depth);
  g_test_add_func ("/backup/failure-rolls-back", test_failure_in_store_rolls_back);
  g_test_add_func ("/backup/file-private", test_file_private);
  g_test_add_func ("/backup/uuid-taken", test_uuid_taken);

  return g_test_run ();
}
