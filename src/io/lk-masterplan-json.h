/* lk-masterplan-json.h: the Masterplan's items as JSON objects, for the
 * backup and the plan exchange
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-json-write.h"

#include "lk-masterplan.h"

G_BEGIN_DECLS

void           lk_kommuneplan_to_json   (LkJsonWriter  *writer,
                                         LkKommuneplan *plan);
LkKommuneplan *lk_kommuneplan_from_json (LkJsonNode     *node,
                                         const char     *path,
                                         GError        **error);
void           lk_org_unit_to_json      (LkJsonWriter *writer,
                                         LkOrgUnit    *unit);
LkOrgUnit     *lk_org_unit_from_json    (LkJsonNode     *node,
                                         const char     *path,
                                         GError        **error);
void           lk_benefit_to_json       (LkJsonWriter *writer,
                                         LkBenefit    *benefit);
LkBenefit     *lk_benefit_from_json     (LkJsonNode     *node,
                                         const char     *path,
                                         GError        **error);
void           lk_goal_to_json          (LkJsonWriter *writer,
                                         LkGoal       *goal);
LkGoal        *lk_goal_from_json        (LkJsonNode     *node,
                                         const char     *path,
                                         GHashTable     *seen,
                                         GError        **error);

G_END_DECLS
