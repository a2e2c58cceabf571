/* test-json.c: the strict JSON reader every import goes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-json-read.h"
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/refused", test_json_refused);
  g_test_add_func ("/json/values", test_json_values);
  g_test_add_func ("/json/depth", test_json_depth);
  g_test_add_func ("/json/large", test_json_large);

  return g_test_run ();
}
