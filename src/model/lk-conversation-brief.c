/* lk-conversation-brief.c: the brief of a ROS-samtale, assembled
 *
 * What each agenda topic shows, from the other areas:
 *   quality     KPIs of goals seen from the community and the services
 *   goals       the other KPIs and goals with a status set by hand, red and
 *               yellow first, with the trend since the last conversation;
 *               tiltak overdue, due before the next conversation, done
 *               since the last one; benefits identified and realised
 *   budget      KPIs of goals seen from the economy (the figures the
 *               leader types in are the conversation's own)
 *   risk        risks in the yellow and red zones before or after measures;
 *               deviations in the period by cause class, and the open ones
 *   other       tiltak agreed with the same person and still open; the
 *               unit's latest 10-faktor round (anonymity applied by the
 *               store) and its follow-up
 *   support     the Jeg-plan's goals and the log entries flagged for sharing;
 *               nothing else from the log, ever
 * "The unit" is the conversation's unit: its goals are those of the
 * Masterplan's unit of that name and the units below it, its risk
 * assessments and 10-faktor rounds those with its name. Lists are cut at
 * a readable length with a note saying how many were left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "lk-conversation.h"
#include "lk-date.h"
#include "lk-jeg-plan.h"
#include "lk-dev-goal.h"
#include "lk-log-entry.h"
#include "lk-masterplan.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-risk-matrix.h"
#include "lk-store-private.h"
#include "lk-ten-factor.h"

#define MAX_KPIS      60
#define MAX_MEASURES  40
#define MAX_RISKS     40
#define MAX_OPEN_DEVIATIONS 20
#define MAX_BENEFITS  20
#define MAX_LOG       30

typedef struct
{
  LkStore        *store;
  LkConversation *conversation;
  const char     *today;
  char           *since;      /* the last conversation with the same person, or four months back */
  char           *until;      /* the next conversation, or four months on */
  int             year;
  int             tertial;
  GHashTable     *units;      /* uuids of the unit and the units below it; empty: any */
  GHashTable     *previous;   /* KPI uuid → its value in the last conversation (double *) */
  GPtrArray      *earlier;    /* uuids of earlier conversations with the same person */
  GPtrArray      *items;
} Brief;

static LkBriefItem *
add (Brief         *b,
     LkAgendaTopic  topic,
     LkBriefKind    kind,
     const char    *title)
{
  LkBriefItem *item = lk_brief_item_new (topic, kind, title);

  g_ptr_array_add (b->items, item);

  return item;
}

static void
add_note (Brief         *b,
          LkAgendaTopic  topic,
          const char    *text)
{
  add (b, topic, LK_BRIEF_NOTE, text);
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  ta = g_strstrip (g_strdup (a));
  tb = g_strstrip (g_strdup (b));
  if (*ta == '\0' || *tb == '\0')
    return FALSE;
  fa = g_utf8_casefold (ta, -1);
  fb = g_utf8_casefold (tb, -1);

  return strcmp (fa, fb) == 0;
}

static int
tertial_of (const char *iso)
{
  int month = (int) g_ascii_strtoll (iso + 5, NULL, 10);

  return month <= 4 ? 1 : month <= 8 ? 2 : 3;
}

/* --- the period and the last conversation ------------------------------------------ */

static gboolean
find_earlier (Brief   *b,
              GError **error)
{
  LkConversation *c = b->conversation;
  sqlite3_stmt *stmt;
  g_autofree char *last_uuid = NULL;
  LkStep step;

  stmt = lk_store_prepare (b->store,
                           "SELECT uuid, with_name, date FROM conversations "
                           "WHERE uuid <> ?1 AND (date < ?2 OR (date = ?2 AND coalesce (time, '') < coalesce (?3, ''))) "
                           "ORDER BY date, coalesce (time, '')",
                           error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, c->uuid, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, c->date, -1, SQLITE_STATIC);
  lk_bind_text (stmt, 3, c->time);
  while ((step = lk_store_step (b->store, stmt, error)) == LK_STEP_ROW)
    {
      if (!same_name (lk_column_text (stmt, 1), c->with_name))
        continue;
      g_ptr_array_add (b->earlier, g_strdup (lk_column_text (stmt, 0)));
      g_free (b->since);
      b->since = g_strdup (lk_column_text (stmt, 2));
      g_free (last_uuid);
      last_uuid = g_strdup (lk_column_text (stmt, 0));
    }
  if (step == LK_STEP_ERROR)
    return FALSE;

  if (b->since == NULL)
    b->since = lk_date_add_days (c->date, -122);
  b->until = c->next_date ? g_strdup (c->next_date) : lk_date_add_days (c->date, 122);

  /* What the KPIs were at the last conversation, for the trend since then */
  if (last_uuid != NULL)
    {
      g_autoptr(LkConversation) last = lk_store_get_conversation (b->store, last_uuid, error);

      if (last == NULL)
        return FALSE;
      for (guint i = 0; i < last->brief->len; i++)
        {
          LkBriefItem *item = g_ptr_array_index (last->brief, i);

          if (item->kind == LK_BRIEF_KPI && item->text != NULL && !isnan (item->v[0]))
            g_hash_table_insert (b->previous, g_strdup (item->text), g_memdup2 (&item->v[0], sizeof (double)));
        }
    }

  return TRUE;
}

