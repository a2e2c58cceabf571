/* lk-chart-heatmap.c
 *
 * Geometry first: each risk's markers are placed once per layout, in a
 * little grid of their cell, so many risks in one cell stay apart and
 * readable; drawing and hit-testing use the same places.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lk-chart-heatmap.h"

#define PAD          12.0
#define LABEL_WIDTH  110.0
#define LABEL_HEIGHT 44.0
#define LEGEND_ROW   22.0
#define TOP_CAPTION  22.0
/* Below this marker radius the numbers cannot be read: one count badge */
#define BADGE_BELOW  9.0
/* Arrows help with a handful of risks; with hundreds they hide the
 * markers, and stroking them all is the slowest part of the chart. */
#define MAX_ARROWS   150

void
lk_chart_heatmap_cell_rect (const LkHeatMap    *map,
                            const LkHeatLayout *layout,
                            guint               probability,
                            guint               consequence,
                            LkRect             *rect)
{
  guint n = map->matrix->size;

  /* Probability up, consequence to the right */
  rect->x = layout->grid.x + (consequence - 1) * layout->cell_width;
  rect->y = layout->grid.y + (n - probability) * layout->cell_height;
  rect->width = layout->cell_width;
  rect->height = layout->cell_height;
}

static gboolean
cell_of (const LkHeatMap *map,
         guint            i,
         gboolean         after,
         guint           *s,
         guint           *k)
{
  const LkHeatRisk *r = &map->risks[i];
  double p = after ? r->probability_after : r->probability;
  double c = after ? r->consequence_after : r->consequence;

  if (p < 0 || c < 0)
    return FALSE;
  *s = lk_risk_level (p, map->matrix->size);
  *k = lk_risk_level (c, map->matrix->size);

  return TRUE;
}

/* Before- and after-markers share their cell's slots (before first), so
 * no marker hides another. */
static void
place (const LkHeatMap *map,
       LkHeatLayout    *layout)
{
  guint counts[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX] = { { 0 } };
  guint twice[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX] = { { 0 } };
  guint next[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX] = { { 0 } };
  guint s, k, s0, k0;

  g_array_set_size (layout->before, map->n_risks);
  g_array_set_size (layout->after, map->n_risks);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < map->n_risks; i++)
      if (cell_of (map, i, pass == 1, &s, &k))
        {
          counts[s - 1][k - 1]++;
          if (pass == 0)
            layout->cells[s - 1][k - 1].n_before++;
          else
            layout->cells[s - 1][k - 1].n_after++;
          /* A risk with both its markers here counts once on a badge */
          if (pass == 1 && cell_of (map, i, FALSE, &s0, &k0) && s0 == s && k0 == k)
            twice[s - 1][k - 1]++;
        }

  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *markers = pass == 0 ? layout->before : layout->after;

      for (guint i = 0; i < map->n_risks; i++)
        {
          LkMarker *m = &g_array_index (markers, LkMarker, i);
          guint count, columns, rows, slot;
          double slot_w, slot_h;
          LkRect cell;

          memset (m, 0, sizeof *m);
          if (!cell_of (map, i, pass == 1, &s, &k))
            continue;

          count = counts[s - 1][k - 1];
          slot = next[s - 1][k - 1]++;
          columns = (guint)ceil (sqrt (count * layout->cell_width / MAX (1.0, layout->cell_height)));
          columns = CLAMP (columns, 1, count);
          rows = (count + columns - 1) / columns;

          lk_chart_heatmap_cell_rect (map, layout, s, k, &cell);
          /* Whole-pixel slots on a whole-pixel origin, centred in the
           * cell: the markers can then be painted as one repeated tile. */
          slot_w = MAX (1.0, floor (cell.width / columns));
          slot_h = MAX (1.0, floor (cell.height / rows));
          cell.x = round (cell.x + (cell.width - columns * slot_w) / 2);
          cell.y = round (cell.y + (cell.height - rows * slot_h) / 2);
          m->x = cell.x + (slot % columns + 0.5) * slot_w;
          m->y = cell.y + (slot / columns + 0.5) * slot_h;
          m->radius = MAX (1.5, MIN (MIN (slot_w, slot_h) * 0.4, 14.0));
          if (m->radius < BADGE_BELOW && count > 1)
            {
              LkRect whole;

              /* Too small to read: every marker of the cell is its badge */
              lk_chart_heatmap_cell_rect (map, layout, s, k, &whole);
              m->x = whole.x + whole.width / 2;
              m->y = whole.y + whole.height / 2;
              m->radius = MAX (6.0, MIN (MIN (whole.width, whole.height) * 0.3, 16.0));
              m->badge = TRUE;
              layout->cells[s - 1][k - 1].badge = count - twice[s - 1][k - 1];
            }
          layout->cells[s - 1][k - 1].columns = columns;
          layout->cells[s - 1][k - 1].origin_x = cell.x;
          layout->cells[s - 1][k - 1].origin_y = cell.y;
          layout->cells[s - 1][k - 1].slot_width = slot_w;
          layout->cells[s - 1][k - 1].slot_height = slot_h;
          layout->cells[s - 1][k - 1].radius = m->radius;
        }
    }
}

