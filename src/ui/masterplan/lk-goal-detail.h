/* lk-goal-detail.h: one goal, edited in place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-masterplan.h"

G_BEGIN_DECLS

#define LK_TYPE_GOAL_DETAIL (lk_goal_detail_get_type ())

G_DECLARE_FINAL_TYPE (LkGoalDetail, lk_goal_detail, LK, GOAL_DETAIL, GtkWidget)

void        lk_goal_detail_set_plan (LkGoalDetail *self,
                                     LkStore      *store,
                                     LkMasterplan *mp,
                                     int           year,
                                     int           tertial);
void        lk_goal_detail_show     (LkGoalDetail *self,
                                     const char   *uuid);
const char *lk_goal_detail_get_uuid (LkGoalDetail *self);
void        lk_goal_detail_flush    (LkGoalDetail *self);
void        lk_goal_detail_focus_title (LkGoalDetail *self);

G_END_DECLS
