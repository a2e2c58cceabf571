/* lk-masterplan.h: the goal breakdown (målnedbrytning)
 *
 * The kommuneplan's priority areas are the roots (level 0); under them
 * run the goals of level 1 (KLT) to 5 (personal goals), each hanging under
 * a node exactly one level up. A goal may also support goals anywhere else
 * in the tree. KPIs measure a goal per tertial; benefits record what an
 * improvement gave. Status is derived from the KPIs and rolls up the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-number.h"
#include "lk-store.h"

G_BEGIN_DECLS

/* Stored as integers: append, never renumber. */
typedef enum
{
  LK_PERSPECTIVE_NONE      = 0,
  LK_PERSPECTIVE_COMMUNITY = 1,  /* Samfunnet */
  LK_PERSPECTIVE_SERVICES  = 2,  /* Tjenestene */
  LK_PERSPECTIVE_EMPLOYEES = 3,  /* Medarbeiderne */
  LK_PERSPECTIVE_ECONOMY   = 4,  /* Økonomien */
} LkPerspective;

#define LK_PERSPECTIVE_N 5

/* Worse is larger, so the worst of several is their maximum */
typedef enum
{
  LK_GOAL_STATUS_NO_DATA = 0,
  LK_GOAL_STATUS_GREEN   = 1,
  LK_GOAL_STATUS_YELLOW  = 2,
  LK_GOAL_STATUS_RED     = 3,
} LkGoalStatus;

#define LK_GOAL_STATUS_N 4

typedef enum
{
  LK_KPI_UNIT_PERCENT = 0,
  LK_KPI_UNIT_COUNT   = 1,
  LK_KPI_UNIT_NOK     = 2,
  LK_KPI_UNIT_DAYS    = 3,
  LK_KPI_UNIT_FTE     = 4,
  LK_KPI_UNIT_OTHER   = 5,  /* unit_text says which */
} LkKpiUnit;

typedef enum
{
  LK_KPI_HIGHER_IS_BETTER = 0,
  LK_KPI_LOWER_IS_BETTER  = 1,
  LK_KPI_KEEP_WITHIN      = 2,  /* between band_low and band_high */
} LkKpiDirection;

typedef enum
{
  LK_KPI_PATH_LINEAR = 0,  /* a little closer every tertial */
  LK_KPI_PATH_STEPS  = 1,  /* each year's step reached by its T3 */
} LkKpiPath;

typedef enum
{
  LK_TREND_UNKNOWN = 0,
  LK_TREND_BETTER  = 1,
  LK_TREND_SAME    = 2,
  LK_TREND_WORSE   = 3,
} LkTrend;

typedef enum
{
  LK_BENEFIT_AVOIDED_COST = 0,
  LK_BENEFIT_TIME_SAVED   = 1,
  LK_BENEFIT_QUALITY      = 2,
} LkBenefitKind;

/* The six SMARTE criteria, as bits of LkGoal::smart */
typedef enum /*< flags >*/
{
  LK_SMART_SPECIFIC   = 1 << 0,
  LK_SMART_MEASURABLE = 1 << 1,
  LK_SMART_ACCEPTED   = 1 << 2,
  LK_SMART_REALISTIC  = 1 << 3,
  LK_SMART_TIMED      = 1 << 4,
  LK_SMART_EVALUABLE  = 1 << 5,
} LkSmartFlags;

#define LK_SMART_N 6
#define LK_GOAL_MAX_LEVEL 5
#define LK_KPI_MAX_PER_GOAL 20
#define LK_GOAL_MAX_SUPPORTS 50

/* --- organisation units --------------------------------------------------- */

#define LK_TYPE_ORG_UNIT (lk_org_unit_get_type ())
G_DECLARE_FINAL_TYPE (LkOrgUnit, lk_org_unit, LK, ORG_UNIT, GObject)

struct _LkOrgUnit
{
  GObject  parent_instance;

  char    *uuid;
  char    *name;
  guint    level;        /* 1 KLT, 2 tjenesteområde, 3 virksomhet, 4 avdeling */
  char    *parent_uuid;  /* one level up, or NULL */
  char    *updated;
};

LkOrgUnit *lk_org_unit_new (const char *name,
                            guint       level,
                            const char *parent_uuid);

