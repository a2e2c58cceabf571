/* lk-goal-detail.c
 *
 * A goal's fields are edited where they are shown and saved whole a
 * moment after the last change, when they are valid; what is wrong is
 * said under them until it is put right. KPIs and benefits, which have
 * many fields of their own, open in editors. The derived parts (status,
 * KPIs, tiltak, benefits, links) are filled again whenever the plan is;
 * the fields only when another goal is shown, or this one changed
 * elsewhere while nothing was being typed here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lk-a11y.h"
#include "lk-later.h"
#include "lk-benefit-editor.h"
#include "lk-chart-kpi.h"
#include "lk-chart-view.h"
#include "lk-choice.h"
#include "lk-dialogs.h"
#include "lk-goal-detail.h"
#include "lk-kpi-editor.h"
#include "lk-list.h"
#include "lk-masterplan-ui.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"
#include "lk-page.h"

struct _LkGoalDetail
{
  GtkWidget       parent_instance;

  LkStore        *store;
  LkMasterplan   *mp;
  LkGoal         *goal;           /* the copy being edited */
  char           *shown_updated;  /* the stored time the fields were filled from */
  int             year;
  int             tertial;
  LkLater         autosave;
  gboolean        filling;
  GListStore     *parents;        /* LkChoice: goals one level up */
  GListStore     *units;          /* LkChoice */
  GListStore     *kpis;           /* LkKpi, in kpi_list */
  GListStore     *measures;       /* LkMeasure, in measures_list */
  GListStore     *benefits;       /* LkBenefit, in benefits_list */
  GListStore     *links;          /* LkGoal: those it supports, then its supporters */
  GListStore     *choices;        /* LkGoal, in support_choices */
  GtkCheckButton *smart_checks[LK_SMART_N];

  GtkStack       *stack;
  AdwPreferencesPage *page;
  GtkLabel       *path_label;
  AdwEntryRow    *title_row;
  AdwActionRow   *status_row;
  GtkLabel       *status_badge;
  AdwExpanderRow *manual_row;
  AdwComboRow    *manual_status_row;
  AdwEntryRow    *reason_row;
  GtkListBox     *kpi_list;
  AdwComboRow    *parent_row;
  AdwComboRow    *perspective_row;
  AdwComboRow    *unit_row;
  AdwEntryRow    *owner_row;
  GtkSpinButton  *first_year_spin;
  GtkSpinButton  *last_year_spin;
  GtkSwitch      *archived_switch;
  AdwEntryRow    *now_row;
  AdwEntryRow    *where_row;
  AdwEntryRow    *how_row;
  AdwEntryRow    *description_row;
  AdwPreferencesGroup *smart_group;
  AdwPreferencesGroup *measures_group;
  GtkListBox     *measures_list;
  AdwPreferencesGroup *benefits_group;
  GtkListBox     *benefits_list;
  AdwPreferencesGroup *supports_group;
  GtkMenuButton  *support_button;
  GtkPopover     *support_popover;
  GtkSearchEntry *support_search;
  GtkListBox     *support_choices;
  GtkListBox     *supports_list;
  GtkLabel       *error_label;
  GtkLabel       *saved_label;
  GtkButton      *delete_button;
};

G_DEFINE_FINAL_TYPE (LkGoalDetail, lk_goal_detail, GTK_TYPE_WIDGET)

