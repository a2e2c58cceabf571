#!/bin/bash
# Runs a dogtail test against the real window under Xvfb, in a throw-away
# profile, as ../shared/ui-testing.md describes for GTK 4.8.
#   run-ui-test.sh SCRIPT APP SCHEMA_DIR LOCALE_DIR ARTIFACTS
set -eu
script=$1 app=$2 schemas=$3 locales=$4 artifacts=$5
for tool in xvfb-run dbus-run-session /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool missing"; exit 77; }
done
/usr/bin/python3 -c 'import dogtail' 2>/dev/null || { echo "SKIP: dogtail missing"; exit 77; }

mkdir -p "$artifacts"
profile=$(mktemp -d /tmp/lederkompass-ui.XXXXXX)
cleanup() {
  # The document portal may have mounted itself below the runtime dir.
  fusermount -u "$profile/run/doc" 2>/dev/null || umount "$profile/run/doc" 2>/dev/null || true
  rm -rf "$profile" 2>/dev/null || true
}
trap cleanup EXIT

export HOME=$profile XDG_CONFIG_HOME=$profile/config XDG_DATA_HOME=$profile/data
export XDG_CACHE_HOME=$profile/cache XDG_STATE_HOME=$profile/state XDG_RUNTIME_DIR=$profile/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export GDK_BACKEND=x11 GDK_DEBUG=gl-disable GSETTINGS_BACKEND=keyfile
export GSETTINGS_SCHEMA_DIR=$schemas LEDERKOMPASS_LOCALEDIR=$locales
export LK_APP=$app LK_ARTIFACTS=$artifacts LK_PROFILE=$profile
export NO_AT_BRIDGE=0 GTK_A11Y=atspi

status=0
xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- sh -c "
  gsettings set org.gnome.desktop.interface toolkit-accessibility true &&
  exec /usr/bin/python3 '$script'" 2> "$artifacts/$(basename "$script" .py).stderr.log" || status=$?
exit $status
