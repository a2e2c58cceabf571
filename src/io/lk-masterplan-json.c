/* lk-masterplan-json.c: the Masterplan's items as JSON objects
 *
 * One form for the backup and for the plan exchanged between leaders.
 * Names of enumerations are their mkenums nicks; unset numbers are left
 * out; references are uuids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-backup-private.h"
#include "lk-enum.h"
#include "lk-json-read.h"
#include "lk-masterplan-json.h"
#include "lk-model-enums.h"

#define BIG 1e15  /* larger than any sum a municipality reports */

static gboolean
read_year (LkJsonNode  *object,
           const char  *path,
           const char  *member,
           gboolean     required,
           int         *out,
           GError     **error)
{
  gint64 year;

  if (!required && !lk_json_object_has_member (object, member))
    return TRUE;
  if (!lk_json_int_member (object, path, member, 1900, 2200, &year, error))
    return FALSE;
  *out = year;

  return TRUE;
}

/* A check of the model's, told at the item's place. @local_error is read
 * after the check has run (arguments have no order of evaluation). */
static gboolean
model_check (gboolean     ok,
             const char  *path,
             GError     **local_error,
             GError     **error)
{
  if (!ok)
    lk_json_invalid (error, path, NULL, *local_error ? (*local_error)->message : "");
  g_clear_error (local_error);

  return ok;
}

/* --- kommuneplan and units ------------------------------------------------- */

void
lk_kommuneplan_to_json (LkJsonWriter  *writer,
                        LkKommuneplan *plan)
{
  lk_backup_add_string (writer, "uuid", plan->uuid);
  lk_backup_add_string (writer, "title", plan->title);
  lk_backup_add_int (writer, "first-year", plan->first_year);
  lk_backup_add_int (writer, "last-year", plan->last_year);
  lk_backup_add_string (writer, "updated", plan->updated);
}

LkKommuneplan *
lk_kommuneplan_from_json (LkJsonNode  *node,
                          const char  *path,
                          GError     **error)
{
  const char *uuid, *title, *updated;
  int first = 0, last = 0;
  LkJsonNode *object;
  LkKommuneplan *plan;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "title", TRUE, 300, &title, error) ||
      !read_year (object, path, "first-year", TRUE, &first, error) ||
      !read_year (object, path, "last-year", TRUE, &last, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  if (last < first)
    {
      lk_json_invalid (error, path, "last-year", _("is before the first year"));
      return NULL;
    }
  plan = lk_kommuneplan_new (title, first, last);
  g_free (plan->uuid);
  plan->uuid = g_strdup (uuid);
  plan->updated = g_strdup (updated);

  return plan;
}

void
lk_org_unit_to_json (LkJsonWriter *writer,
                     LkOrgUnit    *unit)
{
  lk_backup_add_string (writer, "uuid", unit->uuid);
  lk_backup_add_string (writer, "name", unit->name);
  lk_backup_add_int (writer, "level", unit->level);
  lk_backup_add_string (writer, "parent", unit->parent_uuid);
  lk_backup_add_string (writer, "updated", unit->updated);
}

LkOrgUnit *
lk_org_unit_from_json (LkJsonNode  *node,
                       const char  *path,
                       GError     **error)
{
  const char *uuid, *name, *parent, *updated;
  gint64 level;
  LkJsonNode *object;
  LkOrgUnit *unit;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_string_member (object, path, "name", TRUE, 200, &name, error) ||
      !lk_json_int_member (object, path, "level", 1, 4, &level, error) ||
      !lk_backup_read_uuid (object, path, "parent", FALSE, &parent, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  unit = lk_org_unit_new (name, level, parent);
  g_free (unit->uuid);
  unit->uuid = g_strdup (uuid);
  unit->updated = g_strdup (updated);

  return unit;
}

/* --- benefits --------------------------------------------------------------------- */

static const char *stage_names[3] = { "planned", "identified", "realised" };

void
lk_benefit_to_json (LkJsonWriter *writer,
                    LkBenefit    *benefit)
{
  lk_backup_add_string (writer, "uuid", benefit->uuid);
  lk_backup_add_string (writer, "goal", benefit->goal_uuid);
  lk_backup_add_string (writer, "measure", benefit->measure_uuid);
  lk_backup_add_string (writer, "kind", lk_enum_to_nick (LK_TYPE_BENEFIT_KIND, benefit->kind));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *fte = g_strdup_printf ("fte-%s", stage_names[i]);
      g_autofree char *nok = g_strdup_printf ("nok-%s", stage_names[i]);

      lk_backup_add_number (writer, fte, benefit->fte[i]);
      lk_backup_add_number (writer, nok, benefit->nok[i]);
    }
  lk_backup_add_string (writer, "period", benefit->period);
  lk_backup_add_string (writer, "text", benefit->text);
  lk_backup_add_string (writer, "updated", benefit->updated);
}

