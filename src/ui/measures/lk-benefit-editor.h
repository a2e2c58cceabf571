/* lk-benefit-editor.h: a benefit (gevinst) of a goal or a tiltak, and
 * benefits in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-editor.h"
#include "lk-masterplan.h"

G_BEGIN_DECLS

#define LK_TYPE_BENEFIT_EDITOR (lk_benefit_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkBenefitEditor, lk_benefit_editor, LK, BENEFIT_EDITOR, LkEditor)

GtkWindow  *lk_benefit_editor_new (GtkWindow  *parent,
                                   LkStore    *store,
                                   LkBenefit  *benefit,
                                   const char *goal_uuid);
GtkWindow  *lk_benefit_editor_new_for_measure (GtkWindow  *parent,
                                               LkStore    *store,
                                               const char *measure_uuid);
const char *lk_benefit_kind_label      (LkBenefitKind          kind);
char       *lk_benefit_describe        (LkBenefit             *benefit);
char       *lk_benefit_totals_describe (const LkBenefitTotals *totals);

G_END_DECLS
