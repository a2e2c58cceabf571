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

static void
add_motor (LkJsonWriter *writer,
           guint         motor)
{
  lk_json_writer_set_member_name (writer, "motor");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < LK_MOTOR_N; i++)
    if (motor & (1u << i))
      lk_json_writer_add_string_value (writer, lk_motor_key (i));
  lk_json_writer_end_array (writer);
}

static gboolean
read_motor (LkJsonNode  *object,
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

/* --- development goals ---------------------------------------------------- */

static GPtrArray *
goals_list (LkStore  *store,
            GError  **error)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (store, 0, TRUE, error);

  return goals != NULL ? lk_backup_objects_of (G_LIST_MODEL (goals)) : NULL;
}

static void
goal_write (LkJsonWriter  *writer,
            gconstpointer  item)
{
  LkDevGoal *g = (LkDevGoal *)item;

  lk_backup_add_string (writer, "uuid", lk_dev_goal_get_uuid (g));
  lk_json_writer_set_member_name (writer, "year");
  lk_json_writer_add_int_value (writer, lk_dev_goal_get_year (g));
  lk_backup_add_string (writer, "title", lk_dev_goal_get_title (g));
  lk_backup_add_string (writer, "why", lk_dev_goal_get_why (g));
  lk_backup_add_string (writer, "success", lk_dev_goal_get_success (g));
  lk_backup_add_string (writer, "masterplan-goal", lk_dev_goal_get_goal_uuid (g));
  add_motor (writer, lk_dev_goal_get_motor (g));
  lk_json_writer_set_member_name (writer, "progress");
  lk_json_writer_add_int_value (writer, lk_dev_goal_get_progress (g));
  lk_backup_add_string (writer, "status",
                        lk_enum_to_nick (LK_TYPE_DEV_GOAL_STATUS, lk_dev_goal_get_status (g)));
  lk_backup_add_string (writer, "review-date", lk_dev_goal_get_review_date (g));
  lk_backup_add_string (writer, "created", lk_dev_goal_get_created (g));
  lk_backup_add_string (writer, "updated", lk_dev_goal_get_updated (g));
}

static gpointer
goal_read (LkJsonNode  *node,
           const char  *path,
           GHashTable  *seen,
           GError     **error)
{
  g_autoptr(LkDevGoal) goal = NULL;
  const char *uuid, *title, *why, *success, *masterplan, *status_name, *review, *created, *updated;
  gint64 year, progress;
  LkJsonNode *object;
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
  return lk_backup_validated (g_steal_pointer (&goal), (LkValidateFunc) lk_dev_goal_validate, path, error);
}

static const char *
goal_uuid (gconstpointer item)
{
  return lk_dev_goal_get_uuid ((LkDevGoal *)item);
}

static const char *
goal_updated (gconstpointer item)
{
  return lk_dev_goal_get_updated ((LkDevGoal *)item);
}

const LkBackupSection lk_backup_dev_goals_section = {
  .name = "dev-goals",
  .list = goals_list,
  .write = goal_write,
  .read = goal_read,
  .uuid = goal_uuid,
  .updated = goal_updated,
  .put = (LkStorePutFunc)lk_store_put_dev_goal,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM dev_goals WHERE uuid = ?1",
  .clear_sql = "DELETE FROM dev_goals",
};

/* --- own prompt templates -------------------------------------------------- */

static GPtrArray *
templates_list (LkStore  *store,
                GError  **error)
{
  g_autoptr(GPtrArray) all = lk_store_list_templates (store, error);
  GPtrArray *own;

  if (all == NULL)
    return NULL;

  /* The built-in ones come with the application */
  own = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    if (!((LkLogTemplate *)g_ptr_array_index (all, i))->builtin)
      g_ptr_array_add (own, g_ptr_array_steal_index (all, i--));

  return own;
}

static void
template_write (LkJsonWriter  *writer,
                gconstpointer  item)
{
  const LkLogTemplate *template = item;

  lk_backup_add_string (writer, "uuid", template->key);
  lk_backup_add_string (writer, "name", template->name);
  lk_backup_add_strv (writer, "sections", (const char * const *)template->sections);
}

static gpointer
template_read (LkJsonNode  *node,
               const char  *path,
               GHashTable  *seen,
               GError     **error)
{
  g_autoptr(LkLogTemplate) template = g_object_new (LK_TYPE_LOG_TEMPLATE, NULL);
  const char *uuid, *name;
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "name", TRUE, 200, &name, error) ||
      !(template->sections = lk_json_strv_member (object, path, "sections", 300, error)))
    return NULL;
  if (template->sections[0] == NULL)
    {
      lk_json_invalid (error, path, "sections", _("needs at least one prompt"));
      return NULL;
    }
  for (guint s = 0; template->sections[s] != NULL; s++)
    if (strchr (template->sections[s], '\n') != NULL)
      {
        lk_json_invalid (error, path, "sections", _("a prompt must be one line"));
        return NULL;
      }
  template->key = g_strdup (uuid);
  template->name = g_strdup (name);

  return g_steal_pointer (&template);
}

