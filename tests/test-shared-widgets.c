/* test-shared-widgets.c: the pieces every area's views are built from
 *
 * Deferred calls, a page's refresh, the årshjul view and the dialogs'
 * forms, each without an area around it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lk-chart-year-wheel.h"
#include "lk-later.h"
#include "lk-page.h"
#include "lk-test-util.h"
#include "lk-year-wheel.h"
#include "lk-year-wheel-view.h"

/* --- a call put off until a pause ------------------------------------------------ */

static void
count_call (gpointer data)
{
  (*(guint *) data)++;
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
}

static void
test_later (void)
{
  LkLater later;
  guint calls = 0;
  gint64 start;

  /* Each restart puts the call off again: typing without a pause saves once,
   * a whole delay after the last keystroke */
  lk_later_init (&later, 60, count_call, &calls);
  g_assert_false (lk_later_pending (&later));
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 5; i++)
    {
      lk_later_restart (&later);
      run_for (20);
    }
  g_assert_true (lk_later_pending (&later));
  g_assert_cmpuint (calls, ==, 0);
  while (lk_later_pending (&later))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, (5 * 20 + 40) * 1000);

  /* Queued many times: one call, at the first's time */
  lk_later_init (&later, 0, count_call, &calls);
  for (guint i = 0; i < 100; i++)
    lk_later_queue (&later);
  run_for (30);
  g_assert_cmpuint (calls, ==, 2);
  g_assert_false (lk_later_pending (&later));

  /* Cancelled: never called (what a dispose relies on) */
  lk_later_queue (&later);
  lk_later_cancel (&later);
  g_assert_false (lk_later_pending (&later));
  run_for (30);
  g_assert_cmpuint (calls, ==, 2);
}

/* A page that counts its refreshes */
#define TEST_TYPE_PAGE (test_page_get_type ())
G_DECLARE_FINAL_TYPE (TestPage, test_page, TEST, PAGE, LkPage)

struct _TestPage
{
  LkPage parent_instance;
  guint  refreshes;
};

G_DEFINE_FINAL_TYPE (TestPage, test_page, LK_TYPE_PAGE)

static void
test_page_refresh (LkPage *page)
{
  TEST_PAGE (page)->refreshes++;
}

static void
test_page_class_init (TestPageClass *klass)
{
  LK_PAGE_CLASS (klass)->refresh = test_page_refresh;
}

static void
test_page_init (TestPage *self)
{
}

static void
test_page_watch (LkTestFixture *f,
                 gconstpointer  data)
{
  TestPage *page = g_object_ref_sink (g_object_new (TEST_TYPE_PAGE, "store", f->store, NULL));
  guint before;

  lk_page_watch (LK_PAGE (page), (const char *[]) { "risk", NULL });

  /* Many changes in a row, one refresh */
  for (guint i = 0; i < 50; i++)
    lk_store_emit_changed (f->store, "risk");
  lk_store_emit_changed (f->store, "settings");
  g_assert_cmpuint (page->refreshes, ==, 0);
  run_for (30);
  g_assert_cmpuint (page->refreshes, ==, 1);

  /* Areas the page does not show do not refresh it; "all" always does */
  lk_store_emit_changed (f->store, "masterplan");
  run_for (30);
  g_assert_cmpuint (page->refreshes, ==, 1);
  lk_store_emit_changed (f->store, "all");
  run_for (30);
  g_assert_cmpuint (page->refreshes, ==, 2);

  /* Showing an item first shows a change still waiting: it may be the item */
  lk_store_emit_changed (f->store, "risk");
  lk_page_show (LK_PAGE (page), "3f1c2a4e-0000-4000-8000-000000000001");
  g_assert_cmpuint (page->refreshes, ==, 3);
  run_for (30);
  g_assert_cmpuint (page->refreshes, ==, 3);

  /* A page that goes with a refresh waiting is not refreshed after */
  before = page->refreshes;
  lk_store_emit_changed (f->store, "risk");
  g_object_run_dispose (G_OBJECT (page));
  lk_store_emit_changed (f->store, "risk");
  run_for (30);
  g_assert_cmpuint (page->refreshes, ==, before);
  g_object_unref (page);
}

/* --- the årshjul on screen --------------------------------------------------------- */

static void
on_wheel_item (LkYearWheelView *view,
               const char      *area,
               const char      *uuid,
               GString         *log)
{
  g_string_append_printf (log, "%s %s;", area, uuid);
}

static void
on_wheel_background (LkYearWheelView *view,
                     GString         *log)
{
  g_string_append (log, "background;");
}

