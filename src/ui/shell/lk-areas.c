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

/* In sidebar order; Alt+N follows it. An area is PAGE (id, title, icon,
 * the prefix of its LkPage type) once its page is built, and COMING (id,
 * title, icon, what it will be for) until then. */
#define LK_AREAS(PAGE, COMING) \
  PAGE ("overview", N_("Overview"), "lk-overview-symbolic", lk_overview_page) \
  PAGE ("masterplan", N_("Masterplan"), "lk-masterplan-symbolic", lk_masterplan_page) \
  PAGE ("jeg-plan", N_("Jeg-plan"), "lk-jeg-plan-symbolic", lk_jeg_plan_page) \
  PAGE ("ten-factor", N_("10-faktor"), "lk-ten-factor-symbolic", lk_ten_factor_page) \
  PAGE ("risk", N_("Risk"), "lk-risk-symbolic", lk_risk_page) \
  PAGE ("fishbone", N_("Fishbone"), "lk-fishbone-symbolic", lk_fishbone_page) \
  PAGE ("conversations", N_("ROS-samtaler"), "lk-conversations-symbolic", lk_conversations_page) \
  PAGE ("measures", N_("Tiltak"), "lk-measures-symbolic", lk_measures_page)

/* The page types, declared here so the shell needs no page header */
#define DECLARE_PAGE(id, title, icon, prefix) GType prefix##_get_type (void);
#define NOTHING(id, title, icon, description)
LK_AREAS (DECLARE_PAGE, NOTHING)

#define PAGE_ROW(id, title, icon, prefix) { id, title, icon, prefix##_get_type, NULL },
#define COMING_ROW(id, title, icon, description) { id, title, icon, lk_coming_page_get_type, description },
static const LkArea areas[] = {
  LK_AREAS (PAGE_ROW, COMING_ROW)
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
