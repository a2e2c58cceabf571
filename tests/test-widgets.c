/* test-widgets.c: every composite template instantiates, and the widgets
 * write what they show to the store. Runs under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "lk-a11y.h"
#include "lk-adw-texts.h"
#include "lk-application.h"
#include "lk-chart-view.h"
#include "lk-measure-editor.h"
#include "lk-measures-page.h"
#include "lk-preferences-window.h"
#include "lk-log-entry-view.h"
#include "lk-log-page.h"
#include "lk-markdown.h"
#include "lk-window.h"
#include "lk-assessment-editor.h"
#include "lk-risk-editor.h"
#include "lk-fishbone-page.h"
#include "lk-fishbone-outline.h"
#include "lk-deviation-editor.h"
#include "lk-dev-goal-editor.h"
#include "lk-risk-page.h"
#include "lk-round-editor.h"
#include "lk-risk.h"
#include "lk-jeg-plan.h"
#include "lk-test-util.h"
#include "lk-widget-test-util.h"
#include "lk-example.h"
#include "lk-date.h"
#include "lk-masterplan.h"
#include "lk-ten-factor.h"
#include "lk-measures.h"
#include "lk-chart-measures.h"
#include "lk-chart-heatmap.h"
#include "lk-zone-style.h"

#include <locale.h>
#include <math.h>
#include <string.h>

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

  /* The anonymity threshold: raised, stored; never below three */
  {
    GtkSpinButton *spin = GTK_SPIN_BUTTON (find_by_type (GTK_WIDGET (prefs), GTK_TYPE_SPIN_BUTTON, 0));

    g_assert_nonnull (spin);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 3);
    gtk_spin_button_set_value (spin, 5);
    g_assert_cmpuint (lk_store_get_anonymity_threshold (store), ==, 5);
    gtk_spin_button_set_value (spin, 1);
    g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 3);
    g_assert_cmpuint (lk_store_get_anonymity_threshold (store), ==, 3);
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

/* A prompt prefills the entry; typing is saved within a second, without
 * pressing anything; undo works; nothing is saved before the first change. */
/* The page's own list view (drop-downs have list views in their popovers) */
static GtkListView *
find_list_of (GtkWidget *root,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListView *found;

      if (GTK_IS_POPOVER (child))
        continue;
      if (GTK_IS_LIST_VIEW (child))
        return GTK_LIST_VIEW (child);
      if ((found = find_list_of (child, type)))
        return found;
    }

  return NULL;
}

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

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 420);
  lk_log_page_new_entry (LK_LOG_PAGE (page), "evaluation");
  body = GTK_TEXT_VIEW (find_by_type (page, GTK_TYPE_TEXT_VIEW, 0));
  /* A new entry from a prompt opens at the top, its title focused */
  spin (600);
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
    GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (body), GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

    g_assert_nonnull (focus);
    g_assert_true (focus == find_by_type (page, GTK_TYPE_ENTRY, 0) ||
                   gtk_widget_is_ancestor (focus, find_by_type (page, GTK_TYPE_ENTRY, 0)));
    g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment));
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  }
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
  g_clear_object (&entries);

  /* Deleting closes the entry and takes it out of the list; typing in the
   * fields it leaves behind stores nothing */
  {
    GtkWidget *view = find_by_type_and_title (page, LK_TYPE_LOG_ENTRY_VIEW, NULL);
    GtkListView *list = find_list_of (page, 0);

    /* Back to the list, where it shows, and opened again from there */
    g_assert_true (gtk_widget_activate_action (page, "log.back", NULL));
    spin (100);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 1);
    g_signal_emit_by_name (list, "activate", 0);
    g_assert_nonnull (lk_log_entry_view_get_entry (LK_LOG_ENTRY_VIEW (view)));
    g_assert_true (gtk_widget_activate_action (view, "entry.delete", NULL));
    spin (100);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list))), ==, 0);
    g_assert_null (lk_log_entry_view_get_entry (LK_LOG_ENTRY_VIEW (view)));
    gtk_editable_set_text (GTK_EDITABLE (title), "Skrevet etter sletting");
    spin (1000);
    lk_log_page_flush (LK_LOG_PAGE (page));
    entries = lk_store_list_log_entries (store, NULL, NULL);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (entries)), ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

/* --- Risk ------------------------------------------------------------------ */

static LkRiskPage *
risk_page_with_example (LkStore    *store,
                        GtkWidget **window_out,
                        char      **uuid_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LK_TYPE_RISK_PAGE, "store", store, NULL);
  LkRiskAssessment *a = NULL;

  g_assert_true (lk_example_load (store, NULL, &error));
  g_assert_no_error (error);
  assessments = lk_store_list_risk_assessments (store, &error);
  for (guint i = 0; i < assessments->len; i++)
    if (g_str_has_prefix (((LkRiskAssessment *)g_ptr_array_index (assessments, i))->title, "Legemiddel"))
      a = g_ptr_array_index (assessments, i);
  g_assert_nonnull (a);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 1400);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lk_risk_page_show_assessment (LK_RISK_PAGE (page), a->uuid));
  for (int i = 0; i < 200 && gtk_widget_get_width (lk_assessment_view_get_heat_map (lk_risk_page_get_assessment_view (LK_RISK_PAGE (page)))) == 0; i++)
    spin (10);

  *window_out = window;
  *uuid_out = g_strdup (a->uuid);

  return LK_RISK_PAGE (page);
}

