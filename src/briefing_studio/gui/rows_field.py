"""A list of lines in the Document info form (heading lines, attachments, addressees),
edited as rows.

Each row is a line edit that writes every keystroke to the document, as every field
does. The keys are a list's: Enter starts a new row below, Backspace in an empty row
removes it and goes back to the end of the row above; each row has its Remove button,
and the list its Add button. Adding and removing are undoable steps of their own.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton, QVBoxLayout, QWidget

from .document import Document, DocumentListener, TextTarget, retire_within
from .fields import BoundLineEdit
from .i18n import tr

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RowTexts(NamedTuple):
    """What a list's buttons and undo steps say, each a whole sentence in English (marked
    for translation where it is defined, translated here where it is shown): ``add``
    ("Add attachment"), ``remove`` ("Remove attachment") and ``remove_row`` ("Remove
    attachment {number}")."""

    add: str
    remove: str
    remove_row: str


class RowsField(QWidget, DocumentListener):
    rowsRebuilt = Signal()  # the rows were made again: the form puts them in its Tab order

    def __init__(self, document: Document, name: str, line_name: str, texts: RowTexts,
                 parent: QWidget | None = None) -> None:
        """``name``: the metadata list (``attachments``); ``line_name``: what a row is
        called ("Attachment"), which gives the rows and buttons their accessible names,
        in English ("Attachment 2", "Remove attachment 2"); ``texts``: what they show."""
        super().__init__(parent)
        self.document, self.name, self.line_name = document, name, line_name
        self.texts = texts
        self.frames: list[QWidget] = []  # a row's line edit and its Remove button
        self.rows: list[BoundLineEdit] = []
        self.removers: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.row_box = QVBoxLayout()
        self.row_box.setSpacing(2)
        layout.addLayout(self.row_box)
        self.add = QPushButton(tr(texts.add))
        self.add.setAccessibleName(f"Add {line_name.lower()}")
        self.add.clicked.connect(lambda: self.insert_row(len(self.lines)))
        layout.addWidget(self.add, alignment=Qt.AlignmentFlag.AlignLeft)
        self._build()
        self.listen(document.metaChanged, self._meta_changed)

    @property
    def lines(self) -> list[str]:
        return getattr(self.document.briefing.meta, self.name)

    def focus_chain(self) -> list[QWidget]:
        return [widget for pair in zip(self.rows, self.removers, strict=True)
                for widget in pair] + [self.add]

    def insert_row(self, index: int) -> None:
        lines = list(self.lines)
        lines.insert(index, "")
        self.document.set_lines(self.name, lines, tr(self.texts.add))
        self._focus(index, at_end=False)

    def remove_row(self, index: int) -> None:
        lines = list(self.lines)
        del lines[index]
        self.document.set_lines(self.name, lines, tr(self.texts.remove))
        if lines:
            self._focus(max(index - 1, 0), at_end=True)
        else:
            self.add.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and watched in self.rows:
            index, key = self.rows.index(watched), event.key()
            plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == \
                Qt.KeyboardModifier.NoModifier
            if key in ENTER_KEYS and plain:
                self.insert_row(index + 1)
                return True
            if key == Qt.Key.Key_Backspace and plain and not watched.text():
                self.remove_row(index)
                return True
        return super().eventFilter(watched, event)

    def _focus(self, index: int, at_end: bool) -> None:
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            row.setFocus(Qt.FocusReason.OtherFocusReason)
            row.setCursorPosition(len(row.text()) if at_end else 0)

    def _meta_changed(self, field: str) -> None:
        if field != self.name:
            return
        if len(self.rows) != len(self.lines):
            self._build()  # a row added or removed (or undone): the rows are made again
        else:
            for row in self.rows:
                row.refresh()

    def _build(self) -> None:
        for frame in self.frames:
            retire_within(frame)
            self.row_box.removeWidget(frame)
            frame.hide()
            frame.deleteLater()  # later: a key press inside it may be what removed it
        self.frames, self.rows, self.removers = [], [], []
        for index in range(len(self.lines)):
            number = f"{self.line_name} {index + 1}"
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            edit = BoundLineEdit(self.document, TextTarget("meta", name=self.name, item=index),
                                 number)
            edit.installEventFilter(self)
            remove = QToolButton()
            remove.setText(tr("Remove"))
            remove.setAccessibleName(f"Remove {number.lower()}")
            remove.setToolTip(tr(self.texts.remove_row).format(number=index + 1))
            remove.clicked.connect(lambda _checked=False, at=index: self.remove_row(at))
            line.addWidget(edit)
            line.addWidget(remove)
            self.row_box.addWidget(row)
            row.show()  # now, not when Qt gets round to it: the focus may go there next
            self.frames.append(row)
            self.rows.append(edit)
            self.removers.append(remove)
        self.rowsRebuilt.emit()
