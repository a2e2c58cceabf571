/* lk-dialogs.h: the one way every view reports an error, and small helpers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

void lk_show_error (GtkWidget    *context,
                    const char   *heading,
                    const GError *error);

GtkWindow *lk_parent_window (GtkWidget *widget);
void lk_confirm_destructive       (GtkWindow      *parent,
                                   const char     *heading,
                                   const char     *body,
                                   const char     *response,
                                   const char     *label,
                                   GCallback       on_response,
                                   gpointer        object);
void lk_confirm_delete            (GtkWindow      *parent,
                                   const char     *heading,
                                   const char     *body,
                                   GCallback       on_response,
                                   gpointer        object);
/* What the suggested answer to lk_ask() does, for the widget that asked */
typedef void (*LkAnswerFunc) (GtkWidget *from,
                              gpointer   data);

void lk_ask                       (GtkWidget      *from,
                                   const char     *heading,
                                   const char     *body,
                                   GtkWidget      *extra,
                                   const char     *accept,
                                   LkAnswerFunc    answered,
                                   gpointer        data,
                                   GDestroyNotify  destroy);
void lk_list_box_clear            (GtkListBox     *list);
void lk_label_set_lines           (GtkLabel       *label,
                                   int             lines);
void lk_file_chooser_start_folder (GtkFileChooser *chooser);

/* A kind of file to save: its name for people, its ending (".pdf"), and
 * its MIME type when there is one */
typedef struct
{
  const char *name;
  const char *suffix;
  const char *mime_type;
} LkFileType;

typedef gboolean (*LkSaveFunc) (const char  *path,
                                gpointer     data,
                                GError     **error);

void lk_toast_from                (GtkWidget        *widget,
                                   AdwToast         *toast);
/* What an export asks and says: the chooser's title and button (default
 * "_Export"), the heading of the error when it fails, the toast when done
 * (it opens the file), and the kinds of file it saves */
typedef struct
{
  const char       *title;
  const char       *accept;
  const char       *failed;
  const char       *done;
  const char       *working;   /* in a thread: the progress dialog's heading */
  const LkFileType *types;
  guint             n_types;
} LkExport;

void lk_choose_save_file          (GtkWidget        *from,
                                   const LkExport   *export,
                                   const char       *name,
                                   LkSaveFunc        save,
                                   gpointer          data,
                                   GDestroyNotify    destroy);

/* The same, with the saving in a thread behind a progress dialog with
 * Cancel: for files that take seconds. @save must not touch widgets nor
 * the window's store connection. */
typedef gboolean (*LkSaveWorkFunc) (const char    *path,
                                    gpointer       data,
                                    GCancellable  *cancellable,
                                    GError       **error);

void lk_choose_save_file_in_thread (GtkWidget        *from,
                                    const LkExport   *export,
                                    const char       *name,
                                    LkSaveWorkFunc    save,
                                    gpointer          data,
                                    GDestroyNotify    destroy);

/* A file chosen to read, whole, and what it holds */
typedef void (*LkReadFunc) (GtkWidget  *from,
                            const char *path,
                            const char *data,
                            gsize       length);

void lk_choose_file_to_read       (GtkWidget          *from,
                                   const char         *title,
                                   const char         *filter_name,
                                   const char * const *patterns,
                                   gsize               max_size,
                                   const char         *failed,
                                   LkReadFunc          read);

AdwToast *lk_undo_toast_new      (const char       *title,
                                  LkStore          *store,
                                  gpointer          item,
                                  LkStorePutFunc    restore);

G_END_DECLS
