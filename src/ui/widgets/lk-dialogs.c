/* lk-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lk-dialogs.h"
#include "lk-progress.h"

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

typedef struct
{
  GtkWidget  *from;
  gsize       max_size;
  char       *failed;
  LkReadFunc  read;
} ReadRequest;

static void
on_read_response (GtkNativeDialog *chooser,
                  int              response,
                  ReadRequest     *r)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  gsize length = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    {
      /* Too large a file is not read into memory at all */
      if (g_stat (path, &st) == 0 && (guint64) st.st_size > r->max_size)
        {
          g_autofree char *size = g_format_size (r->max_size);

          g_set_error (&error, G_FILE_ERROR, G_FILE_ERROR_FAILED, _("The file is too large (more than %s)."), size);
          lk_show_error (r->from, r->failed, error);
        }
      else if (!g_file_get_contents (path, &data, &length, &error))
        lk_show_error (r->from, r->failed, error);
      else
        r->read (r->from, path, data, length);
    }
  g_object_unref (r->from);
  g_free (r->failed);
  g_free (r);
}

/**
 * lk_choose_file_to_read:
 * @patterns: the file names it offers, like "*.csv"
 * @failed: the heading of the message when the file cannot be read
 * @read: given the file's contents; it reports its own errors
 *
 * Asks for a file to open, from the folder lk_file_chooser_start_folder()
 * gives, and reads it whole.
 */
void
lk_choose_file_to_read (GtkWidget          *from,
                        const char         *title,
                        const char         *filter_name,
                        const char * const *patterns,
                        gsize               max_size,
                        const char         *failed,
                        LkReadFunc          read)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  ReadRequest *r = g_new0 (ReadRequest, 1);

  r->from = g_object_ref (from);
  r->max_size = max_size;
  r->failed = g_strdup (failed);
  r->read = read;
  gtk_file_filter_set_name (filter, filter_name);
  for (guint i = 0; patterns[i] != NULL; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  chooser = gtk_file_chooser_native_new (title, lk_parent_window (from), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  lk_file_chooser_start_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_read_response), r);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * lk_confirm_destructive:
 * @response: the id of the response that does it, and @label its button
 * @on_response: a #AdwMessageDialog::response handler
 * @object: passed to @on_response, and the dialog's answer is dropped with it
 *
 * Asks before something that takes data away, with Cancel as the default.
 */
void
lk_confirm_destructive (GtkWindow  *parent,
                        const char *heading,
                        const char *body,
                        const char *response,
                        const char *label,
                        GCallback   on_response,
                        gpointer    object)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", on_response, object, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lk_confirm_delete:
 * @on_response: a #AdwMessageDialog::response handler; the response to act
 *   on is "delete"
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
  lk_confirm_destructive (parent, heading, body, "delete", _("_Delete"), on_response, object);
}

typedef struct
{
  GtkWidget     *from;
  LkAnswerFunc   answered;
  gpointer       data;
  GDestroyNotify destroy;
} Question;

static void
question_free (gpointer  data,
               GClosure *closure)
{
  Question *q = data;

  if (q->destroy != NULL)
    q->destroy (q->data);
  g_object_unref (q->from);
  g_free (q);
}

static void
on_answer (AdwMessageDialog *dialog,
           const char       *response,
           Question         *q)
{
  if (g_strcmp0 (response, "accept") == 0)
    q->answered (q->from, q->data);
}

/**
 * lk_ask:
 * @extra: (nullable): fields the answer needs, below the text
 * @accept: (nullable): the label of the suggested answer; %NULL when
 *   there is nothing to do, and only Cancel is offered
 * @answered: runs with @from and @data when @accept is chosen
 * @destroy: frees @data when the dialog goes, whatever the answer
 *
 * A question with Cancel and one suggested answer, the default.
 */
void
lk_ask (GtkWidget      *from,
        const char     *heading,
        const char     *body,
        GtkWidget      *extra,
        const char     *accept,
        LkAnswerFunc    answered,
        gpointer        data,
        GDestroyNotify  destroy)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (lk_parent_window (from), heading, body));
  Question *q = g_new0 (Question, 1);

  q->from = g_object_ref (from);
  q->answered = answered;
  q->data = data;
  q->destroy = destroy;
  if (extra != NULL)
    adw_message_dialog_set_extra_child (dialog, extra);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  if (accept != NULL)
    {
      adw_message_dialog_add_response (dialog, "accept", accept);
      adw_message_dialog_set_response_appearance (dialog, "accept", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "accept");
    }
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_answer), q, question_free, 0);
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

