/* lk-year-wheel.c: what the årshjul shows, read from every area
 *
 * The tertial dates are the ones the domain fixes (T1 January–April, T2
 * May–August, T3 September–December) with reports a month after each
 * tertial and the annual report (årsmelding) by the end of February; the
 * rest are the user's own items. Everything is read with one query per
 * ring, so a year of a large municipality's tiltak stays quick.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lk-date.h"
#include "lk-store-private.h"
#include "lk-year-wheel.h"

void
lk_wheel_item_free (LkWheelItem *item)
{
  if (item == NULL)
    return;
  g_free (item->date);
  g_free (item->end);
  g_free (item->time);
  g_free (item->title);
  g_free (item->area);
  g_free (item->uuid);
  g_free (item);
}

LkWheelItem *
lk_wheel_item_new (LkWheelRing  ring,
                   const char  *date,
                   const char  *title,
                   const char  *area,
                   const char  *uuid)
{
  LkWheelItem *item = g_new0 (LkWheelItem, 1);

  item->ring = ring;
  item->date = g_strdup (date);
  item->title = g_strdup (title ? title : "");
  item->area = g_strdup (area);
  item->uuid = g_strdup (uuid);

  return item;
}

const char *
lk_wheel_ring_name (LkWheelRing ring)
{
  switch (ring)
    {
    case LK_RING_REPORTS:       return _("Tertial reports");
    case LK_RING_CONVERSATIONS: return _("ROS-samtaler");
    case LK_RING_GATHERINGS:    return _("Programme gatherings");
    case LK_RING_TEN_FACTOR:    return _("10-faktor follow-up");
    case LK_RING_RISK:          return _("Risk follow-up");
    case LK_RING_MEASURES:
    default:                    return _("Tiltak deadlines");
    }
}

int
lk_days_in_year (int year)
{
  return g_date_is_leap_year (year) ? 366 : 365;
}

static gboolean
to_gdate (const char *iso,
          GDate      *date)
{
  if (iso == NULL || !lk_date_is_valid_iso (iso))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) g_ascii_strtoll (iso + 8, NULL, 10),
                  (GDateMonth) g_ascii_strtoll (iso + 5, NULL, 10),
                  (GDateYear) g_ascii_strtoll (iso, NULL, 10));

  return TRUE;
}

/* 1 … 366; 0 for what is not a date */
int
lk_date_day_of_year (const char *iso)
{
  GDate date;

  return to_gdate (iso, &date) ? (int) g_date_get_day_of_year (&date) : 0;
}

int
lk_date_iso_week (const char *iso)
{
  GDate date;

  return to_gdate (iso, &date) ? (int) g_date_get_iso8601_week_of_year (&date) : 0;
}

static void
add_reports (GPtrArray *items,
             int        year)
{
  struct {
    int         month, day;
    const char *title;
  } dates[] = {
    { 2, 28, N_("Annual report (årsmelding) for last year") },
    { 4, 30, N_("Tertial 1 ends") },
    { 5, 31, N_("Tertial report T1") },
    { 8, 31, N_("Tertial 2 ends") },
    { 9, 30, N_("Tertial report T2") },
    { 12, 31, N_("Tertial 3 and the year end") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", year, dates[i].month, dates[i].day);

      g_ptr_array_add (items, lk_wheel_item_new (LK_RING_REPORTS, iso, _(dates[i].title), NULL, NULL));
    }
}

/* One query per ring: (date, end, time, title, uuid) rows */
static gboolean
add_rows (LkStore      *store,
          GPtrArray    *items,
          LkWheelRing   ring,
          const char   *area,
          const char   *sql,
          const char   *from,
          const char   *to,
          GError      **error)
{
  sqlite3_stmt *stmt = lk_store_prepare (store, sql, error);
  LkStep step;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_STATIC);
  while ((step = lk_store_step (store, stmt, error)) == LK_STEP_ROW)
    {
      const char *date = lk_column_text (stmt, 0);
      LkWheelItem *item;

      if (date == NULL || !lk_date_is_valid_iso (date))
        continue;
      item = lk_wheel_item_new (ring, date, lk_column_text (stmt, 3), area, lk_column_text (stmt, 4));
      item->end = g_strdup (lk_column_text (stmt, 1));
      item->time = g_strdup (lk_column_text (stmt, 2));
      g_ptr_array_add (items, item);
    }

  return step == LK_STEP_DONE;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const LkWheelItem *x = *(LkWheelItem **) a;
  const LkWheelItem *y = *(LkWheelItem **) b;
  int cmp = strcmp (x->date, y->date);

  if (cmp != 0)
    return cmp;
  if (x->ring != y->ring)
    return (int) x->ring - (int) y->ring;

  return g_strcmp0 (x->title, y->title);
}

/**
 * lk_store_list_wheel_items:
 *
 * Returns: (transfer full) (element-type LkWheelItem): the year's items by
 *   date, or %NULL with @error set
 */
GPtrArray *
lk_store_list_wheel_items (LkStore  *store,
                           int       year,
                           GError  **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lk_wheel_item_free);
  g_autofree char *from = g_strdup_printf ("%04d-01-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-12-31", year);

  add_reports (items, year);
  if (!add_rows (store, items, LK_RING_CONVERSATIONS, "conversations",
                 "SELECT date, NULL, time, with_name, uuid FROM conversations "
                 "WHERE date BETWEEN ?1 AND ?2",
                 from, to, error) ||
      !add_rows (store, items, LK_RING_GATHERINGS, "jeg-plan",
                 "SELECT start_date, end_date, NULL, title, uuid FROM gatherings "
                 "WHERE start_date BETWEEN ?1 AND ?2",
                 from, to, error) ||
      !add_rows (store, items, LK_RING_TEN_FACTOR, "ten-factor",
                 "SELECT meeting1, NULL, NULL, unit, uuid FROM survey_rounds WHERE meeting1 BETWEEN ?1 AND ?2 "
                 "UNION ALL SELECT meeting2, NULL, NULL, unit, uuid FROM survey_rounds WHERE meeting2 BETWEEN ?1 AND ?2 "
                 "UNION ALL SELECT v.date, NULL, NULL, r.unit, r.uuid FROM survey_reviews AS v "
                 "  JOIN survey_focus AS f ON f.id = v.focus_id JOIN survey_rounds AS r ON r.id = f.round_id "
                 "  WHERE v.date BETWEEN ?1 AND ?2",
                 from, to, error) ||
      !add_rows (store, items, LK_RING_RISK, "risk",
                 "SELECT r.follow_up, NULL, NULL, r.hazard, a.uuid FROM risks AS r "
                 "JOIN risk_assessments AS a ON a.id = r.assessment_id WHERE r.follow_up BETWEEN ?1 AND ?2",
                 from, to, error) ||
      !add_rows (store, items, LK_RING_MEASURES, "measures",
                 "SELECT deadline, NULL, NULL, title, uuid FROM measures "
                 "WHERE deadline BETWEEN ?1 AND ?2 AND status IN (0, 1, 3)",
                 from, to, error))
    return NULL;

  g_ptr_array_sort (items, compare_items);

  return g_steal_pointer (&items);
}
