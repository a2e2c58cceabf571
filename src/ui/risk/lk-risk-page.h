/* lk-risk-page.h: risk assessments with their heat maps, and deviations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_RISK_PAGE (lk_risk_page_get_type ())

G_DECLARE_FINAL_TYPE (LkRiskPage, lk_risk_page, LK, RISK_PAGE, LkPage)

gboolean   lk_risk_page_show_assessment      (LkRiskPage  *self,
                                              const char  *uuid);
GtkWidget *lk_risk_page_get_heat_map         (LkRiskPage  *self);
int        lk_risk_page_risk_at              (LkRiskPage  *self,
                                              double       x,
                                              double       y);
gboolean   lk_risk_page_marker_center        (LkRiskPage  *self,
                                              guint        index,
                                              double      *x,
                                              double      *y);
GtkWindow *lk_risk_page_open_risk            (LkRiskPage  *self,
                                              int          index);
gboolean   lk_risk_page_print_table_to_pdf   (LkRiskPage  *self,
                                              const char  *path,
                                              GError     **error);

G_END_DECLS
