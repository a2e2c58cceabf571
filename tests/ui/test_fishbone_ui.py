"""Fishbone end to end: a Lean follow-up analysis built from the keyboard on
three levels, a root cause marked and made a tiltak, the diagram exported as
SVG (parsed as XML) and PDF (read with pdftotext)."""
import os
import subprocess
import time
import xml.etree.ElementTree as ET

from lkui import (App, check, click, db_rows, find, find_all, finish, key, screenshot,
                  type_text, wait_for, PROFILE)

os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "fishbone.db")
app = App(database)
window = app.window()
click(find(find(window, name="Areas", role="list"), name="Fishbone", role="list item"))
page = find(window, name="LkFishbonePage")
check(page is not None, "the Fishbone page opens")
check(find(page, name="No analyses yet. Start one for a problem your team keeps running into.")
      is not None, "an empty Fishbone page says how to start")
screenshot("fishbone-01-empty")

# A new analysis from the Lean follow-up preset
click(find(page, name="New Analysis"))
item = wait_for(lambda: next((n for n in find_all(app.node, role="menu item")
                              if n.name == "Lean Follow-Up after Six Months"), None))
check(item is not None, "New Analysis offers the presets")
click(item)
categories = wait_for(lambda: [n for n in find_all(page, name="Category", role="text")])
check(categories and len(categories) == 6, "the preset's six categories are lines of the outline")
CATEGORIES = "SELECT text FROM fishbone_nodes WHERE parent_id IS NULL ORDER BY position"
check(wait_for(lambda: [r[0] for r in db_rows(database, CATEGORIES)][:2] == ["Ledelse", "Medarbeidere"]),
      "the analysis is saved with its problem and the preset's categories")

# Three levels from the keyboard: Enter, then Tab under the line above
click(categories[0])
key("End")
for level, text in enumerate(["Tavlemøtene blir avlyst", "Travle morgener", "For få på vakt"]):
    key("Return")
    type_text(text)
    key("Tab")
key("ctrl+Return")                 # the deepest: a root cause
key("ctrl+shift+Up")               # one vote
time.sleep(1.2)
TREE = ("WITH RECURSIVE t (id, text, depth, root, votes) AS ("
        " SELECT id, text, 0, root, votes FROM fishbone_nodes WHERE parent_id IS NULL"
        " UNION ALL SELECT n.id, n.text, t.depth + 1, n.root, n.votes"
        " FROM fishbone_nodes n JOIN t ON n.parent_id = t.id)"
        " SELECT text, depth, root, votes FROM t WHERE depth > 0 ORDER BY depth")
rows = wait_for(lambda: db_rows(database, TREE) if len(db_rows(database, TREE)) == 3 else None)
check(rows == [("Tavlemøtene blir avlyst", 1, 0, 0), ("Travle morgener", 2, 0, 0),
               ("For få på vakt", 3, 1, 1)],
      f"the analysis is saved with three levels and a root cause: {rows}")
screenshot("fishbone-02-outline")

# Ctrl+M: the root cause becomes a tiltak
key("ctrl+m")
measure = app.toplevel("New Measure")
check(measure is not None, "Ctrl+M opens a new tiltak for the cause")
click(find(measure, name="Title", role="text"))
type_text("Fast bemanning på tavlemøtedager")
click(find(measure, name="Save", role="push button"))
LINK = ("SELECT m.title FROM measures m JOIN fishbone_nodes n ON n.uuid = m.source_uuid "
        "WHERE m.source_kind = 3 AND n.text = 'For få på vakt'")
check(wait_for(lambda: db_rows(database, LINK) == [("Fast bemanning på tavlemøtedager",)]),
      "the tiltak is stored, linked to the cause")
check(wait_for(lambda: find(page, name="1 tiltak, 0 done", timeout=1) is not None),
      "the cause shows its tiltak")

# The diagram as SVG and PDF
diagram = find(page, name="Fishbone Diagram", role="image")
check(diagram is not None, "the diagram is shown, named")
for suffix in ("svg", "pdf"):
    path = os.path.join(PROFILE, f"fiskebein.{suffix}")
    diagram.doActionNamed("chart.export")
    chooser = app.toplevel("Export Chart")
    check(chooser is not None, f"export to {suffix} asks where")
    click(find(chooser, name="Name:", role="text"))
    key("ctrl+a")
    type_text(path)
    key("Return")
    check(wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 1000),
          f"the diagram is written as {suffix}")
    if suffix == "svg" and os.path.exists(path):
        root = ET.parse(path).getroot()
        check(root.tag.endswith("svg") and float(root.get("width", "0").rstrip("pt")) == 842
              and float(root.get("height", "0").rstrip("pt")) == 595,
              f"the SVG parses as XML, A4 landscape: {root.tag} {root.get('width')}×{root.get('height')}")
    if suffix == "pdf" and os.path.exists(path):
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        squeezed = " ".join(text.split())
        check("Travle morgener" in squeezed and "For få på vakt" in squeezed and "Ledelse" in squeezed,
              "the PDF holds the causes and categories")
screenshot("fishbone-03-diagram")
app.quit()
finish()
