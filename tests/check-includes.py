#!/usr/bin/env python3
"""check-includes.py SRC: the include rules of HACKING.md, as a test.

Fails on an include that runs against the layers, and on any cycle between
modules (a module is foo.c with foo.h). The layers, lowest first:

  model      -> nothing of ours
  charts     -> model
  documents  -> charts, model
  io         -> model
  ui/widgets -> everything below the UI
  ui/AREA    -> its own folder, ui/widgets, ui/measures (the tiltak editor,
                which every area uses), everything below the UI
  ui/shell   -> everything
"""
import os
import re
import sys

LOWER = {
    "model": set(),
    "charts": {"model"},
    "documents": {"charts", "model"},
    "io": {"model"},
}
BELOW_UI = {"model", "charts", "documents", "io"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(rel):
    parts = rel.split(os.sep)
    if parts[0] == "ui":
        return "ui/" + parts[1] if len(parts) > 2 else "ui"
    return parts[0]


def allowed(src_layer, dst_layer):
    if src_layer == dst_layer:
        return True
    if src_layer in LOWER:
        return dst_layer in LOWER[src_layer]
    if src_layer == "ui/shell":
        return True
    if src_layer == "ui/widgets":
        return dst_layer in BELOW_UI
    if src_layer.startswith("ui/"):
        return dst_layer in BELOW_UI or dst_layer in ("ui/widgets", "ui/measures")
    return False


def main(src):
    files = {}
    for root, _dirs, names in os.walk(src):
        for name in names:
            if name.endswith((".c", ".h")):
                rel = os.path.relpath(os.path.join(root, name), src)
                files.setdefault(name, []).append(rel)

    problems = []
    for name, rels in files.items():
        if len(rels) > 1:
            problems.append(f"{name} exists twice: {', '.join(rels)}")

    # foo-private.h belongs to foo.c as much as foo.h does
    module = lambda rel: os.path.splitext(rel)[0].removesuffix("-private")
    edges = {}
    for rels in files.values():
        for rel in rels:
            text = open(os.path.join(src, rel), encoding="utf-8").read()
            for inc in INCLUDE.findall(text):
                base = os.path.basename(inc)
                if base == "config.h" or base not in files:
                    continue
                target = files[base][0]
                if not allowed(layer_of(rel), layer_of(target)):
                    problems.append(f"{rel} includes {inc}: {layer_of(rel)} may not "
                                    f"depend on {layer_of(target)}")
                a, b = module(rel), module(target)
                if a != b:
                    edges.setdefault(a, set()).add(b)

    # Cycles between modules, by depth-first search with colours.
    WHITE, GREY, BLACK = 0, 1, 2
    colour = {}
    stack = []

    def visit(node):
        colour[node] = GREY
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if colour.get(nxt, WHITE) == GREY:
                cycle = stack[stack.index(nxt):] + [nxt]
                problems.append("include cycle: " + " -> ".join(cycle))
            elif colour.get(nxt, WHITE) == WHITE:
                visit(nxt)
        stack.pop()
        colour[node] = BLACK

    for node in sorted(edges):
        if colour.get(node, WHITE) == WHITE:
            visit(node)

    for p in problems:
        print(p)
    print(f"{len(files)} files, {sum(len(v) for v in edges.values())} module edges, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
