/* lk-chart-test-util.h: reading rendered pixels, and pictures to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>
#include <math.h>

#include "lk-chart.h"

static inline void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          LkColor         *out)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px = *(guint32 *)(data + (int)y * stride + (int)x * 4);

  out->r = ((px >> 16) & 0xff) / 255.0;
  out->g = ((px >> 8) & 0xff) / 255.0;
  out->b = (px & 0xff) / 255.0;
  out->a = 1;
}

/* Share of the pixels in a rectangle that are not the background */
static inline double
ink_in (cairo_surface_t *surface,
        const LkRect    *r,
        const LkColor   *background)
{
  guint inked = 0, total = 0;

  for (int y = (int)r->y; y < (int)(r->y + r->height); y++)
    for (int x = (int)r->x; x < (int)(r->x + r->width); x++)
      {
        LkColor px;

        pixel_at (surface, x, y, &px);
        total++;
        if (fabs (px.r - background->r) + fabs (px.g - background->g) +
            fabs (px.b - background->b) > 0.06)
          inked++;
      }

  return total == 0 ? 0 : (double)inked / total;
}

/* Test pictures go to the build's artefact folder, for a person to look at. */
static inline char *
artifact_path (const char *name)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "chart-artifacts", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

static inline void
assert_color (const LkColor *a,
              const LkColor *b)
{
  g_assert_cmpfloat (fabs (a->r - b->r), <, 0.02);
  g_assert_cmpfloat (fabs (a->g - b->g), <, 0.02);
  g_assert_cmpfloat (fabs (a->b - b->b), <, 0.02);
}

