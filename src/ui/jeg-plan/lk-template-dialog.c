/* lk-template-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-template-dialog.h"

struct _LkTemplateDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *name_entry;
  GtkTextView      *prompts_view;
};

G_DEFINE_FINAL_TYPE (LkTemplateDialog, lk_template_dialog, ADW_TYPE_MESSAGE_DIALOG)

GtkWindow *
lk_template_dialog_new (GtkWindow *parent)
{
  return g_object_new (LK_TYPE_TEMPLATE_DIALOG, "transient-for", parent, NULL);
}

const char *
lk_template_dialog_get_name (LkTemplateDialog *self)
{
  g_return_val_if_fail (LK_IS_TEMPLATE_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->name_entry));
}

/* The questions, one a line, blank lines left out */
GStrv
lk_template_dialog_get_prompts (LkTemplateDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->prompts_view);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GtkTextIter start, end;

  g_return_val_if_fail (LK_IS_TEMPLATE_DIALOG (self), NULL);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_strv_builder_add (builder, lines[i]);

  return g_strv_builder_end (builder);
}

static void
lk_template_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LK_TYPE_TEMPLATE_DIALOG);

  G_OBJECT_CLASS (lk_template_dialog_parent_class)->dispose (object);
}

static void
lk_template_dialog_class_init (LkTemplateDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lk_template_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-template-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LkTemplateDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, LkTemplateDialog, prompts_view);
}

static void
lk_template_dialog_init (LkTemplateDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
