/* lk-conversations.c: ROS-samtaler in the store
 *
 * A conversation is saved whole: its row, its texts per topic and the
 * rows of its brief. A held conversation's brief is never written again
 * by a save (lk_store_put_conversation() keeps the stored rows), so what
 * was on the table stays what it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "lk-conversation.h"
#include "lk-date.h"
#include "lk-measures.h"
#include "lk-store-private.h"

static gboolean
put_sections (LkStore         *store,
              LkConversation  *c,
              GError         **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = lk_store_prepare (store, "DELETE FROM conversation_sections WHERE conversation_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; i < LK_TOPIC_N; i++)
    {
      if (lk_text_is_blank (c->texts[i]) && lk_text_is_blank (c->notes[i]))
        continue;
      if (!(stmt = lk_store_prepare (store,
                                     "INSERT INTO conversation_sections (conversation_id, topic, text, notes) "
                                     "VALUES (?1, ?2, ?3, ?4)",
                                     error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, c->id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, c->texts[i] ? c->texts[i] : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, c->notes[i] ? c->notes[i] : "", -1, SQLITE_STATIC);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
put_brief (LkStore         *store,
           LkConversation  *c,
           GError         **error)
{
  sqlite3_stmt *stmt;

  if (!(stmt = lk_store_prepare (store, "DELETE FROM conversation_brief WHERE conversation_id = ?1", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  for (guint i = 0; i < c->brief->len; i++)
    {
      LkBriefItem *item = g_ptr_array_index (c->brief, i);

      if (!(stmt = lk_store_prepare (store,
                                     "INSERT INTO conversation_brief (conversation_id, position, topic, kind, "
                                     "  grade, trend, area, ref, title, subtitle, value, target, date, owner, "
                                     "  text, v0, v1, v2, v3) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                                     "  ?15, ?16, ?17, ?18, ?19)",
                                     error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, c->id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_int (stmt, 3, item->topic);
      sqlite3_bind_int (stmt, 4, item->kind);
      sqlite3_bind_int (stmt, 5, item->grade);
      sqlite3_bind_int (stmt, 6, item->trend);
      lk_bind_text (stmt, 7, item->area);
      lk_bind_text (stmt, 8, item->ref);
      sqlite3_bind_text (stmt, 9, item->title ? item->title : "", -1, SQLITE_STATIC);
      lk_bind_text (stmt, 10, item->subtitle);
      lk_bind_text (stmt, 11, item->value);
      lk_bind_text (stmt, 12, item->target);
      lk_bind_text (stmt, 13, item->date);
      lk_bind_text (stmt, 14, item->owner);
      lk_bind_text (stmt, 15, item->text);
      for (guint k = 0; k < 4; k++)
        lk_bind_number (stmt, 16 + k, item->v[k]);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Whether the stored conversation (by uuid) is held: then its brief and
 * the time it was held are kept as stored, whatever the item says */
static int
stored_held (LkStore     *store,
             const char  *uuid,
             GError     **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT held IS NOT NULL FROM conversations WHERE uuid = ?1", error);
  LkStep step;
  int held = 0;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  step = lk_store_step (store, stmt, error);
  if (step == LK_STEP_ROW)
    {
      held = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }

  return step == LK_STEP_ERROR ? -1 : held;
}

