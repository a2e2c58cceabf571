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

/* Whether every line starts after a space, a hyphen or a line break: no
 * word was broken to make it fit. */
static gboolean
breaks_between_words (PangoLayout *layout,
                      const char  *text)
{
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      char before;

      if (line->start_index == 0)
        continue;
      before = text[line->start_index - 1];
      if (before != ' ' && before != '\n' && before != '-' && before != '/')
        return FALSE;
    }

  return TRUE;
}

/**
 * lk_chart_fit_text:
 * @min_scale: the smallest font, relative to the layout's
 *
 * Sets @text on @layout to fit @width × @height: wrapped between words,
 * with the font made smaller, down to @min_scale, until it fits whole.
 * Only when it cannot is a word broken and the end ellipsised. The
 * layout keeps the size chosen; the caller restores it for the next text.
 *
 * Returns: whether the whole text fits with no word broken
 */
gboolean
lk_chart_fit_text (PangoLayout *layout,
                   const char  *text,
                   double       width,
                   double       height,
                   double       min_scale)
{
  const PangoFontDescription *current = pango_layout_get_font_description (layout);
  g_autoptr(PangoFontDescription) desc = current ? pango_font_description_copy (current)
                                                 : pango_font_description_new ();
  int base = pango_font_description_get_size (desc);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, width) * PANGO_SCALE));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);

  for (double scale = 1.0; scale >= min_scale - 0.001; scale -= 0.05)
    {
      PangoRectangle ink, logical;

      pango_font_description_set_absolute_size (desc, base * scale);
      pango_layout_set_font_description (layout, desc);
      pango_layout_get_pixel_extents (layout, &ink, &logical);
      if (logical.width <= width + 0.5 && logical.height <= height + 0.5 &&
          breaks_between_words (layout, text))
        return TRUE;
    }

  /* It cannot fit whole: the smallest font, broken and cut where it must */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, (int)(MAX (1.0, height) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  return FALSE;
}

gboolean
lk_rect_contains (const LkRect *rect,
                  double        x,
                  double        y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

/**
 * lk_chart_rounded_rect:
 *
 * Adds a rectangle with rounded corners to the path (the radius kept to
 * half the shorter side).
 */
void
lk_chart_rounded_rect (cairo_t      *cr,
                       const LkRect *r,
                       double        radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* Text measured once and drawn at any scale must wrap the same: metrics
 * without hinting do not change with the scale */
PangoLayout *
lk_chart_text_layout_unhinted (cairo_t            *cr,
                               const LkChartStyle *style,
                               double              scale,
                               gboolean            bold)
{
  PangoLayout *layout = lk_chart_text_layout (cr, style, scale, bold);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  return layout;
}