/* Whether the segment comes closer than a marker's radius plus half a
 * line to any marker but the arrow's own two (a badge shared with them
 * is theirs too) */
static gboolean
segment_blocked (const LkHeatLayout *layout,
                 const LkMarker     *from,
                 const LkMarker     *to,
                 double              x0,
                 double              y0,
                 double              x1,
                 double              y1)
{
  double dx = x1 - x0, dy = y1 - y0;
  double len2 = dx * dx + dy * dy;

  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *markers = pass == 0 ? layout->before : layout->after;

      for (guint i = 0; i < markers->len; i++)
        {
          const LkMarker *m = &g_array_index (markers, LkMarker, i);
          double t, px, py, clear = m->radius + 1.0;

          if (m->radius <= 0 ||
              (m->x == from->x && m->y == from->y) || (m->x == to->x && m->y == to->y))
            continue;
          t = len2 > 0 ? CLAMP (((m->x - x0) * dx + (m->y - y0) * dy) / len2, 0.0, 1.0) : 0.0;
          px = x0 + t * dx - m->x;
          py = y0 + t * dy - m->y;
          if (px * px + py * py < clear * clear)
            return TRUE;
        }
    }

  return FALSE;
}

/* The corner of the marker's slot towards (@x, @y): slot borders run
 * between markers. A badge has no slot; its centre serves. */
static void
slot_corner (const LkHeatCell *cell,
             const LkMarker   *m,
             double            x,
             double            y,
             double           *cx,
             double           *cy)
{
  double col, row;

  if (m->badge || cell->slot_width <= 0 || cell->slot_height <= 0)
    {
      *cx = m->x;
      *cy = m->y;
      return;
    }
  col = floor ((m->x - cell->origin_x) / cell->slot_width);
  row = floor ((m->y - cell->origin_y) / cell->slot_height);
  *cx = cell->origin_x + (col + (x > m->x ? 1 : 0)) * cell->slot_width;
  *cy = cell->origin_y + (row + (y > m->y ? 1 : 0)) * cell->slot_height;
}

static void
add_point (LkHeatArrow *arrow,
           double       x,
           double       y)
{
  guint n = arrow->n_points;

  /* Skip repeats, and merge a straight run into one segment */
  if (n > 0 && arrow->x[n - 1] == x && arrow->y[n - 1] == y)
    return;
  if (n > 1 && ((arrow->x[n - 2] == arrow->x[n - 1] && arrow->x[n - 1] == x) ||
                (arrow->y[n - 2] == arrow->y[n - 1] && arrow->y[n - 1] == y)))
    {
      arrow->x[n - 1] = x;
      arrow->y[n - 1] = y;
      return;
    }
  g_assert (n < LK_HEAT_ARROW_POINTS);
  arrow->x[n] = x;
  arrow->y[n] = y;
  arrow->n_points++;
}

/* A route through the gaps: from the before-marker to a corner of its
 * slot, along the slot border to its cell's edge, along cell borders to
 * the after-marker's cell, and in the same way to it. Slot borders and
 * cell borders never touch a marker, so neither does the route. */
