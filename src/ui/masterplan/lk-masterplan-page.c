/* lk-masterplan-page.c
 *
 * The whole plan is loaded and rolled up as of the tertial the year is
 * in (T3 for a year that has passed), then shown three ways: the outline
 * with the selected goal's detail, the breakdown chart, and the
 * scorecard of a unit's goals by perspective. Every change in the store
 * loads it again; the views keep what the user had open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lk-a11y.h"
#include "lk-choice.h"
#include "lk-dialogs.h"
#include "lk-list.h"
#include "lk-masterplan-page-private.h"
#include "lk-masterplan-ui.h"

G_DEFINE_FINAL_TYPE (LkMasterplanPage, lk_masterplan_page, LK_TYPE_PAGE)

#define ANY G_MAXUINT   /* a filter drop-down's first choice */

/* --- which goals the filters show --------------------------------------------------- */

static gboolean
in_plan (LkMasterplanPage *self,
         LkGoal           *goal)
{
  return (self->show_archived || !goal->archived) && (goal->level == 0 || lk_goal_in_year (goal, self->year));
}

static gboolean
filtering (LkMasterplanPage *self)
{
  return *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0' ||
         gtk_drop_down_get_selected (self->level_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->perspective_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->unit_dropdown) > 0 ||
         gtk_drop_down_get_selected (self->status_dropdown) > 0;
}

typedef struct
{
  LkMasterplanPage *self;
  char             *needle;
  guint             level;        /* ANY, or 0–5 */
  guint             perspective;  /* ANY, or an LkPerspective */
  const char       *unit;         /* NULL: any */
  guint             status;       /* ANY, or an LkGoalStatus */
  gboolean          any;
} Filter;

static gboolean
matches (Filter *f,
         LkGoal *goal)
{
  if (f->level != ANY && goal->level != f->level)
    return FALSE;
  if (f->perspective != ANY && (guint) goal->perspective != f->perspective)
    return FALSE;
  if (f->unit != NULL && g_strcmp0 (goal->unit_uuid, f->unit) != 0)
    return FALSE;
  if (f->status != ANY && (guint) goal->status != f->status)
    return FALSE;
  if (f->needle != NULL)
    {
      g_autofree char *title = g_utf8_casefold (goal->title, -1);
      g_autofree char *owner = g_utf8_casefold (goal->owner, -1);

      if (strstr (title, f->needle) == NULL && strstr (owner, f->needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

/* A goal shows when it matches, or when a goal below it does: the line
 * of sight to a match stays visible */
static gboolean
mark_visible (LkGoal   *goal,
              gpointer  data)
{
  Filter *f = data;

  if (!in_plan (f->self, goal) || (goal->parent != NULL && !in_plan (f->self, goal->parent)))
    return TRUE;
  if (!f->any || matches (f, goal))
    for (LkGoal *g = goal; g != NULL && !g_hash_table_contains (f->self->visible, g); g = g->parent)
      g_hash_table_add (f->self->visible, g);

  return TRUE;
}

static void
compute_visible (LkMasterplanPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  guint perspective = gtk_drop_down_get_selected (self->perspective_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  Filter f = {
    self,
    *text ? g_utf8_casefold (text, -1) : NULL,
    level > 0 && level != GTK_INVALID_LIST_POSITION ? level - 1 : ANY,
    perspective > 0 && perspective != GTK_INVALID_LIST_POSITION ? perspective - 1 : ANY,
    lk_choice_selected_id (G_LIST_MODEL (self->units), gtk_drop_down_get_selected (self->unit_dropdown)),
    status > 0 && status != GTK_INVALID_LIST_POSITION ? status - 1 : ANY,
    filtering (self),
  };

  g_hash_table_remove_all (self->visible);
  if (self->mp != NULL)
    lk_masterplan_foreach (self->mp, mark_visible, &f);
  g_free (f.needle);
}

/* --- the outline ------------------------------------------------------------------ */

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  LkMasterplanPage *self = data;
  LkGoal *goal = item;
  GListStore *children = g_list_store_new (LK_TYPE_GOAL);
  guint n = goal->children->len;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkGoal) child = g_object_ref (g_ptr_array_index (goal->children, i));

      if (g_hash_table_contains (self->visible, child))
        g_list_store_append (children, child);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (children)) == 0)
    {
      g_object_unref (children);
      return NULL;
    }

  return G_LIST_MODEL (children);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           LkMasterplanPage         *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *dot = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);

  gtk_widget_add_css_class (dot, "status-dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_set_margin_top (dot, 4);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (meta), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), meta);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (item, expander);
}

static void
on_row_expanded (GtkTreeListRow   *row,
                 GParamSpec       *pspec,
                 LkMasterplanPage *self)
{
  g_autoptr(LkGoal) goal = gtk_tree_list_row_get_item (row);

  if (self->updating)
    return;
  if (gtk_tree_list_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_strdup (goal->uuid));
  else
    g_hash_table_remove (self->expanded, goal->uuid);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          LkMasterplanPage         *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *dot = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_last_child (box));
  GtkWidget *meta = gtk_widget_get_next_sibling (title);
  g_autoptr(LkGoal) goal = gtk_tree_list_row_get_item (row);
  LkOrgUnit *unit = lk_masterplan_find_unit (self->mp, goal->unit_uuid);
  g_autofree char *meta_text = NULL;
  g_autofree char *name = NULL;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  lk_status_badge_set (GTK_LABEL (dot), goal->status);
  gtk_widget_remove_css_class (dot, "goal-status");
  gtk_label_set_text (GTK_LABEL (dot), "●");
  gtk_widget_set_tooltip_text (dot, lk_goal_status_name (goal->status));
  gtk_label_set_text (GTK_LABEL (title), goal->title);
  if (goal->level == 0)
    meta_text = g_strdup (lk_goal_level_name (0));
  else if (unit != NULL)
    meta_text = g_strdup_printf ("%s · %s · %s", lk_goal_level_short (goal->level),
                                 lk_perspective_name (goal->perspective), unit->name);
  else
    meta_text = g_strdup_printf ("%s · %s", lk_goal_level_short (goal->level),
                                 lk_perspective_name (goal->perspective));
  if (goal->archived)
    {
      g_autofree char *plain = g_steal_pointer (&meta_text);

      meta_text = g_strdup_printf (_("%s · archived"), plain);
    }
  gtk_label_set_text (GTK_LABEL (meta), meta_text);
  if (goal->level == 0)
    gtk_widget_add_css_class (title, "heading");
  else
    gtk_widget_remove_css_class (title, "heading");

  /* A screen reader hears the status the dot shows */
  name = g_strdup_printf ("%s, %s, %s", goal->title, lk_goal_status_name (goal->status), meta_text);
  lk_a11y_set_list_item_name (item, name);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_row_expanded), self);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            LkMasterplanPage         *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);

  if (row != NULL)
    g_signal_handlers_disconnect_by_func (row, on_row_expanded, self);
}