LkBenefit *
lk_benefit_from_json (LkJsonNode  *node,
                      const char  *path,
                      GError     **error)
{
  const char *uuid, *goal, *measure, *period, *text, *updated;
  g_autoptr(LkBenefit) benefit = NULL;
  GError *local_error = NULL;
  int kind = LK_BENEFIT_AVOIDED_COST;
  LkJsonNode *object;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_backup_read_uuid (object, path, "goal", FALSE, &goal, error) ||
      !lk_backup_read_uuid (object, path, "measure", FALSE, &measure, error) ||
      !lk_json_enum_member (object, path, "kind", LK_TYPE_BENEFIT_KIND, &kind, error) ||
      !lk_json_string_member (object, path, "period", FALSE, 100, &period, error) ||
      !lk_json_string_member (object, path, "text", FALSE, 5000, &text, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;
  benefit = lk_benefit_new_with_uuid (uuid, goal, measure);
  benefit->kind = kind;
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *fte = g_strdup_printf ("fte-%s", stage_names[i]);
      g_autofree char *nok = g_strdup_printf ("nok-%s", stage_names[i]);

      if (!lk_json_number_member (object, path, fte, 0, BIG, &benefit->fte[i], error) ||
          !lk_json_number_member (object, path, nok, 0, BIG, &benefit->nok[i], error))
        return NULL;
    }
  g_free (benefit->period);
  benefit->period = g_strdup (period ? period : "");
  g_free (benefit->text);
  benefit->text = g_strdup (text ? text : "");
  benefit->updated = g_strdup (updated);
  if (!model_check (lk_benefit_validate (benefit, &local_error), path, &local_error, error))
    return NULL;

  return g_steal_pointer (&benefit);
}

/* --- goals --------------------------------------------------------------------- */

static void
kpi_to_json (LkJsonWriter *writer,
             LkKpi        *kpi)
{
  lk_json_writer_begin_object (writer);
  lk_backup_add_string (writer, "uuid", kpi->uuid);
  lk_backup_add_string (writer, "name", kpi->name);
  lk_backup_add_string (writer, "unit", lk_enum_to_nick (LK_TYPE_KPI_UNIT, kpi->unit_kind));
  if (kpi->unit_text && *kpi->unit_text)
    lk_backup_add_string (writer, "unit-text", kpi->unit_text);
  lk_backup_add_string (writer, "direction", lk_enum_to_nick (LK_TYPE_KPI_DIRECTION, kpi->direction));
  lk_backup_add_number (writer, "baseline", kpi->baseline);
  if (!isnan (kpi->baseline))
    lk_backup_add_int (writer, "baseline-year", kpi->baseline_year);
  lk_backup_add_number (writer, "target", kpi->target);
  if (!isnan (kpi->target))
    lk_backup_add_int (writer, "target-year", kpi->target_year);
  lk_backup_add_number (writer, "band-low", kpi->band_low);
  lk_backup_add_number (writer, "band-high", kpi->band_high);
  lk_backup_add_number (writer, "yellow", kpi->yellow);
  lk_backup_add_number (writer, "red", kpi->red);
  lk_backup_add_string (writer, "thresholds", kpi->share ? "share" : "value");
  lk_backup_add_string (writer, "path", lk_enum_to_nick (LK_TYPE_KPI_PATH, kpi->path));
  /* By year, T1 to T3, null where a tertial has none: compact, for plans
   * of many goals */
  lk_json_writer_set_member_name (writer, "values");
  lk_json_writer_begin_object (writer);
  for (guint i = 0; i < kpi->values->len;)
    {
      int year = g_array_index (kpi->values, LkKpiValue, i).year;
      g_autofree char *name = g_strdup_printf ("%d", year);

      lk_json_writer_set_member_name (writer, name);
      lk_json_writer_begin_array (writer);
      for (int t = 1; t <= 3; t++)
        {
          const LkKpiValue *v = i < kpi->values->len ? &g_array_index (kpi->values, LkKpiValue, i) : NULL;

          if (v != NULL && v->year == year && v->tertial == t)
            {
              if (v->value == floor (v->value) && fabs (v->value) < 1e15)
                lk_json_writer_add_int_value (writer, (gint64) v->value);
              else
                lk_json_writer_add_double_value (writer, v->value);
              i++;
            }
          else
            lk_json_writer_add_null_value (writer);
        }
      lk_json_writer_end_array (writer);
    }
  lk_json_writer_end_object (writer);
  lk_json_writer_end_object (writer);
}

