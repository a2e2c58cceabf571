"""The risk views as a Norwegian leader sees them, for the eye: the heat map
and a bowtie at 1,280 and at 360 px, light and dark, and the risk table's
PDF pages, all in the UI artefacts. Checks that each is there and whole."""
import os
import shutil
import subprocess
import time

from lkui import App, check, click, find, find_all, finish, key, screenshot, type_text, \
    wait_for, ARTIFACTS, PROFILE

NB = {"LANGUAGE": "nb", "LC_ALL": "C.UTF-8"}


def resize(title, width, height):
    ids = subprocess.run(["xdotool", "search", "--name", f"^{title}$"],
                         capture_output=True, text=True).stdout.split()
    for wid in ids:
        subprocess.run(["xdotool", "windowsize", wid, str(width), str(height)], check=False)
    time.sleep(1.2)
    return bool(ids)


def scheme(dark):
    subprocess.run(["gsettings", "set", "org.gnome.desktop.interface", "color-scheme",
                    "prefer-dark" if dark else "default"], check=True)


os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "looks.db")

for dark in (False, True):
    name = "dark" if dark else "light"
    scheme(dark)
    app = App(database, env=NB)
    window = app.window()
    check(window is not None, f"{name}: the window opens in Norwegian")
    if not dark:
        window.doActionNamed("win.load-example")
        time.sleep(1)
    areas = find(window, name="Områder", role="list")
    click(find(areas, name="Risiko", role="list item"))
    page = find(window, name="LkRiskPage")
    row = wait_for(lambda: next((r for r in find_all(page, role="list item")
                                 if (r.name or "").startswith("Legemiddel")), None))
    check(row is not None, f"{name}: the example's assessment is listed")
    click(row)
    heatmap = wait_for(lambda: next((n for n in find_all(page, role="image")
                                     if (n.name or "").startswith("Legemiddel")), None))
    check(heatmap is not None, f"{name}: its heat map is shown")
    for width, height in ((1280, 760), (360, 740)):
        resize("Lederkompass", width, height)
        check(heatmap.size[0] > 0, f"{name}: the heat map has room at {width} px")
        screenshot(f"looks-nb-heatmap-{width}-{name}")

    # A risk's bowtie, in its editor
    resize("Lederkompass", 1280, 760)
    risk_row = wait_for(lambda: next((r for r in find_all(page, role="list item")
                                      if (r.name or "").startswith("1. ")), None))
    check(risk_row is not None, f"{name}: the first risk is listed")
    click(risk_row)
    editor = app.toplevel("Risiko 1")
    check(editor is not None, f"{name}: the risk opens")
    if editor is not None:
        click(find(editor, name="Sløyfediagram"))
        for width, height in ((1280, 760), (360, 740)):
            resize("Risiko 1", width, height)
            screenshot(f"looks-nb-bowtie-{width}-{name}")
        key("Escape")

    # The risk table as PDF, its pages as pictures
    if not dark:
        pdf = os.path.join(PROFILE, "risikotabell.pdf")
        find(window, name="LkAssessmentView").doActionNamed("assessment.export-table")
        chooser = app.toplevel("Eksporter risikotabell")
        check(chooser is not None, "the export asks where, in Norwegian")
        click(find(chooser, name="Navn:", role="text") or find(chooser, role="text"))
        key("ctrl+a")
        type_text(pdf)
        key("Return")
        check(wait_for(lambda: os.path.exists(pdf) and os.path.getsize(pdf) > 0), "the PDF is written")
        prefix = os.path.join(ARTIFACTS, "looks-nb-pdf")
        subprocess.run(["pdftoppm", "-r", "50", "-png", pdf, prefix], check=False)
        pages = sorted(p for p in os.listdir(ARTIFACTS) if p.startswith("looks-nb-pdf"))
        check(len(pages) >= 3, f"the PDF has the table, the heat map and the bowties: {len(pages)} pages")
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        check("Sannsynlighet" in text or "sannsynlighet" in text, "the PDF is in Norwegian")
    app.quit()

scheme(False)
finish()
