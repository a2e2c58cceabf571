/* lk-chart-breakdown.c
 *
 * Boxes are measured once per text (the sizes are kept between layouts,
 * so folding a branch or selecting a goal lays out again without
 * measuring), placed by the tidy tree, and drawn with their connectors:
 * down from the parent, across, down to each child.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-chart-breakdown.h"
#include "lk-tidy-tree.h"

#define MARGIN      20.0
#define PAD          7.0
#define STRIPE       6.0
#define TEXT_WIDTH 170.0
#define MIN_TEXT   110.0
#define META_GAP     3.0
#define BAR_H        5.0
#define GAP_X       18.0
#define GAP_Y       34.0
#define DOT          7.0
#define META_SCALE   0.8
#define MIN_TEXT_PX  5.0   /* smaller text is not drawn: it cannot be read */

typedef struct
{
  double text_w, title_h, meta_w, meta_h;
} Size;

const LkColor *
lk_chart_goal_status_color (const LkChartStyle *style,
                       LkGoalStatus        status)
{
  switch (status)
    {
    case LK_GOAL_STATUS_GREEN:
      return &style->green;
    case LK_GOAL_STATUS_YELLOW:
      return &style->yellow;
    case LK_GOAL_STATUS_RED:
      return &style->red;
    case LK_GOAL_STATUS_NO_DATA:
    default:
      return &style->grey;
    }
}

static LkColor
perspective_color (const LkChartStyle *style,
                   LkPerspective       perspective)
{
  static const LkColor teal = { 0.11, 0.56, 0.56, 1 };

  switch (perspective)
    {
    case LK_PERSPECTIVE_COMMUNITY:
      return style->blue;
    case LK_PERSPECTIVE_SERVICES:
      return style->purple;
    case LK_PERSPECTIVE_EMPLOYEES:
      return style->orange;
    case LK_PERSPECTIVE_ECONOMY:
      return teal;
    case LK_PERSPECTIVE_NONE:
    default:
      return style->grey;
    }
}

static char *
meta_text (LkGoal *goal,
           guint   hidden)
{
  g_autofree char *level = NULL;
  g_autofree char *folded = NULL;

  if (goal->level == 0)
    level = g_strdup (lk_goal_level_name (0));
  else
    /* TRANSLATORS: a goal's level in the breakdown chart, then its perspective */
    level = g_strdup_printf (_("Level %u · %s"), goal->level, lk_perspective_name (goal->perspective));
  if (hidden == 0)
    return g_steal_pointer (&level);
  /* TRANSLATORS: goals folded away under a box of the breakdown chart */
  folded = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u goal", "+%u goals", hidden), hidden);

  return g_strdup_printf ("%s  %s", level, folded);
}

static Size
measure (LkBreakdownLayout *layout,
         PangoLayout       *title,
         PangoLayout       *meta,
         const char        *uuid,
         const char        *title_text,
         const char        *meta_text_)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s", uuid ? uuid : "", title_text, meta_text_);
  Size *size = g_hash_table_lookup (layout->sizes, key);
  int w, h;

  if (size != NULL)
    return *size;

  size = g_new0 (Size, 1);
  pango_layout_set_text (title, title_text, -1);
  pango_layout_get_pixel_size (title, &w, &h);
  size->text_w = w;
  size->title_h = h;
  pango_layout_set_text (meta, meta_text_, -1);
  pango_layout_get_pixel_size (meta, &w, &h);
  size->meta_w = w + DOT + 4;
  size->meta_h = h;
  g_hash_table_insert (layout->sizes, g_steal_pointer (&key), size);

  return *size;
}

static gboolean
shown (const LkBreakdownOptions *options,
       LkGoal                   *goal)
{
  return (options->archived || !goal->archived) && lk_goal_in_year (goal, options->year);
}

static guint
count_shown (const LkBreakdownOptions *options,
             LkGoal                   *goal)
{
  guint n = goal->children->len;
  guint count = 0;

  for (guint i = 0; i < n; i++)
    {
      LkGoal *child = g_ptr_array_index (goal->children, i);

      if (shown (options, child))
        count += 1 + count_shown (options, child);
    }

  return count;
}

static int
add_box (LkBreakdownLayout *layout,
         LkGoal            *goal,
         int                parent,
         guint              depth)
{
  LkBreakdownBox box = { goal, parent, -1, -1, depth, { 0, 0, 0, 0 }, 0, 0, FALSE };

  g_array_append_val (layout->boxes, box);

  return layout->boxes->len - 1;
}

