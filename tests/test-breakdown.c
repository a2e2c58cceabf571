/* test-breakdown.c: the tidy tree's geometry and the breakdown chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lk-breakdown-pages.h"
#include "lk-chart-breakdown.h"
#include "lk-chart-test-util.h"
#include "lk-example.h"
#include "lk-test-util.h"
#include "lk-tidy-tree.h"

#define GAP_X 10.0
#define GAP_Y 20.0

/* A random tree: each node under an earlier one, often the one just
 * before (so some branches run deep), with boxes of varied size */
static LkTidyNode *
random_tree (GRand *rand,
             guint  n)
{
  LkTidyNode *nodes = g_new0 (LkTidyNode, n);
  g_autofree int *last = g_new (int, n);

  for (guint i = 0; i < n; i++)
    {
      nodes[i].first_child = nodes[i].next_sibling = nodes[i].parent = -1;
      nodes[i].w = g_rand_double_range (rand, 8, 220);
      nodes[i].h = g_rand_double_range (rand, 6, 120);
      last[i] = -1;
    }
  for (guint i = 1; i < n; i++)
    {
      int p = g_rand_int_range (rand, 0, 4) == 0 ? (int) i - 1 : g_rand_int_range (rand, 0, i);

      nodes[i].parent = p;
      if (last[p] < 0)
        nodes[p].first_child = i;
      else
        nodes[last[p]].next_sibling = i;
      last[p] = i;
    }

  return nodes;
}

static void
check_tidy (const LkTidyNode *nodes,
            guint             n,
            double            width,
            double            height)
{
  for (guint i = 0; i < n; i++)
    {
      const LkTidyNode *a = &nodes[i];

      g_assert_cmpfloat (a->x, >=, -1e-6);
      g_assert_cmpfloat (a->x + a->w, <=, width + 1e-6);
      g_assert_cmpfloat (a->y + a->h, <=, height + 1e-6);
      /* No two boxes overlap, and neighbours keep their gap */
      for (guint j = i + 1; j < n; j++)
        {
          const LkTidyNode *b = &nodes[j];
          gboolean apart = a->x + a->w + GAP_X - 1e-6 <= b->x || b->x + b->w + GAP_X - 1e-6 <= a->x ||
                           a->y + a->h <= b->y + 1e-6 || b->y + b->h <= a->y + 1e-6;

          if (!apart)
            g_error ("boxes %u and %u overlap: %g,%g %gx%g and %g,%g %gx%g", i, j,
                     a->x, a->y, a->w, a->h, b->x, b->y, b->w, b->h);
        }
      /* Children start a gap under their parent; the parent is centred
       * over them */
      if (a->first_child >= 0)
        {
          int last = a->first_child;
          double mid;

          for (int c = a->first_child; c >= 0; c = nodes[c].next_sibling)
            {
              g_assert_cmpfloat (fabs (nodes[c].y - (a->y + a->h + GAP_Y)), <, 1e-6);
              last = c;
            }
          mid = (nodes[a->first_child].x + nodes[last].x + nodes[last].w) / 2;
          g_assert_cmpfloat (fabs (mid - (a->x + a->w / 2)), <, 1e-6);
          /* Siblings keep their order */
          for (int c = a->first_child; nodes[c].next_sibling >= 0; c = nodes[c].next_sibling)
            g_assert_cmpfloat (nodes[c].x, <, nodes[nodes[c].next_sibling].x);
        }
    }
}

/* Random trees up to 2,000 nodes: no overlaps, parents centred, the same
 * every time */
static void
test_tidy_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261130);
  const guint sizes[] = { 1, 2, 3, 10, 57, 300, 1000, 2000 };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    for (guint round = 0; round < (sizes[k] > 500 ? 3 : 20); round++)
      {
        guint n = sizes[k];
        g_autofree LkTidyNode *nodes = random_tree (rand, n);
        g_autofree LkTidyNode *again = g_memdup2 (nodes, sizeof (LkTidyNode) * n);
        double width, height, width2, height2;

        lk_tidy_tree_layout (nodes, n, 0, GAP_X, GAP_Y, &width, &height);
        check_tidy (nodes, n, width, height);
        lk_tidy_tree_layout (again, n, 0, GAP_X, GAP_Y, &width2, &height2);
        g_assert_cmpfloat (width, ==, width2);
        for (guint i = 0; i < n; i++)
          {
            g_assert_cmpfloat (nodes[i].x, ==, again[i].x);
            g_assert_cmpfloat (nodes[i].y, ==, again[i].y);
          }
      }
}

