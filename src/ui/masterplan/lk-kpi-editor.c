/* lk-kpi-editor.c
 *
 * Edits a copy of the goal with the KPI in it; Save stores the goal, so a
 * KPI and its values are checked with the goal they measure (a value
 * outside the goal's years is refused). Numbers are read as people type
 * them, with a decimal comma or point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lk-a11y.h"
#include "lk-editor.h"
#include "lk-kpi-editor.h"
#include "lk-page.h"
#include "lk-types.h"

#define MAX_YEARS 12

struct _LkKpiEditor
{
  LkEditor        parent_instance;

  LkStore        *store;
  LkGoal         *goal;        /* a copy, saved whole */
  LkKpi          *kpi;         /* in goal->kpis */
  int             first_year;  /* of the values grid */
  int             n_years;
  GPtrArray      *cells;       /* GtkEntry, by (year - first_year) * 3 + tertial - 1 */

  AdwEntryRow    *name_row;
  AdwComboRow    *unit_row;
  AdwEntryRow    *unit_text_row;
  AdwComboRow    *direction_row;
  AdwPreferencesGroup *target_group;
  AdwEntryRow    *baseline_row;
  GtkSpinButton  *baseline_year_spin;
  AdwEntryRow    *target_row;
  GtkSpinButton  *target_year_spin;
  AdwComboRow    *path_row;
  AdwPreferencesGroup *band_group;
  AdwEntryRow    *band_low_row;
  AdwEntryRow    *band_high_row;
  AdwEntryRow    *yellow_row;
  AdwEntryRow    *red_row;
  GtkSwitch      *share_switch;
  GtkGrid        *values_grid;
};

G_DEFINE_FINAL_TYPE (LkKpiEditor, lk_kpi_editor, LK_TYPE_EDITOR)

static void
update_visibility (LkKpiEditor *self)
{
  gboolean within = adw_combo_row_get_selected (self->direction_row) == LK_KPI_KEEP_WITHIN;

  gtk_widget_set_visible (GTK_WIDGET (self->unit_text_row),
                          adw_combo_row_get_selected (self->unit_row) == LK_KPI_UNIT_OTHER);
  gtk_widget_set_visible (GTK_WIDGET (self->band_group), within);
  gtk_widget_set_visible (GTK_WIDGET (self->target_group), !within);
}

/* An optional number: empty is unset (NAN); anything else must read */
static gboolean
read_number (GtkEditable *field,
             const char  *what,
             double      *out,
             GError     **error)
{
  const char *text = gtk_editable_get_text (field);

  gtk_widget_remove_css_class (GTK_WIDGET (field), "error");
  if (lk_text_is_blank (text))
    {
      *out = NAN;
      return TRUE;
    }
  if (lk_parse_number (text, out))
    return TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (field), "error");
  g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
               _("%s: “%s” is not a number. Write it like 92 or 92,5."), what, text);

  return FALSE;
}

static gboolean
collect (LkEditor  *editor,
         GError   **error)
{
  LkKpiEditor *self = LK_KPI_EDITOR (editor);
  LkKpi *k = self->kpi;
  double yellow, red;

  g_free (k->name);
  k->name = lk_editor_field_get_text (GTK_EDITABLE (self->name_row));
  k->unit_kind = adw_combo_row_get_selected (self->unit_row);
  g_free (k->unit_text);
  k->unit_text = lk_editor_field_get_text (GTK_EDITABLE (self->unit_text_row));
  k->direction = adw_combo_row_get_selected (self->direction_row);
  k->path = adw_combo_row_get_selected (self->path_row);
  k->share = gtk_switch_get_active (self->share_switch);
  k->baseline_year = gtk_spin_button_get_value_as_int (self->baseline_year_spin);
  k->target_year = gtk_spin_button_get_value_as_int (self->target_year_spin);

  if (!read_number (GTK_EDITABLE (self->baseline_row), _("Baseline"), &k->baseline, error) ||
      !read_number (GTK_EDITABLE (self->target_row), _("Target"), &k->target, error) ||
      !read_number (GTK_EDITABLE (self->band_low_row), _("Lowest good value"), &k->band_low, error) ||
      !read_number (GTK_EDITABLE (self->band_high_row), _("Highest good value"), &k->band_high, error) ||
      !read_number (GTK_EDITABLE (self->yellow_row), _("Yellow beyond"), &yellow, error) ||
      !read_number (GTK_EDITABLE (self->red_row), _("Red beyond"), &red, error))
    return FALSE;
  k->yellow = isnan (yellow) ? 0 : yellow;
  k->red = isnan (red) ? k->yellow : red;
  /* A KPI kept within a band has no path; one with a path no band */
  if (k->direction == LK_KPI_KEEP_WITHIN)
    k->baseline = k->target = NAN;
  else
    k->band_low = k->band_high = NAN;

  for (guint i = 0; i < self->cells->len; i++)
    {
      GtkEditable *cell = g_ptr_array_index (self->cells, i);
      int year = self->first_year + i / 3, tertial = i % 3 + 1;
      g_autofree char *what = g_strdup_printf (_("T%d %d"), tertial, year);
      double value;

      if (!read_number (cell, what, &value, error))
        return FALSE;
      if (isnan (value))
        lk_kpi_unset_value (k, year, tertial);
      else
        lk_kpi_set_value (k, year, tertial, value);
    }

  return lk_goal_validate (self->goal, error);
}

