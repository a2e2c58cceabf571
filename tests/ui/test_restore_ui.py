"""A large backup is checked and imported in a thread: a progress bar
with Cancel, the window drawing meanwhile; Cancel leaves the data as it
was, and the same file imported to the end holds every entry (issue 15)."""
import json
import os
import time
import uuid

from lkui import App, check, click, db_rows, find, finish, key, screenshot, type_text, wait_for, PROFILE

ENTRIES = 150000

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "restore.db")
big = os.path.join(PROFILE, "big.json")
body = "Hva gikk bra på tavlemøtet i dag, og hva lærte vi av det som ikke gikk som planlagt? " * 3
with open(big, "w", encoding="utf-8") as f:
    f.write('{"format":"lederkompass-backup","version":1,"data":{"log-entries":[')
    for i in range(ENTRIES):
        entry = {"uuid": str(uuid.uuid4()), "date": "2026-05-01", "title": f"Refleksjon {i}", "body": body,
                 "template": None, "tags": ["tavlemøte"], "motor": [], "goals": [], "gathering": None,
                 "share": False, "created": "2026-05-01T10:00:00Z", "updated": "2026-05-01T10:00:00Z"}
        f.write(("," if i else "") + json.dumps(entry, ensure_ascii=False))
    f.write("]}}")

app = App(database)
window = app.window()
window.doActionNamed("win.load-example")
add = find(app.node, name="Add Example Data", role="push button", timeout=3)
if add is not None:
    click(add)
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM measures")[0][0] > 0), "example data is loaded")
before = db_rows(database, "SELECT count(*) FROM log_entries")[0][0]


def import_big():
    window.doActionNamed("win.import-backup")
    chooser = app.toplevel("Import Backup")
    check(chooser is not None, "Import Backup opens a file chooser")
    key("ctrl+l")
    type_text(big)
    key("Return")
    replace = wait_for(lambda: find(app.node, name="Replace All", role="push button", timeout=1), timeout=30)
    check(replace is not None, "the file is checked, then the import asks: replace or merge")
    return replace


# Cancel while it imports
click(import_big())
progress = wait_for(lambda: find(app.node, name="Importing the Backup…", timeout=0.5), timeout=10)
check(progress is not None, "a progress dialog shows while the backup is imported")
screenshot("restore-01-progress")
dialog = next((t for t in app.node.children
               if t.name != "Lederkompass" and find(t, name="Importing the Backup…", timeout=0.5)), None)
click(find(dialog, name="Cancel", role="push button") if dialog is not None else None)
check(wait_for(lambda: find(app.node, name="Import cancelled: nothing was changed", timeout=0.5) is not None,
               timeout=30), "Cancel says that nothing was changed")
check(db_rows(database, "SELECT count(*) FROM log_entries")[0][0] == before and
      db_rows(database, "SELECT count(*) FROM measures")[0][0] > 0,
      "after Cancel, the data are as they were")

# To the end
click(import_big())
check(wait_for(lambda: find(app.node, name="Backup imported", timeout=0.5) is not None, timeout=120),
      "the whole backup is imported")
check(db_rows(database, "SELECT count(*) FROM log_entries")[0][0] == ENTRIES, "every entry is there")
check(db_rows(database, "SELECT count(*) FROM log_search WHERE log_search MATCH 'tavlemøtet'")[0][0] == ENTRIES,
      "the search index holds them all")
screenshot("restore-02-done")

app.quit()
finish()