static void
route (const LkHeatMap    *map,
       const LkHeatLayout *layout,
       guint               i,
       LkHeatArrow        *arrow)
{
  const LkMarker *b = &g_array_index (layout->before, LkMarker, i);
  const LkMarker *a = &g_array_index (layout->after, LkMarker, i);
  guint bs, bk, as, ak;
  const LkHeatCell *bcell, *acell;
  LkRect br, ar;
  double bx, by, ax, ay, exit_x, entry_x, row_y;

  arrow->risk = i;
  arrow->n_points = 0;
  add_point (arrow, b->x, b->y);

  if (!segment_blocked (layout, b, a, b->x, b->y, a->x, a->y))
    {
      add_point (arrow, a->x, a->y);
      return;
    }

  cell_of (map, i, FALSE, &bs, &bk);
  cell_of (map, i, TRUE, &as, &ak);
  bcell = &layout->cells[bs - 1][bk - 1];
  acell = &layout->cells[as - 1][ak - 1];
  lk_chart_heatmap_cell_rect (map, layout, bs, bk, &br);
  lk_chart_heatmap_cell_rect (map, layout, as, ak, &ar);
  slot_corner (bcell, b, a->x, a->y, &bx, &by);
  slot_corner (acell, a, b->x, b->y, &ax, &ay);
  add_point (arrow, bx, by);

  if (bs == as && bk == ak)
    {
      /* Within one cell: along a row border, then a column border */
      add_point (arrow, ax, by);
      add_point (arrow, ax, ay);
      add_point (arrow, a->x, a->y);
      return;
    }

  /* Leave by the side that faces the target, enter by the side that
   * faces the source; in one column, both on the nearer side */
  if (ak > bk)
    exit_x = br.x + br.width, entry_x = ar.x;
  else if (ak < bk)
    exit_x = br.x, entry_x = ar.x + ar.width;
  else
    exit_x = entry_x = (bx - br.x < br.x + br.width - bx) ? br.x : br.x + br.width;

  add_point (arrow, exit_x, by);
  if (exit_x != entry_x)
    {
      /* A row border between the two cells, or the one nearer both
       * corners when they are in one row */
      if (as > bs)
        row_y = ar.y + ar.height;   /* higher probability is drawn higher */
      else if (as < bs)
        row_y = ar.y;
      else
        row_y = ((by + ay) / 2 - ar.y < ar.height / 2) ? ar.y : ar.y + ar.height;
      add_point (arrow, exit_x, row_y);
      add_point (arrow, entry_x, row_y);
    }
  add_point (arrow, entry_x, ay);
  add_point (arrow, ax, ay);
  add_point (arrow, a->x, a->y);
}

static void
route_arrows (const LkHeatMap *map,
              LkHeatLayout    *layout)
{
  guint count = 0;

  for (guint i = 0; i < map->n_risks; i++)
    count += g_array_index (layout->after, LkMarker, i).radius > 0;
  if (count > MAX_ARROWS)
    return;

  for (guint i = 0; i < map->n_risks; i++)
    {
      const LkMarker *b = &g_array_index (layout->before, LkMarker, i);
      const LkMarker *a = &g_array_index (layout->after, LkMarker, i);
      double dx = a->x - b->x, dy = a->y - b->y;
      LkHeatArrow arrow;

      /* Unassessed, or its two markers touch (or share a badge) */
      if (a->radius <= 0 || b->radius <= 0 ||
          sqrt (dx * dx + dy * dy) < b->radius + a->radius + 2)
        continue;
      route (map, layout, i, &arrow);
      g_array_append_val (layout->arrows, arrow);
    }
}

static gboolean
has_badges (const LkHeatLayout *layout)
{
  for (guint s = 0; s < LK_RISK_MATRIX_MAX; s++)
    for (guint k = 0; k < LK_RISK_MATRIX_MAX; k++)
      if (layout->cells[s][k].badge > 0)
        return TRUE;

  return FALSE;
}

static double
text_width (cairo_t            *cr,
            const LkChartStyle *style,
            const char         *text)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, 0.85, FALSE);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);

  return w;
}

static void show_text (cairo_t *cr, const LkChartStyle *style, const char *text,
                       const LkRect *box, double xalign, double scale, gboolean bold);

/* A square of half-side @r around (@x, @y), its corners rounded */
static void
rounded_square (cairo_t *cr,
                double   x,
                double   y,
                double   r)
{
  LkRect square = { x - r, y - r, 2 * r, 2 * r };

  cairo_new_path (cr);
  lk_chart_rounded_rect (cr, &square, MIN (4.0, r / 2));
}

/* The zones, the two marker kinds and, when there is one, the count
 * badge, flowing over as many rows as the width needs. Returns the rows;
 * draws only when asked, so the layout measures with the same code. */
