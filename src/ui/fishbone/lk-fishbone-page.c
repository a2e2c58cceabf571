/* lk-fishbone-page.c
 *
 * The list of analyses and one analysis: its head and details, the
 * outline, and the diagram drawn again as the outline changes. What is
 * typed is saved a moment later, as a whole; a line still empty is left
 * out of what is saved, so writing one never fails a save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "lk-a11y.h"
#include "lk-later.h"
#include "lk-chart-fishbone.h"
#include "lk-chart-view.h"
#include "lk-date.h"
#include "lk-dialogs.h"
#include "lk-fishbone-export.h"
#include "lk-fishbone-outline.h"
#include "lk-fishbone-page.h"
#include "lk-jeg-plan.h"
#include "lk-risk.h"
#include "lk-list.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"

struct _LkFishbonePage
{
  LkPage              parent_instance;

  LkStore            *store;
  GListStore         *analyses;      /* LkFishbone headers, in analyses_list */
  LkFishbone         *current;       /* the one open, being edited */
  GHashTable         *measures;      /* cause uuid → tiltak count */
  GHashTable         *titles;        /* cause uuid → its tiltak's titles */
  LkFishboneLayout    layout;        /* the diagram's, for hit-testing */
  LkLater             autosave;
  gboolean            filling;
  char               *paper;         /* "a4" or "a3": files and print, landscape */

  GtkStack           *stack;
  GtkListBox         *analyses_list;
  GtkWidget          *back_button;
  GtkLabel           *title_label;
  GtkLabel           *saved_label;
  GtkPaned           *body;
  GtkScrolledWindow  *diagram_scroller;
  AdwEntryRow        *problem_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *unit_row;
  AdwEntryRow        *participants_row;
  AdwComboRow        *origin_row;
  GListStore         *origins;       /* LkOrigin, in origin_row */
  LkFishboneOutline  *outline;
  LkChartView        *diagram;
};

G_DEFINE_FINAL_TYPE (LkFishbonePage, lk_fishbone_page, LK_TYPE_PAGE)

/* --- where an analysis comes from: a risk or a development goal ---------------- */

#define LK_TYPE_ORIGIN (lk_origin_get_type ())
G_DECLARE_FINAL_TYPE (LkOrigin, lk_origin, LK, ORIGIN, GObject)

struct _LkOrigin
{
  GObject       parent_instance;

  LkSourceKind  kind;
  char         *uuid;
  char         *label;
};

G_DEFINE_FINAL_TYPE (LkOrigin, lk_origin, G_TYPE_OBJECT)

static void
lk_origin_finalize (GObject *object)
{
  LkOrigin *self = LK_ORIGIN (object);

  g_free (self->uuid);
  g_free (self->label);
  G_OBJECT_CLASS (lk_origin_parent_class)->finalize (object);
}

static void
lk_origin_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  g_value_set_string (value, LK_ORIGIN (object)->label);
}

static void
lk_origin_class_init (LkOriginClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_origin_finalize;
  object_class->get_property = lk_origin_get_property;
  /* What the combo row shows */
  g_object_class_install_property (object_class, 1,
                                   g_param_spec_string ("label", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
}

static void
lk_origin_init (LkOrigin *self)
{
}

static void
add_origin (GListStore   *origins,
            LkSourceKind  kind,
            const char   *uuid,
            const char   *label)
{
  g_autoptr(LkOrigin) origin = g_object_new (LK_TYPE_ORIGIN, NULL);

  origin->kind = kind;
  origin->uuid = g_strdup (uuid);
  origin->label = kind == LK_SOURCE_NONE ? g_strdup (label)
                : g_strdup_printf ("%s: %s", lk_source_kind_to_label (kind), label);
  g_list_store_append (origins, origin);
}

enum {
  PROP_0,
  PROP_HEAD_LEFT,
  PROP_DONE,
  PROP_PAPER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_diagram (LkFishbonePage *self);

/* --- saving ------------------------------------------------------------------------ */

/* A line still empty is not saved: a leaf is left out, a line with
 * causes under it keeps them under an ellipsis */
static void
prune_blank (GListStore *nodes)
{
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (nodes)); i > 0; i--)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i - 1);

      prune_blank (node->children);
      if (lk_text_is_blank (node->text))
        {
          if (g_list_model_get_n_items (G_LIST_MODEL (node->children)) == 0)
            g_list_store_remove (nodes, i - 1);
          else
            {
              g_free (node->text);
              node->text = g_strdup ("…");
            }
        }
    }
}