enum {
  SELECT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


/* --- saving ---------------------------------------------------------------------- */

static gboolean
save_now (LkGoalDetail *self)
{
  g_autoptr(GError) error = NULL;

  lk_later_cancel (&self->autosave);
  if (self->goal == NULL || self->store == NULL)
    return TRUE;
  if (!lk_goal_validate (self->goal, &error) || !lk_store_save_goal (self->store, self->goal, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_label_set_text (self->saved_label, "");
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  g_free (self->shown_updated);
  self->shown_updated = g_strdup (self->goal->updated);
  gtk_label_set_text (self->saved_label, _("Saved"));

  return TRUE;
}

/* What is wrong is said at once; the save waits for a pause in typing */
static void
schedule_save (LkGoalDetail *self)
{
  g_autoptr(GError) error = NULL;

  if (self->filling || self->goal == NULL)
    return;
  lk_later_cancel (&self->autosave);
  gtk_label_set_text (self->saved_label, "");
  if (!lk_goal_validate (self->goal, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  lk_later_restart (&self->autosave);
}

void
lk_goal_detail_flush (LkGoalDetail *self)
{
  g_return_if_fail (LK_IS_GOAL_DETAIL (self));

  if (lk_later_pending (&self->autosave))
    save_now (self);
}

/* --- the fields ------------------------------------------------------------------- */

static void
set_text (char       **field,
          AdwEntryRow *row)
{
  g_free (*field);
  *field = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
on_field_changed (LkGoalDetail *self)
{
  LkGoal *g = self->goal;
  const char *parent;
  guint unit;

  if (self->filling || g == NULL)
    return;

  set_text (&g->title, self->title_row);
  set_text (&g->owner, self->owner_row);
  set_text (&g->now_text, self->now_row);
  set_text (&g->where_text, self->where_row);
  set_text (&g->how_text, self->how_row);
  set_text (&g->description, self->description_row);
  set_text (&g->status_reason, self->reason_row);
  g->perspective = adw_combo_row_get_selected (self->perspective_row);
  unit = adw_combo_row_get_selected (self->unit_row);
  g_free (g->unit_uuid);
  g->unit_uuid = g_strdup (lk_choice_selected_id (G_LIST_MODEL (self->units), unit));
  parent = lk_choice_selected_id (G_LIST_MODEL (self->parents), adw_combo_row_get_selected (self->parent_row));
  if (g->level > 0 && parent != NULL)
    {
      g_free (g->parent_uuid);
      g->parent_uuid = g_strdup (parent);
    }
  g->first_year = gtk_spin_button_get_value_as_int (self->first_year_spin);
  g->last_year = gtk_spin_button_get_value_as_int (self->last_year_spin);
  g->archived = gtk_switch_get_active (self->archived_switch);
  g->manual = adw_expander_row_get_enable_expansion (self->manual_row);
  g->manual_status = adw_combo_row_get_selected (self->manual_status_row) + LK_GOAL_STATUS_GREEN;
  g->smart = 0;
  for (guint i = 0; i < LK_SMART_N; i++)
    if (gtk_check_button_get_active (self->smart_checks[i]))
      g->smart |= 1u << i;

  schedule_save (self);
}

static void
fill_parents (LkGoalDetail *self)
{
  LkGoal *g = self->goal;
  GHashTableIter iter;
  LkGoal *candidate;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  g_list_store_remove_all (self->parents);
  if (g->level == 0)
    {
      lk_choice_append (self->parents, _("The kommuneplan"), NULL);
      return;
    }
  g_hash_table_iter_init (&iter, self->mp->goals);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &candidate))
    if (candidate->level + 1 == g->level &&
        (g_strcmp0 (candidate->uuid, g->parent_uuid) == 0 ||
         (!candidate->archived && lk_goal_in_year (candidate, self->year))))
      g_ptr_array_add (found, candidate);
  g_ptr_array_sort (found, lk_goal_compare_titles);
  for (guint i = 0; i < found->len; i++)
    lk_choice_append (self->parents, ((LkGoal *) found->pdata[i])->title, ((LkGoal *) found->pdata[i])->uuid);
}

static void
fill_units (LkGoalDetail *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->mp->units));

  g_list_store_remove_all (self->units);
  lk_choice_append (self->units, _("No unit"), NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->mp->units), i);

      lk_choice_append (self->units, unit->name, unit->uuid);
    }
}