static guint
legend_flow (cairo_t            *cr,
             const LkChartStyle *style,
             const LkRect       *legend,
             gboolean            badges,
             gboolean            draw)
{
  const char *names[] = { _("Acceptable"), _("Measures needed"), _("Not acceptable"),
                          _("Before measures"), _("After measures"),
                          _("Several risks: hover for the list") };
  double x = legend->x;
  double y = legend->y + LEGEND_ROW / 2 + 3;
  guint rows = 1;

  for (guint i = 0; i < G_N_ELEMENTS (names) - (badges ? 0 : 1); i++)
    {
      double item_width = 18 + text_width (cr, style, names[i]);
      LkRect box;

      if (x > legend->x && x + item_width > legend->x + legend->width)
        {
          x = legend->x;
          y += LEGEND_ROW;
          rows++;
        }
      if (!draw)
        {
          x += item_width + 20;
          continue;
        }
      if (i < 3)
        {
          LkColor tint;

          lk_chart_zone_tint (style, i, &tint);
          lk_chart_set_color (cr, &tint);
          cairo_rectangle (cr, x, y - 7, 14, 14);
          cairo_fill (cr);
        }
      else if (i < 5)
        {
          lk_chart_set_color (cr, &style->foreground);
          cairo_new_path (cr);
          cairo_arc (cr, x + 7, y, 6, 0, 2 * G_PI);
          if (i == 3)
            cairo_fill (cr);
          else
            {
              cairo_set_line_width (cr, 1.5);
              cairo_stroke (cr);
            }
        }
      else
        {
          lk_chart_set_color (cr, &style->foreground);
          rounded_square (cr, x + 7, y, 7);
          cairo_fill (cr);
        }
      box = (LkRect) { x + 18, y - 10, item_width - 18 + 2, 20 };
      show_text (cr, style, names[i], &box, 0.0, 0.85, FALSE);
      x += item_width + 20;
    }

  return rows;
}

/* "Consequence: 1 Negligible · 2 Minor · …", for numbered columns */
static char *
consequence_scale (const LkRiskMatrix *matrix)
{
  GString *scale = g_string_new (_("Consequence:"));

  for (guint i = 1; i <= matrix->size; i++)
    g_string_append_printf (scale, "%s%u %s", i == 1 ? " " : " · ", i,
                            matrix->consequence_labels[i - 1] ? matrix->consequence_labels[i - 1] : "");

  return g_string_free (scale, FALSE);
}

static double
scale_height (cairo_t            *cr,
              const LkChartStyle *style,
              const LkRiskMatrix *matrix,
              double              width)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, 0.85, FALSE);
  g_autofree char *text = consequence_scale (matrix);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, width) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_get_pixel_size (layout, &w, &h);

  return h;
}

/* The legend's height at this width, measured as it will be drawn */
static double
legend_size (const LkRiskMatrix *matrix,
             double              width,
             gboolean            numbers_only,
             gboolean            badges)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  LkChartStyle style;
  LkRect legend = { 0, 0, MAX (1.0, width), 0 };
  double height;

  lk_chart_style_init (&style, FALSE);
  height = legend_flow (cr, &style, &legend, badges, FALSE) * LEGEND_ROW + 6;
  if (numbers_only)
    height += scale_height (cr, &style, matrix, legend.width) + 6;
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

static void
draw_legend (cairo_t            *cr,
             const LkHeatMap    *map,
             const LkHeatLayout *layout,
             const LkChartStyle *style)
{
  guint rows = legend_flow (cr, style, &layout->legend, layout->badges, TRUE);

  /* The consequence levels named, when the columns show numbers only */
  if (layout->numbers_only)
    {
      g_autofree char *text = consequence_scale (map->matrix);
      LkRect box = { layout->legend.x, layout->legend.y + rows * LEGEND_ROW + 6,
                     layout->legend.width, 0 };

      box.height = scale_height (cr, style, map->matrix, box.width) + 2;
      show_text (cr, style, text, &box, 0.0, 0.85, FALSE);
    }
}

void
lk_chart_heatmap_layout (const LkHeatMap *map,
                         double           width,
                         double           height,
                         LkHeatLayout    *layout)
{
  guint n = map->matrix->size;

  gboolean numbers_only = (width - 2 * PAD - LABEL_WIDTH) / n < 90;
  gboolean badges = FALSE;

  memset (layout, 0, sizeof *layout);
  layout->numbers_only = numbers_only;
  layout->before = g_array_new (FALSE, TRUE, sizeof (LkMarker));
  layout->after = g_array_new (FALSE, TRUE, sizeof (LkMarker));
  layout->arrows = g_array_new (FALSE, FALSE, sizeof (LkHeatArrow));

  /* The legend flows over as many rows as its items need at this width
   * (and names the consequence levels when the columns show numbers only);
   * the caption on top names the axes. A count badge adds a legend item,
   * so a layout with badges is measured once more. */
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      double legend_height = legend_size (map->matrix, width - 2 * PAD, numbers_only, badges);

      memset (layout->cells, 0, sizeof layout->cells);
      layout->grid = (LkRect) {
        PAD + LABEL_WIDTH, PAD + TOP_CAPTION,
        MAX (0.0, width - 2 * PAD - LABEL_WIDTH),
        MAX (0.0, height - 2 * PAD - TOP_CAPTION - LABEL_HEIGHT - legend_height),
      };
      layout->cell_width = layout->grid.width / n;
      layout->cell_height = layout->grid.height / n;
      layout->legend = (LkRect) { PAD, height - PAD - legend_height, MAX (0.0, width - 2 * PAD), legend_height };
      place (map, layout);
      layout->badges = has_badges (layout);
      if (layout->badges == badges)
        break;
      badges = layout->badges;
    }
  route_arrows (map, layout);
}