/**
 * lk_fishbone_page_save_now:
 *
 * Returns: whether the analysis open is saved as it is now
 */
gboolean
lk_fishbone_page_save_now (LkFishbonePage *self)
{
  g_autoptr(LkFishbone) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LK_IS_FISHBONE_PAGE (self), FALSE);

  lk_later_cancel (&self->autosave);
  if (self->current == NULL)
    return TRUE;

  copy = lk_fishbone_copy (self->current);
  prune_blank (copy->categories);
  if (!lk_store_save_fishbone (self->store, copy, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);

      gtk_label_set_text (self->saved_label, message);
      return FALSE;
    }
  self->current->id = copy->id;
  g_free (self->current->created);
  self->current->created = g_strdup (copy->created);
  g_free (self->current->updated);
  self->current->updated = g_strdup (copy->updated);
  gtk_label_set_text (self->saved_label, _("Saved"));

  return TRUE;
}

static void
schedule_save (LkFishbonePage *self)
{
  if (self->filling || self->current == NULL)
    return;
  gtk_label_set_text (self->saved_label, "");
  lk_later_restart (&self->autosave);
}

/* --- the diagram ------------------------------------------------------------------- */

/* On screen the view draws it at its natural size, zoomed or fitted;
 * files and paper get it fitted to the page */
static void
draw_diagram (cairo_t            *cr,
              double              width,
              double              height,
              const LkChartStyle *style,
              gpointer            data)
{
  LkFishbonePage *self = data;

  if (self->current != NULL)
    lk_chart_fishbone_draw (cr, width, height, self->current, style);
}

/* Laid out again at its natural size; the canvas scrolls */
static void
update_diagram (LkFishbonePage *self)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  LkChartStyle style;
  g_autofree char *summary = NULL;

  lk_chart_fishbone_layout_clear (&self->layout);
  if (self->current == NULL)
    return;

  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  lk_chart_style_init (&style, FALSE);
  lk_chart_fishbone_layout (cr, &style, self->current, &self->layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  lk_chart_view_set_natural_size (self->diagram, self->layout.width, self->layout.height);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Fishbone diagram of “%s” with %u cause",
                                          "Fishbone diagram of “%s” with %u causes",
                                          lk_fishbone_count_causes (self->current)),
                             self->current->problem, lk_fishbone_count_causes (self->current));
  lk_chart_view_set_summary (self->diagram, summary);
  gtk_widget_queue_draw (GTK_WIDGET (self->diagram));
}

/* A click on a cause in the diagram goes to its line in the outline */
static void
on_diagram_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    LkFishbonePage  *self)
{
  double nx, ny;
  LkCause *node;

  lk_chart_view_to_natural (self->diagram, x, y, &nx, &ny);
  node = lk_chart_fishbone_hit (&self->layout, nx, ny);
  if (node != NULL)
    lk_fishbone_outline_focus (self->outline, node);
}

/* A diagram wider than its place opens at its head, which says what it
 * is about */
static gboolean
show_head (gpointer data)
{
  LkFishbonePage *self = data;
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (self->diagram_scroller);

  if (self->current != NULL)
    gtk_adjustment_set_value (h, self->current->head_left ? 0
                                 : gtk_adjustment_get_upper (h) - gtk_adjustment_get_page_size (h));

  return G_SOURCE_REMOVE;
}

/* --- the analysis ------------------------------------------------------------------ */

static void
update_title (LkFishbonePage *self)
{
  gtk_label_set_text (self->title_label, self->current && *self->current->problem
                                         ? self->current->problem : _("New Analysis"));
}

/* The risks of every assessment and this year's development goals, and
 * the one the analysis comes from chosen */
