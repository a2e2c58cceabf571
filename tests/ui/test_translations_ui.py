"""LANGUAGE=nb and LANGUAGE=nn show the window in Norwegian."""
import os
import subprocess

from lkui import App, check, click, find, finish, key, screenshot, PROFILE

CONVERSATIONS = {"nb": "ROS-samtaler", "nn": "ROS-samtalar"}
NO_CONVERSATIONS = {"nb": "Ingen samtaler dette året. Planlegg en før neste tertialrapport.",
                    "nn": "Ingen samtalar dette året. Planlegg ein før neste tertialrapport."}
TEN_FACTOR = {"nb": "Ingen 10-faktor-resultater ennå", "nn": "Ingen 10-faktor-resultat enno"}
MASTERPLAN = {"nb": "Ingen masterplan ennå", "nn": "Ingen masterplan enno"}
# libadwaita has no Norwegian of its own on Debian 12: the application's
MENU = {"nb": "Hovedmeny", "nn": "Hovudmeny"}
ADW = {"nb": ("Innstillinger", "Medvirkende", "Juridisk"),
       "nn": ("Innstillingar", "Medverkande", "Juridisk")}

EXPECT = {
    "nb": ["Velkommen til Lederkompass", "Oversikt", "Risiko", "Fiskebein", "Tiltak",
           "Nytt tiltak", "Hovedmeny"],
    "nn": ["Velkomen til Lederkompass", "Oversikt", "Risiko", "Fiskebein", "Tiltak",
           "Nytt tiltak", "Hovudmeny"],
}
ENGLISH = ["Welcome to Lederkompass", "Overview", "Fishbone", "Main Menu", "New Measure"]


def locale_for(lang):
    wanted = f"{lang}_NO.utf8"
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    return f"{lang}_NO.UTF-8" if wanted in have else "C.UTF-8"


for lang, expected in EXPECT.items():
    database = os.path.join(PROFILE, f"{lang}.db")
    app = App(database, env={"LANGUAGE": lang, "LC_ALL": locale_for(lang)})
    window = app.window()
    check(window is not None, f"{lang}: the window opens")
    for text in expected:
        check(find(window, name=text, timeout=4) is not None, f"{lang}: shows “{text}”")
    for text in ENGLISH:
        check(find(window, name=text, timeout=0.5) is None, f"{lang}: no English “{text}”")
    screenshot(f"translation-{lang}")
    click(find(find(window, name="Områder" if lang == "nb" else "Område", role="list"),
               name="10-faktor", role="list item"))
    check(find(window, name=TEN_FACTOR[lang]) is not None, f"{lang}: shows “{TEN_FACTOR[lang]}”")
    screenshot(f"translation-{lang}-ten-factor")
    click(find(find(window, name="Områder" if lang == "nb" else "Område", role="list"),
               name=CONVERSATIONS[lang], role="list item"))
    check(find(window, name=NO_CONVERSATIONS[lang]) is not None, f"{lang}: shows “{NO_CONVERSATIONS[lang]}”")
    screenshot(f"translation-{lang}-conversations")
    click(find(find(window, name="Områder" if lang == "nb" else "Område", role="list"),
               name="Masterplan", role="list item"))
    check(find(window, name=MASTERPLAN[lang]) is not None, f"{lang}: shows “{MASTERPLAN[lang]}”")
    screenshot(f"translation-{lang}-masterplan")

    # The Preferences window's title and the About window's pages
    title, credits, legal = ADW[lang]
    key("ctrl+comma")
    preferences = app.toplevel(title)
    check(preferences is not None, f"{lang}: the Preferences window is titled “{title}”")
    screenshot(f"translation-{lang}-preferences")
    key("Escape")
    click(find(window, name=MENU[lang], role="toggle button") or
          find(window, name=MENU[lang]))
    click(find(app.node, name="Om Lederkompass", role="menu item") or
          find(app.node, name="_Om Lederkompass"))
    check(any(find(t, name=credits, timeout=3) is not None for t in app.node.children),
          f"{lang}: the About window shows “{credits}”")
    check(any(find(t, name=legal, timeout=1) is not None for t in app.node.children),
          f"{lang}: the About window shows “{legal}”")
    screenshot(f"translation-{lang}-about")
    app.quit()

finish()
