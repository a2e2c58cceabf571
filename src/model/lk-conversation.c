/* lk-conversation.c: a ROS-samtale and the rows of its brief
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lk-conversation.h"
#include "lk-date.h"
#include "lk-types.h"

/* --- brief items ------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkBriefItem, lk_brief_item, G_TYPE_OBJECT)

static void
lk_brief_item_finalize (GObject *object)
{
  LkBriefItem *self = LK_BRIEF_ITEM (object);

  g_free (self->area);
  g_free (self->ref);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->value);
  g_free (self->target);
  g_free (self->date);
  g_free (self->owner);
  g_free (self->text);

  G_OBJECT_CLASS (lk_brief_item_parent_class)->finalize (object);
}

static void
lk_brief_item_class_init (LkBriefItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_brief_item_finalize;
}

static void
lk_brief_item_init (LkBriefItem *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->v); i++)
    self->v[i] = NAN;
}

LkBriefItem *
lk_brief_item_new (LkAgendaTopic  topic,
                   LkBriefKind    kind,
                   const char    *title)
{
  LkBriefItem *self = g_object_new (LK_TYPE_BRIEF_ITEM, NULL);

  self->topic = topic;
  self->kind = kind;
  self->title = g_strdup (title ? title : "");

  return self;
}

LkBriefItem *
lk_brief_item_copy (LkBriefItem *self)
{
  LkBriefItem *copy = lk_brief_item_new (self->topic, self->kind, self->title);

  copy->grade = self->grade;
  copy->trend = self->trend;
  copy->area = g_strdup (self->area);
  copy->ref = g_strdup (self->ref);
  copy->subtitle = g_strdup (self->subtitle);
  copy->value = g_strdup (self->value);
  copy->target = g_strdup (self->target);
  copy->date = g_strdup (self->date);
  copy->owner = g_strdup (self->owner);
  copy->text = g_strdup (self->text);
  memcpy (copy->v, self->v, sizeof self->v);

  return copy;
}

/* --- conversations --------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkConversation, lk_conversation, G_TYPE_OBJECT)

static void
lk_conversation_finalize (GObject *object)
{
  LkConversation *self = LK_CONVERSATION (object);

  g_free (self->uuid);
  g_free (self->with_name);
  g_free (self->with_role);
  g_free (self->unit);
  g_free (self->date);
  g_free (self->time);
  g_free (self->period_text);
  g_free (self->next_date);
  for (guint i = 0; i < LK_TOPIC_N; i++)
    {
      g_free (self->texts[i]);
      g_free (self->notes[i]);
    }
  g_free (self->prepared);
  g_free (self->held);
  g_ptr_array_unref (self->brief);
  g_free (self->created);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_conversation_parent_class)->finalize (object);
}

static void
lk_conversation_class_init (LkConversationClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_conversation_finalize;
}

static void
lk_conversation_init (LkConversation *self)
{
  self->budget = self->spent = self->forecast = NAN;
  self->brief = g_ptr_array_new_with_free_func (g_object_unref);
}

LkConversation *
lk_conversation_new_with_uuid (const char *uuid,
                               const char *with_name,
                               const char *date)
{
  LkConversation *self = g_object_new (LK_TYPE_CONVERSATION, NULL);

  self->uuid = uuid ? g_strdup (uuid) : g_uuid_string_random ();
  self->with_name = g_strdup (with_name ? with_name : "");
  self->with_role = g_strdup ("");
  self->unit = g_strdup ("");
  self->period_text = g_strdup ("");
  self->date = g_strdup (date);
  if (date != NULL)
    self->period = lk_conversation_period_for_date (date);

  return self;
}

LkConversation *
lk_conversation_new (const char *with_name,
                     const char *date)
{
  return lk_conversation_new_with_uuid (NULL, with_name, date);
}

LkConversation *
lk_conversation_copy (LkConversation *self)
{
  LkConversation *copy = lk_conversation_new_with_uuid (self->uuid, self->with_name, self->date);

  copy->id = self->id;
  g_free (copy->with_role);
  copy->with_role = g_strdup (self->with_role);
  g_free (copy->unit);
  copy->unit = g_strdup (self->unit);
  copy->time = g_strdup (self->time);
  copy->period = self->period;
  g_free (copy->period_text);
  copy->period_text = g_strdup (self->period_text);
  copy->status = self->status;
  copy->next_date = g_strdup (self->next_date);
  copy->budget = self->budget;
  copy->spent = self->spent;
  copy->forecast = self->forecast;
  for (guint i = 0; i < LK_TOPIC_N; i++)
    {
      copy->texts[i] = g_strdup (self->texts[i]);
      copy->notes[i] = g_strdup (self->notes[i]);
    }
  copy->prepared = g_strdup (self->prepared);
  copy->held = g_strdup (self->held);
  for (guint i = 0; i < self->brief->len; i++)
    g_ptr_array_add (copy->brief, lk_brief_item_copy (g_ptr_array_index (self->brief, i)));
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

static gboolean
time_is_valid (const char *time)
{
  int h, m;

  if (time == NULL)
    return TRUE;
  if (strlen (time) != 5 || time[2] != ':' ||
      !g_ascii_isdigit (time[0]) || !g_ascii_isdigit (time[1]) ||
      !g_ascii_isdigit (time[3]) || !g_ascii_isdigit (time[4]))
    return FALSE;
  h = (time[0] - '0') * 10 + (time[1] - '0');
  m = (time[3] - '0') * 10 + (time[4] - '0');

  return h < 24 && m < 60;
}

/* A budget figure is a sum of money a municipality could have */
static gboolean
amount_is_valid (double value)
{
  return isnan (value) || (isfinite (value) && fabs (value) < 1e13);
}

