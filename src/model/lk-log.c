/* lk-log.c: the learning log in the store, and its search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

#define ENTRY_COLUMNS \
  "e.id, e.uuid, e.date, e.title, e.body, e.template, e.tags, e.motor, e.gathering, e.share, " \
  "e.created, e.updated, " \
  "(SELECT group_concat (g.uuid, char (10)) FROM log_entry_goals l " \
  "   JOIN dev_goals g ON g.id = l.goal_id WHERE l.entry_id = e.id)"

static LkLogEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  LkLogEntry *entry = lk_log_entry_new (lk_column_text (stmt, 2));
  g_auto(GStrv) tags = lk_tags_split (lk_column_text (stmt, 6));
  g_auto(GStrv) goals = lk_tags_split (lk_column_text (stmt, 12));

  lk_log_entry_set_identity (entry, sqlite3_column_int64 (stmt, 0), lk_column_text (stmt, 1),
                             lk_column_text (stmt, 10), lk_column_text (stmt, 11));
  lk_log_entry_set_title (entry, lk_column_text (stmt, 3));
  lk_log_entry_set_body (entry, lk_column_text (stmt, 4));
  lk_log_entry_set_template (entry, lk_column_text (stmt, 5));
  lk_log_entry_set_tags (entry, (const char * const *)tags);
  lk_log_entry_set_motor (entry, sqlite3_column_int (stmt, 7));
  lk_log_entry_set_gathering (entry, lk_column_text (stmt, 8));
  lk_log_entry_set_share (entry, sqlite3_column_int (stmt, 9));
  lk_log_entry_set_goals (entry, (const char * const *)goals);

  return entry;
}

#define LOG_FILTER_WHERE \
  "WHERE (?1 IS NULL OR char (10) || e.tags || char (10) LIKE ?1 ESCAPE '\\') " \
  "  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM log_entry_goals l " \
  "       JOIN dev_goals g ON g.id = l.goal_id " \
  "       WHERE l.entry_id = e.id AND g.uuid = ?2)) " \
  "  AND (?3 = 0 OR e.share = 1) " \
  "  AND (?4 IS NULL OR e.date >= ?4) AND (?5 IS NULL OR e.date <= ?5) " \
  "ORDER BY e.date DESC, e.id DESC LIMIT ?6"

/* Whole tags only: "møte" must not find "møteplan". */
static char *
tag_pattern (const char *tag)
{
  GString *pattern;

  if (tag == NULL)
    return NULL;

  pattern = g_string_new ("%\n");
  for (const char *p = tag; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append (pattern, "\n%");

  return g_string_free (pattern, FALSE);
}

static void
bind_log_filter (sqlite3_stmt      *stmt,
                 const LkLogFilter *filter,
                 const char        *pattern)
{
  lk_bind_text (stmt, 1, pattern);
  lk_bind_text (stmt, 2, filter->goal_uuid);
  sqlite3_bind_int (stmt, 3, filter->shared_only);
  lk_bind_text (stmt, 4, filter->from);
  lk_bind_text (stmt, 5, filter->to);
  sqlite3_bind_int64 (stmt, 6, filter->limit > 0 ? (gint64)filter->limit : -1);
}

/**
 * lk_store_list_log_ids:
 *
 * The row ids of the entries, newest first: cheap for 100,000 entries;
 * #LkLogModel loads each entry only when it is shown.
 *
 * Returns: (transfer full) (element-type gint64): the ids
 */
GArray *
lk_store_list_log_ids (LkStore           *store,
                       const LkLogFilter *filter,
                       GError           **error)
{
  LkStep step;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *pattern = NULL;
  LkLogFilter none = { 0 };
  sqlite3_stmt *stmt;

  if (filter == NULL)
    filter = &none;

  stmt = lk_store_prepare (store, "SELECT e.id FROM log_entries e " LOG_FILTER_WHERE, error);
  if (stmt == NULL)
    return NULL;
  pattern = tag_pattern (filter->tag);
  bind_log_filter (stmt, filter, pattern);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&ids);
}

