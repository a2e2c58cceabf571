/* lk-store.c: opening, checking, migrating and backing up the database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lk-date.h"
#include "lk-store-private.h"

struct _LkStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  char       *migration_backup;
  GHashTable *statements;   /* const char *sql (a literal, by address) -> sqlite3_stmt * */
  guint       depth;        /* open savepoints */
  GPtrArray  *pending;      /* areas changed inside the open transaction */

  /* The integrity check of an existing file runs in a thread with its own
   * read-only connection, so a large database opens at once; every write
   * waits for its verdict. */
  GThread    *check_thread;
  GMutex      check_lock;
  GCond       check_cond;
  sqlite3    *check_db;
  int         check_state;  /* CHECK_* */
  gboolean    closing;
  int         schema_version;
  gboolean    read_only;
  gboolean    vanished;
  gint64      data_version; /* SQLite's count of others' commits, when last seen */
  dev_t       file_dev;     /* which file we opened: a file put in its */
  ino_t       file_ino;     /* place later is not ours */
  int         fail_step_after;  /* tests: -1, or steps until one fails */
  gboolean    another;      /* a second connection of this process (lk_store_open_another()) */
  gboolean    fail_step_fired;
};

G_DEFINE_FINAL_TYPE (LkStore, lk_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (lk-store-error-quark, lk_store_error)

enum {
  CHECK_NONE,
  CHECK_PENDING,
  CHECK_RUNNING,
  CHECK_OK,
  CHECK_FAILED,
};

enum {
  CHANGED,
  DAMAGED,
  VANISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];


static void
lk_store_finalize (GObject *object)
{
  LkStore *self = (LkStore *)object;

  if (self->check_thread != NULL)
    {
      /* Stop a check still running; it only reads. */
      g_mutex_lock (&self->check_lock);
      self->closing = TRUE;
      if (self->check_db != NULL)
        sqlite3_interrupt (self->check_db);
      g_mutex_unlock (&self->check_lock);
      g_thread_join (self->check_thread);
    }
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_cond);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  if (self->db != NULL)
    {
      /* Let SQLite keep its query planner statistics fresh; cheap on
       * close. Not from a second connection: it may write, and the first
       * would take that for a change made elsewhere. */
      if (!self->another)
        sqlite3_exec (self->db, "PRAGMA optimize", NULL, NULL, NULL);
      sqlite3_close_v2 (self->db);
      self->db = NULL;
    }
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->migration_backup, g_free);

  G_OBJECT_CLASS (lk_store_parent_class)->finalize (object);
}

static void
lk_store_class_init (LkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lk_store_finalize;

  /**
   * LkStore::changed:
   * @area: what changed ("measures", "settings", "all", ...)
   *
   * Emitted after a committed change, so views can refresh.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * LkStore::damaged:
   *
   * Emitted in the main context when the integrity check that runs after
   * opening finds the file damaged. Writes are refused from then on.
   */
  signals[DAMAGED] =
    g_signal_new ("damaged",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * LkStore::vanished:
   *
   * Emitted once, at the first write after the database file was deleted,
   * moved or replaced under us. Writes are refused from then on; what is
   * open can still be saved whole with lk_store_save_copy().
   */
  signals[VANISHED] =
    g_signal_new ("vanished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
lk_store_init (LkStore *self)
{
  self->fail_step_after = -1;
  /* Keyed by the address of the SQL text: hashing the text of a long
   * INSERT for each of the rows of an import cost more than the insert */
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                            (GDestroyNotify)sqlite3_finalize);
  self->pending = g_ptr_array_new ();
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_cond);
}

/* The file we opened, still at its path? SQLite keeps writing into a file
 * that was deleted or moved, and everything written then is lost. */
static gboolean
check_file (LkStore  *self,
            GError  **error)
{
  GStatBuf st;

  if (!self->vanished && self->file_ino != 0 &&
      (g_stat (self->path, &st) != 0 || st.st_dev != self->file_dev || st.st_ino != self->file_ino))
    {
      self->vanished = TRUE;
      g_signal_emit (self, signals[VANISHED], 0);
    }
  if (self->vanished)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_VANISHED,
                   _("The database file “%s” was moved or deleted while Lederkompass had it open, so "
                     "the change was not saved. Export a backup from the main menu to keep everything "
                     "you have."),
                   self->path);
      return FALSE;
    }

  return TRUE;
}