static void
test_year_wheel_view (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lk_year_wheel_view_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *none = NULL;
  LkYearWheel wheel = { 2026, NULL, "2026-05-10" };
  LkWheelLayout layout = { 0 };
  const LkWheelMarker *conversation = NULL, *measure = NULL;

  g_ptr_array_add (items, lk_wheel_item_new (LK_RING_CONVERSATIONS, "2026-03-10", "Med Anne Dahl",
                                             "conversations", "3f1c2a4e-0000-4000-8000-000000000001"));
  g_ptr_array_add (items, lk_wheel_item_new (LK_RING_MEASURES, "2026-09-14", "Ny tavle",
                                             "measures", "3f1c2a4e-0000-4000-8000-000000000002"));
  lk_year_wheel_view_set_items (LK_YEAR_WHEEL_VIEW (view), 2026, "2026-05-10", items);
  g_signal_connect (view, "item-activated", G_CALLBACK (on_wheel_item), log);
  g_signal_connect (view, "background-activated", G_CALLBACK (on_wheel_background), log);
  gtk_widget_set_size_request (view, 600, 500);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));

  /* Where the markers are, as the chart lays them out at the widget's size */
  paintable = gtk_widget_paintable_new (view);
  for (int i = 0; i < 100 && text == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
      if (gtk_widget_get_width (view) == 0)
        continue;
      if (layout.markers == NULL)
        {
          wheel.items = items;
          lk_chart_year_wheel_layout (&wheel, gtk_widget_get_width (view), gtk_widget_get_height (view), &layout);
          for (guint m = 0; m < layout.markers->len; m++)
            {
              const LkWheelMarker *marker = &g_array_index (layout.markers, LkWheelMarker, m);

              if (marker->ring == LK_RING_CONVERSATIONS)
                conversation = marker;
              else if (marker->ring == LK_RING_MEASURES)
                measure = marker;
            }
          g_assert_nonnull (conversation);
          g_assert_nonnull (measure);
        }
      {
        GtkSnapshot *snapshot = gtk_snapshot_new ();
        GskRenderNode *node;

        gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (view), gtk_widget_get_height (view));
        node = gtk_snapshot_free_to_node (snapshot);
        g_clear_pointer (&node, gsk_render_node_unref);
      }
      text = lk_year_wheel_view_describe_at (LK_YEAR_WHEEL_VIEW (view), conversation->x, conversation->y);
    }

  /* The tooltip names the ring and the items under the pointer */
  g_assert_nonnull (text);
  g_assert_true (g_str_has_prefix (text, lk_wheel_ring_name (LK_RING_CONVERSATIONS)));
  g_assert_nonnull (strstr (text, "Med Anne Dahl"));
  g_assert_null (strstr (text, "Ny tavle"));
  none = lk_year_wheel_view_describe_at (LK_YEAR_WHEEL_VIEW (view), 2, 2);
  g_assert_null (none);
  /* Beside the markers, the tooltip is the summary: a line per ring */
  {
    GtkWidget *chart = gtk_widget_get_first_child (view);
    const char *summary = gtk_widget_get_tooltip_text (chart);
    g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);
    g_autofree char *conversations = g_strdup_printf ("%s: 1", lk_wheel_ring_name (LK_RING_CONVERSATIONS));

    g_assert_cmpuint (g_strv_length (lines), ==, 1 + LK_RING_N);
    g_assert_true (g_strv_contains ((const char * const *) lines, conversations));
  }

  /* A click on an item names it; beside the items, the opener decides */
  lk_year_wheel_view_activate_at (LK_YEAR_WHEEL_VIEW (view), measure->x, measure->y);
  lk_year_wheel_view_activate_at (LK_YEAR_WHEEL_VIEW (view), conversation->x, conversation->y);
  lk_year_wheel_view_activate_at (LK_YEAR_WHEEL_VIEW (view), 2, 2);
  g_assert_cmpstr (log->str, ==,
                   "measures 3f1c2a4e-0000-4000-8000-000000000002;"
                   "conversations 3f1c2a4e-0000-4000-8000-000000000001;"
                   "background;");

  lk_chart_year_wheel_layout_clear (&layout);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every form lk_ask() shows comes from a .ui file whose root is "form";
 * a broken file would end the application when the dialog opens. */
static void
test_forms_load (void)
{
  const char *prefix = "/io/github/lederkompass/Lederkompass/";
  g_auto(GStrv) names = g_resources_enumerate_children (prefix, 0, NULL);
  guint forms = 0;

  g_assert_nonnull (names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GtkBuilder) builder = NULL;
      GObject *form;

      if (!g_str_has_suffix (names[i], "-form.ui"))
        continue;
      path = g_strconcat (prefix, names[i], NULL);
      builder = gtk_builder_new_from_resource (path);
      form = gtk_builder_get_object (builder, "form");
      g_assert_true (GTK_IS_WIDGET (form));
      g_assert_null (gtk_widget_get_parent (GTK_WIDGET (form)));
      forms++;
    }
  g_assert_cmpuint (forms, ==, 5);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/widgets/later", test_later);
  lk_test_add ("/widgets/page-watch", test_page_watch);
  g_test_add_func ("/widgets/year-wheel-view", test_year_wheel_view);
  g_test_add_func ("/widgets/forms", test_forms_load);

  return g_test_run ();
}
