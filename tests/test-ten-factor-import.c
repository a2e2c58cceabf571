/* test-ten-factor-import.c: 10-faktor results from spreadsheets and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-json-read.h"
#include "lk-store-private.h"
#include "lk-ten-factor-import.h"
#include "lk-test-util.h"

/* Two rounds: a unit in two years */
static const double means[2][LK_TEN_FACTOR_N] = {
  { 4.3, 4.2, 4.1, 4.0, 3.8, 3.9, 3.5, 4.2, 3.6, 4.5 },
  { 4.4, 4.3, 4.2, 4.1, 4.2, 4.0, 3.8, 3.9, 4.1, 4.6 },
};
static const int years[2] = { 2023, 2025 };

typedef enum { DEC_COMMA, DEC_POINT } Decimal;
typedef enum { ENC_UTF8, ENC_UTF8_BOM, ENC_CP1252, ENC_UTF16 } Encoding;
typedef enum { NAME_NUMBER, NAME_NAME, NAME_FAKTOR_N, NAME_SLOPPY } Naming;

static void
field (GString    *out,
       char        delimiter,
       const char *text,
       gboolean    first)
{
  if (!first)
    g_string_append_c (out, delimiter);
  if (strchr (text, delimiter) != NULL || strchr (text, '"') != NULL)
    {
      g_autoptr(GString) quoted = g_string_new (text);

      g_string_replace (quoted, "\"", "\"\"", 0);
      g_string_append_printf (out, "\"%s\"", quoted->str);
    }
  else
    g_string_append (out, text);
}

static char *
number (double  value,
        Decimal decimal)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));

  if (decimal == DEC_COMMA)
    *strchr (text, '.') = ',';

  return text;
}

static char *
factor_label (guint  factor,
              Naming naming)
{
  switch (naming)
    {
    case NAME_NUMBER:
      return g_strdup_printf ("%u", factor);
    case NAME_NAME:
      return g_strdup (lk_ten_factor_name (factor));
    case NAME_FAKTOR_N:
      return g_strdup_printf ("Faktor %u", factor);
    case NAME_SLOPPY:
    default:
      /* As the Gausdal handbook wraps it, in capitals and with spaces */
      if (factor == 7)
        return g_strdup ("RELEVANT KOMPETANSE-UTVIKLING");
      return g_strdup_printf ("  %s ", lk_ten_factor_name (factor));
    }
}

/* The two rounds as a spreadsheet would write them */
static GBytes *
make_csv (char     delimiter,
          Decimal  decimal,
          Encoding encoding,
          gboolean english,
          Naming   naming,
          gboolean long_form)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *converted = NULL;
  gsize length = 0;

  /* A title line above the column names, as exports often have */
  g_string_append (out, english ? "10-factor results\r\n" : "Resultater 10-faktor\r\n");
  field (out, delimiter, english ? "Year" : "År", TRUE);
  field (out, delimiter, english ? "Unit" : "Enhet", FALSE);
  field (out, delimiter, english ? "Invited" : "Inviterte", FALSE);
  field (out, delimiter, english ? "Respondents" : "Antall svar", FALSE);
  if (long_form)
    {
      field (out, delimiter, english ? "Factor" : "Faktor", FALSE);
      field (out, delimiter, english ? "Mean" : "Snitt", FALSE);
      field (out, delimiter, english ? "Municipality" : "Kommunen", FALSE);
    }
  else
    for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
      {
        g_autofree char *label = factor_label (f, naming);

        field (out, delimiter, label, FALSE);
      }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < 2; r++)
    for (guint f = 1; f <= (long_form ? LK_TEN_FACTOR_N : 1); f++)
      {
        g_autofree char *year = g_strdup_printf ("%d", years[r]);

        field (out, delimiter, year, TRUE);
        field (out, delimiter, "Hjemmetjenesten Nord – sone Ø", FALSE);
        field (out, delimiter, "45", FALSE);
        field (out, delimiter, r ? "38" : "35", FALSE);
        if (long_form)
          {
            g_autofree char *label = factor_label (f, naming);
            g_autofree char *mean = number (means[r][f - 1], decimal);
            g_autofree char *municipality = number (means[r][f - 1] - 0.1, decimal);

            field (out, delimiter, label, FALSE);
            field (out, delimiter, mean, FALSE);
            field (out, delimiter, municipality, FALSE);
          }
        else
          for (guint g = 1; g <= LK_TEN_FACTOR_N; g++)
            {
              g_autofree char *mean = number (means[r][g - 1], decimal);

              field (out, delimiter, mean, FALSE);
            }
        g_string_append (out, r == 1 && f == (long_form ? LK_TEN_FACTOR_N : 1) ? "" : "\n");
      }

  switch (encoding)
    {
    case ENC_UTF8_BOM:
      g_string_prepend (out, "\xEF\xBB\xBF");
      G_GNUC_FALLTHROUGH;
    case ENC_UTF8:
    default:
      return g_bytes_new (out->str, out->len);
    case ENC_CP1252:
      converted = g_convert (out->str, out->len, "WINDOWS-1252", "UTF-8", NULL, &length, NULL);
      g_assert_nonnull (converted);
      return g_bytes_new (converted, length);
    case ENC_UTF16:
      converted = g_convert (out->str, out->len, "UTF-16LE", "UTF-8", NULL, &length, NULL);
      g_assert_nonnull (converted);
      {
        g_autoptr(GByteArray) bytes = g_byte_array_new ();

        g_byte_array_append (bytes, (const guint8 *) "\xFF\xFE", 2);
        g_byte_array_append (bytes, (const guint8 *) converted, length);
        return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
      }
    }
}