/* Another process committed since we last looked: what this window shows
 * may be older than the database, and a save from it could undo that
 * change without a word. The views reload, and this write is refused. */
static gboolean
check_others (LkStore  *self,
              GError  **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (self, "PRAGMA data_version", error);
  gint64 version;

  if (stmt == NULL || lk_store_step_one (self, stmt, NULL, error) != LK_STEP_ROW)
    return FALSE;
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (self->data_version == 0 || version == self->data_version)
    {
      self->data_version = version;
      return TRUE;
    }
  self->data_version = version;
  lk_store_emit_changed (self, "all");
  g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_CHANGED_ELSEWHERE,
                       _("The database was changed by another program meanwhile. What you see has been "
                         "read again; make your change once more."));

  return FALSE;
}

static void
remember_file (LkStore *self)
{
  GStatBuf st;

  if (g_stat (self->path, &st) == 0)
    {
      self->file_dev = st.st_dev;
      self->file_ino = st.st_ino;
    }
}

gboolean
lk_store_is_vanished (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  return self->vanished;
}

static void
set_read_only_error (GError **error)
{
  g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY,
                       _("This database is open for reading only: the change was not saved."));
}

void
lk_store_set_error (LkStore  *self,
                    GError  **error)
{
  /* A uuid taken by another item (an imported item whose uuid is already
   * a different thing here) is a problem of the data, said as one; the
   * caller names the place */
  if ((sqlite3_errcode (self->db) & 0xff) == SQLITE_READONLY)
    {
      set_read_only_error (error);
      return;
    }
  if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE ||
      sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_PRIMARYKEY)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("Its identifier (uuid) is already used by something else here."));
      return;
    }
  g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_SQL,
               _("The database reported an error: %s"),
               sqlite3_errmsg (self->db));
}

sqlite3 *
lk_store_get_db (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), NULL);

  return self->db;
}

/* Statements are cached by the address of their (static) SQL text, so
 * callers must pass string literals. */
sqlite3_stmt *
lk_store_prepare (LkStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      lk_store_set_error (self, error);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer)sql, stmt);

  return stmt;
}

gboolean
lk_store_put_one (LkStore         *self,
                  const char      *area,
                  LkStorePutFunc   put,
                  gpointer         item,
                  GError         **error)
{
  if (!lk_store_begin (self, error))
    return FALSE;
  if (!put (self, item, error))
    {
      lk_store_rollback (self);
      return FALSE;
    }
  lk_store_emit_changed (self, area);

  return lk_store_commit (self, error);
}

typedef struct
{
  const LkStoreKind *kind;
  gint64             id;
  gpointer           item;
} Save;

static gboolean
save_put (LkStore  *self,
          Save     *save,
          GError  **error)
{
  return lk_store_check_not_deleted (self, save->kind->exists_sql, save->id, _(save->kind->deleted), error) &&
         save->kind->put (self, save->item, error);
}

/**
 * lk_store_save_one:
 * @id: the item's row, 0 when it is new
 * @updated: (nullable): the item's change time, stamped now
 *
 * Saves an item as the user left it, in one transaction. An item deleted
 * meanwhile (in another window, or typed into after Delete) is refused,
 * never brought back.
 */
gboolean
lk_store_save_one (LkStore            *self,
                   const LkStoreKind  *kind,
                   gint64              id,
                   char              **updated,
                   gpointer            item,
                   GError            **error)
{
  Save save = { kind, id, item };

  if (updated != NULL)
    {
      g_free (*updated);
      *updated = lk_timestamp_now ();
    }

  return lk_store_put_one (self, kind->area, (LkStorePutFunc) save_put, &save, error);
}

