/* lk-list.h: lists of items shown through list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     lk_list_store_replace (GListStore    *store,
                                GPtrArray     *items);
gpointer lk_list_row_item      (GListModel    *model,
                                GtkListBoxRow *row);
GPtrArray *lk_list_model_items (GListModel    *model);
GtkWidget *lk_list_placeholder_new (const char *text);

G_END_DECLS
