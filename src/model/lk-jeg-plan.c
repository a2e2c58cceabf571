/* lk-jeg-plan.c: the Jeg-plan in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

/* --- development goals ---------------------------------------------------- */

#define GOAL_COLUMNS \
  "id, uuid, year, title, why, success, goal_uuid, motor, progress, status, review_date, " \
  "created, updated"

static LkDevGoal *
goal_from_row (sqlite3_stmt *stmt)
{
  LkDevGoal *goal = lk_dev_goal_new (sqlite3_column_int (stmt, 2), lk_column_text (stmt, 3));
  int status = sqlite3_column_int (stmt, 9);

  lk_dev_goal_set_identity (goal, sqlite3_column_int64 (stmt, 0), lk_column_text (stmt, 1),
                            lk_column_text (stmt, 11), lk_column_text (stmt, 12));
  lk_dev_goal_set_why (goal, lk_column_text (stmt, 4));
  lk_dev_goal_set_success (goal, lk_column_text (stmt, 5));
  lk_dev_goal_set_goal_uuid (goal, lk_column_text (stmt, 6));
  lk_dev_goal_set_motor (goal, sqlite3_column_int (stmt, 7));
  lk_dev_goal_set_progress (goal, sqlite3_column_int (stmt, 8));
  lk_dev_goal_set_status (goal, status >= 0 && status <= 2 ? status : LK_DEV_GOAL_ACTIVE);
  lk_dev_goal_set_review_date (goal, lk_column_text (stmt, 10));

  return goal;
}

/**
 * lk_store_list_dev_goals:
 * @year: the year, or 0 for all years
 *
 * Returns: (transfer full): #LkDevGoal, active first, then by creation
 */
GListStore *
lk_store_list_dev_goals (LkStore   *store,
                         int        year,
                         gboolean   with_archived,
                         GError   **error)
{
  LkStep step;
  g_autoptr(GListStore) list = g_list_store_new (LK_TYPE_DEV_GOAL);
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT " GOAL_COLUMNS " FROM dev_goals "
                           "WHERE (?1 = 0 OR year = ?1) AND (?2 OR status != 2) "
                           "ORDER BY year DESC, status, created, id",
                           error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, with_archived);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_autoptr(LkDevGoal) goal = goal_from_row (stmt);
      g_list_store_append (list, goal);
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&list);
}