LkStep
lk_store_step (LkStore       *self,
               sqlite3_stmt  *stmt,
               GError       **error)
{
  int rc;

  if (self->fail_step_after >= 0 && self->fail_step_after-- == 0)
    {
      self->fail_step_fired = TRUE;
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO,
                   _("The database reported an error: %s"), sqlite3_errstr (SQLITE_FULL));
      sqlite3_reset (stmt);
      return LK_STEP_ERROR;
    }

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return LK_STEP_ROW;
  if (rc != SQLITE_DONE)
    {
      lk_store_set_error (self, error);
      sqlite3_reset (stmt);
      return LK_STEP_ERROR;
    }

  sqlite3_reset (stmt);
  return LK_STEP_DONE;
}

/**
 * lk_store_step_one:
 * @not_found: (nullable): the error message when there is no row
 *
 * Steps a query for one row. With %LK_STEP_ROW the row is there to read;
 * reset the statement after reading it.
 */
LkStep
lk_store_step_one (LkStore       *self,
                   sqlite3_stmt  *stmt,
                   const char    *not_found,
                   GError       **error)
{
  LkStep step = lk_store_step (self, stmt, error);

  if (step == LK_STEP_DONE && not_found != NULL)
    g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND, not_found);

  return step;
}

gboolean
lk_store_fail_step_after (LkStore *self,
                          int      n)
{
  gboolean fired;

  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  fired = self->fail_step_fired;
  self->fail_step_after = n;
  self->fail_step_fired = FALSE;

  return fired;
}

gboolean
lk_store_check_not_deleted (LkStore     *self,
                            const char  *sql,
                            gint64       id,
                            const char  *message,
                            GError     **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  if (id <= 0)
    return TRUE;
  if (!(stmt = lk_store_prepare (self, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if ((step = lk_store_step_one (self, stmt, message, error)) == LK_STEP_ROW)
    sqlite3_reset (stmt);

  return step == LK_STEP_ROW;
}

gboolean
lk_store_delete_by_uuid (LkStore     *self,
                         const char  *sql,
                         const char  *area,
                         const char  *uuid,
                         const char  *not_found,
                         GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LK_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!lk_store_begin (self, error))
    return FALSE;

  if (!(stmt = lk_store_prepare (self, sql, error)))
    goto failed;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  if (!lk_store_step_done (self, stmt, error))
    goto failed;
  if (not_found != NULL && sqlite3_changes (self->db) == 0)
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_FOUND, not_found);
      goto failed;
    }

  lk_store_emit_changed (self, area);
  return lk_store_commit (self, error);

failed:
  lk_store_rollback (self);
  return FALSE;
}

/* Steps an INSERT … RETURNING id and leaves the statement reset. */
gboolean
lk_store_step_returning_id (LkStore      *self,
                            sqlite3_stmt *stmt,
                            gint64       *id_out,
                            GError      **error)
{
  if (lk_store_step (self, stmt, error) != LK_STEP_ROW)
    {
      if (error != NULL && *error == NULL)
        lk_store_set_error (self, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  *id_out = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);

  return TRUE;
}

gboolean
lk_store_exec (LkStore     *self,
               const char  *sql,
               GError     **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      lk_store_set_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
lk_store_run_built (LkStore     *self,
                    const char  *sql,
                    int         *changes,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int before = sqlite3_total_changes (self->db);
  LkStep step;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      lk_store_set_error (self, error);
      return FALSE;
    }
  while ((step = lk_store_step (self, stmt, error)) == LK_STEP_ROW)
    ;
  sqlite3_finalize (stmt);
  if (changes != NULL)
    *changes = sqlite3_total_changes (self->db) - before;

  return step == LK_STEP_DONE;
}

gboolean
lk_store_query_int (LkStore     *self,
                    const char  *sql,
                    gint64      *value,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  LkStep step;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      lk_store_set_error (self, error);
      return FALSE;
    }
  if ((step = lk_store_step_one (self, stmt, NULL, error)) == LK_STEP_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return step == LK_STEP_ROW;
}

gboolean
lk_store_step_done (LkStore       *self,
                    sqlite3_stmt  *stmt,
                    GError       **error)
{
  /* A row (from RETURNING) is not waited for */
  LkStep step = lk_store_step (self, stmt, error);

  if (step == LK_STEP_ROW)
    sqlite3_reset (stmt);

  return step != LK_STEP_ERROR;
}

void
lk_bind_text (sqlite3_stmt *stmt,
              int           col,
              const char   *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_text (stmt, col, text, -1, SQLITE_TRANSIENT);
}

void
lk_bind_number (sqlite3_stmt *stmt,
                int           col,
                double        value)
{
  if (isnan (value))
    sqlite3_bind_null (stmt, col);
  else
    sqlite3_bind_double (stmt, col, value);
}

double
lk_column_number (sqlite3_stmt *stmt,
                  int           col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, col);
}

