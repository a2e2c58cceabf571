/* lk-masterplan-page-private.h: the page's parts, shared by its files
 *
 * lk-masterplan-page.c holds the plan and its views, -actions.c what the
 * menus and keys do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-breakdown-pages.h"
#include "lk-chart-breakdown.h"
#include "lk-chart-view.h"
#include "lk-goal-detail.h"
#include "lk-masterplan-page.h"
#include "lk-masterplan.h"

G_BEGIN_DECLS

struct _LkMasterplanPage
{
  LkPage              parent_instance;

  LkStore            *store;
  LkMasterplan       *mp;
  int                 year;          /* the plan's year shown */
  int                 tertial;       /* as of which tertial */
  char               *selected;      /* uuid */
  char               *my_unit;       /* the unit chosen in Preferences */
  gboolean            show_archived;
  gboolean            narrow;
  guint               refresh_id;
  gboolean            chart_dirty;
  gboolean            updating;      /* filling drop-downs: not the user's change */
  GHashTable         *visible;       /* LkGoal → itself: shown by the filters */
  GHashTable         *expanded;      /* uuids of expanded outline rows */
  GHashTable         *collapsed;     /* uuids folded in the chart */
  GListStore         *roots;         /* LkGoal: the outline's top */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  GListStore         *years;         /* LkChoice */
  GListStore         *units;         /* LkChoice, for the filter */
  GListStore         *chart_roots;   /* LkChoice */
  GListStore         *card_units;    /* LkChoice, for the scorecard */
  GListStore         *card_goals[LK_PERSPECTIVE_N];  /* LkGoal, by perspective */
  GtkListBox         *card_lists[LK_PERSPECTIVE_N];
  LkBreakdownLayout   layout;
  LkBreakdownPages    print_pages;
  char               *paper;         /* "a4" or "a3", landscape */

  GtkBox             *toolbar;
  GtkDropDown        *year_dropdown;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkDropDown        *level_dropdown;
  GtkDropDown        *perspective_dropdown;
  GtkDropDown        *unit_dropdown;
  GtkDropDown        *status_dropdown;
  GtkMenuButton      *new_button;
  GtkStack           *content_stack;
  AdwViewStack       *views;
  AdwLeaflet         *leaflet;
  GtkListView        *outline_view;
  LkGoalDetail       *detail;
  GtkDropDown        *root_dropdown;
  GtkLabel           *chart_hint;
  GtkScrolledWindow  *chart_scroller;
  LkChartView        *chart;
  GtkLabel           *scorecard_title;
  GtkDropDown        *scorecard_unit;
  GtkGrid            *scorecard_columns;
};

void lk_masterplan_page_refresh        (LkMasterplanPage *self);
void lk_masterplan_page_update_chart   (LkMasterplanPage *self);
void lk_masterplan_page_class_actions  (GtkWidgetClass   *widget_class);
void lk_masterplan_page_open_goal      (LkMasterplanPage *self,
                                        const char       *uuid);

G_END_DECLS
