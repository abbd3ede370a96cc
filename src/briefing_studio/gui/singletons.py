"""A guard against a reference-counting bug in PySide6 6.12.0 that kills the app.

PySide6 6.12.0 turns an invalid QVariant (what a model gives for a role it does not
answer, ``index.data(Qt.ToolTipRole)``) into ``None`` without taking a reference to it,
so every such conversion leaves ``None`` one reference short; the same happens with
``True`` and ``False``. Python before 3.12 frees an object whose count reaches zero,
and freeing ``None`` or a bool is fatal: "Fatal Python error: none_dealloc" or
"bool_dealloc", after a long enough session. PySide6 6.11.3 does not have the bug,
but QtPdf (the preview) is only packaged separately for 6.12.0.

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
