"""10-faktor end to end: results imported from a spreadsheet (with a
preview first), the round's chart and the answers' spread shown, a factor
chosen to improve with a goal statement, and a tiltak made for it; a
night group too small to show says why."""
import os
import time

from dogtail import predicate

from lkui import (App, check, click, db_rows, find, finish, key, screenshot, type_text,
                  wait_for, PROFILE)


def choose(combo, steps):
    """A drop-down by the keyboard: the first entry, then down."""
    click(combo)
    time.sleep(0.3)
    key("Home")
    for _ in range(steps):
        key("Down")
    key("Return")
    time.sleep(0.5)


def text_shown(node, part):
    """Whether a label under @node holds @part."""
    labels = node.findChildren(predicate.GenericPredicate(roleName="label"), showingOnly=False)
    return any(part in (label.name or "") for label in labels)

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "ten-factor.db")
sample = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "10-faktor-eksempel.csv")
csv = os.path.join(PROFILE, "resultater.csv")
with open(sample, encoding="utf-8") as f:
    text = f.read()
# The night group: two answered, so nothing of theirs may show
text += "2025;Natt;Hjemmetjeneste;Hjemmetjenesten Nord;6;2;Mestringsklima;2,5;;;;;;;;\n"
# As Excel in Norway saves it
with open(csv, "wb") as f:
    f.write(text.encode("cp1252"))

app = App(database, env={"LEDERKOMPASS_TODAY": "2026-05-10"})
window = app.window()
click(find(find(window, name="Areas", role="list"), name="10-faktor", role="list item"))
page = find(window, name="LkTenFactorPage")
check(page is not None, "the 10-faktor page opens")
check(find(page, name="No 10-faktor Results Yet") is not None, "an empty page says how to start")

# Import, with a preview before anything is written
click(find(page, name="Import Results…", role="push button"))
explained = wait_for(lambda: find(app.node, name="Choose File…", role="push button", timeout=1))
check(explained is not None and text_shown(app.node, "Faktor (1–10 or its name) and Snitt"),
      "importing first says which columns the file needs")
click(explained)
chooser = app.toplevel("Import 10-faktor Results")
check(chooser is not None, "Import Results opens a file chooser")
key("ctrl+l")
type_text(csv)
key("Return")
preview = wait_for(lambda: find(app.node, name="Import These Rounds?", timeout=1))
check(preview is not None, "a preview shows what the file holds")
check(db_rows(database, "SELECT count(*) FROM survey_rounds") == [(0,)], "nothing is written before Import")
check(text_shown(preview, "Natt 2025 (line 12): fewer than 3 answered, so the results are not imported."),
      "the preview warns about the night group")
screenshot("ten-factor-01-preview")
click(find(app.node, name="Import", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM survey_rounds") == [(2,)]),
      "both rounds are stored")
check(db_rows(database, "SELECT count(*) FROM survey_results r JOIN survey_rounds s ON s.id = r.round_id "
                        "WHERE s.unit = 'Natt'") == [(0,)],
      "the night group's results are not stored")
check(db_rows(database, "SELECT n4 FROM survey_results WHERE factor = 9") == [(22,)],
      "the answers 1–5 are stored (read from Windows-1252)")

chart = wait_for(lambda: find(page, name="10-faktor Hjemmetjenesten Nord 2025", role="image", timeout=1))
check(chart is not None, "the round's chart is shown, named")
check(chart is not None and "Mestringsklima: 4,1" in (chart.description or "").replace(".", ","),
      "the chart's description reads its numbers")
check(find(page, name="How the answers spread, Hjemmetjenesten Nord 2025", role="image") is not None,
      "the spread of the answers is shown")
time.sleep(0.6)
screenshot("ten-factor-02-results")

# The night group: why it shows nothing
dropdown = find(page, name="Survey round")
choose(dropdown, 1)
hidden = wait_for(lambda: find(page, name="10-faktor Natt 2025", role="image", timeout=1))
check(hidden is not None and "fewer than 3 answered" in (hidden.description or ""),
      "a round too small to show says why")
screenshot("ten-factor-03-hidden")
choose(dropdown, 0)

# Choose a factor to improve, with its goal statement
click(find(window, name="Follow-up"))
click(find(page, name="Choose Factor"))
click(wait_for(lambda: find(app.node, name="A Factor to Improve…", timeout=1)))
dialog = wait_for(lambda: find(app.node, name="Choose a Factor to Improve", timeout=1))
check(dialog is not None, "choosing asks which factor")
choose(find(dialog, name="Factor"), 8)
click(find(app.node, name="Goal statement", role="text"))
type_text("Vi deler kunnskap og heier på hverandre.")
click(find(app.node, name="Choose", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT factor, kind, statement FROM survey_focus") ==
               [(9, 1, "Vi deler kunnskap og heier på hverandre.")]),
      "the factor to improve is stored with its statement")
screenshot("ten-factor-04-follow-up")

# A tiltak for it
click(wait_for(lambda: find(page, name="New Tiltak", role="push button", timeout=1)))
measure = app.toplevel("New Measure")
check(measure is not None, "New Tiltak opens a tiltak for the factor")
click(find(measure, name="Title", role="text"))
type_text("Heiarunde på tavlemøtet")
click(find(measure, name="Save", role="push button"))
LINK = ("SELECT m.title FROM measures m JOIN survey_focus f ON f.uuid = m.source_uuid "
        "WHERE m.source_kind = 4")
check(wait_for(lambda: db_rows(database, LINK) == [("Heiarunde på tavlemøtet",)]),
      "the tiltak is stored, linked to the chosen factor")
check(wait_for(lambda: find(page, name="Heiarunde på tavlemøtet", timeout=1) is not None),
      "the follow-up lists its tiltak")
screenshot("ten-factor-05-tiltak")

# Each row and button of the factor's group acts on that factor
click(find(page, name="Heiarunde på tavlemøtet"))
edit = app.toplevel("Edit Measure")
check(edit is not None, "the factor's tiltak opens in its editor")
key("Escape")
check(wait_for(lambda: all(c.name != "Edit Measure" for c in app.node.children)), "the editor closes")
click(find(page, name="Edit the Goal Statement", role="push button"))
statement = wait_for(lambda: find(app.node, name="Goal statement", role="text", timeout=1))
check(statement is not None, "the goal statement opens in a dialog of its own")
click(statement)
key("ctrl+a")
type_text("Vi deler kunnskap hver uke.")
click(find(app.node, name="Save", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT statement FROM survey_focus") == [("Vi deler kunnskap hver uke.",)]),
      "the goal statement is stored")
click(find(page, name="Add Review", role="push button"))
click(wait_for(lambda: find(app.node, name="What it did", role="text", timeout=1)))
type_text("Alle fikk heia en gang")
click(find(app.node, name="Add", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT note FROM survey_reviews") == [("Alle fikk heia en gang",)]),
      "a review is stored for the factor")
click(find(page, name="Remove This Choice", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM survey_focus") == [(0,)]),
      "the choice is removed")

click(find(window, name="Over Time"))
check(find(page, name="10-faktor over time, Hjemmetjenesten Nord", role="image") is not None,
      "the rounds over time are shown")
time.sleep(0.6)
screenshot("ten-factor-06-trend")

app.quit()
finish()
