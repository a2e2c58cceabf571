/* lk-chart-fishbone.c
 *
 * The layout, for the head on the right (it is mirrored for the left):
 * categories take turns above and below the spine, two to a stretch of
 * it, each stretch as wide as the wider of its two. A category's bone
 * runs slanted from the spine to its name; its causes stand in rows along
 * the bone, one row each, in the outline's order, a level deeper one
 * indent further in, hanging from a stem under its parent. Rows never
 * share height and regions never share width, so no text or bone can
 * overlap another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-chart-fishbone.h"

#define MARGIN     16.0
#define PAD         4.0   /* around a text in its box */
#define INDENT     22.0   /* a level deeper */
#define LEAN        0.2   /* a stem's run per rise, up to LEAN_MAX: slanted, so the
                           * levels take turns, horizontal and slanted */
#define LEAN_MAX    7.0
#define GAP        10.0   /* between a cause and its bone */
#define ROW_GAP     6.0
#define SPINE_GAP  14.0   /* between the spine and the nearest row */
#define LABEL_GAP   6.0
#define PAIR_GAP   24.0
#define HEAD_GAP   30.0
#define SLOPE       0.45  /* a bone's run per rise… */
#define MAX_RUN   160.0   /* …but a long bone stands steeper: its run is empty space */
#define TEXT_WIDTH 170.0
#define LABEL_WIDTH 170.0
#define HEAD_WIDTH 190.0
#define BADGE      24.0

typedef struct
{
  LkCause *node;
  guint    depth;
  int      parent;     /* row index, -1 for the category's own causes */
  double   w, h;
  guint    hidden;
} Row;

typedef struct
{
  LkCause *node;
  GArray  *rows;       /* Row */
  double   label_w, label_h;
  double   rows_h;
  double   reach;      /* from the spine to the label's near edge */
  double   slope;      /* of its bone */
  double   left;       /* the region's left edge, relative to the bone's foot */
  double   height;     /* the region's height from the spine */
} Category;

static void
measure (PangoLayout *layout,
         const char  *text,
         double       max_width,
         double      *w,
         double      *h)
{
  int pw, ph;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &pw, &ph);
  *w = pw;
  *h = ph;
}

static void
collect_rows (GListStore  *nodes,
              guint        depth,
              int          parent,
              PangoLayout *text,
              PangoLayout *bold,
              GArray      *rows)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (nodes));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkCause) node = g_list_model_get_item (G_LIST_MODEL (nodes), i);
      Row row = { node, depth, parent, 0, 0, 0 };
      double tw, th;

      measure (node->root ? bold : text, node->text, TEXT_WIDTH, &tw, &th);
      row.hidden = node->collapsed ? lk_cause_count (node) - 1 : 0;
      row.w = tw + 2 * PAD + (node->votes > 0 ? BADGE : 0) + (row.hidden > 0 ? BADGE + 6 : 0);
      row.h = MAX (th, 14.0) + 2 * PAD;
      g_array_append_val (rows, row);
      if (!node->collapsed)
        collect_rows (node->children, depth + 1, rows->len - 1, text, bold, rows);
    }
}

static void
measure_category (Category    *c,
                  PangoLayout *text,
                  PangoLayout *bold)
{
  double widest = 0, far_x;

  c->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  collect_rows (c->node->children, 1, -1, text, bold, c->rows);
  measure (bold, c->node->text, LABEL_WIDTH, &c->label_w, &c->label_h);
  c->label_w += 2 * PAD + 4;
  c->label_h += 2 * PAD;

  c->rows_h = 0;
  for (guint i = 0; i < c->rows->len; i++)
    {
      Row *row = &g_array_index (c->rows, Row, i);

      c->rows_h += row->h + ROW_GAP;
      widest = MAX (widest, INDENT * (row->depth - 1) + row->w);
    }
  c->reach = SPINE_GAP + c->rows_h + LABEL_GAP;
  c->height = c->reach + c->label_h;
  c->slope = MIN (SLOPE, MAX_RUN / c->reach);

  /* The boxes keep clear of the bone where it is furthest out: at the
   * farthest row; the label ends where the bone does */
  far_x = -c->slope * (SPINE_GAP + c->rows_h);
  c->left = MIN (far_x - GAP - widest, -c->slope * c->reach + 8 - c->label_w);
}

