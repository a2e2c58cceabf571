/* lk-widget-test-util.h: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <string.h>

#include "lk-store.h"
#include "lk-test-util.h"

static inline LkStore *
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

static inline GtkWidget *
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

static inline GtkWidget *
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

static inline void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static inline GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

static inline GtkWidget *
find_label_with (GtkWidget  *root,
                 const char *part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          strstr (gtk_label_get_text (GTK_LABEL (child)), part) != NULL)
        return child;
      if ((found = find_label_with (child, part)))
        return found;
    }

  return NULL;
}