/* Pointing at a marker finds its risk by the chart's own layout, and a click
 * there opens that risk. */
static GtkWidget *
find_by_action (GtkWidget  *root,
                const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_by_action (child, action)))
        return found;
    }

  return NULL;
}

/* A key press as it reaches @widget: runs the widget's own bindings for
 * it, as GTK does when no child takes the key. */
static gboolean
press (GtkWidget       *widget,
       guint            keyval,
       GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* Escape and Alt+Left leave an open log entry and an open assessment; with
 * nothing open the keys are left to others. */
static void
test_keys_leave_nested_views (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autofree char *uuid = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *log = g_object_new (LK_TYPE_LOG_PAGE, NULL);
  GtkWidget *body;
  LkRiskPage *risk;
  GtkWidget *risk_window;
  GtkWidget *detail;

  gtk_window_set_child (GTK_WINDOW (window), log);
  lk_log_page_set_store (LK_LOG_PAGE (log), store);
  gtk_window_present (GTK_WINDOW (window));
  spin (600);

  g_assert_false (press (log, GDK_KEY_Escape, 0));
  for (guint k = 0; k < 2; k++)
    {
      lk_log_page_new_entry (LK_LOG_PAGE (log), "evaluation");
      spin (600);
      body = find_by_type (log, GTK_TYPE_TEXT_VIEW, 0);
      g_assert_true (gtk_widget_get_mapped (body));
      g_assert_true (press (log, k == 0 ? GDK_KEY_Escape : GDK_KEY_Left, k == 0 ? 0 : GDK_ALT_MASK));
      spin (600);
      g_assert_false (gtk_widget_get_mapped (body));
    }
  g_assert_false (press (log, GDK_KEY_Left, GDK_ALT_MASK));
  gtk_window_destroy (GTK_WINDOW (window));

  risk = risk_page_with_example (store, &risk_window, &uuid);
  detail = GTK_WIDGET (lk_risk_page_get_assessment_view (risk));
  g_assert_true (gtk_widget_get_mapped (detail));
  g_assert_true (press (GTK_WIDGET (risk), GDK_KEY_Left, GDK_ALT_MASK));
  spin (600);
  g_assert_false (gtk_widget_get_mapped (detail));
  g_assert_false (press (GTK_WIDGET (risk), GDK_KEY_Escape, 0));
  g_assert_true (lk_risk_page_show_assessment (risk, uuid));
  spin (600);
  g_assert_true (press (GTK_WIDGET (risk), GDK_KEY_Escape, 0));
  spin (600);
  g_assert_false (gtk_widget_get_mapped (detail));

  /* The window's back button, narrow, backs out of the open assessment
   * first; the view then has no back button of its own */
  g_assert_false (lk_page_go_back (LK_PAGE (risk)));
  g_assert_true (lk_risk_page_show_assessment (risk, uuid));
  lk_page_set_narrow (LK_PAGE (risk), TRUE);
  spin (600);
  g_assert_false (gtk_widget_get_mapped (find_by_action (detail, "risk.back")));
  g_assert_true (lk_page_go_back (LK_PAGE (risk)));
  spin (600);
  g_assert_false (gtk_widget_get_mapped (detail));
  g_assert_false (lk_page_go_back (LK_PAGE (risk)));
  lk_page_set_narrow (LK_PAGE (risk), FALSE);
  gtk_window_destroy (GTK_WINDOW (risk_window));
}

static double
luminance (const GdkRGBA *c)
{
  double v[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    v[i] = v[i] <= 0.03928 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* The label's colour over the view, with the CSS opacity of the label and
 * its parents applied, as the eye gets it */
static double
contrast_on_view (GtkWidget *label,
                  gboolean   dark)
{
  GdkRGBA fg, bg = dark ? (GdkRGBA) { 0x1e / 255.0, 0x1e / 255.0, 0x1e / 255.0, 1 }
                        : (GdkRGBA) { 1, 1, 1, 1 };
  double alpha, l1, l2;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &fg);
G_GNUC_END_IGNORE_DEPRECATIONS
  alpha = fg.alpha;
  for (GtkWidget *w = label; w != NULL; w = gtk_widget_get_parent (w))
    alpha *= gtk_widget_has_css_class (w, "dim-label") ? 0.55 : 1.0;
  fg.red = fg.red * alpha + bg.red * (1 - alpha);
  fg.green = fg.green * alpha + bg.green * (1 - alpha);
  fg.blue = fg.blue * alpha + bg.blue * (1 - alpha);
  l1 = luminance (&fg);
  l2 = luminance (&bg);

  return (MAX (l1, l2) + 0.05) / (MIN (l1, l2) + 0.05);
}

/* Overdue in Tiltak's narrow list reads at 4.5:1 or better, light and dark */
static void
test_overdue_contrast (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(LkMeasure) measure = lk_measure_new ("Rydde lageret");
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page;

  lk_measure_set_owner (measure, "Kari");
  lk_measure_set_deadline (measure, "2026-01-05");
  g_assert_true (lk_store_save_measure (store, measure, NULL));
  page = g_object_new (LK_TYPE_MEASURES_PAGE, "store", store, NULL);
  lk_measures_page_set_compact (LK_MEASURES_PAGE (page), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 600);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  for (guint dark = 0; dark < 2; dark++)
    {
      GtkWidget *label;

      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                      : ADW_COLOR_SCHEME_FORCE_LIGHT);
      spin (300);
      label = find_label_with (page, "overdue");
      g_assert_nonnull (label);
      g_assert_cmpfloat (contrast_on_view (label, dark), >=, 4.5);
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_row_titled (GtkWidget  *root,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((ADW_IS_PREFERENCES_ROW (child) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0) ||
        has_row_titled (child, title))
      return TRUE;

  return FALSE;
}

/* Where libadwaita has no Bokmål, its Preferences title and About pages
 * come from the application's catalogue */
static void
test_adw_texts_translated (void)
{
  const char *dir = g_getenv ("LK_TEST_LOCALEDIR");
  g_autofree char *locale_dir = NULL;
  GtkWidget *prefs, *about;
  gboolean credits = FALSE;

  g_assert_nonnull (dir);
  /* gtk_test_init() keeps the C locale, where gettext reads no LANGUAGE */
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "nb", TRUE);
  if (g_strcmp0 (g_dgettext ("libadwaita", "Preferences"), "Preferences") != 0)
    {
      g_test_skip ("libadwaita has Bokmål of its own here");
      g_setenv ("LANGUAGE", "C", TRUE);
      return;
    }

  prefs = g_object_new (ADW_TYPE_PREFERENCES_WINDOW, NULL);
  lk_adw_texts_apply (prefs);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (prefs)), ==, "Innstillinger");
  gtk_window_destroy (GTK_WINDOW (prefs));

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW, "application-name", "Lederkompass",
                        "developers", (const char *[]) { "Kari", NULL },
                        "license-type", GTK_LICENSE_GPL_3_0, NULL);
  lk_adw_texts_apply (about);
  credits = has_row_titled (about, "_Medvirkende");
  g_assert_false (has_row_titled (about, "_Credits"));
  g_assert_false (has_row_titled (about, "_Legal"));
  g_assert_true (credits);
  gtk_window_destroy (GTK_WINDOW (about));
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
}

