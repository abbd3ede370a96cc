"""Insert > Footnote: a note at the cursor of any text field, written ``^[like this]``.

The note is typed in a small dialog; with the cursor on a note already written, the
same command opens that note for editing (emptied, it is removed). The field then
changes as one edit, which the document records and Undo takes back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..inline import note_around, written_note
from .cell_views import EditingTableView
from .emphasis import MarkupHighlighter, field_text, replace_text, set_cursor
from .i18n import tr
from .spelling import FieldSpelling, SpellCheckedTextEdit


def _ancestors(widget: QWidget):
    while widget is not None:
        yield widget
        widget = widget.parentWidget()


class NoteDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None,
                 spelling: FieldSpelling | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit footnote") if text else tr("Insert footnote"))
        self.text = SpellCheckedTextEdit(text)
        # Checked as the field the note belongs to.
        self.text.spelling = spelling
        self.highlighter = MarkupHighlighter(self.text.document(), spelling)
        self.text.setAccessibleName("Footnote text")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(tr("The source or the remark, as it should print at the "
                                        "foot of the page"))
        label = QLabel(tr("&Footnote text (printed at the foot of the page):"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.text.installEventFilter(self)
        self.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A note is one paragraph: Enter gives it, as in a one-line field.
        if (watched is self.text and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note_text(self) -> str:
        return " ".join(self.text.toPlainText().split())


def edit_note(widget: QWidget, parent: QWidget, history: QUndoStack) -> bool:
    """Insert a note at the cursor of ``widget`` (a line or text edit), or edit the note
    the cursor is on; False when the widget holds no text. The change is one step of
    ``history``, apart from the typing before and after it.

    A table cell's editor would close when the dialog takes the focus: it is closed
    first (its text is in the document already) and opened again for the note."""
    found = field_text(widget)
    if found is None:
        return False
    text, start, end = found
    # A cell's editor, not a column's heading (whose field lives on in the header).
    view = next((a for a in _ancestors(widget) if isinstance(a, QAbstractItemView)), None)
    if not isinstance(view, EditingTableView):
        view = None
    cell = view.currentIndex() if view is not None else None
    if view is not None:
        view.finish_editing()
    existing = note_around(text, start)
    dialog = NoteDialog(existing[2] if existing else "", parent,
                        getattr(widget, "spelling", None))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    body = dialog.note_text()
    dialog.deleteLater()
    if view is not None:
        view.setFocus()
        view.edit(cell)
        widget = view.indexWidget(cell)
        set_cursor(widget, start, end)
    if not accepted:
        widget.setFocus()
        return True
    if existing:
        start, end = existing[0], existing[1]
    elif not body:
        widget.setFocus()
        return True
    note = written_note(body) if body else ""
    new = text[:start] + note + text[end:]
    history.beginMacro(tr("Edit footnote") if existing else tr("Insert footnote"))
    # The cursor after the note, where the sentence goes on.
    replace_text(widget, new, (start + len(note), start + len(note)))
    history.endMacro()
    widget.setFocus()
    return True
