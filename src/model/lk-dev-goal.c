/* lk-dev-goal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lk-date.h"
#include "lk-types.h"
#include "lk-dev-goal.h"
#include "lk-enum.h"
#include "lk-store.h"

struct _LkDevGoal
{
  GObject          parent_instance;

  gint64           id;
  char            *uuid;
  int              year;
  char            *title;
  char            *why;
  char            *success;
  char            *goal_uuid;
  guint            motor;
  int              progress;
  LkDevGoalStatus  status;
  char            *review_date;
  char            *created;
  char            *updated;
};

G_DEFINE_FINAL_TYPE (LkDevGoal, lk_dev_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PROGRESS,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The principles keep their Norwegian names: they are Gausdal's words. */
static const char * const motor_names[] = {
  "Mestringsorientert", "Omsorg", "Tydelighet", "Omstilling", "Resultater",
};

G_STATIC_ASSERT (G_N_ELEMENTS (motor_names) == LK_MOTOR_N);

const char *
lk_motor_name (guint index)
{
  g_return_val_if_fail (index < LK_MOTOR_N, NULL);
  return motor_names[index];
}

const char *
lk_motor_key (guint index)
{
  g_return_val_if_fail (index < LK_MOTOR_N, NULL);
  return lk_flag_to_nick (LK_TYPE_MOTOR, 1u << index);
}

static void
lk_dev_goal_finalize (GObject *object)
{
  LkDevGoal *self = (LkDevGoal *)object;

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->why);
  g_free (self->success);
  g_free (self->goal_uuid);
  g_free (self->review_date);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_dev_goal_parent_class)->finalize (object);
}