/* Labels whose text is cut (ellipsised) with no tooltip giving it whole */
static void
collect_cut_labels (GtkWidget *widget,
                    GString   *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  /* An excerpt (a learning-log entry's first line) is partial on purpose */
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0' &&
      !gtk_widget_has_css_class (widget, "excerpt") &&
      pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (widget))))
    g_string_append_printf (out, "  “%s”\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cut_labels (child, out);
}

/* An item to open in an area: the first analysis; the unit's goal, whose
 * detail has the most in it */
static char *
first_item_of (LkStore    *store,
               const char *area)
{
  if (g_str_equal (area, "fishbone"))
    {
      g_autoptr(GListStore) all = lk_store_list_fishbones (store, NULL);
      g_autoptr(LkFishbone) first = g_list_model_get_item (G_LIST_MODEL (all), 0);

      return first ? g_strdup (first->uuid) : NULL;
    }
  if (g_str_equal (area, "masterplan"))
    {
      g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (store, NULL);
      LkGoal *goal = lk_masterplan_find_titled (mp, "Felles mål og retning i hjemmetjenesten");

      return goal ? g_strdup (goal->uuid) : NULL;
    }

  return NULL;
}

/* Every area with the example data, in Bokmål and Nynorsk, at 1,100 and at
 * 360 px: no text is cut off */
static void
test_nothing_cut_off (void)
{
  const char *dir = g_getenv ("LK_TEST_LOCALEDIR");
  const char *langs[] = { "nb", "nn" };
  const char *pages[] = { "overview", "masterplan", "masterplan@", "masterplan:breakdown",
                          "masterplan:scorecard", "jeg-plan", "jeg-plan:log", "risk", "risk:deviations",
                          "fishbone", "fishbone@", "measures" };
  const int widths[] = { 1100, 360 };
  g_autoptr(GString) cut = g_string_new (NULL);

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The UI's _() is gettext() in the application's domain, as main() sets */
  textdomain (GETTEXT_PACKAGE);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *tmp = NULL;
      g_autoptr(LkStore) store = NULL;

      g_setenv ("LANGUAGE", langs[l], TRUE);
      store = open_store (&tmp);
      g_assert_true (lk_example_load (store, NULL, NULL));
      for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
        {
          g_autoptr(GSettings) settings = g_settings_new ("io.github.lederkompass.Lederkompass");
          LkWindow *window = lk_window_new (NULL, store, settings);

          gtk_window_set_default_size (GTK_WINDOW (window), widths[w], 720);
          gtk_window_present (GTK_WINDOW (window));
          for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
            {
              gsize before = cut->len;

              g_auto(GStrv) id = g_strsplit (pages[p], ":", 2);

              /* "area@": its first item open */
              if (g_str_has_suffix (id[0], "@"))
                {
                  g_autofree char *area = g_strndup (id[0], strlen (id[0]) - 1);
                  g_autofree char *uuid = first_item_of (store, area);

                  g_assert_nonnull (uuid);
                  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", "(ss)",
                                                             area, uuid));
                }
              else
                lk_window_show_page (window, id[0]);
              if (id[1] != NULL)
                {
                  GtkWidget *title = find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, 0);

                  adw_view_stack_set_visible_child_name (
                    adw_view_switcher_title_get_stack (ADW_VIEW_SWITCHER_TITLE (title)), id[1]);
                }
              spin (500);
              collect_cut_labels (GTK_WIDGET (window), cut);
              if (cut->len > before)
                {
                  g_autofree char *where = g_strdup_printf ("%s, %s, %d px:\n", langs[l], pages[p], widths[w]);
                  g_string_insert (cut, before, where);
                }
            }
          gtk_window_destroy (GTK_WINDOW (window));
        }
    }
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");

  if (cut->len > 0)
    g_test_message ("Cut off:\n%s", cut->str);
  g_assert_cmpuint (cut->len, ==, 0);
}

