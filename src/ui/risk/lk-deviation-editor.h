/* lk-deviation-editor.h: record and follow one deviation (avvik)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-editor.h"
#include "lk-risk.h"

G_BEGIN_DECLS

#define LK_TYPE_DEVIATION_EDITOR (lk_deviation_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkDeviationEditor, lk_deviation_editor, LK, DEVIATION_EDITOR, LkEditor)

GtkWindow *lk_deviation_editor_new (GtkWindow         *parent,
                                    LkStore           *store,
                                    const LkDeviation *deviation);

G_END_DECLS