/* --- the kommuneplan -------------------------------------------------------- */

#define LK_TYPE_KOMMUNEPLAN (lk_kommuneplan_get_type ())
G_DECLARE_FINAL_TYPE (LkKommuneplan, lk_kommuneplan, LK, KOMMUNEPLAN, GObject)

struct _LkKommuneplan
{
  GObject  parent_instance;

  char    *uuid;
  char    *title;
  int      first_year;
  int      last_year;
  char    *updated;
};

LkKommuneplan *lk_kommuneplan_new (const char *title,
                                   int         first_year,
                                   int         last_year);

/* --- KPIs ------------------------------------------------------------------- */

typedef struct
{
  int    year;
  int    tertial;   /* 1 to 3; T3 is the year's value */
  double value;
} LkKpiValue;

#define LK_TYPE_KPI (lk_kpi_get_type ())
G_DECLARE_FINAL_TYPE (LkKpi, lk_kpi, LK, KPI, GObject)

/* Optional numbers are NAN when not set */
struct _LkKpi
{
  GObject         parent_instance;

  char           *uuid;
  char           *name;
  LkKpiUnit       unit_kind;
  char           *unit_text;
  LkKpiDirection  direction;
  double          baseline;
  int             baseline_year;
  double          target;
  int             target_year;
  double          band_low;
  double          band_high;
  double          yellow;     /* a shortfall beyond this is yellow … */
  double          red;        /* … and beyond this red */
  gboolean        share;      /* thresholds in % of the target, not in its unit */
  LkKpiPath       path;
  GArray         *values;     /* of LkKpiValue, oldest first */
};

LkKpi       *lk_kpi_new          (const char     *name);
LkKpi       *lk_kpi_new_with_uuid (const char    *uuid,
                                  const char     *name);
LkKpi       *lk_kpi_copy         (LkKpi          *self);
gboolean     lk_kpi_validate     (LkKpi          *self,
                                  GError        **error);
void         lk_kpi_set_value    (LkKpi          *self,
                                  int             year,
                                  int             tertial,
                                  double          value);
gboolean     lk_kpi_unset_value  (LkKpi          *self,
                                  int             year,
                                  int             tertial);
const LkKpiValue *lk_kpi_get_value (LkKpi        *self,
                                    int           year,
                                    int           tertial);
const LkKpiValue *lk_kpi_latest  (LkKpi          *self,
                                  int             year,
                                  int             tertial);
double       lk_kpi_expected     (LkKpi          *self,
                                  int             year,
                                  int             tertial);
double       lk_kpi_shortfall    (LkKpi          *self,
                                  double          value,
                                  double          expected);
double       lk_kpi_threshold    (const LkKpi    *self,
                                  double          limit);
LkGoalStatus lk_kpi_status_of    (LkKpi          *self,
                                  double          value,
                                  int             year,
                                  int             tertial);
LkGoalStatus lk_kpi_status       (LkKpi          *self,
                                  int             year,
                                  int             tertial);
LkTrend      lk_kpi_trend        (LkKpi          *self,
                                  int             year,
                                  int             tertial,
                                  gboolean        last_year);
const char  *lk_kpi_unit_symbol  (LkKpi          *self);
char        *lk_kpi_format       (LkKpi          *self,
                                  double          value);

/* --- benefits (gevinstrealisering) ------------------------------------------ */

#define LK_TYPE_BENEFIT (lk_benefit_get_type ())
G_DECLARE_FINAL_TYPE (LkBenefit, lk_benefit, LK, BENEFIT, GObject)

typedef enum
{
  LK_BENEFIT_PLANNED    = 0,
  LK_BENEFIT_IDENTIFIED = 1,
  LK_BENEFIT_REALISED   = 2,
} LkBenefitStage;

struct _LkBenefit
{
  GObject        parent_instance;

  char          *uuid;
  char          *goal_uuid;     /* one of the two */
  char          *measure_uuid;
  LkBenefitKind  kind;
  double         fte[3];        /* by LkBenefitStage */
  double         nok[3];
  char          *period;
  char          *text;
  char          *updated;
};

typedef struct
{
  double fte[3];
  double nok[3];
} LkBenefitTotals;

