/* lk-risk-editor.c
 *
 * Edits a copy of one risk. Save reads the assessment again and puts the
 * risk into it, so two windows never overwrite each other's risks. A level
 * the user did not touch keeps its stored position: a value from a larger
 * matrix is not rounded to this one's levels by opening and saving.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-later.h"
#include "lk-chart-bowtie.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-chart-view.h"
#include "lk-dialogs.h"
#include "lk-bowtie-item-dialog.h"
#include "lk-editor.h"
#include "lk-list.h"
#include "lk-page.h"
#include "lk-measure-editor.h"
#include "lk-risk-editor.h"
#include "lk-risk-ui.h"

struct _LkRiskEditor
{
  LkEditor          parent_instance;

  LkStore          *store;
  LkRiskAssessment *assessment;   /* a copy, for the matrix, types and checks */
  LkRisk           *risk;         /* the copy being edited */
  GListStore       *cause_items;        /* LkBowtieItem, in causes_list */
  GListStore       *consequence_items;  /* LkBowtieItem, in consequences_list */
  GtkWidget        *before_badge;
  GtkWidget        *after_badge;
  guint             levels[4];    /* as opened: p, c before; p, c after; 0 unset */
  double            opened[4];    /* the stored positions of those levels */
  GListStore       *measures;
  LkLater           refresh;

  /* What the bowtie draws; texts point into the risk */
  GArray           *causes;
  GArray           *consequences;
  GPtrArray        *barrier_lists;

  GtkLabel         *step_label;
  GtkLevelBar      *step_bar;
  GtkLabel         *hint_label;
  AdwEntryRow      *hazard_row;
  AdwEntryRow      *causes_row;
  GtkFlowBox       *types_flow;
  AdwComboRow      *p_before_row;
  AdwComboRow      *c_before_row;
  AdwActionRow     *before_row;
  AdwEntryRow      *controls_row;
  AdwComboRow      *enough_row;
  GtkListBox       *measures_list;
  AdwPreferencesGroup *measures_group;
  GtkButton        *cancel_button;
  AdwComboRow      *p_after_row;
  AdwComboRow      *c_after_row;
  AdwActionRow     *after_row;
  AdwEntryRow      *follow_up_row;
  AdwEntryRow      *top_event_row;
  LkChartView      *bowtie_chart;
  GtkListBox       *causes_list;
  GtkListBox       *consequences_list;
};

G_DEFINE_FINAL_TYPE (LkRiskEditor, lk_risk_editor, LK_TYPE_EDITOR)

static guint
risk_number (LkRiskEditor *self)
{
  int i = lk_risk_assessment_find_risk (self->assessment, self->risk->uuid);

  return i < 0 ? self->assessment->risks->len + 1 : (guint)i + 1;
}

/* --- bowtie ----------------------------------------------------------------- */

static void
draw_bowtie (cairo_t            *cr,
             double              width,
             double              height,
             const LkChartStyle *style,
             gpointer            user_data)
{
  LkRiskEditor *self = user_data;
  LkBowtie bowtie = {
    .top_event = self->risk->top_event && *self->risk->top_event ? self->risk->top_event
                                                                 : self->risk->hazard,
    .causes = (const LkBowtieBranch *)(void *)self->causes->data,
    .n_causes = self->causes->len,
    .consequences = (const LkBowtieBranch *)(void *)self->consequences->data,
    .n_consequences = self->consequences->len,
  };

  lk_chart_bowtie_draw (cr, width, height, &bowtie, style);
}

static void open_item (LkRiskEditor *self, gboolean cause, LkBowtieItem *item);

static void
on_item_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkRiskEditor  *self)
{
  gboolean cause = list == self->causes_list;
  g_autoptr(LkBowtieItem) item = lk_list_row_item (G_LIST_MODEL (cause ? self->cause_items
                                                                       : self->consequence_items), row);

  open_item (self, cause, item);
}