const char *
lk_column_text (sqlite3_stmt *stmt,
                int           col)
{
  return (const char *)sqlite3_column_text (stmt, col);
}

/* lk_fold(text): Unicode case folding for searches; SQLite's own LIKE
 * folds ASCII only, and users search for "Øvelse" as "øvelse". */
static void
sql_fold (sqlite3_context  *ctx,
          int               argc,
          sqlite3_value   **argv)
{
  const char *text = (const char *)sqlite3_value_text (argv[0]);
  char *folded;

  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }

  folded = g_utf8_casefold (text, -1);
  sqlite3_result_text (ctx, folded, -1, g_free);
}

char *
lk_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "lederkompass", "lederkompass.db", NULL);
}

static gboolean
query_int (sqlite3    *db,
           const char *sql,
           int        *out,
           int        *rc_out)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  *rc_out = rc;

  return rc == SQLITE_OK;
}

/* Creates the file 0600 (and its folder 0700) before SQLite touches it;
 * SQLite gives the -wal and -shm files the same mode. */
/* SQLite writes the file and, beside it, its journal (-wal, -shm) */
static gboolean
check_writable (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);

  if (g_access (path, W_OK) != 0)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be changed: the file is read-only. You can open it to look "
                     "at it, without saving changes."),
                   path);
      return FALSE;
    }
  if (g_access (dir, W_OK) != 0)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY,
                   _("“%s” cannot be changed: its folder is read-only. You can open it to look "
                     "at it, without saving changes."),
                   path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int errsv = errno;
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO,
                       _("Could not create the folder “%s”: %s"),
                       dir, g_strerror (errsv));
          return FALSE;
        }
    }

  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int errsv = errno;
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO,
                   _("Could not create the database “%s”: %s"),
                   path, g_strerror (errsv));
      return FALSE;
    }
  g_close (fd, NULL);

  return TRUE;
}

static gboolean
backup_before_migration (LkStore     *self,
                         int          from_version,
                         GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *backup_path = NULL;
  g_autofree char *part = NULL;
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc;

  /* A name of its own: a copy from a migration cut short in the same
   * second may be there already */
  for (guint n = 1; backup_path == NULL && n < 100; n++)
    {
      g_autofree char *candidate = n == 1
        ? g_strdup_printf ("%s.v%d-%s.bak", self->path, from_version, stamp)
        : g_strdup_printf ("%s.v%d-%s-%u.bak", self->path, from_version, stamp, n);

      if (!g_file_test (candidate, G_FILE_TEST_EXISTS))
        backup_path = g_steal_pointer (&candidate);
    }
  if (backup_path == NULL)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_BACKUP,
                   _("Could not back up the database before upgrading it: too many copies from this second."));
      return FALSE;
    }

  /* Written beside it and renamed when whole, so a kill leaves no empty
   * or half copy under a backup's name; parts left by one are ours */
  {
    g_autofree char *folder = g_path_get_dirname (self->path);
    g_autofree char *base = g_path_get_basename (self->path);
    g_autofree char *prefix = g_strconcat (base, ".v", NULL);
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".bak.part"))
        {
          g_autofree char *stale = g_build_filename (folder, name, NULL);

          g_unlink (stale);
        }
  }
  part = g_strconcat (backup_path, ".part", NULL);
  if (!create_private_file (part, error))
    return FALSE;

  rc = sqlite3_open_v2 (part, &dest, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (dest, "main", self->db, "main");
      if (backup != NULL)
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
      else
        rc = sqlite3_errcode (dest);
    }

  if (rc != SQLITE_OK)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_BACKUP,
                   _("Could not back up the database before upgrading it: %s"),
                   dest ? sqlite3_errmsg (dest) : sqlite3_errstr (rc));
      sqlite3_close_v2 (dest);
      g_unlink (part);
      return FALSE;
    }

  sqlite3_close_v2 (dest);
  if (g_rename (part, backup_path) != 0)
    {
      int errsv = errno;

      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_BACKUP,
                   _("Could not back up the database before upgrading it: %s"), g_strerror (errsv));
      g_unlink (part);
      return FALSE;
    }
  self->migration_backup = g_steal_pointer (&backup_path);

  return TRUE;
}

