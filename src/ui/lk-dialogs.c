/* lk-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-dialogs.h"

/**
 * lk_show_error:
 * @context: (nullable): a widget of the window the message belongs to
 * @heading: what failed, as a title ("Could Not Save the Backup")
 * @error: why; its message is written for the user
 */
void
lk_show_error (GtkWidget    *context,
               const char   *heading,
               const GError *error)
{
  GtkRoot *root = context ? gtk_widget_get_root (context) : NULL;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}
