/* lk-measure-editor.h: create and edit one measure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-editor.h"

#include "lk-measure.h"
#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_MEASURE_EDITOR (lk_measure_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkMeasureEditor, lk_measure_editor, LK, MEASURE_EDITOR, LkEditor)

GtkWindow *lk_measure_editor_new       (GtkWindow  *parent,
                                        LkStore    *store,
                                        LkMeasure  *measure);
GtkWindow *lk_measure_editor_new_for_source (GtkWindow    *parent,
                                             LkStore      *store,
                                             LkSourceKind  kind,
                                             const char   *uuid,
                                             const char   *label);
AdwToast  *lk_measure_delete_with_undo (LkStore    *store,
                                        LkMeasure  *measure,
                                        GError    **error);

G_END_DECLS