/* Every combination of delimiter, decimal mark, byte order mark and
 * encoding, header language, factor naming and layout reads the same */
static void
test_csv_variants (void)
{
  static const char delimiters[] = { ';', ',', '\t' };
  guint n = 0;

  for (guint d = 0; d < G_N_ELEMENTS (delimiters); d++)
    for (Decimal dec = DEC_COMMA; dec <= DEC_POINT; dec++)
      for (Encoding enc = ENC_UTF8; enc <= ENC_UTF16; enc++)
        for (guint english = 0; english < 2; english++)
          for (Naming naming = NAME_NUMBER; naming <= NAME_SLOPPY; naming++)
            for (guint long_form = 0; long_form < 2; long_form++)
              {
                g_autoptr(GBytes) csv = make_csv (delimiters[d], dec, enc, english, naming, long_form);
                g_autoptr(GError) error = NULL;
                g_autoptr(LkTenFactorImport) import = NULL;
                gsize length;
                const char *data = g_bytes_get_data (csv, &length);

                /* A wide file names factors by number only where the header
                 * cannot be an answer; "1"…"10" stand for factors there */
                import = lk_ten_factor_read_csv (data, length, "test.csv", &error);
                if (error != NULL)
                  g_error ("delimiter %d, decimal %d, encoding %d, english %u, naming %d, long %u: %s",
                           delimiters[d], dec, enc, english, naming, long_form, error->message);
                g_assert_cmpuint (import->rounds->len, ==, 2);
                for (guint r = 0; r < 2; r++)
                  {
                    LkSurveyRound *round = g_ptr_array_index (import->rounds, r);

                    g_assert_cmpint (round->year, ==, years[r]);
                    g_assert_cmpstr (round->unit, ==, "Hjemmetjenesten Nord – sone Ø");
                    g_assert_cmpint (round->invited, ==, 45);
                    g_assert_cmpint (round->respondents, ==, r ? 38 : 35);
                    for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
                      g_assert_cmpfloat_with_epsilon (round->results[f].mean, means[r][f], 1e-9);
                    if (long_form)
                      {
                        LkSurveyComparison *c = lk_survey_round_get_comparison (round, LK_COMPARISON_MUNICIPALITY);

                        g_assert_nonnull (c);
                        g_assert_cmpfloat_with_epsilon (c->means[6], means[r][6] - 0.1, 1e-9);
                        g_assert_cmpstr (c->source, ==, "test.csv");
                      }
                  }
                n++;
              }
  g_assert_cmpuint (n, ==, 3 * 2 * 4 * 2 * 4 * 2);
}

