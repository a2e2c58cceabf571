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

#include "lk-chart-bowtie.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-chart-view.h"
#include "lk-dialogs.h"
#include "lk-page.h"
#include "lk-measure-editor.h"
#include "lk-risk-editor.h"
#include "lk-risk-ui.h"

struct _LkRiskEditor
{
  AdwWindow         parent_instance;

  LkStore          *store;
  LkRiskAssessment *assessment;   /* a copy, for the matrix, types and checks */
  LkRisk           *risk;         /* the copy being edited */
  gboolean          is_new;
  gboolean          filling;
  guint             levels[4];    /* as opened: p, c before; p, c after; 0 unset */
  double            opened[4];    /* the stored positions of those levels */
  GListStore       *measures;
  guint             refresh_id;

  /* What the bowtie draws; texts point into the risk */
  GArray           *causes;
  GArray           *consequences;
  GPtrArray        *barrier_lists;

  AdwWindowTitle   *window_title;
  GtkWidget        *save_button;
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
  AdwComboRow      *p_after_row;
  AdwComboRow      *c_after_row;
  AdwActionRow     *after_row;
  AdwEntryRow      *follow_up_row;
  GtkLabel         *error_label;
  GtkWidget        *delete_button;
  AdwEntryRow      *top_event_row;
  LkChartView      *bowtie_chart;
  GtkListBox       *causes_list;
  GtkListBox       *consequences_list;
};

G_DEFINE_FINAL_TYPE (LkRiskEditor, lk_risk_editor, ADW_TYPE_WINDOW)

static void validate (LkRiskEditor *self);

/* Replaces the risk with the same uuid, or adds it; the index */
static guint
put_risk (LkRiskAssessment *a,
          const LkRisk     *risk)
{
  for (guint i = 0; i < a->risks->len; i++)
    {
      LkRisk **slot = (LkRisk **)&g_ptr_array_index (a->risks, i);

      if (g_strcmp0 ((*slot)->uuid, risk->uuid) == 0)
        {
          lk_risk_free (*slot);
          *slot = lk_risk_copy (risk);
          return i;
        }
    }

  g_ptr_array_add (a->risks, lk_risk_copy (risk));

  return a->risks->len - 1;
}

static guint
risk_number (LkRiskEditor *self)
{
  for (guint i = 0; i < self->assessment->risks->len; i++)
    if (g_strcmp0 (((LkRisk *)g_ptr_array_index (self->assessment->risks, i))->uuid,
                   self->risk->uuid) == 0)
      return i + 1;

  return self->assessment->risks->len + 1;
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
  open_item (self, list == self->causes_list, g_object_get_data (G_OBJECT (row), "item"));
}

static void
fill_bowtie_side (LkRiskEditor *self,
                  GPtrArray    *items,
                  GtkListBox   *list,
                  GArray       *branches)
{

  lk_list_box_clear (list);
  g_array_set_size (branches, 0);

  for (guint i = 0; i < items->len; i++)
    {
      LkBowtieItem *item = g_ptr_array_index (items, i);
      const char **barriers = g_new0 (const char *, item->barriers->len + 1);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GString) subtitle = g_string_new (NULL);
      LkBowtieBranch branch;

      for (guint b = 0; b < item->barriers->len; b++)
        {
          LkBarrier *barrier = g_ptr_array_index (item->barriers, b);

          barriers[b] = barrier->text;
          g_string_append_printf (subtitle, "%s%s%s", subtitle->len ? " · " : "", barrier->text,
                                  barrier->measure_uuid ? _(" (tiltak)") : "");
        }
      g_ptr_array_add (self->barrier_lists, barriers);
      branch.text = item->text;
      branch.barriers = barriers;
      g_array_append_val (branches, branch);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->len ? subtitle->str : _("No barriers yet"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-edit-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "item", item);
      gtk_list_box_append (list, row);
    }
}

static void
fill_bowtie (LkRiskEditor *self)
{
  g_ptr_array_set_size (self->barrier_lists, 0);
  fill_bowtie_side (self, self->risk->bowtie_causes, self->causes_list, self->causes);
  fill_bowtie_side (self, self->risk->bowtie_consequences, self->consequences_list, self->consequences);
  gtk_widget_queue_draw (GTK_WIDGET (self->bowtie_chart));
}

typedef struct
{
  LkRiskEditor  *self;
  gboolean       cause;
  LkBowtieItem  *item;     /* NULL for a new one */
  GtkEntry      *entry;
  GtkTextView   *barriers;
} ItemDialog;