LkLogEntry *
lk_store_get_log_entry_by_id (LkStore *store,
                              gint64   id)
{
  sqlite3_stmt *stmt;
  LkLogEntry *entry = NULL;

  stmt = lk_store_prepare (store, "SELECT " ENTRY_COLUMNS " FROM log_entries e WHERE e.id = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (lk_store_step_one (store, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      entry = entry_from_row (stmt);
      sqlite3_reset (stmt);
    }

  return entry;
}

/**
 * lk_store_list_log_entries:
 *
 * Returns: (transfer full): #LkLogEntry, newest first
 */
GListStore *
lk_store_list_log_entries (LkStore           *store,
                           const LkLogFilter *filter,
                           GError           **error)
{
  LkStep step;
  g_autoptr(GListStore) list = g_list_store_new (LK_TYPE_LOG_ENTRY);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *pattern = NULL;
  LkLogFilter none = { 0 };
  sqlite3_stmt *stmt;

  if (filter == NULL)
    filter = &none;

  stmt = lk_store_prepare (store, "SELECT " ENTRY_COLUMNS " FROM log_entries e " LOG_FILTER_WHERE,
                           error);
  if (stmt == NULL)
    return NULL;
  pattern = tag_pattern (filter->tag);
  bind_log_filter (stmt, filter, pattern);

  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    g_ptr_array_add (items, entry_from_row (stmt));
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  g_list_store_splice (list, 0, 0, items->pdata, items->len);

  return g_steal_pointer (&list);
}

/**
 * lk_store_each_log_entry:
 * @func: called with each entry, in uuid order; the entry is let go after
 *
 * For the backup: 100,000 entries written one at a time, never all held,
 * each read while its text is still in the cache.
 */
gboolean
lk_store_each_log_entry (LkStore          *store,
                         LkStoreEachFunc   func,
                         gpointer          data,
                         GError          **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT " ENTRY_COLUMNS " FROM log_entries e ORDER BY e.uuid",
                                         error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkLogEntry) entry = entry_from_row (stmt);

      func (entry, data);
    }

  return step == LK_STEP_DONE;
}

LkLogEntry *
lk_store_get_log_entry (LkStore     *store,
                        const char  *uuid,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  LkLogEntry *entry = NULL;

  stmt = lk_store_prepare (store, "SELECT " ENTRY_COLUMNS " FROM log_entries e WHERE e.uuid = ?1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  if (lk_store_step_one (store, stmt, _("The log entry no longer exists."), error) == LK_STEP_ROW)
    {
      entry = entry_from_row (stmt);
      sqlite3_reset (stmt);
    }

  return entry;
}

/* Inserts or replaces by uuid, with its goal links, inside the caller's
 * transaction (a save, or a backup import). */
/**
 * lk_store_log_index_suspend:
 *
 * Drops the triggers that keep the learning log's search index, inside the
 * caller's transaction; lk_store_log_index_resume() rebuilds the index
 * once and puts them back, with their SQL as the schema had it. Writing
 * 100,000 entries this way is several times quicker than indexing each.
 *
 * Returns: (transfer full): the triggers' names and SQL, for resume
 */
GPtrArray *
lk_store_log_index_suspend (LkStore  *store,
                            GError  **error)
{
  g_autoptr(GPtrArray) triggers = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                           "AND tbl_name = 'log_entries' ORDER BY name",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_ptr_array_add (triggers, g_strdup (lk_column_text (stmt, 0)));
      g_ptr_array_add (triggers, g_strdup (lk_column_text (stmt, 1)));
    }
  if (step == LK_STEP_ERROR)
    return NULL;
  for (guint i = 0; i < triggers->len; i += 2)
    {
      /* Names from our own schema */
      g_autofree char *drop = g_strdup_printf ("DROP TRIGGER \"%s\"", (char *) g_ptr_array_index (triggers, i));

      if (!lk_store_run_built (store, drop, NULL, error))
        return NULL;
    }

  return g_steal_pointer (&triggers);
}

