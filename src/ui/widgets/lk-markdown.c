/* lk-markdown.c
 *
 * The learning log keeps plain text with a little Markdown, because that
 * is what its export and other tools read. While editing, the marks stay
 * in the text (so nothing surprises the writer) but are shown quietly, and
 * what they mean is shown as styling: headings larger and bold, list
 * bullets, **strong** and *emphasis*.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "lk-markdown.h"

static GtkTextTag *
tag (GtkTextBuffer *buffer,
     const char    *name)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *found = gtk_text_tag_table_lookup (table, name);

  if (found != NULL)
    return found;
  if (g_str_equal (name, "md-heading"))
    return gtk_text_buffer_create_tag (buffer, name, "weight", PANGO_WEIGHT_BOLD,
                                       "scale", 1.25, "pixels-above-lines", 6, NULL);
  if (g_str_equal (name, "md-strong"))
    return gtk_text_buffer_create_tag (buffer, name, "weight", PANGO_WEIGHT_BOLD, NULL);
  if (g_str_equal (name, "md-em"))
    return gtk_text_buffer_create_tag (buffer, name, "style", PANGO_STYLE_ITALIC, NULL);
  if (g_str_equal (name, "md-list"))
    return gtk_text_buffer_create_tag (buffer, name, "left-margin", 12, NULL);
  /* The marks themselves: there, but quiet, in light and dark alike */
  return gtk_text_buffer_create_tag (buffer, name, "foreground-rgba",
                                     &(GdkRGBA) { 0.5, 0.5, 0.5, 1.0 }, NULL);
}

static void
apply (GtkTextBuffer *buffer,
       const char    *name,
       int            line,
       int            start,
       int            end)
{
  GtkTextIter a, b;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &a, line, start);
  gtk_text_buffer_get_iter_at_line_offset (buffer, &b, line, end);
  gtk_text_buffer_apply_tag (buffer, tag (buffer, name), &a, &b);
}

/* **strong** and *emphasis* within one line, by character offsets */
static void
style_spans (GtkTextBuffer *buffer,
             int            line,
             const char    *text)
{
  glong n = g_utf8_strlen (text, -1);
  g_autofree gunichar *chars = g_utf8_to_ucs4_fast (text, -1, NULL);

  for (glong i = 0; i < n; i++)
    {
      gboolean strong = i + 1 < n && chars[i] == '*' && chars[i + 1] == '*';
      glong width = strong ? 2 : 1;

      if (chars[i] != '*' || i + width >= n || chars[i + width] == ' ')
        continue;
      for (glong j = i + width; j + width <= n; j++)
        if (chars[j] == '*' && (!strong || (j + 1 < n && chars[j + 1] == '*')) &&
            chars[j - 1] != ' ')
          {
            apply (buffer, strong ? "md-strong" : "md-em", line, i + width, j);
            apply (buffer, "md-mark", line, i, i + width);
            apply (buffer, "md-mark", line, j, j + width);
            i = j + width - 1;
            break;
          }
    }
}

/* Styles lines @first … @last from their Markdown marks */
static void
style_lines (GtkTextBuffer *buffer,
             int            first,
             int            last)
{
  GtkTextIter start, end;

  last = MIN (last, gtk_text_buffer_get_line_count (buffer) - 1);
  first = CLAMP (first, 0, last);
  gtk_text_buffer_get_iter_at_line (buffer, &start, first);
  gtk_text_buffer_get_iter_at_line (buffer, &end, last);
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  for (const char * const *name = (const char *[]) { "md-heading", "md-strong", "md-em",
                                                     "md-list", "md-mark", NULL }; *name; name++)
    gtk_text_buffer_remove_tag (buffer, tag (buffer, *name), &start, &end);

  for (int line = first; line <= last; line++)
    {
      GtkTextIter a, b;
      g_autofree char *text = NULL;
      int hashes = 0;

      gtk_text_buffer_get_iter_at_line (buffer, &a, line);
      b = a;
      if (!gtk_text_iter_ends_line (&b))
        gtk_text_iter_forward_to_line_end (&b);
      text = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);

      while (text[hashes] == '#' && hashes < 6)
        hashes++;
      if (hashes > 0 && text[hashes] == ' ')
        {
          apply (buffer, "md-heading", line, 0, (int)g_utf8_strlen (text, -1));
          apply (buffer, "md-mark", line, 0, hashes + 1);
          continue;
        }
      if ((text[0] == '-' || text[0] == '*') && text[1] == ' ')
        {
          apply (buffer, "md-list", line, 0, (int)g_utf8_strlen (text, -1));
          apply (buffer, "md-mark", line, 0, 1);
        }
      style_spans (buffer, line, text);
    }
}

/**
 * lk_markdown_style:
 *
 * Styles the whole of @buffer from its Markdown marks.
 */
void
lk_markdown_style (GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  style_lines (buffer, 0, gtk_text_buffer_get_line_count (buffer) - 1);
}

/* Typing restyles only the lines it touched: a long entry costs no more
 * per keystroke than a short one. */
static void
on_insert_text (GtkTextBuffer *buffer,
                GtkTextIter   *end,
                const char    *text,
                int            length)
{
  int lines = 0;

  for (int i = 0; i < length; i++)
    lines += text[i] == '\n';
  style_lines (buffer, gtk_text_iter_get_line (end) - lines, gtk_text_iter_get_line (end));
}

static void
on_delete_range (GtkTextBuffer *buffer,
                 GtkTextIter   *start,
                 GtkTextIter   *end)
{
  style_lines (buffer, gtk_text_iter_get_line (start), gtk_text_iter_get_line (start));
}

/**
 * lk_markdown_attach:
 *
 * Keeps @buffer styled as it changes.
 */
void
lk_markdown_attach (GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  /* After the default handlers: the iters then point past the change */
  g_signal_connect_after (buffer, "insert-text", G_CALLBACK (on_insert_text), NULL);
  g_signal_connect_after (buffer, "delete-range", G_CALLBACK (on_delete_range), NULL);
  lk_markdown_style (buffer);
}
