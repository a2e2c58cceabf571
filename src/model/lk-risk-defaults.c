/* lk-risk-defaults.c: the organisation's matrix and consequence types for new assessments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "lk-date.h"
#include "lk-log-entry.h"
#include "lk-measures.h"
#include "lk-risk.h"
#include "lk-store-private.h"
#include "lk-types.h"

#define DEFAULT_MATRIX_KEY "risk-matrix-default"

/**
 * lk_store_set_default_matrix:
 *
 * The matrix and consequence types new assessments start from, kept as a
 * setting so backups carry it.
 */
gboolean
lk_store_set_default_matrix (LkStore             *store,
                             const LkRiskMatrix  *matrix,
                             const char * const  *consequence_types,
                             GError             **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *zones = lk_risk_matrix_zones_to_string (matrix);
  g_autofree char *data = NULL;

  g_key_file_set_integer (file, "matrix", "size", matrix->size);
  g_key_file_set_string (file, "matrix", "zones", zones);
  g_key_file_set_string_list (file, "matrix", "probability",
                              (const char * const *)matrix->probability_labels, matrix->size);
  g_key_file_set_string_list (file, "matrix", "consequence",
                              (const char * const *)matrix->consequence_labels, matrix->size);
  g_key_file_set_string_list (file, "matrix", "types", consequence_types,
                              consequence_types ? g_strv_length ((GStrv)consequence_types) : 0);
  data = g_key_file_to_data (file, NULL, NULL);

  return lk_store_set_setting (store, DEFAULT_MATRIX_KEY, data, error);
}

/* Anything unreadable in the setting leaves the built-in default. */
static void
apply_default_matrix (LkStore          *store,
                      LkRiskAssessment *a)
{
  g_autofree char *data = lk_store_get_setting (store, DEFAULT_MATRIX_KEY);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) probability = NULL;
  g_auto(GStrv) consequence = NULL;
  g_auto(GStrv) types = NULL;
  g_autofree char *zones = NULL;
  LkRiskMatrix matrix;
  int size;

  if (data == NULL || !g_key_file_load_from_data (file, data, -1, G_KEY_FILE_NONE, NULL))
    return;

  size = g_key_file_get_integer (file, "matrix", "size", NULL);
  zones = g_key_file_get_string (file, "matrix", "zones", NULL);
  probability = g_key_file_get_string_list (file, "matrix", "probability", NULL, NULL);
  consequence = g_key_file_get_string_list (file, "matrix", "consequence", NULL, NULL);
  types = g_key_file_get_string_list (file, "matrix", "types", NULL, NULL);
  if (size < 3 || size > LK_RISK_MATRIX_MAX || zones == NULL ||
      probability == NULL || g_strv_length (probability) != (guint)size ||
      consequence == NULL || g_strv_length (consequence) != (guint)size)
    return;

  lk_risk_matrix_init (&matrix, size, LK_LABELS_GENERIC);
  if (!lk_risk_matrix_zones_from_string (&matrix, zones))
    {
      lk_risk_matrix_clear (&matrix);
      return;
    }
  for (int i = 0; i < size; i++)
    {
      g_free (matrix.probability_labels[i]);
      matrix.probability_labels[i] = g_strdup (probability[i]);
      g_free (matrix.consequence_labels[i]);
      matrix.consequence_labels[i] = g_strdup (consequence[i]);
    }

  lk_risk_matrix_clear (&a->matrix);
  a->matrix = matrix;
  if (types != NULL && types[0] != NULL)
    {
      g_strfreev (a->consequence_types);
      a->consequence_types = g_steal_pointer (&types);
    }
}

/**
 * lk_store_new_risk_assessment:
 *
 * A new, unsaved assessment for today with the organisation's matrix and
 * the user's unit.
 */
LkRiskAssessment *
lk_store_new_risk_assessment (LkStore    *store,
                              const char *title)
{
  LkRiskAssessment *a = lk_risk_assessment_new (title, NULL);
  g_autofree char *unit = lk_store_get_setting (store, "user-unit");

  if (unit != NULL)
    {
      g_free (a->unit);
      a->unit = g_steal_pointer (&unit);
    }
  apply_default_matrix (store, a);

  return a;
}