void
lk_chart_heatmap_layout_clear (LkHeatLayout *layout)
{
  g_clear_pointer (&layout->before, g_array_unref);
  g_clear_pointer (&layout->after, g_array_unref);
  g_clear_pointer (&layout->arrows, g_array_unref);
}

/* The marker under a point, markers or badges: its index, and whether it
 * is an after-marker; -1 when there is none */
static int
marker_at (const LkHeatLayout *layout,
           double              x,
           double              y,
           gboolean            badge,
           gboolean           *after)
{
  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *markers = pass == 0 ? layout->before : layout->after;

      for (guint i = 0; i < markers->len; i++)
        {
          const LkMarker *m = &g_array_index (markers, LkMarker, i);
          double dx = x - m->x, dy = y - m->y;

          if (m->radius > 0 && m->badge == badge && dx * dx + dy * dy <= m->radius * m->radius)
            {
              *after = pass == 1;
              return i;
            }
        }
    }

  return -1;
}

/**
 * lk_chart_heatmap_badge_at:
 *
 * Returns: whether (@x, @y) is on a cell's count badge, and which cell
 */
gboolean
lk_chart_heatmap_badge_at (const LkHeatMap    *map,
                           const LkHeatLayout *layout,
                           double              x,
                           double              y,
                           guint              *probability,
                           guint              *consequence)
{
  gboolean after;
  int i = marker_at (layout, x, y, TRUE, &after);

  return i >= 0 && cell_of (map, i, after, probability, consequence);
}

/**
 * lk_chart_heatmap_hit:
 *
 * Returns: the index of the risk whose marker (before or after) is under
 *   (@x, @y), or -1; a count badge is no one risk's
 */
int
lk_chart_heatmap_hit (const LkHeatMap    *map,
                      const LkHeatLayout *layout,
                      double              x,
                      double              y)
{
  gboolean after;

  return marker_at (layout, x, y, FALSE, &after);
}

/**
 * lk_heat_risk_for:
 * @number: shown in its markers
 *
 * A risk's positions before and after measures, as the heat map takes them.
 */
LkHeatRisk
lk_heat_risk_for (const LkRisk *risk,
                  guint         number)
{
  return (LkHeatRisk) {
    .number = number,
    .probability = risk->p_before,
    .consequence = risk->c_before,
    .probability_after = risk->p_after,
    .consequence_after = risk->c_after,
  };
}

/**
 * lk_chart_zone_tint:
 *
 * The one colour of a zone, opaque: the zone's traffic light at 55 % over
 * the style's background. The heat map, the legend and the zone badges in
 * the UI all use it, so a zone looks the same everywhere.
 */
void
lk_chart_zone_tint (const LkChartStyle *style,
                    LkZone              zone,
                    LkColor            *tint)
{
  const LkColor *full = zone == LK_ZONE_RED ? &style->red
                      : zone == LK_ZONE_YELLOW ? &style->yellow : &style->green;

  tint->r = full->r * 0.55 + style->background.r * 0.45;
  tint->g = full->g * 0.55 + style->background.g * 0.45;
  tint->b = full->b * 0.55 + style->background.b * 0.45;
  tint->a = 1.0;
}

static void
show_text (cairo_t            *cr,
           const LkChartStyle *style,
           const char         *text,
           const LkRect       *box,
           double              xalign,
           double              scale,
           gboolean            bold)
{
  g_autoptr(PangoLayout) layout = lk_chart_text_layout (cr, style, scale, bold);
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int)(MAX (1.0, box->width) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, (int)(box->height * PANGO_SCALE));
  pango_layout_set_alignment (layout, xalign > 0.7 ? PANGO_ALIGN_RIGHT
                                      : xalign > 0.3 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT);
  pango_layout_get_pixel_size (layout, &w, &h);
  lk_chart_set_color (cr, &style->foreground);
  cairo_move_to (cr, box->x, box->y + (box->height - h) / 2);
  pango_cairo_show_layout (cr, layout);
}

/* One glyph run for many numbers of one size: a text call or a pango
 * layout per marker would cost more than the whole chart may. */
typedef struct
{
  cairo_glyph_t digits[10];
  double        advance;
  double        ascent;
} Digits;

