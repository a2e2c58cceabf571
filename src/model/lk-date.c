/* lk-date.c: calendar dates as ISO 8601 text (YYYY-MM-DD)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "lk-date.h"

static gboolean
to_gdate (const char *iso,
          GDate      *date)
{
  unsigned y, m, d;
  char tail;

  if (iso == NULL || strlen (iso) != 10 ||
      sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 ||
      iso[4] != '-' || iso[7] != '-')
    return FALSE;

  if (y < 1900 || y > 2999 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);

  return TRUE;
}

static char *
from_gdate (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          g_date_get_month (date),
                          g_date_get_day (date));
}

gboolean
lk_date_is_valid_iso (const char *iso)
{
  GDate date;

  return to_gdate (iso, &date);
}

/**
 * lk_date_parse_user:
 * @text: what a person typed: 21.11.2026, 21.11.26, 21/11/2026 or 2026-11-21
 *
 * Norwegian users write day first; ISO dates are accepted too.
 *
 * Returns: (nullable): the ISO date, or %NULL if @text is no valid date
 */
char *
lk_date_parse_user (const char *text)
{
  g_autofree char *s = NULL;
  unsigned a, b, c;
  char sep1, sep2, tail;
  GDate date;

  if (text == NULL)
    return NULL;

  s = g_strstrip (g_strdup (text));

  if (to_gdate (s, &date))
    return from_gdate (&date);

  if (sscanf (s, "%u%c%u%c%u%c", &a, &sep1, &b, &sep2, &c, &tail) != 5)
    return NULL;
  if (sep1 != sep2 || (sep1 != '.' && sep1 != '/' && sep1 != '-'))
    return NULL;
  if (c < 100)
    c += 2000;
  if (c < 1900 || c > 2999 || !g_date_valid_dmy (a, b, c))
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, a, b, c);

  return from_gdate (&date);
}

char *
lk_date_today (void)
{
  /* Tests and benchmarks pin "today" so results do not depend on the day. */
  const char *fixed = g_getenv ("LEDERKOMPASS_TODAY");
  g_autoptr(GDateTime) now = NULL;

  if (fixed != NULL && lk_date_is_valid_iso (fixed))
    return g_strdup (fixed);

  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

char *
lk_date_add_days (const char *iso,
                  int         days)
{
  GDate date;

  if (!to_gdate (iso, &date))
    return NULL;

  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);

  return from_gdate (&date);
}

int
lk_date_days_between (const char *from_iso,
                      const char *to_iso)
{
  GDate from, to;

  if (!to_gdate (from_iso, &from) || !to_gdate (to_iso, &to))
    return 0;

  return g_date_days_between (&from, &to);
}

/* For reading: "21 Nov 2026" in the user's language. */
char *
lk_date_format (const char *iso)
{
  GDate date;
  char buf[64];

  if (!to_gdate (iso, &date))
    return g_strdup ("");

  /* Translators: a date as shown in lists, strftime format; Norwegian
   * usually "%-d. %b %Y" */
  if (g_date_strftime (buf, sizeof buf, _("%b %-d, %Y"), &date) == 0)
    return from_gdate (&date);

  return g_strdup (buf);
}

/* For editing: 21.11.2026, the form lk_date_parse_user() reads back. */
char *
lk_date_format_input (const char *iso)
{
  GDate date;

  if (!to_gdate (iso, &date))
    return g_strdup ("");

  return g_strdup_printf ("%02u.%02u.%04u",
                          g_date_get_day (&date),
                          g_date_get_month (&date),
                          g_date_get_year (&date));
}

char *
lk_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/**
 * lk_timestamps_init:
 *
 * A new item's times, where it has none: created and changed now. An
 * imported or restored item keeps its own.
 */
void
lk_timestamps_init (char **created,
                    char **updated)
{
  g_autofree char *now = lk_timestamp_now ();

  if (*created == NULL)
    *created = g_strdup (now);
  if (*updated == NULL)
    *updated = g_strdup (now);
}

gboolean
lk_timestamp_is_valid (const char *text)
{
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL)
    return FALSE;

  dt = g_date_time_new_from_iso8601 (text, NULL);

  return dt != NULL;
}
