/* lk-measures-page.h: all measures (tiltak), filtered and sorted
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_MEASURES_PAGE (lk_measures_page_get_type ())

G_DECLARE_FINAL_TYPE (LkMeasuresPage, lk_measures_page, LK, MEASURES_PAGE, LkPage)

void lk_measures_page_apply_preset (LkMeasuresPage *self,
                                    const char     *preset);
void lk_measures_page_focus_search (LkMeasuresPage *self);
void lk_measures_page_set_compact  (LkMeasuresPage *self,
                                    gboolean        compact);

G_END_DECLS
