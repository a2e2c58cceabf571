/* lk-json-read.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lk-json-read.h"
#include "lk-date.h"

G_DEFINE_QUARK (lk-import-error-quark, lk_import_error)

/* Deeper nesting than any of our documents has is refused before parsing,
 * so a hostile file cannot exhaust the stack of a recursive parser. The
 * scan sees the document as strict JSON does; json-glib would also take
 * comments and single-quoted strings, in which brackets hide from a count,
 * so anything outside a string that is not JSON is refused here too. */
#define MAX_DEPTH 32

typedef enum
{
  SCAN_OK,
  SCAN_TOO_DEEP,
  SCAN_NOT_JSON,
  SCAN_NUL,
} Scan;

static Scan
scan_strict (const char *data,
             gsize       length,
             unsigned   *line,
             unsigned   *column)
{
  gboolean in_string = FALSE;
  int depth = 0;

  *line = 1;
  *column = 0;
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      *column = c == '\n' ? 0 : *column + 1;
      if (c == '\n')
        (*line)++;
      if (in_string)
        {
          /* A "\u0000" would end the text where it stands, silently */
          if (c == '\\' && i + 5 < length && memcmp (data + i + 1, "u0000", 5) == 0)
            return SCAN_NUL;
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_DEPTH)
            return SCAN_TOO_DEEP;
        }
      else if (c == '}' || c == ']')
        depth--;
      /* Numbers, true, false, null, separators and white space */
      else if (strchr (" \t\r\n:,-+.0123456789eEtrufalsn", c) == NULL || c == '\0')
        return SCAN_NOT_JSON;
    }

  return SCAN_OK;
}

/**
 * lk_json_parse:
 *
 * Checks size, encoding and nesting, then parses.
 *
 * Returns: (transfer full): the root node, or %NULL with @error set
 */
JsonNode *
lk_json_parse (const char  *data,
               gsize        length,
               gsize        max_size,
               GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *end = NULL;
  unsigned line = 0, column = 0;
  JsonNode *root;

  if (length > max_size)
    {
      g_autofree char *size = g_format_size (max_size);

      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large (more than %s)."), size);
      return NULL;
    }

  if (length == 0)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("The file is empty."));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_ENCODING,
                   _("The file is not valid UTF-8 text (at byte %lu)."),
                   (unsigned long)(end - data));
      return NULL;
    }

  switch (scan_strict (data, length, &line, &column))
    {
    case SCAN_TOO_DEEP:
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("The file is nested too deeply to be a Lederkompass file."));
      return NULL;
    case SCAN_NOT_JSON:
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                   _("The file is not valid JSON (line %u, column %u). It may be damaged "
                     "or cut off."),
                   line, column);
      return NULL;
    case SCAN_NUL:
      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                   _("A text in the file holds a null character (line %u, column %u), which "
                     "would cut it short."),
                   line, column);
      return NULL;
    case SCAN_OK:
    default:
      break;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* The parser's own message is English and technical; the place in
       * it ("<data>:LINE:COLUMN: ...") is what helps. */
      const char *place = strstr (local_error->message, ">:");

      if (place != NULL && sscanf (place + 2, "%u:%u", &line, &column) == 2)
        g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                     _("The file is not valid JSON (line %u, column %u). It may be damaged "
                       "or cut off."),
                     line, column);
      else
        g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                             _("The file is not valid JSON. It may be damaged or cut off."));
      g_debug ("JSON parser: %s", local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("The file is empty."));
      return NULL;
    }

  return json_node_copy (root);
}

void
lk_json_invalid (GError     **error,
                 const char  *path,
                 const char  *member,
                 const char  *message)
{
  if (member != NULL)
    /* Translators: the first %s is a place in the file like $.data.measures[3],
     * the second a field name, the third what is wrong */
    g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                 _("%s.%s: %s"), path, member, message);
  else
    g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_INVALID,
                 _("%s: %s"), path, message);
}

JsonObject *
lk_json_object (JsonNode    *node,
                const char  *path,
                GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      lk_json_invalid (error, path, NULL, _("expected an object { … }"));
      return NULL;
    }

  return json_node_get_object (node);
}

