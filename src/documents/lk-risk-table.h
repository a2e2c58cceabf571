/* lk-risk-table.h: a risk assessment as the handbook's document
 *
 * The header (subject area, workplace, date, participants), then a row a
 * risk: before P × C = score, existing controls, is it enough, new tiltak
 * with owner and deadline, after P × C = score, follow-up; then the heat
 * map before → after and each bowtie on a page of its own. Paginated on any
 * page size; the same pages serve the PDF file and printing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "lk-risk.h"

G_BEGIN_DECLS

typedef struct
{
  const LkRiskAssessment *assessment;
  GListModel             *measures;   /* LkMeasure; those linked to a risk are shown */
} LkRiskTable;

/* Measured and split into pages once (GtkPrintOperation's begin-print),
 * then drawn a page at a time (draw-page) */
typedef struct _LkRiskTablePages LkRiskTablePages;

LkRiskTablePages *lk_risk_table_paginate   (const LkRiskTable *table,
                                            cairo_t           *cr,
                                            double             width,
                                            double             height);
guint    lk_risk_table_pages_get_n  (const LkRiskTablePages *pages);
void     lk_risk_table_draw_page    (const LkRiskTablePages *pages,
                                     cairo_t                *cr,
                                     guint                   page);
void     lk_risk_table_pages_free   (LkRiskTablePages       *pages);
gboolean lk_risk_table_write_pdf   (const LkRiskTable *table,
                                    const char        *path,
                                    GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkRiskTablePages, lk_risk_table_pages_free)

G_END_DECLS
