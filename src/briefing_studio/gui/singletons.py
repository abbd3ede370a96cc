"""A guard against a reference-counting bug in PySide6 6.12.0 that kills the app.

PySide6 6.12.0 hands some results to Python without taking a reference to them:
``True`` from every ``Signal.emit()`` made in Python, ``None`` from every C++ method that
returns nothing (``QTimer.start``, ``setText``) and from an invalid QVariant (what a
model gives for a role it does not answer, ``index.data(Qt.ToolTipRole)``). Each call
leaves the object one reference short. Python before 3.12 frees an object whose count
reaches zero, and freeing ``None`` or a bool is fatal: "Fatal Python error:
bool_dealloc" (or "none_dealloc"), typically at Ctrl+W after a long session, when the
window's many real references go at once. PySide6 6.11.3 does not have the bug, but
QtPdf (the preview) is packaged on its own only for 6.12.0, and the whole of
PySide6-Addons would be the price of going back.

Python 3.12 and later make these singletons immortal, and the bug is harmless there.
Before 3.12 we do the same by hand: their counts are raised far beyond anything a
session can lose, so they are never freed, exactly as they never are in a correct
program. ``tests/gui/test_singletons.py`` shows the leak and guards the guard.
"""

from __future__ import annotations

import ctypes
import sys

# Each lost reference costs one; a session would need billions of conversions.
RESERVE = 1 << 40
SINGLETONS = (None, True, False)


def make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12) or getattr(make_singletons_immortal, "done", False):
        return
    for singleton in SINGLETONS:
        # ob_refcnt is the first field of every object in CPython 3.11's layout.
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    make_singletons_immortal.done = True  # type: ignore[attr-defined]
