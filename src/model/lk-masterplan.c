/* lk-masterplan.c: goals, KPIs and benefits, their checks, and the status
 * they derive
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lk-date.h"
#include "lk-masterplan.h"
#include "lk-types.h"

#define MIN_YEAR 1900
#define MAX_YEAR 2200

static gboolean
year_ok (int year)
{
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

static gboolean
text_ok (const char *text,
         glong       max)
{
  return text == NULL || (lk_text_is_valid (text) && g_utf8_strlen (text, -1) <= max);
}

static gboolean
title_ok (const char *text,
          glong       max)
{
  return text != NULL && !lk_text_is_blank (text) && text_ok (text, max);
}

/* An optional number: NAN when unset, never infinite */
static gboolean
number_ok (double value)
{
  return isnan (value) || isfinite (value);
}

/* --- organisation units --------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkOrgUnit, lk_org_unit, G_TYPE_OBJECT)

static void
lk_org_unit_finalize (GObject *object)
{
  LkOrgUnit *self = LK_ORG_UNIT (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->parent_uuid);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_org_unit_parent_class)->finalize (object);
}

static void
lk_org_unit_class_init (LkOrgUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_org_unit_finalize;
}

static void
lk_org_unit_init (LkOrgUnit *self)
{
}

LkOrgUnit *
lk_org_unit_new (const char *name,
                 guint       level,
                 const char *parent_uuid)
{
  LkOrgUnit *self = g_object_new (LK_TYPE_ORG_UNIT, NULL);

  self->uuid = g_uuid_string_random ();
  self->name = g_strdup (name);
  self->level = level;
  self->parent_uuid = g_strdup (parent_uuid);

  return self;
}

/* --- the kommuneplan -------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkKommuneplan, lk_kommuneplan, G_TYPE_OBJECT)

static void
lk_kommuneplan_finalize (GObject *object)
{
  LkKommuneplan *self = LK_KOMMUNEPLAN (object);

  g_free (self->uuid);
  g_free (self->title);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_kommuneplan_parent_class)->finalize (object);
}

static void
lk_kommuneplan_class_init (LkKommuneplanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_kommuneplan_finalize;
}

static void
lk_kommuneplan_init (LkKommuneplan *self)
{
}

LkKommuneplan *
lk_kommuneplan_new (const char *title,
                    int         first_year,
                    int         last_year)
{
  LkKommuneplan *self = g_object_new (LK_TYPE_KOMMUNEPLAN, NULL);

  self->uuid = g_uuid_string_random ();
  self->title = g_strdup (title);
  self->first_year = first_year;
  self->last_year = last_year;

  return self;
}

/* --- KPIs ------------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkKpi, lk_kpi, G_TYPE_OBJECT)

static void
lk_kpi_finalize (GObject *object)
{
  LkKpi *self = LK_KPI (object);

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->unit_text);
  g_array_unref (self->values);

  G_OBJECT_CLASS (lk_kpi_parent_class)->finalize (object);
}

static void
lk_kpi_class_init (LkKpiClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_kpi_finalize;
}

static void
lk_kpi_init (LkKpi *self)
{
  self->values = g_array_new (FALSE, FALSE, sizeof (LkKpiValue));
  self->baseline = self->target = self->band_low = self->band_high = NAN;
  /* A tenth short of the path is red; any shortfall at all yellow */
  self->share = TRUE;
  self->yellow = 0;
  self->red = 10;
}

/* With the identity it has (read from a file or the store): a random
 * uuid costs more than the rest of the object */
LkKpi *
lk_kpi_new_with_uuid (const char *uuid,
                      const char *name)
{
  LkKpi *self = g_object_new (LK_TYPE_KPI, NULL);

  self->uuid = g_strdup (uuid);
  self->name = g_strdup (name);
  self->unit_text = g_strdup ("");

  return self;
}

LkKpi *
lk_kpi_new (const char *name)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return lk_kpi_new_with_uuid (uuid, name);
}

LkKpi *
lk_kpi_copy (LkKpi *self)
{
  LkKpi *copy = g_object_new (LK_TYPE_KPI, NULL);

  copy->uuid = g_strdup (self->uuid);
  copy->name = g_strdup (self->name);
  copy->unit_kind = self->unit_kind;
  copy->unit_text = g_strdup (self->unit_text);
  copy->direction = self->direction;
  copy->baseline = self->baseline;
  copy->baseline_year = self->baseline_year;
  copy->target = self->target;
  copy->target_year = self->target_year;
  copy->band_low = self->band_low;
  copy->band_high = self->band_high;
  copy->yellow = self->yellow;
  copy->red = self->red;
  copy->share = self->share;
  copy->path = self->path;
  g_array_append_vals (copy->values, self->values->data, self->values->len);

  return copy;
}

static int
tertial_index (int year,
               int tertial)
{
  return year * 3 + (tertial - 1);
}

