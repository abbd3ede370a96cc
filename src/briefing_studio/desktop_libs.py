"""The X11 libraries Qt's xcb platform plugin needs, checked before Qt loads.

Without one of them Qt prints a screenful about platform plugins and aborts; asked
first (``ldd`` on the plugin, which names every library the loader cannot find), the
app can instead say in one line which libraries are missing and how to get them.
``packaging/ensure-desktop-libs.sh`` runs this module to learn what to install.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

# The libraries of Qt's xcb plugin that minimal systems lack, and the Debian package
# of each (bookworm's names; Ubuntu uses the same).
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def xcb_will_be_used(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will load its xcb plugin: on Linux with an X display, unless told
    to use another platform (``QT_QPA_PLATFORM`` may list several: the first counts)."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return (platform.startswith("linux") and bool(environ.get("DISPLAY"))
            and (not chosen or chosen.startswith("xcb")))


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin inside the installed PySide6, found without importing it."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def run_ldd(library: Path) -> str | None:
    """What ``ldd`` says about ``library``; None when ldd cannot be run here."""
    try:
        return subprocess.run(["ldd", str(library)], capture_output=True, text=True,
                              timeout=20, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None


def not_found(ldd_output: str) -> list[str]:
    """The libraries ldd could not find, each once, in its order."""
    return list(dict.fromkeys(NOT_FOUND.findall(ldd_output)))


def missing_libraries(plugin: Path) -> list[str]:
    output = run_ldd(plugin)
    return not_found(output) if output else []


def packages_for(libraries: list[str]) -> list[str]:
    return list(dict.fromkeys(DEBIAN_PACKAGES[name] for name in libraries
                              if name in DEBIAN_PACKAGES))


def missing_message(libraries: list[str]) -> str:
    """One line naming the missing libraries and how to install them."""
    packages = packages_for(libraries)
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    how = []
    if packages:
        how.append(f"'sudo apt-get install {' '.join(packages)}'")
    if unknown:
        how.append(f"the packages that provide {', '.join(unknown)}")
    return (f"Qt cannot open a window: the X11 libraries {', '.join(libraries)} are "
            f"missing; install them with {' and '.join(how)} (in a source checkout, "
            "'make run' installs them when run as root)")


def desktop_problem() -> str | None:
    """The message for the user when Qt's xcb plugin would fail to load; None when it
    will load, will not be used, or cannot be checked (no ldd, no plugin)."""
    if not xcb_will_be_used(os.environ, sys.platform):
        return None
    plugin = xcb_plugin()
    libraries = missing_libraries(plugin) if plugin else []
    return missing_message(libraries) if libraries else None


def main() -> int:
    """Print the Debian packages to install (for ensure-desktop-libs.sh), and on
    stderr any missing library no known package provides."""
    plugin = xcb_plugin()
    libraries = missing_libraries(plugin) if plugin else []
    print(" ".join(packages_for(libraries)))
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    if unknown:
        print(f"Qt also needs {', '.join(unknown)}, which no known package provides",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
