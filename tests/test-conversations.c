/* test-conversations.c: ROS-samtaler in the store and their briefs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-conversation.h"
#include "lk-example.h"
#include "lk-jeg-plan.h"
#include "lk-log-entry.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-ten-factor.h"
#include "lk-test-util.h"

#define TODAY "2026-05-10"

static LkConversation *
find_conversation (LkStore              *store,
                   LkConversationStatus  status)
{
  g_autoptr(GListStore) list = lk_store_list_conversations (store, 0, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkConversation) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (c->status == status)
        return lk_store_get_conversation (store, c->uuid, NULL);
    }

  return NULL;
}

static guint
count_kind (LkConversation *c,
            LkBriefKind     kind)
{
  guint n = 0;

  for (guint i = 0; i < c->brief->len; i++)
    n += ((LkBriefItem *) g_ptr_array_index (c->brief, i))->kind == kind;

  return n;
}

static void
test_round_trip (LkTestFixture *f,
                 gconstpointer  data)
{
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-09-15");
  g_autoptr(LkConversation) back = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) years = NULL;

  g_assert_cmpint (c->period, ==, LK_PERIOD_T2);
  g_free (c->unit);
  c->unit = g_strdup ("Hjemmetjenesten Nord");
  c->time = g_strdup ("09:30");
  c->next_date = g_strdup ("2027-01-20");
  c->budget = 1000000;
  c->forecast = 1100000;
  c->texts[LK_TOPIC_BUDGET] = g_strdup ("Merforbruk på innleie.");
  c->notes[LK_TOPIC_SUPPORT] = g_strdup ("Sparring før medarbeidersamtaler.");
  g_ptr_array_add (c->brief, lk_brief_item_new (LK_TOPIC_RISK, LK_BRIEF_NOTE, "Ingen risikoer"));
  g_assert_true (lk_store_save_conversation (f->store, c, &error));
  g_assert_no_error (error);

  back = lk_store_get_conversation (f->store, c->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->with_name, ==, "Anne Dahl");
  g_assert_cmpstr (back->unit, ==, "Hjemmetjenesten Nord");
  g_assert_cmpstr (back->time, ==, "09:30");
  g_assert_cmpstr (back->next_date, ==, "2027-01-20");
  g_assert_cmpfloat (back->budget, ==, 1000000);
  g_assert_true (isnan (back->spent));
  g_assert_cmpstr (back->texts[LK_TOPIC_BUDGET], ==, "Merforbruk på innleie.");
  g_assert_cmpstr (back->notes[LK_TOPIC_SUPPORT], ==, "Sparring før medarbeidersamtaler.");
  g_assert_null (back->texts[LK_TOPIC_QUALITY]);
  g_assert_cmpuint (back->brief->len, ==, 1);
  g_assert_cmpfloat (lk_conversation_deviation (back, NULL), ==, -100000);

  list = lk_store_list_conversations (f->store, 2026, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);
  list = lk_store_list_conversations (f->store, 2025, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  years = lk_store_list_conversation_years (f->store, &error);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2026);

  /* Delete, and a late save does not bring it back; Undo does */
  g_assert_true (lk_store_delete_conversation (f->store, c->uuid, &error));
  g_assert_false (lk_store_save_conversation (f->store, back, &error));
  g_clear_error (&error);
  g_assert_true (lk_store_restore_conversation (f->store, back, &error));
  g_assert_no_error (error);
  g_assert_false (lk_store_is_empty (f->store));
}

static void
test_validate (LkTestFixture *f,
               gconstpointer  data)
{
  g_autoptr(LkConversation) ok = lk_conversation_new ("Anne Dahl", "2026-09-15");
  g_autoptr(GError) error = NULL;
  LkConversation *bad;

  g_assert_true (lk_conversation_validate (ok, &error));

#define REFUSED(statement) \
  bad = lk_conversation_copy (ok); \
  statement; \
  g_assert_false (lk_conversation_validate (bad, &error)); \
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID); \
  g_assert_false (lk_store_save_conversation (f->store, bad, NULL)); \
  g_clear_error (&error); \
  g_object_unref (bad)

  REFUSED (g_free (bad->with_name); bad->with_name = g_strdup ("  "));
  REFUSED (g_free (bad->date); bad->date = g_strdup ("2026-02-30"));
  REFUSED (bad->time = g_strdup ("24:00"));
  REFUSED (bad->time = g_strdup ("9:30"));
  REFUSED (bad->next_date = g_strdup ("2026-09-15"));
  REFUSED (bad->budget = INFINITY);
  REFUSED (bad->forecast = 1e15);
  REFUSED (bad->texts[2] = g_strdup ("\xff\xfe"));
  REFUSED (bad->period = 9);
  REFUSED (g_free (bad->uuid); bad->uuid = g_strdup ("not a uuid"));