static void
item_dialog_free (ItemDialog *data)
{
  g_object_unref (data->self);
  g_free (data);
}

/* A barrier keeps its link when its text is unchanged; a line that is the
 * title of one of the risk's tiltak is linked to that tiltak. */
static char *
measure_titled (LkRiskEditor *self,
                const char   *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->measures)); i++)
    {
      g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (self->measures), i);

      if (g_utf8_collate (lk_measure_get_title (measure), title) == 0)
        return g_strdup (lk_measure_get_uuid (measure));
    }

  return NULL;
}

static void
on_item_response (AdwMessageDialog *dialog,
                  const char       *response,
                  ItemDialog       *data)
{
  LkRiskEditor *self = data->self;
  GPtrArray *items = data->cause ? self->risk->bowtie_causes : self->risk->bowtie_consequences;
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->entry))));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (data->barriers);
  GtkTextIter start, end;
  g_autofree char *lines_text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *barriers;

  if (g_strcmp0 (response, "remove") == 0 && data->item != NULL)
    g_ptr_array_remove (items, data->item);

  if (g_strcmp0 (response, "save") != 0 || *text == '\0')
    goto out;

  if (data->item == NULL)
    {
      data->item = lk_bowtie_item_new (text);
      g_ptr_array_add (items, data->item);
    }
  g_free (data->item->text);
  data->item->text = g_steal_pointer (&text);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  lines_text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (lines_text, "\n", -1);
  barriers = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_barrier_free);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      LkBarrier *barrier = NULL;

      if (*line == '\0')
        continue;
      for (guint b = 0; b < data->item->barriers->len && barrier == NULL; b++)
        {
          LkBarrier *old = g_ptr_array_index (data->item->barriers, b);

          if (old != NULL && g_strcmp0 (old->text, line) == 0)
            barrier = g_ptr_array_steal_index (data->item->barriers, b);
        }
      if (barrier == NULL)
        {
          barrier = lk_barrier_new (line);
          barrier->measure_uuid = measure_titled (self, line);
        }
      g_ptr_array_add (barriers, barrier);
    }
  g_ptr_array_unref (data->item->barriers);
  data->item->barriers = barriers;

out:
  fill_bowtie (self);
  validate (self);
}

static void
open_item (LkRiskEditor *self,
           gboolean      cause,
           LkBowtieItem *item)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *label = gtk_label_new (cause ? _("Preventive barriers, one per line")
                                          : _("Mitigating barriers, one per line"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *note = gtk_label_new (_("A line with the title of one of this risk’s tiltak is linked to it."));
  ItemDialog *data = g_new0 (ItemDialog, 1);
  g_autoptr(GString) lines = g_string_new (NULL);

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   cause ? (item ? _("Edit Cause") : _("New Cause"))
                                         : (item ? _("Edit Consequence") : _("New Consequence")),
                                   NULL);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), cause ? _("What can lead to the top event")
                                                           : _("What can follow from it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, cause ? _("Cause") : _("Consequence"),
                                  -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 6);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Barriers"),
                                  -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 110);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0.0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  if (item != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), item->text);
      for (guint b = 0; b < item->barriers->len; b++)
        g_string_append_printf (lines, "%s\n", ((LkBarrier *)g_ptr_array_index (item->barriers, b))->text);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), lines->str, -1);
    }

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  if (item != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "remove", _("_Remove"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                                  ADW_RESPONSE_DESTRUCTIVE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "save", _("_Apply"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data->self = g_object_ref (self);
  data->cause = cause;
  data->item = item;
  data->entry = GTK_ENTRY (entry);
  data->barriers = GTK_TEXT_VIEW (view);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_item_response), data,
                         (GClosureNotify)(void (*) (void))item_dialog_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
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
  LkMeasure *measure = g_object_get_data (G_OBJECT (row), "measure");

  lk_present (lk_measure_editor_new (GTK_WINDOW (self), self->store, measure), self);
}

static void
fill_measures (LkRiskEditor *self)
{

  g_clear_object (&self->measures);
  self->measures = lk_store_list_risk_measures (self->store, self->risk->uuid);

  lk_list_box_clear (self->measures_list);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->measures)); i++)
    {
      g_autoptr(LkMeasure) measure = g_list_model_get_item (G_LIST_MODEL (self->measures), i);
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
      g_object_set_data_full (G_OBJECT (row), "measure", g_object_ref (measure), g_object_unref);
      gtk_list_box_append (self->measures_list, row);
    }
}