static void
fill_fields (LkGoalDetail *self)
{
  LkGoal *g = self->goal;

  self->filling = TRUE;
  fill_parents (self);
  fill_units (self);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), g->title);
  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), g->owner);
  gtk_editable_set_text (GTK_EDITABLE (self->now_row), g->now_text);
  gtk_editable_set_text (GTK_EDITABLE (self->where_row), g->where_text);
  gtk_editable_set_text (GTK_EDITABLE (self->how_row), g->how_text);
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), g->description);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), g->status_reason);
  adw_combo_row_set_selected (self->perspective_row, g->perspective);
  adw_combo_row_set_selected (self->unit_row, lk_choice_find (G_LIST_MODEL (self->units), g->unit_uuid));
  adw_combo_row_set_selected (self->parent_row, lk_choice_find (G_LIST_MODEL (self->parents), g->parent_uuid));
  gtk_widget_set_sensitive (GTK_WIDGET (self->parent_row), g->level > 0);
  gtk_spin_button_set_value (self->first_year_spin, g->first_year);
  gtk_spin_button_set_value (self->last_year_spin, g->last_year);
  gtk_switch_set_active (self->archived_switch, g->archived);
  adw_expander_row_set_enable_expansion (self->manual_row, g->manual);
  adw_combo_row_set_selected (self->manual_status_row,
                              g->manual_status >= LK_GOAL_STATUS_GREEN ? g->manual_status - LK_GOAL_STATUS_GREEN : 0);
  for (guint i = 0; i < LK_SMART_N; i++)
    gtk_check_button_set_active (self->smart_checks[i], (g->smart & (1u << i)) != 0);
  /* A priority area is a heading of the kommuneplan, not a goal to measure */
  gtk_widget_set_visible (GTK_WIDGET (self->smart_group), g->level > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->supports_group), g->level > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->measures_group), g->level > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_label_set_text (self->saved_label, "");
  self->filling = FALSE;
}

/* --- the derived parts ------------------------------------------------------------- */

/* The line of sight: each goal above a link to it */
static gboolean
on_path_link (GtkLabel     *label,
              const char   *uri,
              LkGoalDetail *self)
{
  g_signal_emit (self, signals[SELECT], 0, uri);

  return TRUE;
}

static void
fill_path (LkGoalDetail *self,
           LkGoal       *stored)
{
  g_autoptr(GPtrArray) path = stored ? lk_masterplan_path (self->mp, stored) : g_ptr_array_new ();
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i + 1 < path->len; i++)
    {
      LkGoal *g = g_ptr_array_index (path, i);
      g_autofree char *title = g_markup_escape_text (g->title, -1);
      g_autofree char *level = g_markup_escape_text (lk_goal_level_name (g->level), -1);

      g_string_append_printf (markup, "%s<a href=\"%s\" title=\"%s\">%s</a>",
                              i > 0 ? "  ›  " : "", g->uuid, level, title);
    }
  gtk_label_set_markup (self->path_label, markup->str);
  gtk_widget_set_visible (GTK_WIDGET (self->path_label), markup->len > 0);
  g_string_free (markup, TRUE);
}

typedef struct
{
  LkKpi *kpi;
  int    year;
  int    tertial;
} KpiChart;

static void
kpi_chart_free (gpointer data)
{
  KpiChart *chart = data;

  g_object_unref (chart->kpi);
  g_free (chart);
}

static void
kpi_draw (cairo_t            *cr,
          double              width,
          double              height,
          const LkChartStyle *style,
          gpointer            data)
{
  KpiChart *chart = data;

  lk_chart_kpi_draw (cr, width, height, chart->kpi, chart->year, chart->tertial, style);
}

static GtkWidget *
create_kpi_row (gpointer item,
                gpointer data)
{
  LkGoalDetail *self = data;
  LkKpi *kpi = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (kpi->name);
  g_autofree char *summary = lk_kpi_summary (kpi, self->year, self->tertial);
  GtkWidget *sub = gtk_label_new (summary);
  GtkWidget *badge = lk_status_badge_new (lk_kpi_status (kpi, self->year, self->tertial));
  LkChartView *chart = g_object_new (LK_TYPE_CHART_VIEW, NULL);
  g_autofree char *chart_summary = g_strdup_printf ("%s: %s", kpi->name, summary);
  KpiChart *draw = g_new0 (KpiChart, 1);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  for (GtkWidget **l = (GtkWidget *[]) { name, sub, NULL }; *l; l++)
    {
      gtk_label_set_xalign (GTK_LABEL (*l), 0);
      gtk_label_set_wrap (GTK_LABEL (*l), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (*l), PANGO_WRAP_WORD_CHAR);
    }
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), sub);
  gtk_box_append (GTK_BOX (top), badge);
  gtk_box_append (GTK_BOX (top), texts);
  gtk_box_append (GTK_BOX (top), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_box_append (GTK_BOX (box), top);

  draw->kpi = g_object_ref (kpi);
  draw->year = self->year;
  draw->tertial = self->tertial;
  gtk_widget_set_size_request (GTK_WIDGET (chart), -1, 110);
  lk_chart_view_set_title (chart, kpi->name);
  lk_chart_view_set_summary (chart, chart_summary);
  lk_chart_view_set_draw_func (chart, kpi_draw, draw, kpi_chart_free);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (chart));

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  lk_a11y_set_name (row, kpi->name);

  return row;
}

