/* test-export.c: the Jeg-plan as Markdown and as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <locale.h>

#include "lk-masterplan.h"

#include "lk-masterplan-export.h"

#include <string.h>
#include <sys/stat.h>

#include "lk-jeg-plan-export.h"
#include "lk-jeg-plan.h"
#include "lk-date.h"
#include "lk-example.h"
#include "lk-fishbone-export.h"
#include "lk-measures.h"
#include "lk-risk-table.h"
#include "lk-test-util.h"

static LkJegPlanExport *
make_plan (gboolean long_entry)
{
  LkJegPlanExport *plan = g_new0 (LkJegPlanExport, 1);
  LkDevGoal *goal = lk_dev_goal_new (2026, "Gi tydelige tilbakemeldinger");
  LkLogEntry *a = lk_log_entry_new ("2026-03-04");
  LkLogEntry *b = lk_log_entry_new ("2026-03-01");
  const char *tags[] = { "møte", "god praksis", NULL };

  plan->owner = "Kari Nordmann";
  plan->year = 2026;
  plan->goals = g_ptr_array_new_with_free_func (g_object_unref);
  plan->entries = g_ptr_array_new_with_free_func (g_object_unref);

  lk_dev_goal_set_why (goal, "Medarbeiderne ber om det.");
  lk_dev_goal_set_success (goal, "Alle har hatt samtale innen juni.");
  lk_dev_goal_set_progress (goal, 45);
  lk_dev_goal_set_motor (goal, LK_MOTOR_TYDELIGHET | LK_MOTOR_OMSORG);
  g_ptr_array_add (plan->goals, goal);

  lk_log_entry_set_title (a, "Samtale som gikk bra – ærlig og åpen");
  lk_log_entry_set_body (a, "## What worked well?\n\nVi lyttet <først>.\n\n## Why did it work?\n\nTrygghet.");
  lk_log_entry_set_tags (a, tags);
  lk_log_entry_set_motor (a, LK_MOTOR_OMSORG);
  g_ptr_array_add (plan->entries, a);

  if (long_entry)
    {
      GString *body = g_string_new (NULL);

      for (guint i = 0; i < 3000; i++)
        g_string_append_printf (body, "Linje %u med refleksjon om ledelse, læring og tillit. ", i);
      lk_log_entry_set_body (b, body->str);
      g_string_free (body, TRUE);
    }
  else
    lk_log_entry_set_body (b, "Kort notat.");
  g_ptr_array_add (plan->entries, b);

  return plan;
}

static void
plan_free (LkJegPlanExport *plan)
{
  g_ptr_array_unref (plan->goals);
  g_ptr_array_unref (plan->entries);
  g_free (plan);
}

static void
test_markdown (void)
{
  LkJegPlanExport *plan = make_plan (FALSE);
  g_autofree char *md = lk_jeg_plan_to_markdown (plan);
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "jeg-plan.md", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  /* Parse the outline: level and text of every heading */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint level = 0;

      while (lines[i][level] == '#')
        level++;
      if (level > 0 && lines[i][level] == ' ')
        g_ptr_array_add (headings, g_strdup_printf ("%u %s", level, lines[i] + level + 1));
    }

  g_assert_cmpuint (headings->len, ==, 8);
  g_assert_cmpstr (g_ptr_array_index (headings, 0), ==, "1 Jeg-plan 2026 – Kari Nordmann");
  g_assert_cmpstr (g_ptr_array_index (headings, 1), ==, "2 Development goals");
  g_assert_cmpstr (g_ptr_array_index (headings, 2), ==, "3 Gi tydelige tilbakemeldinger");
  g_assert_cmpstr (g_ptr_array_index (headings, 3), ==, "2 Learning log");
  g_assert_true (g_str_has_prefix (g_ptr_array_index (headings, 4), "3 "));
  g_assert_true (g_str_has_suffix (g_ptr_array_index (headings, 4), "Samtale som gikk bra – ærlig og åpen"));
  /* The entry's own headings sit under it */
  g_assert_cmpstr (g_ptr_array_index (headings, 5), ==, "5 What worked well?");
  g_assert_cmpstr (g_ptr_array_index (headings, 7), ==, "3 Mar 1, 2026 – Untitled");

  g_assert_nonnull (strstr (md, "- **Progress:** 45 %"));
  g_assert_nonnull (strstr (md, "- **MOTOR:** Omsorg, Tydelighet"));
  g_assert_nonnull (strstr (md, "*Tags: møte, god praksis*"));
  g_assert_nonnull (strstr (md, "Vi lyttet <først>."));

  g_assert_true (lk_jeg_plan_write_markdown (plan, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  lk_test_rmtree (dir);
  plan_free (plan);
}

static void
test_pdf (void)
{
  LkJegPlanExport *plan = make_plan (TRUE);
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "jeg-plan.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  g_assert_true (lk_jeg_plan_write_pdf (plan, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  if ((text = lk_test_pdf_text (path)) != NULL)
    {
      g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);
      g_autofree char *flat = NULL;
      guint pages = 1;

      for (const char *p = text; *p; p++)
        pages += *p == '\f';
      /* Lines wrap where the page does: compare the words only */
      flat = g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
      g_free (text);
      text = g_steal_pointer (&flat);

      g_assert_nonnull (strstr (text, "Jeg-plan 2026 – Kari Nordmann"));
      g_assert_nonnull (strstr (text, "Gi tydelige tilbakemeldinger"));
      g_assert_nonnull (strstr (text, "ærlig og åpen"));
      g_assert_nonnull (strstr (text, "Vi lyttet <først>."));
      g_assert_nonnull (strstr (text, "Linje 2999 med refleksjon"));
      /* The long entry flows over many pages, none lost */
      g_assert_cmpuint (pages, >, 10);
    }

  g_assert_false (lk_jeg_plan_write_pdf (plan, "/nonexistent/dir/x.pdf", &error));
  g_assert_nonnull (error);

  lk_test_rmtree (dir);
  plan_free (plan);
}

