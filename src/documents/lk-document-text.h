/* lk-document-text.h: text on the documents' pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

PangoLayout *lk_document_layout (cairo_t    *cr,
                                 const char *text,
                                 double      width,
                                 double      size,
                                 gboolean    bold,
                                 gboolean    italic);

G_END_DECLS