/* --- saving to a file the user chooses ---------------------------------- */

/**
 * lk_toast_from:
 * @widget: where the news comes from
 *
 * Gives the toast to the nearest ancestor that reports toasts (a page, an
 * editor), which passes it on to whoever shows it.
 */
void
lk_toast_from (GtkWidget *widget,
               AdwToast  *toast)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (g_signal_lookup ("toast", G_OBJECT_TYPE (w)) != 0)
      {
        g_signal_emit_by_name (w, "toast", toast);
        break;
      }

  g_object_unref (toast);
}

typedef struct
{
  GtkWidget        *from;
  char             *failed;
  char             *done;
  const LkFileType *types;
  guint             n_types;
  LkSaveFunc        save;
  LkSaveWorkFunc    save_work;   /* in a thread, instead of save */
  char             *working;
  char             *path;        /* chosen, for save_work */
  gpointer          data;
  GDestroyNotify    destroy;
} SaveRequest;

static void on_open_saved (AdwToast *toast,
                           GFile    *file);

static void
save_request_free (SaveRequest *request)
{
  if (request->destroy != NULL)
    request->destroy (request->data);
  g_object_unref (request->from);
  g_free (request->failed);
  g_free (request->done);
  g_free (request->working);
  g_free (request->path);
  g_free (request);
}

static void
saved_toast (SaveRequest *request,
             const char  *path)
{
  AdwToast *toast = adw_toast_new (request->done);

  adw_toast_set_button_label (toast, _("_Open"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_saved),
                         g_file_new_for_path (path), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  lk_toast_from (request->from, toast);
}

static gboolean
save_in_thread (gpointer        data,
                GCancellable   *cancellable,
                LkProgressFunc  progress,
                gpointer        progress_data,
                GError        **error)
{
  SaveRequest *request = data;

  return request->save_work (request->path, request->data, cancellable, error);
}

static void
saved_in_thread (GtkWidget    *from,
                 gpointer      data,
                 const GError *error)
{
  SaveRequest *request = data;

  if (error != NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lk_toast_from (from, adw_toast_new (_("Cancelled: no file was written")));
  else if (error != NULL)
    lk_show_error (from, request->failed, error);
  else if (request->done != NULL)
    saved_toast (request, request->path);
}

static void
on_open_saved (AdwToast *toast,
               GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (NULL, uri, GDK_CURRENT_TIME);
}

/* The ending of the first type, when the name has none of the types' */
static char *
with_suffix (const char       *path,
             const LkFileType *types,
             guint             n_types)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < n_types; i++)
    if (g_str_has_suffix (lower, types[i].suffix))
      return g_strdup (path);

  return g_strconcat (path, types[0].suffix, NULL);
}

static void
on_save_response (GtkNativeDialog *chooser,
                  int              response,
                  SaveRequest     *request)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if ((chosen = g_file_get_path (file)) == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _("Choose a folder on this computer."));
  else
    {
      path = with_suffix (chosen, request->types, request->n_types);
      if (request->save_work != NULL)
        {
          /* The request goes with the work, and is freed when it ends */
          request->path = g_strdup (path);
          lk_run_with_progress (request->from, request->working, NULL, save_in_thread, saved_in_thread,
                                request, (GDestroyNotify) save_request_free);
          g_object_unref (chooser);
          return;
        }
      request->save (path, request->data, &error);
    }

  if (error != NULL)
    lk_show_error (request->from, request->failed, error);
  else if (request->done != NULL)
    saved_toast (request, path);

out:
  save_request_free (request);
  g_object_unref (chooser);
}

/**
 * lk_choose_save_file:
 * @from: the widget that asks; errors and the toast go to its window
 * @title: the chooser's title ("Export Chart")
 * @accept: its button ("_Export")
 * @failed: the heading when saving fails ("Could Not Export the Chart")
 * @done: (nullable): the toast after saving, with a button that opens the file
 * @name: the suggested file name, with the ending of the first type
 * @types: the kinds of file offered; the first is the default
 * @save: writes the file; called with a local path that has an ending
 *
 * One way to save every export: a chooser that starts in Documents, the
 * file types as filters, the ending added when the user left it out.
 */