void
lk_chart_breakdown_layout_clear (LkBreakdownLayout *layout)
{
  g_clear_pointer (&layout->boxes, g_array_unref);
  g_clear_pointer (&layout->links, g_array_unref);
  g_clear_pointer (&layout->top_title, g_free);
  g_clear_pointer (&layout->top_meta, g_free);
  g_clear_pointer (&layout->sizes, g_hash_table_unref);
  layout->width = layout->height = 0;
  layout->selected = -1;
}

/* The box of a goal, or of its nearest parent that is shown */
static int
shown_box (GHashTable *box_of,
           LkGoal     *goal)
{
  for (LkGoal *g = goal; g != NULL; g = g->parent)
    {
      gpointer index;

      if (g_hash_table_lookup_extended (box_of, g, NULL, &index))
        return GPOINTER_TO_INT (index);
    }

  return -1;
}

void
lk_chart_breakdown_layout (cairo_t                  *cr,
                           const LkChartStyle       *style,
                           const LkBreakdownOptions *options,
                           LkBreakdownLayout        *layout)
{
  g_autoptr(PangoLayout) title = lk_chart_text_layout_unhinted (cr, style, 1.0, FALSE);
  g_autoptr(PangoLayout) bold = lk_chart_text_layout_unhinted (cr, style, 1.0, TRUE);
  g_autoptr(PangoLayout) meta = lk_chart_text_layout_unhinted (cr, style, META_SCALE, FALSE);
  g_autoptr(GHashTable) box_of = g_hash_table_new (NULL, NULL);
  g_autofree LkTidyNode *nodes = NULL;
  GHashTable *sizes = g_steal_pointer (&layout->sizes);
  int top;

  lk_chart_breakdown_layout_clear (layout);
  layout->sizes = sizes ? sizes : g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  layout->boxes = g_array_new (FALSE, FALSE, sizeof (LkBreakdownBox));
  layout->links = g_array_new (FALSE, FALSE, sizeof (LkBreakdownLink));
  layout->selected = -1;

  /* The tree breadth first, parents before children */
  if (options->root != NULL)
    top = add_box (layout, options->root, -1, 0);
  else
    {
      LkKommuneplan *plan = g_list_model_get_n_items (G_LIST_MODEL (options->mp->plans)) > 0
                          ? g_list_model_get_item (G_LIST_MODEL (options->mp->plans), 0) : NULL;

      top = add_box (layout, NULL, -1, 0);
      layout->top_title = g_strdup (plan ? plan->title : _("Masterplan"));
      layout->top_meta = g_strdup (_("Kommuneplan"));
      g_clear_object (&plan);
    }
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      LkBreakdownBox *box = &g_array_index (layout->boxes, LkBreakdownBox, i);
      g_autoptr(GPtrArray) areas = NULL;
      GPtrArray *children;
      int last = -1;

      if (box->goal != NULL)
        children = box->goal->children;
      else
        {
          guint n_areas = g_list_model_get_n_items (G_LIST_MODEL (options->mp->areas));

          children = areas = g_ptr_array_new_with_free_func (g_object_unref);
          for (guint a = 0; a < n_areas; a++)
            g_ptr_array_add (areas, g_list_model_get_item (G_LIST_MODEL (options->mp->areas), a));
        }

      if (box->goal != NULL)
        g_hash_table_insert (box_of, box->goal, GINT_TO_POINTER (i));
      if (box->goal != NULL && options->collapsed != NULL &&
          g_hash_table_contains (options->collapsed, box->goal->uuid))
        {
          box->hidden = count_shown (options, box->goal);
          if (box->hidden > 0)
            continue;
        }
      for (guint c = 0; c < children->len; c++)
        {
          LkGoal *child = g_ptr_array_index (children, c);
          int index;

          if (!shown (options, child))
            continue;
          index = add_box (layout, child, i, g_array_index (layout->boxes, LkBreakdownBox, i).depth + 1);
          box = &g_array_index (layout->boxes, LkBreakdownBox, i);
          if (last < 0)
            box->first_child = index;
          else
            g_array_index (layout->boxes, LkBreakdownBox, last).next_sibling = index;
          last = index;
        }
    }

  /* Measured, then placed */
  pango_layout_set_width (title, TEXT_WIDTH * PANGO_SCALE);
  pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (bold, TEXT_WIDTH * PANGO_SCALE);
  pango_layout_set_wrap (bold, PANGO_WRAP_WORD_CHAR);
  nodes = g_new0 (LkTidyNode, layout->boxes->len);
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      LkBreakdownBox *box = &g_array_index (layout->boxes, LkBreakdownBox, i);
      g_autofree char *meta_str = box->goal ? meta_text (box->goal, box->hidden) : g_strdup (layout->top_meta);
      const char *text = box->goal ? box->goal->title : layout->top_title;
      gboolean strong = box->goal == NULL || box->goal->level == 0;
      Size size = measure (layout, strong ? bold : title, meta, box->goal ? box->goal->uuid : NULL,
                           text, meta_str);
      gboolean bar = box->goal != NULL && box->first_child >= 0;

      box->title_h = size.title_h;
      box->box.width = STRIPE + 2 * PAD + MAX (MIN_TEXT, MAX (size.text_w, size.meta_w));
      box->box.height = 2 * PAD + size.title_h + META_GAP + size.meta_h + (bar ? BAR_H + 4 : 0);
      nodes[i].w = box->box.width;
      nodes[i].h = box->box.height;
      nodes[i].parent = box->parent;
      nodes[i].first_child = box->first_child;
      nodes[i].next_sibling = box->next_sibling;
    }
  lk_tidy_tree_layout (nodes, layout->boxes->len, top, GAP_X, GAP_Y, &layout->width, &layout->height);
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      LkBreakdownBox *box = &g_array_index (layout->boxes, LkBreakdownBox, i);

      box->box.x = nodes[i].x + MARGIN;
      box->box.y = nodes[i].y + MARGIN;
    }
  layout->width += 2 * MARGIN;
  layout->height += 2 * MARGIN;

  /* The selected goal's line of sight, up to the top */
  if (options->selected != NULL)
    {
      LkGoal *goal = lk_masterplan_find (options->mp, options->selected);

      layout->selected = goal ? shown_box (box_of, goal) : -1;
      for (int i = layout->selected; i >= 0; i = g_array_index (layout->boxes, LkBreakdownBox, i).parent)
        g_array_index (layout->boxes, LkBreakdownBox, i).on_path = TRUE;
    }

  /* Support links between what is shown (to a folded goal's shown parent) */
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      LkGoal *goal = g_array_index (layout->boxes, LkBreakdownBox, i).goal;

      for (guint s = 0; goal != NULL && s < goal->supports->len; s++)
        {
          LkGoal *target = lk_masterplan_find (options->mp, g_ptr_array_index (goal->supports, s));
          LkBreakdownLink link = { i, target ? shown_box (box_of, target) : -1 };

          if (link.to >= 0 && link.to != link.from)
            g_array_append_val (layout->links, link);
        }
    }
}

