/* lk-fishbone-page.h: cause analyses, as an outline and as a diagram
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-fishbone.h"
#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_FISHBONE_PAGE (lk_fishbone_page_get_type ())

G_DECLARE_FINAL_TYPE (LkFishbonePage, lk_fishbone_page, LK, FISHBONE_PAGE, LkPage)

LkFishbone *lk_fishbone_page_get_analysis (LkFishbonePage *self);
gboolean    lk_fishbone_page_save_now     (LkFishbonePage *self);

G_END_DECLS