static void
place_category (LkFishboneLayout *layout,
                Category         *c,
                gboolean          above,
                double            foot)
{
  double spine = layout->spine_y;
  double sign = above ? -1.0 : 1.0;
  double cursor = above ? spine - SPINE_GAP - c->rows_h : spine + SPINE_GAP;
  double left = foot + c->left;
  LkFishboneBone bone = { c->node, above };
  guint first = layout->items->len;

  bone.x0 = foot;
  bone.y0 = spine;
  bone.x1 = foot - c->slope * c->reach;
  bone.y1 = spine + sign * c->reach;
  bone.label = (LkRect) { bone.x1 + 8 - c->label_w, above ? bone.y1 - c->label_h : bone.y1,
                          c->label_w, c->label_h };
  g_array_append_val (layout->bones, bone);

  for (guint i = 0; i < c->rows->len; i++)
    {
      Row *row = &g_array_index (c->rows, Row, i);
      LkFishboneItem item = { row->node, row->depth, above };
      double center;

      item.box = (LkRect) { left + INDENT * (row->depth - 1), cursor, row->w, row->h };
      item.hidden = row->hidden;
      center = cursor + row->h / 2;
      item.link_y = center;
      if (row->parent < 0)
        {
          item.link_x0 = item.box.x + item.box.width;
          item.link_x1 = foot - c->slope * fabs (center - spine);
        }
      else
        {
          LkFishboneItem *parent = &g_array_index (layout->items, LkFishboneItem, first + row->parent);

          /* The parent's stem reaches down to its last child so far,
           * leaning toward them but staying clear of their boxes */
          if (parent->stem_y0 == parent->stem_y1)
            {
              parent->stem_x = parent->box.x + INDENT / 3;
              parent->stem_y0 = parent->box.y + parent->box.height;
            }
          parent->stem_y1 = center;
          parent->stem_x1 = parent->stem_x + MIN (LEAN_MAX, LEAN * (center - parent->stem_y0));
          item.link_x1 = item.box.x;   /* link_x0 once the stem is whole */
        }
      g_array_append_val (layout->items, item);
      cursor += row->h + ROW_GAP;
    }

  /* Each child's line starts on its parent's stem, where it passes */
  for (guint i = 0; i < c->rows->len; i++)
    {
      Row *row = &g_array_index (c->rows, Row, i);
      LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, first + i);
      const LkFishboneItem *parent;
      double t;

      if (row->parent < 0)
        continue;
      parent = &g_array_index (layout->items, LkFishboneItem, first + row->parent);
      t = (item->link_y - parent->stem_y0) / MAX (1e-9, parent->stem_y1 - parent->stem_y0);
      item->link_x0 = parent->stem_x + t * (parent->stem_x1 - parent->stem_x);
    }
}

static void
mirror (LkFishboneLayout *layout)
{
  double w = layout->width;

#define FLIP(x) ((x) = w - (x))
#define FLIP_RECT(r) ((r).x = w - (r).x - (r).width)
  FLIP_RECT (layout->head);
  FLIP (layout->spine_x0);
  FLIP (layout->spine_x1);
  for (guint i = 0; i < layout->bones->len; i++)
    {
      LkFishboneBone *bone = &g_array_index (layout->bones, LkFishboneBone, i);

      FLIP (bone->x0);
      FLIP (bone->x1);
      FLIP_RECT (bone->label);
    }
  for (guint i = 0; i < layout->items->len; i++)
    {
      LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, i);

      FLIP_RECT (item->box);
      FLIP (item->link_x0);
      FLIP (item->link_x1);
      FLIP (item->stem_x);
      FLIP (item->stem_x1);
    }
#undef FLIP
#undef FLIP_RECT
}

/**
 * lk_chart_fishbone_layout:
 * @cr: for measuring text only
 *
 * The analysis at its natural size. The same analysis gives the same
 * layout, every time.
 */
