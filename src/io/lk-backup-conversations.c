/* lk-backup-conversations.c: ROS-samtaler in the backup
 *
 * A conversation is one object: its fields, its texts and notes per
 * agenda topic ("sections", by the topic's name), and the rows of its
 * brief as they were assembled ("brief"), so a held conversation comes
 * back exactly as it was on the table. Agreed tiltak travel with the
 * tiltak section (source "conversation" and this uuid).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "lk-backup-private.h"
#include "lk-conversation.h"
#include "lk-enum.h"
#include "lk-json-read.h"
#include "lk-model-enums.h"

#define AMOUNT_MAX 1e13

LK_BACKUP_ITEM_FIELDS (LkConversation, conversation)

static GPtrArray *
conversations_list (LkStore  *store,
                    GError  **error)
{
  return lk_backup_list_whole (store, lk_store_list_conversations (store, 0, error), conversation_uuid,
                               (LkStoreGetFunc) lk_store_get_conversation, error);
}

static void
conversation_write (LkJsonWriter  *writer,
                    gconstpointer  data)
{
  LkConversation *c = (LkConversation *) data;

  lk_backup_add_string (writer, "uuid", c->uuid);
  lk_backup_add_string (writer, "with", c->with_name);
  lk_backup_add_string (writer, "role", c->with_role);
  lk_backup_add_string (writer, "unit", c->unit);
  lk_backup_add_string (writer, "date", c->date);
  lk_backup_add_string (writer, "time", c->time);
  lk_backup_add_string (writer, "period", lk_enum_to_nick (LK_TYPE_CONVERSATION_PERIOD, c->period));
  lk_backup_add_string (writer, "period-text", c->period_text);
  lk_backup_add_string (writer, "status", lk_enum_to_nick (LK_TYPE_CONVERSATION_STATUS, c->status));
  lk_backup_add_string (writer, "next-date", c->next_date);
  lk_backup_add_number (writer, "budget", c->budget);
  lk_backup_add_number (writer, "spent", c->spent);
  lk_backup_add_number (writer, "forecast", c->forecast);
  lk_backup_add_string (writer, "prepared", c->prepared);
  lk_backup_add_string (writer, "held", c->held);
  lk_backup_add_string (writer, "created", c->created);
  lk_backup_add_string (writer, "updated", c->updated);

  lk_json_writer_set_member_name (writer, "sections");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < LK_TOPIC_N; i++)
    {
      if (c->texts[i] == NULL && c->notes[i] == NULL)
        continue;
      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "topic", lk_enum_to_nick (LK_TYPE_AGENDA_TOPIC, i));
      lk_backup_add_string (writer, "text", c->texts[i]);
      lk_backup_add_string (writer, "notes", c->notes[i]);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);

  lk_json_writer_set_member_name (writer, "brief");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);
      static const char *v_names[] = { "v0", "v1", "v2", "v3" };

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "topic", lk_enum_to_nick (LK_TYPE_AGENDA_TOPIC, item->topic));
      lk_backup_add_string (writer, "kind", lk_enum_to_nick (LK_TYPE_BRIEF_KIND, item->kind));
      lk_backup_add_int (writer, "grade", item->grade);
      lk_backup_add_int (writer, "trend", item->trend);
      lk_backup_add_string (writer, "area", item->area);
      lk_backup_add_string (writer, "ref", item->ref);
      lk_backup_add_string (writer, "title", item->title);
      lk_backup_add_string (writer, "subtitle", item->subtitle);
      lk_backup_add_string (writer, "value", item->value);
      lk_backup_add_string (writer, "target", item->target);
      lk_backup_add_string (writer, "date", item->date);
      lk_backup_add_string (writer, "owner", item->owner);
      lk_backup_add_string (writer, "text", item->text);
      for (guint k = 0; k < G_N_ELEMENTS (v_names); k++)
        lk_backup_add_number (writer, v_names[k], item->v[k]);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
}

static gboolean
sections_read (LkJsonNode      *object,
               const char      *path,
               LkConversation  *c,
               GError         **error)
{
  LkJsonNode *array;
  guint n;

  if (!lk_json_object_has_member (object, "sections"))
    return TRUE;
  if (!(array = lk_json_array_member (object, path, "sections", error)))
    return FALSE;
  n = lk_json_node_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.sections[%u]", path, i);
      const char *text = NULL, *notes = NULL;
      int topic = -1;
      LkJsonNode *section;

      if (!(section = lk_json_object (lk_json_array_get_element (array, i), item_path, error)) ||
          !lk_json_enum_member (section, item_path, "topic", LK_TYPE_AGENDA_TOPIC, &topic, error) ||
          !lk_json_string_member (section, item_path, "text", FALSE, LK_CONVERSATION_TEXT_MAX, &text, error) ||
          !lk_json_string_member (section, item_path, "notes", FALSE, LK_CONVERSATION_TEXT_MAX, &notes, error))
        return FALSE;
      if (topic < 0)
        {
          lk_json_invalid (error, item_path, "topic", _("is missing"));
          return FALSE;
        }
      if (c->texts[topic] != NULL || c->notes[topic] != NULL)
        {
          lk_json_invalid (error, item_path, "topic", _("comes twice"));
          return FALSE;
        }
      c->texts[topic] = g_strdup (text);
      c->notes[topic] = g_strdup (notes);
    }

  return TRUE;
}

static gboolean
brief_read (LkJsonNode      *object,
            const char      *path,
            LkConversation  *c,
            GError         **error)
{
  LkJsonNode *array;
  guint n;

  if (!lk_json_object_has_member (object, "brief"))
    return TRUE;
  if (!(array = lk_json_array_member (object, path, "brief", error)))
    return FALSE;
  n = lk_json_node_get_length (array);
  if (n > LK_BRIEF_MAX_ITEMS)
    {
      lk_json_invalid (error, path, "brief", _("has more rows than a brief can have"));
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s.brief[%u]", path, i);
      static const char *v_names[] = { "v0", "v1", "v2", "v3" };
      const char *area = NULL, *ref = NULL, *title = NULL, *subtitle = NULL, *value = NULL;
      const char *target = NULL, *date = NULL, *owner = NULL, *text = NULL;
      int topic = -1, kind = -1;
      gint64 grade = 0, trend = 0;
      LkBriefItem *item;
      LkJsonNode *row;

      if (!(row = lk_json_object (lk_json_array_get_element (array, i), item_path, error)) ||
          !lk_json_enum_member (row, item_path, "topic", LK_TYPE_AGENDA_TOPIC, &topic, error) ||
          !lk_json_enum_member (row, item_path, "kind", LK_TYPE_BRIEF_KIND, &kind, error) ||
          (lk_json_object_has_member (row, "grade") &&
           !lk_json_int_member (row, item_path, "grade", -1, 1000000, &grade, error)) ||
          (lk_json_object_has_member (row, "trend") &&
           !lk_json_int_member (row, item_path, "trend", -1, 1000000, &trend, error)) ||
          !lk_json_string_member (row, item_path, "area", FALSE, 40, &area, error) ||
          !lk_json_string_member (row, item_path, "ref", FALSE, 40, &ref, error) ||
          !lk_json_string_member (row, item_path, "title", FALSE, LK_CONVERSATION_TEXT_MAX, &title, error) ||
          !lk_json_string_member (row, item_path, "subtitle", FALSE, LK_CONVERSATION_TEXT_MAX, &subtitle, error) ||
          !lk_json_string_member (row, item_path, "value", FALSE, 200, &value, error) ||
          !lk_json_string_member (row, item_path, "target", FALSE, 200, &target, error) ||
          !lk_json_date_member (row, item_path, "date", &date, error) ||
          !lk_json_string_member (row, item_path, "owner", FALSE, 500, &owner, error) ||
          !lk_json_string_member (row, item_path, "text", FALSE, LK_CONVERSATION_TEXT_MAX, &text, error))
        return FALSE;
      if (topic < 0 || kind < 0)
        {
          lk_json_invalid (error, item_path, topic < 0 ? "topic" : "kind", _("is missing"));
          return FALSE;
        }
      item = lk_brief_item_new (topic, kind, title);
      g_ptr_array_add (c->brief, item);
      item->grade = grade;
      item->trend = trend;
      item->area = g_strdup (area);
      item->ref = g_strdup (ref);
      item->subtitle = g_strdup (subtitle);
      item->value = g_strdup (value);
      item->target = g_strdup (target);
      item->date = g_strdup (date);
      item->owner = g_strdup (owner);
      item->text = g_strdup (text);
      for (guint k = 0; k < G_N_ELEMENTS (v_names); k++)
        if (!lk_json_number_member (row, item_path, v_names[k], -AMOUNT_MAX, AMOUNT_MAX, &item->v[k], error))
          return FALSE;
    }

  return TRUE;
}

/* A time that may be missing or null: not yet prepared, not yet held */
static gboolean
optional_timestamp (LkJsonNode  *object,
                    const char  *path,
                    const char  *member,
                    const char **out,
                    GError     **error)
{
  LkJsonNode *node = lk_json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || LK_JSON_HOLDS (node, LK_JSON_NULL))
    return TRUE;

  return lk_backup_read_timestamp (object, path, member, out, error);
}