static guint
find_row (LkMasterplanPage *self,
          LkGoal           *goal)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(LkGoal) item = gtk_tree_list_row_get_item (row);

      if (item == goal)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Opens the line down to a goal and selects it in the outline */
static void
reveal (LkMasterplanPage *self,
        LkGoal           *goal)
{
  g_autoptr(GPtrArray) path = lk_masterplan_path (self->mp, goal);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i + 1 < path->len; i++)
    {
      guint at = find_row (self, g_ptr_array_index (path, i));
      g_autoptr(GtkTreeListRow) row = at != GTK_INVALID_LIST_POSITION ? gtk_tree_list_model_get_row (self->tree, at)
                                                                       : NULL;

      if (row != NULL)
        {
          gtk_tree_list_row_set_expanded (row, TRUE);
          g_hash_table_add (self->expanded, g_strdup (((LkGoal *) g_ptr_array_index (path, i))->uuid));
        }
    }
  position = find_row (self, goal);
  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->outline_view), "list.scroll-to-item", "u", position);
}

static void
rebuild_outline (LkMasterplanPage *self)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  guint n = self->mp ? g_list_model_get_n_items (G_LIST_MODEL (self->mp->areas)) : 0;
  gboolean expand_all = filtering (self);

  compute_visible (self);
  for (guint i = 0; i < n; i++)
    {
      LkGoal *area = g_list_model_get_item (G_LIST_MODEL (self->mp->areas), i);

      if (g_hash_table_contains (self->visible, area))
        g_ptr_array_add (roots, area);
      g_object_unref (area);   /* the plan keeps it */
    }
  self->updating = TRUE;
  lk_list_store_replace (self->roots, roots);

  /* Rows open as they were, or all of them while filtering */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (self->tree, i);
      g_autoptr(LkGoal) goal = gtk_tree_list_row_get_item (row);

      /* Opened for a filter is not the user's choice to keep: while
       * updating, on_row_expanded() leaves the set alone */
      if (expand_all || g_hash_table_contains (self->expanded, goal->uuid))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
  self->updating = FALSE;
}

/* --- the breakdown chart ---------------------------------------------------------- */

