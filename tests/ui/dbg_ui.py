import os, time
from lkui import *
os.makedirs(os.path.join(PROFILE, "data"), mode=0o700, exist_ok=True)
app = App(os.path.join(PROFILE, "data", "x.db"))
win = app.window()
win.doActionNamed("win.new-measure")
ed = app.toplevel("New Measure")
def walk(n, d=0):
    for c in n.children:
        if c.roleName == "list item" and not c.name:
            p = c; chain = []
            while p is not None and p.roleName not in ("dialog","frame"):
                chain.append(f"{p.roleName}:{p.name!r}:{p.actions if hasattr(p,'actions') else ''}")
                p = p.parent
            print(" <- ".join(chain[:8])); return True
        if walk(c, d+1): return True
walk(ed)
combo = find(ed, name="Status")
print("combo", combo.roleName, combo.actions)
click(combo); time.sleep(1)
walk(app.node)
for t in app.node.children: print("top", t.roleName, repr(t.name))
app.quit()