static GtkWidget *
create_item_row (gpointer item_ptr,
                 gpointer user_data)
{
  LkBowtieItem *item = item_ptr;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);

  for (guint b = 0; b < item->barriers->len; b++)
    {
      LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

      g_string_append_printf (subtitle, "%s%s%s", subtitle->len ? " · " : "", barrier->text,
                              barrier->measure_uuid ? _(" (tiltak)") : "");
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->len ? subtitle->str : _("No barriers yet"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

/* The list shows the items; the chart draws their branches */
static void
fill_bowtie_side (LkRiskEditor *self,
                  GPtrArray    *items,
                  GListStore   *shown,
                  GArray       *branches)
{
  g_array_set_size (branches, 0);

  for (guint i = 0; i < items->len; i++)
    {
      LkBowtieItem *item = g_ptr_array_index (items, i);
      const char **barriers = g_new0 (const char *, item->barriers->len + 1);
      LkBowtieBranch branch;

      for (guint b = 0; b < item->barriers->len; b++)
        barriers[b] = ((LkBarrier *)g_ptr_array_index (item->barriers, b))->text;
      g_ptr_array_add (self->barrier_lists, barriers);
      branch.text = item->text;
      branch.barriers = barriers;
      g_array_append_val (branches, branch);
    }

  lk_list_store_replace (shown, items);
}

static void
fill_bowtie (LkRiskEditor *self)
{
  g_ptr_array_set_size (self->barrier_lists, 0);
  fill_bowtie_side (self, self->risk->bowtie_causes, self->cause_items, self->causes);
  fill_bowtie_side (self, self->risk->bowtie_consequences, self->consequence_items, self->consequences);
  gtk_widget_queue_draw (GTK_WIDGET (self->bowtie_chart));
}

static void
on_item_response (LkBowtieItemDialog *dialog,
                  const char         *response,
                  LkRiskEditor       *self)
{
  gboolean cause = lk_bowtie_item_dialog_is_cause (dialog);
  GPtrArray *items = cause ? self->risk->bowtie_causes : self->risk->bowtie_consequences;
  LkBowtieItem *item = lk_bowtie_item_dialog_get_item (dialog);
  g_autofree char *text = lk_bowtie_item_dialog_get_text (dialog);
  g_auto(GStrv) lines = NULL;

  if (g_strcmp0 (response, "remove") == 0 && item != NULL)
    {
      g_ptr_array_remove (items, item);
      goto out;
    }

  /* Cancelled, or nothing written: nothing changed */
  if (g_strcmp0 (response, "save") != 0 || *text == '\0')
    return;

  if (item == NULL)
    {
      item = lk_bowtie_item_new (text);
      g_ptr_array_add (items, item);
    }
  g_free (item->text);
  item->text = g_steal_pointer (&text);

  lines = lk_bowtie_item_dialog_get_barriers (dialog);
  lk_bowtie_item_set_barriers (item, (const char * const *)lines, G_LIST_MODEL (self->measures));

out:
  fill_bowtie (self);
  lk_editor_changed (LK_EDITOR (self));
}

static void
open_item (LkRiskEditor *self,
           gboolean      cause,
           LkBowtieItem *item)
{
  GtkWindow *dialog = lk_bowtie_item_dialog_new (GTK_WINDOW (self), cause, item);

  g_signal_connect_object (dialog, "response", G_CALLBACK (on_item_response), self, 0);
  gtk_window_present (dialog);
}

static void
add_cause_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  open_item (LK_RISK_EDITOR (widget), TRUE, NULL);
}

static void
add_consequence_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  open_item (LK_RISK_EDITOR (widget), FALSE, NULL);
}

/* --- measures ------------------------------------------------------------------ */

static void
on_measure_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      LkRiskEditor  *self)
{
  g_autoptr(LkMeasure) measure = lk_list_row_item (G_LIST_MODEL (self->measures), row);

  if (measure != NULL)
    lk_present (lk_measure_editor_new (GTK_WINDOW (self), self->store, measure), self);
}

