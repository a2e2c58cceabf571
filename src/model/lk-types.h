/* lk-types.h: enumerations shared by the model, io and ui layers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Stored as integers: append, never renumber. */
typedef enum
{
  LK_MEASURE_STATUS_NOT_STARTED = 0,
  LK_MEASURE_STATUS_STARTED     = 1,
  LK_MEASURE_STATUS_DONE        = 2,
  LK_MEASURE_STATUS_DELAYED     = 3,
  LK_MEASURE_STATUS_CANCELLED   = 4,
} LkMeasureStatus;

#define LK_MEASURE_STATUS_N 5

/* Where a measure came from; the areas fill in the uuid of their object. */
typedef enum
{
  LK_SOURCE_NONE         = 0,
  LK_SOURCE_GOAL         = 1,
  LK_SOURCE_RISK         = 2,
  LK_SOURCE_CAUSE        = 3,
  LK_SOURCE_TEN_FACTOR   = 4,
  LK_SOURCE_CONVERSATION = 5,
  LK_SOURCE_DEVIATION    = 6,
  LK_SOURCE_DEV_GOAL     = 7,  /*< nick=development-goal >*/
} LkSourceKind;

#define LK_SOURCE_N 8

/* Empty text and NULL mean the same for optional fields; keep one form.
 * Returns whether the field changed. */
gboolean    lk_set_text                 (char           **field,
                                         const char      *value,
                                         gboolean         nullable);

/* Checks every area's validation shares */
gboolean    lk_text_is_valid            (const char      *text);
gboolean    lk_text_is_blank            (const char      *text);
gboolean    lk_set_invalid              (GError         **error,
                                         const char      *message);

const char *lk_measure_status_to_string (LkMeasureStatus status);
const char *lk_measure_status_to_label  (LkMeasureStatus status);
gboolean    lk_measure_status_from_string (const char      *str,
                                           LkMeasureStatus *status);
const char *lk_source_kind_to_string    (LkSourceKind    kind);
const char *lk_source_kind_to_label     (LkSourceKind    kind);
gboolean    lk_source_kind_from_string  (const char      *str,
                                         LkSourceKind    *kind);

G_END_DECLS
