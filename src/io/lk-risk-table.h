/* lk-risk-table.h: a risk assessment as the handbook's table
 *
 * Risk, P, C, risk score, done / to do, owner, deadline: one row a risk,
 * paginated on any page size. The same page drawing serves the PDF file
 * and printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "model/lk-risk.h"

G_BEGIN_DECLS

typedef struct
{
  const LkRiskAssessment *assessment;
  GListModel             *measures;   /* LkMeasure; those linked to a risk are shown */
} LkRiskTable;

guint    lk_risk_table_count_pages (const LkRiskTable *table,
                                    cairo_t           *cr,
                                    double             width,
                                    double             height);
void     lk_risk_table_draw_page   (const LkRiskTable *table,
                                    cairo_t           *cr,
                                    double             width,
                                    double             height,
                                    guint              page);
gboolean lk_risk_table_write_pdf   (const LkRiskTable *table,
                                    const char        *path,
                                    GError           **error);

G_END_DECLS
