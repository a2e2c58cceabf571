/* lk-org-dialog.h: the organisation's units, by level
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_ORG_DIALOG (lk_org_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LkOrgDialog, lk_org_dialog, LK, ORG_DIALOG, AdwWindow)

GtkWindow *lk_org_dialog_new (GtkWindow *parent,
                              LkStore   *store);

G_END_DECLS
