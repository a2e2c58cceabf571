#!/usr/bin/env python3
"""The manifest parses with flatpak-builder, and grants no network access and
no file system access: files come only through the portals."""
import json
import subprocess
import sys

builder, manifest = sys.argv[1], sys.argv[2]
shown = subprocess.run([builder, "--show-manifest", manifest], capture_output=True, text=True)
if shown.returncode != 0:
    sys.exit(f"flatpak-builder could not parse {manifest}: {shown.stderr}")

data = json.loads(shown.stdout)
args = data.get("finish-args", [])
bad = [a for a in args if a.startswith(("--share=network", "--filesystem", "--socket=session-bus",
                                        "--talk-name"))]
if bad:
    sys.exit(f"the manifest grants {bad}")
if data.get("id") != "io.github.lederkompass.Lederkompass" or data.get("command") != "lederkompass":
    sys.exit("wrong id or command")
if data["modules"][-1].get("buildsystem") != "meson":
    sys.exit("the application is not built with meson")
print("ok - manifest parses, no network, no file access")