LkBenefit   *lk_benefit_new       (const char *goal_uuid,
                                   const char *measure_uuid);
LkBenefit   *lk_benefit_new_with_uuid (const char *uuid,
                                       const char *goal_uuid,
                                       const char *measure_uuid);
LkBenefit   *lk_benefit_copy      (LkBenefit  *self);
gboolean     lk_benefit_validate  (LkBenefit  *self,
                                   GError    **error);

/* --- goals -------------------------------------------------------------------- */

#define LK_TYPE_GOAL (lk_goal_get_type ())
G_DECLARE_FINAL_TYPE (LkGoal, lk_goal, LK, GOAL, GObject)

struct _LkGoal
{
  GObject        parent_instance;

  gint64         id;              /* > 0 once stored */
  char          *uuid;
  char          *plan_uuid;       /* level 0: its kommuneplan */
  char          *parent_uuid;     /* levels 1–5 */
  guint          level;           /* 0 is a priority area */
  guint          position;        /* among its siblings */
  char          *title;
  char          *description;
  char          *unit_uuid;
  LkPerspective  perspective;
  char          *now_text;        /* Hvor er vi i dag? */
  char          *where_text;      /* Hvor skal vi? */
  char          *how_text;        /* Hva må vi gjøre for å komme dit? */
  guint          smart;           /* LkSmartFlags */
  char          *owner;
  int            first_year;
  int            last_year;
  LkGoalStatus   manual_status;   /* NO_DATA: derived */
  gboolean       manual;          /* manual_status set by hand */
  char          *status_reason;
  gboolean       archived;
  GPtrArray     *supports;        /* uuids of goals this one contributes to */
  GPtrArray     *kpis;            /* of LkKpi */
  char          *created;
  char          *updated;

  /* In a loaded plan only */
  LkGoal        *parent;          /* not owned */
  GPtrArray     *children;        /* of LkGoal, in order (arrays, not list
                                   * stores: a plan holds 10,000 goals) */
  GPtrArray     *benefits;        /* of LkBenefit: its own and its measures' */
  LkGoalStatus   status;          /* after lk_masterplan_roll_up() */
  LkGoalStatus   derived;         /* what the KPIs and children say */
  guint          counts[LK_GOAL_STATUS_N]; /* direct children by status */
  LkBenefitTotals totals;         /* its subtree's benefits */
};

LkGoal      *lk_goal_new          (const char    *title,
                                   guint          level,
                                   const char    *parent_uuid);
LkGoal      *lk_goal_new_with_uuid (const char   *uuid,
                                    const char   *title,
                                    guint         level,
                                    const char   *parent_uuid);
LkGoal      *lk_goal_copy         (LkGoal        *self);
gboolean     lk_goal_validate     (LkGoal        *self,
                                   GError       **error);
gboolean     lk_goal_in_year      (LkGoal        *self,
                                   int            year);
guint        lk_goal_count_smart  (LkGoal        *self);
const char  *lk_goal_level_name   (guint          level);
const char  *lk_goal_level_short  (guint          level);
const char  *lk_perspective_name  (LkPerspective  perspective);
const char  *lk_goal_status_name  (LkGoalStatus   status);
const char  *lk_smart_name        (guint          index);
const char  *lk_smart_hint        (guint          index);


/* --- a whole plan in memory ----------------------------------------------- */

#define LK_TYPE_MASTERPLAN (lk_masterplan_get_type ())
G_DECLARE_FINAL_TYPE (LkMasterplan, lk_masterplan, LK, MASTERPLAN, GObject)

struct _LkMasterplan
{
  GObject      parent_instance;

  GListStore  *plans;     /* of LkKommuneplan */
  GListStore  *areas;     /* of LkGoal (level 0), the tree's roots */
  GListStore  *units;     /* of LkOrgUnit */
  GHashTable  *goals;     /* uuid → LkGoal, every level */
  GHashTable  *unit_map;  /* uuid → LkOrgUnit */
  guint        n_goals;   /* levels 1–5 */
};

/* Called in the tree's order, a parent before its children */
typedef gboolean (*LkGoalFunc) (LkGoal   *goal,
                                gpointer  data);

