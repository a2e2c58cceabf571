/* lk-markdown.h: the few Markdown forms the export knows, shown as styling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lk_markdown_attach (GtkTextBuffer *buffer);
void lk_markdown_style  (GtkTextBuffer *buffer);

G_END_DECLS
