/* test-plan-exchange.c: plans passed between leaders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-backup.h"
#include "lk-example.h"
#include "lk-json-read.h"
#include "lk-masterplan.h"
#include "lk-plan-exchange.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

static char *
export_plan (LkStore *store,
             guint    max_level)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (store, &error);

  g_assert_no_error (error);
  return lk_plan_exchange_export (mp, NULL, max_level, NULL);
}

static int
import_file (LkStore    *store,
             const char *doc,
             guint      *added,
             guint      *changed,
             guint      *kept)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkPlanImport) import = lk_plan_exchange_read (doc, strlen (doc), &error);
  g_autoptr(LkPlanPreview) preview = NULL;
  int written = -1;

  g_assert_no_error (error);
  preview = lk_plan_exchange_preview (store, import, &error);
  g_assert_no_error (error);
  *added = preview->added->len;
  *changed = preview->changed->len;
  *kept = preview->kept->len;
  g_assert_true (lk_plan_exchange_apply (store, import, &written, &error));
  g_assert_no_error (error);

  return written;
}

/* Levels 1–2 go out and come in; the same file twice changes nothing; a
 * change in the leader team's file reaches the leader, whose own goals
 * below stay where they hang; a change made here later is kept */
static void
test_round_trip_and_merge (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) team = lk_test_open_store (dir, "team.db");
  g_autoptr(LkStore) leader = lk_test_open_store (dir, "leader.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(LkGoal) mine = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *again = NULL;
  g_autofree char *changed_doc = NULL;
  guint added, changed, kept;
  LkGoal *goal;

  g_assert_true (lk_example_load (team, "2026-05-10", &error));
  doc = export_plan (team, 2);
  g_assert_nonnull (strstr (doc, "\"format\":\"lederkompass-plan\""));
  g_assert_null (strstr (doc, "Tavlemøter hver uke"));   /* level 4 stays home */

  /* 3 areas, 3 goals on level 1, 4 on level 2 */
  g_assert_cmpint (import_file (leader, doc, &added, &changed, &kept), ==, 10);
  g_assert_cmpuint (added, ==, 10);
  g_assert_cmpuint (changed + kept, ==, 0);
  again = export_plan (leader, 2);
  g_assert_cmpstr (strstr (doc, "\"kommuneplans\""), ==, strstr (again, "\"kommuneplans\""));
  g_assert_cmpint (import_file (leader, doc, &added, &changed, &kept), ==, 0);
  g_assert_cmpuint (kept, ==, 10);

  /* The leader's own goal under an imported one */
  mp = lk_store_load_masterplan (leader, &error);
  goal = lk_masterplan_find_titled (mp, "Hverdagsmestring i alle tjenester");
  mine = lk_goal_new ("Vårt eget mål", 3, goal->uuid);
  g_assert_true (lk_store_save_goal (leader, mine, &error));
  g_assert_no_error (error);
  g_clear_object (&mp);

  /* The team renames it; the leader imports */
  mp = lk_store_load_masterplan (team, &error);
  goal = lk_masterplan_find_titled (mp, "Hverdagsmestring i alle tjenester");
  {
    g_autoptr(LkGoal) copy = lk_goal_copy (goal);

    g_free (copy->title);
    copy->title = g_strdup ("Hverdagsmestring i alle tjenester og hjem");
    g_usleep (1100 * 1000);   /* times are to the second */
    g_assert_true (lk_store_save_goal (team, copy, &error));
  }
  g_clear_object (&mp);
  changed_doc = export_plan (team, 2);
  g_assert_cmpint (import_file (leader, changed_doc, &added, &changed, &kept), ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  mp = lk_store_load_masterplan (leader, &error);
  goal = lk_masterplan_find (mp, mine->uuid);
  g_assert_cmpstr (goal->parent->title, ==, "Hverdagsmestring i alle tjenester og hjem");

  /* Changed here after the file was made: the newer wins */
  {
    g_autoptr(LkGoal) copy = lk_goal_copy (goal->parent);

    g_free (copy->title);
    copy->title = g_strdup ("Vår versjon");
    g_usleep (1100 * 1000);
    g_assert_true (lk_store_save_goal (leader, copy, &error));
  }
  g_assert_cmpint (import_file (leader, changed_doc, &added, &changed, &kept), ==, 0);
  g_clear_object (&mp);
  mp = lk_store_load_masterplan (leader, &error);
  g_assert_nonnull (lk_masterplan_find_titled (mp, "Vår versjon"));

  lk_test_rmtree (dir);
}

#define TIMES "\"created\":\"2020-01-01T00:00:00Z\",\"updated\":\"2020-01-01T00:00:00Z\""
#define HEAD "{\"format\":\"lederkompass-plan\",\"version\":1,\"exported\":\"2026-05-10T10:00:00Z\","
#define PLAN "\"kommuneplans\":[{\"uuid\":\"11111111-1111-4111-8111-111111111111\",\"title\":\"K\"," \
             "\"first-year\":2024,\"last-year\":2036,\"updated\":\"2020-01-01T00:00:00Z\"}],"
#define AREA "{\"uuid\":\"22222222-2222-4222-8222-222222222222\",\"level\":0," \
             "\"plan\":\"11111111-1111-4111-8111-111111111111\",\"title\":\"Folkehelse\"," \
             "\"first-year\":2024,\"last-year\":2036," TIMES "}"
#define G1(extra) "{\"uuid\":\"33333333-3333-4333-8333-333333333333\",\"level\":1," \
                  "\"parent\":\"22222222-2222-4222-8222-222222222222\",\"title\":\"Mål 1\"," \
                  "\"first-year\":2025,\"last-year\":2026," extra TIMES "}"
#define G2(level, extra) "{\"uuid\":\"44444444-4444-4444-8444-444444444444\",\"level\":" level "," \
                         "\"parent\":\"33333333-3333-4333-8333-333333333333\",\"title\":\"Mål 2\"," \
                         "\"first-year\":2025,\"last-year\":2026," extra TIMES "}"
#define DOC(goals) HEAD PLAN "\"goals\":[" goals "]}"

static const struct {
  const char *name;
  const char *doc;
  const char *mentions;
} bad_plans[] = {
  { "not-a-plan", "{\"format\":\"lederkompass-backup\",\"version\":1}", "not a plan" },
  { "newer-version", "{\"format\":\"lederkompass-plan\",\"version\":9,\"exported\":\"2026-05-10T10:00:00Z\"}",
    "newer version" },
  { "cycle", DOC (AREA "," G1 ("\"supports\":[\"44444444-4444-4444-8444-444444444444\"],") "," G2 ("2", "")),
    "circle" },
  { "wrong-level", DOC (AREA "," G1 ("") "," G2 ("3", "")), "level 3" },
  { "unknown-perspective", DOC (AREA "," G1 ("\"perspective\":\"sky\",")), "$.goals[1].perspective" },
  { "duplicate-uuid", DOC (AREA "," G1 ("") "," G1 ("")), "twice" },
  { "value-outside-period",
    DOC (AREA "," G1 ("\"kpis\":[{\"uuid\":\"55555555-5555-4555-8555-555555555555\",\"name\":\"N\","
                      "\"values\":{\"2040\":[null,1,null]}}],")),
    "2040" },
  { "missing-parent", DOC (G2 ("2", "")), "level 2" },
  { "deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
            "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", NULL },
  { "truncated", HEAD PLAN "\"goals\":[" AREA, NULL },
};

/* Each bad document is refused with its problem and place, before or at
 * applying, and the database is left exactly as it was */
static void
test_bad_plans (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "bad.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  g_assert_true (lk_example_load (store, "2026-05-10", &error));
  before = lk_backup_export (store, NULL, &error);

  for (guint i = 0; i < G_N_ELEMENTS (bad_plans); i++)
    {
      g_autoptr(LkPlanImport) import = NULL;
      g_autofree char *after = NULL;

      g_test_message ("bad plan: %s", bad_plans[i].name);
      import = lk_plan_exchange_read (bad_plans[i].doc, strlen (bad_plans[i].doc), &error);
      if (import != NULL)
        g_assert_false (lk_plan_exchange_apply (store, import, NULL, &error));
      g_assert_nonnull (error);
      if (bad_plans[i].mentions && strstr (error->message, bad_plans[i].mentions) == NULL)
        g_error ("%s: “%s” does not mention %s", bad_plans[i].name, error->message, bad_plans[i].mentions);
      g_clear_error (&error);
      after = lk_backup_export (store, NULL, NULL);
      g_assert_cmpstr (before, ==, after);
    }

  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plan-exchange/round-trip-and-merge", test_round_trip_and_merge);
  g_test_add_func ("/plan-exchange/bad-plans", test_bad_plans);

  return g_test_run ();
}