void
lk_goal_to_json (LkJsonWriter *writer,
                 LkGoal       *goal)
{
  guint n_kpis = goal->kpis->len;

  lk_backup_add_string (writer, "uuid", goal->uuid);
  lk_backup_add_int (writer, "level", goal->level);
  lk_backup_add_string (writer, "plan", goal->plan_uuid);
  lk_backup_add_string (writer, "parent", goal->parent_uuid);
  lk_backup_add_int (writer, "position", goal->position);
  lk_backup_add_string (writer, "title", goal->title);
  lk_backup_add_string (writer, "description", goal->description);
  lk_backup_add_string (writer, "unit", goal->unit_uuid);
  lk_backup_add_string (writer, "perspective", lk_enum_to_nick (LK_TYPE_PERSPECTIVE, goal->perspective));
  lk_backup_add_string (writer, "now", goal->now_text);
  lk_backup_add_string (writer, "where", goal->where_text);
  lk_backup_add_string (writer, "how", goal->how_text);
  lk_json_writer_set_member_name (writer, "smart");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < LK_SMART_N; i++)
    if (goal->smart & (1u << i))
      lk_json_writer_add_string_value (writer, lk_flag_to_nick (LK_TYPE_SMART_FLAGS, 1u << i));
  lk_json_writer_end_array (writer);
  lk_backup_add_string (writer, "owner", goal->owner);
  lk_backup_add_int (writer, "first-year", goal->first_year);
  lk_backup_add_int (writer, "last-year", goal->last_year);
  if (goal->manual)
    {
      lk_backup_add_string (writer, "status", lk_enum_to_nick (LK_TYPE_GOAL_STATUS, goal->manual_status));
      lk_backup_add_string (writer, "status-reason", goal->status_reason);
    }
  lk_backup_add_bool (writer, "archived", goal->archived);
  lk_json_writer_set_member_name (writer, "supports");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < goal->supports->len; i++)
    lk_json_writer_add_string_value (writer, g_ptr_array_index (goal->supports, i));
  lk_json_writer_end_array (writer);
  lk_json_writer_set_member_name (writer, "kpis");
  lk_json_writer_begin_array (writer);
  for (guint i = 0; i < n_kpis; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (goal->kpis, i));

      kpi_to_json (writer, kpi);
    }
  lk_json_writer_end_array (writer);
  lk_backup_add_string (writer, "created", goal->created);
  lk_backup_add_string (writer, "updated", goal->updated);
}

/* The place is only spelt out when something is wrong there */
static gpointer
values_invalid (GError     **error,
                const char  *path,
                const char  *year,
                const char  *message)
{
  g_autofree char *place = g_strdup_printf ("%s.values.%s", path, year);

  lk_json_invalid (error, place, NULL, message);

  return NULL;
}

