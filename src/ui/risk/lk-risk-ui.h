/* lk-risk-ui.h: small pieces the Risk views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-risk.h"

G_BEGIN_DECLS

GtkWidget    *lk_zone_badge_new         (const LkRiskMatrix *matrix,
                                         double              probability,
                                         double              consequence,
                                         const char         *prefix);
char         *lk_risk_describe_values   (const LkRiskMatrix *matrix,
                                         double              probability,
                                         double              consequence);
GtkStringList *lk_risk_levels_model     (const char * const *labels,
                                         guint               size,
                                         const char         *unset);

G_END_DECLS