static void
open_kpi (LkGoalDetail *self,
          int           index)
{
  GtkWindow *editor;

  lk_goal_detail_flush (self);
  editor = lk_kpi_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, self->goal, index);
  lk_present (editor, self);
}

static void
on_kpi_activated (GtkListBox    *list,
                  GtkListBoxRow *row,
                  LkGoalDetail  *self)
{
  open_kpi (self, gtk_list_box_row_get_index (row));
}

static void
fill_kpis (LkGoalDetail *self)
{
  lk_list_store_replace (self->kpis, self->goal->kpis);
  gtk_widget_set_visible (GTK_WIDGET (self->kpi_list), self->goal->kpis->len > 0);
}

static void
fill_status (LkGoalDetail *self,
             LkGoal       *stored)
{
  LkGoalStatus status = stored ? stored->status : LK_GOAL_STATUS_NO_DATA;
  g_autofree char *title = g_strdup_printf (_("As of T%d %d"), self->tertial, self->year);
  g_autofree char *why = stored ? lk_goal_status_explain (stored) : g_strdup ("");

  lk_status_badge_set (self->status_badge, status);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, why);
}

static GtkWidget *
plain_row_new (const char *title,
               const char *subtitle,
               gboolean    activatable)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle ? subtitle : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), activatable);
  if (activatable)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  return row;
}

static GtkWidget *
create_measure_row (gpointer item,
                    gpointer data)
{
  g_autofree char *sub = lk_measure_line (item);

  return plain_row_new (lk_measure_get_title (item), sub, TRUE);
}

static void
fill_measures (LkGoalDetail *self)
{
  LkMeasureFilter filter;
  g_autoptr(GListStore) measures = NULL;
  g_autoptr(GPtrArray) items = NULL;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_GOAL;
  filter.source_uuid = self->goal->uuid;
  measures = lk_store_list_measures (self->store, &filter, NULL);
  items = measures ? lk_list_model_items (G_LIST_MODEL (measures)) : g_ptr_array_new ();
  lk_list_store_replace (self->measures, items);
  gtk_widget_set_visible (GTK_WIDGET (self->measures_list), items->len > 0);
}

static void
on_measure_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      LkGoalDetail  *self)
{
  g_autoptr(LkMeasure) m = lk_list_row_item (G_LIST_MODEL (self->measures), row);

  if (m != NULL)
    lk_present (lk_measure_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, m), self);
}

static GtkWidget *
create_benefit_row (gpointer item,
                    gpointer data)
{
  LkBenefit *b = item;
  g_autofree char *sub = lk_benefit_describe (b);

  /* A tiltak's benefit is edited with the tiltak's own */
  return plain_row_new (lk_benefit_kind_label (b->kind), sub, b->goal_uuid != NULL);
}

static void
fill_benefits (LkGoalDetail *self,
               LkGoal       *stored)
{
  g_autofree char *totals = NULL;

  lk_list_store_replace (self->benefits, stored ? stored->benefits : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->benefits_list), stored && stored->benefits->len > 0);
  totals = stored ? lk_benefit_totals_describe (&stored->totals) : NULL;
  adw_preferences_group_set_description (self->benefits_group,
                                         totals ? totals
                                                : _("What the work gave: time saved, costs avoided, better quality."));
}