#undef REFUSED

  g_assert_true (lk_store_is_empty (f->store));
}

/* The example's three conversations, their briefs as the rules say */
static void
test_example_briefs (LkTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) held = NULL;
  g_autoptr(LkConversation) prepared = NULL;
  g_autoptr(LkConversation) planned = NULL;
  g_autoptr(GListStore) agreed = NULL;
  g_autoptr(GListStore) entries = NULL;
  LkLogFilter all = { 0 };
  int last_topic = -1;
  int last_grade[LK_TOPIC_N];
  guint n_agreed = 0, n_flagged = 0;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_assert_no_error (error);
  held = find_conversation (f->store, LK_CONVERSATION_HELD);
  prepared = find_conversation (f->store, LK_CONVERSATION_PREPARED);
  planned = find_conversation (f->store, LK_CONVERSATION_PLANNED);
  g_assert_nonnull (held);
  g_assert_nonnull (prepared);
  g_assert_nonnull (planned);
  g_assert_nonnull (held->held);
  g_assert_cmpuint (held->brief->len, >, 10);
  g_assert_null (planned->prepared);
  g_assert_cmpuint (planned->brief->len, ==, 0);
  g_assert_cmpstr (held->next_date, ==, prepared->date);

  agreed = lk_store_list_agreed_measures (f->store, held, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (agreed)), ==, 2);

  /* Topics in the agenda's order; KPIs red before yellow before green
   * within each; the agreed tiltak come back in the next brief */
  for (guint t = 0; t < LK_TOPIC_N; t++)
    last_grade[t] = G_MAXINT;
  for (guint i = 0; i < prepared->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (prepared->brief, i);

      g_assert_cmpint (item->topic, >=, last_topic);
      last_topic = item->topic;
      if (item->kind == LK_BRIEF_KPI)
        {
          int rank = item->grade == LK_GOAL_STATUS_NO_DATA ? 0 : item->grade;

          g_assert_cmpint (rank, <=, last_grade[item->topic]);
          last_grade[item->topic] = rank;
          g_assert_cmpstr (item->area, ==, "masterplan");
        }
      /* The unit's own risk assessments, not the school's */
      if (item->kind == LK_BRIEF_RISK)
        g_assert_cmpstr (item->subtitle, ==, "Legemiddelhåndtering i hjemmetjenesten");
      if (item->kind == LK_BRIEF_MEASURE && item->grade == LK_BRIEF_AGREED)
        {
          g_assert_cmpint (item->topic, ==, LK_TOPIC_OTHER);
          n_agreed++;
        }
      if (item->kind == LK_BRIEF_LOG_ENTRY)
        {
          g_autoptr(LkLogEntry) entry = lk_store_get_log_entry (f->store, item->ref, &error);

          g_assert_no_error (error);
          g_assert_true (lk_log_entry_get_share (entry));
          n_flagged++;
        }
    }
  g_assert_cmpuint (n_agreed, ==, 2);
  g_assert_cmpuint (count_kind (prepared, LK_BRIEF_KPI), >, 0);
  g_assert_cmpuint (count_kind (prepared, LK_BRIEF_RISK), >, 0);
  g_assert_cmpuint (count_kind (prepared, LK_BRIEF_SURVEY), ==, 1);
  g_assert_cmpuint (count_kind (prepared, LK_BRIEF_SURVEY_FACTOR), ==, LK_TEN_FACTOR_N);
  g_assert_cmpuint (count_kind (prepared, LK_BRIEF_DEV_GOAL), >=, 2);
  g_assert_cmpuint (n_flagged, >, 0);

  /* No log entry that is not flagged, by title or text */
  entries = lk_store_list_log_entries (f->store, &all, &error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    {
      g_autoptr(LkLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);

      if (lk_log_entry_get_share (entry))
        continue;
      for (guint k = 0; k < prepared->brief->len; k++)
        {
          LkBriefItem *item = g_ptr_array_index (prepared->brief, k);

          g_assert_cmpstr (item->ref, !=, lk_log_entry_get_uuid (entry));
        }
    }

  /* The trend since the last conversation: the same figures as then */
  for (guint i = 0; i < prepared->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (prepared->brief, i);

      if (item->kind == LK_BRIEF_KPI && !isnan (item->v[0]) && !isnan (item->v[2]) && item->v[0] == item->v[2])
        g_assert_cmpint (item->trend, ==, LK_TREND_SAME);
    }
}

