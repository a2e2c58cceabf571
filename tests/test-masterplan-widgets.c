/* test-masterplan-widgets.c: the Masterplan page's outline, detail,
 * breakdown chart and scorecard. Runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lk-benefit-editor.h"
#include "lk-chart-view.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"
#include "lk-dev-goal-editor.h"
#include "lk-jeg-plan.h"
#include "lk-example.h"
#include "lk-goal-detail.h"
#include "lk-masterplan-page.h"
#include "lk-masterplan.h"
#include "lk-page.h"
#include "lk-widget-test-util.h"

static void
on_open (GtkWindow   *editor,
         const char  *area,
         const char  *target,
         char       **opened)
{
  g_assert_cmpstr (area, ==, "masterplan");
  g_free (*opened);
  *opened = g_strdup (target);
}

static GtkWidget *
find_named_entry (GtkWidget  *root,
                  const char *title)
{
  return find_by_type_and_title (root, ADW_TYPE_ENTRY_ROW, title);
}

/* The outline: the list view over the goal tree (drop-downs have list
 * views of their own) */
static GListModel *
find_tree (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GListModel *found;

      if (GTK_IS_LIST_VIEW (child))
        {
          GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (child));

          if (GTK_IS_SINGLE_SELECTION (model) &&
              GTK_IS_TREE_LIST_MODEL (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (model))))
            return G_LIST_MODEL (model);
        }
      if ((found = find_tree (child)))
        return found;
    }

  return NULL;
}

static guint
n_rows (GtkWidget *page)
{
  GListModel *tree = find_tree (page);

  g_assert_nonnull (tree);
  return g_list_model_get_n_items (tree);
}

static GtkWidget *
find_chart (GtkWidget  *root,
            const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (LK_IS_CHART_VIEW (child) && g_strcmp0 (lk_chart_view_get_title (LK_CHART_VIEW (child)), title) == 0)
        return child;
      if ((found = find_chart (child, title)))
        return found;
    }

  return NULL;
}

/* The grid of the four perspectives */
static GtkWidget *
find_scorecard (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_GRID (child) && ADW_IS_PREFERENCES_GROUP (gtk_widget_get_first_child (child)))
        return child;
      if ((found = find_scorecard (child)))
        return found;
    }

  return NULL;
}

/* The drop-down with @first as its first choice */
static GtkDropDown *
find_drop_down (GtkWidget  *root,
                const char *first)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found;

      if (GTK_IS_DROP_DOWN (child) && GTK_IS_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (child))) &&
          g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (child))), 0),
                     first) == 0)
        return GTK_DROP_DOWN (child);
      if ((found = find_drop_down (child, first)))
        return found;
    }

  return NULL;
}

static gboolean
press (GtkWidget *widget,
       guint      keyval)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c))
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, 0, &handled);
    }
  g_object_unref (controllers);

  return handled;
}

/* Selecting a goal opens its line in the outline and shows it in the
 * detail with its line of sight; a title typed in place is saved; the
 * filters keep the path to a match; keys move through the chart and fold
 * a branch; the scorecard stacks its perspectives on a phone */