static gboolean
has_tag_at (GtkTextBuffer *buffer,
            const char    *name,
            int            line,
            int            offset)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), name);
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_line_offset (buffer, &iter, line, offset);

  return tag != NULL && gtk_text_iter_has_tag (&iter, tag);
}

/* The log's Markdown shows as styling while editing, the marks quiet */
static void
test_markdown_styling (void)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = g_object_new (LK_TYPE_LOG_PAGE, NULL);
  GtkTextView *body;

  lk_markdown_attach (buffer);
  gtk_text_buffer_set_text (buffer, "## Hva skjedde?\n\nVi gjorde **mye** riktig, *nesten* alt.\n- første\nVanlig tekst", -1);
  g_assert_true (has_tag_at (buffer, "md-mark", 0, 0));
  g_assert_true (has_tag_at (buffer, "md-heading", 0, 5));
  g_assert_false (has_tag_at (buffer, "md-heading", 2, 0));
  g_assert_true (has_tag_at (buffer, "md-strong", 2, 12));       /* "mye" */
  g_assert_true (has_tag_at (buffer, "md-mark", 2, 10));         /* its "**" */
  g_assert_false (has_tag_at (buffer, "md-strong", 2, 20));
  g_assert_true (has_tag_at (buffer, "md-em", 2, 28));           /* "nesten" */
  g_assert_true (has_tag_at (buffer, "md-list", 3, 3));
  g_assert_false (has_tag_at (buffer, "md-list", 4, 3));
  /* Edits restyle: a line that stops being a heading loses the style */
  {
    GtkTextIter a, b;

    gtk_text_buffer_get_iter_at_line_offset (buffer, &a, 0, 0);
    gtk_text_buffer_get_iter_at_line_offset (buffer, &b, 0, 3);
    gtk_text_buffer_delete (buffer, &a, &b);
    g_assert_false (has_tag_at (buffer, "md-heading", 0, 2));
  }

  /* And the log's editor uses it: a prompt's headings are styled */
  gtk_window_set_child (GTK_WINDOW (window), page);
  lk_log_page_set_store (LK_LOG_PAGE (page), store);
  gtk_window_present (GTK_WINDOW (window));
  lk_log_page_new_entry (LK_LOG_PAGE (page), "evaluation");
  body = GTK_TEXT_VIEW (find_by_type (page, GTK_TYPE_TEXT_VIEW, 0));
  g_assert_true (has_tag_at (gtk_text_view_get_buffer (body), "md-heading", 0, 4));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_risk_heat_map_hits (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autofree char *uuid = NULL;
  g_autoptr(LkRiskAssessment) a = NULL;
  GtkWidget *window;
  LkRiskPage *page = risk_page_with_example (store, &window, &uuid);
  GtkWidget *heat_map = lk_assessment_view_get_heat_map (lk_risk_page_get_assessment_view (page));
  g_autoptr(GListModel) controllers = NULL;
  GtkWindow *editor;
  double x, y;

  a = lk_store_get_risk_assessment (store, uuid, NULL);
  g_assert_cmpint (gtk_widget_get_width (heat_map), >, 0);
  for (guint i = 0; i < a->risks->len; i++)
    {
      g_assert_true (lk_assessment_view_marker_center (lk_risk_page_get_assessment_view (page), i, &x, &y));
      g_assert_cmpint (lk_assessment_view_risk_at (lk_risk_page_get_assessment_view (page), x, y), ==, (int)i);
    }
  g_assert_cmpint (lk_assessment_view_risk_at (lk_risk_page_get_assessment_view (page), 1, 1), ==, -1);

  /* A click on risk 3 opens risk 3 */
  g_assert_true (lk_assessment_view_marker_center (lk_risk_page_get_assessment_view (page), 2, &x, &y));
  controllers = gtk_widget_observe_controllers (heat_map);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        g_signal_emit_by_name (controller, "released", 1, x, y);
    }
  editor = GTK_WINDOW (find_toplevel (LK_TYPE_RISK_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_window_get_title (editor), ==, "Risk 3");
  gtk_window_destroy (editor);

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

/* Print Table… draws the same pages as the PDF export. */
static void
test_risk_table_prints (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autofree char *uuid = NULL;
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  LkRiskPage *page = risk_page_with_example (store, &window, &uuid);

  path = g_build_filename (dir, "table.pdf", NULL);
  g_assert_true (lk_assessment_view_print_table_to_pdf (lk_risk_page_get_assessment_view (page), path, &error));
  g_assert_no_error (error);
  if ((out = lk_test_pdf_text (path)) != NULL)
    {
      /* Printing uses the document's pages: the table, the heat map, the bowtie */
      g_assert_nonnull (strstr (out, "Legemiddelhåndtering i hjemmetjenesten"));
      g_assert_nonnull (strstr (out, "Existing controls"));
      g_assert_nonnull (strstr (out, "Heat Map: Before and After Measures"));
      g_assert_nonnull (strstr (out, "Bowtie for Risk 1"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

/* Opening and saving a risk keeps values that lie between this matrix's
 * levels; a level the user changes is stored as that level. */
static void
test_risk_editor_keeps_values (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LkRiskAssessment) a = lk_risk_assessment_new ("Brann", "2026-05-04");
  g_autoptr(LkRiskAssessment) saved = NULL;
  LkRisk *risk = lk_risk_new ("Brann i kjøkkenet");
  g_autofree char *risk_uuid = NULL;
  GtkWindow *editor;
  GtkWidget *combo;

  risk->p_before = 0.25;   /* level 2 of 5; between levels in 3×3 */
  risk->c_before = 0.75;
  g_ptr_array_add (a->risks, risk);
  lk_risk_matrix_resize (&a->matrix, 3);
  g_assert_true (lk_store_save_risk_assessment (store, a, &error));
  risk_uuid = g_strdup (risk->uuid);

  editor = lk_risk_editor_new (NULL, store, a->uuid, risk_uuid);
  g_assert_nonnull (editor);
  gtk_window_present (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  saved = lk_store_get_risk_assessment (store, a->uuid, NULL);
  risk = g_ptr_array_index (saved->risks, 0);
  g_assert_cmpfloat (risk->p_before, ==, 0.25);
  g_assert_cmpfloat (risk->c_before, ==, 0.75);
  g_clear_object (&saved);

  /* The first combo row is the probability before: choose level 3 of 3 */
  editor = lk_risk_editor_new (NULL, store, a->uuid, risk_uuid);
  gtk_window_present (editor);
  combo = find_by_type (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (combo)), ==, "Probability");
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  saved = lk_store_get_risk_assessment (store, a->uuid, NULL);
  risk = g_ptr_array_index (saved->risks, 0);
  g_assert_cmpfloat (risk->p_before, ==, 1.0);
  g_assert_cmpfloat (risk->c_before, ==, 0.75);

  lk_test_rmtree (dir);
}

/* A new assessment in 3×3 saved as the default: the next one starts so. */
static void
test_assessment_editor_default (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(LkRiskAssessment) next = NULL;
  g_autoptr(GPtrArray) all = NULL;
  GtkWindow *editor = lk_assessment_editor_new (NULL, store, NULL);
  GtkWidget *title = find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Subject area");
  GtkWidget *size = find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, "Size");
  GtkWidget *grid = find_by_type (GTK_WIDGET (editor), GTK_TYPE_GRID, 0);
  GtkWidget *sw = find_by_type (GTK_WIDGET (editor), GTK_TYPE_SWITCH, 0);
  guint buttons = 0;

  gtk_window_present (editor);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL) &&
                  lk_store_list_risk_assessments (store, NULL)->len > 0);
  gtk_editable_set_text (GTK_EDITABLE (title), "Vold og trusler");
  adw_combo_row_set_selected (ADW_COMBO_ROW (size), 0);
  for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
    buttons += GTK_IS_BUTTON (c);
  g_assert_cmpuint (buttons, ==, 9);
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));

  all = lk_store_list_risk_assessments (store, NULL);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_cmpuint (((LkRiskAssessment *)g_ptr_array_index (all, 0))->matrix.size, ==, 3);
  next = lk_store_new_risk_assessment (store, "Neste");
  g_assert_cmpuint (next->matrix.size, ==, 3);

  lk_test_rmtree (dir);
}

