"""Text fields bound to one piece of the model.

A field shows the model's text, sends every edit to the document as an undoable
command, and follows the model when an undo or another view changes it. Its own
undo history is turned off: Ctrl+Z belongs to the document, so that undo works the
same wherever the focus is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from ..media import SUFFIXES
from .cell_views import EditingTableView
from .document import Document, DocumentListener, TextTarget
from .emphasis import MarkupHighlighter
from .keys import leave_window_keys
from .spelling import FieldSpelling, SpellCheckedLineEdit, SpellCheckedTextEdit, spell_service


def image_files(data: QMimeData | None) -> list[Path]:
    """The image files a drop or the clipboard holds: they become figures, not the text
    of their addresses in a field."""
    if data is None or not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in SUFFIXES]


class _PassesImagesOn:
    """A field that leaves a dropped image file to the section editor beneath it."""

    def dragEnterEvent(self, event) -> None:
        if image_files(event.mimeData()):
            event.ignore()
        else:
            super().dragEnterEvent(event)


class BoundLineEdit(_PassesImagesOn, SpellCheckedLineEdit, DocumentListener):
    def __init__(self, document: Document, target: TextTarget, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing_doc, self.target = document, target
        self.check_spelling(FieldSpelling(document, target))
        self.setAccessibleName(accessible_name)
        leave_window_keys(self)
        self.setText(document.text(target))
        self.setCursorPosition(0)  # a long heading shows its beginning, not its end
        self.listen(self.textEdited, lambda text: self.briefing_doc.set_text(self.target, text))

    def refresh(self) -> None:
        if self.retired:
            return
        value = self.briefing_doc.text(self.target)
        if value != self.text():
            self.setText(value)
            if not self.hasFocus():
                self.setCursorPosition(0)



class BoundTextEdit(_PassesImagesOn, SpellCheckedTextEdit, DocumentListener):
    """A paragraph: plain text with ``**bold**`` and ``*italic*``, growing with its text."""

    def __init__(self, document: Document, target: TextTarget, accessible_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.briefing_doc, self.target = document, target
        self._refreshing = False
        self.setAccessibleName(accessible_name)
        leave_window_keys(self)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setPlainText(document.text(target))
        self.spelling = FieldSpelling(document, target)
        self.highlighter = MarkupHighlighter(self.document(), self.spelling)
        self.listen(spell_service().changed, self.highlighter.rehighlight)
        self.listen(self.textChanged, self._text_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def refresh(self) -> None:
        if self.retired:
            return
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



MARKUP_META = ("title", "subtitle")  # the metadata fields printed through the markup


def holds_markup(widget: QWidget) -> bool:
    """Whether Bold and Italic apply to the text of this widget: paragraphs, headings,
    bullets, captions and table cells (whose editor is a line edit in a table)."""
    if isinstance(widget, BoundTextEdit):
        return True
    if isinstance(widget, BoundLineEdit):
        if widget.target.kind == "alt":  # plain words, read aloud
            return False
        return widget.target.kind != "meta" or widget.target.name in MARKUP_META
    viewport = widget.parentWidget()
    return isinstance(widget, QLineEdit) and viewport is not None \
        and isinstance(viewport.parentWidget(), EditingTableView)


def takes_notes(widget: QWidget) -> bool:
    """Whether Insert > Footnote applies: text of the body (the title block's fields are
    printed without notes)."""
    return holds_markup(widget) and not (isinstance(widget, BoundLineEdit)
                                         and widget.target.kind == "meta")


PROBLEM_MARK = "problem mark"
USUAL_DESCRIPTION = "usualDescription"


def mark_problem(field: QLineEdit, problem: str) -> None:
    """Show that a field's text has ``problem`` (empty: none), by more than a colour and
    in the desktop's own theme: the style's warning sign at the field's end, the problem
    as its tooltip, and as what a screen reader says of the field after its name."""
    mark = field.findChild(QAction, PROBLEM_MARK)
    if mark is None and problem:
        icon = field.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        mark = field.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        mark.setObjectName(PROBLEM_MARK)
    if mark is not None:
        mark.setVisible(bool(problem))
        mark.setToolTip(problem)
    if field.property(USUAL_DESCRIPTION) is None:
        field.setProperty(USUAL_DESCRIPTION, field.accessibleDescription())
    field.setToolTip(problem)
    field.setAccessibleDescription(problem or field.property(USUAL_DESCRIPTION))
