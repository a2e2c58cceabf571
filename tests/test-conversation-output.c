/* test-conversation-output.c: the brief as PDF, the årshjul as iCalendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include "lk-brief-pages.h"
#include "lk-chart-test-util.h"
#include "lk-conversation.h"
#include "lk-example.h"
#include "lk-ics.h"
#include "lk-jeg-plan.h"
#include "lk-log-entry.h"
#include "lk-measures.h"
#include "lk-ten-factor.h"
#include "lk-test-util.h"
#include "lk-year-wheel.h"

#define TODAY "2026-05-10"

static LkConversation *
find_conversation (LkStore              *store,
                   LkConversationStatus  status)
{
  g_autoptr(GListStore) list = lk_store_list_conversations (store, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LkConversation) c = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (c->status == status)
        return lk_store_get_conversation (store, c->uuid, NULL);
    }

  return NULL;
}

static guint
count_of (const char *text,
          const char *word)
{
  gsize len = strlen (text), wlen = strlen (word);
  guint n = 0;

  for (gsize i = 0; i + wlen <= len; i++)
    n += memcmp (text + i, word, wlen) == 0;

  return n;
}

static char *
write_brief (LkStore        *store,
             LkConversation *c,
             const char     *dir,
             const char     *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GListStore) agreed = lk_store_list_agreed_measures (store, c, NULL);
  g_autoptr(GError) error = NULL;
  LkBriefDocument doc = { c, G_LIST_MODEL (agreed), "Kari Nordmann", LK_ANONYMITY_MIN };
  struct stat st;

  g_autofree char *look = artifact_path (name);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (lk_brief_write_pdf (&doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  /* A copy for a person to look at */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_file_set_contents (look, contents, length, NULL);

  return lk_test_pdf_text (path);
}

/* Every section and figure caption is there; the pages are a document's;
 * nothing from a log entry not flagged for sharing is anywhere */
static void
test_brief_pdf (LkTestFixture *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LkConversation) prepared = NULL;
  g_autoptr(LkConversation) held = NULL;
  g_autoptr(LkLogEntry) private_entry = lk_log_entry_new ("2026-05-01");
  g_autoptr(LkLogEntry) shared = lk_log_entry_new ("2026-05-02");
  g_autoptr(GListStore) all_entries = NULL;
  g_autofree char *text = NULL;
  g_autofree char *held_text = NULL;
  g_autofree char *pages_word = NULL;
  LkLogFilter all = { 0 };
  guint n_pages;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  lk_log_entry_set_title (private_entry, "Privat PRIVATTITTEL");
  lk_log_entry_set_body (private_entry, "Bare mitt: PRIVATTEKST");
  lk_log_entry_set_title (shared, "Delt DELTTITTEL");
  lk_log_entry_set_body (shared, "Til samtalen: DELTTEKST");
  lk_log_entry_set_share (shared, TRUE);
  g_assert_true (lk_store_save_log_entry (f->store, private_entry, &error));
  g_assert_true (lk_store_save_log_entry (f->store, shared, &error));
  prepared = find_conversation (f->store, LK_CONVERSATION_PREPARED);
  g_assert_true (lk_store_prepare_conversation (f->store, prepared, TODAY, &error));
  g_assert_no_error (error);

  text = write_brief (f->store, prepared, f->dir, "brief.pdf");
  for (guint t = 0; t < LK_TOPIC_N; t++)
    if (strstr (text, lk_agenda_topic_title (t)) == NULL)
      g_error ("the PDF lacks the section “%s”", lk_agenda_topic_title (t));
  g_assert_nonnull (strstr (text, "ROS-samtale"));
  g_assert_nonnull (strstr (text, "Anne Dahl"));
  g_assert_nonnull (strstr (text, "Goals and figures"));
  g_assert_nonnull (strstr (text, "Heat map: before and after measures"));
  g_assert_nonnull (strstr (text, "10-faktor: the round"));
  g_assert_nonnull (strstr (text, "Budget figures"));
  g_assert_nonnull (strstr (text, "Agreed earlier, still open"));
  g_assert_nonnull (strstr (text, "DELTTITTEL"));
  g_assert_nonnull (strstr (text, "DELTTEKST"));
  g_assert_null (strstr (text, "PRIVATTITTEL"));
  g_assert_null (strstr (text, "PRIVATTEKST"));

  /* No unflagged entry of the example either, by its title */
  all_entries = lk_store_list_log_entries (f->store, &all, &error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (all_entries)); i++)
    {
      g_autoptr(LkLogEntry) entry = g_list_model_get_item (G_LIST_MODEL (all_entries), i);

      /* Example titles repeat with a number; a flagged twin may share the words */
      if (!lk_log_entry_get_share (entry) && strstr (lk_log_entry_get_title (entry), "(") != NULL)
        g_assert_null (strstr (text, lk_log_entry_get_title (entry)));
    }

  /* Page numbers, and the unit and date on every page */
  n_pages = count_of (text, "Page ");
  g_assert_cmpuint (n_pages, >=, 2);
  g_assert_cmpuint (n_pages, <=, 20);
  pages_word = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, pages_word));
  g_assert_cmpuint (count_of (text, "ROS-samtale · Hjemmetjenesten Nord ·"), ==, n_pages);

  /* The held one: its notes and its agreed tiltak */
  held = find_conversation (f->store, LK_CONVERSATION_HELD);
  held_text = write_brief (f->store, held, f->dir, "held.pdf");
  g_assert_nonnull (strstr (held_text, "Notes from the conversation"));
  g_assert_nonnull (strstr (held_text, "Budsjettgjennomgang med økonomirådgiver"));
  g_assert_null (strstr (held_text, "PRIVATTEKST"));
}

