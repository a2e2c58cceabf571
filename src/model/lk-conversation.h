/* lk-conversation.h: ROS-samtaler, result and follow-up conversations
 *
 * A conversation is held between two leader levels, tied to the tertial
 * reports. Its brief follows the handbook's agenda: for each topic the
 * leader writes a text, and the application assembles what the other
 * areas hold (goals and KPIs, tiltak, risks and deviations, 10-faktor,
 * benefits, the Jeg-plan and the log entries flagged for sharing). The
 * assembled part is a snapshot (LkBriefItem rows) taken by *Prepare*,
 * taken again on request, and frozen when the conversation is *Held*.
 * Agreed measures are tiltak with LK_SOURCE_CONVERSATION; the open ones
 * agreed with the same person come back in the next brief.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-store.h"

G_BEGIN_DECLS

/* The handbook's agenda, in its order. Stored as integers. */
typedef enum
{
  LK_TOPIC_QUALITY   = 0,  /* kvalitet i tjenestene */
  LK_TOPIC_GOALS     = 1,  /* framdrift på mål og oppdrag */
  LK_TOPIC_POLITICAL = 2,  /* iverksetting av politiske vedtak */
  LK_TOPIC_BUDGET    = 3,  /* budsjettoppfølging */
  LK_TOPIC_RISK      = 4,  /* risiko for lovbrudd og alvorlige avvik */
  LK_TOPIC_OTHER     = 5,  /* annen oppfølging */
  LK_TOPIC_SUPPORT   = 6,  /* lederstøtte */
} LkAgendaTopic;

#define LK_TOPIC_N 7

typedef enum
{
  LK_PERIOD_T1    = 0,
  LK_PERIOD_T2    = 1,
  LK_PERIOD_YEAR  = 2,  /*< nick=year-end >*/  /* årsavslutning */
  LK_PERIOD_OTHER = 3,
} LkConversationPeriod;

typedef enum
{
  LK_CONVERSATION_PLANNED  = 0,
  LK_CONVERSATION_PREPARED = 1,
  LK_CONVERSATION_HELD     = 2,
} LkConversationStatus;

/* What a row of the assembled brief is. Stored as integers. */
typedef enum
{
  LK_BRIEF_KPI           = 0,   /* grade: LkGoalStatus; trend: LkTrend */
  LK_BRIEF_GOAL          = 1,   /* a goal's status without KPIs of its own */
  LK_BRIEF_MEASURE       = 2,   /* grade: LkBriefMeasureGroup; trend: LkMeasureStatus */
  LK_BRIEF_RISK          = 3,   /* grade: zone before; trend: zone after (-1 none);
                                 * v: probability, consequence before and after */
  LK_BRIEF_DEVIATIONS    = 4,   /* one per cause class: v0 in the period, v1 open,
                                 * v2 of high severity */
  LK_BRIEF_DEVIATION     = 5,   /* an open deviation; grade: severity */
  LK_BRIEF_SURVEY        = 6,   /* the latest 10-faktor round; grade: LkResultVisibility;
                                 * v0 respondents, v1 invited, v2 year,
                                 * v3 the year of the previous round shown */
  LK_BRIEF_SURVEY_FACTOR = 7,   /* grade: factor; v0 mean, v1 municipality, v2 previous round */
  LK_BRIEF_SURVEY_FOCUS  = 8,   /* grade: factor; trend: LkFocusKind */
  LK_BRIEF_BENEFIT       = 9,   /* v: NOK identified, realised; FTE identified, realised */
  LK_BRIEF_DEV_GOAL      = 10,  /* grade: LkDevGoalStatus; v0 progress */
  LK_BRIEF_LOG_ENTRY     = 11,  /* a log entry flagged for sharing */
  LK_BRIEF_NOTE          = 12,  /* a sentence saying why a part is empty or cut */
} LkBriefKind;

typedef enum
{
  LK_BRIEF_OVERDUE = 0,
  LK_BRIEF_DUE     = 1,   /* due before the next conversation */
  LK_BRIEF_DONE    = 2,   /* done since the last one */
  LK_BRIEF_AGREED  = 3,   /* agreed in an earlier conversation with the same person, still open */
} LkBriefMeasureGroup;

#define LK_CONVERSATION_TEXT_MAX   20000
#define LK_CONVERSATION_NAME_MAX   200
#define LK_BRIEF_MAX_ITEMS         2000
#define LK_NOTE_MORE_KPIS          "more-kpis"

#define LK_TYPE_BRIEF_ITEM (lk_brief_item_get_type ())
G_DECLARE_FINAL_TYPE (LkBriefItem, lk_brief_item, LK, BRIEF_ITEM, GObject)

struct _LkBriefItem
{
  GObject        parent_instance;

