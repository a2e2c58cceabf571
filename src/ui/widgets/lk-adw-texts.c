/* lk-adw-texts.c
 *
 * libadwaita 1.2 has no Norwegian catalogue on Debian 12, so its About and
 * Preferences windows would speak English in a Norwegian application. The
 * texts it shows are translated here, in our catalogue, and set on its
 * widgets once they are built; where libadwaita has a translation of its
 * own, it is left alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "lk-adw-texts.h"

/* libadwaita's msgids, each marked for our catalogue */
static const char * const texts[] = {
  N_("_Details"), N_("_Website"), N_("_Support Questions"), N_("_Report an Issue"),
  N_("_Troubleshooting"), N_("_Credits"), N_("_Legal"), N_("_Acknowledgements"),
  N_("_What’s New"), N_("Details"), N_("Credits"), N_("Legal"), N_("Acknowledgements"),
  N_("Troubleshooting"), N_("What’s New"), N_("Debugging Information"),
  N_("Code by"), N_("Design by"), N_("Artwork by"), N_("Documentation by"), N_("Translated by"),
  N_("Preferences"), N_("Search"), N_("No Results Found"), N_("Try a different search."),
};

/* Ours, or NULL when libadwaita translates it or it is not one of these */
static const char *
ours (const char *text)
{
  if (text == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (g_str_equal (text, texts[i]))
      {
        if (g_strcmp0 (g_dgettext ("libadwaita", text), text) != 0)
          return NULL;
        return g_str_equal (_(text), text) ? NULL : _(text);
      }

  return NULL;
}

static void
apply (GtkWidget *widget)
{
  const char *text;

  if (ADW_IS_PREFERENCES_ROW (widget) &&
      (text = ours (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)))))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), text);
  else if (ADW_IS_WINDOW_TITLE (widget) &&
           (text = ours (adw_window_title_get_title (ADW_WINDOW_TITLE (widget)))))
    adw_window_title_set_title (ADW_WINDOW_TITLE (widget), text);
  else if (ADW_IS_PREFERENCES_GROUP (widget) &&
           (text = ours (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)))))
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), text);
  else if (ADW_IS_STATUS_PAGE (widget))
    {
      if ((text = ours (adw_status_page_get_title (ADW_STATUS_PAGE (widget)))))
        adw_status_page_set_title (ADW_STATUS_PAGE (widget), text);
      if ((text = ours (adw_status_page_get_description (ADW_STATUS_PAGE (widget)))))
        adw_status_page_set_description (ADW_STATUS_PAGE (widget), text);
    }
  else if (GTK_IS_LABEL (widget) && (text = ours (gtk_label_get_label (GTK_LABEL (widget)))))
    gtk_label_set_label (GTK_LABEL (widget), text);
  else if (GTK_IS_SEARCH_ENTRY (widget))
    {
      /* The getter is newer than GTK 4.8; the property is not */
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if ((text = ours (placeholder)))
        g_object_set (widget, "placeholder-text", text, NULL);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    apply (child);
}

/**
 * lk_adw_texts_apply:
 *
 * Translates libadwaita's texts in @root (an About or Preferences window)
 * from the application's catalogue, and its window title.
 */
void
lk_adw_texts_apply (GtkWidget *root)
{
  const char *text;

  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_WINDOW (root) && (text = ours (gtk_window_get_title (GTK_WINDOW (root)))))
    gtk_window_set_title (GTK_WINDOW (root), text);
  apply (root);
}
