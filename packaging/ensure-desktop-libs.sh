#!/bin/sh
# Qt's X11 platform plugin needs X libraries that minimal Linux systems lack; without
# them Qt aborts with a long message. Install them when we can, else name them in one line.
# Which ones are missing, and their Debian packages, come from briefing_studio.desktop_libs
# (ldd on the plugin of the installed PySide6), the same check the app makes at start.
set -eu
[ "$(uname -s)" = Linux ] || exit 0
# Spell checking needs Enchant; the app works without it, and says so.
if ! ldconfig -p 2>/dev/null | grep -q "libenchant-2.so"; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the Enchant library for spell checking"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libenchant-2-2 >/dev/null
    else
        echo "For spell checking, install the Enchant library (sudo apt-get install libenchant-2-2)"
    fi
fi
[ -n "${DISPLAY:-}" ] || exit 0
python="$(dirname "$0")/../.venv/bin/python"
[ -x "$python" ] || exit 0  # no virtual environment yet: no Qt to check
missing=$("$python" -m briefing_studio.desktop_libs)
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the X11 libraries Qt needs: $missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "Qt needs these X11 libraries to open a window; install them first" \
         "(sudo apt-get install $missing)" >&2
    exit 1
fi
