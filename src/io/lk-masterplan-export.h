/* lk-masterplan-export.h: the goals and their KPIs as a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-masterplan.h"

G_BEGIN_DECLS

char     *lk_masterplan_to_csv     (LkMasterplan *mp,
                                    int           year,
                                    int           tertial);
gboolean  lk_masterplan_export_csv (LkMasterplan *mp,
                                    int           year,
                                    int           tertial,
                                    const char   *path,
                                    GError      **error);

G_END_DECLS
