"""Helpers for driving Lederkompass through the accessibility tree.

GTK 4.8 never sets the showing state, and hidden stack pages stay in the
tree, so nodes are found by name with showingOnly=False.
"""
import os
import sqlite3
import subprocess
import sys
import time

from dogtail import config, predicate
from dogtail.tree import root

config.searchShowingOnly = False
config.logDebugToFile = False
config.defaultDelay = 0.2
config.searchCutoffCount = 10

APP = os.environ["LK_APP"]
ARTIFACTS = os.environ["LK_ARTIFACTS"]
PROFILE = os.environ["LK_PROFILE"]

_passed = 0
_failed = 0


def check(condition, message):
    global _passed, _failed
    if condition:
        _passed += 1
        print(f"ok - {message}")
    else:
        _failed += 1
        print(f"not ok - {message}")
        screenshot("failure-" + "".join(c if c.isalnum() else "-" for c in message)[:60])


def finish():
    print(f"1..{_passed + _failed}")
    print(f"{_passed} passed, {_failed} failed")
    sys.exit(1 if _failed else 0)


def wait_for(fn, timeout=8.0, interval=0.2):
    end = time.time() + timeout
    while True:
        try:
            value = fn()
            if value:
                return value
        except Exception:
            pass
        if time.time() > end:
            return None
        time.sleep(interval)


def screenshot(name):
    path = os.path.join(ARTIFACTS, name + ".png")
    subprocess.run(["import", "-window", "root", path], check=False,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return path


class App:
    def __init__(self, database, env=None):
        self.database = database
        full_env = dict(os.environ)
        full_env.update(env or {})
        self.proc = subprocess.Popen([APP, "--database", database], env=full_env)
        self.node = wait_for(lambda: root.application("lederkompass"), timeout=20)
        if self.node is None:
            raise RuntimeError("the application did not appear on the accessibility bus")

    def window(self, name="Lederkompass"):
        return wait_for(lambda: self.node.child(name=name, roleName="frame", retry=False))

    def toplevel(self, name):
        """A dialog or secondary window by its title."""
        def find():
            for child in self.node.children:
                if child.name == name:
                    return child
            return None
        return wait_for(find)

    def quit(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def find(node, name=None, role=None, timeout=8.0):
    def look():
        return node.findChild(predicate.GenericPredicate(name=name, roleName=role),
                              retry=False, requireResult=False, showingOnly=False)
    return wait_for(look, timeout=timeout)


def find_all(node, name=None, role=None):
    return node.findChildren(predicate.GenericPredicate(name=name, roleName=role),
                             showingOnly=False)


def click(node):
    """The AT-SPI action where there is one, else a real pointer click."""
    if node is None:
        raise RuntimeError("nothing to click")
    if "click" in node.actions:
        node.doActionNamed("click")
    else:
        _pointer_to(node)
        subprocess.run(["xdotool", "click", "1"], check=True)
    time.sleep(0.3)


def _pointer_to(node):
    # GTK takes a click as the pointer's first only after it has seen the
    # pointer enter; a click sent with the move can be lost.
    x, y = node.position
    w, h = node.size
    subprocess.run(["xdotool", "mousemove", str(x + w // 2), str(y + h // 2)], check=True)
    time.sleep(0.2)


def double_click(node):
    _pointer_to(node)
    subprocess.run(["xdotool", "click", "--repeat", "2", "--delay", "80", "1"], check=True)
    time.sleep(0.5)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
    time.sleep(0.3)


def key(*keys):
    subprocess.run(["xdotool", "key", *keys], check=True)
    time.sleep(0.3)


def content_title(window):
    """The title of the area shown, from the content header bar."""
    for title in find_all(window, name="AdwWindowTitle"):
        for label in find_all(title, role="label"):
            if label.name and label.name != "Lederkompass":
                return label.name
    return None


def db_rows(database, sql, args=()):
    with sqlite3.connect(database) as db:
        return db.execute(sql, args).fetchall()
