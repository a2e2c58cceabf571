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

#include "lk-csv.h"
#include "lk-fishbone-export.h"

typedef struct
{
  LkCsv       out;
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
  lk_csv_field (&csv->out, csv->category);
  lk_csv_field (&csv->out, node->text);
  lk_csv_number (&csv->out, depth, 0);
  lk_csv_field (&csv->out, node->root ? "ja" : "");
  lk_csv_number (&csv->out, node->votes, 0);
  lk_csv_field (&csv->out, titles ? titles : "");
  lk_csv_end_row (&csv->out);

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
  Csv csv = { { NULL, TRUE }, measures, NULL };

  lk_csv_init (&csv.out, FALSE);
  g_string_append (csv.out.out, "Kategori;Årsak;Nivå;Rotårsak;Stemmer;Tiltak\r\n");

  lk_cause_foreach (fb->categories, 0, append_row, &csv);

  return lk_csv_finish (&csv.out);
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
