/* lk-risk-editor.h: one risk through the five steps, and its bowtie
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-editor.h"

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_RISK_EDITOR (lk_risk_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkRiskEditor, lk_risk_editor, LK, RISK_EDITOR, LkEditor)

GtkWindow *lk_risk_editor_new (GtkWindow  *parent,
                               LkStore    *store,
                               const char *assessment_uuid,
                               const char *risk_uuid);

G_END_DECLS
