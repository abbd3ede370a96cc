"""The keys that belong to the window wherever the focus is.

Undo and Redo act on the document's history, Bold and Italic on the markup of the
text being edited: a text field must let these shortcuts through to the window's
actions instead of taking them for its own (a line edit has an undo of its own, which
would undo behind the document's back).
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
ITALIC = QKeySequence("Ctrl+I")


def redo_shortcuts() -> list[QKeySequence]:
    keys = QKeySequence.keyBindings(REDO)
    return keys + [REDO_ALSO] * (REDO_ALSO not in keys)


def leaves_to_the_window(event: QEvent) -> bool:
    """Whether a shortcut-override event is one of the window's keys above."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if event.matches(UNDO) or event.matches(REDO):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
               for key in (REDO_ALSO, BOLD, ITALIC))


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