static const char *
template_uuid (gconstpointer item)
{
  return ((const LkLogTemplate *)item)->key;
}

static gboolean
template_put (LkStore        *store,
              LkLogTemplate  *template,
              GError        **error)
{
  return lk_store_put_template (store, template->key, template->name,
                                (const char * const *)template->sections, error);
}

const LkBackupSection lk_backup_log_templates_section = {
  .name = "log-templates",
  .list = templates_list,
  .write = template_write,
  .read = template_read,
  .uuid = template_uuid,
  .updated = NULL,
  .put = (LkStorePutFunc)template_put,
  .free = g_object_unref,
  .select_sql = "SELECT 1 FROM log_templates WHERE uuid = ?1",
  .clear_sql = "DELETE FROM log_templates",
};

/* --- programmes ------------------------------------------------------------ */

static GPtrArray *
programmes_list (LkStore  *store,
                 GError  **error)
{
  return lk_store_list_programmes (store, error);
}

static void
programme_write (LkJsonWriter  *writer,
                 gconstpointer  item)
{
  const LkProgramme *programme = item;

  lk_backup_add_string (writer, "uuid", programme->uuid);
  lk_backup_add_string (writer, "name", programme->name);
  lk_json_writer_set_member_name (writer, "year");
  lk_json_writer_add_int_value (writer, programme->year);
  lk_backup_add_strv (writer, "modules", (const char * const *)programme->modules);
  lk_json_writer_set_member_name (writer, "gatherings");
  lk_json_writer_begin_array (writer);
  for (guint g = 0; g < programme->gatherings->len; g++)
    {
      LkGathering *gathering = g_ptr_array_index (programme->gatherings, g);

      lk_json_writer_begin_object (writer);
      lk_backup_add_string (writer, "uuid", gathering->uuid);
      lk_backup_add_string (writer, "title", gathering->title);
      lk_backup_add_string (writer, "theme", gathering->theme);
      lk_backup_add_string (writer, "start-date", gathering->start_date);
      lk_backup_add_string (writer, "end-date", gathering->end_date);
      lk_json_writer_set_member_name (writer, "tasks");
      lk_json_writer_begin_array (writer);
      for (guint t = 0; t < gathering->tasks->len; t++)
        {
          LkGatheringTask *task = g_ptr_array_index (gathering->tasks, t);

          lk_json_writer_begin_object (writer);
          lk_backup_add_string (writer, "uuid", task->uuid);
          lk_backup_add_string (writer, "text", task->text);
          lk_json_writer_set_member_name (writer, "after");
          lk_json_writer_add_boolean_value (writer, task->after);
          lk_json_writer_set_member_name (writer, "done");
          lk_json_writer_add_boolean_value (writer, task->done);
          lk_json_writer_end_object (writer);
        }
      lk_json_writer_end_array (writer);
      lk_json_writer_end_object (writer);
    }
  lk_json_writer_end_array (writer);
}

static LkGathering *
gathering_read (LkJsonNode  *node,
                const char  *path,
                GHashTable  *seen,
                GError     **error)
{
  g_autoptr(LkGathering) gathering = g_object_new (LK_TYPE_GATHERING, NULL);
  const char *uuid, *title, *theme, *start, *end;
  LkJsonNode *object;
  LkJsonNode *tasks;

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
  if (!lk_backup_check_unique (seen, uuid, path, error))
    return NULL;

  gathering->uuid = g_strdup (uuid);
  gathering->title = g_strdup (title);
  gathering->theme = g_strdup (theme ? theme : "");
  gathering->start_date = g_strdup (start);
  gathering->end_date = g_strdup (end);
  gathering->tasks = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint t = 0; t < lk_json_node_get_length (tasks); t++)
    {
      g_autofree char *task_path = g_strdup_printf ("%s.tasks[%u]", path, t);
      LkGatheringTask *task;
      const char *task_uuid, *text;
      LkJsonNode *task_object;
      gboolean after, done;

      if (!(task_object = lk_json_object (lk_json_array_get_element (tasks, t), task_path, error)) ||
          !lk_backup_read_uuid (task_object, task_path, "uuid", TRUE, &task_uuid, error) ||
          !lk_json_string_member (task_object, task_path, "text", TRUE, 1000, &text, error) ||
          !lk_json_bool_member (task_object, task_path, "after", &after, error) ||
          !lk_json_bool_member (task_object, task_path, "done", &done, error))
        return NULL;
      if (!lk_backup_check_unique (seen, task_uuid, task_path, error))
        return NULL;

      task = g_object_new (LK_TYPE_GATHERING_TASK, NULL);
      task->uuid = g_strdup (task_uuid);
      task->text = g_strdup (text);
      task->after = after;
      task->done = done;
      g_ptr_array_add (gathering->tasks, task);
    }

  return g_steal_pointer (&gathering);
}