static gboolean
brief_mentions (GPtrArray  *items,
                const char *word)
{
  for (guint i = 0; i < items->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (items, i);
      const char *fields[] = { item->title, item->subtitle, item->text, item->value, item->owner };

      for (guint k = 0; k < G_N_ELEMENTS (fields); k++)
        if (fields[k] != NULL && strstr (fields[k], word) != NULL)
          return TRUE;
    }

  return FALSE;
}

/* Only log entries flagged for sharing, and nothing of the others */
static void
test_only_flagged_log_entries (LkTestFixture *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkLogEntry) private_entry = lk_log_entry_new ("2026-05-01");
  g_autoptr(LkLogEntry) shared = lk_log_entry_new ("2026-05-02");
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-12");
  g_autoptr(GPtrArray) items = NULL;

  lk_log_entry_set_title (private_entry, "Privat: PRIVATTITTEL");
  lk_log_entry_set_body (private_entry, "Tanker om PRIVATTEKST som bare er mine.");
  lk_log_entry_set_title (shared, "Delt: DELTTITTEL");
  lk_log_entry_set_body (shared, "Dette vil jeg ta opp: DELTTEKST.");
  lk_log_entry_set_share (shared, TRUE);
  g_assert_true (lk_store_save_log_entry (f->store, private_entry, &error));
  g_assert_true (lk_store_save_log_entry (f->store, shared, &error));
  g_assert_no_error (error);

  items = lk_store_assemble_brief (f->store, c, TODAY, &error);
  g_assert_no_error (error);
  g_assert_true (brief_mentions (items, "DELTTITTEL"));
  g_assert_true (brief_mentions (items, "DELTTEKST"));
  g_assert_false (brief_mentions (items, "PRIVATTITTEL"));
  g_assert_false (brief_mentions (items, "PRIVATTEKST"));
}

/* A KPI moved since the last conversation: its trend says which way */
static void
test_trend_since_last (LkTestFixture *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) prepared = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  LkBriefItem *kpi_item = NULL;
  LkGoal *goal;
  LkKpi *kpi = NULL;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  prepared = find_conversation (f->store, LK_CONVERSATION_PREPARED);
  for (guint i = 0; i < prepared->brief->len && kpi_item == NULL; i++)
    {
      LkBriefItem *item = g_ptr_array_index (prepared->brief, i);

      if (item->kind == LK_BRIEF_KPI && !isnan (item->v[0]) && !isnan (item->v[2]))
        kpi_item = item;
    }
  g_assert_nonnull (kpi_item);

  mp = lk_store_load_masterplan (f->store, &error);
  goal = lk_masterplan_find (mp, kpi_item->ref);
  for (guint i = 0; i < goal->kpis->len; i++)
    if (g_strcmp0 (((LkKpi *) g_ptr_array_index (goal->kpis, i))->uuid, kpi_item->text) == 0)
      kpi = g_ptr_array_index (goal->kpis, i);
  g_assert_nonnull (kpi);
  {
    const LkKpiValue *latest = lk_kpi_latest (kpi, 2026, 3);
    double better = kpi->direction == LK_KPI_LOWER_IS_BETTER ? latest->value - 1 : latest->value + 1;
    int year = latest->year, tertial = latest->tertial;

    g_assert_true (kpi->direction != LK_KPI_KEEP_WITHIN);
    lk_kpi_set_value (kpi, year, tertial, better);
  }
  g_assert_true (lk_store_save_goal (f->store, goal, &error));
  g_assert_no_error (error);

  g_assert_true (lk_store_prepare_conversation (f->store, prepared, TODAY, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < prepared->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (prepared->brief, i);

      if (item->kind == LK_BRIEF_KPI && g_strcmp0 (item->text, kpi->uuid) == 0)
        {
          g_assert_cmpint (item->trend, ==, LK_TREND_BETTER);
          g_assert_cmpfloat (item->v[0], !=, item->v[2]);
          return;
        }
    }
  g_assert_not_reached ();
}

