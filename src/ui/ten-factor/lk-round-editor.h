/* lk-round-editor.h: a 10-faktor round typed in: the unit, how many were
 * asked and answered, and one grid of the ten factors' means (with the
 * comparison values and the answers 1–5 when wanted)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-editor.h"
#include "lk-ten-factor.h"

G_BEGIN_DECLS

#define LK_TYPE_ROUND_EDITOR (lk_round_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkRoundEditor, lk_round_editor, LK, ROUND_EDITOR, LkEditor)

GtkWindow *lk_round_editor_new (GtkWindow     *parent,
                                LkStore       *store,
                                LkSurveyRound *round);

G_END_DECLS
