/* lk-example.h: example data, so a new user sees a living application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-store.h"

G_BEGIN_DECLS

gboolean lk_example_load (LkStore     *store,
                          const char  *today,
                          GError     **error);

int      lk_example_count  (LkStore     *store,
                           GError     **error);
gboolean lk_example_remove (LkStore     *store,
                            int         *removed,
                            GError     **error);

G_END_DECLS
