/* lk-chart-export.h: any chart into a PNG, SVG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"
#include "lk-private-file.h"

G_BEGIN_DECLS

typedef enum
{
  LK_CHART_FORMAT_PNG,
  LK_CHART_FORMAT_SVG,
  LK_CHART_FORMAT_PDF,
} LkChartFormat;

/* PNG files are drawn at twice the size in pixels, for sharp slides. */
#define LK_CHART_PNG_SCALE 2.0

/* A file cairo writes, made as every file with user data is */
typedef struct
{
  LkPrivateFile *file;
  const char    *path;
} LkCairoFile;

cairo_surface_t *lk_cairo_file_new_pdf (LkCairoFile      *file,
                                        const char       *path,
                                        const char       *title,
                                        double            width,
                                        double            height,
                                        GError          **error);
gboolean lk_cairo_file_finish      (LkCairoFile      *file,
                                    cairo_surface_t  *surface,
                                    cairo_status_t    status,
                                    GError          **error);

gboolean lk_chart_format_from_path (const char       *path,
                                    LkChartFormat    *format);
gboolean lk_chart_export           (const char       *path,
                                    LkChartFormat     format,
                                    double            width,
                                    double            height,
                                    LkChartDrawFunc   draw,
                                    gpointer          user_data,
                                    GError          **error);

G_END_DECLS