static GtkWidget *
create_measure_row (gpointer item,
                    gpointer user_data)
{
  LkMeasure *measure = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *deadline = lk_date_format (lk_measure_get_deadline (measure));
  const char *owner = lk_measure_get_owner (measure);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s",
                                               owner && *owner ? owner : _("No owner"),
                                               deadline ? deadline : _("No deadline"),
                                               lk_measure_status_to_label (lk_measure_get_status (measure)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_measure_get_title (measure));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
fill_measures (LkRiskEditor *self)
{
  g_autoptr(GListStore) measures = lk_store_list_risk_measures (self->store, self->risk->uuid);
  g_autoptr(GPtrArray) items = lk_list_model_items (G_LIST_MODEL (measures));

  lk_list_store_replace (self->measures, items);
}

static gboolean
save_risk (LkRiskEditor  *self,
           GError       **error)
{
  g_autoptr(LkRiskAssessment) fresh = NULL;

  if (!(fresh = lk_store_get_risk_assessment (self->store, self->assessment->uuid, error)))
    return FALSE;

  lk_risk_assessment_put_risk (fresh, self->risk);

  return lk_store_save_risk_assessment (self->store, fresh, error);
}

static gboolean collect (LkEditor *editor, GError **error);

static void
add_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkRiskEditor *self = LK_RISK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  /* The tiltak links to the risk by its uuid: the risk is stored first. */
  if (!collect (LK_EDITOR (self), &error) || !save_risk (self, &error))
    {
      lk_show_error (widget, _("Save the Risk First"), error);
      return;
    }
  lk_editor_mark_saved (LK_EDITOR (self));
  if (lk_editor_get_is_new (LK_EDITOR (self)))
    {
      g_autofree char *title = g_strdup_printf (_("Risk %u"), risk_number (self));

      /* Saved now: the dialog says so, and closing it no longer discards */
      lk_editor_set_is_new (LK_EDITOR (self), FALSE, NULL, title);
      gtk_button_set_label (self->cancel_button, _("_Close"));
      adw_preferences_group_set_description (self->measures_group,
                                             _("The risk is saved, so its tiltak can link to it. "
                                               "Each tiltak has an owner and a deadline, and is "
                                               "followed up in Tiltak."));
    }

  label = g_strdup_printf ("%s: %s", self->assessment->title, self->risk->hazard);
  lk_present (lk_measure_editor_new_for_source (GTK_WINDOW (self), self->store,
                                                        LK_SOURCE_RISK, self->risk->uuid, label), self);
}

/* The tiltak linked to the risk can change in another window */
static void
refresh (LkRiskEditor *self)
{
  fill_measures (self);
  lk_editor_validate (LK_EDITOR (self));
}

/* --- fields ------------------------------------------------------------------- */

static guint
level_of (double position,
          guint  size)
{
  return position < 0 ? 0 : lk_risk_level (position, size);
}

/* A level changed by the user becomes a position; one left alone stays. */
static double
position_of (guint   selected,
             guint   opened,
             double  stored,
             guint   size)
{
  if (selected == 0)
    return LK_RISK_UNSET;
  if (selected == opened)
    return stored;

  return lk_risk_position (selected, size);
}

/* @shown: the badge the row has, replaced by @badge */
static void
set_badge (AdwActionRow  *row,
           GtkWidget    **shown,
           GtkWidget     *badge)
{
  if (*shown != NULL)
    adw_action_row_remove (row, *shown);
  adw_action_row_add_suffix (row, badge);
  *shown = badge;
}

static void
fill_types (LkRiskEditor *self)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->types_flow))))
    gtk_flow_box_remove (self->types_flow, child);

  /* The assessment's types, and any the risk has from an earlier set */
  for (guint i = 0; self->assessment->consequence_types[i] != NULL; i++)
    g_ptr_array_add (names, self->assessment->consequence_types[i]);
  for (guint i = 0; self->risk->consequence_types[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *)self->assessment->consequence_types,
                          self->risk->consequence_types[i]))
      g_ptr_array_add (names, self->risk->consequence_types[i]);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      GtkWidget *check = gtk_check_button_new_with_label (name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   g_strv_contains ((const char * const *)self->risk->consequence_types, name));
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (lk_editor_changed), self);
      gtk_flow_box_append (self->types_flow, check);
    }
}

