/* test-json.c: the strict JSON reader every import goes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lk-json-read.h"
#include "lk-json-write.h"
#include "lk-test-util.h"

static LkJsonDocument *
parse (const char  *text,
       GError     **error)
{
  return lk_json_parse (text, strlen (text), 1 << 20, error);
}

/* What is not strict JSON is refused, and the message names where */
static void
test_json_refused (void)
{
  static const struct
  {
    const char *text;
    int         code;
    const char *message;   /* a part of it, or NULL */
  } cases[] = {
    { "", LK_IMPORT_ERROR_SYNTAX, "empty" },
    { " \n\t ", LK_IMPORT_ERROR_SYNTAX, "empty" },
    { "{\"a\": 1} x", LK_IMPORT_ERROR_SYNTAX, "line 1, column 10" },
    { "{\n  \"a\": 1,\n}", LK_IMPORT_ERROR_SYNTAX, "line 3, column 1" },
    { "[1, 2,]", LK_IMPORT_ERROR_SYNTAX, "column 7" },
    { "/* c */ []", LK_IMPORT_ERROR_SYNTAX, "column 1" },
    { "[1] // c", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "{'a': 1}", LK_IMPORT_ERROR_SYNTAX, "column 2" },
    { "{a: 1}", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[01]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[1.]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[.5]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[+1]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[1e]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[NaN]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[Infinity]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[1e999]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[tru]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[nul", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"a\tb\"]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"a\\x\"]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"\\u12\"]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"\\ud83d\"]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"\\ude00\"]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[\"open", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "{\"a\" 1}", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "{\"a\": 1 \"b\": 2}", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "[1 2]", LK_IMPORT_ERROR_SYNTAX, NULL },
    { "{\"a\":\n \"x\\u0000y\"}", LK_IMPORT_ERROR_INVALID, "line 2, column 4" },
    { "[\"\xff\"]", LK_IMPORT_ERROR_ENCODING, "byte 2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LkJsonDocument) doc = parse (cases[i].text, &error);

      g_test_message ("%s", cases[i].text);
      g_assert_null (doc);
      g_assert_error (error, LK_IMPORT_ERROR, cases[i].code);
      if (cases[i].message)
        g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_json_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkJsonDocument) doc = parse ("\xEF\xBB\xBF {\"s\": \"a\\\"b\\\\c\\/d\\n\\u00e6\\ud83d\\ude00\", "
                                         "\"i\": -42, \"big\": 12345678901234567890, \"d\": 1.5e-3, "
                                         "\"z\": -0, \"t\": true, \"f\": false, \"n\": null, "
                                         "\"a\": [1, [], {}], \"s\": \"second\", \"o\": {\"k\": [\"v\"]}}",
                                         &error);
  LkJsonNode *root, *node;

  g_assert_no_error (error);
  root = lk_json_document_get_root (doc);
  g_assert_true (LK_JSON_HOLDS (root, LK_JSON_OBJECT));
  g_assert_cmpuint (lk_json_node_get_length (root), ==, 11);
  /* Of two members with one name the last counts, as in json-glib */
  g_assert_cmpstr (lk_json_node_get_string (lk_json_object_get_member (root, "s")), ==, "second");
  g_assert_cmpstr (lk_json_object_get_member_name (root, 0), ==, "s");
  g_assert_cmpstr (lk_json_node_get_string (lk_json_object_get_member_at (root, 0)), ==,
                   "a\"b\\c/d\næ😀");
  node = lk_json_object_get_member (root, "i");
  g_assert_true (LK_JSON_HOLDS (node, LK_JSON_INT));
  g_assert_cmpint (lk_json_node_get_int (node), ==, -42);
  g_assert_cmpfloat (lk_json_node_get_double (node), ==, -42.0);
  /* Too large for a whole number: a decimal, not a wrapped value */
  node = lk_json_object_get_member (root, "big");
  g_assert_true (LK_JSON_HOLDS (node, LK_JSON_DOUBLE));
  g_assert_cmpfloat_with_epsilon (lk_json_node_get_double (node), 1.2345678901234567e19, 1e5);
  g_assert_cmpfloat (lk_json_node_get_double (lk_json_object_get_member (root, "d")), ==, 1.5e-3);
  g_assert_true (lk_json_node_is_number (lk_json_object_get_member (root, "z")));
  g_assert_true (lk_json_node_get_boolean (lk_json_object_get_member (root, "t")));
  g_assert_true (LK_JSON_HOLDS (lk_json_object_get_member (root, "f"), LK_JSON_BOOLEAN));
  g_assert_false (lk_json_node_get_boolean (lk_json_object_get_member (root, "f")));
  g_assert_true (LK_JSON_HOLDS (lk_json_object_get_member (root, "n"), LK_JSON_NULL));
  g_assert_false (lk_json_object_has_member (root, "missing"));
  node = lk_json_object_get_member (root, "a");
  g_assert_cmpuint (lk_json_node_get_length (node), ==, 3);
  g_assert_true (LK_JSON_HOLDS (lk_json_array_get_element (node, 1), LK_JSON_ARRAY));
  g_assert_cmpuint (lk_json_node_get_length (lk_json_array_get_element (node, 2)), ==, 0);
  node = lk_json_object_get_member (lk_json_object_get_member (root, "o"), "k");
  g_assert_cmpstr (lk_json_node_get_string (lk_json_array_get_element (node, 0)), ==, "v");
}

/* 32 levels are read; one more is refused before the stack is at risk,
 * also when a file is nothing but brackets */
static void
test_json_depth (void)
{
  for (guint depth = 31; depth <= 33; depth++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(LkJsonDocument) doc = NULL;

      for (guint i = 0; i < depth; i++)
        g_string_append (text, i % 2 ? "{\"k\":" : "[");
      g_string_append (text, "1");
      for (guint i = depth; i-- > 0;)
        g_string_append (text, i % 2 ? "}" : "]");
      doc = parse (text->str, &error);
      if (depth <= 32)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX);
          g_assert_nonnull (strstr (error->message, "nested too deeply"));
        }
    }

  {
    g_autofree char *text = g_strnfill (1000000, '[');
    g_autoptr(GError) error = NULL;
    g_autoptr(LkJsonDocument) doc = lk_json_parse (text, 1000000, 1 << 20, &error);

    g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX);
  }
}