/* --- goals and KPIs ----------------------------------------------------------------- */

static void
add_unit_and_below (LkMasterplan *mp,
                    GHashTable   *set,
                    const char   *uuid)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (mp->units));

  if (!g_hash_table_add (set, g_strdup (uuid)))
    return;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkOrgUnit) u = g_list_model_get_item (G_LIST_MODEL (mp->units), i);

      if (g_strcmp0 (u->parent_uuid, uuid) == 0)
        add_unit_and_below (mp, set, u->uuid);
    }
}

static LkAgendaTopic
topic_of_goal (LkGoal *goal)
{
  switch (goal->perspective)
    {
    case LK_PERSPECTIVE_COMMUNITY:
    case LK_PERSPECTIVE_SERVICES:
      return LK_TOPIC_QUALITY;
    case LK_PERSPECTIVE_ECONOMY:
      return LK_TOPIC_BUDGET;
    case LK_PERSPECTIVE_NONE:
    case LK_PERSPECTIVE_EMPLOYEES:
    default:
      return LK_TOPIC_GOALS;
    }
}

static LkTrend
trend_since (Brief *b,
             LkKpi *kpi,
             double now)
{
  double *before = g_hash_table_lookup (b->previous, kpi->uuid);
  double gain;

  if (before == NULL || isnan (now))
    return lk_kpi_trend (kpi, b->year, b->tertial, FALSE);

  switch (kpi->direction)
    {
    case LK_KPI_LOWER_IS_BETTER:
      gain = *before - now;
      break;
    case LK_KPI_KEEP_WITHIN:
      gain = lk_kpi_shortfall (kpi, *before, NAN) - lk_kpi_shortfall (kpi, now, NAN);
      break;
    case LK_KPI_HIGHER_IS_BETTER:
    default:
      gain = now - *before;
      break;
    }
  if (fabs (gain) <= 1e-9 * MAX (1.0, fabs (*before)))
    return LK_TREND_SAME;

  return gain > 0 ? LK_TREND_BETTER : LK_TREND_WORSE;
}

/* A KPI or a goal the brief may show: light, since a plan has thousands
 * and only the worst few dozen become rows */
typedef struct
{
  LkGoal       *goal;
  LkKpi        *kpi;      /* NULL: the goal's status set by hand */
  LkGoalStatus  status;
  LkTrend       trend;
  LkAgendaTopic topic;
  double        now;      /* the latest value, or NAN */
  const LkKpiValue *latest;
} Candidate;

typedef struct
{
  Brief  *b;
  GArray *candidates;   /* of Candidate */
} GoalWalk;

static gboolean
visit_goal (LkGoal   *goal,
            gpointer  data)
{
  GoalWalk *walk = data;
  Brief *b = walk->b;

  if (goal->level == 0 || goal->archived || !lk_goal_in_year (goal, b->year))
    return TRUE;
  if (g_hash_table_size (b->units) > 0 &&
      (goal->unit_uuid == NULL || !g_hash_table_contains (b->units, goal->unit_uuid)))
    return TRUE;

  for (guint i = 0; i < goal->kpis->len; i++)
    {
      LkKpi *kpi = g_ptr_array_index (goal->kpis, i);
      Candidate c = { goal, kpi, 0, 0, topic_of_goal (goal), NAN, NULL };

      c.latest = lk_kpi_latest (kpi, b->year, b->tertial);
      c.now = c.latest ? c.latest->value : NAN;
      c.status = lk_kpi_status (kpi, b->year, b->tertial);
      c.trend = trend_since (b, kpi, c.now);
      g_array_append_val (walk->candidates, c);
    }

  /* A goal measured by hand, not by KPIs of its own */
  if (goal->kpis->len == 0 && goal->manual && goal->manual_status != LK_GOAL_STATUS_NO_DATA)
    {
      Candidate c = { goal, NULL, goal->manual_status, LK_TREND_UNKNOWN, topic_of_goal (goal), NAN, NULL };

      g_array_append_val (walk->candidates, c);
    }

  return TRUE;
}