static gboolean
visible (const LkRect *r,
         double        x1,
         double        y1,
         double        x2,
         double        y2)
{
  return r->x < x2 && r->x + r->width > x1 && r->y < y2 && r->y + r->height > y1;
}

static void
draw_connectors (cairo_t                 *cr,
                 const LkBreakdownLayout *layout,
                 const LkChartStyle      *style,
                 double                   clip[4],
                 gboolean                 path_only)
{
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const LkBreakdownBox *p = &g_array_index (layout->boxes, LkBreakdownBox, i);
      double px, py, mid, lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE, bottom = 0;
      LkRect extent;

      if (p->first_child < 0)
        continue;
      px = p->box.x + p->box.width / 2;
      py = p->box.y + p->box.height;
      for (int c = p->first_child; c >= 0; c = g_array_index (layout->boxes, LkBreakdownBox, c).next_sibling)
        {
          const LkBreakdownBox *child = &g_array_index (layout->boxes, LkBreakdownBox, c);
          double cx = child->box.x + child->box.width / 2;

          lo = MIN (lo, cx);
          hi = MAX (hi, cx);
          bottom = child->box.y;
        }
      extent = (LkRect) { MIN (lo, px), py, MAX (hi, px) - MIN (lo, px) + 1, bottom - py };
      if (!visible (&extent, clip[0], clip[1], clip[2], clip[3]))
        continue;
      mid = py + (bottom - py) / 2;

      if (!path_only)
        {
          cairo_move_to (cr, px, py);
          cairo_line_to (cr, px, mid);
          cairo_move_to (cr, MIN (lo, px), mid);
          cairo_line_to (cr, MAX (hi, px), mid);
        }
      for (int c = p->first_child; c >= 0; c = g_array_index (layout->boxes, LkBreakdownBox, c).next_sibling)
        {
          const LkBreakdownBox *child = &g_array_index (layout->boxes, LkBreakdownBox, c);
          double cx = child->box.x + child->box.width / 2;

          if (path_only && !child->on_path)
            continue;
          if (path_only)
            {
              cairo_move_to (cr, px, py);
              cairo_line_to (cr, px, mid);
              cairo_line_to (cr, cx, mid);
            }
          else
            cairo_move_to (cr, cx, mid);
          cairo_line_to (cr, cx, child->box.y);
        }
    }
  if (path_only)
    {
      lk_chart_set_color (cr, &style->blue);
      cairo_set_line_width (cr, 3.0);
    }
  else
    {
      lk_chart_set_color (cr, &style->muted);
      cairo_set_line_width (cr, 1.2);
    }
  cairo_stroke (cr);
}

