/* lk-assessment-editor.h: a risk assessment's details, matrix and screening
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-editor.h"

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_ASSESSMENT_EDITOR (lk_assessment_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkAssessmentEditor, lk_assessment_editor, LK, ASSESSMENT_EDITOR, LkEditor)

GtkWindow *lk_assessment_editor_new (GtkWindow  *parent,
                                     LkStore    *store,
                                     const char *uuid);

const char *lk_assessment_editor_get_uuid (LkAssessmentEditor *self);

G_END_DECLS