static const char *
candidate_title (const Candidate *c)
{
  return c->kpi ? c->kpi->name : c->goal->title;
}

/* Red first, then yellow, green and no data; a worsening trend before
 * the others of its colour; then by topic. @collate: then by title, as
 * people read it (only for the few shown: collation is slow) */
static int
compare_candidates (const Candidate *x,
                    const Candidate *y,
                    gboolean         collate)
{
  int rank_x = x->status == LK_GOAL_STATUS_NO_DATA ? 0 : (int) x->status;
  int rank_y = y->status == LK_GOAL_STATUS_NO_DATA ? 0 : (int) y->status;

  if (rank_x != rank_y)
    return rank_y - rank_x;
  if ((x->trend == LK_TREND_WORSE) != (y->trend == LK_TREND_WORSE))
    return x->trend == LK_TREND_WORSE ? -1 : 1;
  if (x->topic != y->topic)
    return (int) x->topic - (int) y->topic;

  return collate ? g_utf8_collate (candidate_title (x), candidate_title (y))
                 : g_strcmp0 (candidate_title (x), candidate_title (y));
}

static int
compare_fast (gconstpointer a,
              gconstpointer b)
{
  return compare_candidates (a, b, FALSE);
}

static int
compare_collated (gconstpointer a,
                  gconstpointer b)
{
  return compare_candidates (a, b, TRUE);
}

static LkBriefItem *
candidate_item (Brief           *b,
                const Candidate *c)
{
  LkBriefItem *item = lk_brief_item_new (c->topic, c->kpi ? LK_BRIEF_KPI : LK_BRIEF_GOAL, candidate_title (c));

  item->grade = c->status;
  item->area = g_strdup ("masterplan");
  item->ref = g_strdup (c->goal->uuid);
  item->owner = g_strdup (c->goal->owner);
  if (c->kpi == NULL)
    {
      item->text = g_strdup (c->goal->status_reason);
      return item;
    }
  item->subtitle = g_strdup (c->goal->title);
  item->trend = c->trend;
  item->text = g_strdup (c->kpi->uuid);
  if (c->latest != NULL)
    {
      item->value = lk_kpi_format (c->kpi, c->latest->value);
      item->v[0] = c->latest->value;
      item->v[3] = c->latest->year * 10 + c->latest->tertial;
    }
  if (!isnan (c->kpi->target))
    {
      item->target = lk_kpi_format (c->kpi, c->kpi->target);
      item->v[1] = c->kpi->target;
    }
  if (g_hash_table_contains (b->previous, c->kpi->uuid))
    item->v[2] = *(double *) g_hash_table_lookup (b->previous, c->kpi->uuid);

  return item;
}

