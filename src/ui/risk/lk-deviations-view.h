/* lk-deviations-view.h: deviations (avvik), counted per tertial and listed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LK_TYPE_DEVIATIONS_VIEW (lk_deviations_view_get_type ())

G_DECLARE_FINAL_TYPE (LkDeviationsView, lk_deviations_view, LK, DEVIATIONS_VIEW, AdwBin)

void lk_deviations_view_refresh (LkDeviationsView *self,
                                 GPtrArray        *assessments);

G_END_DECLS