/* The widget's own pixel at (x, y), as drawn */
static void
pixel_at (GtkWidget *widget,
          double     x,
          double     y,
          LkColor   *color)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autofree guchar *data = NULL;
  guchar *px;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The texture may be scaled from the widget's size */
  width = gdk_texture_get_width (texture);
  data = g_malloc (width * gdk_texture_get_height (texture) * 4);
  gdk_texture_download (texture, data, width * 4);
  /* B G R A on little-endian machines */
  px = data + ((int) y * width + (int) x) * 4;
  color->b = px[0] / 255.0;
  color->g = px[1] / 255.0;
  color->r = px[2] / 255.0;
  color->a = px[3] / 255.0;
}

/* The matrix editor shows probability 5 at the top, says so with an
 * upward arrow, and colours each zone exactly as the heat map does, in
 * both colour schemes. */
static void
test_zone_palette (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkWindow *editor = lk_assessment_editor_new (NULL, store, NULL);
  GtkWidget *grid = find_by_type (GTK_WIDGET (editor), GTK_TYPE_GRID, 0);
  GtkWidget *top_left = gtk_grid_get_child_at (GTK_GRID (grid), 1, 0);
  GtkWidget *bottom_right;
  LkRiskMatrix matrix;

  lk_zone_style_install (gtk_widget_get_display (GTK_WIDGET (editor)));
  g_assert_true (GTK_IS_BUTTON (top_left));
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (top_left), "Probability 5, consequence 1"));
  bottom_right = gtk_grid_get_child_at (GTK_GRID (grid), 5, 4);
  g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (bottom_right), "Probability 1, consequence 5"));

  lk_risk_matrix_init (&matrix, 5, 0);
  gtk_window_set_default_size (editor, 700, 900);
  gtk_window_present (editor);
  spin (200);
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "Probability ↑ · Consequence →"));
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (manager, dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                        : ADW_COLOR_SCHEME_FORCE_LIGHT);
      spin (300);
      for (guint p = 1; p <= 5; p++)
        for (guint c = 1; c <= 5; c++)
          {
            GtkWidget *cell = gtk_grid_get_child_at (GTK_GRID (grid), c, 5 - p);
            LkChartStyle style;
            LkColor want, got;

            lk_chart_style_init (&style, dark);
            lk_chart_zone_tint (&style, lk_risk_matrix_zone (&matrix, p, c), &want);
            /* The pointer may rest on one: hover shades it on purpose */
            if (gtk_widget_get_state_flags (cell) & GTK_STATE_FLAG_PRELIGHT)
              continue;
            /* Above the number, clear of the rounded corners */
            pixel_at (cell, 1, 1, &got);
            g_assert_cmpfloat (fabs (got.r - want.r), <, 0.02);
            g_assert_cmpfloat (fabs (got.g - want.g), <, 0.02);
            g_assert_cmpfloat (fabs (got.b - want.b), <, 0.02);
          }
    }

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (editor);
  lk_risk_matrix_clear (&matrix);
  lk_test_rmtree (dir);
}

