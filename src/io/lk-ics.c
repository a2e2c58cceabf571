/* lk-ics.c: the årshjul as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lk-date.h"
#include "lk-ics.h"

/* TEXT values escape backslash, semicolon, comma and line breaks */
static void
append_text (GString    *line,
             const char *text)
{
  for (const char *p = text ? text : ""; *p; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (line, "\\\\"); break;
        case ';':  g_string_append (line, "\\;"); break;
        case ',':  g_string_append (line, "\\,"); break;
        case '\n': g_string_append (line, "\\n"); break;
        case '\r': break;
        default:   g_string_append_c (line, *p); break;
        }
    }
}

/* Lines end in CRLF and are folded at 75 octets, never inside a character */
static void
emit (GString    *out,
      const char *line)
{
  gsize len = strlen (line), start = 0;
  gboolean first = TRUE;

  while (start < len)
    {
      gsize room = first ? 75 : 74, end = MIN (len, start + room);

      while (end < len && end > start && ((guchar) line[end] & 0xc0) == 0x80)
        end--;
      if (!first)
        g_string_append_c (out, ' ');
      g_string_append_len (out, line + start, end - start);
      g_string_append (out, "\r\n");
      start = end;
      first = FALSE;
    }
  if (len == 0)
    g_string_append (out, "\r\n");
}

static void
emitf (GString    *out,
       const char *format,
       ...) G_GNUC_PRINTF (2, 3);

static void
emitf (GString    *out,
       const char *format,
       ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  emit (out, line);
}

static char *
compact_date (const char *iso)
{
  return g_strdup_printf ("%.4s%.2s%.2s", iso, iso + 5, iso + 8);
}

/* A uid from what the item is, so exporting twice gives the same uids;
 * two alike on one day (two reviews of one round) are told apart by their
 * order */
static char *
item_uid (const LkWheelItem *item,
          GHashTable        *seen)
{
  g_autofree char *key = g_strdup_printf ("%d|%s|%s|%s", item->ring, item->date,
                                          item->uuid ? item->uuid : "", item->title);
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
  g_autofree char *numbered = g_strdup_printf ("%s|%u", key, n);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, numbered, -1);

  g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (n + 1));

  return g_strdup_printf ("%.32s@lederkompass", hash);
}

/**
 * lk_ics_from_wheel_items:
 * @stamp: (nullable): the DTSTAMP, "YYYYMMDDTHHMMSSZ"; %NULL for now
 *
 * Returns: (transfer full): the calendar's text
 */
char *
lk_ics_from_wheel_items (GPtrArray  *items,
                         const char *calendar_name,
                         const char *stamp)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *now = NULL;

  if (stamp == NULL)
    {
      g_autoptr(GDateTime) utc = g_date_time_new_now_utc ();
      stamp = now = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");
    }

  emit (out, "BEGIN:VCALENDAR");
  emit (out, "VERSION:2.0");
  emit (out, "PRODID:-//Lederkompass//Lederkompass//NB");
  emit (out, "CALSCALE:GREGORIAN");
  emit (out, "METHOD:PUBLISH");
  {
    g_autoptr(GString) name = g_string_new ("X-WR-CALNAME:");
    append_text (name, calendar_name);
    emit (out, name->str);
  }

  for (guint i = 0; i < items->len; i++)
    {
      const LkWheelItem *item = g_ptr_array_index (items, i);
      g_autofree char *uid = NULL;
      g_autofree char *start = NULL;
      g_autoptr(GString) summary = g_string_new ("SUMMARY:");
      g_autoptr(GString) category = g_string_new ("CATEGORIES:");

      if (item->date == NULL || !lk_date_is_valid_iso (item->date))
        continue;
      uid = item_uid (item, seen);
      start = compact_date (item->date);

      emit (out, "BEGIN:VEVENT");
      emitf (out, "UID:%s", uid);
      emitf (out, "DTSTAMP:%s", stamp);
      if (item->time != NULL && strlen (item->time) == 5)
        {
          /* Floating local time: the meeting is at nine wherever it is read */
          int hour = (int) g_ascii_strtoll (item->time, NULL, 10);
          int minute = (int) g_ascii_strtoll (item->time + 3, NULL, 10);

          emitf (out, "DTSTART:%sT%02d%02d00", start, hour, minute);
          emit (out, "DURATION:PT1H");
        }
      else
        {
          const char *last = item->end && lk_date_is_valid_iso (item->end) && strcmp (item->end, item->date) > 0
                             ? item->end : item->date;
          g_autofree char *after = lk_date_add_days (last, 1);
          g_autofree char *end = compact_date (after);

          emitf (out, "DTSTART;VALUE=DATE:%s", start);
          emitf (out, "DTEND;VALUE=DATE:%s", end);
          emit (out, "TRANSP:TRANSPARENT");
        }
      append_text (summary, item->title);
      emit (out, summary->str);
      append_text (category, lk_wheel_ring_name (item->ring));
      emit (out, category->str);
      emit (out, "END:VEVENT");
    }
  emit (out, "END:VCALENDAR");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Written 0600 beside @path and renamed into place whole */
gboolean
lk_ics_write (GPtrArray   *items,
              const char  *calendar_name,
              const char  *path,
              GError     **error)
{
  g_autofree char *text = lk_ics_from_wheel_items (items, calendar_name, NULL);

  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}
