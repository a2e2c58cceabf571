/* test-risk.c: the matrix rules, and risks in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include <string.h>

#include "lk-risk.h"
#include "lk-risk-matrix.h"
#include "lk-test-util.h"

static void
test_levels (void)
{
  /* Every level of every size survives the trip through a position */
  for (guint n = 3; n <= 5; n++)
    for (guint level = 1; level <= n; level++)
      g_assert_cmpuint (lk_risk_level (lk_risk_position (level, n), n), ==, level);

  /* 5×5 into 3×3 and back: reclassified, not rounded away */
  for (guint level = 1; level <= 5; level++)
    {
      double position = lk_risk_position (level, 5);
      guint in3 = lk_risk_level (position, 3);

      g_assert_cmpuint (in3, >=, 1);
      g_assert_cmpuint (in3, <=, 3);
      g_assert_cmpuint (lk_risk_level (position, 5), ==, level);
    }
  g_assert_cmpuint (lk_risk_level (lk_risk_position (4, 5), 3), ==, 3);
  g_assert_cmpuint (lk_risk_level (lk_risk_position (2, 5), 3), ==, 2);
  g_assert_cmpuint (lk_risk_level (-1.0, 5), ==, 1);
  g_assert_cmpuint (lk_risk_level (7.0, 5), ==, 5);
  g_assert_cmpuint (lk_risk_score (4, 5), ==, 20);
}

static void
test_zones (void)
{
  LkRiskMatrix m;
  g_autofree char *zones = NULL;

  lk_risk_matrix_init (&m, 5, LK_LABELS_GENERIC);
  /* The handbook's colours: low scores green, high red */
  g_assert_cmpint (lk_risk_matrix_zone (&m, 1, 1), ==, LK_ZONE_GREEN);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 2, 2), ==, LK_ZONE_GREEN);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 2, 3), ==, LK_ZONE_YELLOW);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 3, 4), ==, LK_ZONE_YELLOW);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 3, 5), ==, LK_ZONE_RED);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 5, 5), ==, LK_ZONE_RED);
  /* Symmetric, and never greener for a higher score */
  for (guint s = 1; s <= 5; s++)
    for (guint k = 1; k <= 5; k++)
      {
        g_assert_cmpint (lk_risk_matrix_zone (&m, s, k), ==, lk_risk_matrix_zone (&m, k, s));
        if (s < 5)
          g_assert_cmpint (lk_risk_matrix_zone (&m, s, k), <=, lk_risk_matrix_zone (&m, s + 1, k));
      }
  /* The generic scale is in the user's language (the tests run untranslated) */
  g_assert_cmpstr (m.probability_labels[0], ==, "Very low");
  g_assert_cmpstr (m.consequence_labels[4], ==, "Very serious");
  {
    g_auto(GStrv) types = lk_consequence_preset (LK_CONSEQUENCES_HANDBOOK);
    g_auto(GStrv) dsb = lk_consequence_preset (LK_CONSEQUENCES_DSB);

    g_assert_cmpstr (types[0], ==, "People");
    g_assert_cmpstr (dsb[0], ==, "Liv og helse");
  }

  /* Edited zones round-trip through their text form */
  m.zones[0][4] = LK_ZONE_RED;
  zones = lk_risk_matrix_zones_to_string (&m);
  g_assert_cmpuint (strlen (zones), ==, 29);
  {
    LkRiskMatrix other;

    lk_risk_matrix_init (&other, 5, LK_LABELS_GENERIC);
    g_assert_true (lk_risk_matrix_zones_from_string (&other, zones));
    g_assert_cmpint (lk_risk_matrix_zone (&other, 1, 5), ==, LK_ZONE_RED);
    g_assert_false (lk_risk_matrix_zones_from_string (&other, "gyr/ggg"));
    g_assert_false (lk_risk_matrix_zones_from_string (&other, "ggggx/ggggg/ggggg/ggggg/ggggg"));
    lk_risk_matrix_clear (&other);
  }

  /* 3×3 with DSB labels: the lowest, middle and highest words */
  g_assert_true (lk_risk_matrix_resize (&m, 3));
  lk_risk_matrix_set_labels (&m, LK_LABELS_DSB);
  g_assert_cmpstr (m.probability_labels[0], ==, "A Svært lav");
  g_assert_cmpstr (m.probability_labels[1], ==, "C Moderat");
  g_assert_cmpstr (m.probability_labels[2], ==, "E Svært høy");
  g_assert_null (m.probability_labels[3]);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 1, 2), ==, LK_ZONE_GREEN);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 2, 2), ==, LK_ZONE_YELLOW);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 2, 3), ==, LK_ZONE_RED);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 3, 3), ==, LK_ZONE_RED);
  g_assert_true (lk_risk_matrix_resize (&m, 4));
  g_assert_cmpint (lk_risk_matrix_zone (&m, 1, 3), ==, LK_ZONE_GREEN);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 2, 4), ==, LK_ZONE_YELLOW);
  g_assert_cmpint (lk_risk_matrix_zone (&m, 3, 3), ==, LK_ZONE_RED);
  g_assert_cmpstr (m.probability_labels[0], ==, "A Svært lav");
  g_assert_false (lk_risk_matrix_resize (&m, 6));
  lk_risk_matrix_clear (&m);

  {
    g_auto(GStrv) types = lk_consequence_preset (LK_CONSEQUENCES_HANDBOOK);
    g_auto(GStrv) dsb = lk_consequence_preset (LK_CONSEQUENCES_DSB);

    g_assert_cmpuint (g_strv_length (types), ==, 4);
    g_assert_cmpstr (types[3], ==, "Reputation");
    g_assert_cmpuint (g_strv_length (dsb), ==, 5);
  }
}

/* In Bokmål the generic words are Norwegian again, one open deviation is
 * "Åpen" (not the plural "Åpne"), and DSB's names never change. */
static void
test_labels_translated (void)
{
  const char *dir = g_getenv ("LK_TEST_LOCALEDIR");
  g_autofree char *mo = NULL;
  LkRiskMatrix m;

  g_assert_nonnull (dir);
  mo = g_build_filename (dir, "nb", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_test (mo, G_FILE_TEST_EXISTS));
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "nb", TRUE);

  lk_risk_matrix_init (&m, 5, LK_LABELS_GENERIC);
  g_assert_cmpstr (m.probability_labels[0], ==, "Svært liten");
  g_assert_cmpstr (m.consequence_labels[4], ==, "Svært alvorlig");
  lk_risk_matrix_clear (&m);
  {
    g_auto(GStrv) types = lk_consequence_preset (LK_CONSEQUENCES_HANDBOOK);
    g_assert_cmpstr (types[0], ==, "Mennesker");
  }
  g_assert_cmpstr (lk_deviation_status_to_label (LK_DEVIATION_OPEN), ==, "Åpen");
  lk_risk_matrix_init (&m, 5, LK_LABELS_DSB);
  g_assert_cmpstr (m.probability_labels[0], ==, "A Svært lav");
  lk_risk_matrix_clear (&m);

  g_setenv ("LANGUAGE", "C", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/risk/levels", test_levels);
  g_test_add_func ("/risk/zones", test_zones);
  g_test_add_func ("/risk/labels-translated", test_labels_translated);

  return g_test_run ();
}
