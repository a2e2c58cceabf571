/* lk-jeg-plan.h: development goals, the learning log, templates, programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-dev-goal.h"
#include "lk-log-entry.h"
#include "lk-store.h"

G_BEGIN_DECLS

/* --- development goals ---------------------------------------------------- */

GListStore *lk_store_list_dev_goals      (LkStore     *store,
                                          int          year,
                                          gboolean     with_archived,
                                          GError     **error);
guint       lk_store_count_active_goals  (LkStore     *store,
                                          int          year,
                                          const char  *except_uuid);
gboolean    lk_store_save_dev_goal       (LkStore     *store,
                                          LkDevGoal   *goal,
                                          GError     **error);
gboolean    lk_store_delete_dev_goal     (LkStore     *store,
                                          LkDevGoal   *goal,
                                          GError     **error);
/* For the backup reader: as stored, without the 2–4 rule, inside its
 * transaction */
gboolean    lk_store_put_dev_goal        (LkStore     *store,
                                          LkDevGoal   *goal,
                                          GError     **error);

/* --- prompt templates ----------------------------------------------------- */

#define LK_TYPE_LOG_TEMPLATE (lk_log_template_get_type ())
G_DECLARE_FINAL_TYPE (LkLogTemplate, lk_log_template, LK, LOG_TEMPLATE, GObject)

struct _LkLogTemplate
{
  GObject parent_instance;

  char  *key;        /* "strength", "evaluation", "driscoll", "gibbs", or a uuid */
  char  *name;
  GStrv  sections;   /* the prompts, each a heading in the entry */
  gboolean builtin;
};

GPtrArray  *lk_store_list_templates      (LkStore       *store,
                                          GError       **error);
LkLogTemplate *lk_store_find_template    (LkStore       *store,
                                          const char    *key);
gboolean    lk_store_put_template        (LkStore       *store,
                                          const char    *uuid,
                                          const char    *name,
                                          const char * const *sections,
                                          GError       **error);
gboolean    lk_store_save_template       (LkStore       *store,
                                          const char    *name,
                                          const char * const *sections,
                                          char         **key_out,
                                          GError       **error);
char       *lk_log_template_prefill      (const LkLogTemplate *template);


/* --- the learning log ----------------------------------------------------- */

typedef struct
{
  const char *tag;         /* entries with this tag, or NULL */
  const char *goal_uuid;   /* entries linked to this goal, or NULL */
  gboolean    shared_only; /* flagged for the next ROS-samtale */
  const char *from;        /* ISO dates, inclusive, or NULL */
  const char *to;
  guint       limit;       /* 0: all */
} LkLogFilter;

#define LK_TYPE_LOG_HIT (lk_log_hit_get_type ())
G_DECLARE_FINAL_TYPE (LkLogHit, lk_log_hit, LK, LOG_HIT, GObject)

struct _LkLogHit
{
  GObject parent_instance;

  char   *uuid;
  char   *date;
  char   *title_markup;    /* Pango markup, the matching words in bold */
  char   *snippet_markup;
  double  rank;            /* lower is better (bm25) */
};

GArray     *lk_store_list_log_ids        (LkStore           *store,
                                          const LkLogFilter *filter,
                                          GError           **error);
LkLogEntry *lk_store_get_log_entry_by_id (LkStore           *store,
                                          gint64             id);
GListStore *lk_store_list_log_entries    (LkStore           *store,
                                          const LkLogFilter *filter,
                                          GError           **error);
gboolean    lk_store_each_log_entry      (LkStore           *store,
                                          LkStoreEachFunc    func,
                                          gpointer           data,
                                          GError           **error);
LkLogEntry *lk_store_get_log_entry       (LkStore           *store,
                                          const char        *uuid,
                                          GError           **error);
gboolean    lk_store_restore_log_entry   (LkStore           *store,
                                          LkLogEntry        *entry,
                                          GError           **error);
gboolean    lk_store_save_log_entry      (LkStore           *store,
                                          LkLogEntry        *entry,
                                          GError           **error);
gboolean    lk_store_delete_log_entry    (LkStore           *store,
                                          LkLogEntry        *entry,
                                          GError           **error);
gboolean    lk_store_put_log_entry       (LkStore           *store,
                                          LkLogEntry        *entry,
                                          GError           **error);
/* For bulk writes (a backup import), inside the caller's transaction:
 * entries are written without keeping the search index, which is rebuilt
 * once at the end. A rollback undoes both; the caller frees what suspend
 * returned either way. */
GPtrArray  *lk_store_log_index_suspend   (LkStore           *store,
                                          GError           **error);
gboolean    lk_store_log_index_resume    (LkStore           *store,
                                          GPtrArray         *suspended,
                                          GError           **error);
GStrv       lk_store_list_log_tags       (LkStore           *store,
                                          GError           **error);
char       *lk_log_search_query          (const char        *text);
GPtrArray  *lk_store_search_log          (LkStore           *store,
                                          const char        *text,
                                          guint              limit,
                                          GError           **error);
gboolean    lk_store_count_log_per_week  (LkStore           *store,
                                          int                year,
                                          guint              counts[53],
                                          GError           **error);

/* --- the leadership programme ---------------------------------------------- */

#define LK_TYPE_GATHERING_TASK (lk_gathering_task_get_type ())
G_DECLARE_FINAL_TYPE (LkGatheringTask, lk_gathering_task, LK, GATHERING_TASK, GObject)

struct _LkGatheringTask
{
  GObject parent_instance;

  char     *uuid;
  char     *text;
  gboolean  after;   /* work after the gathering, else before */
  gboolean  done;
};

#define LK_TYPE_GATHERING (lk_gathering_get_type ())
G_DECLARE_FINAL_TYPE (LkGathering, lk_gathering, LK, GATHERING, GObject)

struct _LkGathering
{
  GObject parent_instance;

  char      *uuid;
  char      *programme_uuid;
  char      *title;
  char      *theme;
  char      *start_date;
  char      *end_date;
  GPtrArray *tasks;   /* of LkGatheringTask */
};

#define LK_TYPE_PROGRAMME (lk_programme_get_type ())
G_DECLARE_FINAL_TYPE (LkProgramme, lk_programme, LK, PROGRAMME, GObject)

struct _LkProgramme
{
  GObject parent_instance;

  char      *uuid;
  char      *name;
  int        year;
  GStrv      modules;      /* the programme's parts, like "LOS-speil" */
  GPtrArray *gatherings;   /* of LkGathering */
};

GPtrArray  *lk_store_list_programmes     (LkStore           *store,
                                          GError           **error);
gboolean    lk_store_put_programme       (LkStore           *store,
                                          LkProgramme       *programme,
                                          GError           **error);
gboolean    lk_store_add_gjesdal_programme (LkStore         *store,
                                            int              year,
                                            GError         **error);
GPtrArray  *lk_store_list_gatherings     (LkStore           *store,
                                          int                year,
                                          GError           **error);
gboolean    lk_store_set_task_done       (LkStore           *store,
                                          const char        *task_uuid,
                                          gboolean           done,
                                          GError           **error);


G_END_DECLS