static void
on_benefit_activated (GtkListBox    *list,
                      GtkListBoxRow *row,
                      LkGoalDetail  *self)
{
  g_autoptr(LkBenefit) b = lk_list_row_item (G_LIST_MODEL (self->benefits), row);

  if (b != NULL && b->goal_uuid != NULL)
    lk_present (lk_benefit_editor_new (lk_parent_window (GTK_WIDGET (self)), self->store, b, NULL), self);
}

static gboolean
supports (LkGoal     *goal,
          const char *uuid)
{
  for (guint i = 0; i < goal->supports->len; i++)
    if (g_str_equal (g_ptr_array_index (goal->supports, i), uuid))
      return TRUE;

  return FALSE;
}

static void
on_remove_support (GtkButton    *button,
                   LkGoalDetail *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  g_autoptr(LkGoal) target = row ? lk_list_row_item (G_LIST_MODEL (self->links), GTK_LIST_BOX_ROW (row)) : NULL;

  if (target == NULL)
    return;
  for (guint i = 0; i < self->goal->supports->len; i++)
    if (g_str_equal (g_ptr_array_index (self->goal->supports, i), target->uuid))
      {
        g_ptr_array_remove_index (self->goal->supports, i);
        break;
      }
  save_now (self);
}

/* A goal it supports can be let go; one that supports it is shown */
static GtkWidget *
create_link_row (gpointer item,
                 gpointer data)
{
  LkGoalDetail *self = data;
  LkGoal *goal = item;
  GtkWidget *row;

  if (supports (self->goal, goal->uuid))
    {
      g_autofree char *path = lk_goal_path_text (self->mp, goal);
      GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

      row = plain_row_new (goal->title, path, TRUE);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("No Longer Contributes"));
      lk_a11y_set_name (remove, _("No Longer Contributes"));
      g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_support), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), remove);
    }
  else
    {
      g_autofree char *sub = g_strdup_printf (_("Contributes to this goal · %s"), lk_goal_level_name (goal->level));

      row = plain_row_new (goal->title, sub, TRUE);
    }

  return row;
}

static void
on_link_activated (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkGoalDetail  *self)
{
  g_autoptr(LkGoal) goal = lk_list_row_item (G_LIST_MODEL (self->links), row);

  if (goal != NULL)
    g_signal_emit (self, signals[SELECT], 0, goal->uuid);
}

static void
fill_supports (LkGoalDetail *self,
               LkGoal       *stored)
{
  g_autoptr(GPtrArray) links = stored ? lk_masterplan_supporters (self->mp, stored) : g_ptr_array_new ();

  for (guint i = self->goal->supports->len; i > 0; i--)
    {
      LkGoal *target = lk_masterplan_find (self->mp, g_ptr_array_index (self->goal->supports, i - 1));

      if (target != NULL)
        g_ptr_array_insert (links, 0, target);
    }
  lk_list_store_replace (self->links, links);
  gtk_widget_set_visible (GTK_WIDGET (self->supports_list), links->len > 0);
}

static GtkWidget *
create_choice_row (gpointer item,
                   gpointer data)
{
  LkGoalDetail *self = data;
  g_autofree char *path = lk_goal_path_text (self->mp, item);

  return plain_row_new (((LkGoal *) item)->title, path, TRUE);
}

static void
fill_support_choices (LkGoalDetail *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->support_search));
  g_autofree char *needle = g_utf8_casefold (text, -1);
  LkGoal *stored;
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GHashTableIter iter;
  LkGoal *g;

  if (self->goal == NULL || self->mp == NULL)
    return;
  stored = lk_masterplan_find (self->mp, self->goal->uuid);
  g_hash_table_iter_init (&iter, self->mp->goals);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &g))
    {
      g_autofree char *hay = NULL;

      if (g->level == 0 || g->archived || !lk_goal_in_year (g, self->year) ||
          g_str_equal (g->uuid, self->goal->uuid) || supports (self->goal, g->uuid))
        continue;
      /* Its own line already serves those above it; those below serve it */
      if (stored && (lk_masterplan_is_ancestor (g, stored) || lk_masterplan_is_ancestor (stored, g)))
        continue;
      hay = g_utf8_casefold (g->title, -1);
      if (*needle == '\0' || strstr (hay, needle) != NULL)
        g_ptr_array_add (found, g);
    }
  g_ptr_array_sort (found, lk_goal_compare_titles);
  if (found->len > 200)
    g_ptr_array_set_size (found, 200);
  lk_list_store_replace (self->choices, found);
}