static void
fill_origins (LkFishbonePage *self)
{
  g_autoptr(GPtrArray) assessments = lk_store_list_risk_assessments (self->store, NULL);
  g_autofree char *today = lk_date_today ();
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (self->store, atoi (today), FALSE, NULL);
  guint chosen = 0;

  g_list_store_remove_all (self->origins);
  add_origin (self->origins, LK_SOURCE_NONE, NULL, _("Nothing in particular"));
  for (guint a = 0; assessments != NULL && a < assessments->len; a++)
    {
      LkRiskAssessment *assessment = g_ptr_array_index (assessments, a);

      for (guint r = 0; r < assessment->risks->len; r++)
        {
          LkRisk *risk = g_ptr_array_index (assessment->risks, r);

          add_origin (self->origins, LK_SOURCE_RISK, risk->uuid, risk->hazard);
        }
    }
  for (guint i = 0; goals != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(LkDevGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);

      add_origin (self->origins, LK_SOURCE_DEV_GOAL, lk_dev_goal_get_uuid (goal), lk_dev_goal_get_title (goal));
    }
  for (guint i = 1; self->current && i < g_list_model_get_n_items (G_LIST_MODEL (self->origins)); i++)
    {
      g_autoptr(LkOrigin) origin = g_list_model_get_item (G_LIST_MODEL (self->origins), i);

      if (origin->kind == self->current->source_kind &&
          g_strcmp0 (origin->uuid, self->current->source_uuid) == 0)
        chosen = i;
    }
  adw_combo_row_set_selected (self->origin_row, chosen);
}

static void
on_origin_selected (LkFishbonePage *self)
{
  g_autoptr(LkOrigin) origin = NULL;

  if (self->filling || self->current == NULL)
    return;
  origin = g_list_model_get_item (G_LIST_MODEL (self->origins), adw_combo_row_get_selected (self->origin_row));
  if (origin == NULL)
    return;
  self->current->source_kind = origin->kind;
  g_free (self->current->source_uuid);
  self->current->source_uuid = g_strdup (origin->uuid);
  schedule_save (self);
}

static void
show_analysis (LkFishbonePage *self,
               LkFishbone     *fb)
{
  g_autofree char *date = NULL;

  lk_fishbone_page_save_now (self);
  g_set_object (&self->current, fb);

  self->filling = TRUE;
  date = lk_date_format_input (fb->date);
  gtk_editable_set_text (GTK_EDITABLE (self->problem_row), fb->problem);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date ? date : "");
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), fb->unit ? fb->unit : "");
  gtk_editable_set_text (GTK_EDITABLE (self->participants_row), fb->participants ? fb->participants : "");
  lk_fishbone_outline_set_counts (self->outline, self->measures);
  lk_fishbone_outline_set_fishbone (self->outline, fb);
  fill_origins (self);
  self->filling = FALSE;

  gtk_label_set_text (self->saved_label, fb->id > 0 ? _("Saved") : "");
  update_title (self);
  update_diagram (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEAD_LEFT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  g_timeout_add_full (G_PRIORITY_DEFAULT, 100, show_head, g_object_ref (self), g_object_unref);
}

/* Returns: (transfer none) (nullable): the analysis open */
LkFishbone *
lk_fishbone_page_get_analysis (LkFishbonePage *self)
{
  g_return_val_if_fail (LK_IS_FISHBONE_PAGE (self), NULL);

  return self->current;
}

static void
on_field_changed (LkFishbonePage *self)
{
  g_autofree char *date = NULL;

  if (self->filling || self->current == NULL)
    return;

  g_free (self->current->problem);
  self->current->problem = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->problem_row)));
  g_free (self->current->unit);
  self->current->unit = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_row)));
  g_free (self->current->participants);
  self->current->participants = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->participants_row)));
  if ((date = lk_date_parse_user (gtk_editable_get_text (GTK_EDITABLE (self->date_row)))))
    {
      g_free (self->current->date);
      self->current->date = g_steal_pointer (&date);
      gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");

  update_title (self);
  update_diagram (self);
  schedule_save (self);
}

static void
on_outline_changed (LkFishboneOutline *outline,
                    gboolean           structure,
                    LkFishbonePage    *self)
{
  update_diagram (self);
  schedule_save (self);
}

typedef struct
{
  LkFishbonePage *self;
  LkFishbone     *fb;
  LkCause        *node;
  LkCause        *parent;
  guint           position;
} Removed;