static gboolean
put_row (LkStore         *store,
         LkConversation  *c,
         gboolean         keep_held,
         GError         **error)
{
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "INSERT INTO conversations (uuid, with_name, with_role, unit, date, time, "
                           "  period, period_text, status, next_date, budget, spent, forecast, "
                           "  prepared, held, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
                           "ON CONFLICT (uuid) DO UPDATE SET with_name = excluded.with_name, "
                           "  with_role = excluded.with_role, unit = excluded.unit, date = excluded.date, "
                           "  time = excluded.time, period = excluded.period, "
                           "  period_text = excluded.period_text, status = excluded.status, "
                           "  next_date = excluded.next_date, budget = excluded.budget, "
                           "  spent = excluded.spent, forecast = excluded.forecast, "
                           "  prepared = CASE WHEN ?18 THEN prepared ELSE excluded.prepared END, "
                           "  held = CASE WHEN ?18 THEN held ELSE excluded.held END, "
                           "  created = excluded.created, updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, c->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, c->with_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, c->with_role ? c->with_role : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, c->unit ? c->unit : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, c->date, -1, SQLITE_STATIC);
  lk_bind_text (stmt, 6, c->time);
  sqlite3_bind_int (stmt, 7, c->period);
  sqlite3_bind_text (stmt, 8, c->period_text ? c->period_text : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 9, keep_held ? LK_CONVERSATION_HELD : c->status);
  lk_bind_text (stmt, 10, c->next_date);
  lk_bind_number (stmt, 11, c->budget);
  lk_bind_number (stmt, 12, c->spent);
  lk_bind_number (stmt, 13, c->forecast);
  lk_bind_text (stmt, 14, c->prepared);
  lk_bind_text (stmt, 15, c->held);
  sqlite3_bind_text (stmt, 16, c->created, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 17, c->updated, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 18, keep_held ? 1 : 0);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

  /* No RETURNING: the statement is cached and stepped once */
  c->id = sqlite3_last_insert_rowid (lk_store_get_db (store));
  if (!(stmt = lk_store_prepare (store, "SELECT id FROM conversations WHERE uuid = ?1", error)))
    return FALSE;
  sqlite3_bind_text (stmt, 1, c->uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The conversation could not be stored."), error) != LK_STEP_ROW)
    return FALSE;
  c->id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/**
 * lk_store_put_conversation:
 *
 * Inserts or replaces a conversation by uuid, inside the caller's
 * transaction. A conversation stored as held keeps its brief and stays
 * held: a snapshot on the table is never rewritten afterwards.
 */
gboolean
lk_store_put_conversation (LkStore         *store,
                           LkConversation  *c,
                           GError         **error)
{
  int held;

  if (!lk_conversation_validate (c, error))
    return FALSE;
  lk_timestamps_init (&c->created, &c->updated);
  if ((held = stored_held (store, c->uuid, error)) < 0)
    return FALSE;

  if (!put_row (store, c, held, error) || !put_sections (store, c, error))
    return FALSE;

  return held ? TRUE : put_brief (store, c, error);
}

static const LkStoreKind conversation_kind = {
  "conversations", "SELECT 1 FROM conversations WHERE id = ?1",
  N_("The conversation was deleted meanwhile."), (LkStorePutFunc) lk_store_put_conversation,
};

/**
 * lk_store_save_conversation:
 *
 * Saves a conversation as the user left it, in one transaction.
 */
gboolean
lk_store_save_conversation (LkStore         *store,
                            LkConversation  *c,
                            GError         **error)
{
  return lk_store_save_one (store, &conversation_kind, c->id, &c->updated, c, error);
}

/* Undo of a delete: the conversation as it was, uuid and times kept */
gboolean
lk_store_restore_conversation (LkStore         *store,
                               LkConversation  *c,
                               GError         **error)
{
  c->id = 0;

  return lk_store_put_one (store, "conversations", (LkStorePutFunc) lk_store_put_conversation, c, error);
}

gboolean
lk_store_delete_conversation (LkStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM conversations WHERE uuid = ?1", "conversations",
                                  uuid, _("The conversation was deleted meanwhile."), error);
}

#define CONVERSATION_COLUMNS \
  "id, uuid, with_name, with_role, unit, date, time, period, period_text, status, next_date, " \
  "budget, spent, forecast, prepared, held, created, updated"

static LkConversation *
conversation_from_row (sqlite3_stmt *stmt)
{
  LkConversation *c = lk_conversation_new_with_uuid (lk_column_text (stmt, 1), lk_column_text (stmt, 2),
                                                     lk_column_text (stmt, 5));

  c->id = sqlite3_column_int64 (stmt, 0);
  g_free (c->with_role);
  c->with_role = g_strdup (lk_column_text (stmt, 3) ? lk_column_text (stmt, 3) : "");
  g_free (c->unit);
  c->unit = g_strdup (lk_column_text (stmt, 4) ? lk_column_text (stmt, 4) : "");
  c->time = g_strdup (lk_column_text (stmt, 6));
  c->period = CLAMP (sqlite3_column_int (stmt, 7), LK_PERIOD_T1, LK_PERIOD_OTHER);
  g_free (c->period_text);
  c->period_text = g_strdup (lk_column_text (stmt, 8) ? lk_column_text (stmt, 8) : "");
  c->status = CLAMP (sqlite3_column_int (stmt, 9), LK_CONVERSATION_PLANNED, LK_CONVERSATION_HELD);
  c->next_date = g_strdup (lk_column_text (stmt, 10));
  c->budget = lk_column_number (stmt, 11);
  c->spent = lk_column_number (stmt, 12);
  c->forecast = lk_column_number (stmt, 13);
  c->prepared = g_strdup (lk_column_text (stmt, 14));
  c->held = g_strdup (lk_column_text (stmt, 15));
  c->created = g_strdup (lk_column_text (stmt, 16));
  c->updated = g_strdup (lk_column_text (stmt, 17));

  return c;
}

static gboolean
load_parts (LkStore         *store,
            LkConversation  *c,
            GError         **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  if (!(stmt = lk_store_prepare (store,
                                 "SELECT topic, text, notes FROM conversation_sections "
                                 "WHERE conversation_id = ?1",
                                 error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int topic = sqlite3_column_int (stmt, 0);

      if (topic < 0 || topic >= LK_TOPIC_N)
        continue;
      g_free (c->texts[topic]);
      c->texts[topic] = g_strdup (lk_column_text (stmt, 1));
      g_free (c->notes[topic]);
      c->notes[topic] = g_strdup (lk_column_text (stmt, 2));
    }
  if (step == LK_STEP_ERROR)
    return FALSE;

  if (!(stmt = lk_store_prepare (store,
                                 "SELECT topic, kind, grade, trend, area, ref, title, subtitle, value, "
                                 "  target, date, owner, text, v0, v1, v2, v3 "
                                 "FROM conversation_brief WHERE conversation_id = ?1 ORDER BY position",
                                 error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, c->id);
  g_ptr_array_set_size (c->brief, 0);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkBriefItem *item = lk_brief_item_new (CLAMP (sqlite3_column_int (stmt, 0), 0, LK_TOPIC_N - 1),
                                             CLAMP (sqlite3_column_int (stmt, 1), 0, LK_BRIEF_NOTE),
                                             lk_column_text (stmt, 6));

      item->grade = sqlite3_column_int (stmt, 2);
      item->trend = sqlite3_column_int (stmt, 3);
      item->area = g_strdup (lk_column_text (stmt, 4));
      item->ref = g_strdup (lk_column_text (stmt, 5));
      item->subtitle = g_strdup (lk_column_text (stmt, 7));
      item->value = g_strdup (lk_column_text (stmt, 8));
      item->target = g_strdup (lk_column_text (stmt, 9));
      item->date = g_strdup (lk_column_text (stmt, 10));
      item->owner = g_strdup (lk_column_text (stmt, 11));
      item->text = g_strdup (lk_column_text (stmt, 12));
      for (guint k = 0; k < 4; k++)
        item->v[k] = lk_column_number (stmt, 13 + k);
      g_ptr_array_add (c->brief, item);
    }

  return step == LK_STEP_DONE;
}

/**
 * lk_store_list_conversations:
 * @year: the conversations of that year, or 0 for all
 *
 * Returns: (transfer full): the conversations by date and time, without
 *   their texts and briefs (lk_store_get_conversation() has those)
 */
GListStore *
lk_store_list_conversations (LkStore  *store,
                             int       year,
                             GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (LK_TYPE_CONVERSATION);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT " CONVERSATION_COLUMNS " FROM conversations "
                           "WHERE ?1 = 0 OR date BETWEEN ?2 AND ?3 "
                           "ORDER BY date, coalesce (time, ''), id",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkConversation) c = conversation_from_row (stmt);
      g_list_store_append (list, c);
    }

  return step == LK_STEP_DONE ? g_steal_pointer (&list) : NULL;
}

/* Returns: (transfer full): the whole conversation, or NULL with @error */
LkConversation *
lk_store_get_conversation (LkStore     *store,
                           const char  *uuid,
                           GError     **error)
{
  g_autoptr(LkConversation) c = NULL;
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store, "SELECT " CONVERSATION_COLUMNS " FROM conversations WHERE uuid = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The conversation is no longer there."), error) != LK_STEP_ROW)
    return NULL;
  c = conversation_from_row (stmt);
  sqlite3_reset (stmt);

  return load_parts (store, c, error) ? g_steal_pointer (&c) : NULL;
}

