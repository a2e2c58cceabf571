/* lk-masterplan-ui.h: the Masterplan's words and badges, shared by its views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "lk-masterplan.h"
#include "lk-measure.h"

G_BEGIN_DECLS

int         lk_goal_compare_titles (gconstpointer          a,
                                    gconstpointer          b);
char       *lk_goal_path_text      (LkMasterplan          *mp,
                                    LkGoal                *goal);
char       *lk_goal_status_explain (LkGoal                *goal);
char       *lk_kpi_summary         (LkKpi                 *kpi,
                                    int                    year,
                                    int                    tertial);
const char *lk_trend_arrow         (LkTrend                trend);
GtkWidget  *lk_status_badge_new    (LkGoalStatus           status);
void        lk_status_badge_set    (GtkLabel              *badge,
                                    LkGoalStatus           status);
char       *lk_measure_line        (LkMeasure             *measure);

G_END_DECLS