static void
removed_free (gpointer data)
{
  Removed *removed = data;

  g_clear_object (&removed->fb);
  g_clear_object (&removed->node);
  g_clear_object (&removed->parent);
  g_free (removed);
}

static void
on_undo_remove (AdwToast *toast,
                Removed  *removed)
{
  LkFishbonePage *self = removed->self;

  /* Only into the analysis it came from, if it is still open */
  if (self->current != removed->fb)
    return;
  lk_fishbone_insert (self->current, removed->parent, removed->position, removed->node);
  lk_fishbone_outline_rebuild (self->outline, removed->node);
  update_diagram (self);
  schedule_save (self);
}

static void
on_outline_removed (LkFishboneOutline *outline,
                    LkCause           *node,
                    LkCause           *parent,
                    guint              position,
                    LkFishbonePage    *self)
{
  Removed *removed = g_new0 (Removed, 1);
  g_autofree char *title = g_strdup_printf (_("“%s” removed"), *node->text ? node->text : _("Empty line"));
  AdwToast *toast = adw_toast_new (title);

  removed->self = self;
  removed->fb = g_object_ref (self->current);
  removed->node = g_object_ref (node);
  removed->parent = parent ? g_object_ref (parent) : NULL;
  removed->position = position;
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_remove), removed,
                         (GClosureNotify)(void (*)(void))removed_free, 0);
  lk_page_toast (LK_PAGE (self), toast);
}

static void
on_make_measure (LkFishboneOutline *outline,
                 LkCause           *node,
                 LkFishbonePage    *self)
{
  g_autofree char *label = g_strdup_printf (_("Fishbone: %s"), node->text);

  /* The tiltak links to the cause by its uuid: the cause is saved first */
  if (!lk_fishbone_page_save_now (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  lk_present (lk_measure_editor_new_for_source (lk_parent_window (GTK_WIDGET (self)), self->store,
                                                LK_SOURCE_CAUSE, node->uuid, label),
              self);
}

/* --- the list ---------------------------------------------------------------------- */

static GtkWidget *
create_analysis_row (gpointer item,
                     gpointer user_data)
{
  LkFishbone *fb = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *date = lk_date_format (fb->date);
  g_autofree char *causes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u cause", "%u causes",
                                                          fb->n_causes), fb->n_causes);
  g_autofree char *subtitle = NULL;

  subtitle = g_strjoin (" · ", date, causes,
                        fb->unit && *fb->unit ? fb->unit : _("no unit given"),
                        fb->status == LK_FISHBONE_DONE ? _("done") : _("open"), NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fb->problem);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static gboolean
open_analysis (LkFishbonePage *self,
               const char     *uuid)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkFishbone) fb = lk_store_get_fishbone (self->store, uuid, &error);

  if (fb == NULL)
    {
      lk_show_error (GTK_WIDGET (self), _("Could Not Open the Analysis"), error);
      return FALSE;
    }
  show_analysis (self, fb);

  return TRUE;
}

static void
on_analysis_activated (GtkListBox     *list,
                       GtkListBoxRow  *row,
                       LkFishbonePage *self)
{
  g_autoptr(LkFishbone) fb = lk_list_row_item (G_LIST_MODEL (self->analyses), row);

  if (fb != NULL)
    open_analysis (self, fb->uuid);
}

static void
refresh (LkFishbonePage *self)
{
  g_autoptr(GListStore) all = lk_store_list_fishbones (self->store, NULL);
  g_autoptr(GListStore) measures = NULL;
  LkMeasureFilter filter;

  if (all != NULL)
    {
      g_autoptr(GPtrArray) items = lk_list_model_items (G_LIST_MODEL (all));

      lk_list_store_replace (self->analyses, items);
    }

  /* The tiltak made from causes, by cause */
  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_CAUSE;
  measures = lk_store_list_measures (self->store, &filter, NULL);
  g_hash_table_remove_all (self->measures);
  g_hash_table_remove_all (self->titles);
  for (guint i = 0; measures != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (measures)); i++)
    {
      g_autoptr(LkMeasure) m = g_list_model_get_item (G_LIST_MODEL (measures), i);
      const char *uuid = lk_measure_get_source_uuid (m);
      const char *before;

      if (uuid == NULL)
        continue;
      /* Counted in the low half, done in the high half */
      g_hash_table_insert (self->measures, g_strdup (uuid),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->measures, uuid)) + 1 +
                                             (lk_measure_get_status (m) == LK_MEASURE_STATUS_DONE ? 1u << 16 : 0)));
      before = g_hash_table_lookup (self->titles, uuid);
      g_hash_table_insert (self->titles, g_strdup (uuid),
                           before ? g_strdup_printf ("%s, %s", before, lk_measure_get_title (m))
                                  : g_strdup (lk_measure_get_title (m)));
    }
  if (self->current != NULL)
    {
      LkCause *node = lk_fishbone_outline_get_focus (self->outline);

      lk_fishbone_outline_set_counts (self->outline, self->measures);
      lk_fishbone_outline_rebuild (self->outline, node);
    }
}