gboolean
lk_kpi_validate (LkKpi   *self,
                 GError **error)
{
  int last = G_MININT;

  if (!title_ok (self->name, 200))
    return lk_set_invalid (error, _("Every KPI needs a name (at most 200 characters)."));
  if ((guint) self->unit_kind > LK_KPI_UNIT_OTHER || (guint) self->direction > LK_KPI_KEEP_WITHIN ||
      (guint) self->path > LK_KPI_PATH_STEPS || !text_ok (self->unit_text, 40))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The KPI “%s” has an unknown unit, direction or path."), self->name);
      return FALSE;
    }
  if (!number_ok (self->baseline) || !number_ok (self->target) ||
      !number_ok (self->band_low) || !number_ok (self->band_high) ||
      !isfinite (self->yellow) || !isfinite (self->red) ||
      self->yellow < 0 || self->red < self->yellow)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The KPI “%s” has an impossible number: thresholds are zero or more, and red is at least yellow."),
                   self->name);
      return FALSE;
    }
  if ((!isnan (self->baseline) && !year_ok (self->baseline_year)) ||
      (!isnan (self->target) && !year_ok (self->target_year)) ||
      (!isnan (self->baseline) && !isnan (self->target) && self->target_year < self->baseline_year))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The KPI “%s” needs a year for its baseline and its target, the target’s not before the baseline’s."),
                   self->name);
      return FALSE;
    }
  if (self->direction == LK_KPI_KEEP_WITHIN &&
      (isnan (self->band_low) || isnan (self->band_high) || self->band_low > self->band_high))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The KPI “%s” is kept within a band: give its lowest and highest value."), self->name);
      return FALSE;
    }
  if (self->values->len > 600)
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The KPI “%s” has more values than 200 years hold."), self->name);
      return FALSE;
    }
  for (guint i = 0; i < self->values->len; i++)
    {
      const LkKpiValue *v = &g_array_index (self->values, LkKpiValue, i);

      if (!year_ok (v->year) || v->tertial < 1 || v->tertial > 3 || !isfinite (v->value))
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("The KPI “%s” has a value that is not a number for a tertial (T1, T2 or T3) of a year."),
                       self->name);
          return FALSE;
        }
      if (tertial_index (v->year, v->tertial) <= last)
        {
          g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                       _("The KPI “%s” has two values for T%d %d."), self->name, v->tertial, v->year);
          return FALSE;
        }
      last = tertial_index (v->year, v->tertial);
    }

  return TRUE;
}

static int
compare_values (gconstpointer a,
                gconstpointer b)
{
  const LkKpiValue *va = a, *vb = b;

  return tertial_index (va->year, va->tertial) - tertial_index (vb->year, vb->tertial);
}

void
lk_kpi_set_value (LkKpi  *self,
                  int     year,
                  int     tertial,
                  double  value)
{
  LkKpiValue v = { year, tertial, value };

  for (guint i = 0; i < self->values->len; i++)
    {
      LkKpiValue *old = &g_array_index (self->values, LkKpiValue, i);

      if (old->year == year && old->tertial == tertial)
        {
          old->value = value;
          return;
        }
    }
  g_array_append_val (self->values, v);
  g_array_sort (self->values, compare_values);
}

gboolean
lk_kpi_unset_value (LkKpi *self,
                    int    year,
                    int    tertial)
{
  for (guint i = 0; i < self->values->len; i++)
    {
      LkKpiValue *old = &g_array_index (self->values, LkKpiValue, i);

      if (old->year == year && old->tertial == tertial)
        {
          g_array_remove_index (self->values, i);
          return TRUE;
        }
    }

  return FALSE;
}

const LkKpiValue *
lk_kpi_get_value (LkKpi *self,
                  int    year,
                  int    tertial)
{
  for (guint i = self->values->len; i > 0; i--)
    {
      const LkKpiValue *v = &g_array_index (self->values, LkKpiValue, i - 1);

      if (v->year == year && v->tertial == tertial)
        return v;
    }

  return NULL;
}

/**
 * lk_kpi_latest:
 *
 * Returns: (nullable): the newest value at or before the tertial, if it is
 *   at most a year old: an older value says nothing about now
 */
const LkKpiValue *
lk_kpi_latest (LkKpi *self,
               int    year,
               int    tertial)
{
  int now = tertial_index (year, tertial);

  for (guint i = self->values->len; i > 0; i--)
    {
      const LkKpiValue *v = &g_array_index (self->values, LkKpiValue, i - 1);
      int at = tertial_index (v->year, v->tertial);

      if (at <= now)
        return at > now - 3 ? v : NULL;
    }

  return NULL;
}

/**
 * lk_kpi_expected:
 *
 * The value the path from the baseline (at the end of its year) to the
 * target (at the end of its) expects for a tertial: a little closer every
 * tertial, or in steps reached by each year's T3.
 *
 * Returns: the expected value, or NAN without a target
 */
double
lk_kpi_expected (LkKpi *self,
                 int    year,
                 int    tertial)
{
  int start, end, at;
  double f;

  if (isnan (self->target))
    return NAN;
  if (isnan (self->baseline))
    return self->target;

  start = tertial_index (self->baseline_year, 3);
  end = tertial_index (self->target_year, 3);
  if (end <= start)
    return self->target;
  at = self->path == LK_KPI_PATH_STEPS && tertial < 3 ? tertial_index (year - 1, 3) : tertial_index (year, tertial);
  f = CLAMP ((double) (at - start) / (end - start), 0.0, 1.0);

  return self->baseline + f * (self->target - self->baseline);
}

/* How far a value falls short of what is expected, in the KPI's unit;
 * zero or less is on the path. Kept within a band: the distance outside. */
double
lk_kpi_shortfall (LkKpi  *self,
                  double  value,
                  double  expected)
{
  switch (self->direction)
    {
    case LK_KPI_LOWER_IS_BETTER:
      return value - expected;
    case LK_KPI_KEEP_WITHIN:
      if (value < self->band_low)
        return self->band_low - value;
      if (value > self->band_high)
        return value - self->band_high;
      return 0;
    case LK_KPI_HIGHER_IS_BETTER:
    default:
      return expected - value;
    }
}

