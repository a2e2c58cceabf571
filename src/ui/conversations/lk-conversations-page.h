/* lk-conversations-page.h: ROS-samtaler and the årshjul
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "lk-page.h"

G_BEGIN_DECLS

#define LK_TYPE_CONVERSATIONS_PAGE (lk_conversations_page_get_type ())

G_DECLARE_FINAL_TYPE (LkConversationsPage, lk_conversations_page, LK, CONVERSATIONS_PAGE, LkPage)

gboolean lk_conversations_page_export_pdf (LkConversationsPage *self,
                                           const char          *path,
                                           GError             **error);

G_END_DECLS