static char *
flat_pdf_text (const char *path,
               guint      *pages)
{
  g_autofree char *text = lk_test_pdf_text (path);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  if (text == NULL)
    return NULL;
  *pages = 0;
  for (const char *p = text; *p; p++)
    *pages += *p == '\f';

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* The handbook's table: every risk with its scores, what is done and the
 * tiltak to do, with owner and deadline; long assessments over pages */
static void
test_risk_table (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "risk.db", NULL);
  g_autofree char *path = g_build_filename (dir, "risk.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkStore) store = lk_store_open (db, &error);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GListStore) measures = NULL;
  g_autoptr(LkRiskAssessment) long_one = lk_risk_assessment_new ("Lang vurdering", "2026-05-10");
  g_autofree char *text = NULL;
  LkRiskAssessment *medication = NULL;
  g_autofree char *squeezed = NULL;
  g_auto(GStrv) parts = NULL;
  LkRiskTable table;
  guint pages = 0;
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_true (lk_example_load (store, "2026-05-10", &error));
  g_assert_no_error (error);
  list = lk_store_list_risk_assessments (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    if (g_str_has_prefix (((LkRiskAssessment *)list->pdata[i])->title, "Legemiddel"))
      medication = list->pdata[i];
  g_assert_nonnull (medication);
  measures = lk_store_list_measures (store, NULL, &error);
  g_assert_no_error (error);

  table = (LkRiskTable) { medication, G_LIST_MODEL (measures) };
  g_assert_true (lk_risk_table_write_pdf (&table, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = flat_pdf_text (path, &pages);
  g_assert_nonnull (text);
  /* pdftotext spaces "2 × 4 = 8" as it likes: scores are compared without */
  squeezed = g_strjoinv ("", (parts = g_strsplit (text, " ", -1)));
  /* The header: subject area, workplace, date, participants */
  g_assert_nonnull (strstr (text, "Subject area: Legemiddelhåndtering i hjemmetjenesten"));
  g_assert_nonnull (strstr (text, "Workplace: Hjemmetjenesten Nord"));
  g_assert_nonnull (strstr (text, "Date: "));
  g_assert_nonnull (strstr (text, "Participants: Avdelingsleder, fagsykepleier"));
  /* Per risk, against the stored values: before, controls, is it enough,
   * after and the follow-up date */
  for (guint r = 0; r < medication->risks->len; r++)
    {
      LkRisk *risk = g_ptr_array_index (medication->risks, r);
      guint p, c;

      g_assert_nonnull (strstr (text, risk->hazard));
      if (lk_risk_get_before (risk, 5, &p, &c))
        {
          g_autofree char *before = g_strdup_printf ("%u×%u=%u", p, c, p * c);
          g_assert_nonnull (strstr (squeezed, before));
        }
      if (lk_risk_get_after (risk, 5, &p, &c))
        {
          g_autofree char *after = g_strdup_printf ("%u×%u=%u", p, c, p * c);
          g_assert_nonnull (strstr (squeezed, after));
        }
      if (risk->follow_up != NULL)
        {
          g_autofree char *date = lk_date_format (risk->follow_up);
          g_assert_nonnull (strstr (text, date));
        }
      if (*risk->controls)
        g_assert_nonnull (strstr (text, risk->controls));
    }
  /* The first risk: 4 × 5 = 20 before, not enough, 2 × 5 = 10 after */
  g_assert_nonnull (strstr (squeezed, "4×5=20"));
  g_assert_nonnull (strstr (squeezed, "2×5=10"));
  g_assert_nonnull (strstr (text, "Is it enough?"));
  /* Each linked tiltak with its owner and deadline */
  for (guint m = 0; m < g_list_model_get_n_items (G_LIST_MODEL (measures)); m++)
    {
      g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (measures), m);

      if (lk_measure_get_source_kind (measure) != LK_SOURCE_RISK ||
          lk_risk_assessment_find_risk (medication, lk_measure_get_source_uuid (measure)) < 0)
        continue;
      g_assert_nonnull (strstr (text, lk_measure_get_title (measure)));
      g_assert_nonnull (strstr (text, lk_measure_get_owner (measure)));
      if (lk_measure_get_deadline (measure))
        {
          g_autofree char *deadline = lk_date_format (lk_measure_get_deadline (measure));
          g_assert_nonnull (strstr (text, deadline));
        }
    }
  /* Then the heat map and the bowtie, each on a page of its own */
  g_assert_nonnull (strstr (text, "Heat Map: Before and After Measures"));
  g_assert_nonnull (strstr (text, "Bowtie for Risk 1: Feil legemiddel gitt til bruker"));
  g_assert_nonnull (strstr (text, "Feil legemiddel gitt"));
  g_assert_nonnull (strstr (text, "Opplæring før første vakt"));
  g_assert_cmpuint (pages, ==, 3);
  g_assert_nonnull (strstr (text, "Page 3 of 3"));
  g_clear_pointer (&text, g_free);

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *hazard = g_strdup_printf ("Risiko nummer %u med en lang beskrivelse av hva som kan gå galt", i + 1);
      LkRisk *risk = lk_risk_new (hazard);

      lk_risk_set_before (risk, 1 + i % 5, 1 + (i / 5) % 5, 5);
      g_ptr_array_add (long_one->risks, risk);
    }
  table = (LkRiskTable) { long_one, NULL };
  g_assert_true (lk_risk_table_write_pdf (&table, path, &error));
  g_assert_no_error (error);
  if ((text = flat_pdf_text (path, &pages)) != NULL)
    {
      g_autofree char *last_page = g_strdup_printf ("Page %u of %u", pages, pages);

      g_assert_cmpuint (pages, >, 1);
      g_assert_nonnull (strstr (text, last_page));
      for (guint i = 0; i < 60; i++)
        {
          g_autofree char *hazard = g_strdup_printf ("Risiko nummer %u med", i + 1);

          g_assert_nonnull (strstr (text, hazard));
        }
    }

  g_assert_false (lk_risk_table_write_pdf (&table, "/nonexistent/dir/x.pdf", &error));
  g_assert_nonnull (error);

  g_clear_object (&store);
  lk_test_rmtree (dir);
}

/* The outline as CSV, as a spreadsheet reads it: the handbook's columns,
 * a row per cause with its level, quoted where needed, and a text that
 * would be a formula made plain; as text, the same tree. Both files 0600. */
static void
test_fishbone_export (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *csv_path = g_build_filename (dir, "fiskebein.csv", NULL);
  g_autofree char *text_path = g_build_filename (dir, "fiskebein.txt", NULL);
  g_autoptr(LkFishbone) fb = lk_fishbone_new ("Lang ventetid", "2026-04-20", LK_CATEGORIES_NONE);
  g_autoptr(GPtrArray) nodes = lk_fishbone_parse_outline ("Metode\n\tIngen rutine; \"ad hoc\"\n\t\t=SUM(A1)\n", NULL);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *csv = NULL, *read_back = NULL;
  g_autoptr(GError) error = NULL;
  LkCause *cause;
  struct stat st;

  lk_fishbone_paste (fb, NULL, nodes);
  cause = g_list_model_get_item (G_LIST_MODEL (((LkCause *)g_ptr_array_index (nodes, 0))->children), 0);
  g_object_unref (cause);   /* the tree keeps it */
  cause->root = TRUE;
  cause->votes = 3;
  g_hash_table_insert (titles, cause->uuid, (gpointer) "Skrive rutine");

  csv = lk_fishbone_to_csv (fb, titles);
  g_assert_cmpstr (csv, ==,
                   "Kategori;Årsak;Nivå;Rotårsak;Stemmer;Tiltak\r\n"
                   "Metode;\"Ingen rutine; \"\"ad hoc\"\"\";1;ja;3;Skrive rutine\r\n"
                   "Metode;'=SUM(A1);2;;0;\r\n");

  g_assert_true (lk_fishbone_export_csv (fb, titles, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (lk_fishbone_export_text (fb, text_path, &error));
  g_assert_true (g_file_get_contents (text_path, &read_back, NULL, NULL));
  g_assert_cmpstr (read_back, ==, "Lang ventetid\n\nMetode\n\tIngen rutine; \"ad hoc\"\n\t\t=SUM(A1)\n");
  g_assert_cmpint (stat (csv_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (stat (text_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  lk_test_rmtree (dir);
}


/* The goal table as Excel and LibreOffice read it: a byte order mark,
 * semicolons, CRLF, a decimal comma in Norwegian, the same number of
 * fields on every row, and the texts back as they were */
static GPtrArray *
csv_fields (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == '\0' || (!quoted && *p == ';'))
        {
          g_ptr_array_add (fields, g_string_free (g_steal_pointer (&field), FALSE));
          field = g_string_new (NULL);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }
  g_string_free (field, TRUE);

  return fields;
}

static void
test_masterplan_csv (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(LkStore) store = lk_store_open (path, NULL);
  g_autoptr(LkMasterplan) mp = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) rows = NULL;
  g_autoptr(GPtrArray) head = NULL;
  gboolean found = FALSE;

  g_assert_true (lk_example_load (store, "2026-05-10", NULL));
  mp = lk_store_load_masterplan (store, NULL);
  lk_masterplan_roll_up (mp, 2026, 2);

  /* In Bokmål, as the user's language writes numbers */
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LK_TEST_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "nb", TRUE);
  csv = lk_masterplan_to_csv (mp, 2026, 2);
  g_setenv ("LANGUAGE", "C", TRUE);

  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  rows = g_strsplit (csv + 3, "\r\n", -1);
  head = csv_fields (rows[0]);
  g_assert_cmpstr (head->pdata[0], ==, "Satsingsområde");
  g_assert_cmpstr (head->pdata[head->len - 1], ==, "T3 2026");
  for (guint i = 1; rows[i] != NULL && rows[i][0] != '\0'; i++)
    {
      g_autoptr(GPtrArray) fields = csv_fields (rows[i]);

      g_assert_cmpuint (fields->len, ==, head->len);
      if (g_str_equal (fields->pdata[9], "Nærvær"))
        {
          found = TRUE;
          g_assert_cmpstr (fields->pdata[2], ==, "Felles mål og retning i hjemmetjenesten");
          g_assert_cmpstr (fields->pdata[0], ==, "Folkehelse");
          g_assert_cmpstr (fields->pdata[7], ==, "Etter");
          g_assert_cmpstr (fields->pdata[12], ==, "88");              /* baseline */
          g_assert_nonnull (strchr (fields->pdata[head->len - 6], ','));  /* T1 2025, a decimal */
          g_assert_null (strchr (fields->pdata[head->len - 6], '.'));
        }
    }
  g_assert_true (found);
  setlocale (LC_ALL, "C");
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/markdown", test_markdown);
  g_test_add_func ("/export/pdf", test_pdf);
  g_test_add_func ("/export/risk-table", test_risk_table);
  g_test_add_func ("/export/fishbone", test_fishbone_export);
  g_test_add_func ("/export/masterplan-csv", test_masterplan_csv);

  return g_test_run ();
}
