/* lk-risk-page.h: risk assessments with their heat maps, and deviations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-assessment-view.h"
#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_RISK_PAGE (lk_risk_page_get_type ())

G_DECLARE_FINAL_TYPE (LkRiskPage, lk_risk_page, LK, RISK_PAGE, LkPage)

gboolean   lk_risk_page_show_assessment      (LkRiskPage  *self,
                                              const char  *uuid);
LkAssessmentView *lk_risk_page_get_assessment_view (LkRiskPage *self);

G_END_DECLS
