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

typedef struct
{
  char  *key;        /* "strength", "evaluation", "driscoll", "gibbs", or a uuid */
  char  *name;
  GStrv  sections;   /* the prompts, each a heading in the entry */
  gboolean builtin;
} LkLogTemplate;

void        lk_log_template_free         (LkLogTemplate *template);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkLogTemplate, lk_log_template_free)

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

typedef struct
{
  char   *uuid;
  char   *date;
  char   *title_markup;    /* Pango markup, the matching words in bold */
  char   *snippet_markup;
  double  rank;            /* lower is better (bm25) */
} LkLogHit;

GArray     *lk_store_list_log_ids        (LkStore           *store,
                                          const LkLogFilter *filter,
                                          GError           **error);
LkLogEntry *lk_store_get_log_entry_by_id (LkStore           *store,
                                          gint64             id);
GListStore *lk_store_list_log_entries    (LkStore           *store,
                                          const LkLogFilter *filter,
                                          GError           **error);
LkLogEntry *lk_store_get_log_entry       (LkStore           *store,
                                          const char        *uuid,
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
GStrv       lk_store_list_log_tags       (LkStore           *store,
                                          GError           **error);
char       *lk_log_search_query          (const char        *text);
GPtrArray  *lk_store_search_log          (LkStore           *store,
                                          const char        *text,
                                          guint              limit,
                                          GError           **error);
void        lk_log_hit_free              (LkLogHit          *hit);
gboolean    lk_store_count_log_per_week  (LkStore           *store,
                                          int                year,
                                          guint              counts[53],
                                          GError           **error);

/* --- the leadership programme ---------------------------------------------- */

typedef struct
{
  char     *uuid;
  char     *text;
  gboolean  after;   /* work after the gathering, else before */
  gboolean  done;
} LkGatheringTask;

typedef struct
{
  char      *uuid;
  char      *programme_uuid;
  char      *title;
  char      *theme;
  char      *start_date;
  char      *end_date;
  GPtrArray *tasks;   /* of LkGatheringTask */
} LkGathering;

typedef struct
{
  char      *uuid;
  char      *name;
  int        year;
  GStrv      modules;      /* the programme's parts, like "LOS-speil" */
  GPtrArray *gatherings;   /* of LkGathering */
} LkProgramme;

void        lk_gathering_free            (LkGathering       *gathering);
void        lk_gathering_task_free       (LkGatheringTask   *task);
void        lk_programme_free            (LkProgramme       *programme);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkGathering, lk_gathering_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LkProgramme, lk_programme_free)

G_END_DECLS
