/* lk-log-page.h: the private learning log: list, search and editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_LOG_PAGE (lk_log_page_get_type ())

G_DECLARE_FINAL_TYPE (LkLogPage, lk_log_page, LK, LOG_PAGE, AdwBin)

void lk_log_page_set_store    (LkLogPage  *self,
                               LkStore    *store);
void lk_log_page_focus_search (LkLogPage  *self);
void lk_log_page_new_entry    (LkLogPage  *self,
                               const char *template_key);
void lk_log_page_flush        (LkLogPage  *self);
gboolean lk_log_page_open_entry (LkLogPage  *self,
                                 const char *uuid);

gboolean    lk_log_page_go_back     (LkLogPage *self);
void        lk_log_page_set_narrow  (LkLogPage *self,
                                     gboolean   narrow);

G_END_DECLS
