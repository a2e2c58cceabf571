/* lk-bowtie-item-dialog.h: one cause or consequence of a bowtie, with its barriers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-risk.h"

G_BEGIN_DECLS

#define LK_TYPE_BOWTIE_ITEM_DIALOG (lk_bowtie_item_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LkBowtieItemDialog, lk_bowtie_item_dialog, LK, BOWTIE_ITEM_DIALOG, AdwMessageDialog)

GtkWindow    *lk_bowtie_item_dialog_new          (GtkWindow          *parent,
                                                  gboolean            cause,
                                                  LkBowtieItem       *item);
gboolean      lk_bowtie_item_dialog_is_cause     (LkBowtieItemDialog *self);
LkBowtieItem *lk_bowtie_item_dialog_get_item     (LkBowtieItemDialog *self);
char         *lk_bowtie_item_dialog_get_text     (LkBowtieItemDialog *self);
GStrv         lk_bowtie_item_dialog_get_barriers (LkBowtieItemDialog *self);

G_END_DECLS