static gboolean
text_ok (const char *text,
         glong       max)
{
  return text == NULL || (lk_text_is_valid (text) && g_utf8_strlen (text, -1) <= max);
}

gboolean
lk_conversation_validate (LkConversation  *self,
                          GError         **error)
{
  g_return_val_if_fail (LK_IS_CONVERSATION (self), FALSE);

  if (self->uuid == NULL || !g_uuid_string_is_valid (self->uuid))
    return lk_set_invalid (error, _("The conversation has no valid identity."));
  if (self->with_name == NULL || lk_text_is_blank (self->with_name) ||
      !text_ok (self->with_name, LK_CONVERSATION_NAME_MAX))
    return lk_set_invalid (error, _("Write whom the conversation is with (at most 200 characters)."));
  if (!text_ok (self->with_role, LK_CONVERSATION_NAME_MAX) ||
      !text_ok (self->unit, LK_CONVERSATION_NAME_MAX) ||
      !text_ok (self->period_text, LK_CONVERSATION_NAME_MAX))
    return lk_set_invalid (error, _("The role, the unit or the period is not valid text, or longer than 200 characters."));
  if (self->date == NULL || !lk_date_is_valid_iso (self->date))
    return lk_set_invalid (error, _("The conversation needs a valid date."));
  if (!time_is_valid (self->time))
    return lk_set_invalid (error, _("Write the time as hours and minutes, like 09:30."));
  if (self->next_date != NULL && !lk_date_is_valid_iso (self->next_date))
    return lk_set_invalid (error, _("The date of the next conversation is not a valid date."));
  if (self->next_date != NULL && strcmp (self->next_date, self->date) <= 0)
    return lk_set_invalid (error, _("The next conversation must come after this one."));
  if ((guint) self->period > LK_PERIOD_OTHER || (guint) self->status > LK_CONVERSATION_HELD)
    return lk_set_invalid (error, _("The conversation has an unknown period or status."));
  if (!amount_is_valid (self->budget) || !amount_is_valid (self->spent) || !amount_is_valid (self->forecast))
    return lk_set_invalid (error, _("A budget figure is not a sum in kroner."));
  for (guint i = 0; i < LK_TOPIC_N; i++)
    if (!text_ok (self->texts[i], LK_CONVERSATION_TEXT_MAX) || !text_ok (self->notes[i], LK_CONVERSATION_TEXT_MAX))
      return lk_set_invalid (error, _("A section's text is not valid, or longer than 20,000 characters."));
  if ((self->prepared != NULL && !lk_timestamp_is_valid (self->prepared)) ||
      (self->held != NULL && !lk_timestamp_is_valid (self->held)))
    return lk_set_invalid (error, _("The conversation has an invalid time of preparing or holding."));
  if (self->brief->len > LK_BRIEF_MAX_ITEMS)
    return lk_set_invalid (error, _("The brief has more rows than a brief can have."));
  for (guint i = 0; i < self->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (self->brief, i);

      if ((guint) item->topic >= LK_TOPIC_N || (guint) item->kind > LK_BRIEF_NOTE)
        return lk_set_invalid (error, _("A row of the brief has an unknown topic or kind."));
      if (!text_ok (item->title, LK_CONVERSATION_TEXT_MAX) || !text_ok (item->subtitle, LK_CONVERSATION_TEXT_MAX) ||
          !text_ok (item->value, 200) || !text_ok (item->target, 200) || !text_ok (item->owner, 500) ||
          !text_ok (item->text, LK_CONVERSATION_TEXT_MAX) || !text_ok (item->area, 40) || !text_ok (item->ref, 40))
        return lk_set_invalid (error, _("A row of the brief has text that is not valid, or too long."));
      if (item->date != NULL && !lk_date_is_valid_iso (item->date))
        return lk_set_invalid (error, _("A row of the brief has an invalid date."));
      for (guint k = 0; k < G_N_ELEMENTS (item->v); k++)
        if (isinf (item->v[k]))
          return lk_set_invalid (error, _("A row of the brief has an impossible number."));
    }

  return TRUE;
}

