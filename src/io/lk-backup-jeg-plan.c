/* lk-backup-jeg-plan.c: the Jeg-plan's sections of the backup document
 *
 *   "dev-goals":     [ { uuid, year, title, why, success, masterplan-goal, motor: [..],
 *                        progress, status, review-date, created, updated } ]
 *   "log-templates": [ { uuid, name, sections: [..] } ]
 *   "programmes":    [ { uuid, name, year, modules: [..], gatherings: [ { uuid, title, theme,
 *                        start-date, end-date, tasks: [ { uuid, text, after, done } ] } ] } ]
 *   "log-entries":   [ { uuid, date, title, body, template, tags: [..], motor: [..],
 *                        goals: [uuid..], gathering, share, created, updated } ]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-backup-private.h"
#include "lk-date.h"
#include "lk-enum.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

static void
add_motor (JsonBuilder *builder,
           guint        motor)
{
  json_builder_set_member_name (builder, "motor");
  json_builder_begin_array (builder);
  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (motor & (1u << i))
      json_builder_add_string_value (builder, lk_motor_key (i));
  json_builder_end_array (builder);
}

static gboolean
read_motor (JsonObject  *object,
            const char  *path,
            guint       *out,
            GError     **error)
{
  g_auto(GStrv) keys = lk_json_strv_member (object, path, "motor", 40, error);

  *out = 0;
  if (keys == NULL)
    return FALSE;

  for (guint k = 0; keys[k] != NULL; k++)
    {
      guint bit;

      if (!lk_flag_from_nick (LK_TYPE_MOTOR, keys[k], &bit))
        {
          g_autofree char *msg = g_strdup_printf (_("“%s” is not a MOTOR principle"), keys[k]);
          lk_json_invalid (error, path, "motor", msg);
          return FALSE;
        }
      *out |= bit;
    }

  return TRUE;
}

static int
compare_goal_uuid (gconstpointer a,
                   gconstpointer b)
{
  return g_strcmp0 (lk_dev_goal_get_uuid (*(LkDevGoal **)a), lk_dev_goal_get_uuid (*(LkDevGoal **)b));
}

static int
compare_entry_uuid (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (lk_log_entry_get_uuid (*(LkLogEntry **)a),
                    lk_log_entry_get_uuid (*(LkLogEntry **)b));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

/* Items of a list model sorted by uuid: the same data, the same document. */
static GPtrArray *
sorted_items (GListModel   *model,
              GCompareFunc  compare)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));
  g_ptr_array_sort (items, compare);

  return items;
}

/* --- development goals ---------------------------------------------------- */

static gboolean
goals_write (LkStore      *store,
             JsonBuilder  *builder,
             GError      **error)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (store, 0, TRUE, error);
  g_autoptr(GPtrArray) sorted = NULL;

  if (goals == NULL)
    return FALSE;
  sorted = sorted_items (G_LIST_MODEL (goals), compare_goal_uuid);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      LkDevGoal *g = g_ptr_array_index (sorted, i);

      json_builder_begin_object (builder);
      lk_backup_add_string (builder, "uuid", lk_dev_goal_get_uuid (g));
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, lk_dev_goal_get_year (g));
      lk_backup_add_string (builder, "title", lk_dev_goal_get_title (g));
      lk_backup_add_string (builder, "why", lk_dev_goal_get_why (g));
      lk_backup_add_string (builder, "success", lk_dev_goal_get_success (g));
      lk_backup_add_string (builder, "masterplan-goal", lk_dev_goal_get_goal_uuid (g));
      add_motor (builder, lk_dev_goal_get_motor (g));
      json_builder_set_member_name (builder, "progress");
      json_builder_add_int_value (builder, lk_dev_goal_get_progress (g));
      lk_backup_add_string (builder, "status",
                            lk_enum_to_nick (LK_TYPE_DEV_GOAL_STATUS, lk_dev_goal_get_status (g)));
      lk_backup_add_string (builder, "review-date", lk_dev_goal_get_review_date (g));
      lk_backup_add_string (builder, "created", lk_dev_goal_get_created (g));
      lk_backup_add_string (builder, "updated", lk_dev_goal_get_updated (g));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return TRUE;
}