static void
digits_for_size (cairo_t *cr,
                 double   size,
                 Digits  *d)
{
  cairo_scaled_font_t *font;
  cairo_glyph_t *glyphs = NULL;
  cairo_font_extents_t fe;
  int n = 0;

  cairo_set_font_size (cr, size);
  font = cairo_get_scaled_font (cr);
  cairo_scaled_font_text_to_glyphs (font, 0, 0, "0123456789", -1, &glyphs, &n, NULL, NULL, NULL);
  for (int i = 0; i < 10 && i < n; i++)
    d->digits[i] = glyphs[i];
  d->advance = n > 1 ? glyphs[1].x - glyphs[0].x : size * 0.6;
  cairo_glyph_free (glyphs);
  cairo_scaled_font_extents (font, &fe);
  /* Digits stand about 0.72 of the ascent */
  d->ascent = fe.ascent * 0.72;
}

static void
draw_numbers (cairo_t            *cr,
              const LkHeatMap    *map,
              GArray             *markers,
              const LkColor      *color)
{
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  double sizes[16];
  guint n_sizes = 0;

  /* The few sizes in use (markers of one cell share a size) */
  for (guint i = 0; i < markers->len && n_sizes < G_N_ELEMENTS (sizes); i++)
    {
      const LkMarker *m = &g_array_index (markers, LkMarker, i);
      double size = round (m->radius * 1.05);
      gboolean seen = FALSE;

      if (m->radius < 6 || m->badge)
        continue;
      for (guint k = 0; k < n_sizes; k++)
        seen |= sizes[k] == size;
      if (!seen)
        sizes[n_sizes++] = size;
    }

  lk_chart_set_color (cr, color);
  for (guint k = 0; k < n_sizes; k++)
    {
      Digits d;

      digits_for_size (cr, sizes[k], &d);
      g_array_set_size (glyphs, 0);
      for (guint i = 0; i < markers->len; i++)
        {
          const LkMarker *m = &g_array_index (markers, LkMarker, i);
          char number[16];
          guint len;
          double x;

          if (m->radius < 6 || m->badge || round (m->radius * 1.05) != sizes[k])
            continue;
          len = g_snprintf (number, sizeof number, "%u", map->risks[i].number);
          x = m->x - len * d.advance / 2;
          for (guint c = 0; c < len; c++)
            {
              cairo_glyph_t g = d.digits[number[c] - '0'];

              g.x = x + c * d.advance;
              g.y = m->y + d.ascent / 2;
              g_array_append_val (glyphs, g);
            }
        }
      cairo_show_glyphs (cr, (cairo_glyph_t *)(void *)glyphs->data, glyphs->len);
    }
}

/* On an image surface (the screen, PNG files) the markers of a cell are
 * painted from a tile of one slot, repeated over the run of slots they
 * fill: a few fills per cell instead of one per marker. Vector files and
 * paper keep one vector circle per marker. */
static cairo_pattern_t *
tile_pattern (cairo_t            *cr,
              const LkHeatCell   *cell,
              const LkRect       *rect,
              gboolean            hollow,
              const LkChartStyle *style)
{
  int w = (int)cell->slot_width, h = (int)cell->slot_height;
  cairo_surface_t *tile = cairo_surface_create_similar (cairo_get_target (cr),
                                                        CAIRO_CONTENT_COLOR_ALPHA, w, h);
  cairo_t *tc = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  cairo_arc (tc, w / 2.0, h / 2.0, cell->radius, 0, 2 * G_PI);
  lk_chart_set_color (tc, hollow ? &style->background : &style->foreground);
  cairo_fill_preserve (tc);
  if (hollow)
    {
      lk_chart_set_color (tc, &style->foreground);
      cairo_set_line_width (tc, 1.5);
      cairo_stroke (tc);
    }
  cairo_destroy (tc);

  /* Whole pixels both: a plain copy, no filtering */
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_FAST);
  cairo_matrix_init_translate (&matrix, -rect->x, -rect->y);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_surface_destroy (tile);

  return pattern;
}

static void
fill_slots (cairo_t          *cr,
            const LkHeatCell *cell,
            const LkRect     *rect,
            guint             first,
            guint             end)
{
  guint c = cell->columns;

  while (first < end)
    {
      guint row = first / c;
      guint row_end = MIN (end, (row + 1) * c);

      /* Whole rows in one rectangle */
      if (first % c == 0 && end - first >= c)
        {
          guint rows = (end - first) / c;

          cairo_rectangle (cr, rect->x, rect->y + row * cell->slot_height,
                           c * cell->slot_width, rows * cell->slot_height);
          first += rows * c;
          continue;
        }
      cairo_rectangle (cr, rect->x + (first % c) * cell->slot_width, rect->y + row * cell->slot_height,
                       (row_end - first) * cell->slot_width, cell->slot_height);
      first = row_end;
    }
  cairo_fill (cr);
}

