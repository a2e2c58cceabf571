/* lk-editor.c: the base of every editor dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-page.h"

typedef struct
{
  LkStore        *store;
  gboolean        is_new;
  guint           filling;
  gboolean        changed;   /* since it was opened or saved */
  gboolean        closing;   /* the user chose to discard */

  AdwWindowTitle *window_title;
  GtkLabel       *error_label;
  GtkWidget      *save_button;
  GtkWidget      *delete_button;
} LkEditorPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LkEditor, lk_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define PRIV(self) ((LkEditorPrivate *)lk_editor_get_instance_private (LK_EDITOR (self)))

/**
 * lk_editor_class_set_template:
 *
 * Sets a subclass's template and binds the widgets the base uses by their
 * ids: window_title, error_label, save_button and delete_button.
 */
void
lk_editor_class_set_template (GtkWidgetClass *widget_class,
                              const char     *resource)
{
  gtk_widget_class_set_template_from_resource (widget_class, resource);
  gtk_widget_class_bind_template_child_full (widget_class, "window_title", FALSE,
                                             G_PRIVATE_OFFSET (LkEditor, window_title));
  gtk_widget_class_bind_template_child_full (widget_class, "error_label", FALSE,
                                             G_PRIVATE_OFFSET (LkEditor, error_label));
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE,
                                             G_PRIVATE_OFFSET (LkEditor, save_button));
  gtk_widget_class_bind_template_child_full (widget_class, "delete_button", FALSE,
                                             G_PRIVATE_OFFSET (LkEditor, delete_button));
}

LkStore *
lk_editor_get_store (LkEditor *self)
{
  g_return_val_if_fail (LK_IS_EDITOR (self), NULL);

  return PRIV (self)->store;
}

void
lk_editor_set_store (LkEditor *self,
                     LkStore  *store)
{
  g_return_if_fail (LK_IS_EDITOR (self));

  g_set_object (&PRIV (self)->store, store);
}

gboolean
lk_editor_get_is_new (LkEditor *self)
{
  g_return_val_if_fail (LK_IS_EDITOR (self), FALSE);

  return PRIV (self)->is_new;
}

static gboolean
is_read_only (LkEditor *self)
{
  LkStore *store = PRIV (self)->store;

  return store != NULL && lk_store_is_read_only (store);
}

/* Titles the dialog, and shows Delete only for an item that exists */
void
lk_editor_set_is_new (LkEditor   *self,
                      gboolean    is_new,
                      const char *new_title,
                      const char *edit_title)
{
  LkEditorPrivate *priv = PRIV (self);
  /* A copy: the title given may be the window's own */
  g_autofree char *title = g_strdup (is_new ? new_title : edit_title);

  g_return_if_fail (LK_IS_EDITOR (self));

  priv->is_new = is_new;
  gtk_window_set_title (GTK_WINDOW (self), title);
  if (priv->window_title != NULL)
    adw_window_title_set_title (priv->window_title, title);
  if (priv->delete_button != NULL)
    gtk_widget_set_visible (priv->delete_button,
                            !is_new && LK_EDITOR_GET_CLASS (self)->delete != NULL);
  if (priv->save_button != NULL)
    gtk_window_set_default_widget (GTK_WINDOW (self), priv->save_button);
  if (is_read_only (self))
    {
      /* Shown to look at; nothing in it can be kept */
      if (priv->save_button != NULL)
        gtk_widget_set_visible (priv->save_button, FALSE);
      if (priv->delete_button != NULL)
        gtk_widget_set_visible (priv->delete_button, FALSE);
      lk_editor_show_error (self, _("Opened for reading only: changes cannot be saved."));
    }
}

/* While fields are set from the item, their changes are not the user's */
void
lk_editor_begin_fill (LkEditor *self)
{
  PRIV (self)->filling++;
}

void
lk_editor_end_fill (LkEditor *self)
{
  g_return_if_fail (PRIV (self)->filling > 0);

  PRIV (self)->filling--;
}

gboolean
lk_editor_is_filling (LkEditor *self)
{
  return PRIV (self)->filling > 0;
}

void
lk_editor_show_error (LkEditor   *self,
                      const char *message)
{
  LkEditorPrivate *priv = PRIV (self);

  if (priv->error_label == NULL)
    return;
  gtk_label_set_text (priv->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL && *message != '\0');
}

/**
 * lk_editor_validate:
 *
 * Collects the fields: Save is enabled when they are valid, and the error
 * label says what is wrong, unless the required fields are still empty.
 */