/* Non-layered and compact: a small subtree tucks in under a tall box's
 * neighbour instead of below the tallest box of its generation */
static void
test_tidy_compact (void)
{
  LkTidyNode nodes[5] = { 0 };

  for (guint i = 0; i < 5; i++)
    {
      nodes[i].first_child = nodes[i].next_sibling = -1;
      nodes[i].w = 50;
      nodes[i].h = 20;
    }
  /* 0 → 1 (tall), 2 (short) → 3, and 4 under 2 as well */
  nodes[0].first_child = 1;
  nodes[1].parent = 0;
  nodes[1].next_sibling = 2;
  nodes[1].h = 200;
  nodes[2].parent = 0;
  nodes[2].first_child = 3;
  nodes[3].parent = 2;
  nodes[3].next_sibling = 4;
  nodes[4].parent = 2;
  lk_tidy_tree_layout (nodes, 5, 0, GAP_X, GAP_Y, NULL, NULL);
  check_tidy (nodes, 5, 1e9, 1e9);
  g_assert_cmpfloat (nodes[3].y, ==, 20 + GAP_Y + 20 + GAP_Y);   /* not under the tall box */
}

static LkMasterplan *
example_plan (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "plan.db", NULL);
  g_autoptr(LkStore) store = lk_store_open (path, NULL);
  g_autoptr(GError) error = NULL;
  LkMasterplan *mp;

  g_assert_true (lk_example_load (store, "2026-05-10", &error));
  mp = lk_store_load_masterplan (store, &error);
  g_assert_no_error (error);
  lk_masterplan_roll_up (mp, 2026, 2);

  return mp;
}

static cairo_t *
scratch (cairo_surface_t **surface)
{
  *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  return cairo_create (*surface);
}

/* The example plan: every goal a box, none overlapping; the selected
 * goal's line of sight marked up to the top; folding shows a count; hits
 * and arrow keys find the boxes */
static void
test_breakdown_layout (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkMasterplan) mp = example_plan (dir);
  g_autoptr(GHashTable) collapsed = g_hash_table_new (g_str_hash, g_str_equal);
  LkGoal *personal = lk_masterplan_find_titled (mp, "Jeg leder tavlemøtet hver tirsdag");
  LkGoal *unit_goal = lk_masterplan_find_titled (mp, "Felles mål og retning i hjemmetjenesten");
  LkBreakdownOptions options = { mp, NULL, 2026, NULL, personal->uuid, FALSE };
  LkBreakdownLayout layout = { 0 };
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = scratch (&surface);
  guint on_path = 0;
  int selected, up, box;

  lk_chart_style_init (&style, FALSE);
  lk_chart_breakdown_layout (cr, &style, &options, &layout);
  /* The kommuneplan, 3 priority areas, 13 goals */
  g_assert_cmpuint (layout.boxes->len, ==, 1 + 3 + 13);
  for (guint i = 0; i < layout.boxes->len; i++)
    {
      const LkBreakdownBox *a = &g_array_index (layout.boxes, LkBreakdownBox, i);

      on_path += a->on_path;
      g_assert_cmpfloat (a->box.x + a->box.width, <=, layout.width);
      g_assert_cmpfloat (a->box.y + a->box.height, <=, layout.height);
      for (guint j = i + 1; j < layout.boxes->len; j++)
        {
          const LkRect *b = &g_array_index (layout.boxes, LkBreakdownBox, j).box;

          g_assert_false (a->box.x < b->x + b->width && b->x < a->box.x + a->box.width &&
                          a->box.y < b->y + b->height && b->y < a->box.y + a->box.height);
        }
    }
  /* Level 5 → 4 → 3 → 2 → 1 → priority area → kommuneplan */
  g_assert_cmpuint (on_path, ==, 7);
  selected = layout.selected;
  g_assert_true (g_array_index (layout.boxes, LkBreakdownBox, selected).goal == personal);
  /* The support link, from volunteers to everyday coping */
  g_assert_cmpuint (layout.links->len, ==, 1);

  box = lk_chart_breakdown_find (&layout, unit_goal->uuid);
  {
    const LkRect *r = &g_array_index (layout.boxes, LkBreakdownBox, box).box;

    g_assert_cmpint (lk_chart_breakdown_hit (&layout, r->x + 3, r->y + r->height - 3), ==, box);
    g_assert_cmpint (lk_chart_breakdown_hit (&layout, r->x - 2, r->y - 2), ==, -1);
  }
  up = lk_chart_breakdown_move (&layout, selected, LK_BREAKDOWN_UP);
  g_assert_true (g_array_index (layout.boxes, LkBreakdownBox, up).goal == personal->parent);
  g_assert_cmpint (lk_chart_breakdown_move (&layout, up, LK_BREAKDOWN_DOWN), ==, selected);
  g_assert_cmpint (lk_chart_breakdown_move (&layout, selected, LK_BREAKDOWN_RIGHT), !=, selected);
  g_assert_cmpint (lk_chart_breakdown_move (&layout, selected, LK_BREAKDOWN_LEFT), ==, selected);
  g_assert_cmpint (lk_chart_breakdown_move (&layout, 0, LK_BREAKDOWN_UP), ==, 0);

  /* Folding the unit's goal hides its 5 goals below; the line of sight
   * then ends at the fold */
  g_hash_table_add (collapsed, unit_goal->uuid);
  options.collapsed = collapsed;
  lk_chart_breakdown_layout (cr, &style, &options, &layout);
  g_assert_cmpuint (layout.boxes->len, ==, 1 + 3 + 13 - 4);
  box = lk_chart_breakdown_find (&layout, unit_goal->uuid);
  g_assert_cmpuint (g_array_index (layout.boxes, LkBreakdownBox, box).hidden, ==, 4);
  g_assert_cmpint (layout.selected, ==, box);

  /* From one priority area only */
  options.root = personal->parent->parent->parent->parent->parent;
  options.collapsed = NULL;
  lk_chart_breakdown_layout (cr, &style, &options, &layout);
  g_assert_true (g_array_index (layout.boxes, LkBreakdownBox, 0).goal == options.root);
  g_assert_cmpuint (layout.boxes->len, ==, 1 + 9);

  lk_chart_breakdown_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  lk_test_rmtree (dir);
}