static void
fill (LkRiskEditor *self)
{
  LkRisk *risk = self->risk;
  guint size = self->assessment->matrix.size;
  g_autofree char *follow_up = lk_date_format_input (risk->follow_up);
  g_autoptr(GtkStringList) p_levels = lk_risk_levels_model ((const char * const *)self->assessment->matrix.probability_labels,
                                                            size, _("Not assessed"));
  g_autoptr(GtkStringList) c_levels = lk_risk_levels_model ((const char * const *)self->assessment->matrix.consequence_labels,
                                                            size, _("Not assessed"));

  self->opened[0] = risk->p_before;
  self->opened[1] = risk->c_before;
  self->opened[2] = risk->p_after;
  self->opened[3] = risk->c_after;
  self->levels[0] = level_of (risk->p_before, size);
  self->levels[1] = level_of (risk->c_before, size);
  self->levels[2] = level_of (risk->p_after, size);
  self->levels[3] = level_of (risk->c_after, size);

  lk_editor_begin_fill (LK_EDITOR (self));
  lk_editor_field_set_text (GTK_EDITABLE (self->hazard_row), risk->hazard);
  lk_editor_field_set_text (GTK_EDITABLE (self->causes_row), risk->causes);
  lk_editor_field_set_text (GTK_EDITABLE (self->controls_row), risk->controls);
  lk_editor_field_set_text (GTK_EDITABLE (self->follow_up_row), follow_up);
  lk_editor_field_set_text (GTK_EDITABLE (self->top_event_row), risk->top_event);
  adw_combo_row_set_model (self->p_before_row, G_LIST_MODEL (p_levels));
  adw_combo_row_set_model (self->c_before_row, G_LIST_MODEL (c_levels));
  adw_combo_row_set_model (self->p_after_row, G_LIST_MODEL (p_levels));
  adw_combo_row_set_model (self->c_after_row, G_LIST_MODEL (c_levels));
  adw_combo_row_set_selected (self->p_before_row, self->levels[0]);
  adw_combo_row_set_selected (self->c_before_row, self->levels[1]);
  adw_combo_row_set_selected (self->p_after_row, self->levels[2]);
  adw_combo_row_set_selected (self->c_after_row, self->levels[3]);
  adw_combo_row_set_selected (self->enough_row, risk->enough < 0 ? 0 : risk->enough == 1 ? 1 : 2);
  fill_types (self);
  lk_editor_end_fill (LK_EDITOR (self));

  fill_measures (self);
  fill_bowtie (self);
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkRiskEditor *self = LK_RISK_EDITOR (editor);
  LkRisk *risk = self->risk;
  guint size = self->assessment->matrix.size;
  guint selected[4] = {
    adw_combo_row_get_selected (self->p_before_row),
    adw_combo_row_get_selected (self->c_before_row),
    adw_combo_row_get_selected (self->p_after_row),
    adw_combo_row_get_selected (self->c_after_row),
  };
  const char *follow_text = gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row));
  g_autofree char *follow_up = lk_date_parse_user (follow_text);
  g_autoptr(GPtrArray) types = g_ptr_array_new_with_free_func (g_free);
  guint enough = adw_combo_row_get_selected (self->enough_row);

  if (*follow_text != '\0' && follow_up == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_row), "error");
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Write the follow-up date as day.month.year, like 31.12.2026."));
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_row), "error");

  if ((selected[0] == 0) != (selected[1] == 0) || (selected[2] == 0) != (selected[3] == 0))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Choose both probability and consequence, or neither."));
      return FALSE;
    }

  g_free (risk->hazard);
  risk->hazard = lk_editor_field_get_text (GTK_EDITABLE (self->hazard_row));
  g_free (risk->causes);
  risk->causes = lk_editor_field_get_text (GTK_EDITABLE (self->causes_row));
  g_free (risk->controls);
  risk->controls = lk_editor_field_get_text (GTK_EDITABLE (self->controls_row));
  g_free (risk->top_event);
  risk->top_event = lk_editor_field_get_text (GTK_EDITABLE (self->top_event_row));
  g_free (risk->follow_up);
  risk->follow_up = g_steal_pointer (&follow_up);
  risk->enough = enough == 0 ? -1 : enough == 1 ? 1 : 0;

  risk->p_before = position_of (selected[0], self->levels[0], self->opened[0], size);
  risk->c_before = position_of (selected[1], self->levels[1], self->opened[1], size);
  risk->p_after = position_of (selected[2], self->levels[2], self->opened[2], size);
  risk->c_after = position_of (selected[3], self->levels[3], self->opened[3], size);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->types_flow));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (types, g_strdup (gtk_check_button_get_label (GTK_CHECK_BUTTON (check))));
    }
  g_ptr_array_add (types, NULL);
  g_strfreev (risk->consequence_types);
  risk->consequence_types = (GStrv)g_ptr_array_steal (types, NULL);

  lk_risk_assessment_put_risk (self->assessment, risk);

  return lk_risk_assessment_validate (self->assessment, error);
}

