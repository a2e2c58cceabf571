/* test-widgets.c: every composite template instantiates, and the widgets
 * write what they show to the store. Runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "lk-application.h"
#include "lk-chart-view.h"
#include "lk-measure-editor.h"
#include "lk-preferences-window.h"
#include "lk-log-page.h"
#include "lk-window.h"
#include "model/lk-jeg-plan.h"
#include "lk-test-util.h"
#include "model/lk-example.h"
#include "model/lk-measures.h"
#include "charts/lk-chart-measures.h"

#include <string.h>

static LkStore *
open_store (char **dir)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  LkStore *store;

  *dir = lk_test_tmpdir ();
  path = g_build_filename (*dir, "w.db", NULL);
  store = lk_store_open (path, &error);
  g_assert_no_error (error);

  return store;
}

static GtkWidget *
find_by_type_and_title (GtkWidget  *root,
                        GType       type,
                        const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          (title == NULL ||
           g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0))
        return child;
      if ((found = find_by_type_and_title (child, type, title)))
        return found;
    }

  return NULL;
}

static void
test_preferences_write_store (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *name = NULL;
  GtkWindow *prefs;
  GtkWidget *row;

  lk_store_set_setting (store, "user-unit", "Hjemmetjenesten", NULL);
  prefs = lk_preferences_window_new (store, settings);
  gtk_window_present (prefs);

  /* Shows what is stored ... */
  row = find_by_type_and_title (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, "Unit");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Hjemmetjenesten");

  /* ... and stores what is typed, trimmed */
  row = find_by_type_and_title (GTK_WIDGET (prefs), ADW_TYPE_ENTRY_ROW, "Your name");
  gtk_editable_set_text (GTK_EDITABLE (row), "  Kari Nordmann ");
  name = lk_store_get_setting (store, "user-name");
  g_assert_cmpstr (name, ==, "Kari Nordmann");

  /* The start page goes to GSettings */
  row = find_by_type_and_title (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW, "Start page");
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 7);
  {
    g_autofree char *start = g_settings_get_string (settings, "start-page");
    g_assert_cmpstr (start, ==, "measures");
  }

  gtk_window_destroy (prefs);
  lk_test_rmtree (dir);
}

