/* lk-fishbone-export.h: an analysis as indented text and as CSV
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-fishbone.h"

G_BEGIN_DECLS

char     *lk_fishbone_to_csv         (LkFishbone  *fb,
                                      GHashTable  *measures);
gboolean  lk_fishbone_export_text    (LkFishbone  *fb,
                                      const char  *path,
                                      GError     **error);
gboolean  lk_fishbone_export_csv     (LkFishbone  *fb,
                                      GHashTable  *measures,
                                      const char  *path,
                                      GError     **error);

G_END_DECLS
