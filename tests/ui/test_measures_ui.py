"""The foundation end to end: empty start, every area, a measure created,
edited, filtered, deleted and restored, example data, and a refused file."""
import hashlib
import json
import os
import re
import time

from lkui import (App, check, click, content_title, db_rows, double_click, find, find_all,
                  finish, key, screenshot, type_text, wait_for, PROFILE)

AREAS = ["Overview", "Masterplan", "Jeg-plan", "10-faktor", "Risk", "Fishbone",
         "ROS-samtaler", "Tiltak"]


def summary(window):
    page = find(window, name="LkMeasuresPage")
    for label in find_all(page, role="label"):
        if re.fullmatch(r"\d+( of \d+)? measures?( shown)?", label.name or ""):
            return label.name
    return None


def in_list(window, title):
    """A title in the Tiltak list; the hidden overview may show it too."""
    return find(find(window, name="LkMeasuresPage"), name=title, role="label")


def go_to(window, area):
    sidebar = find(window, name="Areas", role="list")
    click(find(sidebar, name=area, role="list item"))
    return wait_for(lambda: content_title(window) == area)


def fill_editor(editor, title=None, owner=None, deadline=None):
    for field, text in (("Title", title), ("Owner (ansvar)", owner),
                        ("Deadline (frist), like 31.12.2026", deadline)):
        if text is None:
            continue
        click(find(editor, name=field, role="text"))
        key("ctrl+a")
        type_text(text)


# Where the application keeps it, apart from the exported files: a file
# chooser showing the folder would open the -shm file to sniff its type, and
# closing it drops SQLite's POSIX locks for the whole process, so this
# script's reads could delete the WAL under the running application.
database = os.path.join(PROFILE, "data", "lederkompass", "lederkompass.db")
app = App(database)
window = app.window()
check(window is not None, "the window opens with a new, empty database")

# Empty start: the welcome page, and no numbers yet
check(find(window, name="Welcome to Lederkompass") is not None, "the empty overview welcomes")
check(find(window, name="Open measures: 0", role="push button", timeout=1) is None,
      "no statistics without data")
check(oct(os.stat(database).st_mode & 0o777) == "0o600", "the database file is private (0600)")
check(oct(os.stat(os.path.dirname(database)).st_mode & 0o777) in ("0o700", "0o755"),
      "the database folder exists")
screenshot("01-empty-overview")

# Every area is reachable from the sidebar
for index, area in enumerate(AREAS):
    check(go_to(window, area), f"the sidebar opens {area}")
    screenshot(f"02-area-{index}-{area}")
go_to(window, "ROS-samtaler")
check(find(window, name="No conversations this year. Plan one for the next tertial report.") is not None,
      "an empty ROS-samtaler page says how to start")

# Create a measure from the header bar
click(find(window, name="New Measure", role="push button"))
editor = app.toplevel("New Measure")
check(editor is not None, "the New Measure window opens")
fill_editor(editor, title="Innføre tavlemøter", owner="Kari Nordmann", deadline="31.12.2026")
screenshot("03-new-measure")
click(find(editor, name="Save", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] == 1),
      "saving stores the measure")
rows = db_rows(database, "SELECT title, owner, deadline, status FROM measures")
check(rows == [("Innføre tavlemøter", "Kari Nordmann", "2026-12-31", 0)],
      f"the measure is stored as typed: {rows}")

go_to(window, "Tiltak")
check(wait_for(lambda: summary(window) == "1 measure"), "the Tiltak page lists it")
check(in_list(window, "Innføre tavlemøter") is not None, "its title is shown")
screenshot("04-measures")

# Edit it: double-click opens the editor
double_click(in_list(window, "Innføre tavlemøter"))
editor = app.toplevel("Edit Measure")
check(editor is not None, "double-click opens Edit Measure")
fill_editor(editor, title="Innføre ukentlige tavlemøter")
click(find(editor, name="Save", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT title FROM measures")[0][0]
               == "Innføre ukentlige tavlemøter"), "editing changes the stored title")