/* Answers 1–5 as counts or shares; a mean from them when none is given */
static void
test_csv_answers (void)
{
  const char *csv =
    "År;Enhet;Svar;Faktor;Snitt;1;2;3;4;5\n"
    "2025;Sone nord;10;1;4,2;0;0;2;4;4\n"
    "2025;Sone nord;10;2;;0;1;2;3;4\n"
    "2025;Sone nord;10;3;4,0;0 %;10 %;10 %;50 %;30 %\n"
    "2025;Sone nord;10;4;4\n2025;Sone nord;10;5;4\n2025;Sone nord;10;6;4\n2025;Sone nord;10;7;4\n"
    "2025;Sone nord;10;8;4\n2025;Sone nord;10;9;4\n2025;Sone nord;10;10;4\n"
    /* Two answered in the night group: its results stay out */
    "2025;Natt;2;1;3,0\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LkTenFactorImport) import = lk_ten_factor_read_csv (csv, strlen (csv), NULL, &error);
  LkSurveyRound *round;

  g_assert_no_error (error);
  g_assert_cmpuint (import->rounds->len, ==, 2);
  round = g_ptr_array_index (import->rounds, 0);
  g_assert_cmpint (round->results[0].counts[4], ==, 4);
  g_assert_cmpfloat_with_epsilon (round->results[1].mean, 4.0, 1e-9);   /* (2 + 6 + 12 + 20) / 10 */
  g_assert_cmpint (round->results[2].counts[3], ==, 5);
  g_assert_cmpint (round->results[3].counts[0], ==, -1);
  round = g_ptr_array_index (import->rounds, 1);
  g_assert_false (lk_survey_round_has_results (round));
  g_assert_cmpuint (import->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (import->warnings, 0), "Natt 2025"));
}

static const struct
{
  const char *name;
  const char *csv;
  const char *mentions;
} bad_files[] = {
  { "mean 6,2", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;1;4\n2025;A;10;2;6,2\n",
    "Line 3, column 5 (Snitt): “6,2” is not a mean from 1 to 5." },
  { "a missing factor", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;1;4\n2025;A;10;2;4\n",
    "A 2025 (lines 2–3) has no result for Selvstendighet (factor 3)." },
  { "a missing factor, wide", "År;Enhet;Svar;1;2;3;4;5;6;7;8;9;10\n2025;A;10;4;4;4;4;4;;4;4;4;4\n",
    "has no result for Rolleklarhet (factor 6)" },
  { "respondents above invited", "Year;Unit;Invited;Respondents;Factor;Mean\n2025;A;10;12;1;4\n",
    "Line 2, column 4 (Respondents): 12 answered, but only 10 were invited." },
  { "a duplicate row", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;Mestringsklima;4\n2025;a;10;9;4,1\n",
    "Line 3, column 4 (Faktor): Mestringsklima for A 2025 is also on line 2." },
  { "a duplicate round, wide", "År;Enhet;Svar;1\n2025;A;10;4\n2025;A;10;4\n", "Line 3: A 2025 is also on line 2." },
  { "an unknown factor", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;Trivsel;4\n",
    "“Trivsel” is not one of the ten factors" },
  { "factor eleven", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;11;4\n", "“11” is not one of the ten factors" },
  { "not a year", "År;Enhet;Svar;Faktor;Snitt\n25/26;A;10;1;4\n", "Line 2, column 1 (År): “25/26” is not a year." },
  { "respondents differ", "År;Enhet;Svar;Faktor;Snitt\n2025;A;10;1;4\n2025;A;11;2;4\n",
    "A 2025 has other numbers on line 2." },
  { "a share above 100", "År;Enhet;Svar;Faktor;1;2;3;4;5\n2025;A;10;1;0%;0%;0%;0%;120%\n", "“120%” is not a share" },
  { "some answers", "År;Enhet;Svar;Faktor;1;2;3;4;5\n2025;A;10;1;1;2;;3;4\n", "or none of them" },
  { "no mean, no answers", "År;Enhet;Svar;Faktor;Snitt;1;2;3;4;5\n2025;A;10;1;;;;;;\n",
    "no mean and no answers for Oppgavemotivasjon" },
  { "a decimal comma unquoted", "Year,Unit,Respondents,Factor,Mean\n2025,A,10,1,4,2\n", "needs quotes" },
  { "no columns", "Navn;Verdi\nA;1\n", "does not look like 10-faktor results" },
  { "no respondents column", "År;Enhet;Faktor;Snitt\n2025;A;1;4\n", "Year, Unit and Respondents" },
  { "no factor column", "År;Enhet;Svar;Kommentar\n2025;A;10;Bra\n", "no column names a factor" },
  { "column twice", "År;Enhet;Svar;Svar;Faktor;Snitt\n", "“Svar” is there twice" },
  { "only names", "År;Enhet;Svar;Faktor;Snitt\n", "no results" },
  { "a quote left open", "År;Enhet;Svar;Faktor;Snitt\n2025;\"A;10;1;4\n", "not closed" },
  { "empty", "", "does not look like" },
  { "binary", "\x00\x01\x02\xff\xfe", "encoding" },
  { "a part of itself", "År;Enhet;Del av;Svar;1;2;3;4;5;6;7;8;9;10\n2025;A;a;10;4;4;4;4;4;4;4;4;4;4\n",
    "A 2025 (line 2): A unit cannot be part of itself." },
};

static gint64
count_rows (LkStore *store)
{
  gint64 n = -1;

  g_assert_true (lk_store_query_int (store, "SELECT (SELECT count(*) FROM survey_rounds) * 1000 + "
                                            "(SELECT count(*) FROM survey_results)", &n, NULL));

  return n;
}

static void
test_csv_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LkTenFactorImport) import = NULL;
      gsize length = strlen (bad_files[i].csv);

      if (g_str_equal (bad_files[i].name, "binary"))
        length = 5;
      g_test_message ("%s", bad_files[i].name);
      import = lk_ten_factor_read_csv (bad_files[i].csv, length, NULL, &error);
      g_assert_null (import);
      g_assert_nonnull (error);
      g_assert_true (error->domain == LK_IMPORT_ERROR);
      if (strstr (error->message, bad_files[i].mentions) == NULL)
        g_error ("%s: “%s” does not mention “%s”", bad_files[i].name, error->message, bad_files[i].mentions);
    }
}

