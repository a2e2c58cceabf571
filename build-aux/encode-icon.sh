#!/bin/sh
# encode-icon.sh ENCODER SVG SIZE OUTPUT: a symbolic SVG as a .symbolic.png of
# SIZE x SIZE, so the running app needs no SVG loader for its own icons.
set -eu
encoder=$1 svg=$2 size=$3 out=$4
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$encoder" -o "$tmp" "$svg" "${size}x${size}"
mv "$tmp"/*.symbolic.png "$out"