check(in_list(window, "Innføre ukentlige tavlemøter") is not None,
      "the list shows the new title")

# A bad date keeps Save from storing anything
double_click(in_list(window, "Innføre ukentlige tavlemøter"))
editor = app.toplevel("Edit Measure")
fill_editor(editor, deadline="31.02.2027")
click(find(editor, name="Save", role="push button"))
time.sleep(0.5)
check(db_rows(database, "SELECT deadline FROM measures")[0][0] == "2026-12-31",
      "an impossible date is not saved")
screenshot("05-bad-date")
# Cancel asks before a change is thrown away
click(find(editor, name="Cancel", role="push button"))
discard = find(app.node, name="Discard", role="push button")
check(discard is not None, "Cancel with a change asks before discarding it")
screenshot("05-discard-changes")
click(discard)
check(wait_for(lambda: all(c.name != "Edit Measure" for c in app.node.children), timeout=4),
      "Discard closes the editor")
check(db_rows(database, "SELECT deadline FROM measures")[0][0] == "2026-12-31",
      "discarding leaves the stored measure as it was")

# Filter by words
search = find(window, name="Search measures", role="entry")
click(search)
type_text("zzz")
check(wait_for(lambda: summary(window) == "0 of 1 measure shown"), "a search without matches")
screenshot("06-no-results")
key("ctrl+a")
key("BackSpace")
check(wait_for(lambda: summary(window) == "1 measure"), "clearing the search shows all again")
type_text("ukentlige")
check(wait_for(lambda: summary(window) == "1 of 1 measure shown"), "a search that matches")
key("ctrl+a")
key("BackSpace")

# Delete with the Delete key, then undo from the toast
click(in_list(window, "Innføre ukentlige tavlemøter"))
key("Delete")
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] == 0),
      "Delete removes the measure")
undo = find(window, name="Undo", role="push button") or find(window, name="Undo",
                                                                   role="push button")
check(undo is not None, "a toast offers Undo")
screenshot("07-deleted-toast")
click(undo)
check(wait_for(lambda: db_rows(database, "SELECT title FROM measures")
               == [("Innføre ukentlige tavlemøter",)]), "Undo brings the measure back")

# Example data: asks first, since there is data already
window.doActionNamed("win.load-example")
dialog = app.toplevel("")
add = find(app.node, name="Add Example Data", role="push button")
check(add is not None, "loading example data over own data asks first")
click(add)
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] == 18),
      "the example municipality is loaded")
check(wait_for(lambda: summary(window) == "18 measures"), "the list shows the examples")
screenshot("08-example-measures")
go_to(window, "Overview")
check(find(window, name="Overdue: 3", role="push button") is not None,
      "the overview counts overdue measures")
check(find(window, name="Measures by status", role="image") is not None,
      "the overview shows the status chart")
screenshot("09-example-overview")

# The overview's Overdue card opens the filtered list
click(find(window, name="Overdue: 3", role="push button"))
check(wait_for(lambda: summary(window) == "3 of 18 measures shown"),
      "the Overdue card opens the overdue measures")

# Change a status right in the list
TARGET = "Dobbeltkontroll ved utdeling av legemidler"
dropdown = find(window, name=f"Status of “{TARGET}”")
check(dropdown is not None, "each row has its status control")
# The list in the popup is its own surface, with its own coordinates:
# choose with the keyboard, as a keyboard user would: the first entry,
# then two down is Done.
click(dropdown)
key("Home")
key("Down")
key("Down")
key("Return")
check(wait_for(lambda: db_rows(database, "SELECT status FROM measures WHERE title = ?",
                               (TARGET,))[0][0] == 2), "choosing Done in the list stores it")
check(wait_for(lambda: summary(window) == "2 of 18 measures shown"),
      "a measure marked done is no longer overdue")
screenshot("11-status-changed")

