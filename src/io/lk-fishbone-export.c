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

static void
append_rows (GString    *out,
             const char *category,
             GListStore *nodes,
             guint       level,
             GHashTable *measures)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);
      const char *titles = measures ? g_hash_table_lookup (measures, node->uuid) : NULL;

      append_field (out, category);
      g_string_append_c (out, ';');
      append_field (out, node->text);
      g_string_append_printf (out, ";%u;%s;%u;", level, node->root ? "ja" : "", node->votes);
      append_field (out, titles ? titles : "");
      g_string_append (out, "\r\n");
      append_rows (out, category, node->children, level + 1, measures);
    }
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
  GString *out = g_string_new ("Kategori;Årsak;Nivå;Rotårsak;Stemmer;Tiltak\r\n");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fb->categories));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) category = g_list_model_get_item (G_LIST_MODEL (fb->categories), i);

      append_rows (out, category->text, category->children, 1, measures);
    }

  return g_string_free (out, FALSE);
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