static void
draw_chart (cairo_t            *cr,
            double              width,
            double              height,
            const LkChartStyle *style,
            gpointer            data)
{
  LkMasterplanPage *self = data;
  double scale, dx, dy;

  /* On screen at its natural size; in files and on paper fitted */
  if (fabs (width - self->layout.width) < 0.5 && fabs (height - self->layout.height) < 0.5)
    {
      lk_chart_breakdown_draw_layout (cr, &self->layout, style);
      return;
    }
  lk_chart_breakdown_fit (&self->layout, width, height, &scale, &dx, &dy);
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scale, scale);
  lk_chart_breakdown_draw_layout (cr, &self->layout, style);
  cairo_restore (cr);
}

static LkGoal *
chart_root (LkMasterplanPage *self)
{
  const char *id = lk_choice_selected_id (G_LIST_MODEL (self->chart_roots),
                                          gtk_drop_down_get_selected (self->root_dropdown));

  return lk_masterplan_find (self->mp, id);
}

/* Laid out again when shown: folding, selecting or a change in the plan */
void
lk_masterplan_page_update_chart (LkMasterplanPage *self)
{
  LkBreakdownOptions options = { self->mp, NULL, self->year, self->collapsed, self->selected, self->show_archived };
  cairo_surface_t *surface;
  cairo_t *cr;
  LkChartStyle style;
  g_autofree char *summary = NULL;

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "breakdown") != 0 || self->mp == NULL)
    {
      self->chart_dirty = TRUE;
      return;
    }
  self->chart_dirty = FALSE;
  options.root = chart_root (self);
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (surface);
  lk_chart_style_init (&style, FALSE);
  lk_chart_breakdown_layout (cr, &style, &options, &self->layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  lk_chart_view_set_natural_size (self->chart, self->layout.width, self->layout.height);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Goal breakdown with %u goal",
                                          "Goal breakdown with %u goals", self->layout.boxes->len),
                             self->layout.boxes->len);
  lk_chart_view_set_summary (self->chart, summary);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
select_box (LkMasterplanPage *self,
            int               index)
{
  const LkBreakdownBox *box;
  g_autofree char *uuid = NULL;

  if (index < 0 || self->layout.boxes == NULL || (guint) index >= self->layout.boxes->len)
    return;
  box = &g_array_index (self->layout.boxes, LkBreakdownBox, index);
  if (box->goal == NULL)
    return;
  /* Selecting lays the chart out again: the box is not there after it
   * (found by AddressSanitizer) */
  uuid = g_strdup (box->goal->uuid);
  lk_masterplan_page_select (self, uuid);
  index = lk_chart_breakdown_find (&self->layout, uuid);
  if (index >= 0)
    {
      box = &g_array_index (self->layout.boxes, LkBreakdownBox, index);
      lk_chart_view_scroll_to (self->chart, box->box.x, box->box.y, box->box.width, box->box.height);
    }
}

static void
toggle_fold (LkMasterplanPage *self)
{
  if (self->selected == NULL)
    return;
  if (!g_hash_table_remove (self->collapsed, self->selected))
    g_hash_table_add (self->collapsed, g_strdup (self->selected));
  lk_masterplan_page_update_chart (self);
}

static void
on_chart_pressed (GtkGestureClick  *gesture,
                  int               n_press,
                  double            x,
                  double            y,
                  LkMasterplanPage *self)
{
  double nx, ny;
  int index;

  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
  lk_chart_view_to_natural (self->chart, x, y, &nx, &ny);
  index = lk_chart_breakdown_hit (&self->layout, nx, ny);
  if (index < 0)
    return;
  select_box (self, index);
  if (n_press == 2)
    toggle_fold (self);
}

/* Pointing at a box says which goal it is and why it has its status */
static gboolean
on_chart_tooltip (GtkWidget        *widget,
                  int               x,
                  int               y,
                  gboolean          keyboard,
                  GtkTooltip       *tooltip,
                  LkMasterplanPage *self)
{
  double nx, ny;
  int index;
  LkGoal *goal;
  g_autofree char *why = NULL;
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  lk_chart_view_to_natural (self->chart, x, y, &nx, &ny);
  index = lk_chart_breakdown_hit (&self->layout, nx, ny);
  if (index < 0 || (goal = g_array_index (self->layout.boxes, LkBreakdownBox, index).goal) == NULL)
    return FALSE;
  why = lk_goal_status_explain (goal);
  text = g_strdup_printf ("%s\n%s: %s", goal->title, lk_goal_status_name (goal->status), why);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static gboolean
on_chart_key (GtkEventControllerKey *controller,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              LkMasterplanPage      *self)
{
  int current = self->layout.selected >= 0 ? self->layout.selected : 0;
  LkBreakdownMove move;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move = LK_BREAKDOWN_UP;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move = LK_BREAKDOWN_DOWN;
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move = LK_BREAKDOWN_LEFT;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move = LK_BREAKDOWN_RIGHT;
      break;
    case GDK_KEY_space:
      toggle_fold (self);
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (self->selected != NULL)
        lk_masterplan_page_open_goal (self, self->selected);
      return TRUE;
    default:
      return FALSE;
    }
  if (self->layout.selected < 0)
    {
      select_box (self, self->layout.boxes && self->layout.boxes->len > 1 ? 1 : 0);
      return TRUE;
    }
  select_box (self, lk_chart_breakdown_move (&self->layout, current, move));

  return TRUE;
}