/* A large document: many members and elements, strings long enough to
 * get blocks of their own, all read back */
static void
test_json_large (void)
{
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(LkJsonDocument) doc = NULL;
  g_autofree char *long_text = g_strnfill (200000, 'x');
  LkJsonNode *root;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (text, "%s{\"n\": %u, \"t\": \"%s\"}", i ? "," : "", i,
                            i % 5000 == 0 ? long_text : "kort");
  g_string_append (text, "]");
  doc = lk_json_parse (text->str, text->len, 64 << 20, &error);
  g_assert_no_error (error);
  root = lk_json_document_get_root (doc);
  g_assert_cmpuint (lk_json_node_get_length (root), ==, 20000);
  for (guint i = 0; i < 20000; i++)
    {
      LkJsonNode *item = lk_json_array_get_element (root, i);

      g_assert_cmpint (lk_json_node_get_int (lk_json_object_get_member (item, "n")), ==, i);
      g_assert_cmpuint (strlen (lk_json_node_get_string (lk_json_object_get_member (item, "t"))), ==,
                        i % 5000 == 0 ? 200000 : 4);
    }

  /* Too large a file is refused before it is read */
  g_clear_error (&error);
  g_assert_null (lk_json_parse (text->str, text->len, 1000, &error));
  g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE);
}

/* --- writing ------------------------------------------------------------ */

/* @text written as the one string of an array */
static char *
write_string (const char *text)
{
  GString *out = g_string_new (NULL);
  g_autoptr(LkJsonWriter) writer = lk_json_writer_new (out, FALSE);

  lk_json_writer_begin_array (writer);
  lk_json_writer_add_string_value (writer, text);
  lk_json_writer_end_array (writer);

  return g_string_free (out, FALSE);
}

/* The string @json holds, read by our reader and by json-glib's: both must
 * take what we write, and agree */
static char *
read_back (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  LkJsonDocument *document = parse (json, &error);
  LkJsonNode *element;
  char *ours;

  g_assert_no_error (error);
  element = lk_json_array_get_element (lk_json_document_get_root (document), 0);
  g_assert_cmpint (lk_json_node_get_node_type (element), ==, LK_JSON_STRING);
  ours = g_strdup (lk_json_node_get_string (element));
  lk_json_document_free (document);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (json_array_get_string_element (json_node_get_array (json_parser_get_root (parser)), 0), ==, ours);

  return ours;
}

