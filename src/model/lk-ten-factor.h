/* lk-ten-factor.h: the KS 10-faktor survey, its rounds and follow-up
 *
 * A round is one unit's results in one year: how many were invited and
 * answered, and per factor the mean (1–5) and, when known, how many gave
 * each answer. Comparison values (the municipality, all participating
 * municipalities, the unit type) are entered with the round; the unit's
 * previous round is found, not entered. The follow-up chooses factors to
 * keep and to improve, with a goal statement each, tiltak
 * (LK_SOURCE_TEN_FACTOR, by the focus's uuid) and quarterly reviews.
 *
 * Anonymity: results of fewer than three respondents are never stored,
 * and every list of rounds comes with the rule applied (see
 * lk_survey_apply_anonymity()): a hidden result is not in the objects at
 * all, so no view, chart, export or backup can show it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TEN_FACTOR_N        10
#define LK_ANONYMITY_MIN       3
#define LK_SURVEY_MAX_FOCUS    4
#define LK_SURVEY_MAX_REVIEWS  40
#define LK_SURVEY_MAX_PEOPLE   100000

typedef enum
{
  LK_COMPARISON_MUNICIPALITY = 0,
  LK_COMPARISON_PARTICIPANTS = 1,  /* all participating municipalities */
  LK_COMPARISON_UNIT_TYPE    = 2,
} LkComparisonKind;

#define LK_COMPARISON_N 3

typedef enum
{
  LK_FOCUS_KEEP    = 0,  /* bevaringsområde */
  LK_FOCUS_IMPROVE = 1,  /* innsatsområde */
} LkFocusKind;

typedef enum
{
  LK_RESULT_SHOWN       = 0,
  LK_RESULT_TOO_FEW     = 1,  /* fewer respondents than the threshold */
  LK_RESULT_SUBTRACTION = 2,  /* with its unit, it would reveal a smaller group */
} LkResultVisibility;

/* mean: NAN when not known; counts: -1 when not known */
typedef struct
{
  double mean;
  int    counts[5];
} LkFactorResult;

#define LK_TYPE_SURVEY_COMPARISON (lk_survey_comparison_get_type ())
G_DECLARE_FINAL_TYPE (LkSurveyComparison, lk_survey_comparison, LK, SURVEY_COMPARISON, GObject)

struct _LkSurveyComparison
{
  GObject           parent_instance;

  char             *uuid;
  LkComparisonKind  kind;
  char             *label;    /* "Fjordvik kommune", "Hjemmetjenester" */
  int               year;
  char             *source;   /* where the numbers come from */
  double            means[LK_TEN_FACTOR_N];   /* NAN: not given */
};

#define LK_TYPE_SURVEY_REVIEW (lk_survey_review_get_type ())
G_DECLARE_FINAL_TYPE (LkSurveyReview, lk_survey_review, LK, SURVEY_REVIEW, GObject)

struct _LkSurveyReview
{
  GObject  parent_instance;

  char    *uuid;
  char    *date;   /* ISO */
  char    *note;   /* what the measures did */
};

#define LK_TYPE_SURVEY_FOCUS (lk_survey_focus_get_type ())
G_DECLARE_FINAL_TYPE (LkSurveyFocus, lk_survey_focus, LK, SURVEY_FOCUS, GObject)

struct _LkSurveyFocus
{
  GObject      parent_instance;

  char        *uuid;
  guint        factor;      /* 1–10 */
  LkFocusKind  kind;
  char        *statement;   /* the goal statement */
  GPtrArray   *reviews;     /* LkSurveyReview, by date */
};

#define LK_TYPE_SURVEY_ROUND (lk_survey_round_get_type ())
G_DECLARE_FINAL_TYPE (LkSurveyRound, lk_survey_round, LK, SURVEY_ROUND, GObject)

struct _LkSurveyRound
{
  GObject             parent_instance;

