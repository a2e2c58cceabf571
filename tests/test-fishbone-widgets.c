/* test-fishbone-widgets.c: the Fishbone page from the keyboard. Runs
 * under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "lk-chart-view.h"
#include "lk-date.h"
#include "lk-fishbone-outline.h"
#include "lk-fishbone-page.h"
#include "lk-jeg-plan.h"
#include "lk-measure-editor.h"
#include "lk-measures.h"
#include "lk-page.h"
#include "lk-widget-test-util.h"

static AdwToast *last_toast;

static GtkWidget *
find_button_labelled (GtkWidget  *root,
                      const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button_labelled (child, label)))
        return found;
    }

  return NULL;
}

static void
on_open_recorded (GtkWindow   *editor,
                  const char  *area,
                  const char  *target,
                  char       **recorded)
{
  g_free (*recorded);
  *recorded = g_strdup_printf ("%s:%s", area, target);
}

static void
on_page_toast (GtkWidget *page,
               AdwToast  *toast)
{
  g_set_object (&last_toast, toast);
}

static LkCause *
nth_cause (GListStore *list,
           guint       i)
{
  LkCause *node = g_list_model_get_item (G_LIST_MODEL (list), i);

  g_object_unref (node);   /* the tree keeps it */

  return node;
}

/* A Lean follow-up analysis built from the keyboard: Enter, Tab, Shift+Tab,
 * Ctrl+Enter, votes, Alt+Up, Ctrl+Delete and Undo, each leaving the focus
 * on the line it concerns; saved as a whole; a root cause made a tiltak
 * that links back, and the tiltak opening its cause */
