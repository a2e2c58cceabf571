/* lk-overview-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_OVERVIEW_PAGE (lk_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (LkOverviewPage, lk_overview_page, LK, OVERVIEW_PAGE, LkPage)


G_END_DECLS