# Export a backup through the file chooser
backup = os.path.join(PROFILE, "backup.json")
window.doActionNamed("win.export-backup")
chooser = app.toplevel("Export Backup")
check(chooser is not None, "Export Backup opens a file chooser")
click(find(chooser, name="Name:", role="text"))
key("ctrl+a")
type_text(backup)
key("Return")
check(wait_for(lambda: os.path.exists(backup)), "the backup file is written")
document = json.load(open(backup, encoding="utf-8"))
check(document["format"] == "lederkompass-backup" and len(document["data"]["measures"]) == 18,
      "the backup holds every measure")
check(oct(os.stat(backup).st_mode & 0o777) == "0o600", "the backup file is private (0600)")

# Lose a measure, then restore everything from the backup
click(find(window, name="Clear Filters", role="push button", timeout=1))
click(find(window, name="Search measures", role="entry"))
type_text("Dobbeltkontroll")
check(wait_for(lambda: summary(window) == "1 of 18 measures shown"), "found by search")
click(in_list(window, TARGET))
key("Delete")
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] == 17),
      "one measure deleted before the import")


def import_file(path):
    window.doActionNamed("win.import-backup")
    chooser = app.toplevel("Import Backup")
    check(chooser is not None, "Import Backup opens a file chooser")
    key("ctrl+l")
    type_text(path)
    key("Return")


import_file(backup)
replace = find(app.node, name="Replace All", role="push button")
check(replace is not None, "the import asks: replace or merge")
screenshot("12-import-question")
click(replace)
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] == 18),
      "Replace All brings the deleted measure back")
check(db_rows(database, "SELECT status FROM measures WHERE title = ?", (TARGET,))[0][0] == 2,
      "the restored data are the backup's")

# A broken backup is refused with a message, and nothing changes
broken = os.path.join(PROFILE, "broken.json")
with open(broken, "w", encoding="utf-8") as f:
    f.write(json.dumps(document)[:-40])
before = db_rows(database, "SELECT uuid, title, status, deadline FROM measures ORDER BY uuid")
import_file(broken)
message = find(app.node, name="Could Not Import the Backup")
check(message is not None, "a broken backup gets a clear message")
screenshot("13-broken-backup")
# The dialog's own Close, not the window's
dialog = next((t for t in app.node.children
               if t.name != "Lederkompass" and find(t, name="Could Not Import the Backup", timeout=0.5)), None)
close = find(dialog, name="Close", role="push button") if dialog is not None else None
if close is not None:
    click(close)
check(db_rows(database, "SELECT uuid, title, status, deadline FROM measures ORDER BY uuid") == before,
      "a refused import changes nothing")

# Remove Example Data says how much goes, and leaves the user's own measure
window.doActionNamed("win.remove-example")
question = wait_for(lambda: next((t for t in app.node.children
                                  if find(t, name="Remove Example Data?", timeout=0.5)), None))
check(question is not None and
      find(question, name="The 103 items the example added will be removed. What you made "
           "yourself stays, and so does an example item you have added to.") is not None,
      "Remove Example Data says how many items it removes")
screenshot("14-remove-example")
click(find(question, name="Remove", role="push button") or
      find(question, name="Remove", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT title FROM measures")
               == [("Innføre ukentlige tavlemøter",)]),
      "only the user's own measure is left")
check(db_rows(database, "SELECT count(*) FROM log_entries")[0][0] == 0,
      "the example's learning log is gone")
check(db_rows(database, "SELECT count(*) FROM settings WHERE key = 'user-name'")[0][0] == 0,
      "the example's profile is gone")
app.quit()

# A file that is not a database is refused, and left as it was
notes = os.path.join(PROFILE, "notes.txt")
with open(notes, "w") as f:
    f.write("Dette er ingen database.\n")
before = hashlib.sha256(open(notes, "rb").read()).hexdigest()
app = App(notes)
dialog = wait_for(lambda: find(app.node, name="Could Not Open the Database", timeout=1))
check(dialog is not None, "a file that is not a database gets a clear message")
screenshot("10-not-a-database")
quit_button = find(app.node, name="Quit", role="push button")
if quit_button is not None:
    click(quit_button)
app.quit()
check(hashlib.sha256(open(notes, "rb").read()).hexdigest() == before,
      "the refused file is unchanged")

finish()
