/* lk-a11y.h: one clean name per control, one Tab stop per list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  lk_a11y_install            (void);
void  lk_a11y_set_name           (GtkWidget   *widget,
                                  const char  *name);
char *lk_a11y_strip_mnemonic     (const char  *text);
void  lk_a11y_single_tab_stop    (GtkWidget   *list);
void  lk_a11y_set_list_item_name (GtkListItem *item,
                                  const char  *name);

G_END_DECLS
