/* lk-year-wheel.h: the items of the årshjul (annual wheel)
 *
 * The year's recurring processes and dated items from every area, one
 * ring per kind, for the wheel on the overview and in ROS-samtaler and
 * for the iCalendar export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-store.h"

G_BEGIN_DECLS

/* From the rim inwards */
typedef enum
{
  LK_RING_REPORTS       = 0,  /* tertial ends and report deadlines */
  LK_RING_CONVERSATIONS = 1,  /* ROS-samtaler */
  LK_RING_GATHERINGS    = 2,  /* the leadership programme */
  LK_RING_TEN_FACTOR    = 3,  /* follow-up meetings and reviews */
  LK_RING_RISK          = 4,  /* follow-up dates of risks */
  LK_RING_MEASURES      = 5,  /* deadlines of open tiltak */
} LkWheelRing;

#define LK_RING_N 6

typedef struct
{
  LkWheelRing  ring;
  char        *date;    /* ISO */
  char        *end;     /* ISO, for something that lasts days; or NULL */
  char        *time;    /* "HH:MM", or NULL: all day */
  char        *title;
  char        *area;    /* the area that opens it, or NULL */
  char        *uuid;    /* its item there, or NULL */
} LkWheelItem;

void        lk_wheel_item_free       (LkWheelItem *item);
LkWheelItem *lk_wheel_item_new       (LkWheelRing  ring,
                                      const char  *date,
                                      const char  *title,
                                      const char  *area,
                                      const char  *uuid);
const char *lk_wheel_ring_name       (LkWheelRing  ring);
int         lk_date_day_of_year      (const char  *iso);
int         lk_days_in_year          (int          year);
int         lk_date_iso_week         (const char  *iso);

GPtrArray  *lk_store_list_wheel_items (LkStore    *store,
                                       int         year,
                                       GError    **error);

G_END_DECLS
