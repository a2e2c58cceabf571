/* lk-brief-view.h: one ROS-samtale, its brief and its outcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-conversation.h"
#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_BRIEF_VIEW (lk_brief_view_get_type ())

G_DECLARE_FINAL_TYPE (LkBriefView, lk_brief_view, LK, BRIEF_VIEW, AdwBin)

void            lk_brief_view_set_conversation (LkBriefView    *self,
                                                LkStore        *store,
                                                LkConversation *conversation);
LkConversation *lk_brief_view_get_conversation (LkBriefView    *self);
gboolean        lk_brief_view_save_now         (LkBriefView    *self);
void            lk_brief_view_reload_agreed    (LkBriefView    *self);

G_END_DECLS