static void
test_json_write_strings (void)
{
  static const char *texts[] = {
    "", "plain", "\"quoted\"", "back\\slash", "/slash", "line\nbreak\r\n",
    "tab\there", "\b\f", "\x01\x1f\x7f", "æøå ÆØÅ", "– “” …", "\xe2\x80\xa8\xe2\x80\xa9",
    "😀 🇳🇴", "{\"not\": [\"json\"]}", "\\u0041", "end\\",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *json = write_string (texts[i]);
      g_autofree char *back = read_back (json);

      g_assert_cmpstr (back, ==, texts[i]);
      /* No control character stands raw in the file */
      for (const char *p = json; *p; p++)
        g_assert_cmpint ((guchar) *p, >=, 0x20);
    }

  /* Every byte below 0x80, one at a time */
  for (int c = 1; c < 0x80; c++)
    {
      char text[4] = { 'a', (char) c, 'b', 0 };
      g_autofree char *json = write_string (text);
      g_autofree char *back = read_back (json);

      g_assert_cmpstr (back, ==, text);
    }

  /* A long text with something to escape now and then */
  {
    GString *long_text = g_string_new (NULL);
    g_autofree char *json = NULL;
    g_autofree char *back = NULL;

    for (guint i = 0; i < 20000; i++)
      g_string_append (long_text, i % 97 == 0 ? "\"\n\\" : "ø");
    json = write_string (long_text->str);
    back = read_back (json);
    g_assert_cmpstr (back, ==, long_text->str);
    g_string_free (long_text, TRUE);
  }

  /* Bytes that are not UTF-8 (a database changed elsewhere) become U+FFFD,
   * so the backup can still be read */
  {
    g_autofree char *json = write_string ("a\xff" "b\xc3");
    g_autofree char *back = read_back (json);

    g_assert_true (g_utf8_validate (json, -1, NULL));
    g_assert_cmpstr (back, ==, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
  }
}

static char *
write_number (double   value,
              gboolean as_int)
{
  GString *out = g_string_new (NULL);
  g_autoptr(LkJsonWriter) writer = lk_json_writer_new (out, FALSE);

  if (as_int)
    lk_json_writer_add_int_value (writer, (gint64) value);
  else
    lk_json_writer_add_double_value (writer, value);

  return g_string_free (out, FALSE);
}

static void
assert_double_round_trip (double value)
{
  g_autofree char *json = write_number (value, FALSE);
  g_autoptr(GError) error = NULL;
  LkJsonDocument *document = parse (json, &error);
  LkJsonNode *root;

  g_assert_no_error (error);
  root = lk_json_document_get_root (document);
  /* Read back a double, never an integer, and the very same one */
  g_assert_cmpint (lk_json_node_get_node_type (root), ==, LK_JSON_DOUBLE);
  if (lk_json_node_get_double (root) != value)
    g_error ("%.17g written as %s read back as %.17g", value, json, lk_json_node_get_double (root));
  lk_json_document_free (document);
}

static void
test_json_write_numbers (void)
{
  static const struct { double value; const char *text; } exact[] = {
    { 87.5, "87.5" }, { 0.1, "0.1" }, { -0.25, "-0.25" }, { 3, "3.0" },
    { 0.001, "0.001" }, { 0.0005, "0.0005" }, { 1.0 / 3, "0.333333333333333" },
    { 123456.789, "123456.789" }, { -1e300, "-1e+300" }, { 1e15, "1e+15" },
  };
  static const gint64 ints[] = { 0, 1, -1, 42, G_MAXINT64, G_MININT64, 1000000 };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < G_N_ELEMENTS (exact); i++)
    {
      g_autofree char *json = write_number (exact[i].value, FALSE);

      /* 1/3 is the one that needs 17 digits to read back */
      if (i == 6)
        g_assert_true (g_str_has_prefix (json, exact[i].text));
      else
        g_assert_cmpstr (json, ==, exact[i].text);
      assert_double_round_trip (exact[i].value);
    }

  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    {
      GString *out = g_string_new (NULL);
      g_autoptr(LkJsonWriter) writer = lk_json_writer_new (out, FALSE);
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, ints[i]);

      lk_json_writer_add_int_value (writer, ints[i]);
      g_assert_cmpstr (out->str, ==, expected);
      g_string_free (out, TRUE);
    }

  /* Random numbers of every size, and short decimals near the edges of
   * the hand-written path */
  for (guint i = 0; i < 20000; i++)
    {
      double mantissa = g_rand_double_range (rand, -10, 10);
      int exponent = g_rand_int_range (rand, -30, 30);

      assert_double_round_trip (mantissa * pow (10, exponent));
      assert_double_round_trip (g_rand_int_range (rand, -2000000, 2000000) / 1000.0);
      assert_double_round_trip (g_rand_int_range (rand, -2000000, 2000000) / 1000.0 + 1e-12);
    }
  assert_double_round_trip (999999999999.999);
  assert_double_round_trip (1e12 - 0.001);
  assert_double_round_trip (5e-324);
  assert_double_round_trip (DBL_MAX);
  g_rand_free (rand);

  /* JSON has no NaN or infinity */
  for (guint i = 0; i < 3; i++)
    {
      double odd[] = { NAN, INFINITY, -INFINITY };
      g_autofree char *json = write_number (odd[i], FALSE);

      g_assert_cmpstr (json, ==, "null");
    }
}

