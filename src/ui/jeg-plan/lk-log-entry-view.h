/* lk-log-entry-view.h: one learning-log entry, saved as it is typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "lk-log-entry.h"
#include "lk-store.h"

G_BEGIN_DECLS

#define LK_TYPE_LOG_ENTRY_VIEW (lk_log_entry_view_get_type ())

G_DECLARE_FINAL_TYPE (LkLogEntryView, lk_log_entry_view, LK, LOG_ENTRY_VIEW, AdwBin)

void        lk_log_entry_view_set_store       (LkLogEntryView *self,
                                               LkStore        *store);
void        lk_log_entry_view_focus           (LkLogEntryView *self);
void        lk_log_entry_view_open            (LkLogEntryView *self,
                                               LkLogEntry     *entry,
                                               gboolean        dirty);
gboolean    lk_log_entry_view_flush           (LkLogEntryView *self);
LkLogEntry *lk_log_entry_view_get_entry       (LkLogEntryView *self);
void        lk_log_entry_view_refresh_choices (LkLogEntryView *self);

void        lk_log_entry_view_set_narrow      (LkLogEntryView *self,
                                               gboolean        narrow);

G_END_DECLS