static gboolean
add_goals (Brief   *b,
           GError **error)
{
  g_autoptr(LkMasterplan) mp = lk_store_load_masterplan (b->store, error);
  g_autoptr(GArray) kpis = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_autoptr(GPtrArray) benefits = NULL;
  guint n_units, shown, left = 0, left_bad = 0;
  GoalWalk walk = { b, kpis };

  if (mp == NULL)
    return FALSE;

  n_units = g_list_model_get_n_items (G_LIST_MODEL (mp->units));
  for (guint i = 0; i < n_units; i++)
    {
      g_autoptr(LkOrgUnit) u = g_list_model_get_item (G_LIST_MODEL (mp->units), i);

      if (same_name (u->name, b->conversation->unit))
        add_unit_and_below (mp, b->units, u->uuid);
    }

  /* Statuses are the KPIs' own and those set by hand: no roll-up needed */
  lk_masterplan_foreach (mp, visit_goal, &walk);
  g_array_sort (kpis, compare_fast);

  /* The worst first, cut at a readable length; the note says what is left */
  shown = MIN (kpis->len, MAX_KPIS);
  {
    g_autoptr(GArray) top = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), shown);

    g_array_append_vals (top, kpis->data, shown);
    g_array_sort (top, compare_collated);
    for (guint i = 0; i < shown; i++)
      g_ptr_array_add (b->items, candidate_item (b, &g_array_index (top, Candidate, i)));
  }
  for (guint i = shown; i < kpis->len; i++)
    {
      LkGoalStatus status = g_array_index (kpis, Candidate, i).status;

      left++;
      left_bad += status == LK_GOAL_STATUS_RED || status == LK_GOAL_STATUS_YELLOW;
    }
  if (left > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more figure is in the Masterplan",
                                                            "%u more figures are in the Masterplan",
                                                            left),
                                               left);
      g_autofree char *text = left_bad > 0
        /* Translators: the first part is "N more figures are in the Masterplan" */
        ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u of them red or yellow.",
                                        "%s, %u of them red or yellow.", left_bad), more, left_bad)
        : g_strdup_printf (_("%s, none of them red or yellow."), more);

      add_note (b, LK_TOPIC_GOALS, text);
    }
  if (kpis->len == 0)
    add_note (b, LK_TOPIC_GOALS,
              g_hash_table_size (b->units) > 0
              ? _("The unit's goals have no figures or status for this year.")
              : _("No goals with figures for this year in the Masterplan."));

  /* Benefits of the unit's goals and of the tiltak serving them */
  if (!(benefits = lk_store_list_benefits (b->store, error)))
    return FALSE;
  {
    g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
    guint n_left;

    for (guint i = 0; i < benefits->len; i++)
      {
        LkBenefit *benefit = g_ptr_array_index (benefits, i);
        LkGoal *goal = benefit->goal_uuid ? lk_masterplan_find (mp, benefit->goal_uuid) : NULL;
        double found = benefit->nok[LK_BENEFIT_IDENTIFIED] + benefit->nok[LK_BENEFIT_REALISED] +
                       benefit->fte[LK_BENEFIT_IDENTIFIED] + benefit->fte[LK_BENEFIT_REALISED];

        if (!(found > 0))
          continue;
        if (g_hash_table_size (b->units) > 0 &&
            (goal == NULL || goal->unit_uuid == NULL || !g_hash_table_contains (b->units, goal->unit_uuid)))
          continue;
        g_ptr_array_add (chosen, benefit);
      }
    n_left = chosen->len > MAX_BENEFITS ? chosen->len - MAX_BENEFITS : 0;
    for (guint i = 0; i < chosen->len - n_left; i++)
      {
        LkBenefit *benefit = g_ptr_array_index (chosen, i);
        LkGoal *goal = benefit->goal_uuid ? lk_masterplan_find (mp, benefit->goal_uuid) : NULL;
        LkBriefItem *item = add (b, LK_TOPIC_GOALS, LK_BRIEF_BENEFIT,
                                 !lk_text_is_blank (benefit->text) ? benefit->text
                                 : goal ? goal->title : _("Benefit"));

        item->subtitle = g_strdup (goal ? goal->title : NULL);
        item->text = g_strdup (benefit->period);
        item->area = g_strdup ("masterplan");
        item->ref = g_strdup (benefit->goal_uuid);
        item->v[0] = benefit->nok[LK_BENEFIT_IDENTIFIED];
        item->v[1] = benefit->nok[LK_BENEFIT_REALISED];
        item->v[2] = benefit->fte[LK_BENEFIT_IDENTIFIED];
        item->v[3] = benefit->fte[LK_BENEFIT_REALISED];
      }
    if (n_left > 0)
      {
        g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "%u more benefit is in the Masterplan.",
                                                              "%u more benefits are in the Masterplan.",
                                                              n_left),
                                                 n_left);
        add_note (b, LK_TOPIC_GOALS, text);
      }
  }

  return TRUE;
}

/* --- tiltak ------------------------------------------------------------------------- */

static void
add_measure (Brief               *b,
             LkAgendaTopic        topic,
             LkBriefMeasureGroup  group,
             LkMeasure           *m)
{
  LkBriefItem *item = add (b, topic, LK_BRIEF_MEASURE, lk_measure_get_title (m));

  item->grade = group;
  item->trend = lk_measure_get_status (m);
  item->owner = g_strdup (lk_measure_get_owner (m));
  item->date = g_strdup (lk_measure_get_deadline (m));
  item->subtitle = g_strdup (lk_measure_get_source_label (m));
  item->area = g_strdup ("measures");
  item->ref = g_strdup (lk_measure_get_uuid (m));
}

