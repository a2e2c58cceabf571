/* lk-csv.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-csv.h"
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