static SaveRequest *choose_save_file (GtkWidget      *from,
                                      const LkExport *export,
                                      const char     *name,
                                      gpointer        data,
                                      GDestroyNotify  destroy);

void
lk_choose_save_file (GtkWidget      *from,
                     const LkExport *export,
                     const char     *name,
                     LkSaveFunc      save,
                     gpointer        data,
                     GDestroyNotify  destroy)
{
  SaveRequest *request = choose_save_file (from, export, name, data, destroy);

  request->save = save;
}

/**
 * lk_choose_save_file_in_thread:
 *
 * lk_choose_save_file(), with the saving run by lk_run_with_progress().
 */
void
lk_choose_save_file_in_thread (GtkWidget      *from,
                               const LkExport *export,
                               const char     *name,
                               LkSaveWorkFunc  save,
                               gpointer        data,
                               GDestroyNotify  destroy)
{
  SaveRequest *request = choose_save_file (from, export, name, data, destroy);

  request->save_work = save;
  request->working = g_strdup (export->working);
}

static SaveRequest *
choose_save_file (GtkWidget      *from,
                  const LkExport *export,
                  const char     *name,
                  gpointer        data,
                  GDestroyNotify  destroy)
{
  GtkFileChooserNative *chooser;
  SaveRequest *request;
  g_autofree char *safe_name = g_strdelimit (g_strdup (name), "/\\:", '-');
  const LkFileType *types = export->types;
  guint n_types = export->n_types;

  g_return_val_if_fail (n_types > 0, NULL);

  chooser = gtk_file_chooser_native_new (export->title, lk_parent_window (from), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         export->accept ? export->accept : _("_Export"), _("_Cancel"));
  lk_file_chooser_start_folder (GTK_FILE_CHOOSER (chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), safe_name);
  for (guint i = 0; i < n_types; i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *pattern = g_strconcat ("*", types[i].suffix, NULL);

      gtk_file_filter_set_name (filter, _(types[i].name));
      if (types[i].mime_type != NULL)
        gtk_file_filter_add_mime_type (filter, types[i].mime_type);
      gtk_file_filter_add_pattern (filter, pattern);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  request = g_new0 (SaveRequest, 1);
  request->from = g_object_ref (from);
  request->failed = g_strdup (export->failed);
  request->done = g_strdup (export->done);
  request->types = types;
  request->n_types = n_types;
  request->data = data;
  request->destroy = destroy;
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));

  return request;
}

/* --- undo ------------------------------------------------------------------ */

typedef struct
{
  LkStore         *store;
  GObject         *item;
  LkStorePutFunc   restore;
} Undo;

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_object_unref (undo->store);
  g_object_unref (undo->item);
  g_free (undo);
}

static void
on_undo (AdwToast *toast,
         Undo     *undo)
{
  g_autoptr(GError) error = NULL;

  if (!undo->restore (undo->store, undo->item, &error))
    g_warning ("Could not undo: %s", error->message);
}

/**
 * lk_undo_toast_new:
 * @item: a copy of what was deleted, as it was
 * @restore: puts it back, uuid and times kept
 *
 * A toast that offers Undo for as long as it shows.
 */
AdwToast *
lk_undo_toast_new (const char     *title,
                   LkStore        *store,
                   gpointer        item,
                   LkStorePutFunc  restore)
{
  AdwToast *toast = adw_toast_new (title);
  Undo *undo = g_new0 (Undo, 1);

  undo->store = g_object_ref (store);
  undo->item = g_object_ref (item);
  undo->restore = restore;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo), undo, undo_free, 0);

  return toast;
}

/**
 * lk_label_set_lines:
 * @lines: how many lines the text may take before it is cut; 0 for one
 *   line, cut at the end
 *
 * Lets a label wrap between words instead of cutting its text, and keeps
 * the whole text in its tooltip for the rare text longer still.
 */
void
lk_label_set_lines (GtkLabel *label,
                    int       lines)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_wrap (label, lines > 0);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (label, MAX (lines, 1));
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
}