void
lk_chart_fishbone_layout (cairo_t            *cr,
                          const LkChartStyle *style,
                          LkFishbone         *fb,
                          LkFishboneLayout   *layout)
{
  g_autoptr(PangoLayout) text = lk_chart_text_layout_unhinted (cr, style, 0.85, FALSE);
  g_autoptr(PangoLayout) bold = lk_chart_text_layout_unhinted (cr, style, 0.85, TRUE);
  g_autoptr(PangoLayout) head = lk_chart_text_layout_unhinted (cr, style, 1.0, TRUE);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fb->categories));
  g_autofree Category *categories = g_new0 (Category, MAX (n, 1));
  g_autofree double *pair_width = g_new0 (double, n / 2 + 1);
  double above = 0, below = 0, pairs = 0, head_w, head_h, foot;

  memset (layout, 0, sizeof *layout);
  layout->bones = g_array_new (FALSE, FALSE, sizeof (LkFishboneBone));
  layout->items = g_array_new (FALSE, FALSE, sizeof (LkFishboneItem));

  for (guint i = 0; i < n; i++)
    {
      categories[i].node = g_list_model_get_item (G_LIST_MODEL (fb->categories), i);
      measure_category (&categories[i], text, bold);
      pair_width[i / 2] = MAX (pair_width[i / 2], -categories[i].left + PAIR_GAP);
      if (i % 2 == 0)
        above = MAX (above, categories[i].height);
      else
        below = MAX (below, categories[i].height);
    }
  for (guint k = 0; k < (n + 1) / 2; k++)
    pairs += pair_width[k];

  measure (head, fb->problem, HEAD_WIDTH, &head_w, &head_h);
  head_w += 4 * PAD;
  head_h += 4 * PAD;
  above = MAX (above, head_h / 2);
  below = MAX (below, head_h / 2);

  layout->spine_y = MARGIN + above;
  layout->head = (LkRect) { MARGIN + pairs + HEAD_GAP, layout->spine_y - head_h / 2, head_w, head_h };
  layout->spine_x0 = MARGIN;
  layout->spine_x1 = layout->head.x;
  layout->width = layout->head.x + head_w + MARGIN;
  layout->height = layout->spine_y + below + MARGIN;

  foot = layout->head.x - HEAD_GAP;
  for (guint k = 0; k < (n + 1) / 2; k++)
    {
      for (guint j = 2 * k; j < MIN (2 * k + 2, n); j++)
        place_category (layout, &categories[j], j % 2 == 0, foot);
      foot -= pair_width[k];
    }

  if (fb->head_left)
    mirror (layout);

  for (guint i = 0; i < n; i++)
    {
      g_clear_object (&categories[i].node);
      g_array_unref (categories[i].rows);
    }
}

void
lk_chart_fishbone_layout_clear (LkFishboneLayout *layout)
{
  g_clear_pointer (&layout->bones, g_array_unref);
  g_clear_pointer (&layout->items, g_array_unref);
}

/**
 * lk_chart_fishbone_fit:
 * @max_scale: how far a small analysis may grow (1 keeps it as it is)
 *
 * The scale and offset that fit the natural layout into @width × @height,
 * centred.
 */
void
lk_chart_fishbone_fit (const LkFishboneLayout *layout,
                       double                  width,
                       double                  height,
                       double                  max_scale,
                       double                 *scale,
                       double                 *dx,
                       double                 *dy)
{
  *scale = MIN (MIN (width / MAX (1.0, layout->width), height / MAX (1.0, layout->height)), max_scale);
  *dx = (width - layout->width * *scale) / 2;
  *dy = (height - layout->height * *scale) / 2;
}

/* Returns: (nullable) (transfer none): the cause or category at (@x, @y),
 *   in the layout's own coordinates */
LkCause *
lk_chart_fishbone_hit (const LkFishboneLayout *layout,
                       double                  x,
                       double                  y)
{
  for (guint i = 0; i < layout->items->len; i++)
    {
      const LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, i);

      if (lk_rect_contains (&item->box, x, y))
        return item->node;
    }
  for (guint i = 0; i < layout->bones->len; i++)
    {
      const LkFishboneBone *bone = &g_array_index (layout->bones, LkFishboneBone, i);

      if (lk_rect_contains (&bone->label, x, y))
        return bone->node;
    }

  return NULL;
}