  gint64              id;           /* > 0 once stored */
  char               *uuid;
  int                 year;
  char               *unit;
  char               *unit_type;    /* "Hjemmetjeneste"; may be empty */
  char               *part_of;      /* the unit it is a part of; may be empty */
  int                 invited;      /* -1: not known */
  int                 respondents;
  char               *meeting1;     /* the follow-up meetings, ISO; NULL */
  char               *meeting2;
  LkFactorResult      results[LK_TEN_FACTOR_N];
  GPtrArray          *comparisons;  /* LkSurveyComparison, one per kind at most */
  GPtrArray          *focus;        /* LkSurveyFocus, by factor */
  LkResultVisibility  visibility;   /* set by lk_survey_apply_anonymity() */
  char               *created;
  char               *updated;
};

const char         *lk_ten_factor_name              (guint          factor);
const char         *lk_ten_factor_description       (guint          factor);
gboolean            lk_ten_factor_parse             (const char    *text,
                                                     guint         *factor);
const char         *lk_comparison_kind_label        (LkComparisonKind kind);
const char         *lk_focus_kind_label             (LkFocusKind    kind);

LkSurveyComparison *lk_survey_comparison_new        (LkComparisonKind kind,
                                                     const char    *label,
                                                     int            year);
LkSurveyComparison *lk_survey_comparison_new_with_uuid (const char *uuid,
                                                     LkComparisonKind kind,
                                                     const char    *label,
                                                     int            year);
LkSurveyReview     *lk_survey_review_new            (const char    *uuid,
                                                     const char    *date,
                                                     const char    *note);
LkSurveyFocus      *lk_survey_focus_new             (const char    *uuid,
                                                     guint          factor,
                                                     LkFocusKind    kind,
                                                     const char    *statement);

LkSurveyRound      *lk_survey_round_new             (int            year,
                                                     const char    *unit);
LkSurveyRound      *lk_survey_round_new_with_uuid   (const char    *uuid,
                                                     int            year,
                                                     const char    *unit);
LkSurveyRound      *lk_survey_round_copy            (LkSurveyRound *self);
void                lk_survey_round_clear_results   (LkSurveyRound *self);
gboolean            lk_survey_round_has_results     (LkSurveyRound *self);
gboolean            lk_survey_round_has_counts      (LkSurveyRound *self);
double              lk_survey_round_response_rate   (LkSurveyRound *self);
char               *lk_survey_round_describe_response (LkSurveyRound *self);
const LkFactorResult *lk_survey_round_get_result    (LkSurveyRound *self,
                                                     guint          factor);
LkSurveyComparison *lk_survey_round_get_comparison  (LkSurveyRound *self,
                                                     LkComparisonKind kind);
LkSurveyFocus      *lk_survey_round_get_focus       (LkSurveyRound *self,
                                                     guint          factor);
gboolean            lk_survey_round_validate        (LkSurveyRound *self,
                                                     GError       **error);
char               *lk_survey_round_explain_hidden  (LkSurveyRound *self,
                                                     guint          threshold);

guint               lk_survey_apply_anonymity       (GPtrArray     *rounds,
                                                     guint          threshold);
LkSurveyRound      *lk_survey_previous_round        (GPtrArray     *rounds,
                                                     LkSurveyRound *round);
double              lk_factor_result_share          (const LkFactorResult *result,
                                                     guint          answer);

/* The store (lk-ten-factor-store.c) */
GPtrArray          *lk_store_list_survey_rounds     (LkStore       *store,
                                                     GError       **error);
LkSurveyRound      *lk_store_get_survey_round       (LkStore       *store,
                                                     const char    *uuid,
                                                     GError       **error);
gboolean            lk_store_put_survey_round       (LkStore       *store,
                                                     LkSurveyRound *round,
                                                     GError       **error);
gboolean            lk_store_save_survey_round      (LkStore       *store,
                                                     LkSurveyRound *round,
                                                     GError       **error);
gboolean            lk_store_delete_survey_round    (LkStore       *store,
                                                     const char    *uuid,
                                                     GError       **error);
guint               lk_store_get_anonymity_threshold (LkStore      *store);
gboolean            lk_store_set_anonymity_threshold (LkStore      *store,
                                                     guint          threshold,
                                                     GError       **error);

G_END_DECLS