static void
update_step (LkRiskEditor *self)
{
  guint n_measures = self->measures ? g_list_model_get_n_items (G_LIST_MODEL (self->measures)) : 0;
  /* The field, not the stored risk: step 0 until something is written */
  gboolean blank = lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->hazard_row)));
  LkRiskStep step = blank ? LK_RISK_STEP_NONE : lk_risk_get_step (self->risk, n_measures);
  g_autofree char *text = g_strdup_printf (_("Step %d of 5: %s"), step, lk_risk_step_to_label (step));
  const LkRiskMatrix *matrix = &self->assessment->matrix;

  gtk_label_set_text (self->step_label, text);
  gtk_level_bar_set_value (self->step_bar, step);
  gtk_label_set_text (self->hint_label, lk_risk_step_to_hint (step));
  set_badge (self->before_row, &self->before_badge,
             lk_zone_badge_new (matrix, self->risk->p_before, self->risk->c_before, NULL));
  set_badge (self->after_row, &self->after_badge,
             lk_zone_badge_new (matrix, self->risk->p_after, self->risk->c_after, NULL));
  {
    g_autofree char *before = lk_risk_describe_values (matrix, self->risk->p_before, self->risk->c_before);
    g_autofree char *after = lk_risk_describe_values (matrix, self->risk->p_after, self->risk->c_after);

    adw_action_row_set_subtitle (self->before_row, before);
    adw_action_row_set_subtitle (self->after_row, after);
  }
}

static gboolean
is_blank (LkEditor *editor)
{
  return *gtk_editable_get_text (GTK_EDITABLE (LK_RISK_EDITOR (editor)->hazard_row)) == '\0';
}

static void
validated (LkEditor *editor,
           gboolean  valid)
{
  LkRiskEditor *self = LK_RISK_EDITOR (editor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-measure", valid);
  update_step (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->bowtie_chart));
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  return save_risk (LK_RISK_EDITOR (editor), error);
}

/* The assessment is read again and stored without the risk, so another
 * window's change to a different risk is kept. */
static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkRiskEditor *self = LK_RISK_EDITOR (editor);
  g_autoptr(LkRiskAssessment) fresh = NULL;
  g_autofree char *message = NULL;

  if (!(fresh = lk_store_get_risk_assessment (self->store, self->assessment->uuid, error)))
    return FALSE;
  lk_risk_assessment_remove_risk (fresh, self->risk->uuid);
  if (!lk_store_save_risk_assessment (self->store, fresh, error))
    return FALSE;

  message = g_strdup_printf (_("“%s” deleted"), self->risk->hazard);
  lk_toast_emit_text (self, message);
  return TRUE;
}

/**
 * lk_risk_editor_new:
 * @risk_uuid: (nullable): the risk to edit, or %NULL for a new one
 *
 * Returns: (nullable): the editor, or %NULL when the assessment is gone
 */
GtkWindow *
lk_risk_editor_new (GtkWindow  *parent,
                    LkStore    *store,
                    const char *assessment_uuid,
                    const char *risk_uuid)
{
  LkRiskEditor *self;
  LkRiskAssessment *a;
  LkRisk *risk = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);

  if (!(a = lk_store_get_risk_assessment (store, assessment_uuid, NULL)))
    return NULL;

  if (risk_uuid != NULL && lk_risk_assessment_find_risk (a, risk_uuid) >= 0)
    risk = lk_risk_copy (g_ptr_array_index (a->risks, lk_risk_assessment_find_risk (a, risk_uuid)));
  if (risk_uuid != NULL && risk == NULL)
    {
      g_object_unref (a);
      return NULL;
    }

  self = g_object_new (LK_TYPE_RISK_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->assessment = a;
  self->risk = risk ? risk : lk_risk_new ("");

  title = g_strdup_printf (_("Risk %u"), risk_number (self));
  lk_editor_set_is_new (LK_EDITOR (self), risk == NULL, _("New Risk"), title);
  fill (self);
  lk_editor_validate (LK_EDITOR (self));
  g_signal_connect_swapped (store, "changed", G_CALLBACK (lk_later_queue), &self->refresh);
  gtk_widget_grab_focus (GTK_WIDGET (self->hazard_row));

  return GTK_WINDOW (self);
}

