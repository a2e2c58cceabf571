/* lk-dev-goal-editor.h: create and edit a development goal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-editor.h"

#include "lk-dev-goal.h"
#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_DEV_GOAL_EDITOR (lk_dev_goal_editor_get_type ())

G_DECLARE_FINAL_TYPE (LkDevGoalEditor, lk_dev_goal_editor, LK, DEV_GOAL_EDITOR, LkEditor)

GtkWindow *lk_dev_goal_editor_new (GtkWindow *parent,
                               LkStore   *store,
                               int        year,
                               LkDevGoal *goal);

G_END_DECLS