static void
write_sample (LkJsonWriter *writer)
{
  lk_json_writer_begin_object (writer);
  lk_json_writer_set_member_name (writer, "name");
  lk_json_writer_add_string_value (writer, "Plan");
  lk_json_writer_set_member_name (writer, "empty");
  lk_json_writer_begin_array (writer);
  lk_json_writer_end_array (writer);
  lk_json_writer_set_member_name (writer, "items");
  lk_json_writer_begin_array (writer);
  lk_json_writer_add_int_value (writer, 1);
  lk_json_writer_begin_object (writer);
  lk_json_writer_set_member_name (writer, "ok");
  lk_json_writer_add_boolean_value (writer, TRUE);
  lk_json_writer_set_member_name (writer, "none");
  lk_json_writer_add_string_value (writer, NULL);
  lk_json_writer_end_object (writer);
  lk_json_writer_add_null_value (writer);
  lk_json_writer_end_array (writer);
  lk_json_writer_end_object (writer);
}

static void
test_json_write_structure (void)
{
  g_autoptr(GString) compact = g_string_new (NULL);
  g_autoptr(GString) pretty = g_string_new (NULL);
  g_autoptr(LkJsonWriter) w1 = lk_json_writer_new (compact, FALSE);
  g_autoptr(LkJsonWriter) w2 = lk_json_writer_new (pretty, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  write_sample (w1);
  g_assert_cmpstr (compact->str, ==,
                   "{\"name\":\"Plan\",\"empty\":[],\"items\":[1,{\"ok\":true,\"none\":null},null]}");
  write_sample (w2);
  g_assert_cmpstr (pretty->str, ==,
                   "{\n"
                   "  \"name\" : \"Plan\",\n"
                   "  \"empty\" : [],\n"
                   "  \"items\" : [\n"
                   "    1,\n"
                   "    {\n"
                   "      \"ok\" : true,\n"
                   "      \"none\" : null\n"
                   "    },\n"
                   "    null\n"
                   "  ]\n"
                   "}");
  /* json-glib reads both as the same document */
  g_assert_true (json_parser_load_from_data (parser, pretty->str, -1, &error));
  g_assert_no_error (error);
}

/* --- files ------------------------------------------------------------- */

/* Lines of items with escapes and letters of two bytes, about @mb MB;
 * @broken: the line (from 1) that breaks the syntax, 0 for none */
static char *
write_lines (const char *dir,
             guint       mb,
             guint       broken)
{
  g_autoptr(GString) text = g_string_new ("[\n");
  g_autofree char *path = g_build_filename (dir, "lines.json", NULL);
  g_autoptr(GError) error = NULL;

  for (guint line = 2; text->len < mb * 1024 * 1024; line++)
    {
      if (line == broken)
        g_string_append (text, "  {\"n\": 1, \"t\": \"æ\\\"ø\\n\", x},\n");
      else
        g_string_append_printf (text, "  {\"n\": %u, \"t\": \"tekst æøå \\\"sitert\\\"\\n ny linje\"},\n", line);
    }
  g_string_append (text, "  {\"n\": 0, \"t\": \"slutt\"}\n]\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

static char *
message_in_memory (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  LkJsonDocument *doc;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  doc = lk_json_parse (data, length, G_MAXSIZE, &error);
  g_assert_null (doc);

  return g_strdup (error->message);
}

/* A file's text is let go as it is read past, and an error far down still
 * names its line and column as when the whole text is kept */
static void
test_json_file (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(GError) error = NULL;
  LkJsonDocument *doc;

  {
    g_autofree char *path = write_lines (dir, 20, 0);
    LkJsonNode *root, *last;

    doc = lk_json_parse_file (path, G_MAXSIZE, &error);
    g_assert_no_error (error);
    root = lk_json_document_get_root (doc);
    g_assert_cmpuint (lk_json_node_get_length (root), >, 250000);
    /* Read past and let go: every string was copied */
    g_assert_cmpstr (lk_json_node_get_string (lk_json_object_get_member (lk_json_array_get_element (root, 0), "t")),
                     ==, "tekst æøå \"sitert\"\n ny linje");
    last = lk_json_array_get_element (root, lk_json_node_get_length (root) - 1);
    g_assert_cmpstr (lk_json_node_get_string (lk_json_object_get_member (last, "t")), ==, "slutt");
    lk_json_document_free (doc);
  }

  for (guint i = 0; i < 3; i++)
    {
      guint broken[] = { 5, 180000, 301000 };
      g_autofree char *path = write_lines (dir, 20, broken[i]);
      g_autofree char *expected = message_in_memory (path);

      g_clear_error (&error);
      g_assert_null (lk_json_parse_file (path, G_MAXSIZE, &error));
      g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, expected);
      if (broken[i] == 180000)
        g_assert_nonnull (strstr (error->message, "line 180000, column 27"));
    }

  /* Cut off in the middle of the last line */
  {
    g_autofree char *path = write_lines (dir, 20, 0);
    g_autofree char *data = NULL;
    g_autofree char *expected = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &data, &length, NULL));
    g_assert_true (g_file_set_contents (path, data, length - 9, NULL));
    expected = message_in_memory (path);
    g_clear_error (&error);
    g_assert_null (lk_json_parse_file (path, G_MAXSIZE, &error));
    g_assert_cmpstr (error->message, ==, expected);
  }

  /* A file on one line (as other programs write JSON) keeps its text, and
   * is read in one pass, not once per item */
  {
    g_autofree char *path = g_build_filename (dir, "one-line.json", NULL);
    g_autoptr(GString) text = g_string_new ("[");
    g_autofree char *expected = NULL;

    for (guint i = 0; text->len < 24 * 1024 * 1024; i++)
      g_string_append_printf (text, "{\"n\":%u,\"t\":\"tekst æøå \\\"sitert\\\"\"},", i);
    g_string_append (text, "x]");
    g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));
    expected = message_in_memory (path);
    g_clear_error (&error);
    g_assert_null (lk_json_parse_file (path, G_MAXSIZE, &error));
    g_assert_cmpstr (error->message, ==, expected);
    g_assert_nonnull (strstr (error->message, "line 1, column"));
  }

  /* Empty, too large, missing */
  {
    g_autofree char *path = g_build_filename (dir, "empty.json", NULL);

    g_assert_true (g_file_set_contents (path, "", 0, NULL));
    g_clear_error (&error);
    g_assert_null (lk_json_parse_file (path, G_MAXSIZE, &error));
    g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX);
    g_assert_true (g_file_set_contents (path, "[1, 2, 3]", -1, NULL));
    g_clear_error (&error);
    g_assert_null (lk_json_parse_file (path, 5, &error));
    g_assert_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE);
    g_unlink (path);
    g_clear_error (&error);
    g_assert_null (lk_json_parse_file (path, G_MAXSIZE, &error));
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  }
  lk_test_rmtree (dir);
}