static gboolean
is_blank (LkEditor *editor)
{
  return lk_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (LK_KPI_EDITOR (editor)->name_row)));
}

static gboolean
save (LkEditor  *editor,
      GError   **error)
{
  LkKpiEditor *self = LK_KPI_EDITOR (editor);

  return lk_store_save_goal (self->store, self->goal, error);
}

static gboolean
delete (LkEditor  *editor,
        GError   **error)
{
  LkKpiEditor *self = LK_KPI_EDITOR (editor);
  guint position;

  if (g_ptr_array_find (self->goal->kpis, self->kpi, &position))
    g_ptr_array_remove_index (self->goal->kpis, position);
  if (!lk_store_save_goal (self->store, self->goal, error))
    return FALSE;
  lk_toast_emit_text (self, _("KPI deleted"));

  return TRUE;
}

static void
set_number (AdwEntryRow *row,
            double       value,
            int          decimals)
{
  g_autofree char *text = lk_format_number (value, decimals);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
build_grid (LkKpiEditor *self)
{
  LkKpi *k = self->kpi;
  int this_year, tertial, first, last;

  lk_today_tertial (&this_year, &tertial);
  /* The goal's years, from the year before: where the history starts */
  first = MIN (self->goal->first_year, this_year) - 1;
  last = MAX (self->goal->last_year, MIN (this_year, self->goal->last_year + 1));
  if (!isnan (k->baseline))
    first = MIN (first, k->baseline_year);
  if (k->values->len > 0)
    {
      first = MIN (first, g_array_index (k->values, LkKpiValue, 0).year);
      last = MAX (last, g_array_index (k->values, LkKpiValue, k->values->len - 1).year);
    }
  first = MAX (first, last - MAX_YEARS + 1);
  self->first_year = first;
  self->n_years = last - first + 1;

  for (int t = 1; t <= 3; t++)
    {
      g_autofree char *head = g_strdup_printf ("T%d", t);
      GtkWidget *label = gtk_label_new (head);

      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (self->values_grid, label, t, 0, 1, 1);
    }
  for (int y = 0; y < self->n_years; y++)
    {
      g_autofree char *year = g_strdup_printf ("%d", first + y);
      GtkWidget *label = gtk_label_new (year);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_grid_attach (self->values_grid, label, 0, y + 1, 1, 1);
      for (int t = 1; t <= 3; t++)
        {
          GtkWidget *entry = gtk_entry_new ();
          const LkKpiValue *v = lk_kpi_get_value (k, first + y, t);
          g_autofree char *name = g_strdup_printf (_("Value for T%d %d"), t, first + y);

          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 5);
          gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
          if (v != NULL)
            {
              g_autofree char *text = lk_format_number (v->value, 3);

              gtk_editable_set_text (GTK_EDITABLE (entry), text);
            }
          lk_a11y_set_name (entry, name);
          g_signal_connect_swapped (entry, "changed", G_CALLBACK (lk_editor_changed), self);
          gtk_grid_attach (self->values_grid, entry, t, y + 1, 1, 1);
          g_ptr_array_add (self->cells, entry);
        }
    }
}

/* For tests: type a value as a user would */
void
lk_kpi_editor_set_value_text (LkKpiEditor *self,
                              int          year,
                              int          tertial,
                              const char  *text)
{
  int i = (year - self->first_year) * 3 + tertial - 1;

  g_return_if_fail (i >= 0 && (guint) i < self->cells->len);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->cells, i)), text);
}

/**
 * lk_kpi_editor_new:
 * @goal: the goal; the editor works on a copy
 * @index: the KPI's place, or -1 for a new one
 */
