/* lk-breakdown-pages.h: the breakdown chart on paper
 *
 * Fitted to one page, or, when fitting would make the words too small to
 * read, split over pages at a readable size: first a page map (the whole
 * tree, the grid of pages numbered on it), then the pages, each saying
 * where it lies. The same pages serve the PDF file and printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lk-chart-breakdown.h"

G_BEGIN_DECLS

/* Below this the words of a fitted chart are too small to read on paper */
#define LK_BREAKDOWN_MIN_PAPER_SCALE 0.55

typedef struct
{
  double   page_width, page_height;  /* points */
  double   scale;                    /* of the tiles; the map is fitted */
  guint    columns, rows;            /* 1 × 1: fitted on one page */
  gboolean split;
} LkBreakdownPages;

void     lk_breakdown_pages_plan  (const LkBreakdownLayout *layout,
                                   double                   page_width,
                                   double                   page_height,
                                   gboolean                 allow_split,
                                   LkBreakdownPages        *pages);
guint    lk_breakdown_pages_n     (const LkBreakdownPages  *pages);
void     lk_breakdown_pages_draw  (const LkBreakdownPages  *pages,
                                   const LkBreakdownLayout *layout,
                                   cairo_t                 *cr,
                                   guint                    page,
                                   const LkChartStyle      *style);
gboolean lk_breakdown_write_pdf   (const LkBreakdownLayout *layout,
                                   const char              *path,
                                   const char              *title,
                                   double                   page_width,
                                   double                   page_height,
                                   gboolean                 allow_split,
                                   GError                 **error);

G_END_DECLS