/* A threshold in the KPI's unit: as given, or a share of the target (of
 * the band's width, for a band) */
double
lk_kpi_threshold (const LkKpi *self,
                  double       limit)
{
  double reference;

  if (!self->share)
    return limit;
  reference = self->direction == LK_KPI_KEEP_WITHIN ? self->band_high - self->band_low : self->target;

  return fabs (reference) * limit / 100.0;
}

LkGoalStatus
lk_kpi_status_of (LkKpi  *self,
                  double  value,
                  int     year,
                  int     tertial)
{
  double expected = lk_kpi_expected (self, year, tertial);
  double s;
  /* Rounding of the path must not make a value on it yellow */
  const double eps = 1e-9;

  if (self->direction != LK_KPI_KEEP_WITHIN && isnan (expected))
    return LK_GOAL_STATUS_NO_DATA;
  s = lk_kpi_shortfall (self, value, expected);
  if (s <= lk_kpi_threshold (self, self->yellow) + eps)
    return LK_GOAL_STATUS_GREEN;
  if (s <= lk_kpi_threshold (self, self->red) + eps)
    return LK_GOAL_STATUS_YELLOW;

  return LK_GOAL_STATUS_RED;
}

/**
 * lk_kpi_status:
 *
 * The latest value (at most a year old) against what the path expected
 * for its tertial; no value, or nothing to measure it against, is
 * %LK_GOAL_STATUS_NO_DATA.
 */
LkGoalStatus
lk_kpi_status (LkKpi *self,
               int    year,
               int    tertial)
{
  const LkKpiValue *latest = lk_kpi_latest (self, year, tertial);

  if (latest == NULL)
    return LK_GOAL_STATUS_NO_DATA;

  return lk_kpi_status_of (self, latest->value, latest->year, latest->tertial);
}

/**
 * lk_kpi_trend:
 * @last_year: against the same tertial last year, else the previous one
 *
 * Whether the latest value moved the right way.
 */
LkTrend
lk_kpi_trend (LkKpi    *self,
              int       year,
              int       tertial,
              gboolean  last_year)
{
  const LkKpiValue *latest = lk_kpi_latest (self, year, tertial);
  const LkKpiValue *before;
  double gain;

  if (latest == NULL)
    return LK_TREND_UNKNOWN;
  if (last_year)
    before = lk_kpi_get_value (self, latest->year - 1, latest->tertial);
  else if (latest->tertial > 1)
    before = lk_kpi_get_value (self, latest->year, latest->tertial - 1);
  else
    before = lk_kpi_get_value (self, latest->year - 1, 3);
  if (before == NULL)
    return LK_TREND_UNKNOWN;

  switch (self->direction)
    {
    case LK_KPI_LOWER_IS_BETTER:
      gain = before->value - latest->value;
      break;
    case LK_KPI_KEEP_WITHIN:
      gain = lk_kpi_shortfall (self, before->value, NAN) - lk_kpi_shortfall (self, latest->value, NAN);
      break;
    case LK_KPI_HIGHER_IS_BETTER:
    default:
      gain = latest->value - before->value;
      break;
    }
  if (fabs (gain) <= 1e-9 * MAX (1.0, fabs (before->value)))
    return LK_TREND_SAME;

  return gain > 0 ? LK_TREND_BETTER : LK_TREND_WORSE;
}

const char *
lk_kpi_unit_symbol (LkKpi *self)
{
  switch (self->unit_kind)
    {
    case LK_KPI_UNIT_PERCENT:
      return "%";
    case LK_KPI_UNIT_NOK:
      return "kr";
    case LK_KPI_UNIT_DAYS:
      /* TRANSLATORS: the unit after a number of days */
      return _("days");
    case LK_KPI_UNIT_FTE:
      /* TRANSLATORS: full-time equivalents (årsverk), after a number */
      return _("FTE");
    case LK_KPI_UNIT_OTHER:
      return self->unit_text ? self->unit_text : "";
    case LK_KPI_UNIT_COUNT:
    default:
      return "";
    }
}

/* A value as the user's language writes it, with its unit */
char *
lk_kpi_format (LkKpi  *self,
               double  value)
{
  const char *unit = lk_kpi_unit_symbol (self);
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup ("–");
  number = lk_format_number (value, fabs (value) >= 1000 ? 0 : 1);
  if (*unit == '\0')
    return g_steal_pointer (&number);
  if (self->unit_kind == LK_KPI_UNIT_PERCENT)
    return g_strdup_printf ("%s %%", number);

  return g_strdup_printf ("%s %s", number, unit);
}