static gboolean
count_active_goals (LkStore     *store,
                    int          year,
                    const char  *except_uuid,
                    guint       *n,
                    GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT count(*) FROM dev_goals WHERE year = ?1 AND status = 0 "
                           "AND uuid IS NOT ?2",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int (stmt, 1, year);
  lk_bind_text (stmt, 2, except_uuid);
  if (lk_store_step (store, stmt, error) != LK_STEP_ROW)
    return FALSE;
  *n = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

/* For showing the rule: 0 when the count cannot be read */
guint
lk_store_count_active_goals (LkStore    *store,
                             int         year,
                             const char *except_uuid)
{
  guint n = 0;

  count_active_goals (store, year, except_uuid, &n, NULL);

  return n;
}

gboolean
lk_store_put_dev_goal (LkStore    *store,
              LkDevGoal  *goal,
              GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_dev_goal_validate (goal, error))
    return FALSE;

  stmt = lk_store_prepare (store,
                           "INSERT INTO dev_goals (uuid, year, title, why, success, goal_uuid, "
                           "  motor, progress, status, review_date, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                           "ON CONFLICT (uuid) DO UPDATE SET year = excluded.year, "
                           "  title = excluded.title, why = excluded.why, "
                           "  success = excluded.success, goal_uuid = excluded.goal_uuid, "
                           "  motor = excluded.motor, progress = excluded.progress, "
                           "  status = excluded.status, review_date = excluded.review_date, "
                           "  created = excluded.created, updated = excluded.updated "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, lk_dev_goal_get_uuid (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, lk_dev_goal_get_year (goal));
  sqlite3_bind_text (stmt, 3, lk_dev_goal_get_title (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, lk_dev_goal_get_why (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, lk_dev_goal_get_success (goal), -1, SQLITE_TRANSIENT);
  lk_bind_text (stmt, 6, lk_dev_goal_get_goal_uuid (goal));
  sqlite3_bind_int (stmt, 7, lk_dev_goal_get_motor (goal));
  sqlite3_bind_int (stmt, 8, lk_dev_goal_get_progress (goal));
  sqlite3_bind_int (stmt, 9, lk_dev_goal_get_status (goal));
  lk_bind_text (stmt, 10, lk_dev_goal_get_review_date (goal));
  sqlite3_bind_text (stmt, 11, lk_dev_goal_get_created (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, lk_dev_goal_get_updated (goal), -1, SQLITE_TRANSIENT);

  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;
  lk_dev_goal_set_identity (goal, id, lk_dev_goal_get_uuid (goal),
                            lk_dev_goal_get_created (goal), lk_dev_goal_get_updated (goal));

  return TRUE;
}

/**
 * lk_store_save_dev_goal:
 *
 * Stores a goal. A fifth active goal in a year is refused: the leader
 * conversation agrees on two to four, so one must be archived first.
 */
gboolean
lk_store_save_dev_goal (LkStore    *store,
                        LkDevGoal  *goal,
                        GError    **error)
{
  g_autofree char *now = lk_timestamp_now ();
  g_autofree char *uuid = NULL;

  guint active = 0;

  /* The 2–4 rule is the leader's plan, not the data's validity: a save
   * keeps it, an import of someone's backup does not. */
  if (lk_dev_goal_get_status (goal) == LK_DEV_GOAL_ACTIVE &&
      !count_active_goals (store, lk_dev_goal_get_year (goal), lk_dev_goal_get_uuid (goal),
                           &active, error))
    return FALSE;
  if (lk_dev_goal_get_status (goal) == LK_DEV_GOAL_ACTIVE && active >= LK_DEV_GOALS_MAX)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("You already have %d active development goals for %d. The leader "
                     "conversation agrees on two to four: archive or complete one first."),
                   LK_DEV_GOALS_MAX, lk_dev_goal_get_year (goal));
      return FALSE;
    }

  uuid = lk_dev_goal_get_uuid (goal) ? g_strdup (lk_dev_goal_get_uuid (goal))
                                     : g_uuid_string_random ();
  lk_dev_goal_set_identity (goal, lk_dev_goal_get_id (goal), uuid,
                            lk_dev_goal_get_created (goal) ? lk_dev_goal_get_created (goal) : now,
                            now);

  return lk_store_put_one (store, "jeg-plan", (LkStorePutFunc)lk_store_put_dev_goal, goal, error);
}

gboolean
lk_store_delete_dev_goal (LkStore    *store,
                          LkDevGoal  *goal,
                          GError    **error)
{
  return lk_store_delete_by_uuid (store, "DELETE FROM dev_goals WHERE uuid = ?1", "jeg-plan",
                                  lk_dev_goal_get_uuid (goal), NULL, error);
}

/* --- prompt templates ----------------------------------------------------- */

typedef struct
{
  const char *key;
  const char *name;
  const char *sections[7];
} BuiltinTemplate;

/* The reflection prompts in use in the municipalities (domain brief §2). */
static const BuiltinTemplate builtin_templates[] = {
  { "strength", N_("Strength-based"),
    { N_("What worked well?"), N_("Why did it work?"), N_("How can we do more of it?"), NULL } },
  { "evaluation", N_("Evaluation"),
    { N_("What did we do well?"), N_("What could have been done better?"),
      N_("How do we do it better next time?"), NULL } },
  { "driscoll", N_("Driscoll: What? So what? Now what?"),
    { N_("What? What happened?"), N_("So what? What does it mean?"),
      N_("Now what? What will I do?"), NULL } },
  { "gibbs", N_("Gibbs: the reflective cycle"),
    { N_("Description"), N_("Feelings"), N_("Evaluation"), N_("Analysis"), N_("Conclusion"),
      N_("Action plan"), NULL } },
};

G_DEFINE_FINAL_TYPE (LkLogTemplate, lk_log_template, G_TYPE_OBJECT)

static void
lk_log_template_finalize (GObject *object)
{
  LkLogTemplate *template = (LkLogTemplate *)object;

  g_free (template->key);
  g_free (template->name);
  g_strfreev (template->sections);
  G_OBJECT_CLASS (lk_log_template_parent_class)->finalize (object);
}

static void
lk_log_template_class_init (LkLogTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_log_template_finalize;
}

static void
lk_log_template_init (LkLogTemplate *self)
{
}

static LkLogTemplate *
builtin_template (const BuiltinTemplate *builtin)
{
  LkLogTemplate *template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);
  g_autoptr(GStrvBuilder) sections = g_strv_builder_new ();

  template->key = g_strdup (builtin->key);
  template->name = g_strdup (_(builtin->name));
  template->builtin = TRUE;
  for (guint i = 0; builtin->sections[i] != NULL; i++)
    g_strv_builder_add (sections, _(builtin->sections[i]));
  template->sections = g_strv_builder_end (sections);

  return template;
}

/**
 * lk_store_list_templates:
 *
 * Returns: (transfer full): the built-in templates, then the user's own
 */
GPtrArray *
lk_store_list_templates (LkStore  *store,
                         GError  **error)
{
  LkStep step;
  GPtrArray *templates = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;

  for (guint i = 0; i < G_N_ELEMENTS (builtin_templates); i++)
    g_ptr_array_add (templates, builtin_template (&builtin_templates[i]));

  stmt = lk_store_prepare (store, "SELECT uuid, name, sections FROM log_templates ORDER BY name",
                           error);
  if (stmt == NULL)
    {
      g_ptr_array_unref (templates);
      return NULL;
    }
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkLogTemplate *template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);

      template->key = g_strdup (lk_column_text (stmt, 0));
      template->name = g_strdup (lk_column_text (stmt, 1));
      template->sections = lk_tags_split (lk_column_text (stmt, 2));
      g_ptr_array_add (templates, template);
    }
  if (step == LK_STEP_ERROR)
  {
      g_ptr_array_unref (templates);
      return NULL;
  }

  return templates;
}