gboolean
lk_editor_validate (LkEditor *self)
{
  LkEditorClass *klass = LK_EDITOR_GET_CLASS (self);
  g_autoptr(GError) error = NULL;
  gboolean ok, blank;

  if (lk_editor_is_filling (self))
    return TRUE;

  ok = klass->collect (self, &error);
  blank = klass->is_blank != NULL && klass->is_blank (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok && !is_read_only (self));
  if (is_read_only (self))
    lk_editor_show_error (self, _("Opened for reading only: changes cannot be saved."));
  else
    lk_editor_show_error (self, ok || blank ? NULL : error->message);
  if (klass->validated != NULL)
    klass->validated (self, ok);

  return ok;
}

/* A field changed: check it, and remember there is something to lose */
void
lk_editor_changed (LkEditor *self)
{
  g_return_if_fail (LK_IS_EDITOR (self));

  if (lk_editor_is_filling (self))
    return;

  PRIV (self)->changed = TRUE;
  lk_editor_validate (self);
}

/* After a save the editor stays open (a risk saved before its tiltak) */
void
lk_editor_mark_saved (LkEditor *self)
{
  PRIV (self)->changed = FALSE;
}

gboolean
lk_editor_has_changes (LkEditor *self)
{
  /* Nothing typed into a read-only database can be kept: no question */
  return PRIV (self)->changed && !is_read_only (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkEditor *self = LK_EDITOR (widget);
  LkEditorClass *klass = LK_EDITOR_GET_CLASS (self);
  g_autoptr(GError) error = NULL;

  if (!klass->collect (self, &error) || !klass->save (self, &error))
    {
      lk_editor_show_error (self, error->message);
      return;
    }

  PRIV (self)->changed = FALSE;
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_now (LkEditor *self)
{
  LkEditorClass *klass = LK_EDITOR_GET_CLASS (self);
  g_autoptr(GError) error = NULL;

  if (!klass->delete (self, &error))
    {
      lk_show_error (GTK_WIDGET (self), klass->delete_failed, error);
      return;
    }

  PRIV (self)->changed = FALSE;
  g_signal_emit (self, signals[DELETED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkEditor         *self)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_now (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkEditor *self = LK_EDITOR (widget);
  LkEditorClass *klass = LK_EDITOR_GET_CLASS (self);

  if (klass->delete == NULL || PRIV (self)->is_new)
    return;

  if (klass->delete_heading == NULL)
    delete_now (self);
  else
    lk_confirm_delete (GTK_WINDOW (self), _(klass->delete_heading), _(klass->delete_body),
                       G_CALLBACK (on_delete_response), self);
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     LkEditor         *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  PRIV (self)->closing = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

/* Cancel, Escape and the close button all come here */
static gboolean
lk_editor_close_request (GtkWindow *window)
{
  LkEditor *self = LK_EDITOR (window);
  LkEditorPrivate *priv = PRIV (self);
  GtkWidget *dialog;

  if (!priv->changed || priv->closing)
    return GTK_WINDOW_CLASS (lk_editor_parent_class)->close_request (window);

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("What you changed here has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return TRUE;
}

static void
lk_editor_dispose (GObject *object)
{
  g_clear_object (&PRIV (object)->store);

  G_OBJECT_CLASS (lk_editor_parent_class)->dispose (object);
}

static void
lk_editor_class_init (LkEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lk_editor_dispose;
  window_class->close_request = lk_editor_close_request;

  /**
   * LkEditor::saved:
   *
   * The item was stored; the editor closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * LkEditor::deleted:
   *
   * The item was deleted; the editor closes.
   */
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* For what the opener shows: "deleted", with Undo */
  lk_toast_signal_new (G_TYPE_FROM_CLASS (klass));
  /**
   * LkEditor::open:
   * @area: the area's id
   * @target: what in it, by uuid
   *
   * Asks the window to show something the item links to (a tiltak's
   * cause); lk_present() passes it on as win.open.
   */
  g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
lk_editor_init (LkEditor *self)
{
}

void
lk_editor_field_set_text (GtkEditable *field,
                          const char  *text)
{
  g_return_if_fail (GTK_IS_EDITABLE (field));

  gtk_editable_set_text (field, text != NULL ? text : "");
}

/* Returns: (transfer full): the field's text without surrounding space */
char *
lk_editor_field_get_text (GtkEditable *field)
{
  g_return_val_if_fail (GTK_IS_EDITABLE (field), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (field)));
}