static void
on_support_chosen (GtkListBox    *list,
                   GtkListBoxRow *row,
                   LkGoalDetail  *self)
{
  g_autoptr(LkGoal) goal = lk_list_row_item (G_LIST_MODEL (self->choices), row);

  if (goal == NULL)
    return;
  g_ptr_array_add (self->goal->supports, g_strdup (goal->uuid));
  gtk_popover_popdown (self->support_popover);
  if (!save_now (self))
    g_ptr_array_remove_index (self->goal->supports, self->goal->supports->len - 1);
}

static void
fill_derived (LkGoalDetail *self)
{
  LkGoal *stored = lk_masterplan_find (self->mp, self->goal->uuid);

  fill_path (self, stored);
  fill_status (self, stored);
  fill_kpis (self);
  fill_measures (self);
  fill_benefits (self, stored);
  fill_supports (self, stored);
}

/* --- showing a goal ------------------------------------------------------------------ */

void
lk_goal_detail_set_plan (LkGoalDetail *self,
                         LkStore      *store,
                         LkMasterplan *mp,
                         int           year,
                         int           tertial)
{
  g_return_if_fail (LK_IS_GOAL_DETAIL (self));

  g_set_object (&self->store, store);
  g_set_object (&self->mp, mp);
  self->year = year;
  self->tertial = tertial;
}

/**
 * lk_goal_detail_show:
 * @uuid: (nullable): the goal, or %NULL for none
 *
 * Shows a goal of the plan last set. The same goal again refills only
 * what is derived, unless it changed elsewhere while nothing was typed.
 */
void
lk_goal_detail_show (LkGoalDetail *self,
                     const char   *uuid)
{
  LkGoal *stored;
  gboolean same;

  g_return_if_fail (LK_IS_GOAL_DETAIL (self));

  stored = self->mp ? lk_masterplan_find (self->mp, uuid) : NULL;
  same = self->goal != NULL && stored != NULL && g_str_equal (self->goal->uuid, stored->uuid);
  if (!same)
    lk_goal_detail_flush (self);
  if (stored == NULL)
    {
      g_clear_object (&self->goal);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  if (!same || (!lk_later_pending (&self->autosave) && g_strcmp0 (self->shown_updated, stored->updated) != 0))
    {
      g_clear_object (&self->goal);
      self->goal = lk_goal_copy (stored);
      g_free (self->shown_updated);
      self->shown_updated = g_strdup (stored->updated);
      fill_fields (self);
    }
  else
    {
      /* KPIs are edited elsewhere: the copy takes them from the store */
      g_ptr_array_set_size (self->goal->kpis, 0);
      for (guint i = 0; i < stored->kpis->len; i++)
        {
          g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (stored->kpis, i));
          g_autoptr(LkKpi) copy = lk_kpi_copy (kpi);

          g_ptr_array_add (self->goal->kpis, g_object_ref (copy));
        }
    }
  fill_derived (self);
  gtk_stack_set_visible_child_name (self->stack, "goal");
}

const char *
lk_goal_detail_get_uuid (LkGoalDetail *self)
{
  g_return_val_if_fail (LK_IS_GOAL_DETAIL (self), NULL);

  return self->goal ? self->goal->uuid : NULL;
}

void
lk_goal_detail_focus_title (LkGoalDetail *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

/* --- actions ----------------------------------------------------------------------- */

static void
add_kpi_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  open_kpi (LK_GOAL_DETAIL (widget), -1);
}

static void
new_measure_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkGoalDetail *self = LK_GOAL_DETAIL (widget);

  if (self->goal == NULL)
    return;
  lk_goal_detail_flush (self);
  lk_present (lk_measure_editor_new_for_source (lk_parent_window (widget), self->store, LK_SOURCE_GOAL,
                                                self->goal->uuid, self->goal->title),
              self);
}

