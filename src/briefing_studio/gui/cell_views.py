"""Tables whose cells are edited in place, without losing a typed letter.

A cell's editor writes every keystroke to the document at once (typing still merges
into one undo step), so no path that reads the model (save, export, preview,
autosave, a model reset, a crash) can find text that lives only in an editor. The
keys do what a form and a word processor do: Enter ends the cell (in a list it starts
the next bullet), Tab leaves the table, an editor opens with the cursor at the end of
the text rather than with all of it selected, and a priority drops its choices down
at once and gives the focus back to the list when one is taken.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from .keys import leaves_to_the_window
from .spelling import (
    FieldSpelling,
    SpellCheckedLineEdit,
    spell_service,
    underline_misspelt_in_cell,
)

Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
EndEditHint = QAbstractItemDelegate.EndEditHint


def _plain_enter(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier


class CellDelegate(QStyledItemDelegate):
    """Text cells: a line edit that commits as it goes."""

    def __init__(self, view: EditingTableView) -> None:
        super().__init__(view)
        self.view = view

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        spelling = self._spelling(index)
        if spelling is None:
            editor = super().createEditor(parent, option, index)
        else:  # a cell of the document's text: checked as every field is
            editor = SpellCheckedLineEdit(parent)
            editor.setFrame(False)
            editor.check_spelling(spelling)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        return editor

    def paint(self, painter, option, index: Index) -> None:
        super().paint(painter, option, index)
        spelling = self._spelling(index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if spelling is not None and isinstance(text, str) and text:
            spans = spelling.misspelt(text)
            if spans:
                shown = QStyleOptionViewItem(option)
                self.initStyleOption(shown, index)
                underline_misspelt_in_cell(painter, shown, text, spans)

    def _spelling(self, index: Index) -> FieldSpelling | None:
        """How a cell of the document's text is checked; None for other cells."""
        model = index.model()
        target = model.text_target(index) if hasattr(model, "text_target") else None
        return None if target is None else FieldSpelling(model.document, target)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole) or ""
            if editor.text() != value:  # the model follows the editor, not the reverse
                editor.setText(value)
            return
        super().setEditorData(editor, index)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if leaves_to_the_window(event):
            return True  # Undo, Redo, Bold ... act on the document, not the line edit
        if event.type() != QEvent.Type.KeyPress or not isinstance(editor, QWidget):
            return super().eventFilter(editor, event)
        if _plain_enter(event):
            index = self.view.currentIndex()
            self.view.finish_editing()
            self.view.enter_pressed(index, was_editing=True)
            return True
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.view.finish_editing()
            self.view.leave(forward=event.key() == Qt.Key.Key_Tab
                            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return True
        if event.key() == Qt.Key.Key_Escape:
            # The text is in the model already; Escape ends the editing and keeps it.
            self.view.finish_editing()
            return True
        return super().eventFilter(editor, event)


class ChoiceDelegate(CellDelegate):
    """A cell chosen from a list (the bullet's priority): ``choices`` are (text, value)."""

    def __init__(self, view: EditingTableView, choices: list[tuple[str, str]],
                 accessible_name: str) -> None:
        super().__init__(view)
        self.choices, self.accessible_name = choices, accessible_name

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        box = QComboBox(parent)
        box.setAccessibleName(self.accessible_name)
        for text, value in self.choices:
            box.addItem(text, value)
        box.activated.connect(lambda _row: self._chosen(box))
        return box

    def setEditorData(self, editor: QComboBox, index: Index) -> None:
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QComboBox, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option, index: Index) -> None:
        # The choices are never cut to "Non▾": the box is at least as wide as it needs.
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def _chosen(self, box: QComboBox) -> None:
        self.commitData.emit(box)  # the choice, like every keystroke, goes in at once
        self.view.finish_editing()


class EditingTableView(QTableView):
    """A table as tall as its rows, which wrap their text at the current width: the
    section scrolls as one page, and the table never has a scroll bar of its own."""

    def __init__(self, accessible_name: str) -> None:
        super().__init__()
        self.setAccessibleName(accessible_name)
        # Tab leaves the table for the next field, as in any form; arrows move in it.
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Rows are fitted once the columns have their final widths: the header lays out
        # its stretched column after the view's own resize.
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_height)
        self.horizontalHeader().sectionResized.connect(self._fit_timer.start)
        self.setItemDelegate(CellDelegate(self))
        spell_service().changed.connect(self.viewport().update)  # underlines drawn anew

    # ------------------------------------------------------------ editing

    def edit(self, index: Index, trigger=QAbstractItemView.EditTrigger.AllEditTriggers,
             event: QEvent | None = None) -> bool:
        typed = isinstance(event, QKeyEvent) and bool(event.text()) \
            and trigger == QAbstractItemView.EditTrigger.AnyKeyPressed
        if not super().edit(index, trigger, None if typed else event):
            return False
        editor = self.indexWidget(index)
        if isinstance(editor, QLineEdit):
            editor.deselect()
            editor.end(False)
            if typed:  # the key that opened the editor is the first one typed into it
                QApplication.sendEvent(editor, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text()))
        elif isinstance(editor, QComboBox):
            editor.showPopup()
        return True

    def finish_editing(self) -> None:
        """Close the open editor; the focus comes back to the table. Its text is in the
        document already, and is not written again: the editor's place may by now hold
        another block (closing follows an undo or a move)."""
        editor = self.indexWidget(self.currentIndex())
        if editor is None or self.state() != QAbstractItemView.State.EditingState:
            return
        had_focus = editor.hasFocus() or editor.isAncestorOf(QApplication.focusWidget())
        self.closeEditor(editor, EndEditHint.NoHint)
        if had_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def enter_pressed(self, index: Index, was_editing: bool) -> None:
        """Enter on a cell: edit it; Enter in an open cell: go on to the next row."""
        if was_editing:
            below = index.siblingAtRow(index.row() + 1)
            if below.isValid():
                self.setCurrentIndex(below)
        elif index.isValid():
            self.edit(index)

    def leave(self, forward: bool) -> None:
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _plain_enter(event) and self.state() != QAbstractItemView.State.EditingState:
            self.enter_pressed(self.currentIndex(), was_editing=False)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ height

    def fit_height(self) -> None:
        if self.model() is None:
            return
        self.fit_columns()
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.model().rowCount()))
        header = self.horizontalHeader().height() if self.horizontalHeader().isVisible() else 0
        frame = 2 * self.frameWidth()
        scroll = self.horizontalScrollBar()
        bar = scroll.sizeHint().height() if scroll.maximum() > 0 else 0
        self.setFixedHeight(rows + header + frame + bar)

    def fit_columns(self) -> None:
        """Give the columns their widths for the current width; tables stretch them all."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_height()
        self._fit_timer.start()
