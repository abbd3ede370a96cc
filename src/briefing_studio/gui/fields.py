"""Text fields bound to one piece of the model.

A field shows the model's text, sends every edit to the document as an undoable
command, and follows the model when an undo or another view changes it. Its own
undo history is turned off: Ctrl+Z belongs to the document, so that undo works the
same wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from .document import Document, TextTarget


def _leaves_undo_to_the_document(event: QEvent) -> bool:
    """Whether a shortcut-override event is Undo or Redo, which the field must not take."""
    return event.type() == QEvent.Type.ShortcutOverride and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
    )


class BoundLineEdit(QLineEdit):
    def __init__(self, document: Document, target: TextTarget, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing_doc, self.target = document, target
        self.setAccessibleName(accessible_name)
        self.setText(document.text(target))
        self.textEdited.connect(lambda text: self.briefing_doc.set_text(self.target, text))

    def refresh(self) -> None:
        value = self.briefing_doc.text(self.target)
        if value != self.text():
            self.setText(value)

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_the_document(event):
            event.ignore()
            return False
        return super().event(event)


class BoundTextEdit(QPlainTextEdit):
    """A paragraph: plain text with ``**bold**`` and ``*italic*``, growing with its text."""

    def __init__(self, document: Document, target: TextTarget, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing_doc, self.target = document, target
        self._refreshing = False
        self.setAccessibleName(accessible_name)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlainText(document.text(target))
        self.textChanged.connect(self._text_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def refresh(self) -> None:
        value = self.briefing_doc.text(self.target)
        if value != self.toPlainText():
            self._refreshing = True
            self.setPlainText(value)
            self._refreshing = False

    def _text_changed(self) -> None:
        if not self._refreshing:
            self.briefing_doc.set_text(self.target, self.toPlainText())

    def _fit_height(self) -> None:
        # The plain-text layout measures its document in visual lines.
        lines = max(2, int(self.document().size().height()))
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(lines * self.fontMetrics().lineSpacing() + frame + 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_the_document(event):
            event.ignore()
            return False
        return super().event(event)