static gboolean
migrate (LkStore  *self,
         int       from_version,
         GError  **error)
{
  g_autofree char *set_version = NULL;

  if (!lk_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  for (int v = from_version; v < LK_STORE_SCHEMA_VERSION; v++)
    {
      if (sqlite3_exec (self->db, lk_migrations[v], NULL, NULL, NULL) != SQLITE_OK)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_MIGRATION,
                       _("Could not upgrade the database to version %d: %s"),
                       v + 1, sqlite3_errmsg (self->db));
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", LK_STORE_SCHEMA_VERSION);
  if (!lk_store_exec (self, set_version, error) ||
      !lk_store_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  self->schema_version = LK_STORE_SCHEMA_VERSION;

  return TRUE;
}

/* Everything up to the WAL switch only reads, so a file we refuse is left
 * exactly as it was. */
static gboolean
check_existing (LkStore  *self,
                int      *version,
                GError  **error)
{
  int rc, n_tables = 0;

  if (!query_int (self->db, "PRAGMA user_version", version, &rc) ||
      !query_int (self->db, "SELECT count(*) FROM sqlite_master", &n_tables, &rc))
    {
      if ((rc & 0xff) == SQLITE_NOTADB)
        g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_DATABASE,
                     _("“%s” is not a Lederkompass database. Choose another file, or "
                       "start without --database to use your own database."),
                     self->path);
      else
        g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT,
                     _("The database “%s” is damaged and cannot be opened (%s). "
                       "Restore it from a backup."),
                     self->path, sqlite3_errstr (rc));
      return FALSE;
    }

  if (*version > LK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_TOO_NEW,
                   _("The database “%s” was saved by a newer version of Lederkompass "
                     "(format %d; this version reads up to %d). Update Lederkompass "
                     "to open it. The file has not been changed."),
                   self->path, *version, LK_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (*version == 0 && n_tables > 0)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is a database of another program, not of Lederkompass. "
                     "It has not been changed."),
                   self->path);
      return FALSE;
    }

  return TRUE;
}

/* quick_check reads every page but skips index cross-checks: it finds
 * damaged files at a fraction of integrity_check's cost. */
static gboolean
quick_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    ok = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 0), "ok") == 0;
  sqlite3_finalize (stmt);

  return ok;
}

static void
set_damaged_error (LkStore  *self,
                   GError  **error)
{
  g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT,
               _("The database “%s” is damaged and cannot be opened. Restore it "
                 "from a backup. The file has not been changed."),
               self->path);
}

static gboolean
emit_damaged (gpointer data)
{
  LkStore *self = data;

  g_signal_emit (self, signals[DAMAGED], 0);
  g_object_unref (self);

  return G_SOURCE_REMOVE;
}

static gpointer
check_thread_func (gpointer data)
{
  LkStore *self = data;
  sqlite3 *db = NULL;
  gboolean ok;

  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
    {
      sqlite3_close_v2 (db);
      db = NULL;
    }
  else
    {
      /* It reads every page once: a large cache would only cost memory. */
      sqlite3_exec (db, "PRAGMA cache_size = -256", NULL, NULL, NULL);
    }

  g_mutex_lock (&self->check_lock);
  self->check_db = db;
  g_mutex_unlock (&self->check_lock);

  ok = db != NULL && quick_check (db);

  g_mutex_lock (&self->check_lock);
  self->check_db = NULL;
  self->check_state = ok ? CHECK_OK : CHECK_FAILED;
  g_cond_broadcast (&self->check_cond);
  /* Closing: finalize waits for this thread, and nobody needs telling. */
  if (!ok && !self->closing)
    g_idle_add_full (G_PRIORITY_DEFAULT, emit_damaged, g_object_ref (self), NULL);
  g_mutex_unlock (&self->check_lock);
  sqlite3_close_v2 (db);

  return NULL;
}