/* An editor opened and left alone has nothing to lose: closing it asks
 * nothing. New and existing items, in every editor. */
static void
test_untouched_editors (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GListStore) measures = NULL;
  g_autoptr(LkMeasure) measure = NULL;
  LkRiskAssessment *a;
  LkRisk *risk;
  GtkWindow *editors[9];
  guint n = 0;

  g_assert_true (lk_example_load (store, NULL, &error));
  assessments = lk_store_list_risk_assessments (store, &error);
  a = g_ptr_array_index (assessments, 0);
  risk = g_ptr_array_index (a->risks, 0);
  measures = lk_store_list_measures (store, NULL, &error);
  measure = g_list_model_get_item (G_LIST_MODEL (measures), 0);

  editors[n++] = lk_measure_editor_new (NULL, store, NULL);
  editors[n++] = lk_measure_editor_new (NULL, store, measure);
  editors[n++] = lk_dev_goal_editor_new (NULL, store, 2026, NULL);
  editors[n++] = lk_assessment_editor_new (NULL, store, NULL);
  editors[n++] = lk_assessment_editor_new (NULL, store, a->uuid);
  editors[n++] = lk_risk_editor_new (NULL, store, a->uuid, NULL);
  editors[n++] = lk_risk_editor_new (NULL, store, a->uuid, risk->uuid);
  editors[n++] = lk_deviation_editor_new (NULL, store, NULL);
  for (guint i = 0; i < n; i++)
    {
      gtk_window_present (editors[i]);
      spin (200);
      /* A bowtie cause begun and cancelled changes nothing either */
      if (LK_IS_RISK_EDITOR (editors[i]))
        {
          GtkWindow *cause;

          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editors[i]), "editor.add-cause", NULL));
          spin (100);
          cause = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
          g_assert_nonnull (cause);
          adw_message_dialog_response (ADW_MESSAGE_DIALOG (cause), "cancel");
          spin (100);
        }
      if (lk_editor_has_changes (LK_EDITOR (editors[i])))
        g_error ("%s (%s) has changes nobody made", G_OBJECT_TYPE_NAME (editors[i]),
                 lk_editor_get_is_new (LK_EDITOR (editors[i])) ? "new" : "existing");
      gtk_window_destroy (editors[i]);
    }

  lk_test_rmtree (dir);
}

static gboolean
send_tab (GtkWidget       *list,
          GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (c, "key-pressed", GDK_KEY_Tab, 0, state, &handled);
    }

  return handled;
}

/* A list to choose from is one Tab stop: Tab leaves it from any row,
 * after the controls inside the row; Shift+Tab goes back before it. The
 * app's lists use it. */