LkLogTemplate *
lk_store_find_template (LkStore    *store,
                        const char *key)
{
  g_autoptr(GPtrArray) templates = lk_store_list_templates (store, NULL);

  for (guint i = 0; i < templates->len; i++)
    {
      LkLogTemplate *template = g_ptr_array_index (templates, i);

      if (g_strcmp0 (template->key, key) == 0)
        return g_ptr_array_steal_index (templates, i);
    }

  return NULL;
}

gboolean
lk_store_put_template (LkStore             *store,
                       const char          *uuid,
                       const char          *name,
                       const char * const  *sections,
                       GError             **error)
{
  g_autofree char *joined = NULL;
  sqlite3_stmt *stmt;

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL) ||
      sections == NULL || sections[0] == NULL)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("A template needs a name and at least one prompt."));
      return FALSE;
    }
  joined = lk_tags_join (sections);

  stmt = lk_store_prepare (store,
                           "INSERT INTO log_templates (uuid, name, sections) VALUES (?1, ?2, ?3) "
                           "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, "
                           "  sections = excluded.sections",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, joined, -1, SQLITE_STATIC);

  return lk_store_step_done (store, stmt, error);
}

static gboolean
put_template_item (LkStore        *store,
                   LkLogTemplate  *template,
                   GError        **error)
{
  return lk_store_put_template (store, template->key, template->name,
                                (const char * const *)template->sections, error);
}

