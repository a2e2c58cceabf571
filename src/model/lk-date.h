/* lk-date.h: calendar dates as ISO 8601 text, the way they are stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  lk_date_is_valid_iso (const char *iso);
char     *lk_date_parse_user   (const char *text);
char     *lk_date_today        (void);
char     *lk_date_add_days     (const char *iso,
                                int         days);
int       lk_date_days_between (const char *from_iso,
                                const char *to_iso);
char     *lk_date_format       (const char *iso);
char     *lk_date_format_input (const char *iso);
char     *lk_timestamp_now     (void);
void      lk_timestamps_init   (char      **created,
                                char      **updated);
gboolean  lk_timestamp_is_valid (const char *text);

G_END_DECLS
