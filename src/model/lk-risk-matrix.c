/* lk-risk-matrix.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "lk-risk-matrix.h"

/* A matrix's labels are copied into each assessment, where they can be
 * edited. The generic scale and the handbook's consequence types are
 * everyday words, so they come in the user's language; DSB's scales and
 * types are the names the guide gives them and stay Norwegian. */
static const char * const generic_probability[] = {
  NC_("probability", "Very low"), NC_("probability", "Low"), NC_("probability", "Moderate"),
  NC_("probability", "High"), NC_("probability", "Very high"),
};
static const char * const generic_consequence[] = {
  NC_("consequence", "Negligible"), NC_("consequence", "Minor"), NC_("consequence", "Moderate"),
  NC_("consequence", "Serious"), NC_("consequence", "Very serious"),
};
static const char * const dsb_probability[] = {
  "A Svært lav", "B Lav", "C Moderat", "D Høy", "E Svært høy",
};
static const char * const dsb_consequence[] = {
  "1 Svært små", "2 Små", "3 Middels", "4 Store", "5 Svært store",
};
static const char * const handbook_types[] = {
  NC_("consequence type", "People"), NC_("consequence type", "Property"),
  NC_("consequence type", "Finances"), NC_("consequence type", "Reputation"), NULL,
};
static const char * const dsb_types[] = {
  "Liv og helse", "Natur og kultur", "Økonomi", "Samfunnsstabilitet", "Styringsevne", NULL,
};

guint
lk_risk_level (double position,
               guint  size)
{
  size = CLAMP (size, 2, LK_RISK_MATRIX_MAX);

  return 1 + (guint)lround (CLAMP (position, 0.0, 1.0) * (size - 1));
}

double
lk_risk_position (guint level,
                  guint size)
{
  size = CLAMP (size, 2, LK_RISK_MATRIX_MAX);
  level = CLAMP (level, 1, size);

  return (double)(level - 1) / (size - 1);
}

guint
lk_risk_score (guint probability,
               guint consequence)
{
  return probability * consequence;
}

/* Green, yellow and red by the score, as the handbook's matrix colours it;
 * the user can recolour any cell. */
void
lk_risk_matrix_default_zones (LkRiskMatrix *matrix)
{
  /* Highest green and lowest red score, by size: 3×3, 4×4, 5×5 */
  static const guint green_max[] = { 2, 3, 4 };
  static const guint red_min[] = { 6, 9, 15 };
  guint n = matrix->size;

  for (guint s = 1; s <= n; s++)
    for (guint k = 1; k <= n; k++)
      {
        guint score = s * k;

        matrix->zones[s - 1][k - 1] = score <= green_max[n - 3] ? LK_ZONE_GREEN
                                    : score < red_min[n - 3] ? LK_ZONE_YELLOW
                                    : LK_ZONE_RED;
      }
}

static void
pick_labels (char                **dest,
             const char * const   *preset,
             const char           *context,
             guint                 size)
{
  /* A smaller scale takes the lowest, middle and highest words of five. */
  for (guint i = 0; i < LK_RISK_MATRIX_MAX; i++)
    {
      const char *word;

      g_clear_pointer (&dest[i], g_free);
      if (i >= size)
        continue;
      word = preset[(guint)lround ((double)i * 4 / (size - 1))];
      dest[i] = g_strdup (context ? g_dpgettext2 (GETTEXT_PACKAGE, context, word) : word);
    }
}

void
lk_risk_matrix_set_labels (LkRiskMatrix  *matrix,
                           LkLabelPreset  labels)
{
  gboolean dsb = labels == LK_LABELS_DSB;

  pick_labels (matrix->probability_labels, dsb ? dsb_probability : generic_probability,
               dsb ? NULL : "probability", matrix->size);
  pick_labels (matrix->consequence_labels, dsb ? dsb_consequence : generic_consequence,
               dsb ? NULL : "consequence", matrix->size);
}