/* --- actions ----------------------------------------------------------------------- */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (widget);
  const char *which = g_variant_get_string (param, NULL);
  LkCategoryPreset preset = g_str_equal (which, "6m") ? LK_CATEGORIES_6M
                          : g_str_equal (which, "service") ? LK_CATEGORIES_SERVICE
                          : g_str_equal (which, "lean") ? LK_CATEGORIES_LEAN : LK_CATEGORIES_NONE;
  g_autofree char *today = lk_date_today ();
  g_autoptr(LkFishbone) fb = lk_fishbone_new (NULL, today, preset);

  if (preset == LK_CATEGORIES_NONE)
    lk_fishbone_add_after (fb, NULL, "");
  show_analysis (self, fb);
  /* Not stored until it has its problem */
  if (*fb->problem == '\0')
    gtk_widget_grab_focus (GTK_WIDGET (self->problem_row));
  else
    schedule_save (self);
}

/* Zoom in and out by steps, or fit the diagram to its place */
static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (widget);
  double zoom = lk_chart_view_get_zoom (self->diagram);

  if (g_str_has_suffix (action_name, "fit"))
    lk_chart_view_set_zoom (self->diagram, 0);
  else
    lk_chart_view_set_zoom (self->diagram, zoom * (g_str_has_suffix (action_name, "in") ? 1.25 : 0.8));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (widget);

  lk_fishbone_page_save_now (self);
  g_clear_object (&self->current);
  lk_fishbone_outline_set_fishbone (self->outline, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (widget);
  g_autoptr(LkFishbone) kept = NULL;
  g_autoptr(GError) error = NULL;

  if (self->current == NULL)
    return;
  lk_later_cancel (&self->autosave);
  if (self->current->id > 0)
    {
      kept = lk_store_get_fishbone (self->store, self->current->uuid, NULL);
      if (!lk_store_delete_fishbone (self->store, self->current->uuid, &error))
        {
          lk_show_error (widget, _("Could Not Delete the Analysis"), error);
          return;
        }
    }
  g_clear_object (&self->current);
  gtk_widget_activate_action (widget, "fishbone.back", NULL);
  if (kept != NULL)
    lk_page_toast (LK_PAGE (self), lk_undo_toast_new (_("Analysis deleted"), self->store, kept,
                                                      (LkStorePutFunc)lk_store_restore_fishbone));
}

/* What an export writes: the analysis as saved, and the titles of the
 * tiltak its causes link to (the CSV names them) */
typedef struct
{
  LkFishbone *analysis;
  GHashTable *titles;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_object_unref (job->analysis);
  g_hash_table_unref (job->titles);
  g_free (job);
}

static gboolean
save_text (const char  *path,
           gpointer     data,
           GError     **error)
{
  ExportJob *job = data;

  return lk_fishbone_export_text (job->analysis, path, error);
}

