/* lk-log-model.c: ids in filter order, entries loaded when shown
 *
 * A list view asks for the rows on screen only; holding 100,000 entries
 * with their bodies in memory would cost hundreds of megabytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "lk-log-model.h"

#define CACHE_MAX 256

struct _LkLogModel
{
  GObject      parent_instance;

  LkStore     *store;
  GArray      *ids;          /* gint64, newest first */
  GHashTable  *cache;        /* id -> LkLogEntry */
  char        *tag;
  char        *goal_uuid;
  gboolean     shared_only;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LkLogModel, lk_log_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
lk_log_model_get_item_type (GListModel *model)
{
  return LK_TYPE_LOG_ENTRY;
}

static guint
lk_log_model_get_n_items (GListModel *model)
{
  return LK_LOG_MODEL (model)->ids->len;
}

static gpointer
lk_log_model_get_item (GListModel *model,
                       guint       position)
{
  LkLogModel *self = LK_LOG_MODEL (model);
  LkLogEntry *entry;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  entry = g_hash_table_lookup (self->cache, &id);
  if (entry != NULL)
    return g_object_ref (entry);

  entry = lk_store_get_log_entry_by_id (self->store, id);
  if (entry == NULL)
    {
      /* Deleted meanwhile: an empty entry until the next reload. */
      entry = lk_log_entry_new (NULL);
    }
  else
    {
      /* A simple bound: the rows on screen are reloaded cheaply. */
      if (g_hash_table_size (self->cache) >= CACHE_MAX)
        g_hash_table_remove_all (self->cache);
      g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (entry));
    }

  return entry;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lk_log_model_get_item_type;
  iface->get_n_items = lk_log_model_get_n_items;
  iface->get_item = lk_log_model_get_item;
}

static void
lk_log_model_finalize (GObject *object)
{
  LkLogModel *self = (LkLogModel *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_free (self->tag);
  g_free (self->goal_uuid);

  G_OBJECT_CLASS (lk_log_model_parent_class)->finalize (object);
}

static void
lk_log_model_class_init (LkLogModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_log_model_finalize;
}

static void
lk_log_model_init (LkLogModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

LkLogModel *
lk_log_model_new (LkStore *store)
{
  LkLogModel *self = g_object_new (LK_TYPE_LOG_MODEL, NULL);

  self->store = g_object_ref (store);

  return self;
}

gboolean
lk_log_model_reload (LkLogModel  *self,
                     GError     **error)
{
  LkLogFilter filter = {
    .tag = self->tag,
    .goal_uuid = self->goal_uuid,
    .shared_only = self->shared_only,
  };
  g_autoptr(GArray) ids = lk_store_list_log_ids (self->store, &filter, error);
  guint removed;

  if (ids == NULL)
    return FALSE;

  removed = self->ids->len;
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  g_hash_table_remove_all (self->cache);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->ids->len);

  return TRUE;
}

gboolean
lk_log_model_set_filter (LkLogModel         *self,
                         const LkLogFilter  *filter,
                         GError            **error)
{
  g_return_val_if_fail (LK_IS_LOG_MODEL (self), FALSE);

  g_free (self->tag);
  g_free (self->goal_uuid);
  self->tag = filter ? g_strdup (filter->tag) : NULL;
  self->goal_uuid = filter ? g_strdup (filter->goal_uuid) : NULL;
  self->shared_only = filter ? filter->shared_only : FALSE;

  return lk_log_model_reload (self, error);
}

/**
 * lk_log_model_find:
 *
 * Returns: the position of the entry with row @id, or %GTK_INVALID_LIST_POSITION
 */
guint
lk_log_model_find (LkLogModel *self,
                   gint64      id)
{
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;

  return G_MAXUINT;
}