static void
draw_links (cairo_t                 *cr,
            const LkBreakdownLayout *layout,
            const LkChartStyle      *style)
{
  static const double dash[] = { 6.0, 4.0 };

  for (guint i = 0; i < layout->links->len; i++)
    {
      const LkBreakdownLink *link = &g_array_index (layout->links, LkBreakdownLink, i);
      const LkRect *a = &g_array_index (layout->boxes, LkBreakdownBox, link->from).box;
      const LkRect *b = &g_array_index (layout->boxes, LkBreakdownBox, link->to).box;
      /* From the side facing the other box */
      gboolean up = b->y + b->height <= a->y;
      double x0 = a->x + a->width * 0.75, y0 = up ? a->y : a->y + a->height;
      double x1 = b->x + b->width * 0.75, y1 = up ? b->y + b->height : b->y;
      double bend = MAX (40.0, fabs (y1 - y0) / 2), angle;

      if (!up && fabs (a->y - b->y) < 1)
        {
          /* Side by side: from the bottoms, bowing under */
          y0 = a->y + a->height;
          y1 = b->y + b->height;
          bend = -bend;
        }
      cairo_set_dash (cr, dash, 2, 0);
      cairo_set_line_width (cr, 1.6);
      lk_chart_set_color (cr, &style->purple);
      cairo_move_to (cr, x0, y0);
      cairo_curve_to (cr, x0, y0 + (up ? -bend : bend), x1, y1 + (up ? bend : (bend < 0 ? bend : -bend)), x1, y1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      /* The arrow at the supported goal */
      angle = up ? G_PI / 2 : (bend < 0 ? G_PI / 2 : -G_PI / 2);
      cairo_move_to (cr, x1, y1);
      cairo_line_to (cr, x1 + 7 * cos (angle + 0.45), y1 + 7 * sin (angle + 0.45));
      cairo_line_to (cr, x1 + 7 * cos (angle - 0.45), y1 + 7 * sin (angle - 0.45));
      cairo_close_path (cr);
      cairo_fill (cr);
    }
}

static void
draw_box (cairo_t                 *cr,
          const LkBreakdownLayout *layout,
          const LkBreakdownBox    *box,
          gboolean                 selected,
          gboolean                 text,
          PangoLayout             *title,
          PangoLayout             *bold,
          PangoLayout             *meta,
          const LkChartStyle      *style)
{
  const LkRect *r = &box->box;
  LkGoalStatus status = box->goal ? box->goal->status : LK_GOAL_STATUS_NO_DATA;
  const LkColor *status_color = lk_chart_goal_status_color (style, status);
  LkColor tint = *status_color;
  double x = r->x + STRIPE + PAD, y = r->y + PAD;

  /* Too small to read: a plain card in its status colour is all that
   * shows, and is much quicker to draw for a large plan */
  if (!text)
    {
      tint.a = box->goal ? 0.45 : 0.2;
      lk_chart_set_color (cr, &tint);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      if (selected || box->on_path)
        {
          lk_chart_set_color (cr, &style->blue);
          cairo_set_line_width (cr, selected ? 8.0 : 5.0);
          cairo_rectangle (cr, r->x, r->y, r->width, r->height);
          cairo_stroke (cr);
        }
      return;
    }

  /* The card, tinted by its status */
  lk_chart_rounded_rect (cr, r, 6);
  lk_chart_set_color (cr, &style->background);
  cairo_fill_preserve (cr);
  tint.a = box->goal ? 0.16 : 0.06;
  lk_chart_set_color (cr, &tint);
  cairo_fill_preserve (cr);
  if (selected || box->on_path)
    {
      lk_chart_set_color (cr, &style->blue);
      cairo_set_line_width (cr, selected ? 3.5 : 2.0);
    }
  else
    {
      lk_chart_set_color (cr, &style->grid);
      cairo_set_line_width (cr, 1.0);
    }
  cairo_stroke (cr);

  /* The status as a stripe, readable without colour by the bar's order */
  if (box->goal != NULL)
    {
      cairo_save (cr);
      lk_chart_rounded_rect (cr, r, 6);
      cairo_clip (cr);
      cairo_rectangle (cr, r->x, r->y, STRIPE, r->height);
      lk_chart_set_color (cr, status_color);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  if (text)
    {
      gboolean strong = box->goal == NULL || box->goal->level == 0;
      PangoLayout *t = strong ? bold : title;
      g_autofree char *meta_str = box->goal ? meta_text (box->goal, box->hidden) : g_strdup (layout->top_meta);

      pango_layout_set_text (t, box->goal ? box->goal->title : layout->top_title, -1);
      lk_chart_set_color (cr, &style->foreground);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, t);

      y += box->title_h + META_GAP;
      if (box->goal != NULL && box->goal->level > 0)
        {
          LkColor dot = perspective_color (style, box->goal->perspective);
          int mw, mh;

          pango_layout_set_text (meta, meta_str, -1);
          pango_layout_get_pixel_size (meta, &mw, &mh);
          lk_chart_set_color (cr, &dot);
          cairo_arc (cr, x + DOT / 2, y + mh / 2.0, DOT / 2, 0, 2 * G_PI);
          cairo_fill (cr);
          lk_chart_set_color (cr, &style->muted);
          cairo_move_to (cr, x + DOT + 4, y);
          pango_cairo_show_layout (cr, meta);
        }
      else
        {
          pango_layout_set_text (meta, meta_str, -1);
          lk_chart_set_color (cr, &style->muted);
          cairo_move_to (cr, x, y);
          pango_cairo_show_layout (cr, meta);
        }
    }

  /* Its children's statuses, worst first */
  if (box->goal != NULL && box->first_child >= 0)
    {
      guint total = 0;
      double bx = r->x + STRIPE + PAD, bw = r->width - STRIPE - 2 * PAD, by = r->y + r->height - PAD - BAR_H;
      static const LkGoalStatus order[] = { LK_GOAL_STATUS_RED, LK_GOAL_STATUS_YELLOW,
                                            LK_GOAL_STATUS_GREEN, LK_GOAL_STATUS_NO_DATA };

      for (guint s = 0; s < LK_GOAL_STATUS_N; s++)
        total += box->goal->counts[s];
      for (guint k = 0; k < G_N_ELEMENTS (order) && total > 0; k++)
        {
          double w = bw * box->goal->counts[order[k]] / total;

          if (w <= 0)
            continue;
          cairo_rectangle (cr, bx, by, w, BAR_H);
          lk_chart_set_color (cr, lk_chart_goal_status_color (style, order[k]));
          cairo_fill (cr);
          bx += w;
        }
    }
}

void
lk_chart_breakdown_draw_layout (cairo_t                 *cr,
                                const LkBreakdownLayout *layout,
                                const LkChartStyle      *style)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) bold = NULL;
  g_autoptr(PangoLayout) meta = NULL;
  double clip[4], ux = 1, uy = 0;
  gboolean text;

  if (layout->boxes == NULL)
    return;
  cairo_clip_extents (cr, &clip[0], &clip[1], &clip[2], &clip[3]);
  cairo_user_to_device_distance (cr, &ux, &uy);
  /* Too small to read: boxes and lines only, which is also much faster */
  text = hypot (ux, uy) * style->font_size * 96.0 / 72.0 * META_SCALE >= MIN_TEXT_PX;
  if (text)
    {
      title = lk_chart_text_layout_unhinted (cr, style, 1.0, FALSE);
      bold = lk_chart_text_layout_unhinted (cr, style, 1.0, TRUE);
      meta = lk_chart_text_layout_unhinted (cr, style, META_SCALE, FALSE);
      pango_layout_set_width (title, TEXT_WIDTH * PANGO_SCALE);
      pango_layout_set_wrap (title, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_width (bold, TEXT_WIDTH * PANGO_SCALE);
      pango_layout_set_wrap (bold, PANGO_WRAP_WORD_CHAR);
    }

  draw_connectors (cr, layout, style, clip, FALSE);
  draw_connectors (cr, layout, style, clip, TRUE);
  /* Under the boxes: a link may not hide a goal's words */
  draw_links (cr, layout, style);
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const LkBreakdownBox *box = &g_array_index (layout->boxes, LkBreakdownBox, i);

      if (visible (&box->box, clip[0], clip[1], clip[2], clip[3]))
        draw_box (cr, layout, box, (int) i == layout->selected, text, title, bold, meta, style);
    }
}