/* --- benefits -------------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkBenefit, lk_benefit, G_TYPE_OBJECT)

static void
lk_benefit_finalize (GObject *object)
{
  LkBenefit *self = LK_BENEFIT (object);

  g_free (self->uuid);
  g_free (self->goal_uuid);
  g_free (self->measure_uuid);
  g_free (self->period);
  g_free (self->text);
  g_free (self->updated);

  G_OBJECT_CLASS (lk_benefit_parent_class)->finalize (object);
}

static void
lk_benefit_class_init (LkBenefitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_benefit_finalize;
}

static void
lk_benefit_init (LkBenefit *self)
{
}

LkBenefit *
lk_benefit_new (const char *goal_uuid,
                const char *measure_uuid)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return lk_benefit_new_with_uuid (uuid, goal_uuid, measure_uuid);
}

LkBenefit *
lk_benefit_new_with_uuid (const char *uuid,
                          const char *goal_uuid,
                          const char *measure_uuid)
{
  LkBenefit *self = g_object_new (LK_TYPE_BENEFIT, NULL);

  self->uuid = g_strdup (uuid);
  self->goal_uuid = g_strdup (goal_uuid);
  self->measure_uuid = g_strdup (measure_uuid);
  self->period = g_strdup ("");
  self->text = g_strdup ("");

  return self;
}

LkBenefit *
lk_benefit_copy (LkBenefit *self)
{
  LkBenefit *copy = lk_benefit_new (self->goal_uuid, self->measure_uuid);

  g_free (copy->uuid);
  copy->uuid = g_strdup (self->uuid);
  copy->kind = self->kind;
  memcpy (copy->fte, self->fte, sizeof self->fte);
  memcpy (copy->nok, self->nok, sizeof self->nok);
  g_free (copy->period);
  copy->period = g_strdup (self->period);
  g_free (copy->text);
  copy->text = g_strdup (self->text);
  copy->updated = g_strdup (self->updated);

  return copy;
}

gboolean
lk_benefit_validate (LkBenefit  *self,
                     GError    **error)
{
  if ((self->goal_uuid == NULL) == (self->measure_uuid == NULL))
    return lk_set_invalid (error, _("A benefit belongs to one goal or one tiltak."));
  if ((guint) self->kind > LK_BENEFIT_QUALITY)
    return lk_set_invalid (error, _("A benefit has an unknown kind."));
  for (guint i = 0; i < 3; i++)
    if (!isfinite (self->fte[i]) || !isfinite (self->nok[i]) ||
        self->fte[i] < 0 || self->fte[i] > 1e6 || self->nok[i] < 0 || self->nok[i] > 1e13)
      return lk_set_invalid (error, _("A benefit’s amounts are zero or more, in FTE and kroner a municipality can have."));
  if (!text_ok (self->period, 100) || !text_ok (self->text, 5000))
    return lk_set_invalid (error, _("A benefit’s period or text is too long or not valid text."));

  return TRUE;
}

/* --- goals ----------------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkGoal, lk_goal, G_TYPE_OBJECT)

static void
lk_goal_finalize (GObject *object)
{
  LkGoal *self = LK_GOAL (object);

  g_free (self->uuid);
  g_free (self->plan_uuid);
  g_free (self->parent_uuid);
  g_free (self->title);
  g_free (self->description);
  g_free (self->unit_uuid);
  g_free (self->now_text);
  g_free (self->where_text);
  g_free (self->how_text);
  g_free (self->owner);
  g_free (self->status_reason);
  g_ptr_array_unref (self->supports);
  g_ptr_array_unref (self->kpis);
  g_free (self->created);
  g_free (self->updated);
  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->benefits);

  G_OBJECT_CLASS (lk_goal_parent_class)->finalize (object);
}

static void
lk_goal_class_init (LkGoalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_goal_finalize;
}

static void
lk_goal_init (LkGoal *self)
{
  self->supports = g_ptr_array_new_with_free_func (g_free);
  self->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
  self->benefits = g_ptr_array_new_with_free_func (g_object_unref);
  self->description = g_strdup ("");
  self->now_text = g_strdup ("");
  self->where_text = g_strdup ("");
  self->how_text = g_strdup ("");
  self->owner = g_strdup ("");
  self->status_reason = g_strdup ("");
}

/* A new goal for this year */
LkGoal *
lk_goal_new (const char *title,
             guint       level,
             const char *parent_uuid)
{
  g_autofree char *uuid = g_uuid_string_random ();
  LkGoal *self = lk_goal_new_with_uuid (uuid, title, level, parent_uuid);
  int tertial;

  lk_today_tertial (&self->first_year, &tertial);
  self->last_year = self->first_year;

  return self;
}

/* A goal as read: its years come with it */
LkGoal *
lk_goal_new_with_uuid (const char *uuid,
                       const char *title,
                       guint       level,
                       const char *parent_uuid)
{
  LkGoal *self = g_object_new (LK_TYPE_GOAL, NULL);

  self->uuid = g_strdup (uuid);
  self->title = g_strdup (title);
  self->level = level;
  self->parent_uuid = g_strdup (parent_uuid);

  return self;
}

/* A copy to edit: the fields and KPIs, not its place in a loaded tree */
LkGoal *
lk_goal_copy (LkGoal *self)
{
  LkGoal *copy = g_object_new (LK_TYPE_GOAL, NULL);
  guint n = self->kpis->len;

#define DUP(f) g_free (copy->f); copy->f = g_strdup (self->f)
  DUP (uuid);
  DUP (plan_uuid);
  DUP (parent_uuid);
  DUP (title);
  DUP (description);
  DUP (unit_uuid);
  DUP (now_text);
  DUP (where_text);
  DUP (how_text);
  DUP (owner);
  DUP (status_reason);
  DUP (created);
  DUP (updated);
#undef DUP
  copy->id = self->id;
  copy->level = self->level;
  copy->position = self->position;
  copy->perspective = self->perspective;
  copy->smart = self->smart;
  copy->first_year = self->first_year;
  copy->last_year = self->last_year;
  copy->manual = self->manual;
  copy->manual_status = self->manual_status;
  copy->archived = self->archived;
  for (guint i = 0; i < self->supports->len; i++)
    g_ptr_array_add (copy->supports, g_strdup (g_ptr_array_index (self->supports, i)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (self->kpis, i));
      g_autoptr(LkKpi) kpi_copy = lk_kpi_copy (kpi);

      g_ptr_array_add (copy->kpis, g_object_ref (kpi_copy));
    }

  return copy;
}

