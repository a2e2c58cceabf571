/* lk-progress.c
 *
 * A message dialog with a progress bar and Cancel while the work runs in
 * a thread, so the window keeps drawing and answering. Work that says
 * nothing of its progress gets a pulsing bar. Cancel asks the work to
 * stop; what it leaves is the work's own promise (imports: nothing
 * changed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lk-progress.h"

typedef struct
{
  GtkWidget      *from;
  GtkWidget      *dialog;
  GtkProgressBar *bar;
  GCancellable   *cancellable;
  LkWorkFunc      work;
  LkWorkDone      done;
  gpointer        data;
  GDestroyNotify  destroy;
  guint           pulse_id;
  gint            fraction;   /* per mille, written by the worker; -1: none yet */
  guint           update_id;  /* an idle that shows it, or 0 */
  GMutex          lock;
} Job;

static void
job_free (Job *job)
{
  g_clear_handle_id (&job->pulse_id, g_source_remove);
  g_clear_handle_id (&job->update_id, g_source_remove);
  if (job->destroy != NULL)
    job->destroy (job->data);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->from);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static gboolean
pulse (gpointer data)
{
  Job *job = data;

  gtk_progress_bar_pulse (job->bar);

  return G_SOURCE_CONTINUE;
}

static gboolean
show_fraction (gpointer data)
{
  Job *job = data;
  int fraction;

  g_mutex_lock (&job->lock);
  job->update_id = 0;
  fraction = job->fraction;
  g_mutex_unlock (&job->lock);
  if (fraction >= 0)
    {
      g_clear_handle_id (&job->pulse_id, g_source_remove);
      gtk_progress_bar_set_fraction (job->bar, fraction / 1000.0);
    }

  return G_SOURCE_REMOVE;
}

/* From the worker: one idle at a time carries the newest share */
static void
on_progress (double   fraction,
             gpointer data)
{
  Job *job = data;

  g_mutex_lock (&job->lock);
  job->fraction = (int) (CLAMP (fraction, 0, 1) * 1000);
  if (job->update_id == 0)
    job->update_id = g_idle_add (show_fraction, job);
  g_mutex_unlock (&job->lock);
}

static void
run_in_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (job->work (job->data, cancellable, on_progress, job, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_finished (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  Job *job = data;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  g_clear_handle_id (&job->pulse_id, g_source_remove);
  /* The dialog goes first: what follows may be another dialog */
  gtk_window_destroy (GTK_WINDOW (job->dialog));
  if (job->done != NULL)
    job->done (job->from, job->data, error);
  job_free (job);
}

/* The dialog stays until the work is over, whatever is answered */
static gboolean
keep_open (GtkWindow *dialog)
{
  return TRUE;
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Job              *job)
{
  g_cancellable_cancel (job->cancellable);
  adw_message_dialog_set_body (dialog, _("Stopping…"));
  adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
}

/**
 * lk_run_with_progress:
 * @work: what to do, in a thread
 * @done: (nullable): what to do after, on the main thread
 *
 * Shows a modal dialog with a progress bar and Cancel over @from's window
 * while @work runs, and @done when it ends.
 */
void
lk_run_with_progress (GtkWidget      *from,
                      const char     *heading,
                      const char     *body,
                      LkWorkFunc      work,
                      LkWorkDone      done,
                      gpointer        data,
                      GDestroyNotify  destroy)
{
  g_autoptr(GTask) task = NULL;
  Job *job = g_new0 (Job, 1);
  GtkRoot *root;
  GtkWidget *bar = gtk_progress_bar_new ();

  g_mutex_init (&job->lock);
  job->from = g_object_ref (from);
  job->cancellable = g_cancellable_new ();
  job->work = work;
  job->done = done;
  job->data = data;
  job->destroy = destroy;
  job->fraction = -1;
  job->bar = GTK_PROGRESS_BAR (bar);

  gtk_widget_set_size_request (bar, 280, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  /* Over the window @from is in (not lk_parent_window(): lk-dialogs.c
   * uses this file, and modules do not include each other) */
  root = gtk_widget_get_root (from);
  job->dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (job->dialog), bar);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (job->dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (job->dialog), "cancel");
  g_signal_connect (job->dialog, "response", G_CALLBACK (on_response), job);
  g_signal_connect (job->dialog, "close-request", G_CALLBACK (keep_open), NULL);
  job->pulse_id = g_timeout_add (120, pulse, job);
  gtk_window_present (GTK_WINDOW (job->dialog));

  task = g_task_new (NULL, job->cancellable, on_finished, job);
  g_task_set_task_data (task, job, NULL);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, run_in_thread);
}