static gpointer
programme_read (LkJsonNode  *node,
                const char  *path,
                GHashTable  *seen,
                GError     **error)
{
  g_autoptr(LkProgramme) programme = g_object_new (LK_TYPE_PROGRAMME, NULL);
  const char *uuid, *name;
  LkJsonNode *object;
  LkJsonNode *gatherings;
  gint64 year;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "name", TRUE, 300, &name, error) ||
      !lk_json_int_member (object, path, "year", 1900, 2999, &year, error) ||
      !(programme->modules = lk_json_strv_member (object, path, "modules", 100, error)) ||
      !(gatherings = lk_json_array_member (object, path, "gatherings", error)))
    return NULL;
  programme->uuid = g_strdup (uuid);
  programme->name = g_strdup (name);
  programme->year = year;
  programme->gatherings = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint g = 0; g < lk_json_node_get_length (gatherings); g++)
    {
      g_autofree char *g_path = g_strdup_printf ("%s.gatherings[%u]", path, g);
      LkGathering *gathering = gathering_read (lk_json_array_get_element (gatherings, g), g_path,
                                               seen, error);

      if (gathering == NULL)
        return NULL;
      g_ptr_array_add (programme->gatherings, gathering);
    }

  return g_steal_pointer (&programme);
}

static const char *
programme_uuid (gconstpointer item)
{
  return ((const LkProgramme *)item)->uuid;
}

/* Gatherings and tasks go with their programme (ON DELETE CASCADE); a
 * merge keeps the programme here, with the user's ticks. */
const LkBackupSection lk_backup_programmes_section = {
  .name = "programmes",
  .list = programmes_list,
  .write = programme_write,
  .read = programme_read,
  .uuid = programme_uuid,
  .updated = NULL,
  .put = (LkStorePutFunc)lk_store_put_programme,
  .free = g_object_unref,
  .select_sql = "SELECT 1 FROM programmes WHERE uuid = ?1",
  .clear_sql = "DELETE FROM programmes",
};

/* --- the learning log ------------------------------------------------------ */

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  return g_strcmp0 (*(const char **)a, *(const char **)b);
}

static void
entry_write (LkJsonWriter  *writer,
             gconstpointer  item)
{
  LkLogEntry *e = (LkLogEntry *)item;
  g_auto(GStrv) goals = g_strdupv ((char **)lk_log_entry_get_goals (e));

  /* Goal links in a stable order */
  g_qsort_with_data (goals, g_strv_length (goals), sizeof (char *), compare_strings, NULL);

  lk_backup_add_string (writer, "uuid", lk_log_entry_get_uuid (e));
  lk_backup_add_string (writer, "date", lk_log_entry_get_date (e));
  lk_backup_add_string (writer, "title", lk_log_entry_get_title (e));
  lk_backup_add_string (writer, "body", lk_log_entry_get_body (e));
  lk_backup_add_string (writer, "template", lk_log_entry_get_template (e));
  lk_backup_add_strv (writer, "tags", lk_log_entry_get_tags (e));
  add_motor (writer, lk_log_entry_get_motor (e));
  lk_backup_add_strv (writer, "goals", (const char * const *)goals);
  lk_backup_add_string (writer, "gathering", lk_log_entry_get_gathering (e));
  lk_json_writer_set_member_name (writer, "share");
  lk_json_writer_add_boolean_value (writer, lk_log_entry_get_share (e));
  lk_backup_add_string (writer, "created", lk_log_entry_get_created (e));
  lk_backup_add_string (writer, "updated", lk_log_entry_get_updated (e));
}

static gpointer
entry_read (LkJsonNode  *node,
            const char  *path,
            GHashTable  *seen,
            GError     **error)
{
  g_autoptr(LkLogEntry) entry = NULL;
  g_auto(GStrv) tags = NULL;
  g_auto(GStrv) goals = NULL;
  const char *uuid, *date, *title, *body, *template, *gathering, *created, *updated;
  LkJsonNode *object;
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
  return lk_backup_validated (g_steal_pointer (&entry), (LkValidateFunc) lk_log_entry_validate, path, error);
}

static const char *
entry_uuid (gconstpointer item)
{
  return lk_log_entry_get_uuid ((LkLogEntry *)item);
}

static const char *
entry_updated (gconstpointer item)
{
  return lk_log_entry_get_updated ((LkLogEntry *)item);
}

const LkBackupSection lk_backup_log_entries_section = {
  .name = "log-entries",
  .each = lk_store_each_log_entry,
  .write = entry_write,
  .read = entry_read,
  .uuid = entry_uuid,
  .updated = entry_updated,
  .put = (LkStorePutFunc)lk_store_put_log_entry,
  .free = g_object_unref,
  .select_sql = "SELECT updated FROM log_entries WHERE uuid = ?1",
  .clear_sql = "DELETE FROM log_entries",
};