  LkAgendaTopic  topic;
  LkBriefKind    kind;
  int            grade;
  int            trend;
  char          *area;      /* the area that holds it ("masterplan", …), or NULL */
  char          *ref;       /* its uuid there */
  char          *title;
  char          *subtitle;  /* the goal of a KPI, the assessment of a risk, … */
  char          *value;     /* formatted when assembled: a snapshot is a document */
  char          *target;
  char          *date;      /* ISO */
  char          *owner;
  char          *text;
  double         v[4];      /* NAN when not known */
};

#define LK_TYPE_CONVERSATION (lk_conversation_get_type ())
G_DECLARE_FINAL_TYPE (LkConversation, lk_conversation, LK, CONVERSATION, GObject)

struct _LkConversation
{
  GObject               parent_instance;

  gint64                id;          /* > 0 once stored */
  char                 *uuid;
  char                 *with_name;   /* the other leader */
  char                 *with_role;
  char                 *unit;        /* the leader's unit */
  char                 *date;        /* ISO */
  char                 *time;        /* "HH:MM", or NULL */
  LkConversationPeriod  period;
  char                 *period_text; /* for LK_PERIOD_OTHER */
  LkConversationStatus  status;
  char                 *next_date;   /* agreed at the end; NULL */
  double                budget;      /* NOK; NAN when not given */
  double                spent;
  double                forecast;
  char                 *texts[LK_TOPIC_N];  /* what the leader prepares */
  char                 *notes[LK_TOPIC_N];  /* what was said */
  char                 *prepared;    /* when the brief was assembled; NULL */
  char                 *held;        /* when it was marked held; NULL */
  GPtrArray            *brief;       /* of LkBriefItem, in order */
  char                 *created;
  char                 *updated;
};

LkBriefItem    *lk_brief_item_new              (LkAgendaTopic   topic,
                                                LkBriefKind     kind,
                                                const char     *title);
LkBriefItem    *lk_brief_item_copy             (LkBriefItem    *self);

LkConversation *lk_conversation_new            (const char     *with_name,
                                                const char     *date);
LkConversation *lk_conversation_new_with_uuid  (const char     *uuid,
                                                const char     *with_name,
                                                const char     *date);
LkConversation *lk_conversation_copy           (LkConversation *self);
gboolean        lk_conversation_validate       (LkConversation *self,
                                                GError        **error);
char           *lk_conversation_title          (LkConversation *self);
char           *lk_conversation_period_label   (LkConversation *self);
int             lk_conversation_year           (LkConversation *self);
double          lk_conversation_deviation      (LkConversation *self,
                                                double         *percent);
guint           lk_brief_count                 (LkConversation *self,
                                                LkAgendaTopic   topic,
                                                LkBriefKind     kind);

const char     *lk_agenda_topic_title          (LkAgendaTopic   topic);
const char     *lk_agenda_topic_hint           (LkAgendaTopic   topic);
const char     *lk_conversation_period_name    (LkConversationPeriod period);
const char     *lk_conversation_status_name    (LkConversationStatus status);
const char     *lk_brief_measure_group_title   (LkBriefMeasureGroup group);
LkConversationPeriod lk_conversation_period_for_date (const char *iso);

/* The store (lk-conversations.c) */
GListStore     *lk_store_list_conversations    (LkStore        *store,
                                                int             year,
                                                GError        **error);
LkConversation *lk_store_get_conversation      (LkStore        *store,
                                                const char     *uuid,
                                                GError        **error);
LkConversation *lk_store_next_conversation     (LkStore        *store,
                                                const char     *today,
                                                GError        **error);
gboolean        lk_store_put_conversation      (LkStore        *store,
                                                LkConversation *conversation,
                                                GError        **error);
gboolean        lk_store_save_conversation     (LkStore        *store,
                                                LkConversation *conversation,
                                                GError        **error);
gboolean        lk_store_restore_conversation  (LkStore        *store,
                                                LkConversation *conversation,
                                                GError        **error);
gboolean        lk_store_delete_conversation   (LkStore        *store,
                                                const char     *uuid,
                                                GError        **error);
GArray         *lk_store_list_conversation_years (LkStore      *store,
                                                GError        **error);

/* The brief (lk-conversation-brief.c) */
GPtrArray      *lk_store_assemble_brief        (LkStore        *store,
                                                LkConversation *conversation,
                                                const char     *today,
                                                GError        **error);
gboolean        lk_store_prepare_conversation  (LkStore        *store,
                                                LkConversation *conversation,
                                                const char     *today,
                                                GError        **error);
gboolean        lk_store_hold_conversation     (LkStore        *store,
                                                LkConversation *conversation,
                                                GError        **error);
GListStore     *lk_store_list_agreed_measures  (LkStore        *store,
                                                LkConversation *conversation,
                                                GError        **error);

G_END_DECLS
