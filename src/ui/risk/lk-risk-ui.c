/* lk-risk-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "lk-dialogs.h"
#include "lk-risk-ui.h"

static const char *zone_classes[] = { "zone-green", "zone-yellow", "zone-red" };

/**
 * lk_zone_badge_new:
 * @prefix: (nullable): a word before the score, like "Before"
 *
 * The score in its zone's colour, and the zone in words for those who do
 * not see the colour.
 */
GtkWidget *
lk_zone_badge_new (const LkRiskMatrix *matrix,
                   double              probability,
                   double              consequence,
                   const char         *prefix)
{
  GtkWidget *label;
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (probability < 0 || consequence < 0)
    {
      text = prefix ? g_strdup_printf ("%s –", prefix) : g_strdup ("–");
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "zone-badge");
      gtk_widget_add_css_class (label, "zone-none");
      gtk_widget_set_tooltip_text (label, _("Not assessed"));
    }
  else
    {
      guint p = lk_risk_level (probability, matrix->size);
      guint c = lk_risk_level (consequence, matrix->size);
      LkZone zone = lk_risk_matrix_zone (matrix, p, c);

      text = prefix ? g_strdup_printf ("%s %u", prefix, lk_risk_score (p, c))
                    : g_strdup_printf ("%u", lk_risk_score (p, c));
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "zone-badge");
      gtk_widget_add_css_class (label, zone_classes[zone]);
      description = lk_risk_describe_values (matrix, probability, consequence);
      gtk_widget_set_tooltip_text (label, description);
    }

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);

  return label;
}

/* "Probability 3 × consequence 4 = 12: not acceptable" */
char *
lk_risk_describe_values (const LkRiskMatrix *matrix,
                         double              probability,
                         double              consequence)
{
  guint p, c;

  if (probability < 0 || consequence < 0)
    return g_strdup (_("Not assessed"));

  p = lk_risk_level (probability, matrix->size);
  c = lk_risk_level (consequence, matrix->size);

  return g_strdup_printf (_("Probability %u × consequence %u = %u: %s"),
                          p, c, lk_risk_score (p, c),
                          lk_zone_to_label (lk_risk_matrix_zone (matrix, p, c)));
}

/* The levels of a matrix for a combo row, with "not assessed" first when
 * @unset is given */
GtkStringList *
lk_risk_levels_model (const char * const *labels,
                      guint               size,
                      const char         *unset)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (unset != NULL)
    gtk_string_list_append (list, unset);
  for (guint i = 0; i < size; i++)
    {
      g_autofree char *item = NULL;

      if (labels != NULL && labels[i] != NULL && *labels[i] != '\0')
        item = g_strdup_printf ("%u · %s", i + 1, labels[i]);
      else
        item = g_strdup_printf ("%u", i + 1);
      gtk_string_list_append (list, item);
    }

  return list;
}
