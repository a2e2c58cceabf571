/* lk-year-wheel-view.h: the årshjul on screen
 *
 * The year's items from every area on the wheel (lk-chart-year-wheel),
 * with a tooltip naming the items under the pointer and a click that
 * opens one. The overview and the ROS-samtaler page show it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LK_TYPE_YEAR_WHEEL_VIEW (lk_year_wheel_view_get_type ())

G_DECLARE_FINAL_TYPE (LkYearWheelView, lk_year_wheel_view, LK, YEAR_WHEEL_VIEW, AdwBin)

GtkWidget *lk_year_wheel_view_new       (void);
void       lk_year_wheel_view_set_items (LkYearWheelView *self,
                                         int              year,
                                         const char      *today,
                                         GPtrArray       *items);
/* What a click and the tooltip at a point do; for the widget and tests */
void       lk_year_wheel_view_activate_at (LkYearWheelView *self,
                                           double           x,
                                           double           y);
char      *lk_year_wheel_view_describe_at (LkYearWheelView *self,
                                           double           x,
                                           double           y);

G_END_DECLS
