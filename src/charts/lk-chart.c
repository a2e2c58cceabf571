/* lk-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-chart.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* The GNOME palette, so charts sit well with libadwaita in both schemes;
 * traffic-light colours stay distinguishable in print. */
static const LkChartStyle light_style = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x241f31),
  .muted      = RGB (0x5e5c64),
  .grid       = RGB (0xdeddda),
  .green      = RGB (0x2ec27e),
  .yellow     = RGB (0xf5c211),
  .red        = RGB (0xe01b24),
  .blue       = RGB (0x3584e4),
  .orange     = RGB (0xff7800),
  .grey       = RGB (0x9a9996),
  .purple     = RGB (0x9141ac),
  .font_family = "Cantarell, Noto Sans, DejaVu Sans, sans-serif",
  .font_size  = 10.0,
};

static const LkChartStyle dark_style = {
  .background = RGB (0x242424),
  .foreground = RGB (0xffffff),
  .muted      = RGB (0xc0bfbc),
  .grid       = RGB (0x48484a),
  .green      = RGB (0x33d17a),
  .yellow     = RGB (0xf6d32d),
  .red        = RGB (0xf66151),
  .blue       = RGB (0x62a0ea),
  .orange     = RGB (0xffa348),
  .grey       = RGB (0x77767b),
  .purple     = RGB (0xc061cb),
  .font_family = "Cantarell, Noto Sans, DejaVu Sans, sans-serif",
  .font_size  = 10.0,
};

void
lk_chart_style_init (LkChartStyle *style,
                     gboolean      dark)
{
  *style = dark ? dark_style : light_style;
}

void
lk_chart_set_color (cairo_t       *cr,
                    const LkColor *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

/**
 * lk_chart_text_layout:
 * @scale: relative to the style's font size
 *
 * Returns: (transfer full): a layout in the chart's font
 */
PangoLayout *
lk_chart_text_layout (cairo_t            *cr,
                      const LkChartStyle *style,
                      double              scale,
                      gboolean            bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, style->font_family);
  pango_font_description_set_absolute_size (desc, style->font_size * scale * PANGO_SCALE * 4.0 / 3.0);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  return layout;
}

gboolean
lk_rect_contains (const LkRect *rect,
                  double        x,
                  double        y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}
