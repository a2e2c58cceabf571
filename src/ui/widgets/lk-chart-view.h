/* lk-chart-view.h: shows any chart draw function, and exports and prints it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "lk-chart.h"

G_BEGIN_DECLS

#define LK_TYPE_CHART_VIEW (lk_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (LkChartView, lk_chart_view, LK, CHART_VIEW, GtkWidget)

void        lk_chart_view_set_draw_func  (LkChartView     *self,
                                          LkChartDrawFunc  draw,
                                          gpointer         user_data,
                                          GDestroyNotify   destroy);
void        lk_chart_view_set_summary    (LkChartView     *self,
                                          const char      *summary);
const char *lk_chart_view_get_title      (LkChartView     *self);
void        lk_chart_view_set_title      (LkChartView     *self,
                                          const char      *title);
void        lk_chart_view_set_export_size (LkChartView    *self,
                                          double           width,
                                          double           height);
void        lk_chart_view_set_natural_size (LkChartView   *self,
                                          double           width,
                                          double           height);
void        lk_chart_view_set_min_zoom   (LkChartView     *self,
                                          double           min_zoom);
void        lk_chart_view_scroll_to      (LkChartView     *self,
                                          double           x,
                                          double           y,
                                          double           width,
                                          double           height);
void        lk_chart_view_set_zoom       (LkChartView     *self,
                                          double           zoom);
double      lk_chart_view_get_zoom       (LkChartView     *self);
void        lk_chart_view_get_transform  (LkChartView     *self,
                                          double          *scale,
                                          double          *dx,
                                          double          *dy);
void        lk_chart_view_to_natural     (LkChartView     *self,
                                          double           x,
                                          double           y,
                                          double          *nx,
                                          double          *ny);
void        lk_chart_view_export         (LkChartView     *self);
void        lk_chart_view_print          (LkChartView     *self);
gboolean    lk_chart_view_print_to_pdf   (LkChartView     *self,
                                          const char      *path,
                                          GError         **error);

G_END_DECLS
