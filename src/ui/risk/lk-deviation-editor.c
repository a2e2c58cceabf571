/* lk-deviation-editor.c
 *
 * Edits a copy; Save stores it in one transaction. The risk and the
 * corrective tiltak are chosen from what exists, by uuid.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-choice.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-deviation-editor.h"
#include "lk-dialogs.h"
#include "lk-editor.h"
#include "lk-page.h"
#include "lk-risk-ui.h"

struct _LkDeviationEditor
{
  LkEditor        parent_instance;

  LkStore        *store;
  LkDeviation    *deviation;
  GListStore     *risks;          /* LkChoice: label → risk uuid; first "None" */
  GListStore     *measures;       /* LkChoice: title → tiltak uuid; first "None" */

  AdwEntryRow    *date_row;
  AdwEntryRow    *description_row;
  AdwComboRow    *cause_row;
  AdwComboRow    *severity_row;
  AdwComboRow    *status_row;
  AdwComboRow    *risk_row;
  AdwComboRow    *measure_row;
};

G_DEFINE_FINAL_TYPE (LkDeviationEditor, lk_deviation_editor, LK_TYPE_EDITOR)

static void
fill_choices (LkDeviationEditor *self)
{
  g_autoptr(GPtrArray) assessments = lk_store_list_risk_assessments (self->store, NULL);
  g_autoptr(GListStore) measures = lk_store_list_measures (self->store, NULL, NULL);

  g_list_store_remove_all (self->risks);
  lk_choice_append (self->risks, _("None"), NULL);
  for (guint i = 0; assessments != NULL && i < assessments->len; i++)
    {
      LkRiskAssessment *a = g_ptr_array_index (assessments, i);

      for (guint r = 0; r < a->risks->len; r++)
        {
          LkRisk *risk = g_ptr_array_index (a->risks, r);
          /* The hazard first: a drop-down shows the start of a label */
          g_autofree char *label = g_strdup_printf ("%u. %s (%s)", r + 1, risk->hazard, a->title);

          lk_choice_append (self->risks, label, risk->uuid);
        }
    }

  g_list_store_remove_all (self->measures);
  lk_choice_append (self->measures, _("None"), NULL);
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (measures), i);

      lk_choice_append (self->measures, lk_measure_get_title (measure), lk_measure_get_uuid (measure));
    }
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkDeviationEditor *self = LK_DEVIATION_EDITOR (editor);
  LkDeviation *d = self->deviation;
  g_autofree char *date = lk_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));

  if (date == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Write the date as day.month.year, like 31.12.2026."));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");

  g_free (d->date);
  d->date = g_steal_pointer (&date);
  g_free (d->description);
  d->description = lk_editor_field_get_text (GTK_EDITABLE (self->description_row));
  d->cause = adw_combo_row_get_selected (self->cause_row);
  d->severity = adw_combo_row_get_selected (self->severity_row) + 1;
  d->status = adw_combo_row_get_selected (self->status_row);
  g_free (d->risk_uuid);
  d->risk_uuid = g_strdup (lk_choice_selected_id (G_LIST_MODEL (self->risks),
                                                 adw_combo_row_get_selected (self->risk_row)));
  g_free (d->measure_uuid);
  d->measure_uuid = g_strdup (lk_choice_selected_id (G_LIST_MODEL (self->measures),
                                                    adw_combo_row_get_selected (self->measure_row)));

  return lk_deviation_validate (d, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  LkDeviationEditor *self = LK_DEVIATION_EDITOR (editor);

  return *gtk_editable_get_text (GTK_EDITABLE (self->description_row)) == '\0';
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkDeviationEditor *self = LK_DEVIATION_EDITOR (editor);

  return lk_store_save_deviation (self->store, self->deviation, error);
}

static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkDeviationEditor *self = LK_DEVIATION_EDITOR (editor);

  if (!lk_store_delete_deviation (self->store, self->deviation->uuid, error))
    return FALSE;

  lk_toast_emit_text (self, _("Deviation deleted"));
  return TRUE;
}