/* A brief with a table longer than a page: its column titles again on
 * the next, and every page numbered */
static void
test_long_brief (void)
{
  g_autofree char *dir = lk_test_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(LkConversation) c = lk_conversation_new ("Anne Dahl", "2026-05-20");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  LkBriefDocument doc = { c, NULL, NULL, 3 };
  guint n_pages;

  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *title = g_strdup_printf ("Tiltak nummer %u med en lang tittel som må brytes over flere linjer i tabellen", i);
      LkBriefItem *item = lk_brief_item_new (LK_TOPIC_GOALS, LK_BRIEF_MEASURE, title);

      item->grade = LK_BRIEF_OVERDUE;
      item->date = g_strdup ("2026-04-01");
      item->owner = g_strdup ("Ola Hansen");
      g_ptr_array_add (c->brief, item);
    }
  g_assert_true (lk_brief_write_pdf (&doc, path, &error));
  g_assert_no_error (error);
  text = lk_test_pdf_text (path);
  n_pages = count_of (text, "Page ");
  g_assert_cmpuint (n_pages, >=, 4);
  g_assert_cmpuint (count_of (text, "Tiltak nummer"), ==, 150);
  /* The table's column titles on each page it runs over */
  g_assert_cmpuint (count_of (text, "Deadline"), >=, n_pages - 1);
  g_assert_cmpuint (count_of (text, "ROS-samtale · Anne Dahl ·"), ==, n_pages);

  lk_test_rmtree (dir);
}

/* --- iCalendar ----------------------------------------------------------------- */

typedef struct
{
  char *uid;
  char *start;
  char *summary;
} Event;

static void
event_clear (Event *e)
{
  g_free (e->uid);
  g_free (e->start);
  g_free (e->summary);
}