/**
 * lk_goal_validate:
 *
 * What can be checked without the rest of the tree; the store checks the
 * parent, the unit and the supported goals.
 */
gboolean
lk_goal_validate (LkGoal  *self,
                  GError **error)
{
  guint n_kpis = self->kpis->len;

  if (self->uuid == NULL || !g_uuid_string_is_valid (self->uuid))
    return lk_set_invalid (error, _("A goal has no valid identifier."));
  if (!title_ok (self->title, 300))
    return lk_set_invalid (error, _("Give the goal a title (at most 300 characters)."));
  if (self->level > LK_GOAL_MAX_LEVEL)
    return lk_set_invalid (error, _("Goals have levels 1 to 5 below the priority areas."));
  if (self->level == 0 && (self->plan_uuid == NULL || self->parent_uuid != NULL))
    return lk_set_invalid (error, _("A priority area belongs to a kommuneplan and has no goal above it."));
  if (self->level > 0 && (self->parent_uuid == NULL || self->plan_uuid != NULL))
    {
      g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                   _("The goal “%s” needs a goal one level up to hang under."), self->title);
      return FALSE;
    }
  if (!text_ok (self->description, 10000) || !text_ok (self->now_text, 5000) ||
      !text_ok (self->where_text, 5000) || !text_ok (self->how_text, 5000) ||
      !text_ok (self->owner, 200) || !text_ok (self->status_reason, 1000))
    return lk_set_invalid (error, _("A text of the goal is too long or not valid text."));
  if ((guint) self->perspective >= LK_PERSPECTIVE_N)
    return lk_set_invalid (error, _("The goal has an unknown perspective."));
  if (self->smart >= 1 << LK_SMART_N)
    return lk_set_invalid (error, _("The goal has an unknown SMARTE criterion."));
  if (!year_ok (self->first_year) || !year_ok (self->last_year) || self->last_year < self->first_year)
    return lk_set_invalid (error, _("The goal’s years run from its first to its last, both real years."));
  if ((guint) self->manual_status > LK_GOAL_STATUS_RED)
    return lk_set_invalid (error, _("The goal has an unknown status."));
  if (self->manual && lk_text_is_blank (self->status_reason))
    return lk_set_invalid (error, _("Say why the status is set by hand: the reason is shown with it."));
  if (self->supports->len > LK_GOAL_MAX_SUPPORTS)
    return lk_set_invalid (error, _("A goal can support at most 50 other goals."));
  for (guint i = 0; i < self->supports->len; i++)
    {
      const char *uuid = g_ptr_array_index (self->supports, i);

      if (uuid == NULL || !g_uuid_string_is_valid (uuid))
        return lk_set_invalid (error, _("A supported goal has no valid identifier."));
      if (g_str_equal (uuid, self->uuid))
        return lk_set_invalid (error, _("A goal cannot support itself."));
      /* A few dozen at most: a hash table per goal cost more */
      for (guint j = 0; j < i; j++)
        if (g_str_equal (uuid, g_ptr_array_index (self->supports, j)))
          return lk_set_invalid (error, _("The goal supports the same goal twice."));
    }
  if (n_kpis > LK_KPI_MAX_PER_GOAL)
    return lk_set_invalid (error, _("A goal can have at most 20 KPIs."));
  for (guint i = 0; i < n_kpis; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (self->kpis, i));
      int first = self->first_year, last = self->last_year;

      if (!lk_kpi_validate (kpi, error))
        return FALSE;
      if (kpi->uuid == NULL || !g_uuid_string_is_valid (kpi->uuid))
        return lk_set_invalid (error, _("Two KPIs have the same identifier."));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (kpi->uuid, LK_KPI (g_ptr_array_index (self->kpis, j))->uuid))
          return lk_set_invalid (error, _("Two KPIs have the same identifier."));
      /* Its values lie in the goal's years, or back to its baseline */
      if (!isnan (kpi->baseline))
        first = MIN (first, kpi->baseline_year);
      if (!isnan (kpi->target))
        last = MAX (last, kpi->target_year);
      if (kpi->values->len > 0)
        {
          const LkKpiValue *v0 = &g_array_index (kpi->values, LkKpiValue, 0);
          const LkKpiValue *vn = &g_array_index (kpi->values, LkKpiValue, kpi->values->len - 1);
          const LkKpiValue *out = v0->year < first ? v0 : vn->year > last ? vn : NULL;

          if (out != NULL)
            {
              g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                           _("The KPI “%s” has a value for %d, outside the goal’s years %d–%d."),
                           kpi->name, out->year, first, last);
              return FALSE;
            }
        }
    }

  return TRUE;
}

gboolean
lk_goal_in_year (LkGoal *self,
                 int     year)
{
  return year <= 0 || (self->first_year <= year && year <= self->last_year);
}

guint
lk_goal_count_smart (LkGoal *self)
{
  guint n = 0;

  for (guint bits = self->smart; bits != 0; bits &= bits - 1)
    n++;

  return n;
}

