/* lk-progress.h: long work in a thread, with a progress bar and Cancel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Told the share done (0 … 1) from the worker's thread; safe to call
 * often */
typedef void     (*LkProgressFunc) (double        fraction,
                                    gpointer      progress_data);

/* Runs in a thread of its own: it must not touch widgets, nor the
 * window's store connection (open one of its own) */
typedef gboolean (*LkWorkFunc)     (gpointer       data,
                                    GCancellable  *cancellable,
                                    LkProgressFunc progress,
                                    gpointer       progress_data,
                                    GError       **error);

/* Called on the main thread when the work is over; @error is set when it
 * failed or was cancelled (G_IO_ERROR_CANCELLED) */
typedef void     (*LkWorkDone)     (GtkWidget     *from,
                                    gpointer       data,
                                    const GError  *error);

void lk_run_with_progress (GtkWidget      *from,
                           const char     *heading,
                           const char     *body,
                           LkWorkFunc      work,
                           LkWorkDone      done,
                           gpointer        data,
                           GDestroyNotify  destroy);

G_END_DECLS