gboolean
lk_store_log_index_resume (LkStore    *store,
                           GPtrArray  *suspended,
                           GError    **error)
{
  /* FTS5 writes a segment each time its pending terms pass "hashsize"
   * (1 MB), and merges them: for 100,000 entries that was half the
   * rebuild's time. 16 MB for the rebuild only: a keystroke's save should
   * stay small. */
  if (!lk_store_exec (store,
                      "INSERT INTO log_search (log_search, rank) VALUES ('hashsize', 16777216);"
                      "INSERT INTO log_search (log_search) VALUES ('rebuild');"
                      "INSERT INTO log_search (log_search, rank) VALUES ('hashsize', 1048576);",
                      error))
    return FALSE;
  for (guint i = 1; i < suspended->len; i += 2)
    if (!lk_store_run_built (store, g_ptr_array_index (suspended, i), NULL, error))
      return FALSE;

  return TRUE;
}

gboolean
lk_store_put_log_entry (LkStore     *store,
                        LkLogEntry  *entry,
                        GError     **error)
{
  g_autofree char *tags = lk_tags_join (lk_log_entry_get_tags (entry));
  const char * const *goals = lk_log_entry_get_goals (entry);
  sqlite3_stmt *stmt;
  gboolean existed;
  gint64 id = 0;
  LkStep step;

  if (!lk_log_entry_validate (entry, error))
    return FALSE;

  /* Whether it is here already: a new entry has no links to clear (a
   * restore adds a hundred thousand), and RETURNING cost a table per row */
  stmt = lk_store_prepare (store, "SELECT id FROM log_entries WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, lk_log_entry_get_uuid (entry), -1, SQLITE_STATIC);
  if ((step = lk_store_step_one (store, stmt, NULL, error)) == LK_STEP_ERROR)
    return FALSE;
  if (step == LK_STEP_ROW)
    {
      id = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }

  stmt = lk_store_prepare (store,
                           "INSERT INTO log_entries (uuid, date, title, body, template, tags, "
                           "  motor, gathering, share, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                           "ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, "
                           "  title = excluded.title, body = excluded.body, "
                           "  template = excluded.template, tags = excluded.tags, "
                           "  motor = excluded.motor, gathering = excluded.gathering, "
                           "  share = excluded.share, created = excluded.created, "
                           "  updated = excluded.updated",
                           error);
  if (stmt == NULL)
    return FALSE;

  /* The entry outlives the step: its strings need no copies */
  sqlite3_bind_text (stmt, 1, lk_log_entry_get_uuid (entry), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, lk_log_entry_get_date (entry), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, lk_log_entry_get_title (entry), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, lk_log_entry_get_body (entry), -1, SQLITE_STATIC);
  lk_bind_text (stmt, 5, lk_log_entry_get_template (entry));
  sqlite3_bind_text (stmt, 6, tags, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, lk_log_entry_get_motor (entry));
  lk_bind_text (stmt, 8, lk_log_entry_get_gathering (entry));
  sqlite3_bind_int (stmt, 9, lk_log_entry_get_share (entry));
  sqlite3_bind_text (stmt, 10, lk_log_entry_get_created (entry), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, lk_log_entry_get_updated (entry), -1, SQLITE_STATIC);

  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  existed = id > 0;
  if (!existed)
    id = sqlite3_last_insert_rowid (lk_store_get_db (store));
  lk_log_entry_set_identity (entry, id, lk_log_entry_get_uuid (entry),
                             lk_log_entry_get_created (entry), lk_log_entry_get_updated (entry));

  if (existed)
    {
      stmt = lk_store_prepare (store, "DELETE FROM log_entry_goals WHERE entry_id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
    }

  for (guint i = 0; goals[i] != NULL; i++)
    {
      stmt = lk_store_prepare (store,
                               "INSERT OR IGNORE INTO log_entry_goals (entry_id, goal_id) "
                               "SELECT ?1, id FROM dev_goals WHERE uuid = ?2",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_text (stmt, 2, goals[i], -1, SQLITE_STATIC);
      if (!lk_store_step_done (store, stmt, error))
        return FALSE;
      if (sqlite3_changes (lk_store_get_db (store)) == 0)
        {
          g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND,
                               _("A development goal the entry links to no longer exists."));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * lk_store_save_log_entry:
 *
 * Stores an entry in one transaction; called for every autosave.
 */
gboolean
lk_store_save_log_entry (LkStore     *store,
                         LkLogEntry  *entry,
                         GError     **error)
{
  static const LkStoreKind kind = {
    "log", "SELECT 1 FROM log_entries WHERE id = ?1", N_("The entry was deleted."),
    (LkStorePutFunc) lk_store_put_log_entry,
  };
  g_autofree char *now = lk_timestamp_now ();
  g_autofree char *uuid = NULL;

  uuid = lk_log_entry_get_uuid (entry) ? g_strdup (lk_log_entry_get_uuid (entry))
                                       : g_uuid_string_random ();
  lk_log_entry_set_identity (entry, lk_log_entry_get_id (entry), uuid,
                             lk_log_entry_get_created (entry) ? lk_log_entry_get_created (entry) : now,
                             now);

  /* Typing into an entry deleted meanwhile must not bring it back */
  return lk_store_save_one (store, &kind, lk_log_entry_get_id (entry), NULL, entry, error);
}

/**
 * lk_store_restore_log_entry:
 *
 * Puts back a deleted entry exactly as it was (uuid, times), for Undo.
 */
gboolean
lk_store_restore_log_entry (LkStore     *store,
                            LkLogEntry  *entry,
                            GError     **error)
{
  g_return_val_if_fail (lk_log_entry_get_uuid (entry) != NULL, FALSE);

  return lk_store_put_one (store, "log", (LkStorePutFunc)lk_store_put_log_entry, entry, error);
}

gboolean
lk_store_delete_log_entry (LkStore     *store,
                           LkLogEntry  *entry,
                           GError     **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM log_entries WHERE uuid = ?1", "log",
                                  lk_log_entry_get_uuid (entry), NULL, error);
}

static int
collate_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char **)a, *(const char **)b);
}

/**
 * lk_store_list_log_tags:
 *
 * Returns: (transfer full): every free tag in use, sorted
 */
GStrv
lk_store_list_log_tags (LkStore  *store,
                        GError  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  LkStep step;

  stmt = lk_store_prepare (store, "SELECT DISTINCT tags FROM log_entries WHERE tags != ''", error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_auto(GStrv) split = lk_tags_split (lk_column_text (stmt, 0));

      for (guint i = 0; split[i] != NULL; i++)
        if (!g_hash_table_contains (seen, split[i]))
          g_hash_table_add (seen, g_strdup (split[i]));
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (tags, key);
  }
  g_ptr_array_sort (tags, collate_strings);
  for (guint i = 0; i < tags->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (tags, i));

  return g_strv_builder_end (builder);
}

/**
 * lk_log_search_query:
 * @text: what the user typed
 *
 * Every word must match, each as a prefix ("møt" finds "møte"); the words
 * are quoted, so nothing a user types is taken as FTS syntax.
 *
 * Returns: (nullable): an FTS5 query, or %NULL when there are no words
 */
char *
lk_log_search_query (const char *text)
{
  g_auto(GStrv) words = NULL;
  GString *query;

  if (text == NULL)
    return NULL;

  words = g_regex_split_simple ("[\\s\\p{P}]+", text, 0, 0);

  /* One letter finds nearly everything: search from the second. */
  {
    gboolean long_enough = FALSE;

    for (guint i = 0; words[i] != NULL; i++)
      long_enough |= g_utf8_strlen (words[i], -1) >= 2;
    if (!long_enough)
      return NULL;
  }

  query = g_string_new (NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (query->len > 0)
        g_string_append_c (query, ' ');
      g_string_append_c (query, '"');
      for (const char *p = words[i]; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (query, '"');
          g_string_append_c (query, *p);
        }
      g_string_append (query, "\"*");
    }

  if (query->len == 0)
    {
      g_string_free (query, TRUE);
      return NULL;
    }

  return g_string_free (query, FALSE);
}

/* The highlight markers are control characters no text holds; escaped
 * they become &#x1; and &#x2;, which turn into bold. */
static char *
marked_to_markup (const char *marked)
{
  g_autofree char *escaped = g_markup_escape_text (marked ? marked : "", -1);
  g_autoptr(GString) markup = g_string_new (escaped);

  /* One line in a list: line breaks and the prompts' heading marks go */
  g_string_replace (markup, "\n", " ", 0);
  g_string_replace (markup, "## ", "", 0);
  while (g_string_replace (markup, "  ", " ", 0) > 0)
    ;

  g_string_replace (markup, "&#x1;", "<b>", 0);
  g_string_replace (markup, "&#x2;", "</b>", 0);

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

G_DEFINE_FINAL_TYPE (LkLogHit, lk_log_hit, G_TYPE_OBJECT)

static void
lk_log_hit_finalize (GObject *object)
{
  LkLogHit *hit = (LkLogHit *)object;

  g_free (hit->uuid);
  g_free (hit->date);
  g_free (hit->title_markup);
  g_free (hit->snippet_markup);
  G_OBJECT_CLASS (lk_log_hit_parent_class)->finalize (object);
}

static void
lk_log_hit_class_init (LkLogHitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_log_hit_finalize;
}

static void
lk_log_hit_init (LkLogHit *self)
{
}

/**
 * lk_store_search_log:
 *
 * Returns: (transfer full): #LkLogHit, best first; empty without words
 */
GPtrArray *
lk_store_search_log (LkStore     *store,
                     const char  *text,
                     guint        limit,
                     GError     **error)
{
  LkStep step;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *query = lk_log_search_query (text);
  sqlite3_stmt *stmt;

  if (query == NULL)
    return g_steal_pointer (&hits);

  /* Ranking every match of a short prefix in 100,000 entries takes far
   * longer than a keystroke may: the most recent 1,000 matches are ranked
   * (FTS5 seeks to the rowid), and highlighting is done for the shown. */
  stmt = lk_store_prepare (store,
                           "SELECT e.uuid, e.date, "
                           "  highlight (log_search, 0, char (1), char (2)), "
                           "  snippet (log_search, 1, char (1), char (2), '…', 16), rank "
                           "FROM log_search JOIN log_entries e ON e.id = log_search.rowid "
                           "WHERE log_search MATCH ?1 AND log_search.rowid >= coalesce ("
                           "  (SELECT min (rowid) FROM (SELECT rowid FROM log_search "
                           "   WHERE log_search MATCH ?1 ORDER BY rowid DESC LIMIT 1000)), 0) "
                           "ORDER BY rank LIMIT ?2",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64)limit : -1);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkLogHit *hit = g_object_new (LK_TYPE_LOG_HIT, NULL);

      hit->uuid = g_strdup (lk_column_text (stmt, 0));
      hit->date = g_strdup (lk_column_text (stmt, 1));
      hit->title_markup = marked_to_markup (lk_column_text (stmt, 2));
      hit->snippet_markup = marked_to_markup (lk_column_text (stmt, 3));
      hit->rank = sqlite3_column_double (stmt, 4);
      g_ptr_array_add (hits, hit);
    }
  if (step == LK_STEP_ERROR)
    {
      return NULL;
    }

  return g_steal_pointer (&hits);
}

/* Week 0 holds 1–7 January, and so on; the last days fall in week 52. */
gboolean
lk_store_count_log_per_week (LkStore  *store,
                             int       year,
                             guint     counts[53],
                             GError  **error)
{
  LkStep step;
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);
  sqlite3_stmt *stmt;

  memset (counts, 0, 53 * sizeof (guint));
  stmt = lk_store_prepare (store,
                           "SELECT CAST ((julianday (date) - julianday (?1)) / 7 AS INTEGER), "
                           "  count (*) FROM log_entries WHERE date BETWEEN ?1 AND ?2 "
                           "GROUP BY 1",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      int week = sqlite3_column_int (stmt, 0);

      counts[CLAMP (week, 0, 52)] += sqlite3_column_int (stmt, 1);
    }
  if (step == LK_STEP_ERROR)
    return FALSE;

  return TRUE;
}
