/* lk-chart-bowtie.c
 *
 * Each branch runs level from its box through its barriers, then turns
 * towards the top event: rows never cross, so barriers never overlap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-chart-bowtie.h"

#define PAD         12.0
#define HEADER      24.0
#define MAX_BOX     56.0
#define GAP         4.0

static guint
count_barriers (const LkBowtieBranch *branch)
{
  guint n = 0;

  while (branch->barriers != NULL && branch->barriers[n] != NULL)
    n++;

  return n;
}

static void
layout_side (const LkBowtieBranch *branches,
             guint                 n,
             gboolean              preventive,
             double                box_x,
             double                box_width,
             double                zone_x,
             double                zone_width,
             double                top,
             double                height,
             GArray               *boxes,
             GArray               *barriers)
{
  double row = n > 0 ? height / n : 0;
  double box_height = MIN (MAX_BOX, row - 2 * GAP);

  for (guint i = 0; i < n; i++)
    {
      double y = top + i * row + (row - box_height) / 2;
      LkRect box = { box_x, y, box_width, MAX (0.0, box_height) };
      guint m = count_barriers (&branches[i]);

      g_array_append_val (boxes, box);
      for (guint j = 0; j < m; j++)
        {
          double slot = zone_width / m;
          double barrier_height = MAX (0.0, box_height);
          /* Preventive barriers from the cause towards the event; mitigating
           * from the event towards the consequence */
          LkBowtieBarrier barrier = {
            { zone_x + j * slot + GAP / 2, y + (box_height - barrier_height) / 2,
              MAX (0.0, slot - GAP), barrier_height },
            preventive, i, j,
          };

          g_array_append_val (barriers, barrier);
        }
    }
}

void
lk_chart_bowtie_layout (const LkBowtie *bowtie,
                        double          width,
                        double          height,
                        LkBowtieLayout *layout)
{
  double w = MAX (0.0, width - 2 * PAD);
  double h = MAX (0.0, height - 2 * PAD - HEADER);
  double top = PAD + HEADER;
  double box_width = w * 0.15;
  double top_width = w * 0.12;
  double top_height = MIN (h, MAX (60.0, h * 0.3));

  memset (layout, 0, sizeof *layout);
  layout->causes = g_array_new (FALSE, FALSE, sizeof (LkRect));
  layout->consequences = g_array_new (FALSE, FALSE, sizeof (LkRect));
  layout->barriers = g_array_new (FALSE, FALSE, sizeof (LkBowtieBarrier));
  layout->top = (LkRect) { PAD + (w - top_width) / 2, top + (h - top_height) / 2, top_width, top_height };

  /* Barrier zones: all the width between the boxes and a turning space
   * before the event */
  layout_side (bowtie->causes, bowtie->n_causes, TRUE,
               PAD, box_width,
               PAD + w * 0.165, w * 0.235,
               top, h, layout->causes, layout->barriers);
  layout_side (bowtie->consequences, bowtie->n_consequences, FALSE,
               PAD + w - box_width, box_width,
               PAD + w * 0.60, w * 0.235,
               top, h, layout->consequences, layout->barriers);
}

void
lk_chart_bowtie_layout_clear (LkBowtieLayout *layout)
{
  g_clear_pointer (&layout->causes, g_array_unref);
  g_clear_pointer (&layout->consequences, g_array_unref);
  g_clear_pointer (&layout->barriers, g_array_unref);
}

/* One layout per text size, reused for every box: creating a layout per
 * box was most of the drawing time. */
/* Returns whether the text fitted whole; the layout's font is restored */
static gboolean
box_text (cairo_t            *cr,
          PangoLayout        *layout,
          const char         *text,
          const LkRect       *box,
          const LkColor      *color)
{
  g_autoptr(PangoFontDescription) font = NULL;
  gboolean fits;
  int w, h;

  if (text == NULL || *text == '\0')
    return TRUE;
  if (box->width < 8 || box->height < 8)
    return FALSE;

  font = pango_font_description_copy (pango_layout_get_font_description (layout));
  fits = lk_chart_fit_text (layout, text, box->width - 8, box->height - 4, 0.6);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_pixel_size (layout, &w, &h);
  lk_chart_set_color (cr, color);
  cairo_move_to (cr, box->x + 4, box->y + (box->height - h) / 2);
  pango_cairo_show_layout (cr, layout);
  pango_layout_set_font_description (layout, font);

  return fits;
}