static gboolean
add_measure_group (Brief               *b,
                   LkBriefMeasureGroup  group,
                   GHashTable          *seen,
                   GError             **error)
{
  g_autoptr(GListStore) list = NULL;
  LkMeasureFilter filter;
  guint n, added = 0, left = 0;

  lk_measure_filter_init (&filter);
  filter.today = b->today;
  filter.sort = LK_MEASURE_SORT_DEADLINE;
  switch (group)
    {
    case LK_BRIEF_OVERDUE:
      filter.overdue_only = TRUE;
      break;
    case LK_BRIEF_DUE:
      filter.due_before = b->until;
      filter.due_from = b->today;
      break;
    case LK_BRIEF_DONE:
      filter.status_mask = 1 << LK_MEASURE_STATUS_DONE;
      filter.sort = LK_MEASURE_SORT_UPDATED;
      break;
    case LK_BRIEF_AGREED:
    default:
      filter.source_kind = LK_SOURCE_CONVERSATION;
      filter.status_mask = (1 << LK_MEASURE_STATUS_NOT_STARTED) | (1 << LK_MEASURE_STATUS_STARTED) |
                           (1 << LK_MEASURE_STATUS_DELAYED);
      break;
    }
  if (!(list = lk_store_list_measures (b->store, &filter, error)))
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkMeasure) m = g_list_model_get_item (G_LIST_MODEL (list), i);
      const char *uuid = lk_measure_get_uuid (m);

      if (g_hash_table_contains (seen, uuid))
        continue;
      if (group == LK_BRIEF_DONE)
        {
          const char *updated = lk_measure_get_updated (m);

          if (updated == NULL || strncmp (updated, b->since, 10) < 0)
            continue;
        }
      if (group == LK_BRIEF_AGREED)
        {
          gboolean earlier = FALSE;

          for (guint k = 0; k < b->earlier->len && !earlier; k++)
            earlier = g_strcmp0 (g_ptr_array_index (b->earlier, k), lk_measure_get_source_uuid (m)) == 0;
          if (!earlier)
            continue;
        }
      g_hash_table_add (seen, g_strdup (uuid));
      if (added == MAX_MEASURES)
        {
          left++;
          continue;
        }
      add_measure (b, group == LK_BRIEF_AGREED ? LK_TOPIC_OTHER : LK_TOPIC_GOALS, group, m);
      added++;
    }
  if (left > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more tiltak like these are in Tiltak.",
                                                            "%u more tiltak like these are in Tiltak.",
                                                            left),
                                               left);
      add_note (b, group == LK_BRIEF_AGREED ? LK_TOPIC_OTHER : LK_TOPIC_GOALS, text);
    }

  return TRUE;
}

static gboolean
add_measures (Brief   *b,
              GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* Agreed ones first: they belong to the follow-up, not twice in the lists */
  return add_measure_group (b, LK_BRIEF_AGREED, seen, error) &&
         add_measure_group (b, LK_BRIEF_OVERDUE, seen, error) &&
         add_measure_group (b, LK_BRIEF_DUE, seen, error) &&
         add_measure_group (b, LK_BRIEF_DONE, seen, error);
}

/* --- risks and deviations -------------------------------------------------------------- */

static int
zone_of (const LkRiskMatrix *matrix,
         double              p,
         double              c)
{
  if (!lk_risk_position_is_set (p) || !lk_risk_position_is_set (c))
    return -1;

  return lk_risk_matrix_zone (matrix, lk_risk_level (p, matrix->size), lk_risk_level (c, matrix->size));
}

static int
compare_risks (gconstpointer a,
               gconstpointer b)
{
  const LkBriefItem *x = *(LkBriefItem **) a;
  const LkBriefItem *y = *(LkBriefItem **) b;
  int now_x = x->trend >= 0 ? x->trend : x->grade;
  int now_y = y->trend >= 0 ? y->trend : y->grade;

  if (now_x != now_y)
    return now_y - now_x;
  if (x->grade != y->grade)
    return y->grade - x->grade;

  return g_utf8_collate (x->title, y->title);
}

