/* lk-jeg-plan-page.h: the Jeg-plan: goals, the programme, the year, the log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_JEG_PLAN_PAGE (lk_jeg_plan_page_get_type ())

G_DECLARE_FINAL_TYPE (LkJegPlanPage, lk_jeg_plan_page, LK, JEG_PLAN_PAGE, LkPage)

void lk_jeg_plan_page_focus_search (LkJegPlanPage *self);
void lk_jeg_plan_page_flush        (LkJegPlanPage *self);

G_END_DECLS
