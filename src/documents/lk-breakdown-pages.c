/* lk-breakdown-pages.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-breakdown-pages.h"
#include "lk-chart-export.h"

#define MARGIN  28.0   /* points around the printed area */
#define HEADER  22.0   /* a tile page's line saying where it lies */

void
lk_breakdown_pages_plan (const LkBreakdownLayout *layout,
                         double                   page_width,
                         double                   page_height,
                         gboolean                 allow_split,
                         LkBreakdownPages        *pages)
{
  double area_w = page_width - 2 * MARGIN, area_h = page_height - 2 * MARGIN - HEADER;
  double fit = layout->width > 0 && layout->height > 0
             ? MIN (1.0, MIN (area_w / layout->width, (page_height - 2 * MARGIN) / layout->height)) : 1.0;

  pages->page_width = page_width;
  pages->page_height = page_height;
  pages->columns = pages->rows = 1;
  pages->split = allow_split && fit < LK_BREAKDOWN_MIN_PAPER_SCALE;
  pages->scale = fit;
  if (!pages->split)
    return;
  pages->scale = LK_BREAKDOWN_MIN_PAPER_SCALE;
  pages->columns = MAX (1, (guint) ceil (layout->width * pages->scale / area_w));
  pages->rows = MAX (1, (guint) ceil (layout->height * pages->scale / area_h));
}

/* The map first when split */
guint
lk_breakdown_pages_n (const LkBreakdownPages *pages)
{
  return pages->split ? 1 + pages->columns * pages->rows : 1;
}

static void
draw_text (cairo_t            *cr,
           const LkChartStyle *style,
           double              x,
           double              y,
           double              scale,
           const char         *text)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, scale, FALSE);

  pango_layout_set_text (layout, text, -1);
  lk_chart_set_color (cr, &style->muted);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
lk_breakdown_pages_draw (const LkBreakdownPages  *pages,
                         const LkBreakdownLayout *layout,
                         cairo_t                 *cr,
                         guint                    page,
                         const LkChartStyle      *style)
{
  double area_w = pages->page_width - 2 * MARGIN, area_h = pages->page_height - 2 * MARGIN - HEADER;

  cairo_save (cr);
  if (!pages->split || page == 0)
    {
      double scale, dx, dy;
      double top = pages->split ? HEADER : 0;

      lk_chart_breakdown_fit (layout, area_w, pages->page_height - 2 * MARGIN - top, &scale, &dx, &dy);
      if (pages->split)
        draw_text (cr, style, MARGIN, MARGIN, 0.9,
                   _("Page map: the whole tree, and which page shows each part"));
      cairo_translate (cr, MARGIN + dx, MARGIN + top + dy);
      cairo_scale (cr, scale, scale);
      lk_chart_breakdown_draw_layout (cr, layout, style);
      if (pages->split)
        {
          /* The grid of pages over the tree, numbered as printed */
          double tile_w = area_w / pages->scale, tile_h = area_h / pages->scale;

          cairo_set_line_width (cr, 1.5 / scale);
          for (guint r = 0; r < pages->rows; r++)
            for (guint c = 0; c < pages->columns; c++)
              {
                g_autofree char *number = g_strdup_printf ("%u", 2 + r * pages->columns + c);
                /* The same size on paper whatever the map's scale */
                g_autoptr(PangoLayout) text = lk_chart_text_layout (cr, style, 1.0 / scale, TRUE);

                lk_chart_set_color (cr, &style->blue);
                cairo_rectangle (cr, c * tile_w, r * tile_h, tile_w, tile_h);
                cairo_stroke (cr);
                pango_layout_set_text (text, number, -1);
                cairo_move_to (cr, c * tile_w + 6 / scale, r * tile_h + 4 / scale);
                pango_cairo_show_layout (cr, text);
              }
        }
    }
  else
    {
      guint tile = page - 1, r = tile / pages->columns, c = tile % pages->columns;
      g_autofree char *where = g_strdup_printf (_("Page %u of %u: row %u, column %u of the page map"),
                                                page + 1, lk_breakdown_pages_n (pages), r + 1, c + 1);

      draw_text (cr, style, MARGIN, MARGIN, 0.9, where);
      cairo_rectangle (cr, MARGIN, MARGIN + HEADER, area_w, area_h);
      cairo_clip (cr);
      cairo_translate (cr, MARGIN - c * area_w, MARGIN + HEADER - r * area_h);
      cairo_scale (cr, pages->scale, pages->scale);
      lk_chart_breakdown_draw_layout (cr, layout, style);
    }
  cairo_restore (cr);
}

/**
 * lk_breakdown_write_pdf:
 *
 * The chart on pages of the size given (A4 or A3 landscape), written 0600
 * beside @path and put in place whole.
 */
gboolean
lk_breakdown_write_pdf (const LkBreakdownLayout *layout,
                        const char              *path,
                        const char              *title,
                        double                   page_width,
                        double                   page_height,
                        gboolean                 allow_split,
                        GError                 **error)
{
  LkBreakdownPages pages;
  cairo_surface_t *surface;
  cairo_status_t status;
  LkChartStyle style;
  LkCairoFile file;
  cairo_t *cr;

  if (!(surface = lk_cairo_file_new_pdf (&file, path, title, page_width, page_height, error)))
    return FALSE;
  lk_chart_style_init (&style, FALSE);
  lk_breakdown_pages_plan (layout, page_width, page_height, allow_split, &pages);
  cr = cairo_create (surface);
  for (guint page = 0; page < lk_breakdown_pages_n (&pages); page++)
    {
      lk_breakdown_pages_draw (&pages, layout, cr, page, &style);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);

  return lk_cairo_file_finish (&file, surface, status, error);
}