gboolean
lk_store_save_template (LkStore             *store,
                        const char          *name,
                        const char * const  *sections,
                        char               **key_out,
                        GError             **error)
{
  g_autoptr(LkLogTemplate) template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);

  template->key = g_uuid_string_random ();
  template->name = g_strstrip (g_strdup (name ? name : ""));
  template->sections = g_strdupv ((char **)sections);

  if (!lk_store_put_one (store, "jeg-plan", (LkStorePutFunc)put_template_item, template, error))
    return FALSE;

  if (key_out != NULL)
    *key_out = g_strdup (template->key);

  return TRUE;
}

/* Each prompt becomes a heading with room to write under it. */
char *
lk_log_template_prefill (const LkLogTemplate *template)
{
  GString *body = g_string_new (NULL);

  for (guint i = 0; template->sections[i] != NULL; i++)
    g_string_append_printf (body, "%s## %s\n\n", i > 0 ? "\n" : "", template->sections[i]);

  return g_string_free (body, FALSE);
}

/* --- the learning log ----------------------------------------------------- */

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
gboolean
lk_store_put_log_entry (LkStore     *store,
                        LkLogEntry  *entry,
                        GError     **error)
{
  g_autofree char *tags = lk_tags_join (lk_log_entry_get_tags (entry));
  const char * const *goals = lk_log_entry_get_goals (entry);
  sqlite3_stmt *stmt;
  gint64 id;

  if (!lk_log_entry_validate (entry, error))
    return FALSE;

  stmt = lk_store_prepare (store,
                           "INSERT INTO log_entries (uuid, date, title, body, template, tags, "
                           "  motor, gathering, share, created, updated) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) "
                           "ON CONFLICT (uuid) DO UPDATE SET date = excluded.date, "
                           "  title = excluded.title, body = excluded.body, "
                           "  template = excluded.template, tags = excluded.tags, "
                           "  motor = excluded.motor, gathering = excluded.gathering, "
                           "  share = excluded.share, created = excluded.created, "
                           "  updated = excluded.updated "
                           "RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, lk_log_entry_get_uuid (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, lk_log_entry_get_date (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, lk_log_entry_get_title (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, lk_log_entry_get_body (entry), -1, SQLITE_TRANSIENT);
  lk_bind_text (stmt, 5, lk_log_entry_get_template (entry));
  sqlite3_bind_text (stmt, 6, tags, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 7, lk_log_entry_get_motor (entry));
  lk_bind_text (stmt, 8, lk_log_entry_get_gathering (entry));
  sqlite3_bind_int (stmt, 9, lk_log_entry_get_share (entry));
  sqlite3_bind_text (stmt, 10, lk_log_entry_get_created (entry), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 11, lk_log_entry_get_updated (entry), -1, SQLITE_TRANSIENT);

  if (!lk_store_step_returning_id (store, stmt, &id, error))
    return FALSE;
  lk_log_entry_set_identity (entry, id, lk_log_entry_get_uuid (entry),
                             lk_log_entry_get_created (entry), lk_log_entry_get_updated (entry));

  stmt = lk_store_prepare (store, "DELETE FROM log_entry_goals WHERE entry_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;

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
  g_autofree char *now = lk_timestamp_now ();
  g_autofree char *uuid = NULL;

  uuid = lk_log_entry_get_uuid (entry) ? g_strdup (lk_log_entry_get_uuid (entry))
                                       : g_uuid_string_random ();
  lk_log_entry_set_identity (entry, lk_log_entry_get_id (entry), uuid,
                             lk_log_entry_get_created (entry) ? lk_log_entry_get_created (entry) : now,
                             now);

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

/* --- the leadership programme ---------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkGathering, lk_gathering, G_TYPE_OBJECT)

static void
lk_gathering_finalize (GObject *object)
{
  LkGathering *gathering = (LkGathering *)object;

  g_free (gathering->uuid);
  g_free (gathering->programme_uuid);
  g_free (gathering->title);
  g_free (gathering->theme);
  g_free (gathering->start_date);
  g_free (gathering->end_date);
  g_clear_pointer (&gathering->tasks, g_ptr_array_unref);
  G_OBJECT_CLASS (lk_gathering_parent_class)->finalize (object);
}

static void
lk_gathering_class_init (LkGatheringClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_gathering_finalize;
}

static void
lk_gathering_init (LkGathering *self)
{
}

G_DEFINE_FINAL_TYPE (LkGatheringTask, lk_gathering_task, G_TYPE_OBJECT)

static void
lk_gathering_task_finalize (GObject *object)
{
  LkGatheringTask *task = (LkGatheringTask *)object;

  g_free (task->uuid);
  g_free (task->text);
  G_OBJECT_CLASS (lk_gathering_task_parent_class)->finalize (object);
}

static void
lk_gathering_task_class_init (LkGatheringTaskClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_gathering_task_finalize;
}

static void
lk_gathering_task_init (LkGatheringTask *self)
{
}

/* Gjesdal kommune's 2022 programme: a kick-off and six gatherings of one
 * and a half days, with work before and after each (domain brief §2).
 * Names and themes are the programme's own, in Norwegian. */
static const struct {
  const char *title;
  const char *theme;
  int month, day, days;
} gjesdal[] = {
  { "Kick-off", "Oppstart av lederutviklingsprogrammet", 1, 17, 1 },
  { "Samling 1", "Trygt og godt læringsmiljø", 2, 2, 2 },
  { "Samling 2", "Felles mål og retning", 3, 30, 2 },
  { "Samling 3", "Den beste metoden", 5, 18, 2 },
  { "Samling 4", "Selvgående team", 9, 6, 2 },
  { "Samling 5", "Kontinuerlig forbedring", 10, 19, 2 },
  { "Samling 6", "Deling av læring", 12, 7, 2 },
};

G_DEFINE_FINAL_TYPE (LkProgramme, lk_programme, G_TYPE_OBJECT)

static void
lk_programme_finalize (GObject *object)
{
  LkProgramme *programme = (LkProgramme *)object;

  g_free (programme->uuid);
  g_free (programme->name);
  g_strfreev (programme->modules);
  g_clear_pointer (&programme->gatherings, g_ptr_array_unref);
  G_OBJECT_CLASS (lk_programme_parent_class)->finalize (object);
}

static void
lk_programme_class_init (LkProgrammeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_programme_finalize;
}

static void
lk_programme_init (LkProgramme *self)
{
}

/**
 * lk_store_put_programme:
 *
 * Inserts or replaces a programme with its gatherings and tasks, by uuid,
 * inside the caller's transaction.
 */
gboolean
lk_store_put_programme (LkStore      *store,
                        LkProgramme  *programme,
                        GError      **error)
{
  sqlite3_stmt *stmt;
  gint64 programme_id;

  g_autofree char *modules = lk_tags_join ((const char * const *)programme->modules);

  stmt = lk_store_prepare (store,
                           "INSERT INTO programmes (uuid, name, year, modules) VALUES (?1, ?2, ?3, ?4) "
                           "ON CONFLICT (uuid) DO UPDATE SET name = excluded.name, "
                           "  year = excluded.year, modules = excluded.modules RETURNING id",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, programme->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, programme->name, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, programme->year);
  sqlite3_bind_text (stmt, 4, modules, -1, SQLITE_STATIC);
  if (!lk_store_step_returning_id (store, stmt, &programme_id, error))
    return FALSE;

  for (guint i = 0; i < programme->gatherings->len; i++)
    {
      LkGathering *g = g_ptr_array_index (programme->gatherings, i);
      gint64 gathering_id;

      stmt = lk_store_prepare (store,
                               "INSERT INTO gatherings (uuid, programme_id, position, title, theme, "
                               "  start_date, end_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) "
                               "ON CONFLICT (uuid) DO UPDATE SET programme_id = excluded.programme_id, "
                               "  position = excluded.position, title = excluded.title, "
                               "  theme = excluded.theme, start_date = excluded.start_date, "
                               "  end_date = excluded.end_date RETURNING id",
                               error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, g->uuid, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, programme_id);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, g->title, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, g->theme ? g->theme : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, g->start_date, -1, SQLITE_STATIC);
      lk_bind_text (stmt, 7, g->end_date);
      if (!lk_store_step_returning_id (store, stmt, &gathering_id, error))
        return FALSE;

      for (guint t = 0; t < g->tasks->len; t++)
        {
          LkGatheringTask *task = g_ptr_array_index (g->tasks, t);

          stmt = lk_store_prepare (store,
                                   "INSERT INTO gathering_tasks (uuid, gathering_id, after, text, done) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5) "
                                   "ON CONFLICT (uuid) DO UPDATE SET gathering_id = excluded.gathering_id, "
                                   "  after = excluded.after, text = excluded.text, done = excluded.done",
                                   error);
          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, task->uuid, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (stmt, 2, gathering_id);
          sqlite3_bind_int (stmt, 3, task->after);
          sqlite3_bind_text (stmt, 4, task->text, -1, SQLITE_STATIC);
          sqlite3_bind_int (stmt, 5, task->done);
          if (!lk_store_step_done (store, stmt, error))
            return FALSE;
        }
    }

  return TRUE;
}

static LkGatheringTask *
task_new (const char *text,
          gboolean    after)
{
  LkGatheringTask *task = g_object_new (LK_TYPE_GATHERING_TASK, NULL);

  task->uuid = g_uuid_string_random ();
  task->text = g_strdup (text);
  task->after = after;

  return task;
}

gboolean
lk_store_add_gjesdal_programme (LkStore  *store,
                                int       year,
                                GError  **error)
{
  g_autoptr(LkProgramme) programme = g_object_new (LK_TYPE_PROGRAMME, NULL);

  programme->uuid = g_uuid_string_random ();
  programme->name = g_strdup_printf ("Gjesdallederen – lederutviklingsprogram %d", year);
  programme->year = year;
  programme->modules = g_strsplit ("LOS-speil|Jeg som leder|Kommunikasjon|Prosessledelse", "|", -1);
  programme->gatherings = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (gjesdal); i++)
    {
      LkGathering *g = g_object_new (LK_TYPE_GATHERING, NULL);

      g->uuid = g_uuid_string_random ();
      g->title = g_strdup (gjesdal[i].title);
      g->theme = g_strdup (gjesdal[i].theme);
      g->start_date = g_strdup_printf ("%04d-%02d-%02d", year, gjesdal[i].month, gjesdal[i].day);
      g->end_date = lk_date_add_days (g->start_date, gjesdal[i].days - 1);
      g->tasks = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (g->tasks, task_new ("Les forarbeidet og skriv ned spørsmål du vil ta med "
                                           "på samlingen", FALSE));
      g_ptr_array_add (g->tasks, task_new ("Prøv ut det du lærte i egen enhet, og skriv om det i "
                                           "læringsloggen", TRUE));
      g_ptr_array_add (g->tasks, task_new ("Del én erfaring med lederkollegaene dine", TRUE));
      g_ptr_array_add (programme->gatherings, g);
    }

  return lk_store_put_one (store, "jeg-plan", (LkStorePutFunc)lk_store_put_programme, programme, error);
}

/**
 * lk_store_list_programmes:
 *
 * Returns: (transfer full): #LkProgramme by year, each with its gatherings
 */
GPtrArray *
lk_store_list_programmes (LkStore  *store,
                          GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) gatherings = NULL;
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store, "SELECT uuid, name, year, modules FROM programmes ORDER BY year, uuid",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkProgramme *programme = g_object_new (LK_TYPE_PROGRAMME, NULL);

      programme->uuid = g_strdup (lk_column_text (stmt, 0));
      programme->name = g_strdup (lk_column_text (stmt, 1));
      programme->year = sqlite3_column_int (stmt, 2);
      programme->modules = lk_tags_split (lk_column_text (stmt, 3));
      programme->gatherings = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (programmes, programme);
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  /* Each gathering to its programme, in date order */
  if (!(gatherings = lk_store_list_gatherings (store, 0, error)))
    return NULL;
  for (guint i = 0; i < gatherings->len; i++)
    {
      LkGathering *gathering = g_ptr_array_index (gatherings, i);

      for (guint p = 0; p < programmes->len; p++)
        {
          LkProgramme *programme = g_ptr_array_index (programmes, p);

          if (g_strcmp0 (programme->uuid, gathering->programme_uuid) == 0)
            {
              g_ptr_array_add (programme->gatherings, g_object_ref (gathering));
              break;
            }
        }
    }

  return g_steal_pointer (&programmes);
}

