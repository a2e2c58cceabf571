/* lk-fishbone-outline.h: an analysis written as an outline, from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-fishbone.h"

G_BEGIN_DECLS

#define LK_TYPE_FISHBONE_OUTLINE (lk_fishbone_outline_get_type ())

G_DECLARE_FINAL_TYPE (LkFishboneOutline, lk_fishbone_outline, LK, FISHBONE_OUTLINE, AdwBin)

GtkWidget *lk_fishbone_outline_new          (void);
void       lk_fishbone_outline_set_fishbone (LkFishboneOutline *self,
                                             LkFishbone        *fb);
gboolean   lk_fishbone_outline_focus        (LkFishboneOutline *self,
                                             LkCause           *node);
LkCause   *lk_fishbone_outline_get_focus    (LkFishboneOutline *self);
void       lk_fishbone_outline_rebuild      (LkFishboneOutline *self,
                                             LkCause           *focus);
gboolean   lk_fishbone_outline_key          (LkFishboneOutline *self,
                                             LkCause           *node,
                                             guint              keyval,
                                             GdkModifierType    state);
void       lk_fishbone_outline_set_counts   (LkFishboneOutline *self,
                                             GHashTable        *measures);

G_END_DECLS