/* Held: the brief stays what it was while everything under it changes */
static void
test_held_is_frozen (LkTestFixture *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-12");
  g_autoptr(LkConversation) back = NULL;
  g_autoptr(LkMeasure) late = lk_measure_new ("Ny rutine for nattevakt");
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  g_free (c->unit);
  c->unit = g_strdup ("Hjemmetjenesten Nord");
  g_assert_true (lk_store_save_conversation (f->store, c, &error));
  g_assert_true (lk_store_prepare_conversation (f->store, c, TODAY, &error));
  g_assert_true (lk_store_hold_conversation (f->store, c, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < c->brief->len; i++)
    g_ptr_array_add (before, g_strdup (((LkBriefItem *) g_ptr_array_index (c->brief, i))->title));

  /* The data change: an overdue tiltak more */
  lk_measure_set_deadline (late, "2026-05-01");
  g_assert_true (lk_store_save_measure (f->store, late, &error));

  /* Preparing again is refused; a save with another brief keeps the stored one */
  g_assert_false (lk_store_prepare_conversation (f->store, c, TODAY, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_set_size (c->brief, 0);
  c->notes[LK_TOPIC_OTHER] = g_strdup ("Notater etterpå");
  c->status = LK_CONVERSATION_PLANNED;
  g_assert_true (lk_store_save_conversation (f->store, c, &error));
  g_assert_no_error (error);

  back = lk_store_get_conversation (f->store, c->uuid, &error);
  g_assert_cmpint (back->status, ==, LK_CONVERSATION_HELD);
  g_assert_nonnull (back->held);
  g_assert_cmpstr (back->notes[LK_TOPIC_OTHER], ==, "Notater etterpå");
  g_assert_cmpuint (back->brief->len, ==, before->len);
  for (guint i = 0; i < back->brief->len; i++)
    g_assert_cmpstr (((LkBriefItem *) g_ptr_array_index (back->brief, i))->title, ==,
                     g_ptr_array_index (before, i));
}

/* The anonymity rule holds in the brief: a round too small is only its reason */
static void
test_anonymity (LkTestFixture *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkSurveyRound) round = lk_survey_round_new (2026, "Nattgruppa");
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-12");
  g_autoptr(GPtrArray) items = NULL;
  gboolean found = FALSE;

  round->invited = 6;
  round->respondents = 4;
  for (guint i = 0; i < LK_TEN_FACTOR_N; i++)
    round->results[i].mean = 4.1;
  g_assert_true (lk_store_save_survey_round (f->store, round, &error));
  g_assert_no_error (error);
  g_assert_true (lk_store_set_anonymity_threshold (f->store, 5, &error));

  g_free (c->unit);
  c->unit = g_strdup ("nattgruppa");  /* case aside */
  items = lk_store_assemble_brief (f->store, c, TODAY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (items, i);

      g_assert_cmpint (item->kind, !=, LK_BRIEF_SURVEY_FACTOR);
      if (item->kind == LK_BRIEF_SURVEY)
        {
          found = TRUE;
          g_assert_cmpint (item->grade, ==, LK_RESULT_TOO_FEW);
          g_assert_nonnull (item->text);
          g_assert_true (isnan (item->v[0]));
        }
    }
  g_assert_true (found);
}

/* Open tiltak agreed with someone else do not come along */
static void
test_agreed_with_same_person (LkTestFixture *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) with_per = lk_conversation_new ("Per Lund", "2026-01-20");
  g_autoptr(LkConversation) with_anne = lk_conversation_new ("Anne Dahl", "2026-01-25");
  g_autoptr(LkConversation) next = lk_conversation_new ("anne dahl ", "2026-05-20");
  g_autoptr(LkMeasure) per_measure = lk_measure_new ("Per sin oppfølging");
  g_autoptr(LkMeasure) anne_measure = lk_measure_new ("Annes oppfølging");
  g_autoptr(LkMeasure) anne_done = lk_measure_new ("Ferdig med Anne");
  g_autoptr(GPtrArray) items = NULL;
  guint agreed = 0;

  g_assert_true (lk_store_save_conversation (f->store, with_per, &error));
  g_assert_true (lk_store_save_conversation (f->store, with_anne, &error));
  lk_measure_set_source (per_measure, LK_SOURCE_CONVERSATION, with_per->uuid, "ROS-samtale");
  lk_measure_set_source (anne_measure, LK_SOURCE_CONVERSATION, with_anne->uuid, "ROS-samtale");
  lk_measure_set_source (anne_done, LK_SOURCE_CONVERSATION, with_anne->uuid, "ROS-samtale");
  lk_measure_set_status (anne_done, LK_MEASURE_STATUS_DONE);
  g_assert_true (lk_store_save_measure (f->store, per_measure, &error));
  g_assert_true (lk_store_save_measure (f->store, anne_measure, &error));
  g_assert_true (lk_store_save_measure (f->store, anne_done, &error));
  g_assert_no_error (error);

  items = lk_store_assemble_brief (f->store, next, TODAY, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (items, i);

      if (item->kind == LK_BRIEF_MEASURE && item->grade == LK_BRIEF_AGREED)
        {
          g_assert_cmpstr (item->title, ==, "Annes oppfølging");
          agreed++;
        }
      g_assert_cmpstr (item->title, !=, "Per sin oppfølging");
    }
  g_assert_cmpuint (agreed, ==, 1);
}

/* A step failing while the brief is written leaves the conversation as it was */
static void
test_failed_step_changes_nothing (LkTestFixture *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) c = NULL;
  g_autoptr(LkConversation) back = NULL;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  c = find_conversation (f->store, LK_CONVERSATION_PLANNED);
  for (int n = 0; n < 40; n++)
    {
      g_autoptr(LkConversation) copy = lk_conversation_copy (c);
      g_autoptr(GPtrArray) items = lk_store_assemble_brief (f->store, copy, TODAY, &error);

      g_assert_no_error (error);
      g_ptr_array_extend_and_steal (copy->brief, g_steal_pointer (&items));
      copy->status = LK_CONVERSATION_PREPARED;
      lk_store_fail_step_after (f->store, n);
      if (lk_store_save_conversation (f->store, copy, &error))
        {
          lk_store_fail_step_after (f->store, -1);
          break;
        }
      lk_store_fail_step_after (f->store, -1);
      g_clear_error (&error);
      back = lk_store_get_conversation (f->store, c->uuid, &error);
      g_assert_no_error (error);
      g_assert_cmpint (back->status, ==, LK_CONVERSATION_PLANNED);
      g_assert_cmpuint (back->brief->len, ==, 0);
      g_clear_object (&back);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LEDERKOMPASS_TODAY", TODAY, TRUE);

  lk_test_add ("/conversations/round-trip", test_round_trip);
  lk_test_add ("/conversations/validate", test_validate);
  lk_test_add ("/conversations/example-briefs", test_example_briefs);
  lk_test_add ("/conversations/trend-since-last", test_trend_since_last);
  lk_test_add ("/conversations/held-is-frozen", test_held_is_frozen);
  lk_test_add ("/conversations/anonymity", test_anonymity);
  lk_test_add ("/conversations/only-flagged-log-entries", test_only_flagged_log_entries);
  lk_test_add ("/conversations/agreed-with-same-person", test_agreed_with_same_person);
  lk_test_add ("/conversations/failed-step-changes-nothing", test_failed_step_changes_nothing);

  return g_test_run ();
}