/* --- the scorecard --------------------------------------------------------------------- */

static void
on_card_activated (GtkListBox       *list,
                   GtkListBoxRow    *row,
                   LkMasterplanPage *self)
{
  for (guint p = 0; p < LK_PERSPECTIVE_N; p++)
    if (self->card_lists[p] == list)
      {
        g_autoptr(LkGoal) goal = lk_list_row_item (G_LIST_MODEL (self->card_goals[p]), row);

        if (goal != NULL)
          lk_masterplan_page_open_goal (self, goal->uuid);
      }
}

static GtkWidget *
create_card_row (gpointer item,
                 gpointer data)
{
  LkMasterplanPage *self = data;
  LkGoal *goal = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge;
  GString *sub = g_string_new (NULL);
  guint n = goal->kpis->len;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (goal->kpis, i));
      const LkKpiValue *latest = lk_kpi_latest (kpi, self->year, self->tertial);
      g_autofree char *value = latest ? lk_kpi_format (kpi, latest->value) : g_strdup ("–");

      g_string_append_printf (sub, "%s%s: %s %s", sub->len ? "\n" : "", kpi->name, value,
                              lk_trend_arrow (lk_kpi_trend (kpi, self->year, self->tertial, FALSE)));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), goal->title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub->str);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  badge = lk_status_badge_new (goal->status);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_string_free (sub, TRUE);

  return row;
}

typedef struct
{
  LkMasterplanPage *self;
  const char       *unit;
  GPtrArray        *columns[LK_PERSPECTIVE_N];
} Card;

static gboolean
collect_card (LkGoal   *goal,
              gpointer  data)
{
  Card *card = data;

  if (goal->level > 0 && in_plan (card->self, goal) && !goal->archived &&
      (card->unit == NULL || g_strcmp0 (goal->unit_uuid, card->unit) == 0))
    g_ptr_array_add (card->columns[goal->perspective], goal);

  return TRUE;
}

static void
fill_scorecard (LkMasterplanPage *self)
{
  const char *unit = lk_choice_selected_id (G_LIST_MODEL (self->card_units),
                                            gtk_drop_down_get_selected (self->scorecard_unit));
  LkOrgUnit *org = self->mp ? lk_masterplan_find_unit (self->mp, unit) : NULL;
  Card card = { self, unit, { NULL } };
  g_autofree char *title = NULL;

  if (self->mp == NULL)
    return;
  for (guint p = 0; p < LK_PERSPECTIVE_N; p++)
    card.columns[p] = g_ptr_array_new ();
  lk_masterplan_foreach (self->mp, collect_card, &card);

  /* TRANSLATORS: the scorecard's heading: whose goals, and the year */
  title = g_strdup_printf (_("%s, %d"), org ? org->name : _("All units"), self->year);
  gtk_label_set_text (self->scorecard_title, title);
  for (guint p = 0; p < LK_PERSPECTIVE_N; p++)
    {
      lk_list_store_replace (self->card_goals[p], card.columns[p]);
      /* Goals without a perspective only when there are any */
      if (p == LK_PERSPECTIVE_NONE)
        gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->card_lists[p]),
                                                         ADW_TYPE_PREFERENCES_GROUP),
                                card.columns[p]->len > 0);
      g_ptr_array_unref (card.columns[p]);
    }
}

/* The four perspectives in their order, then goals without one */
static void
build_scorecard (LkMasterplanPage *self)
{
  for (guint k = 0; k < LK_PERSPECTIVE_N; k++)
    {
      guint p = k < 4 ? k + 1 : LK_PERSPECTIVE_NONE;
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *list = gtk_list_box_new ();

      self->card_goals[p] = g_list_store_new (LK_TYPE_GOAL);
      self->card_lists[p] = GTK_LIST_BOX (list);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), lk_perspective_name (p));
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), lk_list_placeholder_new (_("No goals")));
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->card_goals[p]), create_card_row, self, NULL);
      g_signal_connect (list, "row-activated", G_CALLBACK (on_card_activated), self);
      lk_a11y_set_name (list, lk_perspective_name (p));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
      gtk_widget_set_valign (group, GTK_ALIGN_START);
      gtk_grid_attach (self->scorecard_columns, group, k % 2, k / 2, k < 4 ? 1 : 2, 1);
    }
}

