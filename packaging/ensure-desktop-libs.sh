#!/bin/sh
# Qt's X11 platform plugin needs X libraries that minimal Linux systems lack; without
# them Qt aborts with a long message. Install them when we can, else name them in one line.
set -eu
[ "$(uname -s)" = Linux ] || exit 0
[ -n "${DISPLAY:-}" ] || exit 0
missing=""
for pair in libxcb-cursor0:libxcb-cursor.so.0 libxcb-icccm4:libxcb-icccm.so.4 \
            libxcb-keysyms1:libxcb-keysyms.so.1 libxcb-image0:libxcb-image.so.0 \
            libxcb-render-util0:libxcb-render-util.so.0 libxcb-shape0:libxcb-shape.so.0 \
            libxcb-randr0:libxcb-randr.so.0 libxcb-xkb1:libxcb-xkb.so.1 \
            libxkbcommon-x11-0:libxkbcommon-x11.so.0 libegl1:libEGL.so.1 \
            libfontconfig1:libfontconfig.so.1 libdbus-1-3:libdbus-1.so.3; do
    ldconfig -p 2>/dev/null | grep -qE "[[:space:]]${pair#*:} " || missing="$missing ${pair%%:*}"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the X11 libraries Qt needs:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
    echo "Qt needs these X11 libraries to open a window; install them first:$missing" >&2
    exit 1
fi
