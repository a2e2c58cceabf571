#!/bin/bash
# check-complete.sh SRCDIR LANG: fails if LANG.po lacks a string of the sources
# or has fuzzy or untranslated entries.
set -eu
src=$1 lang=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$src"
# Every source with translatable strings is listed, or its strings would
# silently stay English.
missing=$( { grep -rlE '(^|[^a-z_])N?_\(|C_\(' src --include=*.c; grep -rl 'translatable="yes"' ui; } \
           | sort | comm -23 - <(grep -v '^#' po/POTFILES.in | sort) || true)
if [ -n "$missing" ]; then
  echo "Not in po/POTFILES.in:"; echo "$missing"; exit 1
fi
# The keywords of meson's glib preset; .ui, .desktop, metainfo and schema
# files are read through the ITS rules gettext and GTK install.
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --files-from=po/POTFILES.in -o "$tmp/all.pot"
msgcmp "po/$lang.po" "$tmp/all.pot"
stats=$(msgfmt --statistics -o /dev/null "po/$lang.po" 2>&1)
echo "$lang: $stats"
case "$stats" in
  *fuzzy*|*untranslated*) exit 1 ;;
esac
