/* lk-masterplan-page.h: the goal breakdown, as an outline, a chart and a
 * scorecard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_MASTERPLAN_PAGE (lk_masterplan_page_get_type ())

G_DECLARE_FINAL_TYPE (LkMasterplanPage, lk_masterplan_page, LK, MASTERPLAN_PAGE, LkPage)

/* For tests */
void lk_masterplan_page_select (LkMasterplanPage *self,
                                const char       *uuid);
gpointer lk_masterplan_page_get_plan (LkMasterplanPage *self);

G_END_DECLS