static void
test_fishbone_outline (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LK_TYPE_FISHBONE_PAGE, "store", store, NULL);
  LkFishboneOutline *outline;
  LkFishbone *fb;
  LkCause *leadership, *cause, *why;
  g_autoptr(LkFishbone) stored = NULL;
  GtkWindow *editor;
  GtkWidget *title;
  g_autoptr(GListStore) measures = NULL;
  LkMeasureFilter filter;

  g_autofree char *today = lk_date_today ();
  g_autoptr(LkDevGoal) goal = lk_dev_goal_new (atoi (today), "Gi tydelige tilbakemeldinger");

  g_assert_true (lk_store_save_dev_goal (store, goal, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (page, "toast", G_CALLBACK (on_page_toast), NULL);
  g_assert_true (gtk_widget_activate_action (page, "fishbone.new", "s", "lean"));
  spin (100);
  fb = lk_fishbone_page_get_analysis (LK_FISHBONE_PAGE (page));
  g_assert_nonnull (fb);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fb->categories)), ==, 6);
  outline = LK_FISHBONE_OUTLINE (find_by_type (page, LK_TYPE_FISHBONE_OUTLINE, 0));
  leadership = nth_cause (fb->categories, 0);

  /* Enter on a category adds a line after it; Tab puts it under it */
  g_assert_true (lk_fishbone_outline_focus (outline, leadership));
  g_assert_true (lk_fishbone_outline_key (outline, leadership, GDK_KEY_Return, 0));
  cause = lk_fishbone_outline_get_focus (outline);
  g_assert_true (cause != leadership && cause->parent == NULL);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                                                GTK_TYPE_ENTRY)),
                         "Tavlemøtene blir avlyst");
  g_assert_cmpstr (cause->text, ==, "Tavlemøtene blir avlyst");
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Tab, 0));
  g_assert_true (cause->parent == leadership);
  g_assert_true (lk_fishbone_outline_get_focus (outline) == cause);

  /* …and again a level deeper: why? */
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Return, 0));
  why = lk_fishbone_outline_get_focus (outline);
  g_assert_true (why->parent == leadership);
  g_free (why->text);
  why->text = g_strdup ("Travle morgener");
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Tab, 0));
  g_assert_true (why->parent == cause);
  g_assert_true (lk_fishbone_outline_get_focus (outline) == why);

  /* Root cause and votes */
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Return, GDK_CONTROL_MASK));
  g_assert_true (why->root);
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Up, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Up, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_assert_cmpuint (why->votes, ==, 2);
  g_assert_true (lk_fishbone_outline_get_focus (outline) == why);
  /* Ctrl+Up folds a line with causes in the diagram, Ctrl+Down unfolds */
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Up, GDK_CONTROL_MASK));
  g_assert_true (cause->collapsed);
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Down, GDK_CONTROL_MASK));
  g_assert_false (cause->collapsed);
  g_assert_true (lk_fishbone_outline_focus (outline, why));

  /* Up goes to the line above; Alt+Up cannot move a first child */
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Up, 0));
  g_assert_true (lk_fishbone_outline_get_focus (outline) == cause);
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Up, GDK_ALT_MASK));
  g_assert_true (cause->parent == leadership);

  /* Ctrl+Delete, then Undo from the toast */
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_Delete, GDK_CONTROL_MASK));
  g_assert_cmpuint (lk_fishbone_count_causes (fb), ==, 1);
  g_assert_nonnull (last_toast);
  g_signal_emit_by_name (last_toast, "button-clicked");
  g_assert_cmpuint (lk_fishbone_count_causes (fb), ==, 2);
  g_assert_true (lk_fishbone_outline_get_focus (outline)->parent == cause);

  /* Pasting an indented list after a line makes its tree there; one line
   * is typed in as text */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (outline)),
                          "Lite opplæring\n\t- Nye ansatte\n\t- Vikarer\n");
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_v, GDK_CONTROL_MASK));
  spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (leadership->children)), ==, 2);
  g_assert_cmpstr (nth_cause (leadership->children, 1)->text, ==, "Lite opplæring");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (nth_cause (leadership->children, 1)->children)), ==, 2);
  g_assert_cmpstr (nth_cause (nth_cause (leadership->children, 1)->children, 1)->text, ==, "Vikarer");

  /* The diagram zooms in steps and back to fitting its place */
  {
    LkChartView *diagram = LK_CHART_VIEW (find_by_type (page, LK_TYPE_CHART_VIEW, 0));
    double fitted, zoomed, nx, ny, scale, dx, dy;

    spin (100);
    fitted = lk_chart_view_get_zoom (diagram);
    g_assert_cmpfloat (fitted, >, 0.7);
    g_assert_cmpfloat (fitted, <=, 1.0);
    g_assert_true (gtk_widget_activate_action (page, "fishbone.zoom-in", NULL));
    zoomed = lk_chart_view_get_zoom (diagram);
    g_assert_cmpfloat (fabs (zoomed - fitted * 1.25), <, 0.001);
    lk_chart_view_get_transform (diagram, &scale, &dx, &dy);
    lk_chart_view_to_natural (diagram, dx + 100 * scale, dy + 50 * scale, &nx, &ny);
    g_assert_cmpfloat (fabs (nx - 100), <, 0.001);
    g_assert_cmpfloat (fabs (ny - 50), <, 0.001);
    g_assert_true (gtk_widget_activate_action (page, "fishbone.zoom-fit", NULL));
    g_assert_cmpfloat (fabs (lk_chart_view_get_zoom (diagram) - fitted), <, 0.001);
  }

  /* It comes from the development goal, chosen among risks and goals */
  {
    GtkWidget *origin = find_by_type_and_title (page, ADW_TYPE_COMBO_ROW, "Comes from");

    g_assert_nonnull (origin);
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (origin))), ==, 2);
    adw_combo_row_set_selected (ADW_COMBO_ROW (origin), 1);
    g_assert_cmpint (fb->source_kind, ==, LK_SOURCE_DEV_GOAL);
    g_assert_cmpstr (fb->source_uuid, ==, lk_dev_goal_get_uuid (goal));
  }

  /* An empty line does not keep the rest from being saved */
  g_assert_true (lk_fishbone_outline_key (outline, cause, GDK_KEY_Return, 0));
  g_assert_true (lk_fishbone_page_save_now (LK_FISHBONE_PAGE (page)));
  stored = lk_store_get_fishbone (store, fb->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lk_fishbone_count_causes (stored), ==, 2 + 3);
  g_assert_true (lk_fishbone_find (stored, why->uuid)->root);
  g_assert_cmpint (stored->source_kind, ==, LK_SOURCE_DEV_GOAL);

  /* Ctrl+M: the root cause becomes a tiltak, linked by its uuid */
  why = lk_fishbone_find (fb, why->uuid);
  g_assert_true (lk_fishbone_outline_key (outline, why, GDK_KEY_m, GDK_CONTROL_MASK));
  spin (100);
  editor = find_toplevel (LK_TYPE_MEASURE_EDITOR);
  g_assert_nonnull (editor);
  title = find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  gtk_editable_set_text (GTK_EDITABLE (title), "Fast tid for tavlemøtet");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_CAUSE;
  filter.source_uuid = why->uuid;
  measures = lk_store_list_measures (store, &filter, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (measures)), ==, 1);
  spin (100);
  g_assert_nonnull (find_label_with (page, "1 tiltak, 0 done") ? find_label_with (page, "1 tiltak, 0 done")
                                                                 : find_button_labelled (page, "1 tiltak, 0 done"));

  /* …and the tiltak opens its cause: from its editor, and as the window does */
  {
    g_autoptr(LkMeasure) m = g_list_model_get_item (G_LIST_MODEL (measures), 0);
    GtkWindow *opened = lk_measure_editor_new (NULL, store, m);
    g_autofree char *recorded = NULL;
    g_autofree char *expected = g_strdup_printf ("fishbone:%s", why->uuid);

    g_signal_connect (opened, "open", G_CALLBACK (on_open_recorded), &recorded);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (opened), "editor.open-source", NULL));
    g_assert_cmpstr (recorded, ==, expected);
    gtk_window_destroy (opened);
  }
  g_assert_true (gtk_widget_activate_action (page, "fishbone.back", NULL));
  g_assert_null (lk_fishbone_page_get_analysis (LK_FISHBONE_PAGE (page)));
  g_assert_true (lk_page_show (LK_PAGE (page), why->uuid));
  g_assert_cmpstr (lk_fishbone_outline_get_focus (outline)->uuid, ==, why->uuid);

  g_clear_object (&last_toast);
  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/fishbone-outline", test_fishbone_outline);

  return g_test_run ();
}