/* Previewed, applied whole, again without doubling; the follow-up of a
 * round stays when its numbers come again; a failure on the way leaves
 * the database as it was */
static void
test_apply (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkStore) store = lk_test_open_store (dir, "import.db");
  g_autoptr(GBytes) csv = make_csv (';', DEC_COMMA, ENC_UTF8_BOM, FALSE, NAME_NAME, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkTenFactorImport) import = NULL;
  g_autoptr(GPtrArray) rounds = NULL;
  g_autofree char *before = NULL;
  g_autofree char *json = NULL;
  gsize length, json_length;
  const char *data = g_bytes_get_data (csv, &length);
  LkSurveyRound *round;
  gint64 rows;

  import = lk_ten_factor_read_csv (data, length, "resultater.csv", &error);
  g_assert_no_error (error);
  g_assert_true (lk_ten_factor_preview (store, import, &error));
  g_assert_false (g_array_index (import->replaces, gboolean, 0));
  g_assert_true (lk_ten_factor_apply (store, import, &error));
  g_assert_no_error (error);
  rows = count_rows (store);
  g_assert_cmpint (rows, ==, 2020);

  /* A follow-up chosen, then the same file again: replaced, not doubled */
  rounds = lk_store_list_survey_rounds (store, &error);
  round = lk_survey_round_copy (g_ptr_array_index (rounds, 0));
  g_ptr_array_add (round->focus, lk_survey_focus_new (NULL, 9, LK_FOCUS_IMPROVE, "Vi heier."));
  g_assert_true (lk_store_save_survey_round (store, round, &error));
  g_object_unref (round);
  g_clear_pointer (&import, lk_ten_factor_import_free);
  import = lk_ten_factor_read_csv (data, length, "resultater.csv", &error);
  g_assert_true (lk_ten_factor_preview (store, import, &error));
  g_assert_true (g_array_index (import->replaces, gboolean, 0));
  g_assert_true (lk_ten_factor_apply (store, import, &error));
  g_assert_cmpint (count_rows (store), ==, rows);
  g_clear_pointer (&rounds, g_ptr_array_unref);
  rounds = lk_store_list_survey_rounds (store, &error);
  g_assert_cmpuint (((LkSurveyRound *) g_ptr_array_index (rounds, 0))->focus->len, ==, 1);

  /* A step that fails half-way: nothing of the import is kept */
  before = lk_test_checksum_file (lk_store_get_path (store));
  for (int n = 0; n < 60; n += 7)
    {
      g_autoptr(GError) e = NULL;

      lk_store_fail_step_after (store, n);
      if (!lk_ten_factor_apply (store, import, &e))
        g_assert_nonnull (e);
      lk_store_fail_step_after (store, -1);
      g_assert_cmpint (count_rows (store), ==, rows);
      g_clear_pointer (&rounds, g_ptr_array_unref);
      rounds = lk_store_list_survey_rounds (store, NULL);
      g_assert_cmpuint (((LkSurveyRound *) g_ptr_array_index (rounds, 0))->focus->len, ==, 1);
    }

  /* Out as JSON and in again elsewhere: the same rounds */
  json = lk_ten_factor_export_json (rounds, &json_length);
  {
    g_autoptr(LkStore) other = lk_test_open_store (dir, "other.db");
    g_autoptr(LkTenFactorImport) from_json = lk_ten_factor_read_json (json, json_length, &error);
    g_autoptr(GPtrArray) there = NULL;

    g_assert_no_error (error);
    g_assert_true (lk_ten_factor_apply (other, from_json, &error));
    g_assert_no_error (error);
    there = lk_store_list_survey_rounds (other, &error);
    g_assert_cmpuint (there->len, ==, 2);
    g_assert_cmpuint (((LkSurveyRound *) g_ptr_array_index (there, 0))->focus->len, ==, 1);
    g_assert_cmpint (count_rows (other), ==, rows);
  }

  /* Bad JSON: refused with the place */
  {
    static const struct { const char *json; const char *mentions; } bad[] = {
      { "{\"format\":\"lederkompass-plan\",\"version\":1}", "not 10-faktor results" },
      { "{\"format\":\"lederkompass-10-faktor\",\"version\":9,\"rounds\":[]}", "newer version" },
      { "{\"format\":\"lederkompass-10-faktor\",\"version\":1,\"rounds\":[{\"uuid\":\"x\"}]}", "$.rounds[0].uuid" },
      { "{\"format\":\"lederkompass-10-faktor\",\"version\":1,\"rounds\":[{\"uuid\":"
        "\"77777777-7777-4777-8777-777777777777\",\"year\":2025,\"unit\":\"A\",\"respondents\":5,"
        "\"results\":[{\"factor\":2,\"mean\":7}],\"created\":\"2020-01-01T00:00:00Z\","
        "\"updated\":\"2020-01-01T00:00:00Z\"}]}", "$.rounds[0].results[0].mean" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autoptr(GError) e = NULL;
        g_autoptr(LkTenFactorImport) refused = lk_ten_factor_read_json (bad[i].json, strlen (bad[i].json), &e);

        g_assert_null (refused);
        g_assert_nonnull (e);
        if (strstr (e->message, bad[i].mentions) == NULL)
          g_error ("“%s” does not mention %s", e->message, bad[i].mentions);
      }
  }

  g_clear_object (&store);
  lk_test_rmtree (dir);
}

/* The sample shipped for users to copy reads as it says */
static void
test_sample_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "10-faktor-eksempel.csv", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LkTenFactorImport) import = NULL;
  LkSurveyRound *round;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  import = lk_ten_factor_read_csv (data, length, "10-faktor-eksempel.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->rounds->len, ==, 1);
  g_assert_cmpuint (import->warnings->len, ==, 0);
  round = g_ptr_array_index (import->rounds, 0);
  g_assert_cmpstr (round->unit_type, ==, "Hjemmetjeneste");
  g_assert_cmpuint (round->comparisons->len, ==, 3);
  g_assert_cmpint (round->results[8].counts[3], ==, 22);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ten-factor-import/csv-variants", test_csv_variants);
  g_test_add_func ("/ten-factor-import/csv-answers", test_csv_answers);
  g_test_add_func ("/ten-factor-import/csv-bad", test_csv_bad);
  g_test_add_func ("/ten-factor-import/apply", test_apply);
  g_test_add_func ("/ten-factor-import/sample-file", test_sample_file);

  return g_test_run ();
}