static void
add_benefit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  LkGoalDetail *self = LK_GOAL_DETAIL (widget);

  if (self->goal == NULL)
    return;
  lk_goal_detail_flush (self);
  lk_present (lk_benefit_editor_new (lk_parent_window (widget), self->store, NULL, self->goal->uuid), self);
}

static void
do_delete (LkGoalDetail *self)
{
  LkGoal *stored = lk_masterplan_find (self->mp, self->goal->uuid);
  g_autoptr(LkGoalSubtree) subtree = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (stored == NULL)
    return;
  lk_later_cancel (&self->autosave);
  subtree = lk_goal_subtree_new (self->mp, stored);
  if (!lk_store_delete_goal (self->store, stored->uuid, &error))
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Delete the Goal"), error);
      return;
    }
  title = g_strdup_printf (_("“%s” deleted"), subtree->goals->len > 0
                           ? ((LkGoal *) subtree->goals->pdata[0])->title : "");
  lk_toast_emit (self, lk_undo_toast_new (title, self->store, subtree,
                                          (LkStorePutFunc) lk_store_restore_goals));
}

static void
on_delete_response (AdwMessageDialog *dialog,
                    const char       *response,
                    LkGoalDetail     *self)
{
  if (g_strcmp0 (response, "delete") == 0)
    do_delete (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkGoalDetail *self = LK_GOAL_DETAIL (widget);
  LkGoal *stored;
  g_autoptr(GPtrArray) below = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (self->goal == NULL || (stored = lk_masterplan_find (self->mp, self->goal->uuid)) == NULL)
    return;
  below = lk_masterplan_subtree (self->mp, stored);
  if (below->len <= 1)
    {
      do_delete (self);
      return;
    }
  heading = g_strdup_printf (_("Delete “%s”?"), stored->title);
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The goal below it goes too, with its KPIs and benefits. "
                                       "Its tiltak stay in Tiltak. To keep its history, archive it instead.",
                                       "The %u goals below it go too, with their KPIs and benefits. "
                                       "Their tiltak stay in Tiltak. To keep their history, archive it instead.",
                                       below->len - 1),
                          below->len - 1);
  lk_confirm_delete (lk_parent_window (widget), heading, body, G_CALLBACK (on_delete_response), self);
}

/* --- object ------------------------------------------------------------------------ */

static void
lk_goal_detail_dispose (GObject *object)
{
  LkGoalDetail *self = LK_GOAL_DETAIL (object);

  lk_goal_detail_flush (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_GOAL_DETAIL);
  g_clear_object (&self->goal);
  g_clear_object (&self->mp);
  g_clear_object (&self->store);
  g_clear_object (&self->parents);
  g_clear_object (&self->units);
  g_clear_object (&self->kpis);
  g_clear_object (&self->measures);
  g_clear_object (&self->benefits);
  g_clear_object (&self->links);
  g_clear_object (&self->choices);
  g_clear_pointer (&self->shown_updated, g_free);

  G_OBJECT_CLASS (lk_goal_detail_parent_class)->dispose (object);
}

