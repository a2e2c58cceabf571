/* lk-number.c: numbers as the user's language writes them
 *
 * A decimal comma in Norwegian, read back with a comma or a point, spaces
 * between thousands and the typographic minus: KPIs, budgets and 10-faktor
 * means all go through here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "lk-number.h"

/* "," in Norwegian: the translation says which */
const char *
lk_decimal_separator (void)
{
  /* TRANSLATORS: the decimal separator in numbers; Norwegian uses a comma */
  const char *sep = C_("decimal separator", ".");

  return g_str_equal (sep, ",") ? "," : ".";
}

/* With at most @decimals decimals, trailing zeros dropped */
char *
lk_format_number (double value,
                  int    decimals)
{
  g_autofree char *text = NULL;
  char *dot;

  if (isnan (value))
    return g_strdup ("");
  text = g_strdup_printf ("%.*f", CLAMP (decimals, 0, 6), value);
  if ((dot = strchr (text, '.')) != NULL)
    {
      char *end = text + strlen (text) - 1;

      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
      else
        *dot = *lk_decimal_separator ();
    }
  if (g_str_equal (text, "-0"))
    return g_strdup ("0");

  return g_steal_pointer (&text);
}

/**
 * lk_parse_number:
 *
 * Reads a number as people type it: a decimal comma or point, spaces
 * between thousands, a leading minus (or the typographic one).
 *
 * Returns: %FALSE for anything else, and for an empty text
 */
gboolean
lk_parse_number (const char *text,
                 double     *value)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char *end = NULL;
  double v;

  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x202F || c == 0x00A0)
        continue;
      if (c == ',')
        g_string_append_c (clean, '.');
      else if (c == 0x2212)
        g_string_append_c (clean, '-');
      else if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+')
        g_string_append_c (clean, (char) c);
      else
        return FALSE;
    }
  if (clean->len == 0 || clean->len > 40)
    return FALSE;
  v = g_ascii_strtod (clean->str, &end);
  if (end == NULL || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;

  return TRUE;
}
