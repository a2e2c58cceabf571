/* lk-risk.h: risk assessments, their risks and bowties, and deviations
 *
 * Plain structures, read and written whole: an assessment is edited as one
 * form, and saving it is one transaction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-risk-matrix.h"
#include "lk-store.h"

G_BEGIN_DECLS

/* A probability or consequence not assessed yet */
#define LK_RISK_UNSET (-1.0)

/* The 4V screening of candidate topics */
typedef enum
{
  LK_4V_VIKTIG     = 1 << 0,   /* important */
  LK_4V_VANLIG     = 1 << 1,   /* common */
  LK_4V_VANSKELIG  = 1 << 2,   /* difficult */
  LK_4V_VARIASJON  = 1 << 3,   /* varies in practice */
} LkScreeningFlags;

/* Internkontrollhjulet: how far a risk has come */
typedef enum
{
  LK_RISK_STEP_NONE = 0,         /* nothing described yet */
  LK_RISK_STEP_IDENTIFIED,       /* what can go wrong */
  LK_RISK_STEP_ASSESSED,         /* probability and consequence before */
  LK_RISK_STEP_CONTROLS,         /* existing controls, "is it enough?" */
  LK_RISK_STEP_MEASURES,         /* new measures, or enough as it is */
  LK_RISK_STEP_FOLLOWED_UP,      /* residual risk and a follow-up date */
} LkRiskStep;

typedef enum
{
  LK_DEVIATION_SYSTEM    = 0,
  LK_DEVIATION_PROCEDURE = 1,
  LK_DEVIATION_HUMAN     = 2,
} LkDeviationCause;

typedef enum
{
  LK_DEVIATION_OPEN      = 0,
  LK_DEVIATION_HANDLING  = 1,
  LK_DEVIATION_CLOSED    = 2,
} LkDeviationStatus;

typedef struct
{
  char *uuid;
  char *text;
  char *measure_uuid;   /* the tiltak this barrier is, or NULL */
} LkBarrier;

#define LK_TYPE_BOWTIE_ITEM (lk_bowtie_item_get_type ())
G_DECLARE_FINAL_TYPE (LkBowtieItem, lk_bowtie_item, LK, BOWTIE_ITEM, GObject)

struct _LkBowtieItem
{
  GObject parent_instance;

  char      *uuid;
  char      *text;       /* a cause, or a consequence */
  GPtrArray *barriers;   /* of LkBarrier: preventive, or mitigating */
};

#define LK_TYPE_SCREENING_TOPIC (lk_screening_topic_get_type ())
G_DECLARE_FINAL_TYPE (LkScreeningTopic, lk_screening_topic, LK, SCREENING_TOPIC, GObject)

struct _LkScreeningTopic
{
  GObject parent_instance;

  char     *topic;
  guint     flags;       /* LkScreeningFlags */
  gboolean  chosen;      /* taken on into the assessment */
};

#define LK_TYPE_RISK (lk_risk_get_type ())
G_DECLARE_FINAL_TYPE (LkRisk, lk_risk, LK, RISK, GObject)

struct _LkRisk
{
  GObject parent_instance;

  char      *uuid;
  char      *hazard;        /* what can go wrong */
  char      *causes;
  GStrv      consequence_types;
  double     p_before;      /* positions 0..1, or LK_RISK_UNSET */
  double     c_before;
  char      *controls;      /* what is already done */
  int        enough;        /* -1 not answered, 0 no, 1 yes */
  double     p_after;       /* residual */
  double     c_after;
  char      *follow_up;     /* ISO date, or NULL */
  char      *top_event;     /* the bowtie's centre; the hazard if empty */
  GPtrArray *bowtie_causes;        /* of LkBowtieItem */
  GPtrArray *bowtie_consequences;  /* of LkBowtieItem */
};

#define LK_TYPE_RISK_ASSESSMENT (lk_risk_assessment_get_type ())
G_DECLARE_FINAL_TYPE (LkRiskAssessment, lk_risk_assessment, LK, RISK_ASSESSMENT, GObject)

struct _LkRiskAssessment
{
  GObject parent_instance;

  char         *uuid;
  char         *title;          /* subject area */
  char         *workplace;
  char         *unit;
  char         *date;
  char         *participants;
  LkRiskMatrix  matrix;
  GStrv         consequence_types;
  GPtrArray    *screening;      /* of LkScreeningTopic */
  GPtrArray    *risks;          /* of LkRisk */
  char         *created;
  char         *updated;
};

#define LK_TYPE_DEVIATION (lk_deviation_get_type ())
G_DECLARE_FINAL_TYPE (LkDeviation, lk_deviation, LK, DEVIATION, GObject)

struct _LkDeviation
{
  GObject parent_instance;