void
lk_chart_breakdown_fit (const LkBreakdownLayout *layout,
                        double                   width,
                        double                   height,
                        double                  *scale,
                        double                  *dx,
                        double                  *dy)
{
  *scale = layout->width > 0 && layout->height > 0
         ? MIN (1.0, MIN (width / layout->width, height / layout->height)) : 1.0;
  *dx = (width - layout->width * *scale) / 2;
  *dy = (height - layout->height * *scale) / 2;
}

/* Fitted into a given size, for files and paper */
void
lk_chart_breakdown_draw (cairo_t                  *cr,
                         double                    width,
                         double                    height,
                         const LkBreakdownOptions *options,
                         const LkChartStyle       *style)
{
  LkBreakdownLayout layout = { 0 };
  double scale, dx, dy;

  lk_chart_breakdown_layout (cr, style, options, &layout);
  lk_chart_breakdown_fit (&layout, width, height, &scale, &dx, &dy);
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  cairo_scale (cr, scale, scale);
  lk_chart_breakdown_draw_layout (cr, &layout, style);
  cairo_restore (cr);
  lk_chart_breakdown_layout_clear (&layout);
}

int
lk_chart_breakdown_hit (const LkBreakdownLayout *layout,
                        double                   x,
                        double                   y)
{
  for (guint i = 0; layout->boxes && i < layout->boxes->len; i++)
    if (lk_rect_contains (&g_array_index (layout->boxes, LkBreakdownBox, i).box, x, y))
      return i;

  return -1;
}