static LkDevGoal *
goal_read (JsonNode    *node,
           const char  *path,
           GError     **error)
{
  g_autoptr(LkDevGoal) goal = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *uuid, *title, *why, *success, *masterplan, *status_name, *review, *created, *updated;
  gint64 year, progress;
  JsonObject *object;
  guint motor;
  int status = -1;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_int_member (object, path, "year", 1900, 2999, &year, error) ||
      !lk_json_string_member (object, path, "title", TRUE, 300, &title, error) ||
      !lk_json_string_member (object, path, "why", FALSE, 20000, &why, error) ||
      !lk_json_string_member (object, path, "success", FALSE, 20000, &success, error) ||
      !lk_backup_read_uuid (object, path, "masterplan-goal", FALSE, &masterplan, error) ||
      !read_motor (object, path, &motor, error) ||
      !lk_json_int_member (object, path, "progress", 0, 100, &progress, error) ||
      !lk_json_string_member (object, path, "status", TRUE, 20, &status_name, error) ||
      !lk_json_date_member (object, path, "review-date", &review, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;

  if (!lk_enum_from_nick (LK_TYPE_DEV_GOAL_STATUS, status_name, &status))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a known status"), status_name);
      lk_json_invalid (error, path, "status", msg);
      return NULL;
    }

  goal = lk_dev_goal_new (year, title);
  lk_dev_goal_set_identity (goal, 0, uuid, created, updated);
  lk_dev_goal_set_why (goal, why);
  lk_dev_goal_set_success (goal, success);
  lk_dev_goal_set_goal_uuid (goal, masterplan);
  lk_dev_goal_set_motor (goal, motor);
  lk_dev_goal_set_progress (goal, progress);
  lk_dev_goal_set_status (goal, status);
  lk_dev_goal_set_review_date (goal, review);
  if (!lk_dev_goal_validate (goal, &local_error))
    {
      lk_json_invalid (error, path, NULL, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&goal);
}

static gpointer
goals_read (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!(array = lk_backup_array (node, path, error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      LkDevGoal *goal = goal_read (json_array_get_element (array, i), item_path, error);

      if (goal == NULL)
        return NULL;
      g_ptr_array_add (goals, goal);
      if (!lk_backup_check_unique (seen, lk_dev_goal_get_uuid (goal), path, item_path, i, error))
        return NULL;
    }

  return g_steal_pointer (&goals);
}

static gboolean
goals_clear (LkStore  *store,
             GError  **error)
{
  return lk_store_exec (store, "DELETE FROM dev_goals", error);
}

static gboolean
goals_store (LkStore       *store,
             gpointer       parsed,
             LkBackupMode   mode,
             GError       **error)
{
  GPtrArray *goals = parsed;

  for (guint i = 0; i < goals->len; i++)
    {
      LkDevGoal *goal = g_ptr_array_index (goals, i);

      /* Merging keeps a goal changed here more recently. */
      if (mode == LK_BACKUP_MERGE)
        {
          sqlite3_stmt *stmt = lk_store_prepare (store,
                                                 "SELECT updated FROM dev_goals WHERE uuid = ?1",
                                                 error);
          gboolean newer;

          if (stmt == NULL)
            return FALSE;
          if (!lk_backup_newer_here (store, stmt, lk_dev_goal_get_uuid (goal),
                                     lk_dev_goal_get_updated (goal), &newer, error))
            return FALSE;
          if (newer)
            continue;
        }

      if (!lk_store_put_dev_goal (store, goal, error))
        return FALSE;
    }

  return TRUE;
}

const LkBackupSection lk_backup_dev_goals_section = {
  "dev-goals", goals_write, goals_read, goals_clear, goals_store,
  (GDestroyNotify)g_ptr_array_unref,
};

/* --- own prompt templates -------------------------------------------------- */

static gboolean
templates_write (LkStore      *store,
                 JsonBuilder  *builder,
                 GError      **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store,
                                         "SELECT uuid, name, sections FROM log_templates ORDER BY uuid",
                                         error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;

  json_builder_begin_array (builder);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      g_auto(GStrv) sections = lk_tags_split (lk_column_text (stmt, 2));

      json_builder_begin_object (builder);
      lk_backup_add_string (builder, "uuid", lk_column_text (stmt, 0));
      lk_backup_add_string (builder, "name", lk_column_text (stmt, 1));
      lk_backup_add_strv (builder, "sections", (const char * const *)sections);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return step == LK_STEP_DONE;
}

static gpointer
templates_read (JsonNode    *node,
                const char  *path,
                GError     **error)
{
  g_autoptr(GPtrArray) templates = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_log_template_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!(array = lk_backup_array (node, path, error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      g_autoptr(LkLogTemplate) template = g_new0 (LkLogTemplate, 1);
      const char *uuid, *name;
      JsonObject *object;

      if (!(object = lk_json_object (json_array_get_element (array, i), item_path, error)) ||
          !lk_backup_read_uuid (object, item_path, "uuid", TRUE, &uuid, error) ||
          !lk_json_string_member (object, item_path, "name", TRUE, 200, &name, error) ||
          !(template->sections = lk_json_strv_member (object, item_path, "sections", 300, error)))
        return NULL;
      if (template->sections[0] == NULL)
        {
          lk_json_invalid (error, item_path, "sections", _("needs at least one prompt"));
          return NULL;
        }
      for (guint s = 0; template->sections[s] != NULL; s++)
        if (strchr (template->sections[s], '\n') != NULL)
          {
            lk_json_invalid (error, item_path, "sections", _("a prompt must be one line"));
            return NULL;
          }
      template->key = g_strdup (uuid);
      template->name = g_strdup (name);
      if (!lk_backup_check_unique (seen, uuid, path, item_path, i, error))
        return NULL;
      g_ptr_array_add (templates, g_steal_pointer (&template));
    }

  return g_steal_pointer (&templates);
}

static gboolean
templates_clear (LkStore  *store,
                 GError  **error)
{
  return lk_store_exec (store, "DELETE FROM log_templates", error);
}

static gboolean
templates_store (LkStore       *store,
                 gpointer       parsed,
                 LkBackupMode   mode,
                 GError       **error)
{
  GPtrArray *templates = parsed;

  for (guint i = 0; i < templates->len; i++)
    {
      LkLogTemplate *template = g_ptr_array_index (templates, i);

      if (mode == LK_BACKUP_MERGE)
        {
          g_autoptr(LkLogTemplate) here = lk_store_find_template (store, template->key);

          if (here != NULL)
            continue;
        }
      if (!lk_store_put_template (store, template->key, template->name,
                                  (const char * const *)template->sections, error))
        return FALSE;
    }

  return TRUE;
}

const LkBackupSection lk_backup_log_templates_section = {
  "log-templates", templates_write, templates_read, templates_clear, templates_store,
  (GDestroyNotify)g_ptr_array_unref,
};

/* --- programmes ------------------------------------------------------------ */

static gboolean
programmes_write (LkStore      *store,
                  JsonBuilder  *builder,
                  GError      **error)
{
  g_autoptr(GPtrArray) programmes = lk_store_list_programmes (store, error);

  if (programmes == NULL)
    return FALSE;

  json_builder_begin_array (builder);
  for (guint p = 0; p < programmes->len; p++)
    {
      LkProgramme *programme = g_ptr_array_index (programmes, p);

      json_builder_begin_object (builder);
      lk_backup_add_string (builder, "uuid", programme->uuid);
      lk_backup_add_string (builder, "name", programme->name);
      json_builder_set_member_name (builder, "year");
      json_builder_add_int_value (builder, programme->year);
      lk_backup_add_strv (builder, "modules", (const char * const *)programme->modules);
      json_builder_set_member_name (builder, "gatherings");
      json_builder_begin_array (builder);
      for (guint g = 0; g < programme->gatherings->len; g++)
        {
          LkGathering *gathering = g_ptr_array_index (programme->gatherings, g);

          json_builder_begin_object (builder);
          lk_backup_add_string (builder, "uuid", gathering->uuid);
          lk_backup_add_string (builder, "title", gathering->title);
          lk_backup_add_string (builder, "theme", gathering->theme);
          lk_backup_add_string (builder, "start-date", gathering->start_date);
          lk_backup_add_string (builder, "end-date", gathering->end_date);
          json_builder_set_member_name (builder, "tasks");
          json_builder_begin_array (builder);
          for (guint t = 0; t < gathering->tasks->len; t++)
            {
              LkGatheringTask *task = g_ptr_array_index (gathering->tasks, t);

              json_builder_begin_object (builder);
              lk_backup_add_string (builder, "uuid", task->uuid);
              lk_backup_add_string (builder, "text", task->text);
              json_builder_set_member_name (builder, "after");
              json_builder_add_boolean_value (builder, task->after);
              json_builder_set_member_name (builder, "done");
              json_builder_add_boolean_value (builder, task->done);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return TRUE;
}

static LkGathering *
gathering_read (JsonNode    *node,
                const char  *path,
                GHashTable  *seen,
                GError     **error)
{
  g_autoptr(LkGathering) gathering = g_new0 (LkGathering, 1);
  const char *uuid, *title, *theme, *start, *end;
  JsonObject *object;
  JsonArray *tasks;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "title", TRUE, 200, &title, error) ||
      !lk_json_string_member (object, path, "theme", FALSE, 300, &theme, error) ||
      !lk_json_date_member (object, path, "start-date", &start, error) ||
      !lk_json_date_member (object, path, "end-date", &end, error) ||
      !(tasks = lk_json_array_member (object, path, "tasks", error)))
    return NULL;
  if (start == NULL)
    {
      lk_json_invalid (error, path, "start-date", _("is missing"));
      return NULL;
    }
  if (g_hash_table_contains (seen, uuid))
    {
      lk_json_invalid (error, path, "uuid", _("the uuid is used twice"));
      return NULL;
    }
  g_hash_table_add (seen, g_strdup (uuid));

  gathering->uuid = g_strdup (uuid);
  gathering->title = g_strdup (title);
  gathering->theme = g_strdup (theme ? theme : "");
  gathering->start_date = g_strdup (start);
  gathering->end_date = g_strdup (end);
  gathering->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_gathering_task_free);

  for (guint t = 0; t < json_array_get_length (tasks); t++)
    {
      g_autofree char *task_path = g_strdup_printf ("%s.tasks[%u]", path, t);
      LkGatheringTask *task;
      const char *task_uuid, *text;
      JsonObject *task_object;
      gboolean after, done;

      if (!(task_object = lk_json_object (json_array_get_element (tasks, t), task_path, error)) ||
          !lk_backup_read_uuid (task_object, task_path, "uuid", TRUE, &task_uuid, error) ||
          !lk_json_string_member (task_object, task_path, "text", TRUE, 1000, &text, error) ||
          !lk_json_bool_member (task_object, task_path, "after", &after, error) ||
          !lk_json_bool_member (task_object, task_path, "done", &done, error))
        return NULL;
      if (g_hash_table_contains (seen, task_uuid))
        {
          lk_json_invalid (error, task_path, "uuid", _("the uuid is used twice"));
          return NULL;
        }
      g_hash_table_add (seen, g_strdup (task_uuid));

      task = g_new0 (LkGatheringTask, 1);
      task->uuid = g_strdup (task_uuid);
      task->text = g_strdup (text);
      task->after = after;
      task->done = done;
      g_ptr_array_add (gathering->tasks, task);
    }

  return g_steal_pointer (&gathering);
}

static gpointer
programmes_read (JsonNode    *node,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_programme_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!(array = lk_backup_array (node, path, error)))
    return NULL;

  for (guint p = 0; p < json_array_get_length (array); p++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, p);
      g_autoptr(LkProgramme) programme = g_new0 (LkProgramme, 1);
      const char *uuid, *name;
      JsonObject *object;
      JsonArray *gatherings;
      gint64 year;

      if (!(object = lk_json_object (json_array_get_element (array, p), item_path, error)) ||
          !lk_backup_read_uuid (object, item_path, "uuid", TRUE, &uuid, error) ||
          !lk_json_string_member (object, item_path, "name", TRUE, 300, &name, error) ||
          !lk_json_int_member (object, item_path, "year", 1900, 2999, &year, error) ||
          !(programme->modules = lk_json_strv_member (object, item_path, "modules", 100, error)) ||
          !(gatherings = lk_json_array_member (object, item_path, "gatherings", error)))
        return NULL;
      if (g_hash_table_contains (seen, uuid))
        {
          lk_json_invalid (error, item_path, "uuid", _("the uuid is used twice"));
          return NULL;
        }
      g_hash_table_add (seen, g_strdup (uuid));

      programme->uuid = g_strdup (uuid);
      programme->name = g_strdup (name);
      programme->year = year;
      programme->gatherings = g_ptr_array_new_with_free_func ((GDestroyNotify)lk_gathering_free);
      for (guint g = 0; g < json_array_get_length (gatherings); g++)
        {
          g_autofree char *g_path = g_strdup_printf ("%s.gatherings[%u]", item_path, g);
          LkGathering *gathering = gathering_read (json_array_get_element (gatherings, g), g_path,
                                                   seen, error);

          if (gathering == NULL)
            return NULL;
          g_ptr_array_add (programme->gatherings, gathering);
        }
      g_ptr_array_add (programmes, g_steal_pointer (&programme));
    }

  return g_steal_pointer (&programmes);
}

static gboolean
programmes_clear (LkStore  *store,
                  GError  **error)
{
  /* Gatherings and tasks go with them (ON DELETE CASCADE). */
  return lk_store_exec (store, "DELETE FROM programmes", error);
}

static gboolean
programmes_store (LkStore       *store,
                  gpointer       parsed,
                  LkBackupMode   mode,
                  GError       **error)
{
  GPtrArray *programmes = parsed;

  for (guint p = 0; p < programmes->len; p++)
    {
      LkProgramme *programme = g_ptr_array_index (programmes, p);

      if (mode == LK_BACKUP_MERGE)
        {
          sqlite3_stmt *stmt = lk_store_prepare (store, "SELECT 1 FROM programmes WHERE uuid = ?1",
                                                 error);
          LkStep here;

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_text (stmt, 1, programme->uuid, -1, SQLITE_STATIC);
          if ((here = lk_store_step_one (store, stmt, NULL, error)) == LK_STEP_ERROR)
            return FALSE;
          if (here == LK_STEP_ROW)
            {
              sqlite3_reset (stmt);
              continue;
            }
        }
      if (!lk_store_put_programme (store, programme, error))
        return FALSE;
    }

  return TRUE;
}

const LkBackupSection lk_backup_programmes_section = {
  "programmes", programmes_write, programmes_read, programmes_clear, programmes_store,
  (GDestroyNotify)g_ptr_array_unref,
};

/* --- the learning log ------------------------------------------------------ */

static gboolean
entries_write (LkStore      *store,
               JsonBuilder  *builder,
               GError      **error)
{
  g_autoptr(GListStore) entries = lk_store_list_log_entries (store, NULL, error);
  g_autoptr(GPtrArray) sorted = NULL;

  if (entries == NULL)
    return FALSE;
  sorted = sorted_items (G_LIST_MODEL (entries), compare_entry_uuid);

  json_builder_begin_array (builder);
  for (guint i = 0; i < sorted->len; i++)
    {
      LkLogEntry *e = g_ptr_array_index (sorted, i);
      g_auto(GStrv) goals = g_strdupv ((char **)lk_log_entry_get_goals (e));

      /* Goal links in a stable order */
      g_qsort_with_data (goals, g_strv_length (goals), sizeof (char *), compare_strings, NULL);

      json_builder_begin_object (builder);
      lk_backup_add_string (builder, "uuid", lk_log_entry_get_uuid (e));
      lk_backup_add_string (builder, "date", lk_log_entry_get_date (e));
      lk_backup_add_string (builder, "title", lk_log_entry_get_title (e));
      lk_backup_add_string (builder, "body", lk_log_entry_get_body (e));
      lk_backup_add_string (builder, "template", lk_log_entry_get_template (e));
      lk_backup_add_strv (builder, "tags", lk_log_entry_get_tags (e));
      add_motor (builder, lk_log_entry_get_motor (e));
      lk_backup_add_strv (builder, "goals", (const char * const *)goals);
      lk_backup_add_string (builder, "gathering", lk_log_entry_get_gathering (e));
      json_builder_set_member_name (builder, "share");
      json_builder_add_boolean_value (builder, lk_log_entry_get_share (e));
      lk_backup_add_string (builder, "created", lk_log_entry_get_created (e));
      lk_backup_add_string (builder, "updated", lk_log_entry_get_updated (e));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return TRUE;
}

static LkLogEntry *
entry_read (JsonNode    *node,
            const char  *path,
            GError     **error)
{
  g_autoptr(LkLogEntry) entry = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) goals = NULL;
  const char *uuid, *date, *title, *body, *template, *gathering, *created, *updated;
  JsonObject *object;
  gboolean share;
  guint motor;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_date_member (object, path, "date", &date, error) ||
      !lk_json_string_member (object, path, "title", FALSE, 300, &title, error) ||
      !lk_json_string_member (object, path, "body", FALSE, 0, &body, error) ||
      !lk_json_string_member (object, path, "template", FALSE, 40, &template, error) ||
      !(tags = lk_json_strv_member (object, path, "tags", 60, error)) ||
      !read_motor (object, path, &motor, error) ||
      !(goals = lk_json_strv_member (object, path, "goals", 36, error)) ||
      !lk_backup_read_uuid (object, path, "gathering", FALSE, &gathering, error) ||
      !lk_json_bool_member (object, path, "share", &share, error) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;

  if (date == NULL)
    {
      lk_json_invalid (error, path, "date", _("is missing"));
      return NULL;
    }
  for (guint i = 0; goals[i] != NULL; i++)
    if (!g_uuid_string_is_valid (goals[i]))
      {
        lk_json_invalid (error, path, "goals", _("is not a valid identifier (UUID)"));
        return NULL;
      }

  entry = lk_log_entry_new (date);
  lk_log_entry_set_identity (entry, 0, uuid, created, updated);
  lk_log_entry_set_title (entry, title);
  lk_log_entry_set_body (entry, body);
  lk_log_entry_set_template (entry, template);
  lk_log_entry_set_tags (entry, (const char * const *)tags);
  lk_log_entry_set_motor (entry, motor);
  lk_log_entry_set_goals (entry, (const char * const *)goals);
  lk_log_entry_set_gathering (entry, gathering);
  lk_log_entry_set_share (entry, share);
  if (!lk_log_entry_validate (entry, &local_error))
    {
      lk_json_invalid (error, path, NULL, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&entry);
}

static gpointer
entries_read (JsonNode    *node,
              const char  *path,
              GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  if (!(array = lk_backup_array (node, path, error)))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path, i);
      LkLogEntry *entry = entry_read (json_array_get_element (array, i), item_path, error);

      if (entry == NULL)
        return NULL;
      g_ptr_array_add (entries, entry);
      if (!lk_backup_check_unique (seen, lk_log_entry_get_uuid (entry), path, item_path, i, error))
        return NULL;
    }

  return g_steal_pointer (&entries);
}

