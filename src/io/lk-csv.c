/* lk-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-csv.h"
#include "lk-json-read.h"
#include "lk-masterplan.h"

void
lk_csv_init (LkCsv    *csv,
             gboolean  bom)
{
  csv->out = g_string_new (bom ? "\xEF\xBB\xBF" : "");
  csv->row_start = TRUE;
}

static void
separate (LkCsv *csv)
{
  if (!csv->row_start)
    g_string_append_c (csv->out, ';');
  csv->row_start = FALSE;
}

void
lk_csv_field (LkCsv      *csv,
              const char *text)
{
  gboolean quote;

  separate (csv);
  if (text == NULL)
    return;
  quote = strpbrk (text, ";\"\n\r") != NULL;
  if (quote)
    g_string_append_c (csv->out, '"');
  if (text[0] != '\0' && strchr ("=+-@\t", text[0]) != NULL)
    g_string_append_c (csv->out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (csv->out, '"');
      g_string_append_c (csv->out, *p);
    }
  if (quote)
    g_string_append_c (csv->out, '"');
}

/* A number is not a formula: no apostrophe before its minus. Unset
 * (NAN) is an empty field. */
void
lk_csv_number (LkCsv  *csv,
               double  value,
               int     decimals)
{
  g_autofree char *text = lk_format_number (value, decimals);

  separate (csv);
  g_string_append (csv->out, text);
}

void
lk_csv_end_row (LkCsv *csv)
{
  g_string_append (csv->out, "\r\n");
  csv->row_start = TRUE;
}

char *
lk_csv_finish (LkCsv *csv)
{
  return g_string_free (g_steal_pointer (&csv->out), FALSE);
}

/* --- reading ------------------------------------------------------------------ */

#define MAX_FIELDS 500

static void
row_free (gpointer data)
{
  LkCsvRow *row = data;

  g_strfreev (row->fields);
  g_free (row);
}

/* The text as UTF-8, or NULL with @error set */
static char *
to_utf8 (const char  *data,
         gsize        length,
         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *from = NULL;
  gsize written = 0;
  char *text;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    from = (guchar) data[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
  if (from == NULL && g_utf8_validate_len (data, length, NULL))
    {
      if (memchr (data, '\0', length) != NULL)
        {
          g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_ENCODING,
                               _("The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)."));
          return NULL;
        }
      return g_strndup (data, length);
    }
  if (from == NULL)
    from = "WINDOWS-1252";
  else
    {
      data += 2;
      length -= 2;
    }

  text = g_convert (data, length, "UTF-8", from, NULL, &written, &local_error);
  /* A NUL inside would end the text early */
  if (text == NULL || strlen (text) != written)
    {
      g_free (text);
      g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_ENCODING,
                           _("The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)."));
      return NULL;
    }

  return text;
}

/* The delimiter the first lines use most, outside quotes (the first
 * line may be a title without any) */
static char
guess_delimiter (const char *text)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0, lines = 0;

  for (const char *p = text; *p && lines < 10; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == '\n')
        lines++;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          if (*p == candidates[i])
            counts[i]++;
    }
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return candidates[best];
}

/**
 * lk_csv_read:
 *
 * Returns: (transfer container) (element-type LkCsvRow): the rows that are
 *   not empty, or %NULL with @error set
 */
GPtrArray *
lk_csv_read (const char  *data,
             gsize        length,
             gsize        max_size,
             GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autofree char *text = NULL;
  gboolean quoted = FALSE, any = FALSE;
  guint line = 1, row_line = 1;
  char delimiter;
  const char *p;

  if (length > max_size)
    {
      g_autofree char *size = g_format_size (max_size);

      g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_TOO_LARGE,
                   _("The file is too large (more than %s)."), size);
      return NULL;
    }
  if (!(text = to_utf8 (data, length, error)))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_ENCODING,
                             _("The file is not text in a known encoding (UTF-8, UTF-16 or Windows-1252)."));
      return NULL;
    }
  delimiter = guess_delimiter (text);

  for (p = text; ; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '\0')
            {
              g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("Line %u: a quoted field is not closed."), row_line);
              return NULL;
            }
          if (c == '"' && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              if (c == '\n')
                line++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == '"' && field->len == 0)
        {
          quoted = any = TRUE;
          continue;
        }
      if (c == delimiter)
        {
          if (fields->len >= MAX_FIELDS)
            {
              g_set_error (error, LK_IMPORT_ERROR, LK_IMPORT_ERROR_SYNTAX,
                           _("Line %u has more than %u columns."), row_line, MAX_FIELDS);
              return NULL;
            }
          g_ptr_array_add (fields, g_strndup (field->str, field->len));
          g_string_truncate (field, 0);
          any = TRUE;
          continue;
        }
      if (c == '\r' || c == '\n' || c == '\0')
        {
          if (any || field->len > 0)
            {
              LkCsvRow *row = g_new0 (LkCsvRow, 1);

              g_ptr_array_add (fields, g_strndup (field->str, field->len));
              g_ptr_array_add (fields, NULL);
              row->line = row_line;
              row->n_fields = fields->len - 1;
              row->fields = (GStrv) g_ptr_array_steal (fields, NULL);
              g_ptr_array_add (rows, row);
              g_ptr_array_set_free_func (fields, g_free);
            }
          g_string_truncate (field, 0);
          any = FALSE;
          if (c == '\0')
            break;
          if (c == '\r' && p[1] == '\n')
            p++;
          row_line = ++line;
          continue;
        }
      g_string_append_c (field, c);
    }

  return g_steal_pointer (&rows);
}