void
lk_risk_matrix_init (LkRiskMatrix  *matrix,
                     guint          size,
                     LkLabelPreset  labels)
{
  memset (matrix, 0, sizeof *matrix);
  matrix->size = CLAMP (size, 3, LK_RISK_MATRIX_MAX);
  lk_risk_matrix_default_zones (matrix);
  lk_risk_matrix_set_labels (matrix, labels);
}

void
lk_risk_matrix_clear (LkRiskMatrix *matrix)
{
  for (guint i = 0; i < LK_RISK_MATRIX_MAX; i++)
    {
      g_clear_pointer (&matrix->probability_labels[i], g_free);
      g_clear_pointer (&matrix->consequence_labels[i], g_free);
    }
}

void
lk_risk_matrix_copy (LkRiskMatrix       *dest,
                     const LkRiskMatrix *src)
{
  memcpy (dest, src, sizeof *dest);
  for (guint i = 0; i < LK_RISK_MATRIX_MAX; i++)
    {
      dest->probability_labels[i] = g_strdup (src->probability_labels[i]);
      dest->consequence_labels[i] = g_strdup (src->consequence_labels[i]);
    }
}

/**
 * lk_risk_matrix_resize:
 *
 * A new size gets the default zones and labels chosen from the same preset
 * words; the risks keep their positions and are reclassified by them.
 */
gboolean
lk_risk_matrix_resize (LkRiskMatrix *matrix,
                       guint         size)
{
  gboolean dsb;

  if (size < 3 || size > LK_RISK_MATRIX_MAX)
    return FALSE;

  dsb = matrix->probability_labels[0] != NULL && g_str_has_prefix (matrix->probability_labels[0], "A ");
  matrix->size = size;
  lk_risk_matrix_default_zones (matrix);
  lk_risk_matrix_set_labels (matrix, dsb ? LK_LABELS_DSB : LK_LABELS_GENERIC);

  return TRUE;
}

LkZone
lk_risk_matrix_zone (const LkRiskMatrix *matrix,
                     guint               probability,
                     guint               consequence)
{
  probability = CLAMP (probability, 1, matrix->size);
  consequence = CLAMP (consequence, 1, matrix->size);

  return matrix->zones[probability - 1][consequence - 1];
}

/* "gyr/ygr/rrr": one row of probability per group, g/y/r per cell. */
char *
lk_risk_matrix_zones_to_string (const LkRiskMatrix *matrix)
{
  GString *out = g_string_new (NULL);

  for (guint s = 0; s < matrix->size; s++)
    {
      if (s > 0)
        g_string_append_c (out, '/');
      for (guint k = 0; k < matrix->size; k++)
        g_string_append_c (out, "gyr"[MIN (matrix->zones[s][k], 2)]);
    }

  return g_string_free (out, FALSE);
}

gboolean
lk_risk_matrix_zones_from_string (LkRiskMatrix *matrix,
                                  const char   *text)
{
  g_auto(GStrv) rows = NULL;
  guint8 zones[LK_RISK_MATRIX_MAX][LK_RISK_MATRIX_MAX];

  if (text == NULL)
    return FALSE;

  rows = g_strsplit (text, "/", -1);
  if (g_strv_length (rows) != matrix->size)
    return FALSE;

  for (guint s = 0; s < matrix->size; s++)
    {
      if (strlen (rows[s]) != matrix->size)
        return FALSE;
      for (guint k = 0; k < matrix->size; k++)
        {
          const char *z = strchr ("gyr", rows[s][k]);

          if (z == NULL || rows[s][k] == '\0')
            return FALSE;
          zones[s][k] = z - "gyr";
        }
    }

  memcpy (matrix->zones, zones, sizeof zones);

  return TRUE;
}

GStrv
lk_consequence_preset (LkConsequencePreset preset)
{
  GStrv types;

  if (preset == LK_CONSEQUENCES_DSB)
    return g_strdupv ((char **)dsb_types);

  types = g_new0 (char *, G_N_ELEMENTS (handbook_types));
  for (guint i = 0; handbook_types[i] != NULL; i++)
    types[i] = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "consequence type", handbook_types[i]));

  return types;
}