  char              *uuid;
  char              *date;
  char              *description;
  LkDeviationCause   cause;
  guint              severity;    /* 1 low … 3 high */
  char              *risk_uuid;
  char              *measure_uuid;
  LkDeviationStatus  status;
  char              *created;
  char              *updated;
};

LkBarrier        *lk_barrier_new              (const char          *text);
void              lk_barrier_free             (LkBarrier           *barrier);
LkBowtieItem     *lk_bowtie_item_new          (const char          *text);
LkScreeningTopic *lk_screening_topic_new      (const char          *topic,
                                               guint                flags);

gboolean          lk_risk_position_is_set     (double               position);
LkRisk           *lk_risk_new                 (const char          *hazard);
LkRisk           *lk_risk_copy                (const LkRisk        *risk);
guint             lk_risk_assessment_put_risk    (LkRiskAssessment   *assessment,
                                                  const LkRisk       *risk);
gboolean          lk_risk_assessment_remove_risk (LkRiskAssessment   *assessment,
                                                  const char         *risk_uuid);
int               lk_risk_assessment_find_risk   (const LkRiskAssessment *assessment,
                                                  const char         *risk_uuid);
void              lk_bowtie_item_set_barriers    (LkBowtieItem       *item,
                                                  const char * const *lines,
                                                  GListModel         *measures);
void              lk_risk_set_before          (LkRisk              *risk,
                                               guint                probability,
                                               guint                consequence,
                                               guint                size);
void              lk_risk_set_after           (LkRisk              *risk,
                                               guint                probability,
                                               guint                consequence,
                                               guint                size);
gboolean          lk_risk_get_before          (const LkRisk        *risk,
                                               guint                size,
                                               guint               *probability,
                                               guint               *consequence);
gboolean          lk_risk_get_after           (const LkRisk        *risk,
                                               guint                size,
                                               guint               *probability,
                                               guint               *consequence);
LkRiskStep        lk_risk_get_step            (const LkRisk        *risk,
                                               guint                n_measures);

LkRiskAssessment *lk_risk_assessment_new      (const char          *title,
                                               const char          *date);
gboolean          lk_risk_assessment_validate (const LkRiskAssessment *assessment,
                                               GError             **error);

LkRiskAssessment *lk_store_new_risk_assessment    (LkStore         *store,
                                                   const char      *title);
gboolean          lk_store_set_default_matrix     (LkStore         *store,
                                                   const LkRiskMatrix *matrix,
                                                   const char * const *consequence_types,
                                                   GError         **error);
GPtrArray        *lk_store_list_risk_assessments  (LkStore         *store,
                                                   GError         **error);
LkRiskAssessment *lk_store_get_risk_assessment    (LkStore         *store,
                                                   const char      *uuid,
                                                   GError         **error);
gboolean          lk_store_save_risk_assessment   (LkStore         *store,
                                                   LkRiskAssessment *assessment,
                                                   GError         **error);
gboolean          lk_store_put_risk_assessment    (LkStore         *store,
                                                   LkRiskAssessment *assessment,
                                                   GError         **error);
gboolean          lk_store_delete_risk_assessment (LkStore         *store,
                                                   const char      *uuid,
                                                   GError         **error);
guint             lk_store_count_risk_measures    (LkStore         *store,
                                                   const char      *risk_uuid);
GListStore       *lk_store_list_risk_measures     (LkStore         *store,
                                                   const char      *risk_uuid);

LkDeviation      *lk_deviation_new            (const char          *date,
                                               const char          *description);
gboolean          lk_deviation_validate       (const LkDeviation   *deviation,
                                               GError             **error);
GPtrArray        *lk_store_list_deviations    (LkStore             *store,
                                               int                  year,
                                               GError             **error);
gboolean          lk_store_save_deviation     (LkStore             *store,
                                               LkDeviation         *deviation,
                                               GError             **error);
gboolean          lk_store_put_deviation      (LkStore             *store,
                                               LkDeviation         *deviation,
                                               GError             **error);
gboolean          lk_store_delete_deviation   (LkStore             *store,
                                               const char          *uuid,
                                               GError             **error);
gboolean          lk_store_count_deviations_per_tertial (LkStore   *store,
                                                         int        year,
                                                         guint      counts[3],
                                                         GError   **error);

const char *lk_zone_to_label               (LkZone             zone);
const char *lk_risk_step_to_label          (LkRiskStep         step);
const char *lk_risk_step_to_hint           (LkRiskStep         step);
const char *lk_deviation_cause_to_label    (LkDeviationCause   cause);
const char *lk_deviation_severity_to_label (guint              severity);
const char *lk_deviation_status_to_label   (LkDeviationStatus  status);
const char *lk_screening_flag_to_label     (LkScreeningFlags   flag);


G_END_DECLS
