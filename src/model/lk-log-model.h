/* lk-log-model.h: the learning log as a lazy list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "lk-jeg-plan.h"

G_BEGIN_DECLS

#define LK_TYPE_LOG_MODEL (lk_log_model_get_type ())

G_DECLARE_FINAL_TYPE (LkLogModel, lk_log_model, LK, LOG_MODEL, GObject)

LkLogModel *lk_log_model_new        (LkStore           *store);
gboolean    lk_log_model_set_filter (LkLogModel        *self,
                                     const LkLogFilter *filter,
                                     GError           **error);
gboolean    lk_log_model_reload     (LkLogModel        *self,
                                     GError           **error);
guint       lk_log_model_find       (LkLogModel        *self,
                                     gint64             id);

G_END_DECLS