static gboolean
save_risk (LkRiskEditor  *self,
           GError       **error)
{
  g_autoptr(LkRiskAssessment) fresh = NULL;

  if (!(fresh = lk_store_get_risk_assessment (self->store, self->assessment->uuid, error)))
    return FALSE;

  put_risk (fresh, self->risk);

  return lk_store_save_risk_assessment (self->store, fresh, error);
}

static gboolean collect (LkRiskEditor *self, GError **error);

static void
add_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkRiskEditor *self = LK_RISK_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  /* The tiltak links to the risk by its uuid: the risk is stored first. */
  if (!collect (self, &error) || !save_risk (self, &error))
    {
      lk_show_error (widget, _("Save the Risk First"), error);
      return;
    }
  self->is_new = FALSE;
  gtk_widget_set_visible (self->delete_button, TRUE);

  label = g_strdup_printf ("%s: %s", self->assessment->title, self->risk->hazard);
  lk_present (lk_measure_editor_new_for_source (GTK_WINDOW (self), self->store,
                                                        LK_SOURCE_RISK, self->risk->uuid, label), self);
}

static gboolean
refresh_idle (gpointer data)
{
  LkRiskEditor *self = data;

  self->refresh_id = 0;
  fill_measures (self);
  validate (self);

  return G_SOURCE_REMOVE;
}

static void
on_store_changed (LkRiskEditor *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle, self);
}

/* --- fields ------------------------------------------------------------------- */

static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

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

static void
set_badge (AdwActionRow *row,
           GtkWidget    *badge)
{
  GtkWidget *old = g_object_get_data (G_OBJECT (row), "badge");

  if (old != NULL)
    gtk_widget_unparent (old);
  adw_action_row_add_suffix (row, badge);
  g_object_set_data (G_OBJECT (row), "badge", badge);
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
      g_object_set_data_full (G_OBJECT (check), "type", g_strdup (name), g_free);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate), self);
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

  self->filling = TRUE;
  set_entry (self->hazard_row, risk->hazard);
  set_entry (self->causes_row, risk->causes);
  set_entry (self->controls_row, risk->controls);
  set_entry (self->follow_up_row, follow_up);
  set_entry (self->top_event_row, risk->top_event);
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
  self->filling = FALSE;

  fill_measures (self);
  fill_bowtie (self);
}

static gboolean
collect (LkRiskEditor  *self,
         GError       **error)
{
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
  risk->hazard = entry_text (self->hazard_row);
  g_free (risk->causes);
  risk->causes = entry_text (self->causes_row);
  g_free (risk->controls);
  risk->controls = entry_text (self->controls_row);
  g_free (risk->top_event);
  risk->top_event = entry_text (self->top_event_row);
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
        g_ptr_array_add (types, g_strdup (g_object_get_data (G_OBJECT (check), "type")));
    }
  g_ptr_array_add (types, NULL);
  g_strfreev (risk->consequence_types);
  risk->consequence_types = (GStrv)g_ptr_array_steal (types, NULL);

  put_risk (self->assessment, risk);

  return lk_risk_assessment_validate (self->assessment, error);
}

static void
update_step (LkRiskEditor *self)
{
  guint n_measures = self->measures ? g_list_model_get_n_items (G_LIST_MODEL (self->measures)) : 0;
  LkRiskStep step = lk_risk_get_step (self->risk, n_measures);
  g_autofree char *text = g_strdup_printf (_("Step %d of 5: %s"), step, lk_risk_step_to_label (step));
  const LkRiskMatrix *matrix = &self->assessment->matrix;

  gtk_label_set_text (self->step_label, text);
  gtk_level_bar_set_value (self->step_bar, step);
  gtk_label_set_text (self->hint_label, lk_risk_step_to_hint (step));
  set_badge (self->before_row, lk_zone_badge_new (matrix, self->risk->p_before, self->risk->c_before, NULL));
  set_badge (self->after_row, lk_zone_badge_new (matrix, self->risk->p_after, self->risk->c_after, NULL));
  {
    g_autofree char *before = lk_risk_describe_values (matrix, self->risk->p_before, self->risk->c_before);
    g_autofree char *after = lk_risk_describe_values (matrix, self->risk->p_after, self->risk->c_after);

    adw_action_row_set_subtitle (self->before_row, before);
    adw_action_row_set_subtitle (self->after_row, after);
  }
}