static void
test_single_tab_stop (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *before = gtk_button_new_with_label ("Before");
  GtkWidget *after = gtk_button_new_with_label ("After");
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *inner = gtk_button_new_with_label ("Inner");
  GtkWidget *rows[3];
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  GtkWidget *page;
  g_autoptr(GListModel) controllers = NULL;
  gboolean found = FALSE;

  for (guint i = 0; i < 3; i++)
    {
      rows[i] = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (rows[i]),
                                  i == 1 ? inner : gtk_label_new ("Row"));
      gtk_list_box_append (GTK_LIST_BOX (list), rows[i]);
    }
  gtk_box_append (GTK_BOX (box), before);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), after);
  gtk_window_set_child (GTK_WINDOW (window), box);
  lk_a11y_single_tab_stop (list);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);

  gtk_widget_grab_focus (rows[0]);
  g_assert_true (send_tab (list, 0));
  g_assert_true (gtk_widget_has_focus (after));

  gtk_widget_grab_focus (rows[2]);
  g_assert_true (send_tab (list, GDK_SHIFT_MASK));
  g_assert_true (gtk_widget_has_focus (before));

  gtk_widget_grab_focus (rows[1]);
  g_assert_true (send_tab (list, 0));
  g_assert_true (gtk_widget_has_focus (inner));
  g_assert_true (send_tab (list, 0));
  g_assert_true (gtk_widget_has_focus (after));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The Risk page's list of assessments is one */
  page = g_object_new (LK_TYPE_RISK_PAGE, "store", store, NULL);
  g_object_ref_sink (page);
  controllers = gtk_widget_observe_controllers (find_by_type (page, GTK_TYPE_LIST_BOX, 0));
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);

      found |= GTK_IS_EVENT_CONTROLLER_KEY (c) &&
               gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_CAPTURE;
    }
  g_assert_true (found);
  g_clear_object (&controllers);
  g_object_unref (page);
  lk_test_rmtree (dir);
}

/* Sub-views switch the libadwaita way: in the header when wide, in a bar
 * at the bottom when narrow; areas without sub-views show their name */
static void
test_view_switcher (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.lederkompass.Lederkompass");
  LkWindow *window = lk_window_new (NULL, store, settings);
  AdwViewSwitcherTitle *title;
  AdwViewSwitcherBar *bar;
  static const char *with_views[] = { "jeg-plan", "risk" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 720);
  gtk_window_present (GTK_WINDOW (window));
  title = ADW_VIEW_SWITCHER_TITLE (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE, 0));
  bar = ADW_VIEW_SWITCHER_BAR (find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR, 0));
  g_assert_nonnull (title);
  g_assert_nonnull (bar);
  /* No page builds its own switcher */
  g_assert_null (find_by_type (GTK_WIDGET (window), GTK_TYPE_STACK_SWITCHER, 0));

  for (guint narrow = 0; narrow < 2; narrow++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), narrow ? 360 : 1200, 720);
      for (guint i = 0; i < G_N_ELEMENTS (with_views); i++)
        {
          lk_window_show_page (window, with_views[i]);
          spin (400);
          g_assert_nonnull (adw_view_switcher_title_get_stack (title));
          g_assert_true (adw_view_switcher_bar_get_stack (bar) == adw_view_switcher_title_get_stack (title));
          g_assert_true (adw_view_switcher_bar_get_reveal (bar) == (gboolean) narrow);
          g_assert_true (adw_view_switcher_title_get_title_visible (title) == (gboolean) narrow);
        }
      lk_window_show_page (window, "measures");
      spin (200);
      g_assert_null (adw_view_switcher_title_get_stack (title));
      g_assert_false (adw_view_switcher_bar_get_reveal (bar));
      g_assert_cmpstr (adw_view_switcher_title_get_title (title), ==, "Tiltak");
    }

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

/* A database opened only to look at: the window says so above every page
 * and offers nothing that writes; an editor shows the item without Save
 * or Delete, says why, and does not ask to discard what cannot be kept */
static void
test_read_only_window (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LkStore) store = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.lederkompass.Lederkompass");
  g_autoptr(LkMeasure) measure = lk_measure_new ("Bare se");
  g_autoptr(GError) error = NULL;
  LkWindow *window;
  GtkWindow *editor;
  GtkWidget *banner, *save;

  {
    g_autoptr(LkStore) writable = open_store (&dir);

    g_assert_true (lk_store_save_measure (writable, measure, &error));
    path = g_strdup (lk_store_get_path (writable));
  }
  store = lk_store_open_read_only (path, &error);
  g_assert_no_error (error);

  window = lk_window_new (NULL, store, settings);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  banner = find_label_with (GTK_WIDGET (window), "Opened for reading only");
  g_assert_nonnull (banner);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (gtk_widget_get_parent (banner))));
  g_assert_false (gtk_widget_get_sensitive (find_by_action (GTK_WIDGET (window), "win.new-measure")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-measure", NULL);
  spin (100);
  g_assert_null (find_toplevel (LK_TYPE_MEASURE_EDITOR));

  editor = lk_measure_editor_new (GTK_WINDOW (window), store, measure);
  gtk_window_present (editor);
  spin (100);
  save = find_by_action (GTK_WIDGET (editor), "editor.save");
  g_assert_true (save == NULL || !gtk_widget_get_visible (save));
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "Opened for reading only"));
  g_assert_false (lk_editor_has_changes (LK_EDITOR (editor)));
  gtk_window_destroy (editor);

  gtk_window_destroy (GTK_WINDOW (window));
  lk_test_rmtree (dir);
}

/* A round typed in: decimal comma or point, a mean out of range named as
 * it is typed, fewer than three answering leaves nothing to fill in, and
 * what is saved is what was typed */
