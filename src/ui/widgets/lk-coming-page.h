/* lk-coming-page.h: an area whose page is not built yet says what it is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_COMING_PAGE (lk_coming_page_get_type ())

G_DECLARE_FINAL_TYPE (LkComingPage, lk_coming_page, LK, COMING_PAGE, LkPage)

void lk_coming_page_describe (LkComingPage *self,
                              const char   *title,
                              const char   *icon,
                              const char   *description);

G_END_DECLS
