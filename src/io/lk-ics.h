/* lk-ics.h: the årshjul's items as an iCalendar file (RFC 5545)
 *
 * One VEVENT per item: all-day on its date (over its days when it lasts
 * longer), or an hour from its time; a uid stable across exports, so a
 * calendar that imports the file again updates rather than doubles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-year-wheel.h"

G_BEGIN_DECLS

char     *lk_ics_from_wheel_items (GPtrArray   *items,
                                   const char  *calendar_name,
                                   const char  *stamp);
gboolean  lk_ics_write            (GPtrArray   *items,
                                   const char  *calendar_name,
                                   const char  *path,
                                   GError     **error);

G_END_DECLS