static gboolean
add_risks (Brief   *b,
           GError **error)
{
  g_autoptr(GPtrArray) assessments = lk_store_list_risk_assessments (b->store, error);
  g_autoptr(GPtrArray) risks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) deviations = NULL;
  gboolean any_of_unit = FALSE;
  guint counts[3][3] = { { 0 } };
  guint shown = 0, open_left = 0;

  if (assessments == NULL)
    return FALSE;
  for (guint i = 0; i < assessments->len && !any_of_unit; i++)
    {
      LkRiskAssessment *a = g_ptr_array_index (assessments, i);
      any_of_unit = same_name (a->unit, b->conversation->unit) || same_name (a->workplace, b->conversation->unit);
    }

  for (guint i = 0; i < assessments->len; i++)
    {
      LkRiskAssessment *a = g_ptr_array_index (assessments, i);

      if (any_of_unit && !same_name (a->unit, b->conversation->unit) &&
          !same_name (a->workplace, b->conversation->unit))
        continue;
      for (guint k = 0; k < a->risks->len; k++)
        {
          LkRisk *r = g_ptr_array_index (a->risks, k);
          int before = zone_of (&a->matrix, r->p_before, r->c_before);
          int after = zone_of (&a->matrix, r->p_after, r->c_after);
          LkBriefItem *item;

          if (before < LK_ZONE_YELLOW && after < LK_ZONE_YELLOW)
            continue;
          item = lk_brief_item_new (LK_TOPIC_RISK, LK_BRIEF_RISK, r->hazard);
          item->subtitle = g_strdup (a->title);
          item->grade = before;
          item->trend = after;
          item->date = g_strdup (r->follow_up);
          item->text = g_strdup (r->controls);
          item->area = g_strdup ("risk");
          item->ref = g_strdup (a->uuid);
          item->v[0] = lk_risk_position_is_set (r->p_before) ? r->p_before : NAN;
          item->v[1] = lk_risk_position_is_set (r->c_before) ? r->c_before : NAN;
          item->v[2] = lk_risk_position_is_set (r->p_after) ? r->p_after : NAN;
          item->v[3] = lk_risk_position_is_set (r->c_after) ? r->c_after : NAN;
          g_ptr_array_add (risks, item);
        }
    }
  g_ptr_array_sort (risks, compare_risks);
  for (guint i = 0; i < risks->len && i < MAX_RISKS; i++)
    g_ptr_array_add (b->items, g_object_ref (g_ptr_array_index (risks, i)));
  if (risks->len > MAX_RISKS)
    {
      guint left = risks->len - MAX_RISKS;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more risk in the yellow zone is in Risk.",
                                                            "%u more risks in the yellow zone are in Risk.",
                                                            left),
                                               left);
      add_note (b, LK_TOPIC_RISK, text);
    }
  if (risks->len == 0)
    add_note (b, LK_TOPIC_RISK, _("No risks in the yellow or red zone."));

  /* Deviations: in the period by cause class, and every open one */
  if (!(deviations = lk_store_list_deviations (b->store, 0, error)))
    return FALSE;
  for (guint i = 0; i < deviations->len; i++)
    {
      LkDeviation *d = g_ptr_array_index (deviations, i);
      guint cause = MIN ((guint) d->cause, 2);

      if (g_strcmp0 (d->date, b->since) >= 0 && g_strcmp0 (d->date, b->conversation->date) <= 0)
        {
          counts[cause][0]++;
          counts[cause][1] += d->status != LK_DEVIATION_CLOSED;
          counts[cause][2] += d->severity >= 3;
        }
    }
  for (guint cause = 0; cause < 3; cause++)
    {
      LkBriefItem *item;

      if (counts[cause][0] == 0)
        continue;
      item = add (b, LK_TOPIC_RISK, LK_BRIEF_DEVIATIONS, lk_deviation_cause_to_label (cause));
      item->grade = cause;
      item->area = g_strdup ("risk");
      item->ref = g_strdup ("deviations");
      for (guint k = 0; k < 3; k++)
        item->v[k] = counts[cause][k];
    }
  /* The open ones, most severe first (the list comes newest first) */
  for (guint severity = 3; severity >= 1; severity--)
    for (guint i = 0; i < deviations->len; i++)
      {
        LkDeviation *d = g_ptr_array_index (deviations, i);
        LkBriefItem *item;

        if (d->status == LK_DEVIATION_CLOSED || d->severity != severity)
          continue;
        if (shown == MAX_OPEN_DEVIATIONS)
          {
            open_left++;
            continue;
          }
        item = add (b, LK_TOPIC_RISK, LK_BRIEF_DEVIATION, d->description);
        item->grade = d->severity;
        item->trend = d->status;
        item->date = g_strdup (d->date);
        item->subtitle = g_strdup (lk_deviation_cause_to_label (d->cause));
        item->area = g_strdup ("risk");
        item->ref = g_strdup ("deviations");
        shown++;
      }
  if (open_left > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u more open deviation is in Risk.",
                                                            "%u more open deviations are in Risk.",
                                                            open_left),
                                               open_left);
      add_note (b, LK_TOPIC_RISK, text);
    }

  return TRUE;
}

/* --- 10-faktor ----------------------------------------------------------------------------- */

