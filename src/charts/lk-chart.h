/* lk-chart.h: what every chart shares: colours, text, the drawing contract
 *
 * A chart is a pure function that draws plain data on a cairo_t of a given
 * size. The same function draws on screen, in print, and into files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* The corner (top right) where a chart view puts the chart's menu button;
 * charts keep their text out of it */
#define LK_CHART_MENU_SIZE 40.0

typedef struct
{
  double r, g, b, a;
} LkColor;

typedef struct
{
  double x, y, width, height;
} LkRect;

typedef struct
{
  LkColor     background;
  LkColor     foreground;
  LkColor     muted;
  LkColor     grid;
  LkColor     green;
  LkColor     yellow;
  LkColor     red;
  LkColor     blue;
  LkColor     orange;
  LkColor     grey;
  LkColor     purple;
  const char *font_family;
  double      font_size;     /* points */
} LkChartStyle;

/* Draws on a background already painted in style->background. */
typedef void (*LkChartDrawFunc) (cairo_t            *cr,
                                 double              width,
                                 double              height,
                                 const LkChartStyle *style,
                                 gpointer            user_data);

void         lk_chart_style_init   (LkChartStyle       *style,
                                    gboolean            dark);
void         lk_chart_set_color    (cairo_t            *cr,
                                    const LkColor      *color);
PangoLayout *lk_chart_text_layout  (cairo_t            *cr,
                                    const LkChartStyle *style,
                                    double              scale,
                                    gboolean            bold);
PangoLayout *lk_chart_text_layout_unhinted (cairo_t       *cr,
                                    const LkChartStyle *style,
                                    double              scale,
                                    gboolean            bold);
gboolean     lk_chart_fit_text     (PangoLayout        *layout,
                                    const char         *text,
                                    double              width,
                                    double              height,
                                    double              min_scale);
void         lk_chart_rounded_rect (cairo_t            *cr,
                                    const LkRect       *rect,
                                    double              radius);
gboolean     lk_rect_contains      (const LkRect       *rect,
                                    double              x,
                                    double              y);

G_END_DECLS
