import shutil, time, subprocess
from lkui import *
shutil.copy("/tmp/shot.db", PROFILE + "/a.db")
app = App(PROFILE + "/a.db")
win = app.window()
sidebar = find(win, name="Areas", role="list")
click(find(sidebar, name="Jeg-plan", role="list item")); time.sleep(1)
screenshot("jeg-wide")
print([ (n.roleName, n.name) for n in find_all(win, name="Learning Log")])
click(find(sidebar, name="Risk", role="list item")); time.sleep(1)
screenshot("risk-wide")
for wid in subprocess.run(["xdotool","search","--name","Lederkompass"],capture_output=True,text=True).stdout.split():
    subprocess.run(["xdotool","windowsize",wid,"360","740"])
time.sleep(1.5)
screenshot("risk-narrow")
click(find(win, name="Deviations")); time.sleep(1)
screenshot("risk-narrow-dev")
app.quit()
