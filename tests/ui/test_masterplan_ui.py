"""Masterplan end to end: a kommuneplan started from the empty page, a
priority area and goals on three levels, a KPI with values whose status
shows, a tiltak made from a goal, and the breakdown chart exported as SVG
and PDF."""
import os
import subprocess
import time
import xml.etree.ElementTree as ET

from lkui import (App, check, click, db_rows, find, find_all, finish, key, screenshot,
                  type_text, wait_for, PROFILE)

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "masterplan.db")
app = App(database, env={"LEDERKOMPASS_TODAY": "2026-05-10"})
window = app.window()
click(find(find(window, name="Areas", role="list"), name="Masterplan", role="list item"))
page = find(window, name="LkMasterplanPage")
check(page is not None, "the Masterplan page opens")
check(find(page, name="No Masterplan Yet") is not None, "an empty Masterplan says how to start")
screenshot("masterplan-01-empty")

# The kommuneplan
click(find(page, name="Start a Masterplan", role="push button"))
dialog = app.toplevel("Start a Masterplan")
check(dialog is not None, "starting asks for the kommuneplan")
check(find(dialog, name="First year") is not None and find(dialog, name="Last year") is not None,
      "it asks for the years the kommuneplan covers")
click(find(dialog, name="Start", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT title, first_year, last_year FROM kommuneplans") ==
               [("Kommuneplanens samfunnsdel", 2026, 2037)]),
      "the kommuneplan is stored with its name and years")


def new(where):
    click(find(page, name="New Goal"))
    item = wait_for(lambda: next((n for n in find_all(app.node, role="menu item") if n.name == where), None))
    check(item is not None, f"New offers “{where}”")
    click(item)
    time.sleep(0.8)


def retitle(text):
    title = find(page, name="Goal", role="text")
    click(title)
    key("ctrl+a")
    type_text(text)
    time.sleep(1.2)


new("Priority Area")
retitle("Folkehelse")
check(wait_for(lambda: db_rows(database, "SELECT level, title FROM goals") == [(0, "Folkehelse")]),
      "a priority area is added and renamed in place")
for level, title in enumerate(["Flere mestrer eget liv", "Hverdagsmestring i tjenestene",
                               "Hverdagsrehabilitering i sone nord"], start=1):
    new("Goal Below the Selected")
    retitle(title)
LEVELS = ("SELECT g.level, g.title, p.title FROM goals g LEFT JOIN goals p ON p.id = g.parent_id "
          "WHERE g.level > 0 ORDER BY g.level")
rows = wait_for(lambda: db_rows(database, LEVELS) if len(db_rows(database, LEVELS)) == 3 else None)
check(rows == [(1, "Flere mestrer eget liv", "Folkehelse"),
               (2, "Hverdagsmestring i tjenestene", "Flere mestrer eget liv"),
               (3, "Hverdagsrehabilitering i sone nord", "Hverdagsmestring i tjenestene")],
      f"goals on three levels, each under the one above: {rows}")
sight = [n.name for n in find_all(page, role="label") if n.name and "Folkehelse  ›  Flere mestrer eget liv" in n.name]
check(sight, "the goal shows its line of sight up to the priority area")
screenshot("masterplan-02-goal")

# A KPI with two values: 88 then 90 against a path from 85 (2025) to 95 (2026)
click(find(page, name="Add KPI", role="push button"))
editor = app.toplevel("New KPI")
check(editor is not None, "Add KPI opens the KPI editor")
click(find(editor, name="KPI, like “Nærvær” or “Overtid per måned”", role="text"))
type_text("Brukere med hverdagsrehabilitering")
click(find(editor, name="Baseline", role="text"))
type_text("85")
click(find(editor, name="Target", role="text"))
type_text("95")
for name, value in (("Value for T3 2025", "88"), ("Value for T1 2026", "86,5")):
    cell = find(editor, name=name, role="text")
    check(cell is not None, f"the values grid has {name}")
    # The grid is below the fold: scrolled into view, then clicked
    x, y = cell.position
    subprocess.run(["xdotool", "mousemove", "300", "400"], check=True)
    for _ in range(12):
        subprocess.run(["xdotool", "click", "5"], check=True)
    time.sleep(0.5)
    click(cell)
    type_text(value)
click(find(editor, name="Save", role="push button"))
VALUES = "SELECT year, tertial, value FROM kpi_values ORDER BY year, tertial"
check(wait_for(lambda: db_rows(database, VALUES) == [(2025, 3, 88.0), (2026, 1, 86.5)]),
      "the KPI is saved with its values, a decimal comma read as such")
# The path runs from 85 at the end of 2025 to 95 at the end of 2026: T1
# expects 88.3; 86.5 is behind, but within the red threshold (10 % of 95)
check(wait_for(lambda: find(page, name="Behind", role="label", timeout=1) is not None),
      "the goal's status is derived from the KPI: behind")
check(find(page, name="86.5 % in T1 2026 · expected 88.3 % · ↓ worse than the tertial before") is not None,
      "the KPI says its latest value, what was expected, and its trend")
screenshot("masterplan-03-kpi")

# A tiltak straight from the goal
click(find(page, name="New Tiltak", role="push button"))
measure = app.toplevel("New Measure")
check(measure is not None, "New Tiltak opens a tiltak for the goal")
click(find(measure, name="Title", role="text"))
type_text("Kartlegge alle nye brukere")
click(find(measure, name="Save", role="push button"))
LINK = ("SELECT m.title FROM measures m JOIN goals g ON g.uuid = m.source_uuid "
        "WHERE m.source_kind = 1 AND g.title = 'Hverdagsrehabilitering i sone nord'")
check(wait_for(lambda: db_rows(database, LINK) == [("Kartlegge alle nye brukere",)]),
      "the tiltak is stored, linked to the goal")
check(wait_for(lambda: find(page, name="Kartlegge alle nye brukere", timeout=1) is not None),
      "the goal lists its tiltak")

# The breakdown chart, exported
click(find(window, name="Breakdown"))
chart = find(page, name="Goal Breakdown", role="image")
check(chart is not None, "the breakdown chart is shown, named")
time.sleep(0.8)
screenshot("masterplan-04-breakdown")
for suffix in ("svg", "pdf"):
    path = os.path.join(PROFILE, f"malnedbrytning.{suffix}")
    chart.doActionNamed("chart.export")
    chooser = app.toplevel("Export Chart")
    check(chooser is not None, f"export to {suffix} asks where")
    click(find(chooser, name="Name:", role="text"))
    key("ctrl+a")
    type_text(path)
    key("Return")
    check(wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 1000),
          f"the chart is written as {suffix}")
    if suffix == "svg" and os.path.exists(path):
        root = ET.parse(path).getroot()
        check(root.tag.endswith("svg") and float(root.get("width", "0").rstrip("pt")) == 842,
              f"the SVG parses as XML, A4 landscape wide: {root.get('width')}")
    if suffix == "pdf" and os.path.exists(path):
        text = " ".join(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout.split())
        check("Folkehelse" in text and "Hverdagsrehabilitering i sone nord" in text,
              "the PDF holds the goals' words")

click(find(window, name="Scorecard"))
time.sleep(0.8)
screenshot("masterplan-05-scorecard")
app.quit()
finish()