/**
 * lk_store_wait_checked:
 *
 * Waits for the integrity check that runs after opening an existing file.
 * Every write calls this first, so a damaged file is never written.
 *
 * Returns: %FALSE with @error set if the file is damaged
 */
/**
 * lk_store_start_check:
 *
 * Starts the integrity check of an existing file in a thread, if it has
 * not started. The application calls this once its window is drawn, so
 * the check does not compete with the first frame; a write starts it
 * itself if it has to.
 */
void
lk_store_start_check (LkStore *self)
{
  g_return_if_fail (LK_IS_STORE (self));

  g_mutex_lock (&self->check_lock);
  if (self->check_state == CHECK_PENDING)
    {
      self->check_state = CHECK_RUNNING;
      self->check_thread = g_thread_new ("lk-store-check", check_thread_func, self);
    }
  g_mutex_unlock (&self->check_lock);
}

gboolean
lk_store_wait_checked (LkStore  *self,
                       GError  **error)
{
  int state;

  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  lk_store_start_check (self);
  g_mutex_lock (&self->check_lock);
  while (self->check_state == CHECK_RUNNING)
    g_cond_wait (&self->check_cond, &self->check_lock);
  state = self->check_state;
  g_mutex_unlock (&self->check_lock);

  if (state == CHECK_FAILED)
    {
      set_damaged_error (self, error);
      return FALSE;
    }

  return TRUE;
}


/**
 * lk_store_open:
 * @path: the database file; created (0600, folder 0700) if missing
 *
 * Opens, checks and if needed migrates the database. A database that is
 * damaged, of another program, or of a newer format is refused and left
 * unchanged. Before migrating an existing file, a backup copy is made
 * beside it.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LkStore *
lk_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(LkStore) self = NULL;
  gboolean created = FALSE;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (LK_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      GStatBuf st;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_DATABASE,
                       _("“%s” is not a file."), path);
          return NULL;
        }
      /* A file that cannot be written is not damaged: say what it is,
       * before SQLite fails on it in ways that read like damage */
      if (!check_writable (path, error))
        return NULL;
      /* An empty file is taken over as a new database: private like one
       * created here */
      if (g_stat (path, &st) == 0 && st.st_size == 0)
        g_chmod (path, 0600);
    }
  else
    {
      if (!create_private_file (path, error))
        return NULL;
      created = TRUE;
    }

  /* The application's own data folder holds the private learning log:
   * 0700, also when something else made it before */
  {
    g_autofree char *default_path = lk_store_default_path ();

    if (g_strcmp0 (path, default_path) == 0)
      {
        g_autofree char *dir = g_path_get_dirname (path);

        g_chmod (dir, 0700);
      }
  }

  /* NOMUTEX: the connection is used by one thread at a time (the check
   * has its own), and SQLite's lock around every column read cost a
   * tenth of loading a large plan */
  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO,
                   _("Could not open “%s”: %s"), path,
                   self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, 5000);
  sqlite3_create_function (self->db, "lk_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);

  if (!check_existing (self, &version, error))
    return NULL;

  self->schema_version = version;

  if (version > 0 && !created)
    {
      sqlite3_stmt *stmt = NULL;
      gboolean wal = FALSE;

      /* Reading the mode writes nothing. */
      if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        wal = g_ascii_strcasecmp (lk_column_text (stmt, 0), "wal") == 0;
      sqlite3_finalize (stmt);

      /* Before a migration or a switch to WAL (both write), check first;
       * otherwise check beside the start-up, in a thread. */
      if (version < LK_STORE_SCHEMA_VERSION || !wal)
        {
          if (!quick_check (self->db))
            {
              set_damaged_error (self, error);
              return NULL;
            }
        }
      else
        self->check_state = CHECK_PENDING;
    }

  if (version > 0 && version < LK_STORE_SCHEMA_VERSION && !created)
    {
      if (!backup_before_migration (self, version, error))
        return NULL;
    }

  if (!lk_store_exec (self, "PRAGMA journal_mode = WAL", error) ||
      !lk_store_exec (self, "PRAGMA foreign_keys = ON", error) ||
      !lk_store_exec (self, "PRAGMA synchronous = NORMAL", error) ||
      /* Statement journals and temporary tables in memory: a statement
       * that may abort half-way (an upsert) journals the pages it touches,
       * and spilled to a file in /var/tmp that was a million writes for a
       * restore, and copies of private text outside the database */
      !lk_store_exec (self, "PRAGMA temp_store = MEMORY", error) ||
      /* Up to 16 MB of pages, taken only as used: a large import or
       * restore then writes its pages once, at commit, instead of
       * spilling them half-way */
      !lk_store_exec (self, "PRAGMA cache_size = -16384", error))
    return NULL;

  if (version < LK_STORE_SCHEMA_VERSION && !migrate (self, version, error))
    return NULL;
  remember_file (self);
  check_others (self, NULL);

  return g_steal_pointer (&self);
}