static gboolean
add_survey (Brief   *b,
            GError **error)
{
  g_autoptr(GPtrArray) rounds = lk_store_list_survey_rounds (b->store, error);
  LkSurveyRound *latest = NULL;
  LkSurveyRound *previous;
  LkBriefItem *item;
  int conversation_year = lk_conversation_year (b->conversation);

  if (rounds == NULL)
    return FALSE;
  for (guint i = 0; i < rounds->len; i++)
    {
      LkSurveyRound *r = g_ptr_array_index (rounds, i);

      if (same_name (r->unit, b->conversation->unit) && r->year <= conversation_year &&
          (latest == NULL || r->year > latest->year))
        latest = r;
    }
  if (latest == NULL)
    {
      add_note (b, LK_TOPIC_OTHER, _("No 10-faktor round for the unit."));
      return TRUE;
    }

  item = add (b, LK_TOPIC_OTHER, LK_BRIEF_SURVEY, latest->unit);
  item->grade = latest->visibility;
  item->area = g_strdup ("ten-factor");
  item->ref = g_strdup (latest->uuid);
  item->v[0] = latest->respondents;
  item->v[1] = latest->invited >= 0 ? latest->invited : NAN;
  item->v[2] = latest->year;
  if (latest->visibility != LK_RESULT_SHOWN)
    {
      /* The store cleared its results; only the reason goes in */
      item->text = lk_survey_round_explain_hidden (latest, lk_store_get_anonymity_threshold (b->store));
      item->v[0] = NAN;
      return TRUE;
    }

  previous = lk_survey_previous_round (rounds, latest);
  if (previous != NULL && previous->visibility == LK_RESULT_SHOWN)
    item->v[3] = previous->year;
  for (guint f = 1; f <= LK_TEN_FACTOR_N; f++)
    {
      const LkFactorResult *result = lk_survey_round_get_result (latest, f);
      LkSurveyComparison *municipality = lk_survey_round_get_comparison (latest, LK_COMPARISON_MUNICIPALITY);
      LkBriefItem *factor = add (b, LK_TOPIC_OTHER, LK_BRIEF_SURVEY_FACTOR, lk_ten_factor_name (f));

      factor->grade = f;
      factor->v[0] = result ? result->mean : NAN;
      factor->v[1] = municipality ? municipality->means[f - 1] : NAN;
      if (previous != NULL && previous->visibility == LK_RESULT_SHOWN)
        {
          const LkFactorResult *before = lk_survey_round_get_result (previous, f);
          factor->v[2] = before ? before->mean : NAN;
        }
    }
  for (guint i = 0; i < latest->focus->len; i++)
    {
      LkSurveyFocus *focus = g_ptr_array_index (latest->focus, i);
      LkBriefItem *f = add (b, LK_TOPIC_OTHER, LK_BRIEF_SURVEY_FOCUS, lk_ten_factor_name (focus->factor));

      f->grade = focus->factor;
      f->trend = focus->kind;
      f->text = g_strdup (focus->statement);
      f->area = g_strdup ("ten-factor");
      f->ref = g_strdup (latest->uuid);
      if (focus->reviews->len > 0)
        {
          LkSurveyReview *review = g_ptr_array_index (focus->reviews, focus->reviews->len - 1);
          f->date = g_strdup (review->date);
          f->subtitle = g_strdup (review->note);
        }
    }

  return TRUE;
}

/* --- the Jeg-plan --------------------------------------------------------------------------- */

static gboolean
add_jeg_plan (Brief   *b,
              GError **error)
{
  g_autoptr(GListStore) goals = lk_store_list_dev_goals (b->store, lk_conversation_year (b->conversation),
                                                         FALSE, error);
  g_autoptr(GListStore) entries = NULL;
  LkLogFilter filter = { 0 };
  guint n;

  if (goals == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (goals));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkDevGoal) goal = g_list_model_get_item (G_LIST_MODEL (goals), i);
      LkBriefItem *item = add (b, LK_TOPIC_SUPPORT, LK_BRIEF_DEV_GOAL, lk_dev_goal_get_title (goal));

      item->grade = lk_dev_goal_get_status (goal);
      item->v[0] = lk_dev_goal_get_progress (goal);
      item->subtitle = g_strdup (lk_dev_goal_get_success (goal));
      item->area = g_strdup ("jeg-plan");
      item->ref = g_strdup (lk_dev_goal_get_uuid (goal));
    }
  if (n == 0)
    add_note (b, LK_TOPIC_SUPPORT, _("No development goals in the Jeg-plan for this year."));

  /* Only what the leader flagged for sharing: the log is private */
  filter.shared_only = TRUE;
  filter.from = b->since;
  filter.limit = MAX_LOG;
  if (!(entries = lk_store_list_log_entries (b->store, &filter, error)))
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (entries));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);
      LkBriefItem *item;

      if (!lk_log_entry_get_share (entry))
        continue;  /* never, whatever the filter did */
      item = add (b, LK_TOPIC_SUPPORT, LK_BRIEF_LOG_ENTRY, lk_log_entry_get_title (entry));
      item->date = g_strdup (lk_log_entry_get_date (entry));
      item->text = g_strdup (lk_log_entry_get_body (entry));
      item->area = g_strdup ("jeg-plan");
      item->ref = g_strdup (lk_log_entry_get_uuid (entry));
    }

  return TRUE;
}