static void
validate (LkRiskEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok, hazard_empty;

  if (self->filling)
    return;

  ok = collect (self, &error);
  hazard_empty = *gtk_editable_get_text (GTK_EDITABLE (self->hazard_row)) == '\0';
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-measure", ok);
  gtk_label_set_text (self->error_label, ok || hazard_empty ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), !ok && !hazard_empty);
  update_step (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->bowtie_chart));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkRiskEditor *self = LK_RISK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!collect (self, &error) || !save_risk (self, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkRiskEditor     *self)
{
  g_autoptr(LkRiskAssessment) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if ((fresh = lk_store_get_risk_assessment (self->store, self->assessment->uuid, &error)))
    {
      for (guint i = 0; i < fresh->risks->len; i++)
        if (g_strcmp0 (((LkRisk *)g_ptr_array_index (fresh->risks, i))->uuid, self->risk->uuid) == 0)
          {
            g_ptr_array_remove_index (fresh->risks, i);
            break;
          }
    }
  if (fresh == NULL || !lk_store_save_risk_assessment (self->store, fresh, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Risk"), error);
      return;
    }

  message = g_strdup_printf (_("“%s” deleted"), self->risk->hazard);
  lk_toast_emit_text (self, message);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkRiskEditor *self = LK_RISK_EDITOR (widget);

  lk_confirm_delete (GTK_WINDOW (self), _("Delete This Risk?"),
                     _("The risk and its bowtie are deleted from the assessment. "
                       "Its tiltak stay in Tiltak."),
                     G_CALLBACK (on_delete_response), self);
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

  for (guint i = 0; risk_uuid != NULL && i < a->risks->len; i++)
    if (g_strcmp0 (((LkRisk *)g_ptr_array_index (a->risks, i))->uuid, risk_uuid) == 0)
      risk = lk_risk_copy (g_ptr_array_index (a->risks, i));
  if (risk_uuid != NULL && risk == NULL)
    {
      lk_risk_assessment_free (a);
      return NULL;
    }

  self = g_object_new (LK_TYPE_RISK_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->assessment = a;
  self->is_new = risk == NULL;
  self->risk = risk ? risk : lk_risk_new ("");

  title = self->is_new ? g_strdup (_("New Risk")) : g_strdup_printf (_("Risk %u"), risk_number (self));
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (self->delete_button, !self->is_new);
  fill (self);
  validate (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed), self, G_CONNECT_SWAPPED);
  gtk_widget_grab_focus (GTK_WIDGET (self->hazard_row));

  return GTK_WINDOW (self);
}

static void
lk_risk_editor_dispose (GObject *object)
{
  LkRiskEditor *self = LK_RISK_EDITOR (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_RISK_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->measures);
  g_clear_pointer (&self->assessment, lk_risk_assessment_free);
  g_clear_pointer (&self->risk, lk_risk_free);
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

  lk_toast_signal_new (G_TYPE_FROM_CLASS (klass));
  object_class->dispose = lk_risk_editor_dispose;

  g_type_ensure (LK_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-risk-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, save_button);
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
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, p_after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, c_after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, after_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, top_event_row);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, bowtie_chart);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, causes_list);
  gtk_widget_class_bind_template_child (widget_class, LkRiskEditor, consequences_list);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-measure", NULL, add_measure_action);
  gtk_widget_class_install_action (widget_class, "editor.add-cause", NULL, add_cause_action);
  gtk_widget_class_install_action (widget_class, "editor.add-consequence", NULL, add_consequence_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
lk_risk_editor_init (LkRiskEditor *self)
{
  g_autoptr(GtkStringList) enough = gtk_string_list_new (NULL);
  GtkWidget *placeholder;

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
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);

  g_signal_connect (self->measures_list, "row-activated", G_CALLBACK (on_measure_activated), self);
  g_signal_connect (self->causes_list, "row-activated", G_CALLBACK (on_item_activated), self);
  g_signal_connect (self->consequences_list, "row-activated", G_CALLBACK (on_item_activated), self);
  g_signal_connect_swapped (self->hazard_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->causes_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->controls_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->follow_up_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->top_event_row, "changed", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->p_before_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->c_before_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->p_after_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->c_after_row, "notify::selected", G_CALLBACK (validate), self);
  g_signal_connect_swapped (self->enough_row, "notify::selected", G_CALLBACK (validate), self);
}