static char *
unescape (const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = value; *p; p++)
    {
      if (*p == '\\' && p[1])
        {
          p++;
          g_string_append_c (out, *p == 'n' || *p == 'N' ? '\n' : *p);
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/* Reads the calendar back as a calendar program would: lines end in CRLF,
 * folded lines are joined, then each event's properties */
static GArray *
read_events (const char *ics)
{
  GArray *events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_auto(GStrv) raw = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  Event current = { 0 };
  gboolean in_event = FALSE;

  g_array_set_clear_func (events, (GDestroyNotify) event_clear);
  g_assert_true (g_str_has_suffix (ics, "\r\n"));
  raw = g_strsplit (ics, "\r\n", -1);
  for (guint i = 0; raw[i] && *raw[i]; i++)
    {
      g_assert_null (strchr (raw[i], '\n'));
      g_assert_cmpuint (strlen (raw[i]), <=, 75);
      g_assert_true (g_utf8_validate (raw[i], -1, NULL));
      if (raw[i][0] == ' ' && lines->len > 0)
        {
          char *joined = g_strconcat (g_ptr_array_index (lines, lines->len - 1), raw[i] + 1, NULL);

          g_free (g_ptr_array_index (lines, lines->len - 1));
          g_ptr_array_index (lines, lines->len - 1) = joined;
        }
      else
        g_ptr_array_add (lines, g_strdup (raw[i]));
    }
  g_assert_cmpstr (g_ptr_array_index (lines, 0), ==, "BEGIN:VCALENDAR");
  g_assert_cmpstr (g_ptr_array_index (lines, lines->len - 1), ==, "END:VCALENDAR");
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      if (g_str_equal (line, "BEGIN:VEVENT"))
        in_event = TRUE;
      else if (g_str_equal (line, "END:VEVENT"))
        {
          g_assert_nonnull (current.uid);
          g_assert_nonnull (current.start);
          g_array_append_val (events, current);
          memset (&current, 0, sizeof current);
          in_event = FALSE;
        }
      else if (in_event && g_str_has_prefix (line, "UID:"))
        current.uid = g_strdup (line + 4);
      else if (in_event && g_str_has_prefix (line, "DTSTART"))
        current.start = g_strndup (strchr (line, ':') + 1, 8);
      else if (in_event && g_str_has_prefix (line, "SUMMARY:"))
        current.summary = unescape (line + 8);
    }

  return events;
}

static void
test_ics (LkTestFixture *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) again = NULL;
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *ics = NULL;
  g_autofree char *ics2 = NULL;
  g_autofree char *path = g_build_filename (f->dir, "arshjul.ics", NULL);
  struct stat st;

  g_assert_true (lk_example_load (f->store, TODAY, &error));
  items = lk_store_list_wheel_items (f->store, 2026, &error);
  g_assert_no_error (error);
  /* Text that must be escaped, and a title long enough to fold mid-word */
  g_ptr_array_add (items, lk_wheel_item_new (LK_RING_MEASURES, "2026-08-14",
                                             "Møte; budsjett, rutiner\\ og en svært lang tittel med æøå som må brytes "
                                             "over flere linjer i kalenderfila",
                                             "measures", "0d6c1a4e-9f0b-4a3e-8f5d-2b7c9d0e1f2a"));

  ics = lk_ics_from_wheel_items (items, "Årshjul 2026", "20260510T120000Z");
  events = read_events (ics);
  g_assert_cmpuint (events->len, ==, items->len);
  for (guint i = 0; i < items->len; i++)
    {
      LkWheelItem *item = g_ptr_array_index (items, i);
      Event *e = &g_array_index (events, Event, i);
      g_autofree char *compact = g_strdup_printf ("%.4s%.2s%.2s", item->date, item->date + 5, item->date + 8);

      g_assert_cmpstr (e->start, ==, compact);
      g_assert_cmpstr (e->summary, ==, item->title);
      g_assert_true (g_hash_table_add (uids, e->uid));
    }

  /* The same uids the next time */
  ics2 = lk_ics_from_wheel_items (items, "Årshjul 2026", "20260601T120000Z");
  again = read_events (ics2);
  for (guint i = 0; i < again->len; i++)
    g_assert_cmpstr (g_array_index (again, Event, i).uid, ==, g_array_index (events, Event, i).uid);

  g_assert_true (lk_ics_write (items, "Årshjul 2026", path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("LEDERKOMPASS_TODAY", TODAY, TRUE);

  lk_test_add ("/conversation-output/brief-pdf", test_brief_pdf);
  g_test_add_func ("/conversation-output/long-brief", test_long_brief);
  lk_test_add ("/conversation-output/ics", test_ics);

  return g_test_run ();
}