static gboolean
save_csv (const char  *path,
          gpointer     data,
          GError     **error)
{
  ExportJob *job = data;

  return lk_fishbone_export_csv (job->analysis, job->titles, path, error);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (widget);
  gboolean csv = g_str_has_suffix (action_name, "csv");
  static const LkFileType text_type[] = { { N_("Text"), ".txt", "text/plain" } };
  static const LkFileType csv_type[] = { { N_("CSV"), ".csv", "text/csv" } };
  ExportJob *job;

  if (self->current == NULL)
    return;
  job = g_new0 (ExportJob, 1);
  job->analysis = lk_fishbone_copy (self->current);
  job->titles = g_hash_table_ref (self->titles);
  prune_blank (job->analysis->categories);
  lk_choose_save_file (widget,
                       &(LkExport) { .title = csv ? _("Export as CSV") : _("Export Outline as Text"),
                                     .failed = _("Could Not Export the Analysis"),
                                     .done = _("Analysis exported"),
                                     .types = csv ? csv_type : text_type, .n_types = 1 },
                       csv ? _("fishbone.csv") : _("fishbone.txt"),
                       csv ? save_csv : save_text, job, (GDestroyNotify) export_job_free);
}

/* --- the page ---------------------------------------------------------------------- */

static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (page);
  g_autofree char *uuid = lk_store_find_fishbone_of (self->store, target);
  LkCause *node;

  if (uuid == NULL || !open_analysis (self, uuid))
    return FALSE;
  /* A tiltak opens the cause it was made from */
  if ((node = lk_fishbone_find (self->current, target)))
    lk_fishbone_outline_focus (self->outline, node);

  return TRUE;
}

static void
page_flush (LkPage *page)
{
  lk_fishbone_page_save_now (LK_FISHBONE_PAGE (page));
}

static gboolean
page_go_back (LkPage *page)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (page);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (page), "fishbone.back", NULL);
}

/* Narrow: the outline above the diagram, and the window's back button only */
static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (page);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->body),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_visible (self->back_button, !narrow);
}

static void
update_back (LkFishbonePage *self)
{
  gboolean detail = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fishbone.back", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fishbone.delete", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fishbone.export-text", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fishbone.export-csv", detail);
}

static void
lk_fishbone_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (object);

  switch (prop_id)
    {
    case PROP_HEAD_LEFT:
      g_value_set_boolean (value, self->current && self->current->head_left);
      break;
    case PROP_DONE:
      g_value_set_boolean (value, self->current && self->current->status == LK_FISHBONE_DONE);
      break;
    case PROP_PAPER:
      g_value_set_string (value, self->paper);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A4 or A3, landscape, in points: the diagram is fitted to the page */
static void
set_paper (LkFishbonePage *self,
           const char     *paper)
{
  gboolean a3 = g_strcmp0 (paper, "a3") == 0;

  g_free (self->paper);
  self->paper = g_strdup (a3 ? "a3" : "a4");
  lk_chart_view_set_export_size (self->diagram, a3 ? 1190 : 842, a3 ? 842 : 595);
}

static void
lk_fishbone_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (object);

  if (prop_id == PROP_PAPER)
    {
      set_paper (self, g_value_get_string (value));
      g_object_notify_by_pspec (object, pspec);
      return;
    }
  if (self->current == NULL)
    return;
  switch (prop_id)
    {
    case PROP_HEAD_LEFT:
      self->current->head_left = g_value_get_boolean (value);
      update_diagram (self);
      break;
    case PROP_DONE:
      self->current->status = g_value_get_boolean (value) ? LK_FISHBONE_DONE : LK_FISHBONE_OPEN;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_object_notify_by_pspec (object, pspec);
  schedule_save (self);
}

static void
lk_fishbone_page_constructed (GObject *object)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (object);

  G_OBJECT_CLASS (lk_fishbone_page_parent_class)->constructed (object);

  self->store = g_object_ref (lk_page_get_store (LK_PAGE (self)));
  lk_page_watch (LK_PAGE (self), (const char *[]) { "fishbone", "measures", NULL });
  refresh (self);
}