/* The most memory a child took to read @path: with the text let go as it
 * is passed, or kept whole */
static long
peak_kb (const char *path,
         gboolean    from_file)
{
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      LkJsonDocument *doc;

      if (from_file)
        doc = lk_json_parse_file (path, G_MAXSIZE, NULL);
      else
        {
          g_autofree char *data = NULL;
          gsize length;

          g_file_get_contents (path, &data, &length, NULL);
          doc = lk_json_parse (data, length, G_MAXSIZE, NULL);
        }
      _exit (doc != NULL ? 0 : 1);
    }
  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);

  return usage.ru_maxrss;
}

static void
test_json_file_memory (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = write_lines (dir, 48, 0);
  long kept = peak_kb (path, FALSE);
  long let_go = peak_kb (path, TRUE);

  g_test_message ("48 MB of lines: %ld KB kept whole, %ld KB let go", kept, let_go);
  /* A third of the file at least is given back before the end */
  g_assert_cmpint (let_go, <, kept - 16 * 1024);
  lk_test_rmtree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/refused", test_json_refused);
  g_test_add_func ("/json/values", test_json_values);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/large", test_json_large);
  g_test_add_func ("/json/file", test_json_file);
  g_test_add_func ("/json/file-memory", test_json_file_memory);
  g_test_add_func ("/json/write/strings", test_json_write_strings);
  g_test_add_func ("/json/write/numbers", test_json_write_numbers);
  g_test_add_func ("/json/write/structure", test_json_write_structure);

  return g_test_run ();
}
