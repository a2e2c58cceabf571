/* lk-areas.c: the area table
 *
 * The sidebar, the page stack, Alt+1 … Alt+9, the "Go to" actions and the
 * shortcuts window are all made from this table: a new area adds its row
 * (and the include of its page) here and nothing else in the shell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-areas.h"
#include "lk-coming-page.h"
#include "lk-jeg-plan-page.h"
#include "lk-measures-page.h"
#include "lk-overview-page.h"
#include "lk-risk-page.h"

/* In sidebar order; Alt+N follows it. */
static const LkArea areas[] = {
  { "overview", N_("Overview"), "lk-overview-symbolic", lk_overview_page_get_type, NULL },
  { "masterplan", N_("Masterplan"), "lk-masterplan-symbolic", lk_coming_page_get_type,
    N_("Break the kommuneplan’s priority areas down through the goal levels to your unit "
       "and to personal goals, with KPIs per tertial, traffic-light status, measures and "
       "benefits realisation.") },
  { "jeg-plan", N_("Jeg-plan"), "lk-jeg-plan-symbolic", lk_jeg_plan_page_get_type, NULL },
  { "ten-factor", N_("10-faktor"), "lk-ten-factor-symbolic", lk_coming_page_get_type,
    N_("KS survey results per round and unit against comparison values, with factors to "
       "keep and to improve and the measures you agree on.") },
  { "risk", N_("Risk"), "lk-risk-symbolic", lk_risk_page_get_type, NULL },
  { "fishbone", N_("Fishbone"), "lk-fishbone-symbolic", lk_coming_page_get_type,
    N_("Fishbone analyses that find the causes of a problem and turn the root causes into "
       "measures.") },
  { "conversations", N_("ROS-samtaler"), "lk-conversations-symbolic", lk_coming_page_get_type,
    N_("Prepare result and follow-up conversations with a brief assembled from goals, risks, "
       "10-faktor and your Jeg-plan, and agree on measures.") },
  { "measures", N_("Tiltak"), "lk-measures-symbolic", lk_measures_page_get_type, NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (areas) <= 9);  /* Alt+1 … Alt+9 */

const LkArea *
lk_areas (guint *n_areas)
{
  *n_areas = G_N_ELEMENTS (areas);
  return areas;
}

int
lk_area_index (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].id, id) == 0)
      return (int)i;

  return -1;
}

const LkArea *
lk_area_find (const char *id)
{
  int i = lk_area_index (id);

  return i < 0 ? NULL : &areas[i];
}
