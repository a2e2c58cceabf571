"""The Jeg-plan end to end: the 2–4 rule, a goal, an entry written from a
prompt and tagged, found by search, and the Jeg-plan exported."""
import os
import subprocess
import time

from lkui import (App, check, click, db_rows, double_click, find, find_all, finish, key, screenshot,
                  type_text, wait_for, PROFILE)

# The database in its own folder, as by default: a file chooser that lists
# it would open and close it, and in one process that drops SQLite's locks
# (issue 15)
os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
database = os.path.join(PROFILE, "data", "jeg.db")
app = App(database)
window = app.window()
year = time.localtime().tm_year


def go_to(area):
    sidebar = find(window, name="Areas", role="list")
    click(find(sidebar, name=area, role="list item"))


def label_containing(node, text):
    return wait_for(lambda: next((n for n in find_all(node, role="label")
                                  if text in (n.name or "")), None))


go_to("Jeg-plan")
page = find(window, name="LkJegPlanPage")
check(page is not None, "the Jeg-plan opens")
check(label_containing(page, "add at least 2 more") is not None,
      "the 2–4 rule is said when there are no goals")
screenshot("jeg-01-empty-plan")

# A development goal
page.doActionNamed("jeg.add-goal")
editor = app.toplevel("New Development Goal")
check(editor is not None, "Add Goal opens the goal editor")
click(find(editor, name="Development goal", role="text"))
type_text("Gi tydelige tilbakemeldinger")
click(find(editor, name="Save", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT title, year, status FROM dev_goals")
               == [("Gi tydelige tilbakemeldinger", year, 0)]), "the goal is stored")
check(label_containing(page, "add at least 1 more") is not None, "the rule counts the goal")

# A log entry from the evaluation prompt
click(find(window, name="Learning Log"))
new_button = find(page, name="New Entry") or find(page, name="New Entry")
click(new_button)
item = wait_for(lambda: next((n for n in find_all(app.node, name="Evaluation")
                              if n.roleName in ("menu item", "push button", "label")), None))
check(item is not None, "New Entry offers the prompts")
click(item)
title = find(page, name="Title", role="text")
check(title is not None, "the entry editor opens")
click(title)
type_text("Tavlemøte med nytt team")
click(find(page, name="Tags", role="text"))
type_text("tavlemøte, læring")
click(find(page, name="Entry text"))
key("ctrl+End")
type_text("Vi prøvde en ny rekkefølge.")
screenshot("jeg-02-entry")
check(wait_for(lambda: db_rows(database, "SELECT title, tags, template FROM log_entries")
               == [("Tavlemøte med nytt team", "tavlemøte\nlæring", "evaluation")]),
      "the entry saves itself while typing")

def body_saved():
    body = db_rows(database, "SELECT body FROM log_entries")[0][0]
    return body.startswith("## What did we do well?") and body.endswith("Vi prøvde en ny rekkefølge.")


check(wait_for(body_saved), "the prompt's headings and the text are stored")

# Find it by search, with a prefix
click(find(page, name="All Entries", role="push button"))
click(find(page, name="Search the learning log", role="entry"))
type_text("rekkef")
results = find(page, name="Search results", role="list")
check(label_containing(results, "Tavlemøte med nytt team") is not None,
      "search finds the entry by a word's beginning")
screenshot("jeg-03-search")

# Export: goals and all entries, as Markdown and as PDF
click(find(window, name="Plan"))


def export(path):
    page.doActionNamed("jeg.export")
    question = wait_for(lambda: next((t for t in app.node.children if t.name != "Lederkompass"
                                      and find(t, name="All Entries", role="push button", timeout=0.5)),
                                     None))
    choice = find(question, name="All Entries", role="push button") if question else None
    check(choice is not None, "the export asks which entries go with it")
    click(choice)
    chooser = app.toplevel("Export Jeg-plan")
    click(find(chooser, name="Name:", role="text"))
    key("ctrl+a")
    type_text(path)
    key("Return")
    return wait_for(lambda: os.path.exists(path) and os.path.getsize(path) > 0)


markdown = os.path.join(PROFILE, "jeg-plan.md")
check(export(markdown), "the Markdown file is written")
text = open(markdown, encoding="utf-8").read()
lines = text.splitlines()
check(lines[0].startswith(f"# Jeg-plan {year}"), "it starts with the Jeg-plan heading")
check("### Gi tydelige tilbakemeldinger" in lines, "the goal is a heading")
check(any(l.startswith("### ") and l.endswith("Tavlemøte med nytt team") for l in lines),
      "the entry is a heading")
check("*Tags: tavlemøte, læring*" in lines, "the tags are there")
check(oct(os.stat(markdown).st_mode & 0o777) == "0o600", "the export is private (0600)")

pdf = os.path.join(PROFILE, "jeg-plan.pdf")
check(export(pdf), "the PDF file is written")
pdf_text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
check("Gi tydelige tilbakemeldinger" in pdf_text and "Vi prøvde en ny rekkefølge." in pdf_text,
      "the PDF holds the goal and the entry")
screenshot("jeg-04-plan")

# Delete the entry: it leaves the list and the database, and stays gone
click(find(window, name="Learning Log"))
click(find(page, name="Search the learning log", role="entry"))
key("ctrl+a")
key("BackSpace")
row = wait_for(lambda: label_containing(page, "Tavlemøte med nytt team"))
check(row is not None, "the entry is in the list")
double_click(row)
click(find(page, name="Delete Entry", role="push button"))
check(wait_for(lambda: db_rows(database, "SELECT count(*) FROM log_entries")[0][0] == 0),
      "Delete Entry removes it from the database: " + repr(db_rows(database, "SELECT title, body FROM log_entries")))
# (GTK 4.8 keeps recycled rows in the accessibility tree, so the list
# itself is checked by the widget test /widgets/log-autosave.)
time.sleep(1.5)
check(db_rows(database, "SELECT count(*) FROM log_entries")[0][0] == 0, "and it does not come back")
screenshot("jeg-05-deleted")
app.quit()

finish()