/**
 * lk_store_list_gatherings:
 * @year: the programme year, or 0 for all
 *
 * Returns: (transfer full): #LkGathering by date, each with its tasks
 */
GPtrArray *
lk_store_list_gatherings (LkStore  *store,
                          int       year,
                          GError  **error)
{
  LkStep step;
  g_autoptr(GPtrArray) gatherings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;

  stmt = lk_store_prepare (store,
                           "SELECT g.id, g.uuid, g.title, g.theme, g.start_date, g.end_date, p.uuid "
                           "FROM gatherings g JOIN programmes p ON p.id = g.programme_id "
                           "WHERE ?1 = 0 OR p.year = ?1 ORDER BY g.start_date, g.position",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      LkGathering *gathering = g_object_new (LK_TYPE_GATHERING, NULL);
      gint64 id = sqlite3_column_int64 (stmt, 0);

      gathering->uuid = g_strdup (lk_column_text (stmt, 1));
      gathering->title = g_strdup (lk_column_text (stmt, 2));
      gathering->theme = g_strdup (lk_column_text (stmt, 3));
      gathering->start_date = g_strdup (lk_column_text (stmt, 4));
      gathering->end_date = g_strdup (lk_column_text (stmt, 5));
      gathering->programme_uuid = g_strdup (lk_column_text (stmt, 6));
      gathering->tasks = g_ptr_array_new_with_free_func (g_object_unref);
      g_array_append_val (ids, id);
      g_ptr_array_add (gatherings, gathering);
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (gatherings, i));

  stmt = lk_store_prepare (store,
                           "SELECT gathering_id, uuid, text, after, done FROM gathering_tasks "
                           "ORDER BY gathering_id, after, id",
                           error);
  if (stmt == NULL)
    return NULL;
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      gint64 gid = sqlite3_column_int64 (stmt, 0);
      LkGathering *gathering = g_hash_table_lookup (by_id, &gid);
      LkGatheringTask *task;

      if (gathering == NULL)
        continue;
      task = g_object_new (LK_TYPE_GATHERING_TASK, NULL);
      task->uuid = g_strdup (lk_column_text (stmt, 1));
      task->text = g_strdup (lk_column_text (stmt, 2));
      task->after = sqlite3_column_int (stmt, 3);
      task->done = sqlite3_column_int (stmt, 4);
      g_ptr_array_add (gathering->tasks, task);
    }
  if (step == LK_STEP_ERROR)
    return NULL;

  return g_steal_pointer (&gatherings);
}

gboolean
lk_store_set_task_done (LkStore     *store,
                        const char  *task_uuid,
                        gboolean     done,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  if (!lk_store_wait_checked (store, error))
    return FALSE;
  stmt = lk_store_prepare (store, "UPDATE gathering_tasks SET done = ?2 WHERE uuid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, task_uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, done);
  if (!lk_store_step_done (store, stmt, error))
    return FALSE;
  lk_store_emit_changed (store, "jeg-plan");

  return TRUE;
}
