/* lk-template-dialog.h: the user's own prompt template, a name and questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LK_TYPE_TEMPLATE_DIALOG (lk_template_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LkTemplateDialog, lk_template_dialog, LK, TEMPLATE_DIALOG, AdwMessageDialog)

GtkWindow  *lk_template_dialog_new         (GtkWindow        *parent);
const char *lk_template_dialog_get_name    (LkTemplateDialog *self);
GStrv       lk_template_dialog_get_prompts (LkTemplateDialog *self);

G_END_DECLS