/* --- loading ------------------------------------------------------------------------ */

static void
fill_choices (LkMasterplanPage *self)
{
  int first, last, this_year, tertial;
  guint n_units = g_list_model_get_n_items (G_LIST_MODEL (self->mp->units));
  guint n_areas = g_list_model_get_n_items (G_LIST_MODEL (self->mp->areas));
  const char *unit_filter = lk_choice_selected_id (G_LIST_MODEL (self->units),
                                                   gtk_drop_down_get_selected (self->unit_dropdown));
  const char *card_unit = lk_choice_selected_id (G_LIST_MODEL (self->card_units),
                                                 gtk_drop_down_get_selected (self->scorecard_unit));
  const char *root = lk_choice_selected_id (G_LIST_MODEL (self->chart_roots),
                                            gtk_drop_down_get_selected (self->root_dropdown));
  g_autofree char *keep_unit = g_strdup (unit_filter);
  g_autofree char *keep_card = g_strdup (card_unit);
  g_autofree char *keep_root = g_strdup (root);
  g_autofree char *mine = lk_store_get_setting (self->store, "masterplan-unit");
  /* A unit chosen in Preferences since: the scorecard shows it */
  gboolean first_fill = g_strcmp0 (mine, self->my_unit) != 0;

  self->updating = TRUE;
  lk_today_tertial (&this_year, &tertial);
  lk_masterplan_years (self->mp, &first, &last);
  g_list_store_remove_all (self->years);
  for (int y = first; y <= last + 1 && y - first < 60; y++)
    {
      g_autofree char *label = g_strdup_printf ("%d", y);

      lk_choice_append (self->years, label, label);
    }
  gtk_drop_down_set_selected (self->year_dropdown, self->year - first);

  g_list_store_remove_all (self->units);
  g_list_store_remove_all (self->card_units);
  lk_choice_append (self->units, _("Any unit"), NULL);
  lk_choice_append (self->card_units, _("All units"), NULL);
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(LkOrgUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->mp->units), i);

      lk_choice_append (self->units, unit->name, unit->uuid);
      lk_choice_append (self->card_units, unit->name, unit->uuid);
    }
  gtk_drop_down_set_selected (self->unit_dropdown, lk_choice_find (G_LIST_MODEL (self->units), keep_unit));
  /* The scorecard starts at the user's own unit, from Preferences */
  gtk_drop_down_set_selected (self->scorecard_unit,
                              lk_choice_find (G_LIST_MODEL (self->card_units), first_fill ? mine : keep_card));
  g_free (self->my_unit);
  self->my_unit = g_steal_pointer (&mine);

  g_list_store_remove_all (self->chart_roots);
  lk_choice_append (self->chart_roots, _("The whole plan"), NULL);
  for (guint i = 0; i < n_areas; i++)
    {
      g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (self->mp->areas), i);

      lk_choice_append (self->chart_roots, area->title, area->uuid);
    }
  gtk_drop_down_set_selected (self->root_dropdown, lk_choice_find (G_LIST_MODEL (self->chart_roots), keep_root));
  self->updating = FALSE;
}

/* Tertials run to the end of a past year; a year to come has not begun */
static void
as_of (LkMasterplanPage *self)
{
  int this_year, tertial;

  lk_today_tertial (&this_year, &tertial);
  self->tertial = self->year < this_year ? 3 : self->year > this_year ? 1 : tertial;
}

void
lk_masterplan_page_refresh (LkMasterplanPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  gboolean empty;

  lk_goal_detail_flush (self->detail);
  if (!(mp = lk_store_load_masterplan (self->store, &error)))
    {
      lk_toast_emit_text (self, error->message);
      return;
    }
  g_set_object (&self->mp, mp);
  as_of (self);
  lk_masterplan_roll_up (self->mp, self->year, self->tertial);

  empty = g_list_model_get_n_items (G_LIST_MODEL (self->mp->plans)) == 0 &&
          g_list_model_get_n_items (G_LIST_MODEL (self->mp->areas)) == 0;
  gtk_stack_set_visible_child_name (self->content_stack, empty ? "empty" : "plan");
  gtk_widget_set_visible (GTK_WIDGET (self->toolbar), !empty);

  fill_choices (self);
  rebuild_outline (self);
  lk_goal_detail_set_plan (self->detail, self->store, self->mp, self->year, self->tertial);
  if (lk_masterplan_find (self->mp, self->selected) == NULL)
    g_clear_pointer (&self->selected, g_free);
  lk_goal_detail_show (self->detail, self->selected);
  if (self->selected != NULL)
    reveal (self, lk_masterplan_find (self->mp, self->selected));
  lk_masterplan_page_update_chart (self);
  fill_scorecard (self);
}