static LkKpi *
kpi_from_json (LkJsonNode  *node,
               const char  *path,
               GHashTable  *seen,
               GError     **error)
{
  const char *uuid, *name, *unit_text, *thresholds;
  int unit = LK_KPI_UNIT_COUNT, direction = LK_KPI_HIGHER_IS_BETTER, path_kind = LK_KPI_PATH_LINEAR;
  g_autoptr(LkKpi) kpi = NULL;
  LkJsonNode *object;
  LkJsonNode *values;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_backup_check_unique (seen, uuid, path, error) ||
      !lk_json_string_member (object, path, "name", TRUE, 200, &name, error) ||
      !lk_json_enum_member (object, path, "unit", LK_TYPE_KPI_UNIT, &unit, error) ||
      !lk_json_string_member (object, path, "unit-text", FALSE, 40, &unit_text, error) ||
      !lk_json_enum_member (object, path, "direction", LK_TYPE_KPI_DIRECTION, &direction, error) ||
      !lk_json_enum_member (object, path, "path", LK_TYPE_KPI_PATH, &path_kind, error) ||
      !lk_json_string_member (object, path, "thresholds", FALSE, 10, &thresholds, error))
    return NULL;
  kpi = lk_kpi_new_with_uuid (uuid, name);
  kpi->unit_kind = unit;
  g_free (kpi->unit_text);
  kpi->unit_text = g_strdup (unit_text ? unit_text : "");
  kpi->direction = direction;
  kpi->path = path_kind;
  if (thresholds != NULL && g_strcmp0 (thresholds, "share") != 0 && g_strcmp0 (thresholds, "value") != 0)
    {
      lk_json_invalid (error, path, "thresholds", _("expected share or value"));
      return NULL;
    }
  kpi->share = g_strcmp0 (thresholds, "value") != 0;
  if (!lk_json_number_member (object, path, "baseline", -BIG, BIG, &kpi->baseline, error) ||
      !lk_json_number_member (object, path, "target", -BIG, BIG, &kpi->target, error) ||
      !lk_json_number_member (object, path, "band-low", -BIG, BIG, &kpi->band_low, error) ||
      !lk_json_number_member (object, path, "band-high", -BIG, BIG, &kpi->band_high, error) ||
      !lk_json_number_member (object, path, "yellow", 0, BIG, &kpi->yellow, error) ||
      !lk_json_number_member (object, path, "red", 0, BIG, &kpi->red, error) ||
      !read_year (object, path, "baseline-year", !isnan (kpi->baseline), &kpi->baseline_year, error) ||
      !read_year (object, path, "target-year", !isnan (kpi->target), &kpi->target_year, error))
    return NULL;

  if (!lk_json_object_has_member (object, "values"))
    return g_steal_pointer (&kpi);
  if (!(values = lk_json_object (lk_json_object_get_member (object, "values"), path, error)))
    return NULL;
  if (lk_json_node_get_length (values) > 200)
    {
      lk_json_invalid (error, path, "values", _("has more values than 200 years hold"));
      return NULL;
    }
  for (guint y = 0; y < lk_json_node_get_length (values); y++)
    {
      const char *key = lk_json_object_get_member_name (values, y);
      LkJsonNode *tertials = lk_json_object_get_member_at (values, y);
      char *end = NULL;
      gint64 year = g_ascii_strtoll (key, &end, 10);

      if (end == key || *end != '\0' || year < 1900 || year > 2200)
        return values_invalid (error, path, key, _("expected a year between 1900 and 2200"));
      if (!LK_JSON_HOLDS (tertials, LK_JSON_ARRAY) || lk_json_node_get_length (tertials) != 3)
        return values_invalid (error, path, key,
                               _("expected the three tertials [T1, T2, T3], null where there is none"));
      for (guint t = 0; t < 3; t++)
        {
          LkJsonNode *cell = lk_json_array_get_element (tertials, t);
          double value;

          if (LK_JSON_HOLDS (cell, LK_JSON_NULL))
            continue;
          if (!lk_json_node_is_number (cell))
            return values_invalid (error, path, key, _("expected a number or null for each tertial"));
          value = lk_json_node_get_double (cell);
          if (!(value >= -BIG && value <= BIG))
            return values_invalid (error, path, key, _("a value is out of range"));
          if (lk_kpi_get_value (kpi, year, t + 1) != NULL)
            return values_invalid (error, path, key, _("a second value for the same tertial"));
          lk_kpi_set_value (kpi, year, t + 1, value);
        }
    }

  return g_steal_pointer (&kpi);
}

/**
 * lk_goal_from_json:
 * @seen: the uuids read so far; a goal's KPIs are added to it
 *
 * Returns: (transfer full): the goal read and checked by itself (its
 *   links are checked against the database when it is stored)
 */
