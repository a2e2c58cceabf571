/* lk-number.h: numbers as the user's language writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *lk_decimal_separator (void);
char        *lk_format_number     (double         value,
                                   int            decimals);
gboolean     lk_parse_number      (const char    *text,
                                   double        *value);

G_END_DECLS
