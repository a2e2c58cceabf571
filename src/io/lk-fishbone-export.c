/* lk-fishbone-export.c
 *
 * The CSV has the columns a spreadsheet user expects from the handbooks
 * (Kategori; Årsak; Nivå; Rotårsak; Stemmer; Tiltak), separated by
 * semicolons as Norwegian spreadsheets read them. A text that a
 * spreadsheet would take for a formula gets a leading apostrophe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-fishbone-export.h"

static void
append_field (GString    *out,
              const char *text)
{
  gboolean quote = strpbrk (text, ";\"\n\r") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (text[0] != '\0' && strchr ("=+-@\t", text[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

typedef struct
{
  GString    *out;
  GHashTable *measures;
  const char *category;   /* of the lines that follow */
} Csv;

static gboolean
append_row (LkCause  *node,
            guint     depth,
            gpointer  data)
{
  Csv *csv = data;
  const char *titles;

  if (depth == 0)
    {
      csv->category = node->text;
      return TRUE;
    }
  titles = csv->measures ? g_hash_table_lookup (csv->measures, node->uuid) : NULL;
  append_field (csv->out, csv->category);
  g_string_append_c (csv->out, ';');
  append_field (csv->out, node->text);
  g_string_append_printf (csv->out, ";%u;%s;%u;", depth, node->root ? "ja" : "", node->votes);
  append_field (csv->out, titles ? titles : "");
  g_string_append (csv->out, "\r\n");

  return TRUE;
}

/**
 * lk_fishbone_to_csv:
 * @measures: (nullable): cause uuid → the titles of its tiltak, joined
 *
 * Returns: (transfer full): every cause, a row each, in outline order
 */
char *
lk_fishbone_to_csv (LkFishbone *fb,
                    GHashTable *measures)
{
  Csv csv = { g_string_new ("Kategori;Årsak;Nivå;Rotårsak;Stemmer;Tiltak\r\n"), measures, NULL };

  lk_cause_foreach (fb->categories, 0, append_row, &csv);

  return g_string_free (csv.out, FALSE);
}

gboolean
lk_fishbone_export_text (LkFishbone  *fb,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *outline = lk_fishbone_to_outline (fb);
  g_autofree char *text = g_strdup_printf ("%s\n\n%s", fb->problem, outline);

  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

gboolean
lk_fishbone_export_csv (LkFishbone  *fb,
                        GHashTable  *measures,
                        const char  *path,
                        GError     **error)
{
  g_autofree char *csv = lk_fishbone_to_csv (fb, measures);

  return g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
