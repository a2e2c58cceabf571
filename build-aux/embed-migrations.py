#!/usr/bin/env python3
"""embed-migrations.py HEADER SOURCE SQL...: the schema migrations, for C.

Each file is one migration, in the order given (the meson list); the schema
version is their number, so adding a file is all a new area does. The SQL
is embedded as it is, its comment lines (--) left out.
"""
import os
import sys


def c_string(line):
    return '"' + line.replace("\\", "\\\\").replace('"', '\\"') + '\\n"'


header, source, files = sys.argv[1], sys.argv[2], sys.argv[3:]

with open(header, "w", encoding="utf-8") as f:
    f.write("/* Made by build-aux/embed-migrations.py from src/model/migrations/ */\n")
    f.write("#pragma once\n\n")
    f.write("#define LK_STORE_SCHEMA_VERSION %d\n\n" % len(files))
    f.write("/* Entry N-1 takes the schema from version N-1 to N */\n")
    f.write("extern const char * const lk_migrations[LK_STORE_SCHEMA_VERSION];\n")

with open(source, "w", encoding="utf-8") as f:
    f.write("/* Made by build-aux/embed-migrations.py from src/model/migrations/ */\n")
    f.write('#include "%s"\n\n' % os.path.basename(header))
    f.write("const char * const lk_migrations[LK_STORE_SCHEMA_VERSION] = {\n")
    for path in files:
        f.write("  /* %s */\n" % os.path.basename(path))
        for line in open(path, encoding="utf-8").read().splitlines():
            if line.strip() and not line.lstrip().startswith("--"):
                f.write("  %s\n" % c_string(line))
        f.write("  ,\n")
    f.write("};\n")
