/* lk-document-text.c: text on the documents' pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-document-text.h"

/* Every document in one family, whatever the desktop's font: pages look
 * the same on screen, in a PDF and on paper */
#define FONT "Cantarell, Noto Sans, DejaVu Sans"

/**
 * lk_document_layout:
 * @text: (nullable): plain text; %NULL for none yet (markup set after)
 * @width: wrapped between words at this width in points; 0 for one line
 * @size: in points
 *
 * Returns: (transfer full): a layout for @cr in the documents' font
 */
PangoLayout *
lk_document_layout (cairo_t    *cr,
                    const char *text,
                    double      width,
                    double      size,
                    gboolean    bold,
                    gboolean    italic)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (FONT);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  if (italic)
    pango_font_description_set_style (desc, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text ? text : "", -1);

  return layout;
}
