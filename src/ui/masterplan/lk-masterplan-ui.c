/* lk-masterplan-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lk-date.h"
#include "lk-masterplan-ui.h"
#include "lk-types.h"

int
lk_goal_compare_titles (gconstpointer a,
                        gconstpointer b)
{
  return g_utf8_collate ((*(LkGoal **) a)->title, (*(LkGoal **) b)->title);
}

/* The goals above it, from its priority area down: its line of sight */
char *
lk_goal_path_text (LkMasterplan *mp,
                   LkGoal       *goal)
{
  g_autoptr(GPtrArray) path = lk_masterplan_path (mp, goal);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i + 1 < path->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? " › " : "", ((LkGoal *) path->pdata[i])->title);
  if (text->len == 0)
    g_string_append (text, lk_goal_level_name (goal->level));

  return g_string_free (text, FALSE);
}

static char *
counts_text (const guint counts[LK_GOAL_STATUS_N])
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const LkGoalStatus order[] = { LK_GOAL_STATUS_RED, LK_GOAL_STATUS_YELLOW,
                                 LK_GOAL_STATUS_GREEN, LK_GOAL_STATUS_NO_DATA };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (counts[order[i]] > 0)
      {
        g_autofree char *word = g_utf8_strdown (lk_goal_status_name (order[i]), -1);

        /* TRANSLATORS: how many goals below have a status, like "2 behind" */
        g_ptr_array_add (parts, g_strdup_printf (C_("goal count", "%u %s"), counts[order[i]], word));
      }
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (", ", (char **) parts->pdata);
}

/* Why the goal has its status, in words */
char *
lk_goal_status_explain (LkGoal *goal)
{
  guint n_kpis = goal->kpis->len;
  guint n_below = 0;
  g_autofree char *counts = NULL;
  g_autofree char *derived = NULL;

  for (guint s = 0; s < LK_GOAL_STATUS_N; s++)
    n_below += goal->counts[s];
  counts = counts_text (goal->counts);

  if (n_kpis == 0 && n_below == 0)
    derived = g_strdup (_("No KPI and no goal below it yet: add a KPI to measure it."));
  else if (goal->derived == LK_GOAL_STATUS_NO_DATA)
    derived = g_strdup (_("No KPI has a value from the last year, and no goal below it has data."));
  else if (n_below == 0 && n_kpis == 1)
    derived = g_strdup (_("From its KPI: the latest value against the path to the target."));
  else if (n_below == 0)
    derived = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "From its %u KPI: the worst of them counts.",
                                            "From its %u KPIs: the worst of them counts.", n_kpis),
                               n_kpis);
  else if (n_kpis == 0)
    /* TRANSLATORS: %s lists the goals below by status, like "1 off track, 2 on track" */
    derived = g_strdup_printf (_("From the goals below it: %s."), counts);
  else
    /* TRANSLATORS: %s lists the goals below by status, like "1 off track, 2 on track" */
    derived = g_strdup_printf (_("From its KPIs (the worst counts) and the goals below it: %s."), counts);

  if (goal->manual)
    return g_strdup_printf (_("Set by hand: %s The KPIs and goals below say: %s"),
                            goal->status_reason, lk_goal_status_name (goal->derived));

  return g_steal_pointer (&derived);
}

const char *
lk_trend_arrow (LkTrend trend)
{
  switch (trend)
    {
    case LK_TREND_BETTER:
      return "↑";
    case LK_TREND_WORSE:
      return "↓";
    case LK_TREND_SAME:
      return "→";
    case LK_TREND_UNKNOWN:
    default:
      return "";
    }
}

static const char *
trend_word (LkTrend trend)
{
  switch (trend)
    {
    case LK_TREND_BETTER:
      return _("better");
    case LK_TREND_WORSE:
      return _("worse");
    case LK_TREND_SAME:
      return _("unchanged");
    case LK_TREND_UNKNOWN:
    default:
      return "";
    }
}

/* The latest value against what was expected, and which way it moves */
char *
lk_kpi_summary (LkKpi *kpi,
                int    year,
                int    tertial)
{
  const LkKpiValue *latest = lk_kpi_latest (kpi, year, tertial);
  GString *text = g_string_new (NULL);
  g_autofree char *value = NULL;
  LkTrend before, last_year;

  if (latest == NULL)
    {
      g_string_append (text, _("No value in the last year"));
      if (!isnan (kpi->target))
        {
          g_autofree char *target = lk_kpi_format (kpi, kpi->target);

          g_string_append_printf (text, _(" · target %s in %d"), target, kpi->target_year);
        }
      return g_string_free (text, FALSE);
    }

  value = lk_kpi_format (kpi, latest->value);
  /* TRANSLATORS: a KPI's latest value and its tertial, like "91 % in T1 2026" */
  g_string_append_printf (text, _("%s in T%d %d"), value, latest->tertial, latest->year);
  if (kpi->direction == LK_KPI_KEEP_WITHIN)
    {
      g_autofree char *low = lk_kpi_format (kpi, kpi->band_low);
      g_autofree char *high = lk_kpi_format (kpi, kpi->band_high);

      g_string_append_printf (text, _(" · to stay between %s and %s"), low, high);
    }
  else
    {
      double expected = lk_kpi_expected (kpi, latest->year, latest->tertial);

      if (!isnan (expected))
        {
          g_autofree char *e = lk_kpi_format (kpi, expected);

          g_string_append_printf (text, _(" · expected %s"), e);
        }
    }
  before = lk_kpi_trend (kpi, year, tertial, FALSE);
  last_year = lk_kpi_trend (kpi, year, tertial, TRUE);
  if (before != LK_TREND_UNKNOWN)
    g_string_append_printf (text, _(" · %s %s than the tertial before"), lk_trend_arrow (before), trend_word (before));
  if (last_year != LK_TREND_UNKNOWN)
    g_string_append_printf (text, _(" · %s %s than a year before"), lk_trend_arrow (last_year), trend_word (last_year));

  return g_string_free (text, FALSE);
}

static const char *status_classes[LK_GOAL_STATUS_N] = {
  "status-none", "status-green", "status-yellow", "status-red",
};

/* The status in a coloured badge; the word says it without colour */
void
lk_status_badge_set (GtkLabel     *badge,
                     LkGoalStatus  status)
{
  for (guint i = 0; i < LK_GOAL_STATUS_N; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (badge), status_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (badge), "goal-status");
  gtk_widget_add_css_class (GTK_WIDGET (badge), status_classes[CLAMP (status, 0, LK_GOAL_STATUS_N - 1)]);
  gtk_label_set_text (badge, lk_goal_status_name (status));
}

GtkWidget *
lk_status_badge_new (LkGoalStatus status)
{
  GtkWidget *badge = gtk_label_new (NULL);

  lk_status_badge_set (GTK_LABEL (badge), status);

  return badge;
}

char *
lk_measure_line (LkMeasure *measure)
{
  const char *deadline = lk_measure_get_deadline (measure);
  const char *owner = lk_measure_get_owner (measure);
  GString *text = g_string_new (lk_measure_status_to_label (lk_measure_get_status (measure)));

  if (deadline != NULL && *deadline)
    {
      g_autofree char *date = lk_date_format (deadline);

      g_string_append_printf (text, _(" · due %s"), date);
    }
  if (owner != NULL && *owner)
    g_string_append_printf (text, " · %s", owner);

  return g_string_free (text, FALSE);
}