LkGoal *
lk_goal_from_json (LkJsonNode  *node,
                   const char  *path,
                   GHashTable  *seen,
                   GError     **error)
{
  const char *uuid, *plan, *parent, *title, *description, *unit, *now, *where, *how, *owner;
  const char *reason, *created, *updated, *status = NULL;
  g_autoptr(LkGoal) goal = NULL;
  g_auto(GStrv) smart = NULL;
  g_auto(GStrv) supports = NULL;
  GError *local_error = NULL;
  int perspective = LK_PERSPECTIVE_NONE, manual = LK_GOAL_STATUS_NO_DATA;
  gint64 level, position = 0;
  gboolean archived = FALSE;
  LkJsonNode *object;
  LkJsonNode *kpis;

  if (!(object = lk_json_object (node, path, error)) ||
      !lk_backup_read_uuid (object, path, "uuid", TRUE, &uuid, error) ||
      !lk_json_int_member (object, path, "level", 0, LK_GOAL_MAX_LEVEL, &level, error) ||
      !lk_backup_read_uuid (object, path, "plan", FALSE, &plan, error) ||
      !lk_backup_read_uuid (object, path, "parent", FALSE, &parent, error) ||
      (lk_json_object_has_member (object, "position") &&
       !lk_json_int_member (object, path, "position", 0, 100000, &position, error)) ||
      !lk_json_string_member (object, path, "title", TRUE, 300, &title, error) ||
      !lk_json_string_member (object, path, "description", FALSE, 10000, &description, error) ||
      !lk_backup_read_uuid (object, path, "unit", FALSE, &unit, error) ||
      !lk_json_enum_member (object, path, "perspective", LK_TYPE_PERSPECTIVE, &perspective, error) ||
      !lk_json_string_member (object, path, "now", FALSE, 5000, &now, error) ||
      !lk_json_string_member (object, path, "where", FALSE, 5000, &where, error) ||
      !lk_json_string_member (object, path, "how", FALSE, 5000, &how, error) ||
      !lk_json_string_member (object, path, "owner", FALSE, 200, &owner, error) ||
      !lk_json_string_member (object, path, "status", FALSE, 20, &status, error) ||
      !lk_json_string_member (object, path, "status-reason", FALSE, 1000, &reason, error) ||
      (lk_json_object_has_member (object, "archived") &&
       !lk_json_bool_member (object, path, "archived", &archived, error)) ||
      !lk_backup_read_timestamp (object, path, "created", &created, error) ||
      !lk_backup_read_timestamp (object, path, "updated", &updated, error))
    return NULL;

  goal = lk_goal_new_with_uuid (uuid, title, level, parent);
  goal->plan_uuid = g_strdup (plan);
  goal->position = position;
#define SET(f, v) if (v) { g_free (goal->f); goal->f = g_strdup (v); }
  SET (description, description);
  SET (now_text, now);
  SET (where_text, where);
  SET (how_text, how);
  SET (owner, owner);
  SET (status_reason, reason);
#undef SET
  goal->unit_uuid = g_strdup (unit);
  goal->perspective = perspective;
  goal->archived = archived;
  goal->created = g_strdup (created);
  goal->updated = g_strdup (updated);
  if (!read_year (object, path, "first-year", TRUE, &goal->first_year, error) ||
      !read_year (object, path, "last-year", TRUE, &goal->last_year, error))
    return NULL;
  if (status != NULL)
    {
      if (!lk_enum_from_nick (LK_TYPE_GOAL_STATUS, status, &manual) || manual == LK_GOAL_STATUS_NO_DATA)
        {
          lk_json_invalid (error, path, "status", _("expected green, yellow or red"));
          return NULL;
        }
      goal->manual = TRUE;
      goal->manual_status = manual;
    }

  if (lk_json_object_has_member (object, "smart"))
    {
      if (!(smart = lk_json_strv_member (object, path, "smart", 20, error)))
        return NULL;
      for (guint i = 0; smart[i] != NULL; i++)
        {
          guint bit;

          if (!lk_flag_from_nick (LK_TYPE_SMART_FLAGS, smart[i], &bit))
            {
              g_autofree char *msg = g_strdup_printf (_("“%s” is not a SMARTE criterion"), smart[i]);

              lk_json_invalid (error, path, "smart", msg);
              return NULL;
            }
          goal->smart |= bit;
        }
    }
  if (lk_json_object_has_member (object, "supports"))
    {
      if (!(supports = lk_json_strv_member (object, path, "supports", 36, error)))
        return NULL;
      if (g_strv_length (supports) > LK_GOAL_MAX_SUPPORTS)
        {
          lk_json_invalid (error, path, "supports", _("has more than 50 goals"));
          return NULL;
        }
      for (guint i = 0; supports[i] != NULL; i++)
        g_ptr_array_add (goal->supports, g_strdup (supports[i]));
    }

  if (lk_json_object_has_member (object, "kpis"))
    {
      if (!(kpis = lk_json_array_member (object, path, "kpis", error)))
        return NULL;
      if (lk_json_node_get_length (kpis) > LK_KPI_MAX_PER_GOAL)
        {
          lk_json_invalid (error, path, "kpis", _("has more than 20 KPIs"));
          return NULL;
        }
      for (guint i = 0; i < lk_json_node_get_length (kpis); i++)
        {
          g_autofree char *kpath = g_strdup_printf ("%s.kpis[%u]", path, i);
          g_autoptr(LkKpi) kpi = kpi_from_json (lk_json_array_get_element (kpis, i), kpath, seen, error);

          if (kpi == NULL)
            return NULL;
          g_ptr_array_add (goal->kpis, g_object_ref (kpi));
        }
    }

  if (!model_check (lk_goal_validate (goal, &local_error), path, &local_error, error))
    return NULL;

  return g_steal_pointer (&goal);
}
