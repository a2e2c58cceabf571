/* lk-bowtie-item-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-bowtie-item-dialog.h"
#include "lk-a11y.h"
#include "lk-editor.h"

struct _LkBowtieItemDialog
{
  AdwMessageDialog  parent_instance;

  gboolean          cause;
  LkBowtieItem     *item;     /* NULL for a new one */

  GtkEntry         *text_entry;
  GtkLabel         *barriers_label;
  GtkTextView      *barriers_view;
};

G_DEFINE_FINAL_TYPE (LkBowtieItemDialog, lk_bowtie_item_dialog, ADW_TYPE_MESSAGE_DIALOG)

/**
 * lk_bowtie_item_dialog_new:
 * @cause: a cause (preventive barriers), or a consequence (mitigating ones)
 * @item: (nullable): the item to edit, or %NULL for a new one
 *
 * Answers "save", "remove" (only for an item that exists) or "cancel".
 */
GtkWindow *
lk_bowtie_item_dialog_new (GtkWindow    *parent,
                           gboolean      cause,
                           LkBowtieItem *item)
{
  LkBowtieItemDialog *self = g_object_new (LK_TYPE_BOWTIE_ITEM_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GString) lines = g_string_new (NULL);

  self->cause = cause;
  self->item = item ? g_object_ref (item) : NULL;

  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self),
                                  cause ? (item ? _("Edit Cause") : _("New Cause"))
                                        : (item ? _("Edit Consequence") : _("New Consequence")));
  gtk_entry_set_placeholder_text (self->text_entry, cause ? _("What can lead to the top event")
                                                          : _("What can follow from it"));
  lk_a11y_set_name (GTK_WIDGET (self->text_entry), cause ? _("Cause") : _("Consequence"));
  gtk_label_set_text (self->barriers_label, cause ? _("Preventive barriers, one per line")
                                                  : _("Mitigating barriers, one per line"));
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "remove", item != NULL);

  if (item != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->text_entry), item->text);
      for (guint b = 0; b < item->barriers->len; b++)
        g_string_append_printf (lines, "%s\n", ((LkBarrier *)g_ptr_array_index (item->barriers, b))->text);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->barriers_view), lines->str, -1);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->text_entry));

  return GTK_WINDOW (self);
}

gboolean
lk_bowtie_item_dialog_is_cause (LkBowtieItemDialog *self)
{
  return self->cause;
}

LkBowtieItem *
lk_bowtie_item_dialog_get_item (LkBowtieItemDialog *self)
{
  return self->item;
}

char *
lk_bowtie_item_dialog_get_text (LkBowtieItemDialog *self)
{
  return lk_editor_field_get_text (GTK_EDITABLE (self->text_entry));
}

/* One barrier a line, as written */
GStrv
lk_bowtie_item_dialog_get_barriers (LkBowtieItemDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->barriers_view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_strsplit (text, "\n", -1);
}

static void
lk_bowtie_item_dialog_dispose (GObject *object)
{
  LkBowtieItemDialog *self = LK_BOWTIE_ITEM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_BOWTIE_ITEM_DIALOG);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (lk_bowtie_item_dialog_parent_class)->dispose (object);
}

static void
lk_bowtie_item_dialog_class_init (LkBowtieItemDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lk_bowtie_item_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-bowtie-item-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LkBowtieItemDialog, text_entry);
  gtk_widget_class_bind_template_child (widget_class, LkBowtieItemDialog, barriers_label);
  gtk_widget_class_bind_template_child (widget_class, LkBowtieItemDialog, barriers_view);
}

static void
lk_bowtie_item_dialog_init (LkBowtieItemDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
