/* test-jeg-plan.c: goals and their 2–4 rule, templates, the log, search,
 * the programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-jeg-plan.h"
#include "lk-log-model.h"
#include "lk-test-util.h"

typedef LkTestFixture Fixture;

static LkDevGoal *
add_goal (Fixture    *f,
          int         year,
          const char *title)
{
  g_autoptr(GError) error = NULL;
  LkDevGoal *goal = lk_dev_goal_new (year, title);

  g_assert_true (lk_store_save_dev_goal (f->store, goal, &error));
  g_assert_no_error (error);

  return goal;
}

static LkLogEntry *
add_entry (Fixture    *f,
           const char *date,
           const char *title,
           const char *body,
           const char *tags)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) split = g_strsplit (tags ? tags : "", ",", -1);
  LkLogEntry *entry = lk_log_entry_new (date);

  lk_log_entry_set_title (entry, title);
  lk_log_entry_set_body (entry, body);
  lk_log_entry_set_tags (entry, (const char * const *)split);
  g_assert_true (lk_store_save_log_entry (f->store, entry, &error));
  g_assert_no_error (error);

  return entry;
}

static void
test_goal_rule (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LkDevGoal) a = add_goal (f, 2026, "Gi tydelige tilbakemeldinger");
  g_autoptr(LkDevGoal) b = add_goal (f, 2026, "Lede forbedringsarbeid");
  g_autoptr(LkDevGoal) c = add_goal (f, 2026, "Dele læring");
  g_autoptr(LkDevGoal) d = add_goal (f, 2026, "Mestringsorientert ledelse");
  g_autoptr(LkDevGoal) fifth = lk_dev_goal_new (2026, "Et femte mål");
  g_autoptr(LkDevGoal) other_year = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (lk_store_count_active_goals (f->store, 2026, NULL), ==, 4);

  /* A fifth active goal is refused, with the reason */
  g_assert_false (lk_store_save_dev_goal (f->store, fifth, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "archive"));
  g_clear_error (&error);
  g_assert_cmpuint (lk_store_count_active_goals (f->store, 2026, NULL), ==, 4);

  /* Editing one of the four is still allowed */
  lk_dev_goal_set_progress (a, 40);
  g_assert_true (lk_store_save_dev_goal (f->store, a, &error));
  g_assert_no_error (error);

  /* Archive one: now the fifth fits */
  lk_dev_goal_set_status (b, LK_DEV_GOAL_ARCHIVED);
  g_assert_true (lk_store_save_dev_goal (f->store, b, &error));
  g_assert_true (lk_store_save_dev_goal (f->store, fifth, &error));
  g_assert_no_error (error);

  /* Another year counts on its own */
  other_year = add_goal (f, 2027, "Neste års mål");
  g_assert_cmpuint (lk_store_count_active_goals (f->store, 2027, NULL), ==, 1);

  list = lk_store_list_dev_goals (f->store, 2026, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  g_clear_object (&list);
  list = lk_store_list_dev_goals (f->store, 2026, TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);

  /* Bad input */
  lk_dev_goal_set_title (fifth, "  ");
  g_assert_false (lk_store_save_dev_goal (f->store, fifth, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  (void)c; (void)d;
}

static void
test_templates (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) templates = lk_store_list_templates (f->store, NULL);
  g_autoptr(LkLogTemplate) evaluation = lk_store_find_template (f->store, "evaluation");
  g_autoptr(LkLogTemplate) gibbs = lk_store_find_template (f->store, "gibbs");
  g_autoptr(LkLogTemplate) own = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  g_autofree char *key = NULL;
  const char *sections[] = { "Hva lærte jeg?", "Hva gjør jeg nå?", NULL };

  g_assert_cmpuint (templates->len, ==, 4);
  body = lk_log_template_prefill (evaluation);
  g_assert_cmpstr (body, ==, "## What did we do well?\n\n\n"
                             "## What could have been done better?\n\n\n"
                             "## How do we do it better next time?\n\n");
  g_assert_cmpuint (g_strv_length (gibbs->sections), ==, 6);

  g_assert_true (lk_store_save_template (f->store, "Min mal", sections, &key, &error));
  g_assert_no_error (error);
  own = lk_store_find_template (f->store, key);
  g_assert_nonnull (own);
  g_assert_false (own->builtin);
  g_assert_cmpstr (own->sections[1], ==, "Hva gjør jeg nå?");

  g_assert_false (lk_store_save_template (f->store, " ", sections, NULL, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
}

static guint
search_count (Fixture    *f,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hits = lk_store_search_log (f->store, text, 0, &error);

  g_assert_no_error (error);

  return hits->len;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LkLogEntry) a = add_entry (f, "2026-03-01", "Møte med teamet",
                                       "Vi snakket om tavlemøter og forbedring.", "møte,team");
  g_autoptr(LkLogEntry) b = add_entry (f, "2026-03-02", "Refleksjon",
                                       "Et kort møte på gangen ga mye. Økt tillit.", "refleksjon");
  g_autoptr(LkLogEntry) c = add_entry (f, "2026-03-03", "Tittel med <b>tegn</b> & \"sitat\"",
                                       "Skrevet på fjellet 🏔 og på arabisk: مرحبا", NULL);
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  LkLogHit *hit;

  /* Prefixes, case and Norwegian letters */
  g_assert_cmpuint (search_count (f, "møt"), ==, 2);
  g_assert_cmpuint (search_count (f, "MØTE"), ==, 2);
  g_assert_cmpuint (search_count (f, "økt"), ==, 1);
  g_assert_cmpuint (search_count (f, "ØKT TILLIT"), ==, 1);
  g_assert_cmpuint (search_count (f, "øk"), ==, 1);     /* a two-letter prefix */
  g_assert_cmpuint (search_count (f, "pa"), ==, 0);      /* "på" is its own word */
  g_assert_cmpuint (search_count (f, "på"), ==, 2);
  g_assert_cmpuint (search_count (f, "fjellet"), ==, 1);
  g_assert_cmpuint (search_count (f, "مرحبا"), ==, 1);
  g_assert_cmpuint (search_count (f, "team"), ==, 1);    /* tags are searched */
  g_assert_cmpuint (search_count (f, ""), ==, 0);
  g_assert_cmpuint (search_count (f, "m"), ==, 0);      /* from the second letter */
  g_assert_cmpuint (search_count (f, "m tillit"), ==, 1);
  g_assert_cmpuint (search_count (f, "   "), ==, 0);

  /* What users type is never taken as FTS syntax */
  g_assert_cmpuint (search_count (f, "\"møte"), ==, 2);
  g_assert_cmpuint (search_count (f, "møte AND OR NOT"), ==, 0);
  g_assert_cmpuint (search_count (f, "title:møte"), ==, 0);
  g_assert_cmpuint (search_count (f, "møte*)("), ==, 2);

  /* Ranking: a match in the title before one in the body */
  hits = lk_store_search_log (f->store, "møte", 0, &error);
  g_assert_no_error (error);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->uuid, ==, lk_log_entry_get_uuid (a));
  g_assert_cmpstr (hit->title_markup, ==, "<b>Møte</b> med teamet");
  hit = g_ptr_array_index (hits, 1);
  g_assert_nonnull (strstr (hit->snippet_markup, "<b>møte</b>"));
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Highlighting escapes the text itself */
  hits = lk_store_search_log (f->store, "sitat", 0, &error);
  hit = g_ptr_array_index (hits, 0);
  g_assert_cmpstr (hit->title_markup, ==,
                   "Tittel med &lt;b&gt;tegn&lt;/b&gt; &amp; &quot;<b>sitat</b>&quot;");
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Changes reach the index */
  lk_log_entry_set_body (b, "Ingen gangprat lenger.");
  g_assert_true (lk_store_save_log_entry (f->store, b, NULL));
  g_assert_cmpuint (search_count (f, "tillit"), ==, 0);
  g_assert_cmpuint (search_count (f, "gangprat"), ==, 1);
  g_assert_true (lk_store_delete_log_entry (f->store, a, NULL));
  g_assert_cmpuint (search_count (f, "møt"), ==, 0);
  (void)c;
}

static void
test_entries (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LkDevGoal) goal = add_goal (f, 2026, "Gi tydelige tilbakemeldinger");
  g_autoptr(LkLogEntry) e = NULL;
  g_autoptr(LkLogEntry) again = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = NULL;
  g_auto(GStrv) tags = NULL;
  const char *goals[] = { lk_dev_goal_get_uuid (goal), NULL };
  const char *missing_goal[] = { "6f1c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a", NULL };
  LkLogFilter filter = { 0 };
  GString *big = g_string_new (NULL);

  /* Tags are trimmed and kept once */
  e = add_entry (f, "2026-04-01", "Tilbakemelding", "Ros i plenum.", " ros , Ros,møteplan,, ");
  g_assert_cmpuint (g_strv_length ((char **)lk_log_entry_get_tags (e)), ==, 2);
  lk_log_entry_set_goals (e, goals);
  lk_log_entry_set_share (e, TRUE);
  lk_log_entry_set_motor (e, LK_MOTOR_TYDELIGHET | LK_MOTOR_OMSORG);
  g_assert_true (lk_store_save_log_entry (f->store, e, &error));
  g_assert_no_error (error);
  g_clear_object (&e);
  e = add_entry (f, "2026-04-02", "Annen", "Uten mål.", "møte");

  again = lk_store_get_log_entry (f->store, lk_log_entry_get_uuid (e), NULL);
  g_assert_nonnull (again);
  g_clear_object (&again);

  /* Filters: a whole tag, a goal, shared */
  filter.tag = "møte";
  list = lk_store_list_log_entries (f->store, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);
  filter.tag = NULL;
  filter.goal_uuid = lk_dev_goal_get_uuid (goal);
  list = lk_store_list_log_entries (f->store, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  again = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpuint (lk_log_entry_get_motor (again), ==, LK_MOTOR_TYDELIGHET | LK_MOTOR_OMSORG);
  g_assert_true (lk_log_entry_get_share (again));
  g_assert_cmpstr (lk_log_entry_get_goals (again)[0], ==, lk_dev_goal_get_uuid (goal));
  g_clear_object (&again);
  g_clear_object (&list);
  filter.goal_uuid = NULL;
  filter.shared_only = TRUE;
  list = lk_store_list_log_entries (f->store, &filter, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  g_clear_object (&list);

  tags = lk_store_list_log_tags (f->store, NULL);
  g_assert_cmpuint (g_strv_length (tags), ==, 3);

  /* A link to a goal that does not exist is refused, and nothing is saved */
  lk_log_entry_set_goals (e, missing_goal);
  lk_log_entry_set_title (e, "Endret");
  g_assert_false (lk_store_save_log_entry (f->store, e, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  again = lk_store_get_log_entry (f->store, lk_log_entry_get_uuid (e), NULL);
  g_assert_cmpstr (lk_log_entry_get_title (again), ==, "Annen");
  g_clear_object (&again);

  /* Deleting the goal unlinks its entries */
  g_assert_true (lk_store_delete_dev_goal (f->store, goal, NULL));
  list = lk_store_list_log_entries (f->store, NULL, NULL);
  again = g_list_model_get_item (G_LIST_MODEL (list), 1);
  g_assert_cmpuint (g_strv_length ((char **)lk_log_entry_get_goals (again)), ==, 0);
  g_clear_object (&again);

  /* One megabyte of any script is fine; more is refused */
  while (big->len < LK_LOG_ENTRY_BODY_MAX - 64)
    g_string_append (big, "æøå 😀 שלום ");
  lk_log_entry_set_goals (e, NULL);
  lk_log_entry_set_body (e, big->str);
  g_assert_true (lk_store_save_log_entry (f->store, e, &error));
  g_assert_no_error (error);
  again = lk_store_get_log_entry (f->store, lk_log_entry_get_uuid (e), NULL);
  g_assert_cmpstr (lk_log_entry_get_body (again), ==, big->str);
  g_string_append (big, "mer tekst enn en megabyte tillater ...................................");
  lk_log_entry_set_body (e, big->str);
  g_assert_false (lk_store_save_log_entry (f->store, e, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
  g_string_free (big, TRUE);

  /* A bad date */
  g_clear_error (&error);
  lk_log_entry_set_body (e, "kort");
  lk_log_entry_set_date (e, "2026-02-30");
  g_assert_false (lk_store_save_log_entry (f->store, e, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID);
}

static void
test_programme_and_weeks (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) gatherings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LkLogEntry) a = add_entry (f, "2026-01-01", "Første", "", NULL);
  g_autoptr(LkLogEntry) b = add_entry (f, "2026-01-07", "Samme uke", "", NULL);
  g_autoptr(LkLogEntry) c = add_entry (f, "2026-01-08", "Neste uke", "", NULL);
  g_autoptr(LkLogEntry) d = add_entry (f, "2026-12-31", "Siste", "", NULL);
  g_autoptr(LkLogEntry) e = add_entry (f, "2027-01-01", "Neste år", "", NULL);
  const char *themes[] = {
    "Oppstart av lederutviklingsprogrammet", "Trygt og godt læringsmiljø",
    "Felles mål og retning", "Den beste metoden", "Selvgående team",
    "Kontinuerlig forbedring", "Deling av læring",
  };
  guint weeks[53];
  LkGathering *g;

  g_assert_true (lk_store_add_gjesdal_programme (f->store, 2026, &error));
  g_assert_no_error (error);
  gatherings = lk_store_list_gatherings (f->store, 2026, &error);
  g_assert_cmpuint (gatherings->len, ==, 7);
  for (guint i = 0; i < 7; i++)
    {
      g = g_ptr_array_index (gatherings, i);
      g_assert_cmpstr (g->theme, ==, themes[i]);
      g_assert_cmpuint (g->tasks->len, ==, 3);
    }
  {
    g_autoptr(GPtrArray) programmes = lk_store_list_programmes (f->store, &error);
    LkProgramme *p = g_ptr_array_index (programmes, 0);

    g_assert_cmpuint (programmes->len, ==, 1);
    g_assert_cmpuint (g_strv_length (p->modules), ==, 4);
    g_assert_cmpstr (p->modules[0], ==, "LOS-speil");
    g_assert_cmpuint (p->gatherings->len, ==, 7);
  }
  g = g_ptr_array_index (gatherings, 1);
  g_assert_cmpstr (g->start_date, ==, "2026-02-02");
  g_assert_cmpstr (g->end_date, ==, "2026-02-03");

  g_assert_true (lk_store_set_task_done (f->store,
                                         ((LkGatheringTask *)g_ptr_array_index (g->tasks, 0))->uuid,
                                         TRUE, &error));
  g_clear_pointer (&gatherings, g_ptr_array_unref);
  gatherings = lk_store_list_gatherings (f->store, 0, NULL);
  g = g_ptr_array_index (gatherings, 1);
  g_assert_true (((LkGatheringTask *)g_ptr_array_index (g->tasks, 0))->done);

  g_assert_true (lk_store_count_log_per_week (f->store, 2026, weeks, &error));
  g_assert_cmpuint (weeks[0], ==, 2);
  g_assert_cmpuint (weeks[1], ==, 1);
  g_assert_cmpuint (weeks[52], ==, 1);
  (void)a; (void)b; (void)c; (void)d; (void)e;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  (*calls)++;
}

static void
test_log_model (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LkLogModel) model = lk_log_model_new (f->store);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkLogEntry) first = NULL;
  LkLogFilter filter = { .tag = "møte" };
  guint calls = 0;

  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *date = g_strdup_printf ("2026-01-%02u", i + 1);
      g_autofree char *title = g_strdup_printf ("Innlegg %u", i);
      g_autoptr(LkLogEntry) e = add_entry (f, date, title, "Tekst", i % 3 == 0 ? "møte" : "annet");
    }

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &calls);
  g_assert_true (lk_log_model_reload (model, &error));
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 30);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == LK_TYPE_LOG_ENTRY);

  /* Newest first, loaded on request; twice the same object from the cache */
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpstr (lk_log_entry_get_title (first), ==, "Innlegg 29");
  {
    g_autoptr(LkLogEntry) again = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_true (again == first);
  }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 30));
  g_assert_cmpuint (lk_log_model_find (model, lk_log_entry_get_id (first)), ==, 0);

  g_assert_true (lk_log_model_set_filter (model, &filter, &error));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  g_assert_cmpuint (calls, ==, 2);
}

