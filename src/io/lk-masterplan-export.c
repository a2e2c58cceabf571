/* lk-masterplan-export.c
 *
 * One row per KPI (a goal without KPIs gets one row of its own), in the
 * plan's order, so the tree reads top to bottom; the values of the year
 * and the year before, a column per tertial.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-csv.h"
#include "lk-masterplan-export.h"

/* A KPI's own columns, before the six tertials' values */
#define KPI_FIELDS 10

typedef struct
{
  LkMasterplan *mp;
  LkCsv         out;
  int           year;
  int           tertial;
} Csv;

static const char *
direction_name (LkKpiDirection direction)
{
  switch (direction)
    {
    case LK_KPI_LOWER_IS_BETTER:
      return _("Lower is better");
    case LK_KPI_KEEP_WITHIN:
      return _("Keep within");
    case LK_KPI_HIGHER_IS_BETTER:
    default:
      return _("Higher is better");
    }
}

static void
goal_fields (Csv    *csv,
             LkGoal *goal)
{
  g_autoptr(GPtrArray) path = lk_masterplan_path (csv->mp, goal);
  LkOrgUnit *unit = lk_masterplan_find_unit (csv->mp, goal->unit_uuid);
  g_autofree char *level = g_strdup_printf ("%u", goal->level);

  lk_csv_field (&csv->out, path->len > 0 ? ((LkGoal *) path->pdata[0])->title : "");
  lk_csv_field (&csv->out, level);
  lk_csv_field (&csv->out, goal->title);
  lk_csv_field (&csv->out, goal->parent ? goal->parent->title : "");
  lk_csv_field (&csv->out, goal->level > 0 ? lk_perspective_name (goal->perspective) : "");
  lk_csv_field (&csv->out, unit ? unit->name : "");
  lk_csv_field (&csv->out, goal->owner);
  lk_csv_field (&csv->out, lk_goal_status_name (goal->status));
  lk_csv_field (&csv->out, goal->manual ? goal->status_reason : "");
}

static gboolean
append_goal (LkGoal   *goal,
             gpointer  data)
{
  Csv *csv = data;
  guint n = goal->kpis->len;

  if (goal->archived || (goal->level > 0 && !lk_goal_in_year (goal, csv->year)))
    return TRUE;
  if (n == 0)
    {
      /* Every row as wide as the head: the KPI's fields left empty */
      goal_fields (csv, goal);
      for (guint i = 0; i < KPI_FIELDS + 6; i++)
        lk_csv_field (&csv->out, "");
      lk_csv_end_row (&csv->out);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LkKpi) kpi = g_object_ref (g_ptr_array_index (goal->kpis, i));

      goal_fields (csv, goal);
      lk_csv_field (&csv->out, kpi->name);
      lk_csv_field (&csv->out, lk_kpi_unit_symbol (kpi));
      lk_csv_field (&csv->out, direction_name (kpi->direction));
      lk_csv_number (&csv->out, kpi->baseline, 3);
      lk_csv_number (&csv->out, isnan (kpi->baseline) ? NAN : kpi->baseline_year, 0);
      lk_csv_number (&csv->out, kpi->target, 3);
      lk_csv_number (&csv->out, isnan (kpi->target) ? NAN : kpi->target_year, 0);
      lk_csv_number (&csv->out, kpi->band_low, 3);
      lk_csv_number (&csv->out, kpi->band_high, 3);
      lk_csv_field (&csv->out, lk_goal_status_name (lk_kpi_status (kpi, csv->year, csv->tertial)));
      for (int y = csv->year - 1; y <= csv->year; y++)
        for (int t = 1; t <= 3; t++)
          {
            const LkKpiValue *v = lk_kpi_get_value (kpi, y, t);

            lk_csv_number (&csv->out, v ? v->value : NAN, 3);
          }
      lk_csv_end_row (&csv->out);
    }

  return TRUE;
}

/**
 * lk_masterplan_to_csv:
 * @mp: a plan rolled up for @year and @tertial
 */
char *
lk_masterplan_to_csv (LkMasterplan *mp,
                      int           year,
                      int           tertial)
{
  Csv csv = { mp, { NULL, TRUE }, year, tertial };
  const char *heads[] = {
    _("Priority area"), _("Level"), _("Goal"), _("Under"), _("Perspective"), _("Unit"), _("Owner"),
    _("Status"), _("Why set by hand"), _("KPI"), _("KPI unit"), _("Direction"), _("Baseline"),
    _("Baseline year"), _("Target"), _("Target year"), _("Band low"), _("Band high"), _("KPI status"),
  };

  lk_csv_init (&csv.out, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    lk_csv_field (&csv.out, heads[i]);
  for (int y = year - 1; y <= year; y++)
    for (int t = 1; t <= 3; t++)
      {
        g_autofree char *head = g_strdup_printf ("T%d %d", t, y);

        lk_csv_field (&csv.out, head);
      }
  lk_csv_end_row (&csv.out);
  lk_masterplan_foreach (mp, append_goal, &csv);

  return lk_csv_finish (&csv.out);
}

gboolean
lk_masterplan_export_csv (LkMasterplan *mp,
                          int           year,
                          int           tertial,
                          const char   *path,
                          GError      **error)
{
  g_autofree char *csv = lk_masterplan_to_csv (mp, year, tertial);

  return g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