/* Returns how many texts could not be shown whole */
guint
lk_chart_bowtie_draw (cairo_t            *cr,
                      double              width,
                      double              height,
                      const LkBowtie     *bowtie,
                      const LkChartStyle *style)
{
  LkBowtieLayout layout;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoLayout) small = NULL;
  g_autoptr(PangoLayout) event = NULL;
  double scale;
  LkRect header;
  guint unfit = 0;

  lk_chart_bowtie_layout (bowtie, width, height, &layout);
  cairo_save (cr);

  /* Smaller text when there are many branches */
  scale = MAX (bowtie->n_causes, bowtie->n_consequences) > 10 ? 0.75 : 0.9;
  heading = lk_chart_text_layout (cr, style, 0.9, TRUE);
  text = lk_chart_text_layout (cr, style, scale, FALSE);
  small = lk_chart_text_layout (cr, style, scale * 0.85, FALSE);
  event = lk_chart_text_layout (cr, style, 1.0, TRUE);

  header = (LkRect) { PAD, PAD, width * 0.3, HEADER };
  box_text (cr, heading, _("Causes"), &header, &style->muted);
  /* Clear of the top-right corner, where the view puts the chart's menu */
  header.width = width * 0.3 - LK_CHART_MENU_SIZE;
  header.x = width - PAD - LK_CHART_MENU_SIZE - header.width;
  box_text (cr, heading, _("Consequences"), &header, &style->muted);

  /* Branch lines: level through the barriers, then to the top event */
  lk_chart_set_color (cr, &style->muted);
  cairo_set_line_width (cr, 1.5);
  for (guint side = 0; side < 2; side++)
    {
      GArray *boxes = side == 0 ? layout.causes : layout.consequences;

      for (guint i = 0; i < boxes->len; i++)
        {
          const LkRect *b = &g_array_index (boxes, LkRect, i);
          double y = b->y + b->height / 2;
          double x0 = side == 0 ? b->x + b->width : b->x;
          double turn = side == 0 ? layout.top.x - (width - 2 * PAD) * 0.03
                                  : layout.top.x + layout.top.width + (width - 2 * PAD) * 0.03;
          double tx = side == 0 ? layout.top.x : layout.top.x + layout.top.width;
          double ty = layout.top.y + layout.top.height / 2 +
                      (boxes->len > 1 ? ((double)i / (boxes->len - 1) - 0.5) * layout.top.height * 0.6 : 0);

          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, turn, y);
          cairo_line_to (cr, tx, ty);
        }
    }
  cairo_stroke (cr);

  /* Causes and consequences */
  for (guint side = 0; side < 2; side++)
    {
      GArray *boxes = side == 0 ? layout.causes : layout.consequences;
      const LkBowtieBranch *branches = side == 0 ? bowtie->causes : bowtie->consequences;

      for (guint i = 0; i < boxes->len; i++)
        {
          const LkRect *b = &g_array_index (boxes, LkRect, i);

          lk_chart_rounded_rect (cr, b, 6);
          lk_chart_set_color (cr, &style->background);
          cairo_fill_preserve (cr);
          lk_chart_set_color (cr, side == 0 ? &style->orange : &style->purple);
          cairo_set_line_width (cr, 2);
          cairo_stroke (cr);
          unfit += !box_text (cr, text, branches[i].text, b, &style->foreground);
        }
    }

  /* Barriers */
  for (guint i = 0; i < layout.barriers->len; i++)
    {
      const LkBowtieBarrier *barrier = &g_array_index (layout.barriers, LkBowtieBarrier, i);
      const LkBowtieBranch *branch = barrier->preventive ? &bowtie->causes[barrier->branch]
                                                         : &bowtie->consequences[barrier->branch];

      cairo_rectangle (cr, barrier->rect.x, barrier->rect.y, barrier->rect.width, barrier->rect.height);
      lk_chart_set_color (cr, barrier->preventive ? &style->blue : &style->green);
      cairo_fill (cr);
      unfit += !box_text (cr, small, branch->barriers[barrier->index], &barrier->rect, &style->background);
    }

  /* The top event */
  lk_chart_rounded_rect (cr, &layout.top, 12);
  lk_chart_set_color (cr, &style->red);
  cairo_fill (cr);
  unfit += !box_text (cr, event, bowtie->top_event, &layout.top, &style->background);

  cairo_restore (cr);
  lk_chart_bowtie_layout_clear (&layout);

  return unfit;
}