/* A deleted entry comes back only by Undo: a save from an editor that
 * still shows it is refused, and nothing is stored. */
static void
test_deleted_stays_deleted (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LkLogEntry) entry = lk_log_entry_new ("2026-05-10");
  g_autoptr(LkLogEntry) kept = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GError) error = NULL;

  lk_log_entry_set_title (entry, "Samtale med verneombudet");
  g_assert_true (lk_store_save_log_entry (f->store, entry, &error));
  g_assert_no_error (error);
  kept = lk_log_entry_copy (entry);

  g_assert_true (lk_store_delete_log_entry (f->store, entry, &error));
  lk_log_entry_set_title (entry, "Samtale med verneombudet, fortsatt");
  g_assert_false (lk_store_save_log_entry (f->store, entry, &error));
  g_assert_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  all = lk_store_list_log_entries (f->store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 0);
  g_clear_object (&all);

  /* Undo puts it back as it was */
  g_assert_true (lk_store_restore_log_entry (f->store, kept, &error));
  g_assert_no_error (error);
  all = lk_store_list_log_entries (f->store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  lk_test_add ("/jeg-plan/goal-rule", test_goal_rule);
  lk_test_add ("/jeg-plan/templates", test_templates);
  lk_test_add ("/jeg-plan/search", test_search);
  lk_test_add ("/jeg-plan/entries", test_entries);
  lk_test_add ("/jeg-plan/deleted-stays-deleted", test_deleted_stays_deleted);
  lk_test_add ("/jeg-plan/log-model", test_log_model);
  lk_test_add ("/jeg-plan/programme-and-weeks", test_programme_and_weeks);

  return g_test_run ();
}
