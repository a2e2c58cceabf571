/* lk-dialogs.h: the one way every view reports an error
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void lk_show_error (GtkWidget    *context,
                    const char   *heading,
                    const GError *error);

G_END_DECLS
