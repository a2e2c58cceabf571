"""Every control on every page and in every editor has one clean name in
the accessibility tree: not empty, not a GTK type name, no raw mnemonic
("_Save"), not said twice ("Save Save")."""
import os
import subprocess
import time

from lkui import _pointer_to, App, check, click, find, find_all, finish, key, screenshot, wait_for, PROFILE

CONTROLS = {"push button", "toggle button", "check box", "radio button", "menu button",
            "combo box", "text", "entry", "password text", "spin button", "slider",
            "switch", "list item", "page tab", "link", "menu item"}


def problem(name):
    if not name or not name.strip():
        return "no name"
    if name.startswith("Gtk") or name.startswith("Adw") or name.startswith("Lk"):
        return "a type name"
    words = name.split()
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "said twice"
    if any(w.startswith("_") and len(w) > 1 and w[1].isalnum() for w in words):
        return "a raw mnemonic"
    return None


def walk(node, found, path=""):
    try:
        children = node.children
    except Exception:
        return
    for child in children:
        try:
            role, name = child.roleName, child.name
        except Exception:
            continue
        # A closed drop-down's choices are in GTK 4.8's tree, but never
        # said: they are named as the list opens (checked below)
        if role == "list" and _closed_choices(child):
            continue
        # GTK keeps spare list rows, empty or never shown (no size): a
        # screen reader never reaches them
        if role == "list item" and not name and (not any(
                n.name for n in find_all(child, role="label")) or _unshown(child)):
            continue
        if role in CONTROLS:
            why = problem(name)
            if why:
                chain, p = [], child.parent
                while p is not None and len(chain) < 5:
                    chain.append(f"{p.roleName}:{p.name!r}")
                    p = p.parent
                inside = [n.name for n in find_all(child, role="label")][:3] if role == "list item" else []
                found.append(f"{path}/{role} {name!r}: {why} [{' < '.join(chain)}] {inside}")
        walk(child, found, path + "/" + (name or role)[:24])


OPEN = set()


def _unshown(node):
    try:
        w, h = node.size
    except Exception:
        return True
    return w <= 0 or h <= 0


def _closed_choices(listview):
    """The list of a drop-down's popover, unless the test opened it."""
    node = listview.parent
    for _ in range(4):
        if node is None:
            return False
        if node.roleName == "combo box":
            return node.name not in OPEN
        node = node.parent
    return False


def audit(node, where):
    found = []
    walk(node, found)
    check(not found, f"{where}: every control has one clean name"
          + ("" if not found else "\n#   " + "\n#   ".join(sorted(set(found))[:20])))


def dialog(title):
    node = app.toplevel(title)
    check(node is not None, f"{title} opens")
    return node


def close(node):
    click(find(node, name="Cancel", role="push button", timeout=2)
          or find(node, name="Close", role="push button", timeout=2))
    time.sleep(0.3)


os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "a11y.db")
app = App(database)
window = app.window()
window.doActionNamed("win.load-example")
check(wait_for(lambda: find(window, name="Areas", role="list")), "the window is up")

# Every area's page, with the example's data in it
sidebar = find(window, name="Areas", role="list")
for row in find_all(sidebar, role="list item"):
    click(row)
    time.sleep(0.8)
    audit(window, f"page {row.name}")

# Tiltak's editor
window.doActionNamed("win.new-measure")
editor = dialog("New Measure")
if editor:
    audit(editor, "New Measure")
    # A drop-down's choices, as it opens
    OPEN.add("Status")
    click(find(editor, name="Status", role="combo box"))
    choices = wait_for(lambda: [n for n in find_all(find(editor, name="Status", role="combo box"),
                                                    role="list item")])
    choices = [c for c in choices or [] if any(n.name for n in find_all(c, role="label"))
               and not _unshown(c)]
    check(choices and all(c.name for c in choices),
          f"an open drop-down names its choices: {[(c.name, c.size) for c in choices or []]}")
    audit(editor, "New Measure with Status open")
    OPEN.clear()
    key("Escape")
    close(editor)

# The Jeg-plan: a goal, the learning log, an entry, the prompts
click(find(sidebar, name="Jeg-plan", role="list item"))
page = find(window, name="LkJegPlanPage")
page.doActionNamed("jeg.add-goal")
editor = dialog("New Development Goal")
if editor:
    audit(editor, "New Development Goal")
    close(editor)
click(find(window, name="Learning Log"))
entries = find(window, name="Learning log", role="list")
first = wait_for(lambda: next(iter(find_all(entries, role="list item")), None))
check(first is not None and first.name, f"a learning-log row is named: {first.name if first else None!r}")
log_page = find(window, name="LkLogPage")
click(find(log_page, name="New Entry"))
blank = wait_for(lambda: next((n for n in find_all(app.node, name="Blank Entry")
                               if n.roleName in ("menu item", "push button")), None))
check(blank is not None, "New Entry offers a blank entry, named")
audit(app.node, "the New Entry menu")
click(blank)
check(wait_for(lambda: find(log_page, name="Title", role="text", timeout=1)), "a new entry opens")
audit(window, "a learning-log entry")
screenshot("a11y-log-entry")
key("Escape")

# Risk: the assessment, its editor, a risk with a bowtie cause, a deviation
click(find(sidebar, name="Risk", role="list item"))
risk_page = find(window, name="LkRiskPage")
assessments = find(risk_page, name="Risk assessments", role="list") or find(risk_page, role="list")
row = wait_for(lambda: next(iter(find_all(assessments, role="list item")), None))
click(row)
view = wait_for(lambda: find(window, name="LkAssessmentView", timeout=1))
check(view is not None, "an assessment opens")
audit(window, "an open assessment")
view.doActionNamed("assessment.edit")
editor = dialog("Edit Risk Assessment")
if editor:
    audit(editor, "the assessment editor")
    close(editor)
view.doActionNamed("assessment.add-risk")
editor = dialog("New Risk")
if editor:
    audit(editor, "New Risk")
    editor.doActionNamed("editor.add-cause")
    cause = app.toplevel("New Cause")
    check(cause is not None, "Add Cause opens its dialog")
    if cause:
        audit(cause, "a bowtie cause")
        close(cause)
    close(editor)
risk_page.doActionNamed("risk.add-deviation")
editor = dialog("New Deviation")
if editor:
    audit(editor, "New Deviation")
    close(editor)

# Fishbone: the example's analysis, its outline and diagram
click(find(sidebar, name="Fishbone", role="list item"))
fishbone = find(window, name="LkFishbonePage")
row = wait_for(lambda: next((r for r in find_all(fishbone, role="list item")
                             if (r.name or "").startswith("Hva hindrer")), None))
click(row)
check(wait_for(lambda: find(fishbone, name="Problem (the head)", role="text", timeout=1)),
      "a fishbone analysis opens")
audit(window, "an open fishbone analysis")

# Preferences and the shortcuts
menu = find(window, name="Main Menu")
_pointer_to(menu)
subprocess.run(["xdotool", "click", "1"], check=True)
time.sleep(0.5)
screenshot("a11y-main-menu")
item = wait_for(lambda: next((n for n in find_all(app.node, name="Preferences")
                              if n.roleName in ("menu item", "push button")), None))
check(item is not None, "the main menu opens: "
      + repr([(n.roleName, n.name) for n in find_all(app.node, role="menu item")][:12]))
audit(app.node, "the main menu")
click(item)
prefs = dialog("Preferences")
if prefs:
    audit(prefs, "Preferences")
    key("Escape")
finish()