static void
lk_risk_editor_dispose (GObject *object)
{
  LkRiskEditor *self = LK_RISK_EDITOR (object);

  lk_later_cancel (&self->refresh);
  /* No refresh may be asked for once the page goes */
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, &self->refresh);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_RISK_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->measures);
  g_clear_object (&self->cause_items);
  g_clear_object (&self->consequence_items);
  g_clear_object (&self->assessment);
  g_clear_object (&self->risk);
  g_clear_pointer (&self->causes, g_array_unref);
  g_clear_pointer (&self->consequences, g_array_unref);
  g_clear_pointer (&self->barrier_lists, g_ptr_array_unref);

  G_OBJECT_CLASS (lk_risk_editor_parent_class)->dispose (object);
}

static void
lk_risk_editor_class_init (LkRiskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_risk_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->validated = validated;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_heading = N_("Delete This Risk?");
  editor_class->delete_body = N_("The risk and its bowtie are deleted from the assessment. "
                                 "Its tiltak stay in Tiltak.");
  editor_class->delete_failed = N_("Could Not Delete the Risk");

  g_type_ensure (LK_TYPE_CHART_VIEW);

  lk_editor_class_set_template (widget_class,
                                "/io/github/lederkompass/Lederkompass/lk-risk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, step_label);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, step_bar);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, hint_label);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, hazard_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, causes_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, types_flow);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, p_before_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, c_before_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, before_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, controls_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, enough_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, measures_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, measures_group);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, p_after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, c_after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, top_event_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, bowtie_chart);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, causes_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, consequences_list);

  gtk_widget_class_install_action (widget_class, "editor.add-measure", NULL, add_measure_action);
  gtk_widget_class_install_action (widget_class, "editor.add-cause", NULL, add_cause_action);
  gtk_widget_class_install_action (widget_class, "editor.add-consequence", NULL, add_consequence_action);
}

static void
lk_risk_editor_init (LkRiskEditor *self)
{
  g_autoptr(GtkStringList) enough = gtk_string_list_new (NULL);
  GtkWidget *placeholder;

  lk_later_init (&self->refresh, 0, (LkLaterFunc) refresh, self);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->causes = g_array_new (FALSE, FALSE, sizeof (LkBowtieBranch));
  self->consequences = g_array_new (FALSE, FALSE, sizeof (LkBowtieBranch));
  self->barrier_lists = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (enough, _("Not answered yet"));
  gtk_string_list_append (enough, _("Yes, what is done is enough"));
  gtk_string_list_append (enough, _("No, new measures are needed"));
  adw_combo_row_set_model (self->enough_row, G_LIST_MODEL (enough));

  placeholder = gtk_label_new (_("No tiltak for this risk yet."));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->measures_list, placeholder);

  lk_chart_view_set_draw_func (self->bowtie_chart, draw_bowtie, self, NULL);
  lk_chart_view_set_export_size (self->bowtie_chart, 900, 480);

  self->measures = g_list_store_new (LK_TYPE_MEASURE);
  self->cause_items = g_list_store_new (LK_TYPE_BOWTIE_ITEM);
  self->consequence_items = g_list_store_new (LK_TYPE_BOWTIE_ITEM);
  gtk_list_box_bind_model (self->measures_list, G_LIST_MODEL (self->measures),
                           create_measure_row, self, NULL);
  gtk_list_box_bind_model (self->causes_list, G_LIST_MODEL (self->cause_items),
                           create_item_row, self, NULL);
  gtk_list_box_bind_model (self->consequences_list, G_LIST_MODEL (self->consequence_items),
                           create_item_row, self, NULL);
  g_signal_connect (self->measures_list, "row-activated", G_CALLBACK (on_measure_activated), self);
  g_signal_connect (self->causes_list, "row-activated", G_CALLBACK (on_item_activated), self);
  g_signal_connect (self->consequences_list, "row-activated", G_CALLBACK (on_item_activated), self);
  g_signal_connect_swapped (self->hazard_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->causes_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->controls_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->follow_up_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->top_event_row, "changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->p_before_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->c_before_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->p_after_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->c_after_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->enough_row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
}
