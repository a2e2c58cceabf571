/* lk-enum.h: the stable names of enumerations, from their GEnum nicks
 *
 * The enums of the model are registered by gnome.mkenums_simple
 * (lk-model-enums.h); their nicks are the names in the database and the
 * backup format, so there is no table of names to keep in step by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lk-model-enums.h"

G_BEGIN_DECLS

const char *lk_enum_to_nick    (GType        type,
                                int          value);
gboolean    lk_enum_from_nick  (GType        type,
                                const char  *nick,
                                int         *value);
const char *lk_flag_to_nick    (GType        type,
                                guint        bit);
gboolean    lk_flag_from_nick  (GType        type,
                                const char  *nick,
                                guint       *bit);

G_END_DECLS
