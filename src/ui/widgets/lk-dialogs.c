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

/**
 * lk_list_box_clear:
 *
 * Removes the rows and keeps the placeholder: removing every child would
 * remove the placeholder too.
 */
void
lk_list_box_clear (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/**
 * lk_file_chooser_start_folder:
 *
 * Starts in Documents (or the home folder). A chooser that lists the folder
 * of the open database reads its files to tell their type, and a process
 * that opens and closes a database file loses SQLite's locks on it: another
 * program could then checkpoint and remove the write-ahead log under us.
 */
void
lk_file_chooser_start_folder (GtkFileChooser *chooser)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  const char *folder = documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR)
                       ? documents : g_get_home_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (folder);

  gtk_file_chooser_set_current_folder (chooser, file, NULL);
}

/**
 * lk_confirm_delete:
 * @on_response: a #AdwMessageDialog::response handler; the response to act
 *   on is "delete"
 * @object: passed to @on_response, and the dialog's answer is dropped with it
 *
 * Asks before deleting, with Cancel as the default.
 */
void
lk_confirm_delete (GtkWindow  *parent,
                   const char *heading,
                   const char *body,
                   GCallback   on_response,
                   gpointer    object)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", on_response, object, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lk_parent_window:
 *
 * The window a widget is in, to be the parent of a dialog it opens.
 */
GtkWindow *
lk_parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}