/* Drawn: the selected box's outline is blue, each box's stripe has its
 * status colour, light and dark; pictures kept to look at */
static void
test_breakdown_render (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autoptr(LkMasterplan) mp = example_plan (dir);
  LkGoal *personal = lk_masterplan_find_titled (mp, "Jeg leder tavlemøtet hver tirsdag");
  LkBreakdownOptions options = { mp, NULL, 2026, NULL, personal->uuid, FALSE };

  for (int dark = 0; dark <= 1; dark++)
    {
      LkBreakdownLayout layout = { 0 };
      LkChartStyle style;
      cairo_surface_t *surface;
      cairo_t *cr = scratch (&surface);
      g_autofree char *png = artifact_path (dark ? "breakdown-dark.png" : "breakdown-light.png");
      const LkBreakdownBox *sel;
      LkColor px;

      lk_chart_style_init (&style, dark);
      lk_chart_breakdown_layout (cr, &style, &options, &layout);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);

      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (layout.width), ceil (layout.height));
      cr = cairo_create (surface);
      lk_chart_set_color (cr, &style.background);
      cairo_paint (cr);
      lk_chart_breakdown_draw_layout (cr, &layout, &style);
      cairo_surface_flush (surface);
      g_assert_cmpint (cairo_surface_write_to_png (surface, png), ==, CAIRO_STATUS_SUCCESS);

      sel = &g_array_index (layout.boxes, LkBreakdownBox, layout.selected);
      pixel_at (surface, sel->box.x + sel->box.width / 2, sel->box.y + 0.5, &px);
      assert_color (&px, &style.blue);
      for (guint i = 1; i < layout.boxes->len; i++)
        {
          const LkBreakdownBox *b = &g_array_index (layout.boxes, LkBreakdownBox, i);

          pixel_at (surface, b->box.x + 2.5, b->box.y + b->box.height / 2, &px);
          assert_color (&px, lk_chart_goal_status_color (&style, b->goal->status));
        }
      /* Text is drawn at 1:1 */
      g_assert_cmpfloat (ink_in (surface, &sel->box, &style.background), >, 0.05);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      lk_chart_breakdown_layout_clear (&layout);
    }
  lk_test_rmtree (dir);
}


