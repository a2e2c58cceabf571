/* test-measures.c: measures in the store, filters, counts, dates, example data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-date.h"
#include "lk-example.h"
#include "lk-fishbone.h"
#include "lk-jeg-plan.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-test-util.h"

#define TODAY "2026-05-10"

typedef LkTestFixture Fixture;

static LkMeasure *
add (Fixture         *f,
     const char      *title,
     const char      *owner,
     const char      *deadline,
     LkMeasureStatus  status,
     LkSourceKind     source)
{
  g_autoptr(GError) error = NULL;
  LkMeasure *m = lk_measure_new (title);

  lk_measure_set_owner (m, owner);
  lk_measure_set_deadline (m, deadline);
  lk_measure_set_status (m, status);
  lk_measure_set_source (m, source, NULL, NULL);
  g_assert_true (lk_store_save_measure (f->store, m, &error));
  g_assert_no_error (error);

  return m;
}

static guint
count (Fixture               *f,
       const LkMeasureFilter *filter)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = lk_store_list_measures (f->store, filter, &error);

  g_assert_no_error (error);

  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_crud (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) m = NULL;
  g_autoptr(LkMeasure) again = NULL;
  g_autoptr(LkMeasure) gone = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *created = NULL;

  m = add (f, "Innføre tavlemøter 📋", "Kari", "2026-06-01",
           LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_GOAL);
  g_assert_cmpint (lk_measure_get_id (m), >, 0);
  g_assert_true (g_uuid_string_is_valid (lk_measure_get_uuid (m)));
  g_assert_true (lk_timestamp_is_valid (lk_measure_get_created (m)));
  uuid = g_strdup (lk_measure_get_uuid (m));
  created = g_strdup (lk_measure_get_created (m));

  /* Update keeps identity */
  lk_measure_set_title (m, "Innføre ukentlige tavlemøter");
  lk_measure_set_description (m, "Hver tirsdag\nmed forbedringstavle — עברית");
  lk_measure_set_review_date (m, "2026-05-20");
  g_assert_true (lk_store_set_measure_status (f->store, m, LK_MEASURE_STATUS_STARTED, &error));
  g_assert_no_error (error);

  again = lk_store_get_measure (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lk_measure_get_title (again), ==, "Innføre ukentlige tavlemøter");
  g_assert_cmpstr (lk_measure_get_description (again), ==, "Hver tirsdag\nmed forbedringstavle — עברית");
  g_assert_cmpstr (lk_measure_get_review_date (again), ==, "2026-05-20");
  g_assert_cmpint (lk_measure_get_status (again), ==, LK_MEASURE_STATUS_STARTED);
  g_assert_cmpint (lk_measure_get_source_kind (again), ==, LK_SOURCE_GOAL);
  g_assert_cmpstr (lk_measure_get_created (again), ==, created);
  g_assert_cmpint (lk_measure_get_id (again), ==, lk_measure_get_id (m));

  /* Delete, then undo puts it back as it was */
  g_assert_true (lk_store_delete_measure (f->store, again, &error));
  g_assert_no_error (error);
  gone = lk_store_get_measure (f->store, uuid, &error);
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_false (lk_store_delete_measure (f->store, again, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (lk_store_restore_measure (f->store, again, &error));
  g_assert_no_error (error);
  gone = lk_store_get_measure (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lk_measure_get_created (gone), ==, created);
  g_assert_cmpstr (lk_measure_get_title (gone), ==, "Innføre ukentlige tavlemøter");
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LkMeasure) m = lk_measure_new ("   ");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (LK_MEASURE_TITLE_MAX + 1, 'x');

  g_assert_false (lk_store_save_measure (f->store, m, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  lk_measure_set_title (m, long_title);
  g_assert_false (lk_store_save_measure (f->store, m, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  lk_measure_set_title (m, "Gyldig");
  lk_measure_set_deadline (m, "2026-02-30");
  g_assert_false (lk_store_save_measure (f->store, m, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  lk_measure_set_deadline (m, "");
  g_assert_null (lk_measure_get_deadline (m));
  g_assert_true (lk_store_save_measure (f->store, m, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (f, NULL), ==, 1);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LkMeasure) a = add (f, "A tavlemøte", "Kari", "2026-05-01", LK_MEASURE_STATUS_STARTED, LK_SOURCE_GOAL);
  g_autoptr(LkMeasure) b = add (f, "B 100% oppmøte", "Ola", "2026-05-09", LK_MEASURE_STATUS_DONE, LK_SOURCE_RISK);
  g_autoptr(LkMeasure) c = add (f, "C rutine", "Kari", "2026-05-10", LK_MEASURE_STATUS_NOT_STARTED, LK_SOURCE_RISK);
  g_autoptr(LkMeasure) d = add (f, "D opplæring", "Per", "2026-05-20", LK_MEASURE_STATUS_DELAYED, LK_SOURCE_CAUSE);
  g_autoptr(LkMeasure) e = add (f, "E uten frist", "Ola", NULL, LK_MEASURE_STATUS_CANCELLED, LK_SOURCE_NONE);
  g_autoptr(LkMeasure) g = add (f, "F forfalt", "Per", "2026-04-01", LK_MEASURE_STATUS_DELAYED, LK_SOURCE_CAUSE);
  g_autoptr(GListStore) list = NULL;
  g_auto(GStrv) owners = NULL;
  LkMeasureFilter filter;
  LkMeasureCounts counts;

  lk_measure_filter_init (&filter);
  filter.today = TODAY;
  g_assert_cmpuint (count (f, &filter), ==, 6);

  /* Sorted by deadline, the ones without last */
  list = lk_store_list_measures (f->store, &filter, NULL);
  {
    g_autoptr(LkMeasure) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(LkMeasure) last = g_list_model_get_item (G_LIST_MODEL (list), 5);
    g_assert_cmpstr (lk_measure_get_title (first), ==, "F forfalt");
    g_assert_cmpstr (lk_measure_get_title (last), ==, "E uten frist");
  }

  filter.status_mask = 1 << LK_MEASURE_STATUS_DELAYED;
  g_assert_cmpuint (count (f, &filter), ==, 2);
  filter.status_mask |= 1 << LK_MEASURE_STATUS_DONE;
  g_assert_cmpuint (count (f, &filter), ==, 3);
  filter.status_mask = 0;

  filter.owner = "Kari";
  g_assert_cmpuint (count (f, &filter), ==, 2);
  filter.owner = NULL;

  /* Overdue: open and past the deadline; the deadline day itself is not */
  filter.overdue_only = TRUE;
  g_assert_cmpuint (count (f, &filter), ==, 2);   /* A and F */
  g_assert_true (lk_measure_is_overdue (a, TODAY));
  g_assert_false (lk_measure_is_overdue (b, TODAY));
  g_assert_false (lk_measure_is_overdue (c, TODAY));
  filter.overdue_only = FALSE;

  filter.source_kind = LK_SOURCE_RISK;
  g_assert_cmpuint (count (f, &filter), ==, 2);
  filter.source_kind = LK_SOURCE_NONE;
  g_assert_cmpuint (count (f, &filter), ==, 1);
  filter.source_kind = -1;

  /* Text search takes % literally and ignores case */
  filter.text = "100%";
  g_assert_cmpuint (count (f, &filter), ==, 1);
  filter.text = "%";
  g_assert_cmpuint (count (f, &filter), ==, 1);
  filter.text = "TAVLEMØTE";
  g_assert_cmpuint (count (f, &filter), ==, 1);
  filter.text = "TAVLEM";
  g_assert_cmpuint (count (f, &filter), ==, 1);
  filter.text = "per";
  g_assert_cmpuint (count (f, &filter), ==, 2);
  filter.text = NULL;

  filter.due_before = "2026-05-15";
  g_assert_cmpuint (count (f, &filter), ==, 3);   /* A, C, F: open */
  filter.due_from = TODAY;
  g_assert_cmpuint (count (f, &filter), ==, 1);   /* C */
  filter.due_before = NULL;
  g_assert_cmpuint (count (f, &filter), ==, 2);   /* C today, D later */
  filter.due_from = NULL;

  filter.sort = LK_MEASURE_SORT_TITLE;
  filter.limit = 2;
  g_clear_object (&list);
  list = lk_store_list_measures (f->store, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  {
    g_autoptr(LkMeasure) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_assert_cmpstr (lk_measure_get_title (first), ==, "A tavlemøte");
  }

  owners = lk_store_list_owners (f->store, NULL);
  g_assert_cmpuint (g_strv_length (owners), ==, 3);
  g_assert_cmpstr (owners[0], ==, "Kari");
  g_assert_cmpstr (owners[2], ==, "Per");

  g_assert_true (lk_store_count_measures (f->store, TODAY, &counts, NULL));
  g_assert_cmpuint (counts.total, ==, 6);
  g_assert_cmpuint (counts.open, ==, 4);
  g_assert_cmpuint (counts.overdue, ==, 2);
  g_assert_cmpuint (counts.due_soon, ==, 2);      /* C today, D in ten days */
  g_assert_cmpuint (counts.by_status[LK_MEASURE_STATUS_DELAYED], ==, 2);
  g_assert_cmpuint (counts.by_source[LK_SOURCE_RISK], ==, 2);
  (void)d; (void)e; (void)g;
}

static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LkMeasureCounts counts;
  g_autofree char *name = NULL;

  g_assert_true (lk_store_set_setting (f->store, "user-name", "Mitt navn", NULL));
  g_assert_true (lk_store_is_empty (f->store));
  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (f->store));

  g_assert_true (lk_store_count_measures (f->store, TODAY, &counts, NULL));
  g_assert_cmpuint (counts.total, >=, 15);
  g_assert_cmpuint (counts.overdue, >=, 2);
  g_assert_cmpuint (counts.due_soon, >=, 2);
  for (guint i = 0; i < LK_MEASURE_STATUS_N; i++)
    g_assert_cmpuint (counts.by_status[i], >, 0);
  for (guint i = 0; i < LK_SOURCE_N; i++)
    g_assert_cmpuint (counts.by_source[i], >, 0);

  /* And a year of Jeg-plan */
  {
    g_autoptr(GListStore) goals = lk_store_list_dev_goals (f->store, 2026, FALSE, NULL);
    g_autoptr(GListStore) entries = lk_store_list_log_entries (f->store, NULL, NULL);
    g_autoptr(GPtrArray) gatherings = lk_store_list_gatherings (f->store, 2026, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (goals)), ==, 3);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 40);
    g_assert_cmpuint (gatherings->len, ==, 7);
  }

  /* Loading twice keeps the 2–4 rule */
  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lk_store_count_active_goals (f->store, 2026, NULL), ==, 3);

  /* A profile the user has begun is the user's: none of it is filled in */
  name = lk_store_get_setting (f->store, "user-name");
  g_assert_cmpstr (name, ==, "Mitt navn");
  g_assert_null (lk_store_get_setting (f->store, "user-role"));
  g_assert_null (lk_store_get_setting (f->store, "default-owner"));
}

static guint
n_items (GListStore *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_object_unref (store);
  return n;
}

/* Remove Example Data takes exactly what the example added: what the user
 * made stays, and so does an example item the user has built on. */
static void
test_example_remove (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMeasure) own = lk_measure_new ("Mitt eget tiltak");
  g_autoptr(LkLogEntry) entry = lk_log_entry_new (TODAY);
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(LkRiskAssessment) kept = NULL;
  g_autofree char *kept_uuid = NULL;
  g_autofree char *role = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  g_autoptr(LkGoal) own_goal = NULL;
  g_autoptr(GPtrArray) path = NULL;
  int count, removed = -1;

  g_assert_cmpint (lk_example_count (f->store, NULL), ==, 0);
  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_assert_no_error (error);
  count = lk_example_count (f->store, &error);
  g_assert_no_error (error);
  /* 17 tiltak, 3 goals, 40 entries, a programme, 2 assessments, 6 deviations,
   * a fishbone analysis; a kommuneplan, 6 units, 16 goals and priority
   * areas, 3 benefits; 4 survey rounds (three years and a night group);
   * 3 ROS-samtaler */
  g_assert_cmpint (count, ==, 17 + 3 + 40 + 1 + 2 + 6 + 1 + 1 + 6 + 16 + 3 + 4 + 3);

  /* The user's own work among it */
  g_assert_true (lk_store_save_measure (f->store, own, &error));
  lk_log_entry_set_title (entry, "Min egen refleksjon");
  g_assert_true (lk_store_save_log_entry (f->store, entry, &error));
  assessments = lk_store_list_risk_assessments (f->store, &error);
  g_assert_no_error (error);
  kept = g_object_ref (g_ptr_array_index (assessments, 0));
  kept_uuid = g_strdup (kept->uuid);
  {
    g_autoptr(LkRisk) risk = lk_risk_new ("Min egen risiko");
    lk_risk_assessment_put_risk (kept, risk);
  }
  g_assert_true (lk_store_put_risk_assessment (f->store, kept, &error));
  g_assert_true (lk_store_set_setting (f->store, "user-role", "Kommunalsjef", NULL));
  g_assert_no_error (error);
  /* … and a goal of the user's own under an example goal on level 3 */
  mp = lk_store_load_masterplan (f->store, &error);
  own_goal = lk_goal_new ("Mitt eget avdelingsmål", 4,
                          lk_masterplan_find_titled (mp, "Felles mål og retning i hjemmetjenesten")->uuid);
  g_assert_nonnull (own_goal);
  g_assert_true (lk_store_save_goal (f->store, own_goal, &error));
  g_assert_no_error (error);

  /* A failed step leaves everything as it was */
  lk_store_fail_step_after (f->store, 3);
  g_assert_false (lk_example_remove (f->store, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (lk_store_fail_step_after (f->store, -1));
  g_assert_cmpint (lk_example_count (f->store, NULL), ==, count);

  g_assert_true (lk_example_remove (f->store, &removed, &error));
  g_assert_no_error (error);
  /* The assessment the user added a risk to stays, with only that risk;
   * the user's goal keeps its line up to the kommuneplan (4 goals and the
   * plan) and the units of that line (3) */
  g_assert_cmpint (removed, ==, count - 1 - 5 - 3);
  g_clear_object (&mp);
  mp = lk_store_load_masterplan (f->store, &error);
  g_assert_cmpuint (mp->n_goals, ==, 4);
  path = lk_masterplan_path (mp, lk_masterplan_find (mp, own_goal->uuid));
  g_assert_cmpuint (path->len, ==, 5);
  g_assert_cmpint (lk_example_count (f->store, NULL), ==, 0);

  g_assert_cmpuint (n_items (lk_store_list_measures (f->store, NULL, NULL)), ==, 1);
  g_assert_cmpuint (n_items (lk_store_list_log_entries (f->store, NULL, NULL)), ==, 1);
  g_assert_cmpuint (n_items (lk_store_list_dev_goals (f->store, 2026, FALSE, NULL)), ==, 0);
  g_assert_cmpuint (n_items (lk_store_list_fishbones (f->store, NULL)), ==, 0);
  g_clear_pointer (&assessments, g_ptr_array_unref);
  assessments = lk_store_list_risk_assessments (f->store, NULL);
  g_assert_cmpuint (assessments->len, ==, 1);
  g_clear_object (&kept);
  kept = g_object_ref (g_ptr_array_index (assessments, 0));
  g_assert_cmpstr (kept->uuid, ==, kept_uuid);
  g_assert_cmpuint (kept->risks->len, ==, 1);
  g_assert_cmpstr (((LkRisk *)g_ptr_array_index (kept->risks, 0))->hazard, ==, "Min egen risiko");

  /* The example's profile goes; what the user changed in it stays */
  g_assert_null (lk_store_get_setting (f->store, "user-name"));
  role = lk_store_get_setting (f->store, "user-role");
  g_assert_cmpstr (role, ==, "Kommunalsjef");

  /* Nothing counts as example data any more: a second removal takes nothing */
  g_assert_true (lk_example_remove (f->store, &removed, &error));
  g_assert_cmpint (removed, ==, 0);
  g_assert_cmpuint (n_items (lk_store_list_measures (f->store, NULL, NULL)), ==, 1);
}

/* Loaded and removed, the store is as empty as before */
static void
test_example_remove_all (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int removed = 0;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_assert_no_error (error);
  g_assert_true (lk_example_remove (f->store, &removed, &error));
  g_assert_no_error (error);
  g_assert_cmpint (removed, ==, 103);
  g_assert_true (lk_store_is_empty (f->store));
  g_assert_null (lk_store_get_setting (f->store, "municipality"));
}

static void
test_dates (void)
{
  struct { const char *in; const char *out; } cases[] = {
    { "21.11.2026", "2026-11-21" },
    { " 1.2.2027 ", "2027-02-01" },
    { "21.11.26", "2026-11-21" },
    { "21/11/2026", "2026-11-21" },
    { "2026-11-21", "2026-11-21" },
    { "29.02.2028", "2028-02-29" },
    { "29.02.2027", NULL },
    { "31.04.2026", NULL },
    { "2026-13-01", NULL },
    { "21.11", NULL },
    { "21.11.2026x", NULL },
    { "21-11/2026", NULL },
    { "", NULL },
    { "i morgen", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *parsed = lk_date_parse_user (cases[i].in);
      g_assert_cmpstr (parsed, ==, cases[i].out);
    }

  g_assert_true (lk_date_is_valid_iso ("2026-01-31"));
  g_assert_false (lk_date_is_valid_iso ("2026-1-31"));
  g_assert_false (lk_date_is_valid_iso (NULL));
  g_assert_cmpint (lk_date_days_between ("2026-12-30", "2027-01-02"), ==, 3);
  {
    g_autofree char *d = lk_date_add_days ("2026-12-30", 3);
    g_autofree char *input = lk_date_format_input ("2027-01-02");
    g_assert_cmpstr (d, ==, "2027-01-02");
    g_assert_cmpstr (input, ==, "02.01.2027");
  }
}

/* An edit of a measure deleted meanwhile (in another window) does not
 * bring it back */
static void
test_deleted_stays_deleted (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LkMeasure) measure = lk_measure_new ("Innføre tavlemøter");
  g_autoptr(LkMeasure) other = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lk_store_save_measure (f->store, measure, &error));
  other = lk_measure_copy (measure);
  g_assert_true (lk_store_delete_measure (f->store, other, &error));
  lk_measure_set_owner (measure, "Kari");
  g_assert_false (lk_store_save_measure (f->store, measure, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_assert_true (lk_store_is_empty (f->store));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lk_test_add ("/measures/crud", test_crud);
  lk_test_add ("/measures/deleted-stays-deleted", test_deleted_stays_deleted);
  lk_test_add ("/measures/validation", test_validation);
  lk_test_add ("/measures/filters", test_filters);
  lk_test_add ("/measures/example", test_example);
  lk_test_add ("/measures/example-remove", test_example_remove);
  lk_test_add ("/measures/example-remove-all", test_example_remove_all);
  g_test_add_func ("/measures/dates", test_dates);

  return g_test_run ();
}
