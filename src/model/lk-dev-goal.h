/* lk-dev-goal.h: a development goal in the Jeg-plan (2–4 a year)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* MOTOR, Gausdal's leadership principles; stored as a bit mask. */
typedef enum
{
  LK_MOTOR_MESTRINGSORIENTERT = 1 << 0,
  LK_MOTOR_OMSORG             = 1 << 1,
  LK_MOTOR_TYDELIGHET         = 1 << 2,
  LK_MOTOR_OMSTILLING         = 1 << 3,
  LK_MOTOR_RESULTATER         = 1 << 4,
} LkMotor;

#define LK_MOTOR_N   5
#define LK_MOTOR_ALL 0x1f

typedef enum
{
  LK_DEV_GOAL_ACTIVE   = 0,
  LK_DEV_GOAL_ACHIEVED = 1,
  LK_DEV_GOAL_ARCHIVED = 2,
} LkDevGoalStatus;

/* The leader conversation asks for two to four. */
#define LK_DEV_GOALS_MIN 2
#define LK_DEV_GOALS_MAX 4

#define LK_TYPE_DEV_GOAL (lk_dev_goal_get_type ())

G_DECLARE_FINAL_TYPE (LkDevGoal, lk_dev_goal, LK, DEV_GOAL, GObject)

const char      *lk_motor_name              (guint            index);
const char      *lk_motor_key               (guint            index);

LkDevGoal       *lk_dev_goal_new            (int              year,
                                             const char      *title);
LkDevGoal       *lk_dev_goal_copy           (LkDevGoal       *self);
gint64           lk_dev_goal_get_id         (LkDevGoal       *self);
const char      *lk_dev_goal_get_uuid       (LkDevGoal       *self);
int              lk_dev_goal_get_year       (LkDevGoal       *self);
void             lk_dev_goal_set_year       (LkDevGoal       *self,
                                             int              year);
const char      *lk_dev_goal_get_title      (LkDevGoal       *self);
void             lk_dev_goal_set_title      (LkDevGoal       *self,
                                             const char      *title);
const char      *lk_dev_goal_get_why        (LkDevGoal       *self);
void             lk_dev_goal_set_why        (LkDevGoal       *self,
                                             const char      *why);
const char      *lk_dev_goal_get_success    (LkDevGoal       *self);
void             lk_dev_goal_set_success    (LkDevGoal       *self,
                                             const char      *success);
const char      *lk_dev_goal_get_goal_uuid  (LkDevGoal       *self);
void             lk_dev_goal_set_goal_uuid  (LkDevGoal       *self,
                                             const char      *goal_uuid);
guint            lk_dev_goal_get_motor      (LkDevGoal       *self);
void             lk_dev_goal_set_motor      (LkDevGoal       *self,
                                             guint            motor);
int              lk_dev_goal_get_progress   (LkDevGoal       *self);
void             lk_dev_goal_set_progress   (LkDevGoal       *self,
                                             int              progress);
LkDevGoalStatus  lk_dev_goal_get_status     (LkDevGoal       *self);
void             lk_dev_goal_set_status     (LkDevGoal       *self,
                                             LkDevGoalStatus  status);
const char      *lk_dev_goal_get_review_date (LkDevGoal      *self);
void             lk_dev_goal_set_review_date (LkDevGoal      *self,
                                              const char     *review_date);
const char      *lk_dev_goal_get_created    (LkDevGoal       *self);
const char      *lk_dev_goal_get_updated    (LkDevGoal       *self);
void             lk_dev_goal_set_identity   (LkDevGoal       *self,
                                             gint64           id,
                                             const char      *uuid,
                                             const char      *created,
                                             const char      *updated);
gboolean         lk_dev_goal_validate       (LkDevGoal       *self,
                                             GError         **error);

G_END_DECLS
