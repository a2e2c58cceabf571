/* lk-editor.h: the base of every editor dialog
 *
 * An editor works on a copy of its item and stores it whole with Save. The
 * base does what every editor does alike: Save and Ctrl+S, the error label
 * under the fields, Delete after asking, and one rule for unsaved changes:
 * Cancel, Escape and the close button ask before discarding a change.
 *
 * A subclass template names its widgets error_label, save_button and
 * delete_button (see lk_editor_class_set_template()), calls
 * lk_editor_changed() when a field changes, and implements collect and
 * save (and delete, when an item can be deleted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_EDITOR (lk_editor_get_type ())

G_DECLARE_DERIVABLE_TYPE (LkEditor, lk_editor, LK, EDITOR, AdwWindow)

struct _LkEditorClass
{
  AdwWindowClass parent_class;

  /* Reads the fields into the copy; FALSE with a message for the user */
  gboolean   (*collect)  (LkEditor  *self,
                          GError   **error);
  /* Whether the fields a user must fill are still empty: no error yet */
  gboolean   (*is_blank) (LkEditor  *self);
  /* Stores the collected copy */
  gboolean   (*save)     (LkEditor  *self,
                          GError   **error);
  /* After each check of the fields: update what depends on them */
  void       (*validated) (LkEditor *self,
                           gboolean  valid);
  /* Deletes the item; %NULL when it cannot be deleted */
  gboolean   (*delete)   (LkEditor  *self,
                          GError   **error);

  /* Asked before deleting; %NULL: delete at once (with Undo in a toast) */
  const char *delete_heading;
  const char *delete_body;
  const char *delete_failed;   /* the heading when deleting fails */

  gpointer padding[3];
};

void      lk_editor_class_set_template (GtkWidgetClass *widget_class,
                                        const char     *resource);

LkStore  *lk_editor_get_store          (LkEditor       *self);
void      lk_editor_set_store          (LkEditor       *self,
                                        LkStore        *store);
gboolean  lk_editor_get_is_new         (LkEditor       *self);
void      lk_editor_set_is_new         (LkEditor       *self,
                                        gboolean        is_new,
                                        const char     *new_title,
                                        const char     *edit_title);
void      lk_editor_begin_fill         (LkEditor       *self);
void      lk_editor_end_fill           (LkEditor       *self);
gboolean  lk_editor_is_filling         (LkEditor       *self);
void      lk_editor_changed            (LkEditor       *self);
gboolean  lk_editor_validate           (LkEditor       *self);
void      lk_editor_show_error         (LkEditor       *self,
                                        const char     *message);
void      lk_editor_mark_saved         (LkEditor       *self);
gboolean  lk_editor_has_changes        (LkEditor       *self);

/* Fields: NULL shows as empty; text is read back trimmed */
void      lk_editor_field_set_text     (GtkEditable    *field,
                                        const char     *text);
char     *lk_editor_field_get_text     (GtkEditable    *field);

G_END_DECLS
