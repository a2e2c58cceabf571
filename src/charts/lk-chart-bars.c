/* lk-chart-bars.c: geometry first, drawing from the geometry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-chart-bars.h"

#define PAD          12.0
#define TITLE_HEIGHT 24.0
#define VALUE_WIDTH  48.0
#define MAX_ROW      36.0

static double
chart_max (const LkBarChart *chart)
{
  double max = chart->max;

  if (max <= 0)
    for (guint i = 0; i < chart->n_bars; i++)
      max = MAX (max, chart->bars[i].value);

  return max > 0 ? max : 1.0;
}

void
lk_chart_bars_layout (const LkBarChart *chart,
                      double            width,
                      double            height,
                      LkBarLayout      *layout)
{
  double top = PAD;

  memset (layout, 0, sizeof *layout);

  if (chart->title != NULL)
    {
      layout->title = (LkRect) { PAD, PAD, width - 2 * PAD, TITLE_HEIGHT };
      top += TITLE_HEIGHT;
    }

  /* Labels take up to a third of the width: enough for "Not started". */
  layout->label_width = CLAMP (width / 3.0, 40.0, 180.0);
  layout->plot = (LkRect) {
    PAD + layout->label_width,
    top,
    MAX (0.0, width - 2 * PAD - layout->label_width - VALUE_WIDTH),
    MAX (0.0, height - top - PAD),
  };
  layout->row_height = chart->n_bars > 0
                     ? MIN (MAX_ROW, layout->plot.height / chart->n_bars)
                     : 0.0;
}

gboolean
lk_chart_bars_bar_rect (const LkBarChart  *chart,
                        const LkBarLayout *layout,
                        guint              index,
                        LkRect            *rect)
{
  double value, max = chart_max (chart);

  if (index >= chart->n_bars)
    return FALSE;

  value = CLAMP (chart->bars[index].value, 0.0, max);
  rect->x = layout->plot.x;
  rect->y = layout->plot.y + index * layout->row_height + layout->row_height * 0.2;
  rect->width = layout->plot.width * value / max;
  rect->height = layout->row_height * 0.6;

  return TRUE;
}

/**
 * lk_chart_bars_hit:
 *
 * Returns: the row under (@x, @y), or -1
 */
int
lk_chart_bars_hit (const LkBarChart *chart,
                   double            width,
                   double            height,
                   double            x,
                   double            y)
{
  LkBarLayout layout;
  int row;

  lk_chart_bars_layout (chart, width, height, &layout);

  if (layout.row_height <= 0 || x < PAD || x > width - PAD || y < layout.plot.y)
    return -1;

  row = (int)floor ((y - layout.plot.y) / layout.row_height);

  return row >= 0 && (guint)row < chart->n_bars ? row : -1;
}

static void
draw_text (cairo_t            *cr,
           const LkChartStyle *style,
           const char         *text,
           double              x,
           double              y,
           double              max_width,
           double              align,      /* 0 left, 1 right */
           gboolean            bold,
           const LkColor      *color)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, 1.0, bold);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &w, &h);

  lk_chart_set_color (cr, color);
  cairo_move_to (cr, x + align * (max_width - w), y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

void
lk_chart_bars_draw (cairo_t            *cr,
                    double              width,
                    double              height,
                    const LkBarChart   *chart,
                    const LkChartStyle *style)
{
  LkBarLayout layout;

  lk_chart_bars_layout (chart, width, height, &layout);

  cairo_save (cr);

  if (chart->title != NULL)
    draw_text (cr, style, chart->title, layout.title.x,
               layout.title.y + layout.title.height / 2.0, layout.title.width, 0.0, TRUE,
               &style->foreground);

  /* Quarter grid lines give a sense of scale without numbers. */
  lk_chart_set_color (cr, &style->grid);
  cairo_set_line_width (cr, 1.0);
  for (int i = 0; i <= 4; i++)
    {
      double x = round (layout.plot.x + layout.plot.width * i / 4.0) + 0.5;

      cairo_move_to (cr, x, layout.plot.y);
      cairo_line_to (cr, x, layout.plot.y + layout.row_height * chart->n_bars);
    }
  cairo_stroke (cr);

  for (guint i = 0; i < chart->n_bars; i++)
    {
      const LkBar *bar = &chart->bars[i];
      double mid = layout.plot.y + (i + 0.5) * layout.row_height;
      char value[32];
      LkRect rect;

      lk_chart_bars_bar_rect (chart, &layout, i, &rect);

      draw_text (cr, style, bar->label, PAD, mid, layout.label_width - 8.0, 0.0, FALSE,
                 &style->foreground);

      if (rect.width > 0)
        {
          lk_chart_set_color (cr, &bar->color);
          cairo_rectangle (cr, rect.x, rect.y, rect.width, rect.height);
          cairo_fill (cr);
        }

      g_snprintf (value, sizeof value, "%.*f", chart->decimals, bar->value);
      draw_text (cr, style, value, rect.x + rect.width + 6.0, mid, VALUE_WIDTH - 6.0, 0.0, FALSE,
                 &style->muted);
    }

  cairo_restore (cr);
}