JsonArray *
lk_json_array_member (JsonObject  *object,
                      const char  *path,
                      const char  *member,
                      GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      lk_json_invalid (error, path, member, _("is missing"));
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lk_json_invalid (error, path, member, _("expected a list [ … ]"));
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * lk_json_string_member:
 * @out: (out) (nullable): the text, or %NULL for a missing optional member or null
 */
gboolean
lk_json_string_member (JsonObject  *object,
                       const char  *path,
                       const char  *member,
                       gboolean     required,
                       gsize        max_chars,
                       const char **out,
                       GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          lk_json_invalid (error, path, member, _("is missing"));
          return FALSE;
        }
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      lk_json_invalid (error, path, member, _("expected text"));
      return FALSE;
    }

  value = json_node_get_string (node);
  if (required && *value == '\0')
    {
      lk_json_invalid (error, path, member, _("must not be empty"));
      return FALSE;
    }

  if (max_chars > 0 && g_utf8_strlen (value, -1) > (glong)max_chars)
    {
      g_autofree char *msg = g_strdup_printf (_("is longer than %lu characters"),
                                              (unsigned long)max_chars);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  *out = value;

  return TRUE;
}

gboolean
lk_json_date_member (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     const char **out,
                     GError     **error)
{
  if (!lk_json_string_member (object, path, member, FALSE, 10, out, error))
    return FALSE;

  if (*out != NULL && !lk_date_is_valid_iso (*out))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a date (YYYY-MM-DD)"), *out);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  return TRUE;
}

gboolean
lk_json_int_member (JsonObject  *object,
                    const char  *path,
                    const char  *member,
                    gint64       min,
                    gint64       max,
                    gint64      *out,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (node == NULL)
    {
      lk_json_invalid (error, path, member, _("is missing"));
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      lk_json_invalid (error, path, member, _("expected a whole number"));
      return FALSE;
    }

  value = json_node_get_int (node);
  if (value < min || value > max)
    {
      g_autofree char *msg = g_strdup_printf (_("must be between %lld and %lld"),
                                              (long long)min, (long long)max);
      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }

  *out = value;

  return TRUE;
}

/* Optional: a missing member or null leaves @out as it was (NAN for an
 * unset number); whole numbers and decimals both count. */
gboolean
lk_json_number_member (JsonObject  *object,
                       const char  *path,
                       const char  *member,
                       double       min,
                       double       max,
                       double      *out,
                       GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;
  double value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
    {
      lk_json_invalid (error, path, member, _("expected a number"));
      return FALSE;
    }
  value = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
  if (!(value >= min && value <= max))
    {
      g_autofree char *msg = g_strdup_printf (_("must be between %g and %g"), min, max);

      lk_json_invalid (error, path, member, msg);
      return FALSE;
    }
  *out = value;

  return TRUE;
}

/* Optional; a missing member is FALSE. */
gboolean
lk_json_bool_member (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gboolean    *out,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = FALSE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      lk_json_invalid (error, path, member, _("expected true or false"));
      return FALSE;
    }
  *out = json_node_get_boolean (node);

  return TRUE;
}

/**
 * lk_json_strv_member:
 *
 * An optional list of texts; a missing member is an empty list.
 *
 * Returns: (transfer full) (nullable): the texts, or %NULL with @error set
 */
GStrv
lk_json_strv_member (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     gsize        max_chars,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_new0 (char *, 1);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      lk_json_invalid (error, path, member, _("expected a list [ … ]"));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s[%u]", member, i);
      const char *text;

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        {
          lk_json_invalid (error, path, where, _("expected text"));
          return NULL;
        }
      text = json_node_get_string (item);
      if (max_chars > 0 && g_utf8_strlen (text, -1) > (glong)max_chars)
        {
          g_autofree char *msg = g_strdup_printf (_("is longer than %lu characters"),
                                                  (unsigned long)max_chars);
          lk_json_invalid (error, path, where, msg);
          return NULL;
        }
      g_strv_builder_add (builder, text);
    }

  return g_strv_builder_end (builder);
}
