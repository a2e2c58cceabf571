/* lk-programme.c: the leadership programme: gatherings and the tasks before and after
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-store-private.h"

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