static gpointer
conversation_read (LkJsonNode  *node,
                   const char  *path,
                   GHashTable  *seen,
                   GError     **error)
{
  const char *uuid, *with, *role, *unit, *date, *time, *period_text, *next_date;
  const char *prepared = NULL, *held = NULL, *created, *updated;
  g_autoptr(LkConversation) c = NULL;
  int period = -1, status = LK_CONVERSATION_PLANNED;
  double budget = NAN, spent = NAN, forecast = NAN;
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "with", TRUE, LK_CONVERSATION_NAME_MAX, &with, error) ||
      !lk_json_string_member (object, path, "role", FALSE, LK_CONVERSATION_NAME_MAX, &role, error) ||
      !lk_json_string_member (object, path, "unit", FALSE, LK_CONVERSATION_NAME_MAX, &unit, error) ||
      !lk_json_date_member (object, path, "date", &date, error) ||
      !lk_json_string_member (object, path, "time", FALSE, 5, &time, error) ||
      !lk_json_enum_member (object, path, "period", LK_TYPE_CONVERSATION_PERIOD, &period, error) ||
      !lk_json_string_member (object, path, "period-text", FALSE, LK_CONVERSATION_NAME_MAX, &period_text, error) ||
      !lk_json_enum_member (object, path, "status", LK_TYPE_CONVERSATION_STATUS, &status, error) ||
      !lk_json_date_member (object, path, "next-date", &next_date, error) ||
      !lk_json_number_member (object, path, "budget", -AMOUNT_MAX, AMOUNT_MAX, &budget, error) ||
      !lk_json_number_member (object, path, "spent", -AMOUNT_MAX, AMOUNT_MAX, &spent, error) ||
      !lk_json_number_member (object, path, "forecast", -AMOUNT_MAX, AMOUNT_MAX, &forecast, error) ||
      !optional_timestamp (object, path, "prepared", &prepared, error) ||
      !optional_timestamp (object, path, "held", &held, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  if (date == NULL)
    {
      lk_json_invalid (error, path, "date", _("is missing"));
      return NULL;
    }

  c = lk_conversation_new_with_uuid (uuid, with, date);
  g_free (c->with_role);
  c->with_role = g_strdup (role ? role : "");
  g_free (c->unit);
  c->unit = g_strdup (unit ? unit : "");
  c->time = g_strdup (time);
  if (period >= 0)
    c->period = period;
  g_free (c->period_text);
  c->period_text = g_strdup (period_text ? period_text : "");
  c->status = status;
  c->next_date = g_strdup (next_date);
  c->budget = budget;
  c->spent = spent;
  c->forecast = forecast;
  c->prepared = g_strdup (prepared);
  c->held = g_strdup (held);
  c->created = g_strdup (created);
  c->updated = g_strdup (updated);
  /* Held and its time go together: a snapshot is frozen by the time */
  if ((c->status == LK_CONVERSATION_HELD) != (c->held != NULL))
    {
      lk_json_invalid (error, path, "held", _("must be given exactly when the status is held"));
      return NULL;
    }
  if (!sections_read (object, path, c, error) || !brief_read (object, path, c, error))
    return NULL;
  return lk_backup_validated (g_steal_pointer (&c), (LkValidateFunc) lk_conversation_validate, path, error);
}

const LkBackupSection lk_backup_conversations_section = {
  .name = "conversations",
  .list = conversations_list,
  .write = conversation_write,
  .read = conversation_read,
  .uuid = conversation_uuid,
  .updated = conversation_updated,
  .put = (LkStorePutFunc) lk_store_put_conversation,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM conversations WHERE uuid = ?1",
  .clear_sql = "DELETE FROM conversations",
};
