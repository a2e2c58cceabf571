/* lk-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-list.h"

/* The store's items become @items (GObjects), in one items-changed */
void
lk_list_store_replace (GListStore *store,
                       GPtrArray  *items)
{
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items != NULL ? items->pdata : NULL, items != NULL ? items->len : 0);
}

/**
 * lk_list_row_item:
 * @model: the model bound to the row's list box
 *
 * Returns: (transfer full) (nullable): the item a row shows
 */
gpointer
lk_list_row_item (GListModel    *model,
                  GtkListBoxRow *row)
{
  int index = gtk_list_box_row_get_index (row);

  return index < 0 ? NULL : g_list_model_get_item (model, index);
}

/* A model's items, as an array that holds a reference to each */
GPtrArray *
lk_list_model_items (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

/* What an empty list says, dimmed and wrapped */
GtkWidget *
lk_list_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);

  return label;
}
