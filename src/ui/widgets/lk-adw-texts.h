/* lk-adw-texts.h: libadwaita's own texts where it has no translation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lk_adw_texts_apply (GtkWidget *root);

G_END_DECLS