static void
show (cairo_t       *cr,
      PangoLayout   *layout,
      const char    *text,
      double         x,
      double         y,
      double         width,
      const LkColor *color)
{
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  lk_chart_set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* A number in a small badge: votes in orange, folded causes in grey */
static void
badge (cairo_t            *cr,
       PangoLayout        *layout,
       const char         *text,
       double              x,
       double              cy,
       const LkColor      *fill,
       const LkChartStyle *style)
{
  LkRect r = { x, cy - 8, BADGE - 4, 16 };
  int w, h;

  lk_chart_set_color (cr, fill);
  lk_chart_rounded_rect (cr, &r, 8);
  cairo_fill (cr);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  lk_chart_set_color (cr, &style->background);
  cairo_move_to (cr, r.x + (r.width - w) / 2, cy - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

/* Draws the layout in its own coordinates (the caller scales) */
void
lk_chart_fishbone_draw_layout (cairo_t                *cr,
                               const LkFishboneLayout *layout,
                               LkFishbone             *fb,
                               const LkChartStyle     *style)
{
  g_autoptr(PangoLayout) text = lk_chart_text_layout_unhinted (cr, style, 0.85, FALSE);
  g_autoptr(PangoLayout) bold = lk_chart_text_layout_unhinted (cr, style, 0.85, TRUE);
  g_autoptr(PangoLayout) small = lk_chart_text_layout_unhinted (cr, style, 0.7, TRUE);
  g_autoptr(PangoLayout) head = lk_chart_text_layout_unhinted (cr, style, 1.0, TRUE);
  LkColor tint;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

  /* Spine and bones */
  lk_chart_set_color (cr, &style->foreground);
  cairo_set_line_width (cr, 3.0);
  cairo_move_to (cr, layout->spine_x0, layout->spine_y);
  cairo_line_to (cr, layout->spine_x1, layout->spine_y);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 2.0);
  for (guint i = 0; i < layout->bones->len; i++)
    {
      const LkFishboneBone *bone = &g_array_index (layout->bones, LkFishboneBone, i);

      cairo_move_to (cr, bone->x0, bone->y0);
      cairo_line_to (cr, bone->x1, bone->y1);
    }
  cairo_stroke (cr);

  /* Links and stems */
  cairo_set_line_width (cr, 1.0);
  lk_chart_set_color (cr, &style->muted);
  for (guint i = 0; i < layout->items->len; i++)
    {
      const LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, i);

      cairo_move_to (cr, item->link_x0, item->link_y);
      cairo_line_to (cr, item->link_x1, item->link_y);
      if (item->stem_y1 != item->stem_y0)
        {
          cairo_move_to (cr, item->stem_x, item->stem_y0);
          cairo_line_to (cr, item->stem_x1, item->stem_y1);
        }
    }
  cairo_stroke (cr);

  /* The head */
  tint = style->red;
  tint.r = tint.r * 0.2 + style->background.r * 0.8;
  tint.g = tint.g * 0.2 + style->background.g * 0.8;
  tint.b = tint.b * 0.2 + style->background.b * 0.8;
  lk_chart_set_color (cr, &tint);
  lk_chart_rounded_rect (cr, &layout->head, 8);
  cairo_fill_preserve (cr);
  lk_chart_set_color (cr, &style->red);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  show (cr, head, fb->problem, layout->head.x + 2 * PAD, layout->head.y + 2 * PAD,
        layout->head.width - 4 * PAD + 1, &style->foreground);

  /* Category names */
  for (guint i = 0; i < layout->bones->len; i++)
    {
      const LkFishboneBone *bone = &g_array_index (layout->bones, LkFishboneBone, i);

      lk_chart_set_color (cr, &style->grid);
      lk_chart_rounded_rect (cr, &bone->label, 6);
      cairo_fill (cr);
      /* A pixel more than measured, so rounding never wraps it anew */
      show (cr, bold, bone->node->text, bone->label.x + PAD + 2, bone->label.y + PAD,
            bone->label.width - 2 * PAD - 4 + 1, &style->foreground);
    }

  /* Causes: root causes framed in red and bold, votes and folded counts
   * as badges after the text */
  for (guint i = 0; i < layout->items->len; i++)
    {
      const LkFishboneItem *item = &g_array_index (layout->items, LkFishboneItem, i);
      const LkCause *node = item->node;
      double text_w = item->box.width - 2 * PAD - (node->votes > 0 ? BADGE : 0) -
                      (item->hidden > 0 ? BADGE + 6 : 0);
      double right = item->box.x + 2 * PAD + text_w;
      char number[16];

      lk_chart_set_color (cr, &style->background);
      cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
      cairo_fill (cr);
      if (node->root)
        {
          lk_chart_set_color (cr, &style->red);
          cairo_set_line_width (cr, 1.5);
          lk_chart_rounded_rect (cr, &item->box, 4);
          cairo_stroke (cr);
        }
      show (cr, node->root ? bold : text, node->text, item->box.x + PAD, item->box.y + PAD,
            text_w + 1, &style->foreground);
      if (node->votes > 0)
        {
          g_snprintf (number, sizeof number, "%u", node->votes);
          badge (cr, small, number, right, item->box.y + item->box.height / 2, &style->orange, style);
          right += BADGE;
        }
      if (item->hidden > 0)
        {
          g_snprintf (number, sizeof number, "+%u", item->hidden);
          badge (cr, small, number, right + 2, item->box.y + item->box.height / 2, &style->grey, style);
        }
    }

  cairo_restore (cr);
}

/**
 * lk_chart_fishbone_draw:
 *
 * The whole analysis in @width × @height: scaled down to fit, or up to
 * half again its size, centred. For files and paper.
 */
void
lk_chart_fishbone_draw (cairo_t            *cr,
                        double              width,
                        double              height,
                        LkFishbone         *fb,
                        const LkChartStyle *style)
{
  LkFishboneLayout layout;
  double scale, dx, dy;

  lk_chart_fishbone_layout (cr, style, fb, &layout);
  lk_chart_fishbone_fit (&layout, width, height, 1.5, &scale, &dx, &dy);
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scale, scale);
  lk_chart_fishbone_draw_layout (cr, &layout, fb, style);
  cairo_restore (cr);
  lk_chart_fishbone_layout_clear (&layout);
}