static LkDeviation *
copy_deviation (const LkDeviation *d)
{
  LkDeviation *copy = lk_deviation_new (d->date, d->description);

  g_free (copy->uuid);
  copy->uuid = g_strdup (d->uuid);
  copy->cause = d->cause;
  copy->severity = d->severity;
  copy->risk_uuid = g_strdup (d->risk_uuid);
  copy->measure_uuid = g_strdup (d->measure_uuid);
  copy->status = d->status;
  copy->created = g_strdup (d->created);
  copy->updated = g_strdup (d->updated);

  return copy;
}

/**
 * lk_deviation_editor_new:
 * @deviation: (nullable): the deviation to edit, or %NULL for a new one
 */
GtkWindow *
lk_deviation_editor_new (GtkWindow         *parent,
                         LkStore           *store,
                         const LkDeviation *deviation)
{
  LkDeviationEditor *self;
  g_autofree char *today = lk_date_today ();
  g_autofree char *date = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  self = g_object_new (LK_TYPE_DEVIATION_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->deviation = deviation ? copy_deviation (deviation) : lk_deviation_new (today, "");
  if (self->deviation->severity < 1 || self->deviation->severity > 3)
    self->deviation->severity = 1;

  date = lk_date_format_input (self->deviation->date);

  /* Setting the choices moves the selection: not the user's change */
  lk_editor_begin_fill (LK_EDITOR (self));
  fill_choices (self);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), self->deviation->description);
  adw_combo_row_set_selected (self->cause_row, self->deviation->cause);
  adw_combo_row_set_selected (self->severity_row, self->deviation->severity - 1);
  adw_combo_row_set_selected (self->status_row, self->deviation->status);
  adw_combo_row_set_selected (self->risk_row, lk_choice_find (G_LIST_MODEL (self->risks), self->deviation->risk_uuid));
  adw_combo_row_set_selected (self->measure_row,
                              lk_choice_find (G_LIST_MODEL (self->measures), self->deviation->measure_uuid));
  lk_editor_end_fill (LK_EDITOR (self));

  lk_editor_set_is_new (LK_EDITOR (self), deviation == NULL, _("New Deviation"), _("Edit Deviation"));
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->description_row));

  return GTK_WINDOW (self);
}

static void
lk_deviation_editor_dispose (GObject *object)
{
  LkDeviationEditor *self = LK_DEVIATION_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_DEVIATION_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->deviation);
  g_clear_object (&self->risks);
  g_clear_object (&self->measures);

  G_OBJECT_CLASS (lk_deviation_editor_parent_class)->dispose (object);
}

static void
lk_deviation_editor_class_init (LkDeviationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_deviation_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_heading = N_("Delete This Deviation?");
  editor_class->delete_body = N_("A deleted deviation no longer counts in the tertial figures. "
                                 "Its tiltak stays in Tiltak.");
  editor_class->delete_failed = N_("Could Not Delete the Deviation");

  lk_editor_class_set_template (widget_class,
                                "/io/github/lederkompass/Lederkompass/lk-deviation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, cause_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, severity_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, risk_row);
  gtk_widget_class_bind_template_child (widget_class, LkDeviationEditor, measure_row);
}

static void
lk_deviation_editor_init (LkDeviationEditor *self)
{
  g_autoptr(GtkStringList) causes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) severities = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->risks = g_list_store_new (LK_TYPE_CHOICE);
  self->measures = g_list_store_new (LK_TYPE_CHOICE);
  adw_combo_row_set_model (self->risk_row, G_LIST_MODEL (self->risks));
  adw_combo_row_set_expression (self->risk_row, lk_choice_expression ());
  adw_combo_row_set_model (self->measure_row, G_LIST_MODEL (self->measures));
  adw_combo_row_set_expression (self->measure_row, lk_choice_expression ());

  for (guint i = 0; i < 3; i++)
    {
      gtk_string_list_append (causes, lk_deviation_cause_to_label (i));
      gtk_string_list_append (severities, lk_deviation_severity_to_label (i + 1));
      gtk_string_list_append (statuses, lk_deviation_status_to_label (i));
    }
  adw_combo_row_set_model (self->cause_row, G_LIST_MODEL (causes));
  adw_combo_row_set_model (self->severity_row, G_LIST_MODEL (severities));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->description_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->cause_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->severity_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->risk_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->measure_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
}
