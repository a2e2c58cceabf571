/* lk-log-entry.h: an entry in the private learning log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A 1 MB entry is allowed; more is refused rather than truncated. */
#define LK_LOG_ENTRY_BODY_MAX (1024 * 1024)

#define LK_TYPE_LOG_ENTRY (lk_log_entry_get_type ())

G_DECLARE_FINAL_TYPE (LkLogEntry, lk_log_entry, LK, LOG_ENTRY, GObject)

LkLogEntry         *lk_log_entry_new            (const char          *date);
LkLogEntry         *lk_log_entry_copy           (LkLogEntry          *self);
gint64              lk_log_entry_get_id         (LkLogEntry          *self);
const char         *lk_log_entry_get_uuid       (LkLogEntry          *self);
const char         *lk_log_entry_get_date       (LkLogEntry          *self);
void                lk_log_entry_set_date       (LkLogEntry          *self,
                                                 const char          *date);
const char         *lk_log_entry_get_title      (LkLogEntry          *self);
void                lk_log_entry_set_title      (LkLogEntry          *self,
                                                 const char          *title);
const char         *lk_log_entry_get_body       (LkLogEntry          *self);
void                lk_log_entry_set_body       (LkLogEntry          *self,
                                                 const char          *body);
const char         *lk_log_entry_get_template   (LkLogEntry          *self);
void                lk_log_entry_set_template   (LkLogEntry          *self,
                                                 const char          *key);
const char * const *lk_log_entry_get_tags       (LkLogEntry          *self);
void                lk_log_entry_set_tags       (LkLogEntry          *self,
                                                 const char * const  *tags);
guint               lk_log_entry_get_motor      (LkLogEntry          *self);
void                lk_log_entry_set_motor      (LkLogEntry          *self,
                                                 guint                motor);
const char * const *lk_log_entry_get_goals      (LkLogEntry          *self);
void                lk_log_entry_set_goals      (LkLogEntry          *self,
                                                 const char * const  *goal_uuids);
const char         *lk_log_entry_get_gathering  (LkLogEntry          *self);
void                lk_log_entry_set_gathering  (LkLogEntry          *self,
                                                 const char          *gathering_uuid);
gboolean            lk_log_entry_get_share      (LkLogEntry          *self);
void                lk_log_entry_set_share      (LkLogEntry          *self,
                                                 gboolean             share);
const char         *lk_log_entry_get_created    (LkLogEntry          *self);
const char         *lk_log_entry_get_updated    (LkLogEntry          *self);
void                lk_log_entry_set_identity   (LkLogEntry          *self,
                                                 gint64               id,
                                                 const char          *uuid,
                                                 const char          *created,
                                                 const char          *updated);
gboolean            lk_log_entry_validate       (LkLogEntry          *self,
                                                 GError             **error);
char               *lk_tags_join                (const char * const  *tags);
GStrv               lk_tags_split               (const char          *text);

G_END_DECLS