/* --- selecting --------------------------------------------------------------------- */

/**
 * lk_masterplan_page_select:
 *
 * Makes a goal the selected one everywhere: the outline, the detail, the
 * chart's line of sight.
 */
void
lk_masterplan_page_select (LkMasterplanPage *self,
                           const char       *uuid)
{
  LkGoal *goal;

  g_return_if_fail (LK_IS_MASTERPLAN_PAGE (self));

  goal = self->mp ? lk_masterplan_find (self->mp, uuid) : NULL;
  if (goal == NULL)
    return;
  if (g_strcmp0 (self->selected, uuid) != 0)
    {
      g_free (self->selected);
      self->selected = g_strdup (uuid);
    }
  lk_goal_detail_show (self->detail, uuid);
  if (!g_hash_table_contains (self->visible, goal))
    {
      /* A goal the filters hide is shown: they are cleared */
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      gtk_drop_down_set_selected (self->level_dropdown, 0);
      gtk_drop_down_set_selected (self->perspective_dropdown, 0);
      gtk_drop_down_set_selected (self->unit_dropdown, 0);
      gtk_drop_down_set_selected (self->status_dropdown, 0);
      self->updating = FALSE;
      rebuild_outline (self);
    }
  reveal (self, goal);
  lk_masterplan_page_update_chart (self);
}

/* Shows a goal in the Goals view, its detail in front when narrow */
void
lk_masterplan_page_open_goal (LkMasterplanPage *self,
                              const char       *uuid)
{
  adw_view_stack_set_visible_child_name (self->views, "goals");
  lk_masterplan_page_select (self, uuid);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
}

gpointer
lk_masterplan_page_get_plan (LkMasterplanPage *self)
{
  return self->mp;
}

static void
on_selection_changed (LkMasterplanPage *self)
{
  g_autoptr(LkGoal) goal = NULL;
  GtkTreeListRow *row;

  if (self->updating)
    return;
  row = gtk_single_selection_get_selected_item (self->selection);
  if (row == NULL)
    return;
  goal = gtk_tree_list_row_get_item (row);
  g_free (self->selected);
  self->selected = g_strdup (goal->uuid);
  lk_goal_detail_show (self->detail, goal->uuid);
  self->chart_dirty = TRUE;
}

static void
on_outline_activate (GtkListView      *view,
                     guint             position,
                     LkMasterplanPage *self)
{
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->detail));
}

static void
on_detail_select (LkGoalDetail     *detail,
                  const char       *uuid,
                  LkMasterplanPage *self)
{
  lk_masterplan_page_select (self, uuid);
}

static void
on_filter_changed (LkMasterplanPage *self)
{
  if (self->updating || self->mp == NULL)
    return;
  rebuild_outline (self);
}

static void
on_year_changed (LkMasterplanPage *self)
{
  const char *id;

  if (self->updating)
    return;
  id = lk_choice_selected_id (G_LIST_MODEL (self->years), gtk_drop_down_get_selected (self->year_dropdown));
  if (id == NULL)
    return;
  self->year = atoi (id);
  lk_masterplan_page_refresh (self);
}

static void
on_view_changed (LkMasterplanPage *self)
{
  gboolean goals = g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "goals") == 0;

  /* The search and filters choose goals in the outline */
  gtk_widget_set_visible (GTK_WIDGET (self->search_entry), goals);
  gtk_widget_set_visible (GTK_WIDGET (self->filter_button), goals);
  gtk_widget_set_hexpand (GTK_WIDGET (self->year_dropdown), !goals);
  gtk_widget_set_halign (GTK_WIDGET (self->year_dropdown), GTK_ALIGN_START);
  if (self->chart_dirty)
    lk_masterplan_page_update_chart (self);
}

static void
on_root_changed (LkMasterplanPage *self)
{
  if (!self->updating)
    lk_masterplan_page_update_chart (self);
}

static void
on_card_unit_changed (LkMasterplanPage *self)
{
  if (!self->updating)
    fill_scorecard (self);
}

