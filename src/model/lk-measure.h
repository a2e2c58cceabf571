/* lk-measure.h: a measure (tiltak): what, who, by when, and where from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "lk-types.h"

G_BEGIN_DECLS

#define LK_MEASURE_TITLE_MAX       300
#define LK_MEASURE_TEXT_MAX        20000

#define LK_TYPE_MEASURE (lk_measure_get_type ())

G_DECLARE_FINAL_TYPE (LkMeasure, lk_measure, LK, MEASURE, GObject)

LkMeasure       *lk_measure_new              (const char      *title);
LkMeasure       *lk_measure_copy             (LkMeasure       *self);
gint64           lk_measure_get_id           (LkMeasure       *self);
const char      *lk_measure_get_uuid         (LkMeasure       *self);
const char      *lk_measure_get_title        (LkMeasure       *self);
void             lk_measure_set_title        (LkMeasure       *self,
                                              const char      *title);
const char      *lk_measure_get_description  (LkMeasure       *self);
void             lk_measure_set_description  (LkMeasure       *self,
                                              const char      *description);
const char      *lk_measure_get_owner        (LkMeasure       *self);
void             lk_measure_set_owner        (LkMeasure       *self,
                                              const char      *owner);
const char      *lk_measure_get_deadline     (LkMeasure       *self);
void             lk_measure_set_deadline     (LkMeasure       *self,
                                              const char      *deadline);
const char      *lk_measure_get_review_date  (LkMeasure       *self);
void             lk_measure_set_review_date  (LkMeasure       *self,
                                              const char      *review_date);
LkMeasureStatus  lk_measure_get_status       (LkMeasure       *self);
void             lk_measure_set_status       (LkMeasure       *self,
                                              LkMeasureStatus  status);
LkSourceKind     lk_measure_get_source_kind  (LkMeasure       *self);
const char      *lk_measure_get_source_uuid  (LkMeasure       *self);
const char      *lk_measure_get_source_label (LkMeasure       *self);
void             lk_measure_set_source       (LkMeasure       *self,
                                              LkSourceKind     kind,
                                              const char      *uuid,
                                              const char      *label);
const char      *lk_measure_get_created      (LkMeasure       *self);
const char      *lk_measure_get_updated      (LkMeasure       *self);
gboolean         lk_measure_is_open          (LkMeasure       *self);
gboolean         lk_measure_is_overdue       (LkMeasure       *self,
                                              const char      *today);
gboolean         lk_measure_validate         (LkMeasure       *self,
                                              GError         **error);

/* For the store and the backup reader only */
void             lk_measure_set_identity     (LkMeasure       *self,
                                              gint64           id,
                                              const char      *uuid,
                                              const char      *created,
                                              const char      *updated);

G_END_DECLS
