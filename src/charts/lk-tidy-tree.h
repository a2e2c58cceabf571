/* lk-tidy-tree.h: a tidy drawing of a tree whose boxes differ in size
 *
 * Non-layered: a child starts right under its own parent, not under the
 * tallest box of its generation, so tall boxes cost no space elsewhere.
 * Subtrees are pushed apart only as far as their contours need; a parent
 * is centred over its children; gaps between small subtrees squeezed
 * between big ones are spread evenly. Linear time in the number of nodes
 * (A. van der Ploeg, "Drawing non-layered tidy trees in linear time",
 * Software: Practice and Experience 44, 2014), written anew here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* In: the box's size and its place in the tree (indices; -1: none).
   * Children are linked first_child → next_sibling, left to right. */
  double w, h;
  int    parent;
  int    first_child;
  int    next_sibling;

  /* Out: the box's top left corner */
  double x, y;

  /* The algorithm's own */
  double prelim, mod, shift, change;
  double msel, mser;
  int    tl, tr, el, er;
  int    last_child;
  int    n_children;
} LkTidyNode;

/* Lays out the tree rooted at @root: @gap_x between neighbouring boxes,
 * @gap_y between a box and its children. Coordinates start at 0, 0 for
 * the leftmost and topmost edges. */
void lk_tidy_tree_layout (LkTidyNode *nodes,
                          guint       n_nodes,
                          int         root,
                          double      gap_x,
                          double      gap_y,
                          double     *width,
                          double     *height);

G_END_DECLS
