"""ROS-samtaler end to end: from the example data, the prepared
conversation's brief is refreshed, an agreed tiltak is added, the
conversation is marked held (its brief frozen) and the brief exported as a
PDF that pdftotext reads; the årshjul shows the year and opens an item."""
import os
import subprocess
import time

from lkui import (App, check, click, content_title, db_rows, find, find_all, finish, key, screenshot, type_text,
                  wait_for, PROFILE)

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "conversations.db")
app = App(database, env={"LEDERKOMPASS_TODAY": "2026-05-10"})
window = app.window()

# Example data into the empty database
window.doActionNamed("win.load-example")
add = find(app.node, name="Add Example Data", role="push button", timeout=3)
if add is not None:
    click(add)
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM conversations")[0][0] == 3),
      "the example has three conversations")

click(find(find(window, name="Areas", role="list"), name="ROS-samtaler", role="list item"))
page = find(window, name="LkConversationsPage")
check(page is not None, "the ROS-samtaler page opens")
listed = find(page, name="Conversations", role="list")
for title in ("With Anne Dahl, Year-end", "With Anne Dahl, 1st tertial", "With Anne Dahl, 2nd tertial"):
    check(find(listed, name=title) is not None, f"the year lists “{title}”")
screenshot("conversations-01-list")

# The prepared one
prepared_uuid = db_rows(database, "SELECT uuid FROM conversations WHERE status = 1")[0][0]
click(find(listed, name="With Anne Dahl, 1st tertial"))
refresh = find(page, name="Refresh Brief", role="push button")
check(refresh is not None, "a prepared conversation offers Refresh Brief")
before = db_rows(database, "SELECT prepared FROM conversations WHERE uuid = ?", (prepared_uuid,))[0][0]
time.sleep(1.1)
click(refresh)
check(wait_for(lambda: db_rows(database, "SELECT prepared FROM conversations WHERE uuid = ?",
                               (prepared_uuid,))[0][0] != before),
      "Refresh Brief takes the snapshot again")
check(find(page, name="Nærvær", role="list item") is not None
      or find(page, name="Nærvær") is not None, "the brief shows the unit's KPIs")
check(find(page, name="Legge fram plan for å lukke åpne avvik") is not None,
      "the open tiltak agreed last time come back in the brief")
time.sleep(0.5)
screenshot("conversations-02-brief")

# A row of the brief opens the item where it lives, and back again
kpi_row = wait_for(lambda: next((n for n in find_all(page, role="list item")
                                 if (n.name or "").startswith("Nærvær")), None))
check(kpi_row is not None, "the brief lists the KPI as a row")
# From the first topic's text, Tab goes to its first row and Enter opens it
click(find(page, name="Your preparation", role="text"))
key("Tab")
key("Return")
check(wait_for(lambda: content_title(window) == "Masterplan"), "a figure in the brief opens in the Masterplan")
click(find(find(window, name="Areas", role="list"), name="ROS-samtaler", role="list item"))
check(find(page, name="Refresh Brief", role="push button") is not None, "back in ROS-samtaler, the brief is still open")

# What the leader prepares is saved as typed
click(find(page, name="Your preparation", role="text"))
type_text("Brukerne merker bedre kontinuitet i sone nord.")
check(wait_for(lambda: db_rows(database, "SELECT text FROM conversation_sections s JOIN conversations c "
                                         "ON c.id = s.conversation_id WHERE c.uuid = ? AND topic = 0",
                               (prepared_uuid,))[0][0].endswith("Brukerne merker bedre kontinuitet i sone nord.")),
      "the preparation text is saved a moment after typing")

# A date not valid yet: said, and not saved
date_row = find(page, name="Date", role="text")
click(date_row)
key("ctrl+a")
type_text("31.02.2026")
time.sleep(1.0)
check(find(page, name="A date or a sum is not valid yet: it is saved once it is.") is not None,
      "a date that is not valid is said")
# (Back stays put then: the accessibility tree of GTK 4.8 cannot tell a
# hidden stack page from a shown one, so that is left to the eye)
check(db_rows(database, "SELECT date FROM conversations WHERE uuid = ?", (prepared_uuid,)) == [("2026-05-22",)],
      "the stored date is still the valid one")
click(date_row)
key("ctrl+a")
type_text("22.05.2026")
time.sleep(1.0)

# An agreed tiltak
click(find(page, name="Add Tiltak", role="push button"))
measure = app.toplevel("New Measure")
check(measure is not None, "Add Tiltak opens a tiltak for the conversation")
click(find(measure, name="Title", role="text"))
type_text("Kartlegge vikarbruk i helgene")
click(find(measure, name="Save", role="push button"))
LINK = ("SELECT m.title FROM measures m JOIN conversations c ON c.uuid = m.source_uuid "
        "WHERE m.source_kind = 5 AND c.uuid = ?")
check(wait_for(lambda: ("Kartlegge vikarbruk i helgene",) in db_rows(database, LINK, (prepared_uuid,))),
      "the tiltak is stored, agreed in this conversation")
check(wait_for(lambda: find(page, name="Kartlegge vikarbruk i helgene", timeout=1) is not None),
      "the conversation lists its agreed tiltak")

# Held: the brief is frozen
click(find(page, name="Mark as Held", role="push button"))
dialog = wait_for(lambda: next((c for c in app.node.children if c.name != "Lederkompass"), None))
check(dialog is not None and find(dialog, name="Mark the Conversation as Held?") is not None,
      "Mark as Held asks first, saying what it means")
click(find(dialog, name="Mark as Held", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT status, held IS NOT NULL FROM conversations WHERE uuid = ?",
                               (prepared_uuid,)) == [(2, 1)]),
      "the conversation is held, with its time")
brief_rows = db_rows(database, "SELECT count(*) FROM conversation_brief b JOIN conversations c "
                               "ON c.id = b.conversation_id WHERE c.uuid = ?", (prepared_uuid,))[0][0]
check(brief_rows > 10, f"its brief is kept ({brief_rows} rows)")
check(wait_for(lambda: find(page, name="Refresh Brief", role="push button", timeout=1) is None
               or not find(page, name="Refresh Brief", role="push button", timeout=1).showing),
      "a held conversation cannot be prepared again")
screenshot("conversations-03-held")

# The brief as a PDF
path = os.path.join(PROFILE, "ros-samtale.pdf")
click(find(page, name="More"))
item = wait_for(lambda: next((n for n in find_all(app.node, role="menu item")
                              if n.name == "Export Brief as PDF…"), None))
check(item is not None, "the menu offers Export Brief as PDF")
click(item)
chooser = app.toplevel("Export Brief as PDF")
check(chooser is not None, "Export Brief as PDF asks where")
click(find(chooser, name="Name:", role="text"))
key("ctrl+a")
type_text(path)
key("Return")
check(wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 5000), "the brief is written as PDF")
if os.path.exists(path):
    text = " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.split())
    for needle in ("Quality of services", "Keeping within the budget", "Leader support",
                   "Heat map: before and after measures", "Kartlegge vikarbruk i helgene",
                   "Brukerne merker bedre kontinuitet i sone nord."):
        check(needle in text, f"the PDF holds “{needle}”")
    check(oct(os.stat(path).st_mode & 0o777) == "0o600", "the PDF is private to the user")

# The årshjul
click(find(window, name="Årshjul"))
wheel = find(page, name="Årshjul 2026", role="image")
check(wheel is not None, "the årshjul of the year is shown, named")
time.sleep(0.6)
screenshot("conversations-04-wheel")

app.quit()
finish()
