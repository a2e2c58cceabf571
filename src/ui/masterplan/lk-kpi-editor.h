/* lk-kpi-editor.h: a goal's KPI, its path and thresholds, and its values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-editor.h"
#include "lk-masterplan.h"

G_BEGIN_DECLS

#define LK_TYPE_KPI_EDITOR (lk_kpi_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkKpiEditor, lk_kpi_editor, LK, KPI_EDITOR, LkEditor)

GtkWindow *lk_kpi_editor_new (GtkWindow *parent,
                              LkStore   *store,
                              LkGoal    *goal,
                              int        index);
void       lk_kpi_editor_set_value_text (LkKpiEditor *self,
                                         int          year,
                                         int          tertial,
                                         const char  *text);

G_END_DECLS