static void
test_round_editor (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LkStore) store = open_store (&dir);
  g_autoptr(GPtrArray) rounds = NULL;
  GtkWindow *editor = lk_round_editor_new (NULL, store, NULL);
  GtkWidget *grid, *mean;
  LkSurveyRound *round;

  gtk_window_present (editor);
  spin (100);
  gtk_editable_set_text (GTK_EDITABLE (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW, "Unit")),
                         "Sone nord");
  gtk_editable_set_text (GTK_EDITABLE (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                               "Survey year")), "2025");
  gtk_editable_set_text (GTK_EDITABLE (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                               "Invited")), "15");
  gtk_editable_set_text (GTK_EDITABLE (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                               "Answered")), "2");
  grid = find_by_type (GTK_WIDGET (editor), GTK_TYPE_GRID, 0);
  g_assert_false (gtk_widget_get_sensitive (grid));
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "Fewer than 3 answered"));

  gtk_editable_set_text (GTK_EDITABLE (find_by_type_and_title (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW,
                                                               "Answered")), "12");
  g_assert_true (gtk_widget_get_sensitive (grid));
  for (guint f = 0; f < LK_TEN_FACTOR_N; f++)
    {
      /* Row f + 1, the mean in column 1 */
      mean = gtk_grid_get_child_at (GTK_GRID (grid), 1, f + 1);
      gtk_editable_set_text (GTK_EDITABLE (mean), f % 2 ? "4,2" : "3.8");
    }
  mean = gtk_grid_get_child_at (GTK_GRID (grid), 1, 6);
  gtk_editable_set_text (GTK_EDITABLE (mean), "6,2");
  g_assert_true (gtk_widget_has_css_class (mean, "error"));
  g_assert_nonnull (find_label_with (GTK_WIDGET (editor), "is not a mean from 1 to 5"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (50);
  g_assert_true (lk_store_is_empty (store));

  gtk_editable_set_text (GTK_EDITABLE (mean), "4,1");
  g_assert_false (gtk_widget_has_css_class (mean, "error"));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  rounds = lk_store_list_survey_rounds (store, NULL);
  g_assert_cmpuint (rounds->len, ==, 1);
  round = g_ptr_array_index (rounds, 0);
  g_assert_cmpstr (round->unit, ==, "Sone nord");
  g_assert_cmpint (round->respondents, ==, 12);
  g_assert_cmpint (round->invited, ==, 15);
  g_assert_cmpfloat_with_epsilon (round->results[0].mean, 3.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (round->results[1].mean, 4.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (round->results[5].mean, 4.1, 1e-9);
  /* No comparison values typed: none kept */
  g_assert_cmpuint (round->comparisons->len, ==, 0);

  lk_test_rmtree (dir);
}

/* Status pages show our icons at 128 px: each is shipped at that size,
 * not scaled up from 32 px */
static void
test_status_icons_sharp (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  static const char *icons[] = {
    "lk-calendar-symbolic", "lk-conversations-symbolic", "lk-fishbone-symbolic",
    "lk-jeg-plan-symbolic", "lk-masterplan-symbolic", "lk-measures-symbolic",
    "lk-overdue-symbolic", "lk-overview-symbolic", "lk-risk-symbolic",
    "lk-ten-factor-symbolic", "lk-welcome-symbolic",
  };

  /* As AdwApplication does for its resource base path */
  gtk_icon_theme_add_resource_path (theme, "/io/github/lederkompass/Lederkompass/icons");
  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    {
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, icons[i], NULL, 128, 1,
                                                                     GTK_TEXT_DIR_LTR, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file ? g_file_get_uri (file) : NULL;

      g_assert_nonnull (uri);
      if (strstr (uri, "/128x128/") == NULL)
        g_error ("%s at 128 px comes from %s", icons[i], uri);
    }
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
  g_test_add_func ("/widgets/risk-heat-map", test_risk_heat_map_hits);
  g_test_add_func ("/widgets/keys-leave-nested-views", test_keys_leave_nested_views);
  g_test_add_func ("/widgets/overdue-contrast", test_overdue_contrast);
  g_test_add_func ("/widgets/adw-texts-translated", test_adw_texts_translated);
  g_test_add_func ("/widgets/nothing-cut-off", test_nothing_cut_off);
  g_test_add_func ("/widgets/markdown-styling", test_markdown_styling);
  g_test_add_func ("/widgets/risk-table-prints", test_risk_table_prints);
  g_test_add_func ("/widgets/risk-editor-keeps-values", test_risk_editor_keeps_values);
  g_test_add_func ("/widgets/assessment-editor", test_assessment_editor_default);
  g_test_add_func ("/widgets/zone-palette", test_zone_palette);
  g_test_add_func ("/widgets/untouched-editors", test_untouched_editors);
  g_test_add_func ("/widgets/read-only-window", test_read_only_window);
  g_test_add_func ("/widgets/round-editor", test_round_editor);
  g_test_add_func ("/widgets/single-tab-stop", test_single_tab_stop);
  g_test_add_func ("/widgets/view-switcher", test_view_switcher);
  g_test_add_func ("/widgets/status-icons-sharp", test_status_icons_sharp);

  return g_test_run ();
}
