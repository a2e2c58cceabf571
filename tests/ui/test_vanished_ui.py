"""The database file and its window (issue 15, defects 2 and 5): a second
start on the same file raises the window that has it; the file deleted
while the window is open makes the next save say so, nothing is lost
without a word, and everything can be saved to a new file that opens with
the measure in it."""
import os
import subprocess
import time

from lkui import App, APP, check, click, db_rows, find, finish, key, screenshot, type_text, wait_for, PROFILE

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "vanishing.db")
copy = os.path.join(PROFILE, "saved.db")
app = App(database)
window = app.window()
check(window is not None, "the window opens")

# One process per database: a second start raises the first window and ends
second = subprocess.Popen([APP, "--database", os.path.join(PROFILE, "data", ".", "vanishing.db")])
try:
    code = second.wait(timeout=20)
except subprocess.TimeoutExpired:
    second.kill()
    code = None
check(code == 0, "a second start on the same file hands over and ends")
time.sleep(0.5)
check(len([c for c in app.node.children if c.roleName == "frame"]) == 1, "there is still one window")

# A measure saved while the file is there
key("ctrl+n")
editor = app.toplevel("New Measure")
click(find(editor, name="Title", role="text"))
type_text("Lagret før")
click(find(editor, name="Save", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT title FROM measures") == [("Lagret før",)]),
      "the first measure is stored")

# The file goes; the next save meets it
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(database + suffix):
        os.unlink(database + suffix)
key("ctrl+n")
editor = app.toplevel("New Measure")
click(find(editor, name="Title", role="text"))
type_text("Skrevet etter")
click(find(editor, name="Save", role="push button"))
gone = wait_for(lambda: find(app.node, name="The Database File Is Gone", timeout=1))
check(gone is not None, "the window says the file is gone")
screenshot("vanished-01-dialog")
click(find(app.node, name="Save to a New File…", role="push button"))
chooser = app.toplevel("Save Everything to a New File")
check(chooser is not None, "saving asks where")
click(find(chooser, name="Name:", role="text"))
key("ctrl+a")
type_text(copy)
key("Return")
check(wait_for(lambda: os.path.exists(copy)), "everything is saved to the new file")
check(wait_for(lambda: db_rows(copy, "SELECT title FROM measures") == [("Lagret før",)]),
      "the new file holds what was stored")
check(os.stat(copy).st_mode & 0o777 == 0o600, "the new file is private")
screenshot("vanished-02-saved")
app.quit()
finish()
