/* lk-dialogs.h: the one way every view reports an error, and small helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void lk_show_error (GtkWidget    *context,
                    const char   *heading,
                    const GError *error);

GtkWindow *lk_parent_window (GtkWidget *widget);
void lk_confirm_delete            (GtkWindow      *parent,
                                   const char     *heading,
                                   const char     *body,
                                   GCallback       on_response,
                                   gpointer        object);
void lk_list_box_clear            (GtkListBox     *list);
void lk_file_chooser_start_folder (GtkFileChooser *chooser);

G_END_DECLS