/**
 * lk_store_open_read_only:
 *
 * Opens a database the user may only look at (a read-only file or
 * folder). Nothing is written: no journal switch, no migration; every
 * write is refused with %LK_STORE_ERROR_READ_ONLY.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
LkStore *
lk_store_open_read_only (const char  *path,
                         GError     **error)
{
  g_autoptr(LkStore) self = NULL;
  int version = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (LK_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->read_only = TRUE;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_NOT_DATABASE,
                   _("“%s” is not a file."), path);
      return NULL;
    }

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (attempt == 0)
        rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX,
                              NULL);
      else
        {
          /* A database in WAL mode needs its -shm beside it, which a
           * read-only folder cannot get: read the file as it stands */
          g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
          g_autofree char *uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);

          sqlite3_close_v2 (self->db);
          self->db = NULL;
          rc = sqlite3_open_v2 (uri, &self->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI,
                                NULL);
        }
      if (rc != SQLITE_OK)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_IO,
                       _("Could not open “%s”: %s"), path,
                       self->db ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc));
          return NULL;
        }
      sqlite3_extended_result_codes (self->db, 1);
      if (check_existing (self, &version, attempt == 0 ? &local_error : error))
        break;
      if (attempt == 1 || !g_error_matches (local_error, LK_STORE_ERROR, LK_STORE_ERROR_CORRUPT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  sqlite3_create_function (self->db, "lk_fold", 1,
                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                           NULL, sql_fold, NULL, NULL);
  if (version < LK_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_READ_ONLY,
                   _("“%s” was saved by an older version of Lederkompass and must be upgraded "
                     "before it can be shown, which a read-only file does not allow. Copy it to "
                     "a folder of your own and open the copy."),
                   path);
      return NULL;
    }
  self->schema_version = version;
  if (!lk_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;

  return g_steal_pointer (&self);
}

gboolean
lk_store_is_read_only (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  return self->read_only;
}

const char *
lk_store_get_path (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), NULL);

  return self->path;
}

/**
 * lk_store_get_migration_backup:
 *
 * Returns: (nullable): the copy made before this open migrated the file
 */
const char *
lk_store_get_migration_backup (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), NULL);

  return self->migration_backup;
}

int
lk_store_get_schema_version (LkStore *self)
{
  g_return_val_if_fail (LK_IS_STORE (self), 0);

  return self->schema_version;
}

/* Savepoints nest, so a user action may call helpers that open their own. */
gboolean
lk_store_begin (LkStore  *self,
                GError  **error)
{
  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  if (self->read_only)
    {
      set_read_only_error (error);
      return FALSE;
    }
  if (self->depth == 0 && (!check_file (self, error) || !lk_store_wait_checked (self, error) ||
                            !check_others (self, error)))
    return FALSE;

  if (!lk_store_exec (self, "SAVEPOINT lk", error))
    return FALSE;
  self->depth++;

  return TRUE;
}

