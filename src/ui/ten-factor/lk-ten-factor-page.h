/* lk-ten-factor-page.h: 10-faktor, a round's results, over time, and the
 * follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"
#include "lk-ten-factor.h"

G_BEGIN_DECLS

#define LK_TYPE_TEN_FACTOR_PAGE (lk_ten_factor_page_get_type ())

G_DECLARE_FINAL_TYPE (LkTenFactorPage, lk_ten_factor_page, LK, TEN_FACTOR_PAGE, LkPage)

LkSurveyRound *lk_ten_factor_page_get_round (LkTenFactorPage *self);

G_END_DECLS