static void
test_masterplan_page (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(LkMasterplan) stored = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page, *chart, *path, *title_row, *grid;
  LkMasterplan *mp;
  LkGoal *unit_goal;
  g_autofree char *unit_uuid = NULL;
  guint all_rows;

  g_assert_true (lk_example_load (store, "2026-05-10", NULL));
  page = g_object_new (LK_TYPE_MASTERPLAN_PAGE, "store", store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);

  /* The outline starts at the three priority areas */
  g_assert_cmpuint (n_rows (page), ==, 3);
  mp = lk_masterplan_page_get_plan (LK_MASTERPLAN_PAGE (page));
  unit_goal = lk_masterplan_find_titled (mp, "Felles mål og retning i hjemmetjenesten");
  unit_uuid = g_strdup (unit_goal->uuid);
  lk_masterplan_page_select (LK_MASTERPLAN_PAGE (page), unit_uuid);
  spin (100);
  /* Its line is open: area, level 1, level 2, it, its two below it … */
  all_rows = n_rows (page);
  g_assert_cmpuint (all_rows, >=, 6);
  g_assert_cmpstr (lk_goal_detail_get_uuid (LK_GOAL_DETAIL (find_by_type (page, LK_TYPE_GOAL_DETAIL, 0))), ==,
                   unit_uuid);
  title_row = find_named_entry (page, "Goal");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_row)), ==, "Felles mål og retning i hjemmetjenesten");
  path = find_label_with (page, "Hverdagsmestring i alle tjenester");
  g_assert_nonnull (path);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (path)), "<a href="));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (path)), "Folkehelse"));

  /* Typed in place, saved a moment later (or when leaving) */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Felles mål og retning");
  lk_page_flush (LK_PAGE (page));
  stored = lk_store_load_masterplan (store, NULL);
  g_assert_cmpstr (lk_masterplan_find (stored, unit_uuid)->title, ==, "Felles mål og retning");

  /* An empty title is refused where it is typed, and not saved */
  gtk_editable_set_text (GTK_EDITABLE (title_row), "  ");
  lk_page_flush (LK_PAGE (page));
  g_clear_object (&stored);
  stored = lk_store_load_masterplan (store, NULL);
  g_assert_cmpstr (lk_masterplan_find (stored, unit_uuid)->title, ==, "Felles mål og retning");
  g_assert_nonnull (find_label_with (page, "Give the goal a title"));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Felles mål og retning");
  lk_page_flush (LK_PAGE (page));
  spin (300);

  /* Off track only: the red goal and the line down to it */
  {
    GtkDropDown *status = find_drop_down (page, "Any status");

    gtk_drop_down_set_selected (status, 1 + LK_GOAL_STATUS_RED);
    spin (100);
    /* Tidlig og helhetlig innsats → Alle barn får hjelp tidlig */
    g_assert_cmpuint (n_rows (page), ==, 2);
    gtk_drop_down_set_selected (status, 0);
    spin (100);
  }

  /* The chart: keys move the selection, Space folds */
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find_by_type (page, ADW_TYPE_VIEW_STACK, 0)), "breakdown");
  spin (200);
  chart = find_chart (page, "Goal Breakdown");
  g_assert_true (gtk_widget_get_focusable (chart));
  lk_masterplan_page_select (LK_MASTERPLAN_PAGE (page), unit_uuid);
  g_assert_true (press (chart, GDK_KEY_Up));
  mp = lk_masterplan_page_get_plan (LK_MASTERPLAN_PAGE (page));
  g_assert_cmpstr (lk_goal_detail_get_uuid (LK_GOAL_DETAIL (find_by_type (page, LK_TYPE_GOAL_DETAIL, 0))), ==,
                   lk_masterplan_find (mp, unit_uuid)->parent_uuid);
  g_assert_true (press (chart, GDK_KEY_Down));
  g_assert_true (press (chart, GDK_KEY_Down));
  g_assert_cmpstr (lk_goal_detail_get_uuid (LK_GOAL_DETAIL (find_by_type (page, LK_TYPE_GOAL_DETAIL, 0))), !=,
                   unit_uuid);
  g_assert_true (press (chart, GDK_KEY_Up));
  g_assert_cmpstr (lk_goal_detail_get_uuid (LK_GOAL_DETAIL (find_by_type (page, LK_TYPE_GOAL_DETAIL, 0))), ==,
                   unit_uuid);
  /* Folding the unit's goal hides the four goals below it */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chart), ==, "Goal breakdown with 17 goals");
  g_assert_true (press (chart, GDK_KEY_space));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chart), ==, "Goal breakdown with 13 goals");
  g_assert_true (press (chart, GDK_KEY_space));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (chart), ==, "Goal breakdown with 17 goals");
  g_assert_true (press (chart, GDK_KEY_Return));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (find_by_type (page, ADW_TYPE_VIEW_STACK, 0))),
                   ==, "goals");

  /* The scorecard, two by two; on a phone in one column */
  grid = find_scorecard (page);
  g_assert_true (GTK_IS_GRID (grid));
  {
    GtkWidget *second = gtk_widget_get_next_sibling (gtk_widget_get_first_child (grid));
    GtkLayoutChild *child = gtk_layout_manager_get_layout_child (gtk_widget_get_layout_manager (grid), second);

    g_assert_cmpint (gtk_grid_layout_child_get_column (GTK_GRID_LAYOUT_CHILD (child)), ==, 1);
    lk_page_set_narrow (LK_PAGE (page), TRUE);
    g_assert_cmpint (gtk_grid_layout_child_get_column (GTK_GRID_LAYOUT_CHILD (child)), ==, 0);
    g_assert_cmpint (gtk_grid_layout_child_get_row (GTK_GRID_LAYOUT_CHILD (child)), ==, 1);
    lk_page_set_narrow (LK_PAGE (page), FALSE);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  lk_test_rmtree (dir);
}


/* A development goal serves a goal of the plan: chosen in its editor,
 * which shows that goal's line of sight and opens it in the Masterplan */