/* Returns: (transfer full) (nullable): the first conversation not yet
 * held on or after @today, whole; NULL without error when there is none */
LkConversation *
lk_store_next_conversation (LkStore     *store,
                            const char  *today,
                            GError     **error)
{
  g_autofree char *uuid = NULL;
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT uuid FROM conversations WHERE held IS NULL AND date >= ?1 "
                           "ORDER BY date, coalesce (time, ''), id LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);
  step = lk_store_step (store, stmt, error);
  if (step != LK_STEP_ROW)
    return NULL;
  uuid = g_strdup (lk_column_text (stmt, 0));
  sqlite3_reset (stmt);

  return lk_store_get_conversation (store, uuid, error);
}

/* Returns: (transfer full): the years with conversations, newest first */
GArray *
lk_store_list_conversation_years (LkStore  *store,
                                  GError  **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT DISTINCT CAST (substr (date, 1, 4) AS INTEGER) AS y FROM conversations "
                           "ORDER BY y DESC",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int y = sqlite3_column_int (stmt, 0);
      g_array_append_val (years, y);
    }

  return step == LK_STEP_DONE ? g_steal_pointer (&years) : NULL;
}

/* Returns: (transfer full): the tiltak agreed in this conversation */
GListStore *
lk_store_list_agreed_measures (LkStore         *store,
                               LkConversation  *c,
                               GError         **error)
{
  LkMeasureFilter filter;

  lk_measure_filter_init (&filter);
  filter.source_kind = LK_SOURCE_CONVERSATION;
  filter.source_uuid = c->uuid;
  filter.sort = LK_MEASURE_SORT_DEADLINE;

  return lk_store_list_measures (store, &filter, error);
}
