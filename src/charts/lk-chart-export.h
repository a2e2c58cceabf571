/* lk-chart-export.h: any chart into a PNG, SVG or PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-chart.h"

G_BEGIN_DECLS

typedef enum
{
  LK_CHART_FORMAT_PNG,
  LK_CHART_FORMAT_SVG,
  LK_CHART_FORMAT_PDF,
} LkChartFormat;

/* PNG files are drawn at twice the size in pixels, for sharp slides. */
#define LK_CHART_PNG_SCALE 2.0

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