int
lk_chart_breakdown_find (const LkBreakdownLayout *layout,
                         const char              *uuid)
{
  for (guint i = 0; uuid && layout->boxes && i < layout->boxes->len; i++)
    {
      LkGoal *goal = g_array_index (layout->boxes, LkBreakdownBox, i).goal;

      if (goal != NULL && g_str_equal (goal->uuid, uuid))
        return i;
    }

  return -1;
}

/**
 * lk_chart_breakdown_move:
 *
 * Where the arrow keys go from a box: up to its parent, down to its first
 * child, left and right to the nearest box of the same depth (a cousin
 * when it has no sibling that way).
 *
 * Returns: the box, or @from when there is none that way
 */
int
lk_chart_breakdown_move (const LkBreakdownLayout *layout,
                         int                      from,
                         LkBreakdownMove          move)
{
  const LkBreakdownBox *box;
  double cx, best_d = G_MAXDOUBLE;
  int best = from;

  if (layout->boxes == NULL || layout->boxes->len == 0)
    return -1;
  if (from < 0 || (guint) from >= layout->boxes->len)
    return 0;
  box = &g_array_index (layout->boxes, LkBreakdownBox, from);
  switch (move)
    {
    case LK_BREAKDOWN_UP:
      return box->parent >= 0 ? box->parent : from;
    case LK_BREAKDOWN_DOWN:
      return box->first_child >= 0 ? box->first_child : from;
    case LK_BREAKDOWN_LEFT:
    case LK_BREAKDOWN_RIGHT:
    default:
      break;
    }
  cx = box->box.x + box->box.width / 2;
  for (guint i = 0; i < layout->boxes->len; i++)
    {
      const LkBreakdownBox *other = &g_array_index (layout->boxes, LkBreakdownBox, i);
      double ox = other->box.x + other->box.width / 2;
      double d = move == LK_BREAKDOWN_LEFT ? cx - ox : ox - cx;

      if (other->depth == box->depth && d > 0 && d < best_d)
        {
          best_d = d;
          best = i;
        }
    }

  return best;
}