static void
lk_dev_goal_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LkDevGoal *self = LK_DEV_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_PROGRESS:
      g_value_set_int (value, self->progress);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_dev_goal_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LkDevGoal *self = LK_DEV_GOAL (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      lk_dev_goal_set_title (self, g_value_get_string (value));
      break;
    case PROP_PROGRESS:
      lk_dev_goal_set_progress (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      lk_dev_goal_set_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lk_dev_goal_class_init (LkDevGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_dev_goal_finalize;
  object_class->get_property = lk_dev_goal_get_property;
  object_class->set_property = lk_dev_goal_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_int ("progress", NULL, NULL, 0, 100, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, 0, 2, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lk_dev_goal_init (LkDevGoal *self)
{
  self->title = g_strdup ("");
  self->why = g_strdup ("");
  self->success = g_strdup ("");
}

LkDevGoal *
lk_dev_goal_new (int         year,
                 const char *title)
{
  LkDevGoal *self = g_object_new (LK_TYPE_DEV_GOAL, "title", title ? title : "", NULL);

  self->year = year;

  return self;
}

LkDevGoal *
lk_dev_goal_copy (LkDevGoal *self)
{
  LkDevGoal *copy;

  g_return_val_if_fail (LK_IS_DEV_GOAL (self), NULL);

  copy = lk_dev_goal_new (self->year, self->title);
  lk_dev_goal_set_identity (copy, self->id, self->uuid, self->created, self->updated);
  lk_dev_goal_set_why (copy, self->why);
  lk_dev_goal_set_success (copy, self->success);
  lk_dev_goal_set_goal_uuid (copy, self->goal_uuid);
  lk_dev_goal_set_motor (copy, self->motor);
  lk_dev_goal_set_progress (copy, self->progress);
  lk_dev_goal_set_status (copy, self->status);
  lk_dev_goal_set_review_date (copy, self->review_date);

  return copy;
}

gint64
lk_dev_goal_get_id (LkDevGoal *self)
{
  return self->id;
}

const char *
lk_dev_goal_get_uuid (LkDevGoal *self)
{
  return self->uuid;
}

int
lk_dev_goal_get_year (LkDevGoal *self)
{
  return self->year;
}

void
lk_dev_goal_set_year (LkDevGoal *self,
                      int       year)
{
  self->year = year;
}

const char *
lk_dev_goal_get_title (LkDevGoal *self)
{
  return self->title;
}

const char *
lk_dev_goal_get_why (LkDevGoal *self)
{
  return self->why;
}

void
lk_dev_goal_set_why (LkDevGoal  *self,
                     const char *why)
{
  lk_set_text (&self->why, why, FALSE);
}

const char *
lk_dev_goal_get_success (LkDevGoal *self)
{
  return self->success;
}

void
lk_dev_goal_set_success (LkDevGoal  *self,
                         const char *success)
{
  lk_set_text (&self->success, success, FALSE);
}

const char *
lk_dev_goal_get_goal_uuid (LkDevGoal *self)
{
  return self->goal_uuid;
}

void
lk_dev_goal_set_goal_uuid (LkDevGoal  *self,
                           const char *uuid)
{
  lk_set_text (&self->goal_uuid, uuid, TRUE);
}

guint
lk_dev_goal_get_motor (LkDevGoal *self)
{
  return self->motor;
}

void
lk_dev_goal_set_motor (LkDevGoal *self,
                       guint     motor)
{
  self->motor = motor & LK_MOTOR_ALL;
}

int
lk_dev_goal_get_progress (LkDevGoal *self)
{
  return self->progress;
}

LkDevGoalStatus
lk_dev_goal_get_status (LkDevGoal *self)
{
  return self->status;
}

const char *
lk_dev_goal_get_review_date (LkDevGoal *self)
{
  return self->review_date;
}

void
lk_dev_goal_set_review_date (LkDevGoal  *self,
                             const char *date)
{
  lk_set_text (&self->review_date, date, TRUE);
}

const char *
lk_dev_goal_get_created (LkDevGoal *self)
{
  return self->created;
}

const char *
lk_dev_goal_get_updated (LkDevGoal *self)
{
  return self->updated;
}

void
lk_dev_goal_set_title (LkDevGoal  *self,
                       const char *title)
{
  g_return_if_fail (LK_IS_DEV_GOAL (self));

  if (g_strcmp0 (self->title, title ? title : "") == 0)
    return;
  lk_set_text (&self->title, title, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
lk_dev_goal_set_progress (LkDevGoal *self,
                          int        progress)
{
  g_return_if_fail (LK_IS_DEV_GOAL (self));

  progress = CLAMP (progress, 0, 100);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

void
lk_dev_goal_set_status (LkDevGoal       *self,
                        LkDevGoalStatus  status)
{
  g_return_if_fail (LK_IS_DEV_GOAL (self));
  g_return_if_fail (status <= LK_DEV_GOAL_ARCHIVED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

void
lk_dev_goal_set_identity (LkDevGoal  *self,
                          gint64      id,
                          const char *uuid,
                          const char *created,
                          const char *updated)
{
  self->id = id;
  lk_set_text (&self->uuid, uuid, TRUE);
  lk_set_text (&self->created, created, TRUE);
  lk_set_text (&self->updated, updated, TRUE);
}

gboolean
lk_dev_goal_validate (LkDevGoal  *self,
                      GError    **error)
{
  g_autofree char *title = g_strstrip (g_strdup (self->title));
  const char *texts[] = { self->title, self->why, self->success };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!g_utf8_validate (texts[i], -1, NULL) || g_utf8_strlen (texts[i], -1) > 20000)
        {
          g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                               _("The text is not valid UTF-8, or too long."));
          return FALSE;
        }
    }
  if (*title == '\0' || g_utf8_strlen (title, -1) > 300)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("A development goal needs a title of at most 300 characters."));
      return FALSE;
    }
  if (self->year < 1900 || self->year > 2999)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The year is not valid."));
      return FALSE;
    }
  if (self->review_date != NULL && !lk_date_is_valid_iso (self->review_date))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The review date is not a valid date."));
      return FALSE;
    }

  return TRUE;
}
