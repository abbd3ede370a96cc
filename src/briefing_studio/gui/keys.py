"""The keys that belong to the window wherever the focus is.

Undo and Redo act on the document's history, Bold and Italic on the markup of the
text being edited, Find and Replace on the whole briefing: a text field must let these
shortcuts through to the window's actions instead of taking them for its own (a line
edit has an undo of its own, which would undo behind the document's back).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

UNDO = QKeySequence.StandardKey.Undo
REDO = QKeySequence.StandardKey.Redo
# Word's and LibreOffice's Redo, which Qt's standard Redo lacks on some desktops.
REDO_ALSO = QKeySequence("Ctrl+Y")
BOLD = QKeySequence("Ctrl+B")
# Find and Replace (Ctrl+F, Ctrl+H), and find again (F3, Shift+F3): the platform's keys,
# and these where it has none (Linux desktops other than KDE and GNOME have no Replace).
SEARCH_KEYS = (QKeySequence.StandardKey.Find, QKeySequence.StandardKey.Replace,
               QKeySequence.StandardKey.FindNext, QKeySequence.StandardKey.FindPrevious)
REPLACE = QKeySequence("Ctrl+H")
FIND_NEXT, FIND_PREVIOUS = QKeySequence("F3"), QKeySequence("Shift+F3")
ITALIC = QKeySequence("Ctrl+I")


def redo_shortcuts() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(REDO)
    return keys + [REDO_ALSO] * (REDO_ALSO not in keys)


def leaves_to_the_window(event: QEvent) -> bool:
    """Whether a shortcut-override event is one of the window's keys above."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(key) for key in (UNDO, REDO, *SEARCH_KEYS)):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
               for key in (REDO_ALSO, BOLD, ITALIC, REPLACE, FIND_NEXT, FIND_PREVIOUS))


class _WindowKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Eaten before the field sees it, the override stays unaccepted: the shortcut fires.
        return leaves_to_the_window(event)


def leave_window_keys(field: QWidget) -> None:
    """Let the window's keys through ``field`` (a line edit, a text edit)."""
    field.installEventFilter(_WindowKeys(field))


def set_tab_order(chain: list[QWidget]) -> None:
    """Make Tab visit ``chain`` in this order."""
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)
