"""A table's column headings: the table's header row, shown as the view's header.

Being the view's real header, the headings are what a screen reader gives as the
column of every cell ("Lead Negotiator, Role"). A heading is renamed in place: a
double click on it, F2 or Enter on it, or the Up arrow from the first row opens a
field over it that writes each keystroke to the document (one undo step, like a
cell); Enter, Escape or the Down arrow go back to the cells, Tab on to the next field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from .cell_views import ENTER_KEYS, EditingTableView
from .document import Document, TextTarget
from .fields import BoundLineEdit
from .i18n import tr

# Closing the field when these take the focus would lose its place: a context menu, a
# dialog (the footnote's) give the focus back to it.
KEEPS_THE_FIELD = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)


def heading_target(block: str, column: int) -> TextTarget:
    return TextTarget("cell", block=block, item=-1, column=column)


class ColumnHeadings(QHeaderView):
    def __init__(self, view: EditingTableView, document: Document, block: str) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self.view, self.document, self.block = view, document, block
        self.field: BoundLineEdit | None = None
        self.setAccessibleName("Column headings")
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        # A click on a heading gives it the focus, so that F2 renames it.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.sectionDoubleClicked.connect(self.rename)
        self.sectionResized.connect(lambda *_: self._place_field())
        self.geometriesChanged.connect(self._place_field)

    def setModel(self, model) -> None:
        super().setModel(model)
        model.modelReset.connect(self._column_may_be_gone)

    @property
    def column(self) -> int:
        """The column whose heading is being renamed; -1 when none is."""
        return self.field.target.column if self.field is not None else -1

    def rename(self, column: int) -> None:
        """Open the heading of ``column`` for renaming, with the focus in it."""
        if not 0 <= column < self.count():
            return
        if column != self.column:
            self.close_field()
            field = BoundLineEdit(self.document, heading_target(self.block, column),
                                  "Column heading", self.viewport())
            field.setAccessibleDescription(
                tr("Column {0} of {1}").format(column + 1, self.count()))
            font = field.font()
            font.setBold(True)  # as the heading shows
            field.setFont(font)
            field.installEventFilter(self)
            self.field = field
            self._place_field()
            field.show()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.field.end(False)

    def close_field(self, back_to_the_cells: bool = False) -> None:
        """Close the heading being renamed (its text is in the document already);
        ``back_to_the_cells`` puts the focus on its column's first cell."""
        field, column = self.field, self.column
        if field is None:
            return
        self.field = None
        field.retire()
        field.hide()
        field.deleteLater()
        if back_to_the_cells:
            model = self.view.model()
            if model.rowCount():
                self.view.setCurrentIndex(model.index(0, column))
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        if self.field is not None:
            self.field.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F2, *ENTER_KEYS):
            self.rename(max(self.view.currentIndex().column(), 0))
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.field:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (*ENTER_KEYS, Qt.Key.Key_Escape, Qt.Key.Key_Down):
                self.close_field(back_to_the_cells=True)
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                forward = key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.close_field()
                self.view.leave(forward)
                return True
        elif (event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
              and event.reason() not in KEEPS_THE_FIELD):
            self.close_field()
        return super().eventFilter(watched, event)

    def _place_field(self) -> None:
        if self.field is not None:
            column = self.column
            self.field.setGeometry(QRect(self.sectionViewportPosition(column), 0,
                                         self.sectionSize(column), self.height()))

    def _column_may_be_gone(self) -> None:
        # An undo can take the column away while its heading is being renamed.
        if self.field is not None and self.column >= self.count():
            self.close_field(back_to_the_cells=self.field.hasFocus())

def open_heading(view: EditingTableView, column: int) -> QWidget | None:
    """The heading field of ``column`` in ``view``'s table, opened; None for a view
    whose headings are not the document's (a bullet list's)."""
    header = view.horizontalHeader()
    if not isinstance(header, ColumnHeadings):
        return None
    header.rename(column)
    return header.field