GtkWindow *
lk_kpi_editor_new (GtkWindow *parent,
                   LkStore   *store,
                   LkGoal    *goal,
                   int        index)
{
  LkKpiEditor *self;
  guint n;
  int year, tertial;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);
  g_return_val_if_fail (LK_IS_GOAL (goal), NULL);

  self = g_object_new (LK_TYPE_KPI_EDITOR, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  lk_editor_set_store (LK_EDITOR (self), store);
  self->goal = lk_goal_copy (goal);
  n = self->goal->kpis->len;
  lk_today_tertial (&year, &tertial);
  if (index >= 0 && (guint) index < n)
    self->kpi = g_object_ref (g_ptr_array_index (self->goal->kpis, index));
  else
    {
      self->kpi = lk_kpi_new ("");
      self->kpi->baseline_year = year - 1;
      self->kpi->target_year = MAX (year, self->goal->last_year);
      g_ptr_array_add (self->goal->kpis, g_object_ref (self->kpi));
    }

  lk_editor_begin_fill (LK_EDITOR (self));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), self->kpi->name);
  adw_combo_row_set_selected (self->unit_row, self->kpi->unit_kind);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_text_row), self->kpi->unit_text);
  adw_combo_row_set_selected (self->direction_row, self->kpi->direction);
  adw_combo_row_set_selected (self->path_row, self->kpi->path);
  set_number (self->baseline_row, self->kpi->baseline, 3);
  set_number (self->target_row, self->kpi->target, 3);
  set_number (self->band_low_row, self->kpi->band_low, 3);
  set_number (self->band_high_row, self->kpi->band_high, 3);
  set_number (self->yellow_row, self->kpi->yellow, 3);
  set_number (self->red_row, self->kpi->red, 3);
  gtk_spin_button_set_value (self->baseline_year_spin, self->kpi->baseline_year ? self->kpi->baseline_year : year - 1);
  gtk_spin_button_set_value (self->target_year_spin, self->kpi->target_year ? self->kpi->target_year : year);
  gtk_switch_set_active (self->share_switch, self->kpi->share);
  build_grid (self);
  update_visibility (self);
  lk_editor_end_fill (LK_EDITOR (self));

  lk_editor_set_is_new (LK_EDITOR (self), index < 0, _("New KPI"), _("Edit KPI"));
  lk_editor_validate (LK_EDITOR (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return GTK_WINDOW (self);
}

static void
lk_kpi_editor_dispose (GObject *object)
{
  LkKpiEditor *self = LK_KPI_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_KPI_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->kpi);
  g_clear_object (&self->goal);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (lk_kpi_editor_parent_class)->dispose (object);
}

static void
lk_kpi_editor_class_init (LkKpiEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkEditorClass *editor_class = LK_EDITOR_CLASS (klass);

  object_class->dispose = lk_kpi_editor_dispose;
  editor_class->collect = collect;
  editor_class->is_blank = is_blank;
  editor_class->save = save;
  editor_class->delete = delete;
  editor_class->delete_heading = N_("Delete This KPI?");
  editor_class->delete_body = N_("Its values go with it. The goal keeps its other KPIs.");
  editor_class->delete_failed = N_("Could Not Delete the KPI");

  lk_editor_class_set_template (widget_class, "/io/github/lederkompass/Lederkompass/lk-kpi-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, unit_text_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, direction_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, target_group);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, baseline_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, baseline_year_spin);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, target_year_spin);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, path_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, band_group);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, band_low_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, band_high_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, yellow_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, red_row);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, share_switch);
  gtk_widget_class_bind_template_child (widget_class, LkKpiEditor, values_grid);
}

static void
lk_kpi_editor_init (LkKpiEditor *self)
{
  g_autoptr(GtkStringList) units = gtk_string_list_new ((const char *[]) {
    _("Per cent (%)"), _("Count"), _("Kroner"), _("Days"), _("FTE (årsverk)"), _("Other"), NULL });
  g_autoptr(GtkStringList) directions = gtk_string_list_new ((const char *[]) {
    _("Higher"), _("Lower"), _("Within a band"), NULL });
  g_autoptr(GtkStringList) paths = gtk_string_list_new ((const char *[]) {
    _("Evenly, every tertial"), _("A step a year, by T3"), NULL });

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_ptr_array_new ();

  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (units));
  adw_combo_row_set_model (self->direction_row, G_LIST_MODEL (directions));
  adw_combo_row_set_model (self->path_row, G_LIST_MODEL (paths));

  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->name_row, self->unit_text_row, self->baseline_row,
                                              self->target_row, self->band_low_row, self->band_high_row,
                                              self->yellow_row, self->red_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (lk_editor_changed), self);
  for (AdwComboRow **row = (AdwComboRow *[]) { self->unit_row, self->direction_row, self->path_row, NULL };
       *row != NULL; row++)
    {
      g_signal_connect_swapped (*row, "notify::selected", G_CALLBACK (lk_editor_changed), self);
      g_signal_connect_swapped (*row, "notify::selected", G_CALLBACK (update_visibility), self);
    }
  g_signal_connect_swapped (self->baseline_year_spin, "value-changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->target_year_spin, "value-changed", G_CALLBACK (lk_editor_changed), self);
  g_signal_connect_swapped (self->share_switch, "notify::active", G_CALLBACK (lk_editor_changed), self);
}