/**
 * lk_store_assemble_brief:
 * @today: (nullable): the day overdue is counted from; %NULL for today
 *
 * Gathers the brief's rows from every area, for @conversation's unit and
 * period, in the agenda's order. Nothing is stored.
 *
 * Returns: (transfer full) (element-type LkBriefItem): the rows, or %NULL
 *   with @error set
 */
GPtrArray *
lk_store_assemble_brief (LkStore         *store,
                         LkConversation  *conversation,
                         const char      *today,
                         GError         **error)
{
  g_autofree char *today_owned = NULL;
  g_autoptr(GHashTable) units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) previous = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) earlier = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  Brief b = { 0 };
  gboolean ok;

  g_return_val_if_fail (LK_IS_STORE (store), NULL);
  g_return_val_if_fail (LK_IS_CONVERSATION (conversation), NULL);

  if (conversation->date == NULL || !lk_date_is_valid_iso (conversation->date))
    {
      lk_set_invalid (error, _("The conversation needs a valid date."));
      return NULL;
    }
  if (today == NULL)
    today = today_owned = lk_date_today ();

  b.store = store;
  b.conversation = conversation;
  b.today = today;
  b.year = lk_conversation_year (conversation);
  b.tertial = tertial_of (conversation->date);
  b.units = units;
  b.previous = previous;
  b.earlier = earlier;
  b.items = items;

  ok = find_earlier (&b, error) &&
       add_goals (&b, error) &&
       add_measures (&b, error) &&
       add_risks (&b, error) &&
       add_survey (&b, error) &&
       add_jeg_plan (&b, error);
  g_free (b.since);
  g_free (b.until);
  if (!ok)
    return NULL;

  /* In the agenda's order, each topic's rows in the order they were added */
  {
    GPtrArray *ordered = g_ptr_array_new_full (items->len, g_object_unref);

    for (guint topic = 0; topic < LK_TOPIC_N; topic++)
      for (guint i = 0; i < items->len; i++)
        if (((LkBriefItem *) g_ptr_array_index (items, i))->topic == topic)
          g_ptr_array_add (ordered, g_object_ref (g_ptr_array_index (items, i)));

    return ordered;
  }
}

/**
 * lk_store_prepare_conversation:
 *
 * Takes the brief's snapshot (again) and marks the conversation prepared,
 * in one transaction. A held conversation is refused: its brief is what
 * was on the table.
 */
gboolean
lk_store_prepare_conversation (LkStore         *store,
                               LkConversation  *conversation,
                               const char      *today,
                               GError         **error)
{
  g_autoptr(GPtrArray) items = NULL;

  if (conversation->held != NULL)
    return lk_set_invalid (error, _("The conversation has been held: its brief stays as it was."));
  if (!(items = lk_store_assemble_brief (store, conversation, today, error)))
    return FALSE;

  g_ptr_array_set_size (conversation->brief, 0);
  g_ptr_array_extend_and_steal (conversation->brief, g_steal_pointer (&items));
  g_free (conversation->prepared);
  conversation->prepared = lk_timestamp_now ();
  if (conversation->status == LK_CONVERSATION_PLANNED)
    conversation->status = LK_CONVERSATION_PREPARED;

  return lk_store_save_conversation (store, conversation, error);
}

/**
 * lk_store_hold_conversation:
 *
 * Marks the conversation held and freezes its brief. A conversation never
 * prepared gets its snapshot now, so the record says what was known.
 */
gboolean
lk_store_hold_conversation (LkStore         *store,
                            LkConversation  *conversation,
                            GError         **error)
{
  if (conversation->held != NULL)
    return TRUE;
  if (conversation->prepared == NULL)
    {
      g_autoptr(GPtrArray) items = lk_store_assemble_brief (store, conversation, NULL, error);

      if (items == NULL)
        return FALSE;
      g_ptr_array_extend_and_steal (conversation->brief, g_steal_pointer (&items));
      conversation->prepared = lk_timestamp_now ();
    }
  conversation->held = lk_timestamp_now ();
  conversation->status = LK_CONVERSATION_HELD;

  return lk_store_save_conversation (store, conversation, error);
}
