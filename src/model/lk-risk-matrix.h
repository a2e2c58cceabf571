/* lk-risk-matrix.h: probability × consequence, the rules without storage
 *
 * Values are kept as a position on a continuous scale from 0 (lowest) to 1
 * (highest), so changing a matrix from 5×5 to 3×3 and back gives the same
 * levels: a value is reclassified, never rounded away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LK_RISK_MATRIX_MAX 5

typedef enum
{
  LK_ZONE_GREEN  = 0,   /* acceptable */
  LK_ZONE_YELLOW = 1,   /* measures needed */
  LK_ZONE_RED    = 2,   /* not acceptable */
} LkZone;

typedef enum
{
  LK_LABELS_GENERIC,    /* 1–5, in words */
  LK_LABELS_DSB,        /* A–E, "svært lav" … "svært høy" */
} LkLabelPreset;

typedef enum
{
  LK_CONSEQUENCES_HANDBOOK,   /* mennesker, materiell, økonomi, omdømme */
  LK_CONSEQUENCES_DSB,        /* liv og helse, natur og kultur, … */
} LkConsequencePreset;

typedef struct
{
  guint  size;                                          /* 3, 4 or 5 */
  guint8 zones[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX]; /* [probability-1][consequence-1] */
  char  *probability_labels[LK_RISK_MATRIX_MAX];
  char  *consequence_labels[LK_RISK_MATRIX_MAX];
} LkRiskMatrix;

void     lk_risk_matrix_init           (LkRiskMatrix        *matrix,
                                        guint                size,
                                        LkLabelPreset        labels);
void     lk_risk_matrix_clear          (LkRiskMatrix        *matrix);
void     lk_risk_matrix_copy           (LkRiskMatrix        *dest,
                                        const LkRiskMatrix  *src);
void     lk_risk_matrix_default_zones  (LkRiskMatrix        *matrix);
void     lk_risk_matrix_set_labels     (LkRiskMatrix        *matrix,
                                        LkLabelPreset        labels);
gboolean lk_risk_matrix_resize         (LkRiskMatrix        *matrix,
                                        guint                size);
guint    lk_risk_level                 (double               position,
                                        guint                size);
double   lk_risk_position              (guint                level,
                                        guint                size);
guint    lk_risk_score                 (guint                probability,
                                        guint                consequence);
LkZone   lk_risk_matrix_zone           (const LkRiskMatrix  *matrix,
                                        guint                probability,
                                        guint                consequence);
char    *lk_risk_matrix_zones_to_string (const LkRiskMatrix *matrix);
gboolean lk_risk_matrix_zones_from_string (LkRiskMatrix     *matrix,
                                           const char       *text);
GStrv    lk_consequence_preset         (LkConsequencePreset  preset);

G_END_DECLS