static void
lk_fishbone_page_dispose (GObject *object)
{
  LkFishbonePage *self = LK_FISHBONE_PAGE (object);

  if (self->store != NULL)
    {
      lk_fishbone_page_save_now (self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  lk_later_cancel (&self->autosave);
  lk_chart_fishbone_layout_clear (&self->layout);
  /* The stack is both the bin's child and a template child: let go of it
   * once, as the bin's, before the template does */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_FISHBONE_PAGE);
  g_clear_object (&self->current);
  g_clear_object (&self->analyses);
  g_clear_object (&self->origins);
  g_clear_object (&self->store);
  g_clear_pointer (&self->measures, g_hash_table_unref);
  g_clear_pointer (&self->titles, g_hash_table_unref);
  g_clear_pointer (&self->paper, g_free);

  G_OBJECT_CLASS (lk_fishbone_page_parent_class)->dispose (object);
}

static void
lk_fishbone_page_class_init (LkFishbonePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->constructed = lk_fishbone_page_constructed;
  object_class->dispose = lk_fishbone_page_dispose;
  object_class->get_property = lk_fishbone_page_get_property;
  object_class->set_property = lk_fishbone_page_set_property;
  page_class->show = page_show;
  page_class->refresh = (void (*) (LkPage *)) refresh;
  page_class->flush = page_flush;
  page_class->go_back = page_go_back;
  page_class->set_narrow = page_set_narrow;

  properties[PROP_HEAD_LEFT] =
    g_param_spec_boolean ("head-left", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAPER] =
    g_param_spec_string ("paper", NULL, NULL, "a4",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LK_TYPE_FISHBONE_OUTLINE);
  g_type_ensure (LK_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-fishbone-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, analyses_list);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, saved_label);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, body);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, diagram_scroller);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, problem_row);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, date_row);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, unit_row);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, participants_row);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, origin_row);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, outline);
  gtk_widget_class_bind_template_child (widget_class, LkFishbonePage, diagram);

  gtk_widget_class_install_action (widget_class, "fishbone.new", "s", new_action);
  gtk_widget_class_install_action (widget_class, "fishbone.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "fishbone.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "fishbone.export-text", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "fishbone.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "fishbone.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "fishbone.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "fishbone.zoom-fit", NULL, zoom_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "fishbone.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "fishbone.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "fishbone.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "fishbone.zoom-fit", NULL);
  gtk_widget_class_install_property_action (widget_class, "fishbone.head-left", "head-left");
  gtk_widget_class_install_property_action (widget_class, "fishbone.done", "done");
  gtk_widget_class_install_property_action (widget_class, "fishbone.paper", "paper");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "fishbone.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "fishbone.back", NULL);
}

static void
lk_fishbone_page_init (LkFishbonePage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  lk_later_init (&self->autosave, 500, (LkLaterFunc) lk_fishbone_page_save_now, self);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Lists to choose from are one Tab stop; arrows move inside */
  lk_a11y_single_tab_stop (GTK_WIDGET (self->analyses_list));

  self->analyses = g_list_store_new (LK_TYPE_FISHBONE);
  self->measures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gtk_list_box_set_placeholder (self->analyses_list,
                                lk_list_placeholder_new (_("No analyses yet. Start one for a problem your "
                                                           "team keeps running into.")));
  gtk_list_box_bind_model (self->analyses_list, G_LIST_MODEL (self->analyses),
                           create_analysis_row, self, NULL);
  g_signal_connect (self->analyses_list, "row-activated", G_CALLBACK (on_analysis_activated), self);

  for (AdwEntryRow **row = (AdwEntryRow *[]) { self->problem_row, self->date_row, self->unit_row,
                                              self->participants_row, NULL }; *row != NULL; row++)
    g_signal_connect_swapped (*row, "changed", G_CALLBACK (on_field_changed), self);
  self->origins = g_list_store_new (LK_TYPE_ORIGIN);
  adw_combo_row_set_expression (self->origin_row, gtk_property_expression_new (LK_TYPE_ORIGIN, NULL, "label"));
  adw_combo_row_set_model (self->origin_row, G_LIST_MODEL (self->origins));
  g_signal_connect_swapped (self->origin_row, "notify::selected", G_CALLBACK (on_origin_selected), self);
  g_signal_connect (self->outline, "changed", G_CALLBACK (on_outline_changed), self);
  g_signal_connect (self->outline, "removed", G_CALLBACK (on_outline_removed), self);
  g_signal_connect (self->outline, "make-measure", G_CALLBACK (on_make_measure), self);

  lk_chart_view_set_draw_func (self->diagram, draw_diagram, self, NULL);
  set_paper (self, "a4");
  g_signal_connect (click, "pressed", G_CALLBACK (on_diagram_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->diagram), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (update_back), self);
  update_back (self);
}