static void
lk_goal_detail_class_init (LkGoalDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lk_goal_detail_dispose;

  lk_toast_signal_new (LK_TYPE_GOAL_DETAIL);
  /* Another goal to show: the path, a link */
  signals[SELECT] = g_signal_new ("select", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                  NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LK_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-goal-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, page);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, path_label);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, title_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, status_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, status_badge);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, manual_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, manual_status_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, reason_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, parent_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, perspective_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, owner_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, first_year_spin);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, last_year_spin);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, archived_switch);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, now_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, where_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, how_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, description_row);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, smart_group);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, measures_group);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, measures_list);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, benefits_group);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, benefits_list);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, supports_group);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, support_button);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, support_popover);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, support_search);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, support_choices);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, supports_list);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, error_label);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, saved_label);
  gtk_widget_class_bind_template_child (widget_class, LkGoalDetail, delete_button);

  gtk_widget_class_install_action (widget_class, "goal.add-kpi", NULL, add_kpi_action);
  gtk_widget_class_install_action (widget_class, "goal.new-measure", NULL, new_measure_action);
  gtk_widget_class_install_action (widget_class, "goal.add-benefit", NULL, add_benefit_action);
  gtk_widget_class_install_action (widget_class, "goal.delete", NULL, delete_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lk_goal_detail_init (LkGoalDetail *self)
{
  g_autoptr(GtkStringList) perspectives = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  lk_later_init (&self->autosave, 600, (LkLaterFunc) save_now, self);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parents = g_list_store_new (LK_TYPE_CHOICE);
  self->units = g_list_store_new (LK_TYPE_CHOICE);
  adw_combo_row_set_expression (self->parent_row, lk_choice_expression ());
  adw_combo_row_set_model (self->parent_row, G_LIST_MODEL (self->parents));
  adw_combo_row_set_expression (self->unit_row, lk_choice_expression ());
  adw_combo_row_set_model (self->unit_row, G_LIST_MODEL (self->units));
  for (guint i = 0; i < LK_PERSPECTIVE_N; i++)
    gtk_string_list_append (perspectives, lk_perspective_name (i));
  adw_combo_row_set_model (self->perspective_row, G_LIST_MODEL (perspectives));
  for (LkGoalStatus s = LK_GOAL_STATUS_GREEN; s <= LK_GOAL_STATUS_RED; s++)
    gtk_string_list_append (statuses, lk_goal_status_name (s));
  adw_combo_row_set_model (self->manual_status_row, G_LIST_MODEL (statuses));

  for (guint i = 0; i < LK_SMART_N; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lk_smart_name (i));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), lk_smart_hint (i));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      lk_a11y_set_name (check, lk_smart_name (i));
      self->smart_checks[i] = GTK_CHECK_BUTTON (check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_field_changed), self);
      adw_preferences_group_add (self->smart_group, row);
    }

  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->title_row, self->owner_row, self->now_row, self->where_row,
                                              self->how_row, self->description_row, self->reason_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (on_field_changed), self);
  for (AdwComboRow **row = (AdwComboRow *[]) { self->parent_row, self->perspective_row, self->unit_row,
                                              self->manual_status_row, NULL };
       *row != NULL; row++)
    g_signal_connect_swapped (*row, "notify::selected", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->first_year_spin, "value-changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->last_year_spin, "value-changed", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->archived_switch, "notify::active", G_CALLBACK (on_field_changed), self);
  g_signal_connect_swapped (self->manual_row, "notify::enable-expansion", G_CALLBACK (on_field_changed), self);

  self->kpis = g_list_store_new (LK_TYPE_KPI);
  self->measures = g_list_store_new (LK_TYPE_MEASURE);
  self->benefits = g_list_store_new (LK_TYPE_BENEFIT);
  self->links = g_list_store_new (LK_TYPE_GOAL);
  self->choices = g_list_store_new (LK_TYPE_GOAL);
  g_signal_connect (self->path_label, "activate-link", G_CALLBACK (on_path_link), self);
  gtk_list_box_bind_model (self->kpi_list, G_LIST_MODEL (self->kpis), create_kpi_row, self, NULL);
  gtk_list_box_bind_model (self->measures_list, G_LIST_MODEL (self->measures), create_measure_row, self, NULL);
  gtk_list_box_bind_model (self->benefits_list, G_LIST_MODEL (self->benefits), create_benefit_row, self, NULL);
  gtk_list_box_bind_model (self->supports_list, G_LIST_MODEL (self->links), create_link_row, self, NULL);
  gtk_list_box_bind_model (self->support_choices, G_LIST_MODEL (self->choices), create_choice_row, self, NULL);
  g_signal_connect (self->kpi_list, "row-activated", G_CALLBACK (on_kpi_activated), self);
  g_signal_connect (self->measures_list, "row-activated", G_CALLBACK (on_measure_activated), self);
  g_signal_connect (self->benefits_list, "row-activated", G_CALLBACK (on_benefit_activated), self);
  g_signal_connect (self->supports_list, "row-activated", G_CALLBACK (on_link_activated), self);
  g_signal_connect (self->support_choices, "row-activated", G_CALLBACK (on_support_chosen), self);
  g_signal_connect_swapped (self->support_search, "search-changed", G_CALLBACK (fill_support_choices), self);
  g_signal_connect_swapped (self->support_popover, "show", G_CALLBACK (fill_support_choices), self);
}