gboolean
lk_store_commit (LkStore  *self,
                 GError  **error)
{
  g_return_val_if_fail (LK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (!lk_store_exec (self, "RELEASE lk", error))
    {
      lk_store_rollback (self);
      return FALSE;
    }
  self->depth--;

  if (self->depth == 0)
    {
      g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

      self->pending = g_ptr_array_new ();
      for (guint i = 0; i < pending->len; i++)
        lk_store_emit_changed (self, g_ptr_array_index (pending, i));
    }

  return TRUE;
}

void
lk_store_rollback (LkStore *self)
{
  g_return_if_fail (LK_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  sqlite3_exec (self->db, "ROLLBACK TO lk; RELEASE lk", NULL, NULL, NULL);
  self->depth--;
  if (self->depth == 0)
    g_ptr_array_set_size (self->pending, 0);
}

void
lk_store_emit_changed (LkStore    *self,
                       const char *area)
{
  g_return_if_fail (LK_IS_STORE (self));

  /* Views refresh only from committed data. */
  if (self->depth > 0)
    {
      const char *interned = g_intern_string (area);

      if (!g_ptr_array_find (self->pending, interned, NULL))
        g_ptr_array_add (self->pending, (gpointer)interned);
      return;
    }

  g_signal_emit (self, signals[CHANGED], g_quark_from_string (area), area);
}

/**
 * lk_store_watch:
 * @areas: the areas a view shows ("risk", "measures", ...), %NULL-terminated
 * @callback: called as "changed" is, swapped: (@object, area)
 * @object: a GObject; the handlers go with it
 *
 * Connects @callback to changed::AREA for each of @areas, and to
 * changed::all and changed::settings, which every view must hear.
 */
void
lk_store_watch (LkStore            *self,
                const char * const *areas,
                GCallback           callback,
                gpointer            object)
{
  static const char * const always[] = { "all", "settings", NULL };
  const char * const *lists[] = { always, areas };

  g_return_if_fail (LK_IS_STORE (self));
  g_return_if_fail (G_IS_OBJECT (object));

  for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
    for (guint i = 0; lists[k] != NULL && lists[k][i] != NULL; i++)
      {
        g_autofree char *signal = g_strconcat ("changed::", lists[k][i], NULL);

        g_signal_connect_object (self, signal, callback, object, G_CONNECT_SWAPPED);
      }
}

/**
 * lk_store_open_another:
 *
 * A second connection to a database this process has open, for work in
 * a thread (a backup saved or imported). It leaves the write-ahead log to
 * the first when it closes: a checkpoint on close would count as a change
 * made elsewhere, and the window's next save would be refused.
 */
LkStore *
lk_store_open_another (const char  *path,
                       gboolean     read_only,
                       GError     **error)
{
  LkStore *store = read_only ? lk_store_open_read_only (path, error) : lk_store_open (path, error);

  if (store != NULL)
    {
      store->another = TRUE;
      sqlite3_db_config (store->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
    }

  return store;
}

/**
 * lk_store_take_changes:
 *
 * This process wrote through another connection (a backup imported in a
 * thread): take those commits as seen, so the next write is not refused
 * as a change made elsewhere, and tell every view to read again.
 */
void
lk_store_take_changes (LkStore *self)
{
  sqlite3_stmt *stmt;

  g_return_if_fail (LK_IS_STORE (self));

  stmt = lk_store_prepare (self, "PRAGMA data_version", NULL);
  if (stmt != NULL && lk_store_step_one (self, stmt, NULL, NULL) == LK_STEP_ROW)
    {
      self->data_version = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  lk_store_emit_changed (self, "all");
}

gboolean
lk_store_set_setting (LkStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LK_IS_STORE (self), FALSE);

  if (value != NULL && !g_utf8_validate (value, -1, NULL))
    {
      g_set_error_literal (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The text is not valid UTF-8."));
      return FALSE;
    }

  if (!check_file (self, error) || !lk_store_wait_checked (self, error))
    return FALSE;

  if (value == NULL || *value == '\0')
    stmt = lk_store_prepare (self, "DELETE FROM settings WHERE key = ?1", error);
  else
    stmt = lk_store_prepare (self,
                             "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (value != NULL && *value != '\0')
    sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);

  if (!lk_store_step_done (self, stmt, error))
    return FALSE;

  lk_store_emit_changed (self, "settings");

  return TRUE;
}
