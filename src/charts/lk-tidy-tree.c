/* lk-tidy-tree.c
 *
 * The first walk goes up from the leaves: each subtree is placed relative
 * to its root, and each child pushed right of its left siblings as far as
 * the right contour of those and the left contour of it need. Contours
 * are followed through the extreme nodes and threads the walk leaves in
 * leaves, so no node is visited more than a constant number of times. The
 * second walk sums the relative offsets into places. The walks use
 * explicit orders instead of recursion: a damaged tree of any depth can
 * not exhaust the stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "lk-tidy-tree.h"

/* Siblings to the left, by the lowest point of their subtrees' contour:
 * a stack whose top is the most recent sibling */
typedef struct
{
  double low_y;
  int    index;   /* the child's position among its siblings */
} Iyl;

static double
bottom (const LkTidyNode *nodes,
        int               v)
{
  return nodes[v].y + nodes[v].h;
}

static int
next_left_contour (const LkTidyNode *nodes,
                   int               v)
{
  return nodes[v].n_children == 0 ? nodes[v].tl : nodes[v].first_child;
}

static int
next_right_contour (const LkTidyNode *nodes,
                    int               v)
{
  return nodes[v].n_children == 0 ? nodes[v].tr : nodes[v].last_child;
}

static void
set_extremes (LkTidyNode *nodes,
              int         v)
{
  LkTidyNode *t = &nodes[v];

  if (t->n_children == 0)
    {
      t->el = t->er = v;
      t->msel = t->mser = 0;
    }
  else
    {
      t->el = nodes[t->first_child].el;
      t->msel = nodes[t->first_child].msel;
      t->er = nodes[t->last_child].er;
      t->mser = nodes[t->last_child].mser;
    }
}

static void
distribute_extra (LkTidyNode *nodes,
                  int        *children,
                  int         i,
                  int         si,
                  double      dist)
{
  /* Children between the two that touched share the move evenly */
  if (si != i - 1)
    {
      double nr = i - si;

      nodes[children[si + 1]].shift += dist / nr;
      nodes[children[i]].shift -= dist / nr;
      nodes[children[i]].change -= dist - dist / nr;
    }
}

static void
move_subtree (LkTidyNode *nodes,
              int        *children,
              int         i,
              int         si,
              double      dist)
{
  LkTidyNode *c = &nodes[children[i]];

  c->mod += dist;
  c->msel += dist;
  c->mser += dist;
  distribute_extra (nodes, children, i, si, dist);
}

static void
set_left_thread (LkTidyNode *nodes,
                 int        *children,
                 int         i,
                 int         cl,
                 double      modsum_cl)
{
  LkTidyNode *first = &nodes[children[0]];
  int li = first->el;
  double diff = (modsum_cl - nodes[cl].mod) - first->msel;

  nodes[li].tl = cl;
  /* The thread's target is reached with the right sum of modifiers, and
   * the node itself does not move */
  nodes[li].mod += diff;
  nodes[li].prelim -= diff;
  first->el = nodes[children[i]].el;
  first->msel = nodes[children[i]].msel;
}

static void
set_right_thread (LkTidyNode *nodes,
                  int        *children,
                  int         i,
                  int         sr,
                  double      modsum_sr)
{
  LkTidyNode *cur = &nodes[children[i]];
  int ri = cur->er;
  double diff = (modsum_sr - nodes[sr].mod) - cur->mser;

  nodes[ri].tr = sr;
  nodes[ri].mod += diff;
  nodes[ri].prelim -= diff;
  cur->er = nodes[children[i - 1]].er;
  cur->mser = nodes[children[i - 1]].mser;
}

static void
separate (LkTidyNode *nodes,
          int        *children,
          int         i,
          Iyl        *iyl,
          int         top)
{
  int sr = children[i - 1], cl = children[i];
  double mssr = nodes[sr].mod, mscl = nodes[cl].mod;
  int cursor = top;

  while (sr >= 0 && cl >= 0)
    {
      double dist, sy, cy;

      if (bottom (nodes, sr) > iyl[cursor].low_y && cursor > 0)
        cursor--;
      /* How far the left side of cl is left of the right side of sr */
      dist = (mssr + nodes[sr].prelim + nodes[sr].w) - (mscl + nodes[cl].prelim);
      if (dist > 0)
        {
          mscl += dist;
          move_subtree (nodes, children, i, iyl[cursor].index, dist);
        }
      sy = bottom (nodes, sr);
      cy = bottom (nodes, cl);
      if (sy <= cy)
        {
          sr = next_right_contour (nodes, sr);
          if (sr >= 0)
            mssr += nodes[sr].mod;
        }
      if (sy >= cy)
        {
          cl = next_left_contour (nodes, cl);
          if (cl >= 0)
            mscl += nodes[cl].mod;
        }
    }

  if (sr < 0 && cl >= 0)
    set_left_thread (nodes, children, i, cl, mscl);
  else if (sr >= 0 && cl < 0)
    set_right_thread (nodes, children, i, sr, mssr);
}