const char *
lk_goal_level_name (guint level)
{
  switch (level)
    {
    case 0:
      return _("Priority area");
    case 1:
      return _("Level 1 · leader team");
    case 2:
      return _("Level 2 · service area");
    case 3:
      return _("Level 3 · unit");
    case 4:
      return _("Level 4 · department");
    case 5:
      return _("Level 5 · personal goal");
    default:
      return "";
    }
}

/* "Level 2", or "Priority area": where a goal is, in few words */
const char *
lk_goal_level_short (guint level)
{
  static const char *names[] = {
    N_("Priority area"), N_("Level 1"), N_("Level 2"), N_("Level 3"), N_("Level 4"), N_("Level 5"),
  };

  return level < G_N_ELEMENTS (names) ? _(names[level]) : "";
}

const char *
lk_perspective_name (LkPerspective perspective)
{
  /* The four perspectives keep their Norwegian names in bokmål and
   * nynorsk; English names them for what they are. */
  switch (perspective)
    {
    case LK_PERSPECTIVE_COMMUNITY:
      return _("Community");
    case LK_PERSPECTIVE_SERVICES:
      return _("Services");
    case LK_PERSPECTIVE_EMPLOYEES:
      return _("Employees");
    case LK_PERSPECTIVE_ECONOMY:
      return _("Economy");
    case LK_PERSPECTIVE_NONE:
    default:
      return _("No perspective");
    }
}

const char *
lk_goal_status_name (LkGoalStatus status)
{
  switch (status)
    {
    case LK_GOAL_STATUS_GREEN:
      return _("On track");
    case LK_GOAL_STATUS_YELLOW:
      return _("Behind");
    case LK_GOAL_STATUS_RED:
      return _("Off track");
    case LK_GOAL_STATUS_NO_DATA:
    default:
      return _("No data");
    }
}

const char *
lk_smart_name (guint index)
{
  static const char *names[LK_SMART_N] = {
    N_("Specific"), N_("Measurable"), N_("Accepted"),
    N_("Realistic"), N_("Time-bound"), N_("Evaluable"),
  };

  return index < LK_SMART_N ? _(names[index]) : "";
}

const char *
lk_smart_hint (guint index)
{
  static const char *hints[LK_SMART_N] = {
    N_("Says exactly what is to change, for whom"),
    N_("Has a KPI or another way to see how far it has come"),
    N_("Those who will do the work have agreed to it"),
    N_("Can be reached with the time and people there are"),
    N_("Has a date or a year when it is to be reached"),
    N_("Can be looked back on: what worked, what did not"),
  };

  return index < LK_SMART_N ? _(hints[index]) : "";
}

/* --- a whole plan ----------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkMasterplan, lk_masterplan, G_TYPE_OBJECT)

static void
lk_masterplan_finalize (GObject *object)
{
  LkMasterplan *self = LK_MASTERPLAN (object);

  g_hash_table_unref (self->goals);
  g_hash_table_unref (self->unit_map);
  g_clear_object (&self->plans);
  g_clear_object (&self->areas);
  g_clear_object (&self->units);

  G_OBJECT_CLASS (lk_masterplan_parent_class)->finalize (object);
}

static void
lk_masterplan_class_init (LkMasterplanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_masterplan_finalize;
}

static void
lk_masterplan_init (LkMasterplan *self)
{
  self->plans = g_list_store_new (LK_TYPE_KOMMUNEPLAN);
  self->areas = g_list_store_new (LK_TYPE_GOAL);
  self->units = g_list_store_new (LK_TYPE_ORG_UNIT);
  self->goals = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self->unit_map = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
}

LkMasterplan *
lk_masterplan_new (void)
{
  return g_object_new (LK_TYPE_MASTERPLAN, NULL);
}

LkGoal *
lk_masterplan_find (LkMasterplan *self,
                    const char   *uuid)
{
  return uuid ? g_hash_table_lookup (self->goals, uuid) : NULL;
}

/* Returns: (nullable): a goal with the title (the first found) */
LkGoal *
lk_masterplan_find_titled (LkMasterplan *self,
                           const char   *title)
{
  GHashTableIter iter;
  LkGoal *goal;

  g_hash_table_iter_init (&iter, self->goals);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &goal))
    if (g_strcmp0 (goal->title, title) == 0)
      return goal;

  return NULL;
}

LkOrgUnit *
lk_masterplan_find_unit (LkMasterplan *self,
                         const char   *uuid)
{
  return uuid ? g_hash_table_lookup (self->unit_map, uuid) : NULL;
}

/* Iterative, so a deep or damaged tree cannot exhaust the stack */
gboolean
lk_goal_foreach (LkGoal     *goal,
                 LkGoalFunc  func,
                 gpointer    data)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, goal);
  while (stack->len > 0)
    {
      LkGoal *g = g_ptr_array_steal_index (stack, stack->len - 1);
      guint n = g->children->len;

      if (!func (g, data))
        return FALSE;
      /* The children list keeps them alive */
      for (guint i = n; i > 0; i--)
        {
          LkGoal *child = g_ptr_array_index (g->children, i - 1);

          g_ptr_array_add (stack, child);
        }
    }

  return TRUE;
}

gboolean
lk_masterplan_foreach (LkMasterplan *self,
                       LkGoalFunc    func,
                       gpointer      data)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (self->areas), i);

      if (!lk_goal_foreach (area, func, data))
        return FALSE;
    }

  return TRUE;
}