static void
paint_cells (cairo_t            *cr,
             const LkHeatMap    *map,
             const LkHeatLayout *layout,
             const LkChartStyle *style)
{
  guint n = map->matrix->size;

  for (guint s = 1; s <= n; s++)
    for (guint k = 1; k <= n; k++)
      {
        const LkHeatCell *cell = &layout->cells[s - 1][k - 1];
        cairo_pattern_t *pattern;
        LkRect rect;

        if (cell->n_before + cell->n_after == 0 || cell->badge > 0)
          continue;
        rect = (LkRect) { cell->origin_x, cell->origin_y, 0, 0 };

        if (cell->n_before > 0)
          {
            pattern = tile_pattern (cr, cell, &rect, FALSE, style);
            cairo_set_source (cr, pattern);
            fill_slots (cr, cell, &rect, 0, cell->n_before);
            cairo_pattern_destroy (pattern);
          }
        if (cell->n_after > 0)
          {
            pattern = tile_pattern (cr, cell, &rect, TRUE, style);
            cairo_set_source (cr, pattern);
            fill_slots (cr, cell, &rect, cell->n_before, cell->n_before + cell->n_after);
            cairo_pattern_destroy (pattern);
          }
      }
}

static void
circles (cairo_t *cr,
         GArray  *markers)
{
  cairo_new_path (cr);
  for (guint i = 0; i < markers->len; i++)
    {
      const LkMarker *m = &g_array_index (markers, LkMarker, i);

      if (m->radius <= 0 || m->badge)
        continue;
      cairo_new_sub_path (cr);
      cairo_arc (cr, m->x, m->y, m->radius, 0, 2 * G_PI);
    }
}

/* A count in a rounded square (a marker is round and holds a risk's
 * number): how many risks the cell holds, listed in the tooltip */
static void
draw_badges (cairo_t            *cr,
             const LkHeatMap    *map,
             const LkHeatLayout *layout,
             const LkChartStyle *style)
{
  guint n = map->matrix->size;

  for (guint s = 1; s <= n; s++)
    for (guint k = 1; k <= n; k++)
      {
        const LkHeatCell *cell = &layout->cells[s - 1][k - 1];
        cairo_text_extents_t extents;
        LkRect whole;
        double r, x, y;
        char text[16];

        if (cell->badge == 0)
          continue;
        lk_chart_heatmap_cell_rect (map, layout, s, k, &whole);
        r = MAX (6.0, MIN (MIN (whole.width, whole.height) * 0.3, 16.0));
        x = whole.x + whole.width / 2;
        y = whole.y + whole.height / 2;
        rounded_square (cr, x, y, r);
        lk_chart_set_color (cr, &style->foreground);
        cairo_fill (cr);
        g_snprintf (text, sizeof text, "%u", cell->badge);
        cairo_set_font_size (cr, r * 0.95);
        cairo_text_extents (cr, text, &extents);
        lk_chart_set_color (cr, &style->background);
        cairo_move_to (cr, x - extents.width / 2 - extents.x_bearing,
                       y - extents.height / 2 - extents.y_bearing);
        cairo_show_text (cr, text);
      }
}

/* Everything of one kind in one path: one fill for all filled markers,
 * one stroke for all arrows. */
