/* lk-measures.h: measures in the store: save, delete, restore, filter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-measure.h"
#include "lk-store.h"

G_BEGIN_DECLS

typedef enum
{
  LK_MEASURE_SORT_DEADLINE,
  LK_MEASURE_SORT_TITLE,
  LK_MEASURE_SORT_STATUS,
  LK_MEASURE_SORT_UPDATED,
} LkMeasureSort;

typedef struct
{
  guint          status_mask;   /* bits of 1 << LkMeasureStatus; 0 means all */
  const char    *owner;         /* exact owner, or NULL for any */
  gboolean       overdue_only;
  int            source_kind;   /* an LkSourceKind, or -1 for any */
  const char    *source_uuid;   /* with source_kind: that one item's, or NULL */
  const char    *text;          /* words in title, description or owner */
  const char    *today;         /* ISO date; NULL means today */
  const char    *due_before;    /* open measures due on or before, or NULL */
  const char    *due_from;      /* measures due on or after, or NULL */
  LkMeasureSort  sort;
  guint          limit;         /* 0 means no limit */
} LkMeasureFilter;

typedef struct
{
  guint total;
  guint open;
  guint overdue;
  guint due_soon;               /* open, due within the next 14 days */
  guint by_status[LK_MEASURE_STATUS_N];
  guint by_source[LK_SOURCE_N];
} LkMeasureCounts;

void        lk_measure_filter_init      (LkMeasureFilter  *filter);
GListStore *lk_store_list_measures      (LkStore          *store,
                                         const LkMeasureFilter *filter,
                                         GError          **error);
LkMeasure  *lk_store_get_measure        (LkStore          *store,
                                         const char       *uuid,
                                         GError          **error);
gboolean    lk_store_save_measure       (LkStore          *store,
                                         LkMeasure        *measure,
                                         GError          **error);
gboolean    lk_store_delete_measure     (LkStore          *store,
                                         LkMeasure        *measure,
                                         GError          **error);
gboolean    lk_store_restore_measure    (LkStore          *store,
                                         LkMeasure        *measure,
                                         GError          **error);
gboolean    lk_store_set_measure_status (LkStore          *store,
                                         LkMeasure        *measure,
                                         LkMeasureStatus   status,
                                         GError          **error);
GStrv       lk_store_list_owners        (LkStore          *store,
                                         GError          **error);
GHashTable *lk_store_count_measures_by_source (LkStore     *store,
                                              LkSourceKind kind,
                                               GError      **error);
gboolean    lk_store_count_measures     (LkStore          *store,
                                         const char       *today,
                                         LkMeasureCounts  *counts,
                                         GError          **error);

/* For the backup reader: insert or replace by uuid, inside its transaction */
gboolean    lk_store_put_measure        (LkStore          *store,
                                         LkMeasure        *measure,
                                         GError          **error);

G_END_DECLS