/* --- LkPage ------------------------------------------------------------------------- */

static gboolean
page_focus_search (LkPage *page)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (page);

  adw_view_stack_set_visible_child_name (self->views, "goals");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));

  return TRUE;
}

static void
page_flush (LkPage *page)
{
  lk_goal_detail_flush (LK_MASTERPLAN_PAGE (page)->detail);
}

static gboolean
page_show (LkPage     *page,
           const char *target)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (page);

  if (self->mp == NULL || lk_masterplan_find (self->mp, target) == NULL)
    return FALSE;
  lk_masterplan_page_open_goal (self, target);

  return TRUE;
}

static gboolean
page_go_back (LkPage *page)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (page);

  if (!adw_leaflet_get_folded (self->leaflet) ||
      adw_leaflet_get_visible_child (self->leaflet) != GTK_WIDGET (self->detail) ||
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->views), "goals") != 0)
    return FALSE;
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);

  return TRUE;
}

/* The four perspectives two by two, as on a board; in one column on a
 * phone */
static void
page_set_narrow (LkPage   *page,
                 gboolean  narrow)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (page);

  self->narrow = narrow;
  /* On a phone the keys are not at hand, and the chart needs the room;
   * the search entry has room for a word */
  gtk_widget_set_visible (GTK_WIDGET (self->chart_hint), !narrow);
  g_object_set (self->search_entry, "placeholder-text", narrow ? _("Search") : _("Search goals"), NULL);
  for (guint k = 0; k < LK_PERSPECTIVE_N; k++)
    {
      guint p = k < 4 ? k + 1 : LK_PERSPECTIVE_NONE;
      GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (self->card_lists[p]), ADW_TYPE_PREFERENCES_GROUP);
      GtkLayoutChild *child = gtk_layout_manager_get_layout_child (gtk_widget_get_layout_manager (GTK_WIDGET (self->scorecard_columns)),
                                                                   group);

      gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (child), narrow ? 0 : k % 2);
      gtk_grid_layout_child_set_row (GTK_GRID_LAYOUT_CHILD (child), narrow ? k : k / 2);
      gtk_grid_layout_child_set_column_span (GTK_GRID_LAYOUT_CHILD (child), narrow || k == 4 ? (narrow ? 1 : 2) : 1);
    }
}

/* --- object ------------------------------------------------------------------------- */

static void
lk_masterplan_page_constructed (GObject *object)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (object);
  int tertial;

  G_OBJECT_CLASS (lk_masterplan_page_parent_class)->constructed (object);

  self->store = g_object_ref (lk_page_get_store (LK_PAGE (self)));
  lk_today_tertial (&self->year, &tertial);
  lk_page_watch (LK_PAGE (self), (const char *[]) { "masterplan", "measures", NULL });
  lk_masterplan_page_refresh (self);
}

static void
lk_masterplan_page_dispose (GObject *object)
{
  LkMasterplanPage *self = LK_MASTERPLAN_PAGE (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  if (self->detail != NULL)
    lk_goal_detail_flush (self->detail);
  lk_chart_breakdown_layout_clear (&self->layout);
  gtk_widget_dispose_template (GTK_WIDGET (self), LK_TYPE_MASTERPLAN_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->roots);
  g_clear_object (&self->years);
  g_clear_object (&self->units);
  g_clear_object (&self->chart_roots);
  g_clear_object (&self->card_units);
  for (guint p = 0; p < LK_PERSPECTIVE_N; p++)
    g_clear_object (&self->card_goals[p]);
  g_clear_object (&self->mp);
  g_clear_object (&self->store);
  g_clear_pointer (&self->visible, g_hash_table_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  g_clear_pointer (&self->selected, g_free);
  g_clear_pointer (&self->my_unit, g_free);
  g_clear_pointer (&self->paper, g_free);

  G_OBJECT_CLASS (lk_masterplan_page_parent_class)->dispose (object);
}

static void
lk_masterplan_page_class_init (LkMasterplanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LkPageClass *page_class = LK_PAGE_CLASS (klass);

  object_class->constructed = lk_masterplan_page_constructed;
  object_class->dispose = lk_masterplan_page_dispose;
  page_class->focus_search = page_focus_search;
  page_class->flush = page_flush;
  page_class->show = page_show;
  page_class->refresh = (void (*) (LkPage *)) lk_masterplan_page_refresh;
  page_class->go_back = page_go_back;
  page_class->set_narrow = page_set_narrow;

  g_type_ensure (LK_TYPE_GOAL_DETAIL);
  g_type_ensure (LK_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lederkompass/Lederkompass/lk-masterplan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, perspective_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, unit_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, new_button);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, views);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, outline_view);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, detail);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, root_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, chart_hint);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, chart_scroller);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, chart);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, scorecard_title);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, scorecard_unit);
  gtk_widget_class_bind_template_child (widget_class, LkMasterplanPage, scorecard_columns);

  lk_masterplan_page_class_actions (widget_class);
}