static void
test_dev_goal_link (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GListStore) goals = NULL;
  g_autoptr(LkDevGoal) linked = NULL;
  g_autoptr(LkMasterplan) mp = NULL;
  g_autofree char *opened = NULL;
  GtkWindow *editor;
  AdwComboRow *row;
  GtkWidget *path;
  LkGoal *board;
  guint n;

  g_assert_true (lk_example_load (store, "2026-05-10", NULL));
  mp = lk_store_load_masterplan (store, NULL);
  board = lk_masterplan_find_titled (mp, "Tavlemøter hver uke i sone nord");
  goals = lk_store_list_dev_goals (store, 2026, FALSE, NULL);
  n = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n && linked == NULL; i++)
    {
      g_autoptr(LkDevGoal) g = g_list_model_get_item (G_LIST_MODEL (goals), i);

      if (g_strcmp0 (lk_dev_goal_get_goal_uuid (g), board->uuid) == 0)
        linked = g_object_ref (g);
    }
  g_assert_nonnull (linked);

  editor = lk_dev_goal_editor_new (NULL, store, 2026, linked);
  g_signal_connect (editor, "open", G_CALLBACK (on_open), &opened);
  gtk_window_present (editor);
  spin (100);
  row = ADW_COMBO_ROW (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Serves"));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), >, 0);
  path = GTK_WIDGET (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, "Line of sight"));
  g_assert_true (gtk_widget_get_visible (path));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (path)), ==,
                   "Folkehelse › Flere innbyggere mestrer eget liv lenger › Hverdagsmestring i alle tjenester › "
                   "Felles mål og retning i hjemmetjenesten › Tavlemøter hver uke i sone nord");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "dev-goal.open-masterplan", NULL));
  g_assert_cmpstr (opened, ==, board->uuid);

  /* None: the line of sight goes, and the link with it when saved */
  adw_combo_row_set_selected (row, 0);
  g_assert_false (gtk_widget_get_visible (path));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (100);
  g_clear_object (&goals);
  goals = lk_store_list_dev_goals (store, 2026, FALSE, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (goals)); i++)
    {
      g_autoptr(LkDevGoal) g = g_list_model_get_item (G_LIST_MODEL (goals), i);

      g_assert_cmpstr (lk_dev_goal_get_goal_uuid (g), !=, board->uuid);
    }
  lk_test_rmtree (dir);
}


/* A tiltak records its benefit in its own editor; it counts for the goal
 * the tiltak serves */
static void
test_measure_benefit (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GListStore) measures = NULL;
  g_autoptr(LkMeasure) overtime = NULL;
  g_autoptr(LkMasterplan) before = NULL;
  g_autoptr(LkMasterplan) after = NULL;
  GtkWindow *editor, *benefit;
  GtkWidget *row;
  LkGoal *economy;
  double identified;

  g_assert_true (lk_example_load (store, "2026-05-10", NULL));
  measures = lk_store_list_measures (store, NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (measures)) && overtime == NULL; i++)
    {
      g_autoptr(LkMeasure) m = g_list_model_get_item (G_LIST_MODEL (measures), i);

      if (g_str_equal (lk_measure_get_title (m), "Redusere overtid med 20 prosent"))
        overtime = g_object_ref (m);
    }
  g_assert_nonnull (overtime);
  before = lk_store_load_masterplan (store, NULL);
  lk_masterplan_roll_up (before, 2026, 2);
  economy = lk_masterplan_find_titled (before, "Økonomi i balanse");
  identified = economy->totals.fte[LK_BENEFIT_IDENTIFIED];

  editor = lk_measure_editor_new (NULL, store, overtime);
  gtk_window_present (editor);
  spin (100);
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "What this tiltak gave"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-benefit", NULL));
  spin (100);
  benefit = find_toplevel (LK_TYPE_BENEFIT_EDITOR);
  g_assert_nonnull (benefit);
  row = find_named_entry (GTK_WIDGET (benefit), "Identified");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "2,5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (benefit), "editor.save", NULL));
  spin (100);
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "2.5 FTE identified"));

  after = lk_store_load_masterplan (store, NULL);
  lk_masterplan_roll_up (after, 2026, 2);
  g_assert_cmpfloat_with_epsilon (lk_masterplan_find_titled (after, "Økonomi i balanse")->totals.fte[LK_BENEFIT_IDENTIFIED],
                                  identified + 2.5, 1e-9);
  gtk_window_destroy (editor);
  spin (50);
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_setenv ("LEDERKOMPASS_TODAY", "2026-05-10", TRUE);

  g_test_add_func ("/widgets/masterplan-page", test_masterplan_page);
  g_test_add_func ("/widgets/dev-goal-link", test_dev_goal_link);
  g_test_add_func ("/widgets/measure-benefit", test_measure_benefit);

  return g_test_run ();
}