static void
position_root (LkTidyNode *nodes,
               int         v)
{
  LkTidyNode *t = &nodes[v];
  LkTidyNode *first = &nodes[t->first_child], *last = &nodes[t->last_child];

  t->prelim = (first->prelim + first->mod + last->mod + last->prelim + last->w) / 2 - t->w / 2;
}

static void
first_walk (LkTidyNode *nodes,
            int         v,
            GArray     *children,
            GArray     *iyl)
{
  LkTidyNode *t = &nodes[v];
  int top;

  if (t->n_children == 0)
    {
      set_extremes (nodes, v);
      return;
    }

  g_array_set_size (children, 0);
  for (int c = t->first_child; c >= 0; c = nodes[c].next_sibling)
    g_array_append_val (children, c);

  g_array_set_size (iyl, 0);
  {
    Iyl first = { bottom (nodes, nodes[g_array_index (children, int, 0)].el), 0 };

    g_array_append_val (iyl, first);
  }
  for (guint i = 1; i < children->len; i++)
    {
      int c = g_array_index (children, int, i);
      /* Taken before separating, while the extremes still point into
       * this subtree */
      double min_y = bottom (nodes, nodes[c].er);
      Iyl entry = { min_y, i };

      separate (nodes, (int *) children->data, i, (Iyl *) iyl->data, iyl->len - 1);
      /* Left siblings hidden behind this subtree need no more checking */
      top = iyl->len - 1;
      while (top >= 0 && min_y >= g_array_index (iyl, Iyl, top).low_y)
        top--;
      g_array_set_size (iyl, top + 1);
      g_array_append_val (iyl, entry);
    }
  position_root (nodes, v);
  set_extremes (nodes, v);
}

static void
add_child_spacing (LkTidyNode *nodes,
                   int         v)
{
  double d = 0, modsum_delta = 0;

  for (int c = nodes[v].first_child; c >= 0; c = nodes[c].next_sibling)
    {
      d += nodes[c].shift;
      modsum_delta += d + nodes[c].change;
      nodes[c].mod += modsum_delta;
    }
}

void
lk_tidy_tree_layout (LkTidyNode *nodes,
                     guint       n_nodes,
                     int         root,
                     double      gap_x,
                     double      gap_y,
                     double     *width,
                     double     *height)
{
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (int), n_nodes);
  g_autoptr(GArray) children = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) iyl = g_array_new (FALSE, FALSE, sizeof (Iyl));
  g_autofree double *modsum = NULL;
  double min_x = INFINITY, max_x = -INFINITY, max_y = 0;

  if (width)
    *width = 0;
  if (height)
    *height = 0;
  if (root < 0 || (guint) root >= n_nodes)
    return;

  /* Parents before children (breadth first); the gaps become part of
   * each box while the layout runs */
  g_array_append_val (order, root);
  nodes[root].y = 0;
  for (guint k = 0; k < order->len; k++)
    {
      int v = g_array_index (order, int, k);
      LkTidyNode *t = &nodes[v];

      t->w += gap_x;
      t->h += gap_y;
      t->prelim = t->mod = t->shift = t->change = t->msel = t->mser = 0;
      t->tl = t->tr = t->el = t->er = -1;
      t->n_children = 0;
      t->last_child = -1;
      for (int c = t->first_child; c >= 0; c = nodes[c].next_sibling)
        {
          nodes[c].y = t->y + t->h;
          t->n_children++;
          t->last_child = c;
          g_array_append_val (order, c);
          if (order->len > n_nodes)
            break;   /* a loop in the links: the rest is not a tree */
        }
    }

  /* Children before parents */
  for (guint k = order->len; k > 0; k--)
    first_walk (nodes, g_array_index (order, int, k - 1), children, iyl);

  /* Parents before children again: the sums of modifiers down the tree */
  modsum = g_new0 (double, n_nodes);
  for (guint k = 0; k < order->len; k++)
    {
      int v = g_array_index (order, int, k);
      LkTidyNode *t = &nodes[v];
      double sum = (t->parent >= 0 && v != root ? modsum[t->parent] : 0) + t->mod;

      modsum[v] = sum;
      t->x = t->prelim + sum;
      add_child_spacing (nodes, v);
    }

  for (guint k = 0; k < order->len; k++)
    {
      LkTidyNode *t = &nodes[g_array_index (order, int, k)];

      t->w -= gap_x;
      t->h -= gap_y;
      min_x = MIN (min_x, t->x);
    }
  for (guint k = 0; k < order->len; k++)
    {
      LkTidyNode *t = &nodes[g_array_index (order, int, k)];

      t->x -= min_x;
      max_x = MAX (max_x, t->x + t->w);
      max_y = MAX (max_y, t->y + t->h);
    }
  if (width)
    *width = max_x;
  if (height)
    *height = max_y;
}