static void
add_totals (LkBenefitTotals       *to,
            const LkBenefitTotals *from)
{
  for (guint i = 0; i < 3; i++)
    {
      to->fte[i] += from->fte[i];
      to->nok[i] += from->nok[i];
    }
}

/* One goal, its children already done */
static void
roll_up_goal (LkGoal *goal,
              int     year,
              int     tertial)
{
  guint n_kpis = goal->kpis->len;
  guint n_children = goal->children->len;
  LkGoalStatus own = LK_GOAL_STATUS_NO_DATA, below = LK_GOAL_STATUS_NO_DATA;
  guint with_data;

  memset (goal->counts, 0, sizeof goal->counts);
  memset (&goal->totals, 0, sizeof goal->totals);

  /* The goal's own measurements: the worst of them */
  for (guint i = 0; i < n_kpis; i++)
    {
      LkKpi *kpi = g_ptr_array_index (goal->kpis, i);

      own = MAX (own, lk_kpi_status (kpi, year, tertial));
    }

  /* Its children by share, so one late personal goal does not turn a
   * whole service area red: red when half of those measured are red,
   * yellow when a third are red or yellow */
  for (guint i = 0; i < n_children; i++)
    {
      LkGoal *child = g_ptr_array_index (goal->children, i);

      if (!child->archived && lk_goal_in_year (child, year))
        {
          goal->counts[child->status]++;
          add_totals (&goal->totals, &child->totals);
        }
    }
  with_data = goal->counts[LK_GOAL_STATUS_GREEN] + goal->counts[LK_GOAL_STATUS_YELLOW] +
              goal->counts[LK_GOAL_STATUS_RED];
  if (with_data > 0)
    {
      if (2 * goal->counts[LK_GOAL_STATUS_RED] >= with_data)
        below = LK_GOAL_STATUS_RED;
      else if (3 * (goal->counts[LK_GOAL_STATUS_RED] + goal->counts[LK_GOAL_STATUS_YELLOW]) >= with_data)
        below = LK_GOAL_STATUS_YELLOW;
      else
        below = LK_GOAL_STATUS_GREEN;
    }

  goal->derived = MAX (own, below);
  goal->status = goal->manual ? goal->manual_status : goal->derived;

  for (guint i = 0; i < goal->benefits->len; i++)
    {
      LkBenefit *b = g_ptr_array_index (goal->benefits, i);

      for (guint s = 0; s < 3; s++)
        {
          goal->totals.fte[s] += b->fte[s];
          goal->totals.nok[s] += b->nok[s];
        }
    }
}

/**
 * lk_masterplan_roll_up:
 * @year: the plan's year
 * @tertial: as of which tertial (3 for a year that has passed)
 *
 * Derives every goal's status, its children's counts by status and its
 * subtree's benefit totals, leaves first. The rule is in HACKING.md.
 */
void
lk_masterplan_roll_up (LkMasterplan *self,
                       int           year,
                       int           tertial)
{
  g_autoptr(GPtrArray) order = g_ptr_array_sized_new (self->n_goals + 16);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));

  /* Parents before children; walked backwards, children come first */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkGoal) area = g_list_model_get_item (G_LIST_MODEL (self->areas), i);
      guint start = order->len;

      g_ptr_array_add (order, area);
      for (guint j = start; j < order->len; j++)
        {
          LkGoal *g = g_ptr_array_index (order, j);
          guint nc = g->children->len;

          for (guint c = 0; c < nc; c++)
            {
              LkGoal *child = g_ptr_array_index (g->children, c);

              g_ptr_array_add (order, child);
            }
        }
    }
  for (guint i = order->len; i > 0; i--)
    roll_up_goal (g_ptr_array_index (order, i - 1), year, tertial);
}

/* Returns: (transfer container): from the priority area down to @goal */
GPtrArray *
lk_masterplan_path (LkMasterplan *self,
                    LkGoal       *goal)
{
  GPtrArray *path = g_ptr_array_new ();

  for (LkGoal *g = goal; g != NULL && path->len <= LK_GOAL_MAX_LEVEL; g = g->parent)
    g_ptr_array_insert (path, 0, g);

  return path;
}

static gboolean
collect (LkGoal   *goal,
         gpointer  data)
{
  g_ptr_array_add (data, goal);
  return TRUE;
}

/* Returns: (transfer container): @goal and all below it, parents first */
GPtrArray *
lk_masterplan_subtree (LkMasterplan *self,
                       LkGoal       *goal)
{
  GPtrArray *all = g_ptr_array_new ();

  lk_goal_foreach (goal, collect, all);

  return all;
}

typedef struct
{
  const char *uuid;
  GPtrArray  *found;
} Supporters;

static gboolean
find_supporters (LkGoal   *goal,
                 gpointer  data)
{
  Supporters *s = data;

  for (guint i = 0; i < goal->supports->len; i++)
    if (g_str_equal (g_ptr_array_index (goal->supports, i), s->uuid))
      g_ptr_array_add (s->found, goal);

  return TRUE;
}

/* Returns: (transfer container): the goals that support @goal */
GPtrArray *
lk_masterplan_supporters (LkMasterplan *self,
                          LkGoal       *goal)
{
  Supporters s = { goal->uuid, g_ptr_array_new () };

  lk_masterplan_foreach (self, find_supporters, &s);

  return s.found;
}