static void
test_editor_saves_and_validates (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GListStore) all = NULL;
  GtkWindow *editor;
  GtkWidget *title, *deadline;

  lk_store_set_setting (store, "default-owner", "Ola", NULL);
  editor = lk_measure_editor_new (NULL, store, NULL);
  gtk_window_present (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "New Measure");

  /* An empty title cannot be saved */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (lk_store_is_empty (store));

  title = find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Title");
  deadline = find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                     "Deadline (frist), like 31.12.2026");
  gtk_editable_set_text (GTK_EDITABLE (title), "Ny rutine");
  gtk_editable_set_text (GTK_EDITABLE (deadline), "30.02.2027");
  g_assert_true (gtk_widget_has_css_class (deadline, "error"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_true (lk_store_is_empty (store));

  g_object_ref (editor);
  gtk_editable_set_text (GTK_EDITABLE (deadline), "1.3.27");
  g_assert_false (gtk_widget_has_css_class (deadline, "error"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);

  all = lk_store_list_measures (store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 1);
  {
    g_autoptr(LkMeasure) m = g_list_model_get_item (G_LIST_MODEL (all), 0);
    g_assert_cmpstr (lk_measure_get_title (m), ==, "Ny rutine");
    g_assert_cmpstr (lk_measure_get_owner (m), ==, "Ola");
    g_assert_cmpstr (lk_measure_get_deadline (m), ==, "2027-03-01");
  }
  g_object_unref (editor);

  lk_test_rmtree (dir);
}

static int n_draws;

static void
count_draw (cairo_t            *cr,
            double              width,
            double              height,
            const LkChartStyle *style,
            gpointer            data)
{
  g_assert_cmpfloat (width, >, 0);
  g_assert_cmpfloat (height, >, 0);
  n_draws++;
}

static void
test_chart_view_draws (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (LK_TYPE_CHART_VIEW, "title", "Test chart", NULL);
  g_autoptr(GdkPaintable) paintable = NULL;

  lk_chart_view_set_draw_func (LK_CHART_VIEW (view), count_draw, NULL, NULL);
  gtk_widget_set_size_request (view, 300, 200);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  paintable = gtk_widget_paintable_new (view);
  for (int i = 0; i < 50 && n_draws == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
      if (gtk_widget_get_width (view) > 0)
        {
          GtkSnapshot *snapshot = gtk_snapshot_new ();
          GskRenderNode *node;

          gdk_paintable_snapshot (paintable, snapshot, 300, 200);
          node = gtk_snapshot_free_to_node (snapshot);
          g_clear_pointer (&node, gsk_render_node_unref);
        }
    }
  g_assert_cmpint (n_draws, >, 0);
  g_assert_cmpstr (lk_chart_view_get_title (LK_CHART_VIEW (view)), ==, "Test chart");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
draw_status (cairo_t            *cr,
             double              width,
             double              height,
             const LkChartStyle *style,
             gpointer            data)
{
  lk_chart_measure_status_draw (cr, width, height, data, style);
}

/* Printing runs the chart's own drawing code: print to a PDF and read it. */
static void
test_chart_view_prints (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  LkMeasureCounts counts = { .total = 3, .by_status = { 1, 1, 1, 0, 0 } };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (LK_TYPE_CHART_VIEW, "title", "Status", NULL);

  gtk_window_set_child (GTK_WINDOW (window), view);
  lk_chart_view_set_draw_func (LK_CHART_VIEW (view), draw_status, &counts, NULL);

  g_assert_true (lk_chart_view_print_to_pdf (LK_CHART_VIEW (view), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if ((out = lk_test_pdf_text (path)) != NULL)
    {
      g_assert_nonnull (strstr (out, "Measures by status"));
      g_assert_nonnull (strstr (out, "Started"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type,
              guint      skip)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_visible (child))
        {
          if (skip == 0)
            return child;
          skip--;
        }
      if ((found = find_by_type (child, type, skip)))
        return found;
    }

  return NULL;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

/* A prompt prefills the entry; typing is saved within a second, without
 * pressing anything; undo works; nothing is saved before the first change. */
static void
test_log_autosave (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GListStore) entries = NULL;
  g_autoptr(LkLogEntry) saved = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LK_TYPE_LOG_PAGE, NULL);
  GtkTextView *body;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  GtkWidget *title;
  g_autofree char *text = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  lk_log_page_set_store (LK_LOG_PAGE (page), store);
  gtk_window_present (GTK_WINDOW (window));

  lk_log_page_new_entry (LK_LOG_PAGE (page), "evaluation");
  body = GTK_TEXT_VIEW (find_by_type (page, GTK_TYPE_TEXT_VIEW, 0));
  buffer = gtk_text_view_get_buffer (body);
  gtk_text_buffer_get_bounds (buffer, &end, &end);
  {
    GtkTextIter start;
    gtk_text_buffer_get_start_iter (buffer, &start);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  }
  g_assert_true (g_str_has_prefix (text, "## What did we do well?"));

  spin (800);
  entries = lk_store_list_log_entries (store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 0);
  g_clear_object (&entries);

  title = find_by_type (page, GTK_TYPE_ENTRY, 0);
  gtk_editable_set_text (GTK_EDITABLE (title), "Møte om turnus 🗓️");
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "Vi lyttet til hverandre. שלום", -1);

  /* Saved within a second of the last change */
  spin (1000);
  entries = lk_store_list_log_entries (store, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 1);
  saved = g_list_model_get_item (G_LIST_MODEL (entries), 0);
  g_assert_cmpstr (lk_log_entry_get_title (saved), ==, "Møte om turnus 🗓️");
  g_assert_true (g_str_has_suffix (lk_log_entry_get_body (saved), "Vi lyttet til hverandre. שלום"));
  g_assert_cmpstr (lk_log_entry_get_template (saved), ==, "evaluation");
  g_clear_object (&entries);
  g_clear_object (&saved);

  /* Undo takes the typing back, and that is saved too */
  g_assert_true (gtk_text_buffer_get_can_undo (buffer));
  gtk_text_buffer_undo (buffer);
  lk_log_page_flush (LK_LOG_PAGE (page));
  entries = lk_store_list_log_entries (store, NULL, NULL);
  saved = g_list_model_get_item (G_LIST_MODEL (entries), 0);
  g_assert_false (g_str_has_suffix (lk_log_entry_get_body (saved), "שלום"));

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/preferences", test_preferences_write_store);
  g_test_add_func ("/widgets/editor", test_editor_saves_and_validates);
  g_test_add_func ("/widgets/chart-view", test_chart_view_draws);
  g_test_add_func ("/widgets/chart-view-prints", test_chart_view_prints);
  g_test_add_func ("/widgets/log-autosave", test_log_autosave);

  return g_test_run ();
}