static void
set_strings (GtkDropDown        *dropdown,
             const char * const *strings)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (strings);

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
}

static void
lk_masterplan_page_init (LkMasterplanPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  const char *levels[8], *perspectives[LK_PERSPECTIVE_N + 2], *statuses[LK_GOAL_STATUS_N + 2];

  gtk_widget_init_template (GTK_WIDGET (self));
  lk_page_set_views (LK_PAGE (self), self->views);

  self->paper = g_strdup ("a4");
  self->visible = g_hash_table_new (NULL, NULL);
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->roots = g_list_store_new (LK_TYPE_GOAL);
  self->years = g_list_store_new (LK_TYPE_CHOICE);
  self->units = g_list_store_new (LK_TYPE_CHOICE);
  self->chart_roots = g_list_store_new (LK_TYPE_CHOICE);
  self->card_units = g_list_store_new (LK_TYPE_CHOICE);
  self->tree = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (self->roots)), FALSE, FALSE,
                                        create_children, self, NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  gtk_list_view_set_factory (self->outline_view, factory);
  gtk_list_view_set_model (self->outline_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (self->outline_view, "activate", G_CALLBACK (on_outline_activate), self);
  g_signal_connect (self->detail, "select", G_CALLBACK (on_detail_select), self);
  lk_toast_forward (self->detail, self);

  for (GtkDropDown **d = (GtkDropDown *[]) { self->year_dropdown, self->unit_dropdown, self->root_dropdown,
                                            self->scorecard_unit, NULL }; *d; d++)
    gtk_drop_down_set_expression (*d, lk_choice_expression ());
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (self->years));
  gtk_drop_down_set_model (self->unit_dropdown, G_LIST_MODEL (self->units));
  gtk_drop_down_set_model (self->root_dropdown, G_LIST_MODEL (self->chart_roots));
  gtk_drop_down_set_model (self->scorecard_unit, G_LIST_MODEL (self->card_units));

  levels[0] = _("Any level");
  for (guint l = 0; l <= LK_GOAL_MAX_LEVEL; l++)
    levels[l + 1] = lk_goal_level_name (l);
  levels[7] = NULL;
  set_strings (self->level_dropdown, levels);
  perspectives[0] = _("Any perspective");
  for (guint p = 0; p < LK_PERSPECTIVE_N; p++)
    perspectives[p + 1] = lk_perspective_name (p);
  perspectives[LK_PERSPECTIVE_N + 1] = NULL;
  set_strings (self->perspective_dropdown, perspectives);
  statuses[0] = _("Any status");
  for (guint s = 0; s < LK_GOAL_STATUS_N; s++)
    statuses[s + 1] = lk_goal_status_name (s);
  statuses[LK_GOAL_STATUS_N + 1] = NULL;
  set_strings (self->status_dropdown, statuses);

  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_filter_changed), self);
  for (GtkDropDown **d = (GtkDropDown *[]) { self->level_dropdown, self->perspective_dropdown,
                                            self->unit_dropdown, self->status_dropdown, NULL }; *d; d++)
    g_signal_connect_swapped (*d, "notify::selected", G_CALLBACK (on_filter_changed), self);
  g_signal_connect_swapped (self->year_dropdown, "notify::selected", G_CALLBACK (on_year_changed), self);
  g_signal_connect_swapped (self->root_dropdown, "notify::selected", G_CALLBACK (on_root_changed), self);
  g_signal_connect_swapped (self->scorecard_unit, "notify::selected", G_CALLBACK (on_card_unit_changed), self);
  g_signal_connect_swapped (self->views, "notify::visible-child-name", G_CALLBACK (on_view_changed), self);

  build_scorecard (self);
  lk_chart_view_set_draw_func (self->chart, draw_chart, self, NULL);
  lk_chart_view_set_min_zoom (self->chart, 0.05);
  /* Files and paper: A4 landscape, in points */
  lk_chart_view_set_export_size (self->chart, 842, 595);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_chart_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), keys);
  g_signal_connect (click, "pressed", G_CALLBACK (on_chart_pressed), self);
  g_signal_connect (self->chart, "query-tooltip", G_CALLBACK (on_chart_tooltip), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), GTK_EVENT_CONTROLLER (click));
}
