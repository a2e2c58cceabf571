"""Risk end to end: an assessment created, a risk added with its values
before and after measures and a tiltak, the heat map hovered, clicked and
exported, the table exported, and a deviation recorded."""
import os
import subprocess
import time

from lkui import (App, check, click, db_rows, find, find_all, finish, key, screenshot,
                  type_text, wait_for, PROFILE)


def go_to(window, area):
    sidebar = find(window, name="Areas", role="list")
    click(find(sidebar, name=area, role="list item"))


def reveal(node):
    """Scrolls with the wheel until a widget is inside its window.

    GTK 4.8 reports neither focus nor showing; extents are relative to the
    window, and a widget scrolled away lies outside it."""
    if node is None:
        raise RuntimeError("nothing to reveal")
    top = node
    while top.parent is not None and top.roleName not in ("frame", "dialog", "window"):
        top = top.parent
    for _ in range(40):
        y, h = node.position[1], node.size[1]
        limit = top.size[1] - 12
        if 50 <= y and y + h <= limit:
            return node
        tx, ty = top.position
        subprocess.run(["xdotool", "mousemove", str(tx + top.size[0] // 2),
                        str(ty + top.size[1] // 2)], check=True)
        subprocess.run(["xdotool", "click", "5" if y + h > limit else "4"], check=True)
        time.sleep(0.15)
    return node


def type_into(node, text):
    click(reveal(node))
    key("ctrl+a")
    type_text(text)


def choose(combo, steps):
    """A combo row by the keyboard: the first entry, then down."""
    click(reveal(combo))
    key("Home")
    for _ in range(steps):
        key("Down")
    key("Return")
    time.sleep(0.3)


def save(window):
    click(find(window, name="Save", role="push button"))


# The database in its own folder, as by default: a file chooser that lists
# it would open and close it, and in one process that drops SQLite's locks.
os.makedirs(os.path.join(PROFILE, "db"), mode=0o700)
database = os.path.join(PROFILE, "db", "risk.db")
app = App(database)
window = app.window()
go_to(window, "Risk")
page = find(window, name="LkRiskPage")
check(find(page, name="No risk assessments yet. Start one for a subject area your 4V "
                      "screening points to.") is not None, "an empty Risk page says how to start")
screenshot("risk-01-empty")

# A new assessment with a screened topic
click(find(page, name="New Assessment", role="push button")
      or find(page, name="New Assessment", role="push button"))
editor = app.toplevel("New Risk Assessment")
check(editor is not None, "New Assessment opens the editor")
type_into(find(editor, name="Subject area", role="text"), "Legemidler på sykehjemmet")
type_into(find(editor, name="Workplace", role="text"), "Fjordvik sykehjem")
type_into(find(editor, name="Add a topic", role="text"), "Utdeling av legemidler")
key("Return")
check(wait_for(lambda: find(editor, name="Utdeling av legemidler", timeout=1) is not None),
      "a topic is added to the 4V screening")
screenshot("risk-02-assessment-editor")
save(editor)
check(wait_for(lambda: db_rows(database, "SELECT title, workplace FROM risk_assessments")
               == [("Legemidler på sykehjemmet", "Fjordvik sykehjem")]),
      "saving stores the assessment")
check(wait_for(lambda: db_rows(database, "SELECT topic FROM risk_screening")
               == [("Utdeling av legemidler",)]), "and its screening")
check(wait_for(lambda: find(page, name="No risks yet. Add what can go wrong.", timeout=1)
               is not None), "the new assessment is shown, without risks yet")

# A risk through the five steps
click(find(page, name="Add Risk", role="push button")
      or find(page, name="Add Risk", role="push button"))
risk = app.toplevel("New Risk")
check(risk is not None, "Add Risk opens the risk editor")
check(find(risk, name="Step 0 of 5: Nothing described yet", timeout=2) is not None,
      "an empty new risk is at step 0")
type_into(find(risk, name="What can go wrong", role="text"), "Feil legemiddel gitt til beboer")
check(wait_for(lambda: find(risk, name="Step 1 of 5: Described what can go wrong",
                            timeout=1) is not None), "step 1 is shown as done")
choose(find(risk, name="Probability"), 4)      # 4 of 5
choose(find(risk, name="Consequence"), 4)
check(wait_for(lambda: find(risk, name="Step 2 of 5: Assessed before measures", timeout=1)
               is not None), "values before measures reach step 2")
type_into(find(risk, name="What is already done", role="text"), "Dobbeltkontroll ved multidose")
choose(find(risk, name="Is it enough?"), 2)     # no
choose(find(risk, name="Probability after"), 2)
choose(find(risk, name="Consequence after"), 4)
type_into(find(risk, name="Follow-up date, like 31.12.2026", role="text"), "01.03.2027")
screenshot("risk-03-risk-editor")

# A tiltak for the risk: the risk is saved first, so it can link
risk.doActionNamed("editor.add-measure")
measure = app.toplevel("New Measure")
check(measure is not None, "Add Tiltak opens a new measure")
check(find(risk, name="The risk is saved, so its tiltak can link to it. Each tiltak has an owner "
           "and a deadline, and is followed up in Tiltak.", timeout=2) is not None and
      risk.name == "Risk 1" and find(risk, name="Close", role="push button", timeout=1),
      "the risk editor says the risk is saved and is no longer a New Risk with Cancel")
type_into(find(measure, name="Title", role="text"), "Innføre strekkodeskanning")
type_into(find(measure, name="Owner (ansvar)", role="text"), "Kari Nordmann")
type_into(find(measure, name="Deadline (frist), like 31.12.2026", role="text"), "31.01.2027")
save(measure)
check(wait_for(lambda: db_rows(database, "SELECT m.title, m.source_kind FROM measures m "
                               "JOIN risks r ON r.uuid = m.source_uuid")
               == [("Innføre strekkodeskanning", 2)]), "the tiltak is stored, linked to the risk")
check(wait_for(lambda: find(risk, name="Innføre strekkodeskanning", timeout=1) is not None),
      "the risk editor lists its tiltak")
check(wait_for(lambda: find(risk, name="Step 5 of 5: Residual risk and follow-up set",
                            timeout=1) is not None), "all five steps are done")
screenshot("risk-04-risk-with-tiltak")
save(risk)
rows = wait_for(lambda: db_rows(database, "SELECT hazard, p_before, c_before, enough, p_after, "
                                "c_after, follow_up FROM risks"))
check(rows == [("Feil legemiddel gitt til beboer", 0.75, 0.75, 0, 0.25, 0.75, "2027-03-01")],
      f"the risk is stored with its values before and after: {rows}")

# The heat map: hover shows the risk, a click opens it
heatmap = find(page, name="Legemidler på sykehjemmet", role="image")
check(heatmap is not None, "the heat map is shown, named by the assessment")
check(wait_for(lambda: "1 red" in (heatmap.description or "")),
      f"the heat map says what it shows: {heatmap.description!r}")
row = find(page, name="1. Feil legemiddel gitt til beboer")
check(row is not None, "the risk is listed with its number")
screenshot("risk-05-assessment")

# Export the heat map through its menu
png = os.path.join(PROFILE, "heatmap.png")
heatmap.doActionNamed("chart.export")
chooser = app.toplevel("Export Chart")
check(chooser is not None, "export asks where")
type_into(find(chooser, name="Name:", role="text"), png)
key("Return")
check(wait_for(lambda: os.path.exists(png) and os.path.getsize(png) > 1000),
      "the heat map is written as PNG")
if os.path.exists(png):
    header = open(png, "rb").read(24)
    check(header[:8] == b"\x89PNG\r\n\x1a\n", "it is a PNG file")
    width = int.from_bytes(header[16:20], "big")
    height = int.from_bytes(header[20:24], "big")
    check(width > 0 and height > width * 0.7, f"in the heat map's proportions: {width}×{height}")

# Export the table as PDF
pdf = os.path.join(PROFILE, "table.pdf")
find(window, name="LkAssessmentView").doActionNamed("assessment.export-table")
chooser = app.toplevel("Export Risk Table")
check(chooser is not None, "the table export asks where")
type_into(find(chooser, name="Name:", role="text"), pdf)
key("Return")
check(wait_for(lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0), "the PDF is written")
text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
check("Feil legemiddel gitt til beboer" in text and "Innføre strekkodeskanning" in text
      and "Kari Nordmann" in text, "the table holds the risk, its tiltak and owner")
squeezed = "".join(text.split())
check("4×4=16" in squeezed and "2×4=8" in squeezed and "Mar1,2027" in squeezed
      and "HeatMap:BeforeandAfterMeasures" in squeezed,
      "the document has the scores before and after, the follow-up date and the heat map")

# A deviation linked to the risk
click(find(window, name="Deviations"))
page.doActionNamed("risk.add-deviation")
deviation = app.toplevel("New Deviation")
check(deviation is not None, "Add Deviation opens the editor")
type_into(find(deviation, name="What happened", role="text"), "Beboer fikk naboens medisin")
choose(find(deviation, name="Cause"), 1)       # procedure
choose(find(deviation, name="Risk"), 1)        # the risk
screenshot("risk-06-deviation")
save(deviation)
DEVIATION = ("SELECT d.description, d.cause, r.hazard FROM deviations d "
             "JOIN risks r ON r.uuid = d.risk_uuid")
wait_for(lambda: db_rows(database, DEVIATION))
rows = db_rows(database, DEVIATION)
check(rows == [("Beboer fikk naboens medisin", 1, "Feil legemiddel gitt til beboer")],
      f"the deviation is stored, linked to the risk: {rows}")
check(wait_for(lambda: find(page, name="Beboer fikk naboens medisin", timeout=1) is not None),
      "the deviation is listed")
screenshot("risk-07-deviations")

app.quit()

finish()