gboolean
lk_masterplan_is_ancestor (LkGoal *ancestor,
                           LkGoal *goal)
{
  for (LkGoal *g = goal->parent; g != NULL; g = g->parent)
    if (g == ancestor)
      return TRUE;

  return FALSE;
}

static gboolean
widen_years (LkGoal   *goal,
             gpointer  data)
{
  int *years = data;

  if (goal->level > 0)
    {
      years[0] = MIN (years[0], goal->first_year);
      years[1] = MAX (years[1], goal->last_year);
    }

  return TRUE;
}

/* The years the plan's goals cover, and this year in any case */
void
lk_masterplan_years (LkMasterplan *self,
                     int          *first,
                     int          *last)
{
  int this_year, tertial;
  int years[2];

  lk_today_tertial (&this_year, &tertial);
  years[0] = years[1] = this_year;
  lk_masterplan_foreach (self, widen_years, years);
  *first = years[0];
  *last = years[1];
}

/* T1 January–April, T2 May–August, T3 September–December */
void
lk_today_tertial (int *year,
                  int *tertial)
{
  g_autofree char *today = lk_date_today ();
  int month = 1;

  *year = 2000;
  sscanf (today, "%d-%d", year, &month);
  *tertial = (CLAMP (month, 1, 12) - 1) / 4 + 1;
}

/**
 * lk_goals_order_for_put:
 * @goals: (element-type LkGoal): goals read from a file
 *
 * Sorts goals so that every goal comes after its parent and after the
 * goals it supports, where those are among them (the rest must already be
 * stored). A file whose links run in a circle cannot be sorted: refused.
 */
gboolean
lk_goals_order_for_put (GPtrArray  *goals,
                        GError    **error)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *waiting = g_new0 (guint, goals->len + 1);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (goals->len);
  g_autoptr(GArray) ready = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (goals, i);

      g_hash_table_insert (index, goal->uuid, GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (after, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  /* An edge from each goal it needs to it */
  for (guint i = 0; i < goals->len; i++)
    {
      LkGoal *goal = g_ptr_array_index (goals, i);

      for (guint k = 0; k <= goal->supports->len; k++)
        {
          const char *needs = k == 0 ? goal->parent_uuid : g_ptr_array_index (goal->supports, k - 1);
          guint j = needs ? GPOINTER_TO_UINT (g_hash_table_lookup (index, needs)) : 0;

          if (j == 0)
            continue;
          g_array_append_val (g_ptr_array_index (after, j - 1), i);
          waiting[i]++;
        }
    }
  for (guint i = 0; i < goals->len; i++)
    if (waiting[i] == 0)
      g_array_append_val (ready, i);
  for (guint r = 0; r < ready->len; r++)
    {
      guint i = g_array_index (ready, guint, r);
      GArray *next = g_ptr_array_index (after, i);

      g_ptr_array_add (sorted, g_ptr_array_index (goals, i));
      for (guint k = 0; k < next->len; k++)
        {
          guint j = g_array_index (next, guint, k);

          if (--waiting[j] == 0)
            g_array_append_val (ready, j);
        }
    }
  if (sorted->len < goals->len)
    {
      for (guint i = 0; i < goals->len; i++)
        if (waiting[i] > 0)
          {
            g_set_error (error, LK_STORE_ERROR, LK_STORE_ERROR_INVALID,
                         _("The goal “%s” is linked in a circle: it hangs under or supports a goal that leads back to it."),
                         ((LkGoal *) g_ptr_array_index (goals, i))->title);
            break;
          }
      return FALSE;
    }

  /* The array keeps its references; only their order changes */
  if (goals->len > 0)
    memcpy (goals->pdata, sorted->pdata, sizeof (gpointer) * goals->len);

  return TRUE;
}

/* --- a subtree for Undo ---------------------------------------------------- */

G_DEFINE_FINAL_TYPE (LkGoalSubtree, lk_goal_subtree, G_TYPE_OBJECT)

static void
lk_goal_subtree_finalize (GObject *object)
{
  g_ptr_array_unref (LK_GOAL_SUBTREE (object)->goals);

  G_OBJECT_CLASS (lk_goal_subtree_parent_class)->finalize (object);
}

static void
lk_goal_subtree_class_init (LkGoalSubtreeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lk_goal_subtree_finalize;
}

static void
lk_goal_subtree_init (LkGoalSubtree *self)
{
  self->goals = g_ptr_array_new_with_free_func (g_object_unref);
}

LkGoalSubtree *
lk_goal_subtree_new (LkMasterplan *mp,
                     LkGoal       *goal)
{
  LkGoalSubtree *self = g_object_new (LK_TYPE_GOAL_SUBTREE, NULL);
  g_autoptr(GPtrArray) all = lk_masterplan_subtree (mp, goal);

  for (guint i = 0; i < all->len; i++)
    {
      LkGoal *g = g_ptr_array_index (all, i);
      LkGoal *copy = lk_goal_copy (g);

      /* Its own benefits only: a tiltak's stay with the tiltak */
      for (guint b = 0; b < g->benefits->len; b++)
        {
          LkBenefit *benefit = g_ptr_array_index (g->benefits, b);

          if (benefit->goal_uuid != NULL)
            g_ptr_array_add (copy->benefits, lk_benefit_copy (benefit));
        }
      g_ptr_array_add (self->goals, copy);
    }

  return self;
}