LkMasterplan *lk_masterplan_new         (void);
LkGoal       *lk_masterplan_find        (LkMasterplan  *self,
                                         const char    *uuid);
LkGoal       *lk_masterplan_find_titled (LkMasterplan  *self,
                                         const char    *title);
LkOrgUnit    *lk_masterplan_find_unit   (LkMasterplan  *self,
                                         const char    *uuid);
gboolean      lk_masterplan_foreach     (LkMasterplan  *self,
                                         LkGoalFunc     func,
                                         gpointer       data);
gboolean      lk_goal_foreach           (LkGoal        *goal,
                                         LkGoalFunc     func,
                                         gpointer       data);
void          lk_masterplan_roll_up     (LkMasterplan  *self,
                                         int            year,
                                         int            tertial);
GPtrArray    *lk_masterplan_path        (LkMasterplan  *self,
                                         LkGoal        *goal);
GPtrArray    *lk_masterplan_subtree     (LkMasterplan  *self,
                                         LkGoal        *goal);
GPtrArray    *lk_masterplan_supporters  (LkMasterplan  *self,
                                         LkGoal        *goal);
gboolean      lk_masterplan_is_ancestor (LkGoal        *ancestor,
                                         LkGoal        *goal);
void          lk_masterplan_years       (LkMasterplan  *self,
                                         int           *first,
                                         int           *last);
gboolean      lk_goals_order_for_put    (GPtrArray     *goals,
                                         GError       **error);
void          lk_today_tertial          (int           *year,
                                         int           *tertial);

/* A goal and all below it, copied with their benefits: what Undo of a
 * delete puts back */
#define LK_TYPE_GOAL_SUBTREE (lk_goal_subtree_get_type ())
G_DECLARE_FINAL_TYPE (LkGoalSubtree, lk_goal_subtree, LK, GOAL_SUBTREE, GObject)

struct _LkGoalSubtree
{
  GObject    parent_instance;

  GPtrArray *goals;       /* of LkGoal, parents first */
};

LkGoalSubtree *lk_goal_subtree_new      (LkMasterplan  *mp,
                                         LkGoal        *goal);

/* --- the store ---------------------------------------------------------------- */

LkMasterplan *lk_store_load_masterplan  (LkStore       *store,
                                         GError       **error);
gboolean      lk_store_put_goal         (LkStore       *store,
                                         LkGoal        *goal,
                                         GError       **error);
gboolean      lk_store_save_goal        (LkStore       *store,
                                         LkGoal        *goal,
                                         GError       **error);
gboolean      lk_store_delete_goal      (LkStore       *store,
                                         const char    *uuid,
                                         GError       **error);
gboolean      lk_store_restore_goals    (LkStore       *store,
                                         LkGoalSubtree *subtree,
                                         GError       **error);
gboolean      lk_store_copy_year        (LkStore       *store,
                                         int            from_year,
                                         int           *n_copied,
                                         GError       **error);
gboolean      lk_store_put_kommuneplan  (LkStore       *store,
                                         LkKommuneplan *plan,
                                         GError       **error);
gboolean      lk_store_save_kommuneplan (LkStore       *store,
                                         LkKommuneplan *plan,
                                         GError       **error);
gboolean      lk_store_put_org_unit     (LkStore       *store,
                                         LkOrgUnit     *unit,
                                         GError       **error);
gboolean      lk_store_save_org_unit    (LkStore       *store,
                                         LkOrgUnit     *unit,
                                         GError       **error);
gboolean      lk_store_delete_org_unit  (LkStore       *store,
                                         const char    *uuid,
                                         GError       **error);
gboolean      lk_store_put_benefit      (LkStore       *store,
                                         LkBenefit     *benefit,
                                         GError       **error);
gboolean      lk_store_save_benefit     (LkStore       *store,
                                         LkBenefit     *benefit,
                                         GError       **error);
gboolean      lk_store_delete_benefit   (LkStore       *store,
                                         const char    *uuid,
                                         GError       **error);
GPtrArray    *lk_store_list_benefits    (LkStore       *store,
                                         GError       **error);
GListStore   *lk_store_list_org_units   (LkStore       *store,
                                         GError       **error);

G_END_DECLS