static void
draw_markers (cairo_t            *cr,
              const LkHeatMap    *map,
              const LkHeatLayout *layout,
              const LkChartStyle *style)
{
  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);

  /* Arrows from before to after, under the markers, from edge to edge */
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  lk_chart_set_color (cr, &style->foreground);
  for (guint pass = 0; pass < 2; pass++)
    {
      cairo_new_path (cr);
      for (guint i = 0; i < layout->arrows->len; i++)
        {
          const LkHeatArrow *arrow = &g_array_index (layout->arrows, LkHeatArrow, i);
          const LkMarker *b = &g_array_index (layout->before, LkMarker, arrow->risk);
          const LkMarker *a = &g_array_index (layout->after, LkMarker, arrow->risk);
          guint n = arrow->n_points;
          double dx, dy, len, ux, uy, tip_x, tip_y, head;

          /* Start on the edge of the before-marker */
          dx = arrow->x[1] - arrow->x[0];
          dy = arrow->y[1] - arrow->y[0];
          len = MAX (1e-9, sqrt (dx * dx + dy * dy));
          if (pass == 0)
            cairo_move_to (cr, arrow->x[0] + dx / len * MIN (b->radius, len),
                           arrow->y[0] + dy / len * MIN (b->radius, len));
          for (guint k = 1; pass == 0 && k + 1 < n; k++)
            cairo_line_to (cr, arrow->x[k], arrow->y[k]);

          /* End at the after-marker's edge, head along the last leg */
          dx = arrow->x[n - 1] - arrow->x[n - 2];
          dy = arrow->y[n - 1] - arrow->y[n - 2];
          len = MAX (1e-9, sqrt (dx * dx + dy * dy));
          ux = dx / len;
          uy = dy / len;
          tip_x = arrow->x[n - 1] - ux * MIN (a->radius, len);
          tip_y = arrow->y[n - 1] - uy * MIN (a->radius, len);
          head = MIN (MAX (4.0, a->radius * 0.7), 8.0);
          if (pass == 0)
            cairo_line_to (cr, tip_x - ux * head * 0.5, tip_y - uy * head * 0.5);
          else
            {
              cairo_move_to (cr, tip_x, tip_y);
              cairo_line_to (cr, tip_x - ux * head - uy * head * 0.5, tip_y - uy * head + ux * head * 0.5);
              cairo_line_to (cr, tip_x - ux * head + uy * head * 0.5, tip_y - uy * head - ux * head * 0.5);
              cairo_close_path (cr);
            }
        }
      if (pass == 0)
        cairo_stroke (cr);
      else
        cairo_fill (cr);
    }

  /* Before: filled; after: hollow */
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    paint_cells (cr, map, layout, style);
  else
    {
      circles (cr, layout->before);
      lk_chart_set_color (cr, &style->foreground);
      cairo_fill (cr);
      circles (cr, layout->after);
      lk_chart_set_color (cr, &style->background);
      cairo_fill_preserve (cr);
      lk_chart_set_color (cr, &style->foreground);
      cairo_stroke (cr);
    }

  /* Numbers only where they can be read */
  draw_numbers (cr, map, layout->before, &style->background);
  draw_numbers (cr, map, layout->after, &style->foreground);
  draw_badges (cr, map, layout, style);
  cairo_new_path (cr);
}


void
lk_chart_heatmap_draw (cairo_t            *cr,
                       double              width,
                       double              height,
                       const LkHeatMap    *map,
                       const LkChartStyle *style)
{
  const LkRiskMatrix *matrix = map->matrix;
  guint n = matrix->size;
  LkHeatLayout layout;

  lk_chart_heatmap_layout (map, width, height, &layout);
  if (layout.cell_width <= 1 || layout.cell_height <= 1)
    {
      lk_chart_heatmap_layout_clear (&layout);
      return;
    }

  cairo_save (cr);

  /* Cells, tinted by zone so the markers stand out */
  for (guint s = 1; s <= n; s++)
    for (guint k = 1; k <= n; k++)
      {
        LkColor tint;
        LkRect cell;

        /* An opaque fill is a copy, much cheaper than compositing */
        lk_chart_zone_tint (style, lk_risk_matrix_zone (matrix, s, k), &tint);
        lk_chart_heatmap_cell_rect (map, &layout, s, k, &cell);
        lk_chart_set_color (cr, &tint);
        cairo_rectangle (cr, cell.x + 1, cell.y + 1, cell.width - 2, cell.height - 2);
        cairo_fill (cr);
      }

  /* Level labels: probability on the left, consequence below */
  for (guint i = 1; i <= n; i++)
    {
      LkRect cell, box;
      char text[128];

      lk_chart_heatmap_cell_rect (map, &layout, i, 1, &cell);
      g_snprintf (text, sizeof text, "%u %s", i, matrix->probability_labels[i - 1]
                                                  ? matrix->probability_labels[i - 1] : "");
      box = (LkRect) { PAD, cell.y, LABEL_WIDTH - 8, cell.height };
      show_text (cr, style, text, &box, 1.0, 0.85, FALSE);

      lk_chart_heatmap_cell_rect (map, &layout, 1, i, &cell);
      if (layout.numbers_only)
        g_snprintf (text, sizeof text, "%u", i);
      else
        g_snprintf (text, sizeof text, "%u %s", i, matrix->consequence_labels[i - 1]
                                                    ? matrix->consequence_labels[i - 1] : "");
      box = (LkRect) { cell.x + 2, layout.grid.y + layout.grid.height + 2, cell.width - 4, LABEL_HEIGHT - 4 };
      show_text (cr, style, text, &box, 0.5, 0.85, FALSE);
    }

  draw_markers (cr, map, &layout, style);

  /* The axes, named once */
  {
    LkRect box = { PAD, PAD, MAX (1.0, width - 2 * PAD - 40), TOP_CAPTION - 4 };

    show_text (cr, style, _("Probability ↑ · Consequence →"), &box, 0.0, 0.85, TRUE);
  }

  draw_legend (cr, map, &layout, style);

  cairo_restore (cr);
  lk_chart_heatmap_layout_clear (&layout);
}