static gboolean
entries_clear (LkStore  *store,
               GError  **error)
{
  return lk_store_exec (store, "DELETE FROM log_entries", error);
}

static gboolean
entries_store (LkStore       *store,
               gpointer       parsed,
               LkBackupMode   mode,
               GError       **error)
{
  GPtrArray *entries = parsed;

  for (guint i = 0; i < entries->len; i++)
    {
      LkLogEntry *entry = g_ptr_array_index (entries, i);

      if (mode == LK_BACKUP_MERGE)
        {
          g_autoptr(LkLogEntry) here = lk_store_get_log_entry (store, lk_log_entry_get_uuid (entry),
                                                               NULL);

          if (here != NULL &&
              g_strcmp0 (lk_log_entry_get_updated (here), lk_log_entry_get_updated (entry)) > 0)
            continue;
        }
      if (!lk_store_put_log_entry (store, entry, error))
        {
          /* Name the place: a goal link is checked only against the database. */
          g_prefix_error (error, "$.data.log-entries[%u]: ", i);
          return FALSE;
        }
    }

  return TRUE;
}

const LkBackupSection lk_backup_log_entries_section = {
  "log-entries", entries_write, entries_read, entries_clear, entries_store,
  (GDestroyNotify)g_ptr_array_unref,
};