int
lk_conversation_year (LkConversation *self)
{
  return self->date ? (int) g_ascii_strtoll (self->date, NULL, 10) : 0;
}

/* The period of a date: T1 is reported in May, T2 in September, the year
 * in January/February after it */
LkConversationPeriod
lk_conversation_period_for_date (const char *iso)
{
  int month = iso && strlen (iso) >= 7 ? (int) g_ascii_strtoll (iso + 5, NULL, 10) : 0;

  if (month >= 4 && month <= 7)
    return LK_PERIOD_T1;
  if (month >= 8 && month <= 11)
    return LK_PERIOD_T2;

  return LK_PERIOD_YEAR;
}

const char *
lk_conversation_period_name (LkConversationPeriod period)
{
  switch (period)
    {
    case LK_PERIOD_T1:    return _("1st tertial");
    case LK_PERIOD_T2:    return _("2nd tertial");
    case LK_PERIOD_YEAR:  return _("Year-end");
    case LK_PERIOD_OTHER:
    default:              return _("Other");
    }
}

char *
lk_conversation_period_label (LkConversation *self)
{
  if (self->period == LK_PERIOD_OTHER && !lk_text_is_blank (self->period_text))
    return g_strdup (self->period_text);

  return g_strdup (lk_conversation_period_name (self->period));
}

const char *
lk_conversation_status_name (LkConversationStatus status)
{
  switch (status)
    {
    case LK_CONVERSATION_PLANNED:  return _("Planned");
    case LK_CONVERSATION_PREPARED: return _("Prepared");
    case LK_CONVERSATION_HELD:
    default:                       return _("Held");
    }
}

/* "ROS-samtale with Anne Dahl, 2nd tertial" */
char *
lk_conversation_title (LkConversation *self)
{
  g_autofree char *period = lk_conversation_period_label (self);

  /* Translators: a ROS-samtale's title: the other leader, the period */
  return g_strdup_printf (_("With %s, %s"), self->with_name, period);
}

/* Budget less forecast (what is left at the year's end); NAN when either
 * is missing. A negative deviation is an overrun. */
double
lk_conversation_deviation (LkConversation *self,
                           double         *percent)
{
  double deviation = self->budget - self->forecast;

  if (percent != NULL)
    *percent = (isnan (deviation) || self->budget == 0) ? NAN : 100.0 * deviation / fabs (self->budget);

  return deviation;
}

guint
lk_brief_count (LkConversation *self,
                LkAgendaTopic   topic,
                LkBriefKind     kind)
{
  guint n = 0;

  for (guint i = 0; i < self->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (self->brief, i);

      n += item->topic == topic && item->kind == kind;
    }

  return n;
}

const char *
lk_agenda_topic_title (LkAgendaTopic topic)
{
  switch (topic)
    {
    case LK_TOPIC_QUALITY:   return _("Quality of services");
    case LK_TOPIC_GOALS:     return _("Progress on goals and assigned tasks");
    case LK_TOPIC_POLITICAL: return _("Implementation of political decisions");
    case LK_TOPIC_BUDGET:    return _("Keeping within the budget");
    case LK_TOPIC_RISK:      return _("Risk of law breaches and serious deviations");
    case LK_TOPIC_OTHER:     return _("Other follow-up");
    case LK_TOPIC_SUPPORT:
    default:                 return _("Leader support");
    }
}

/* What the leader could write, as the handbook asks it */
const char *
lk_agenda_topic_hint (LkAgendaTopic topic)
{
  switch (topic)
    {
    case LK_TOPIC_QUALITY:   return _("How are the services doing for those who use them? What do the figures say, and what do you see?");
    case LK_TOPIC_GOALS:     return _("Where are you on the goals and the tasks you were given? What is behind what is red or yellow?");
    case LK_TOPIC_POLITICAL: return _("Which political decisions are you putting into practice, and how far have you come?");
    case LK_TOPIC_BUDGET:    return _("Will the unit keep within its budget? What explains a deviation, and what will you do?");
    case LK_TOPIC_RISK:      return _("Is there a risk of breaking the law or of serious deviations? What is the plan for closing them?");
    case LK_TOPIC_OTHER:     return _("What else needs following up since the last conversation?");
    case LK_TOPIC_SUPPORT:
    default:                 return _("What support do you need as a leader, and what are you working on yourself?");
    }
}

const char *
lk_brief_measure_group_title (LkBriefMeasureGroup group)
{
  switch (group)
    {
    case LK_BRIEF_OVERDUE: return _("Overdue");
    case LK_BRIEF_DUE:     return _("Due before the next conversation");
    case LK_BRIEF_DONE:    return _("Done since the last conversation");
    case LK_BRIEF_AGREED:
    default:               return _("Agreed earlier, still open");
    }
}
