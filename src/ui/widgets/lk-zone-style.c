/* lk-zone-style.c
 *
 * The zone badges (and the Masterplan's status badges) and the matrix editor's cells take their colours from
 * the heat map's palette, so green, yellow and red are one colour each
 * wherever a risk is shown. The CSS is written from the chart style and
 * rewritten when the colour scheme changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "lk-chart-breakdown.h"
#include "lk-chart-heatmap.h"
#include "lk-zone-style.h"

static const char *zone_names[] = { "green", "yellow", "red" };

static void
update_css (AdwStyleManager *manager,
            GParamSpec      *pspec,
            GtkCssProvider  *provider)
{
  g_autoptr(GString) css = g_string_new (NULL);
  LkChartStyle style;

  lk_chart_style_init (&style, adw_style_manager_get_dark (manager));
  for (LkZone zone = LK_ZONE_GREEN; zone <= LK_ZONE_RED; zone++)
    {
      LkColor tint;

      lk_chart_zone_tint (&style, zone, &tint);
      g_string_append_printf (css,
                              ".zone-badge.zone-%s, button.zone-cell.zone-%s "
                              "{ background-color: rgb(%d,%d,%d); }\n",
                              zone_names[zone], zone_names[zone],
                              (int) (tint.r * 255 + 0.5), (int) (tint.g * 255 + 0.5),
                              (int) (tint.b * 255 + 0.5));
    }
  /* The Masterplan's status badges and dots: the breakdown chart's colours */
  for (LkGoalStatus status = LK_GOAL_STATUS_NO_DATA; status <= LK_GOAL_STATUS_RED; status++)
    {
      static const char *names[] = { "none", "green", "yellow", "red" };
      const LkColor *c = lk_chart_goal_status_color (&style, status);
      int r = c->r * 255 + 0.5, g = c->g * 255 + 0.5, b = c->b * 255 + 0.5;

      g_string_append_printf (css,
                              ".goal-status.status-%s { background-color: rgba(%d,%d,%d,0.25); "
                              "box-shadow: inset 4px 0 rgb(%d,%d,%d); }\n"
                              ".status-dot.status-%s { color: rgb(%d,%d,%d); }\n",
                              names[status], r, g, b, r, g, b, names[status], r, g, b);
    }
  gtk_css_provider_load_from_data (provider, css->str, css->len);
}

void
lk_zone_style_install (GdkDisplay *display)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkCssProvider *provider;

  if (g_object_get_data (G_OBJECT (display), "lk-zone-style") != NULL)
    return;

  provider = gtk_css_provider_new ();
  g_object_set_data_full (G_OBJECT (display), "lk-zone-style", provider, g_object_unref);
  update_css (manager, NULL, provider);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_css), provider, 0);
  /* Above the application's style.css, which keeps the shapes */
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
}