static LkGoal *
plan_goal (LkMasterplan *mp,
           LkGoal       *parent,
           const char   *title)
{
  LkGoal *goal = lk_goal_new (title, parent ? parent->level + 1 : 0, parent ? parent->uuid : NULL);

  goal->first_year = goal->last_year = 2026;
  g_hash_table_insert (mp->goals, goal->uuid, goal);
  if (parent)
    {
      goal->parent = parent;
      g_ptr_array_add (parent->children, g_object_ref (goal));
    }
  else
    g_list_store_append (mp->areas, goal);

  return goal;
}

/* On paper: a small plan fitted to one page; a large one split over
 * pages at a readable size, after a page map, each page saying where it
 * lies, in a PDF written 0600 */
static void
test_breakdown_pages (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *small_pdf = g_build_filename (dir, "small.pdf", NULL);
  g_autofree char *large_pdf = g_build_filename (dir, "large.pdf", NULL);
  g_autoptr(LkMasterplan) small = example_plan (dir);
  g_autoptr(LkMasterplan) large = lk_masterplan_new ();
  LkBreakdownOptions options = { small, NULL, 2026, NULL, NULL, FALSE };
  LkBreakdownLayout layout = { 0 };
  LkBreakdownPages pages;
  LkChartStyle style;
  cairo_surface_t *surface;
  cairo_t *cr = scratch (&surface);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;
  LkGoal *area = plan_goal (large, NULL, "Folkehelse");

  for (guint a = 0; a < 12; a++)
    {
      g_autofree char *t1 = g_strdup_printf ("Mål %u på nivå 1 med en lang tittel", a);
      LkGoal *l1 = plan_goal (large, area, t1);

      for (guint b = 0; b < 8; b++)
        {
          g_autofree char *t2 = g_strdup_printf ("Delmål %u.%u for tjenestene", a, b);
          LkGoal *l2 = plan_goal (large, l1, t2);

          for (guint c = 0; c < 3; c++)
            plan_goal (large, l2, "Hver ansatt bidrar");
        }
    }

  lk_chart_style_init (&style, FALSE);
  lk_chart_breakdown_layout (cr, &style, &options, &layout);
  lk_breakdown_pages_plan (&layout, 842, 595, TRUE, &pages);
  g_assert_false (pages.split);
  g_assert_cmpuint (lk_breakdown_pages_n (&pages), ==, 1);
  g_assert_true (lk_breakdown_write_pdf (&layout, small_pdf, "Målnedbrytning", 842, 595, TRUE, &error));
  g_assert_no_error (error);
  text = lk_test_pdf_text (small_pdf);
  g_assert_nonnull (strstr (text, "Folkehelse"));
  g_clear_pointer (&text, g_free);

  options.mp = large;
  lk_chart_breakdown_layout (cr, &style, &options, &layout);
  lk_breakdown_pages_plan (&layout, 842, 595, TRUE, &pages);
  g_assert_true (pages.split);
  g_assert_cmpfloat (pages.scale, >=, LK_BREAKDOWN_MIN_PAPER_SCALE);
  g_assert_cmpuint (pages.columns, >, 1);
  /* Every part of the tree is on a page */
  g_assert_cmpfloat (pages.columns * (842 - 56) / pages.scale, >=, layout.width);
  g_assert_true (lk_breakdown_write_pdf (&layout, large_pdf, "Målnedbrytning", 842, 595, TRUE, &error));
  g_assert_no_error (error);
  text = lk_test_pdf_text (large_pdf);
  g_assert_nonnull (strstr (text, "Page map"));
  g_assert_nonnull (strstr (text, "Page 2 of"));
  g_assert_nonnull (strstr (text, "11.7 for"));
  g_assert_cmpint (g_stat (large_pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    /* Kept for a person to look at */
    g_autofree char *kept = artifact_path ("breakdown-pages.pdf");

    g_assert_true (lk_breakdown_write_pdf (&layout, kept, "Målnedbrytning", 842, 595, TRUE, NULL));
  }
  /* Not split, a large plan is fitted whatever the size of its words */
  lk_breakdown_pages_plan (&layout, 842, 595, FALSE, &pages);
  g_assert_cmpuint (lk_breakdown_pages_n (&pages), ==, 1);

  lk_chart_breakdown_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  lk_test_rmtree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/breakdown/tidy-random", test_tidy_random);
  g_test_add_func ("/breakdown/tidy-compact", test_tidy_compact);
  g_test_add_func ("/breakdown/layout", test_breakdown_layout);
  g_test_add_func ("/breakdown/render", test_breakdown_render);
  g_test_add_func ("/breakdown/pages", test_breakdown_pages);

  return g_test_run ();
}
