/* lk-example-private.h: the areas' parts of the example data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-store.h"

G_BEGIN_DECLS

gboolean lk_example_load_masterplan (LkStore     *store,
                                     const char  *today,
                                     GHashTable  *goal_uuids,
                                     GError     **error);

gboolean lk_example_load_ten_factor (LkStore     *store,
                                     const char  *today,
                                     GHashTable  *focus_uuids,
                                     GError     **error);

gboolean lk_example_load_conversations (LkStore     *store,
                                        const char  *today,
                                        const char  *held_uuid,
                                        GError     **error);

G_END_DECLS
