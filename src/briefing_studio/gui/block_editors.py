"""Editors for the blocks of a section: paragraph, bullet list, table.

Each editor shows one block of the model through a Qt model or a bound field, and
turns every user action into an undoable edit of the document. ``refresh`` brings
it back in line with the model after an undo or a structural change.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import BulletList, Priority, Table
from ..style import load_style
from .cell_views import ChoiceDelegate, EditingTableView
from .column_headings import ColumnHeadings
from .document import Document, DocumentListener, TextTarget
from .fields import BoundLineEdit, BoundTextEdit
from .i18n import tr

Index = QModelIndex | QPersistentModelIndex
PRIORITY_CHOICES = (Priority.NONE, *Priority.ranked())
NO_SWATCH = QColor(0, 0, 0, 0)


@cache
def priority_colours() -> dict[Priority, QColor]:
    """The default house style's priority colours, read once."""
    style = load_style()
    return {priority: QColor(style.priority_colour(priority)) for priority in Priority}


def priority_name(priority: Priority) -> str:
    """The priority as the app names it, in the interface's language (in English, the
    words of the English language file)."""
    return {Priority.HIGH: tr("High"), Priority.MEDIUM: tr("Medium"), Priority.LOW: tr("Low"),
            Priority.NONE: tr("None")}[priority]


def button(text: str, accessible: str, slot) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    widget.clicked.connect(slot)
    return widget


class ParagraphEditor(QWidget):
    def __init__(self, document: Document, block: str) -> None:
        super().__init__()
        self.text = BoundTextEdit(document, TextTarget("paragraph", block=block),
                                  "Paragraph text")
        self.text.setPlaceholderText(tr("Text; **bold** and *italic* are kept as such"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def focus_chain(self) -> list[QWidget]:
        return [self.text]

    def refresh(self) -> None:
        self.text.refresh()


# ---------------------------------------------------------------- bullet lists


class BlockModel(QAbstractTableModel, DocumentListener):
    """A table model over one block of the document (by its id); edits go to the
    document. Retired, it is empty: its block may be gone."""

    def __init__(self, document: Document, block: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.document, self.block = document, block
        self._shape = (self.rowCount(), self.columnCount())

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def retire(self) -> None:
        self.retired = True  # empty from now on, the reset included
        self.beginResetModel()
        super().retire()
        self.endResetModel()

    @property
    def live(self) -> bool:
        """Whether the document still holds the model's block. Only a retired model's
        block may be gone (after an undo, before the window replaces the editor): it
        then shows nothing."""
        return not self.retired and self.document.has(self.block)

    def refresh(self) -> None:
        """Show the block as it now is. The same shape changes only the cells' data, so
        the view keeps its editor, its current cell and the focus; a new shape resets."""
        shape = (self.rowCount(), self.columnCount())
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
        else:
            rows, columns = shape
            if rows and columns:
                self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
            if rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
            if columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)


class BulletModel(BlockModel):
    HEADERS = (QT_TRANSLATE_NOOP("", "Priority"), QT_TRANSLATE_NOOP("", "Label"),
               QT_TRANSLATE_NOOP("", "Text"))  # translated where shown

    def __init__(self, document: Document, block: str, parent: QWidget) -> None:
        super().__init__(document, block, parent)
        self.colours = priority_colours()

    @property
    def bullets(self) -> BulletList:
        return self.document.block(self.block)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.bullets.items) if not parent.isValid() and self.live else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 3 if not parent.isValid() and self.live else 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and self.live:
            if orientation == Qt.Orientation.Horizontal:
                return tr(self.HEADERS[section])
            return f"{section + 1}." if self.bullets.numbered else "\u2022"
        if (role == Qt.ItemDataRole.AccessibleTextRole and self.live
                and orientation == Qt.Orientation.Vertical):
            return tr("Bullet {0}").format(section + 1)  # not "•" four times over
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.live:
            return None
        item = self.bullets.items[index.row()]
        column = index.column()
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return priority_name(item.priority)
            if role == Qt.ItemDataRole.EditRole:
                return item.priority.value
            if role == Qt.ItemDataRole.DecorationRole:
                # An empty swatch for no priority, so every row's word starts alike.
                return NO_SWATCH if item.priority is Priority.NONE \
                    else self.colours[item.priority]
            if role == Qt.ItemDataRole.FontRole and item.priority is not Priority.NONE:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.label if column == 1 else item.text
        if role == Qt.ItemDataRole.FontRole and column == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.live:
            return False
        row, column = index.row(), index.column()
        if column == 0:
            self.document.set_priority(self.block, row, Priority(value))
        else:
            self.document.set_text(self.text_target(index), str(value))
        return True

    def text_target(self, index: Index) -> TextTarget | None:
        """Where the text of a cell lives; None for the priority, which is a choice."""
        if index.column() == 0:
            return None
        return TextTarget("label" if index.column() == 1 else "text", block=self.block,
                          item=index.row())


class BulletTable(EditingTableView):
    """The bullets; Enter on the last bullet adds the next one, as in a word processor."""

    def __init__(self, editor: BulletsEditor) -> None:
        super().__init__("Bullets")
        self.editor = editor

    LABEL_SHARE = 0.3  # at most this share of the width goes to the labels

    def fit_columns(self) -> None:
        # The priority is never cut to "Medi…", nor its list in the cell to "Non▾".
        priority = max(self.sizeHintForColumn(0), self.editor.priority.sizeHint().width())
        if priority != self.columnWidth(0):
            self.horizontalHeader().resizeSection(0, priority)
        # The labels are short ("Dam releases"): as wide as the longest, within reason,
        # and the text takes the rest, so one-line bullets stay one line.
        widest = max(self.sizeHintForColumn(1),
                     self.fontMetrics().horizontalAdvance(tr("Label")) + 24)
        width = min(widest, int(self.viewport().width() * self.LABEL_SHARE))
        if width != self.columnWidth(1):
            self.horizontalHeader().resizeSection(1, width)

    def enter_pressed(self, index: Index, was_editing: bool) -> None:
        rows = self.model().rowCount()
        if rows == 0 or (index.isValid() and index.row() == rows - 1):
            self.editor.add_bullet()
        else:
            super().enter_pressed(index, was_editing)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        typed = event.text().isprintable() and event.text() and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if typed and self.model().rowCount() == 0:
            # Typing into an empty list starts its first bullet, with that letter.
            self.editor.add_bullet()
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                QApplication.sendEvent(editor, QKeyEvent(event.type(), event.key(),
                                                         event.modifiers(), event.text()))
            return
        super().keyPressEvent(event)


class BulletsEditor(QWidget):
    def __init__(self, document: Document, block: str) -> None:
        super().__init__()
        self.document, self.block = document, block
        # The editor owns its model, so Qt never sees a view outlive its model.
        self.model = BulletModel(document, block, self)
        choices = [(priority_name(p), p.value) for p in PRIORITY_CHOICES]
        self.priority = QComboBox()
        self.priority.setAccessibleName("Bullet priority")
        for text, value in choices:
            self.priority.addItem(text, value)
        self.priority.activated.connect(self._priority_chosen)
        self.table = BulletTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            0, ChoiceDelegate(self.table, choices, "Bullet priority"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_priority())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)

        label = QLabel(tr("Priority:"))
        label.setBuddy(self.priority)  # what a screen reader says for the box
        self.buttons = [button(tr("Add bullet"), "Add bullet", self.add_bullet),
                        button(tr("Remove bullet"), "Remove bullet", self.remove_bullet),
                        button(tr("Sort by priority"), "Sort by priority",
                               lambda: document.sort_bullets(block))]
        tools = QHBoxLayout()
        tools.addWidget(label)
        tools.addWidget(self.priority)
        tools.addStretch(1)
        for widget in self.buttons:
            tools.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(tools)
        if self.model.rowCount():
            # A bullet is always current, so "Bullet priority" is ready for the keyboard.
            self.table.setCurrentIndex(self.model.index(0, 2))
        self.table.fit_height()
        self._show_priority()

    def focus_chain(self) -> list[QWidget]:
        return [self.table, self.priority, *self.buttons]

    def refresh(self) -> None:
        current = self.table.currentIndex()
        self.model.refresh()
        if current.isValid() and not self.table.currentIndex().isValid():
            row = min(current.row(), self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(row, current.column()))
        self.table.fit_height()
        self._show_priority()

    def add_bullet(self) -> None:
        self.table.finish_editing()
        at = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() \
            else self.model.rowCount()
        self.document.add_bullet(self.block, at)
        # The section editor has refreshed this editor in place: edit the new bullet.
        index = self.model.index(at, 2)
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_bullet(self) -> None:
        self.table.finish_editing()
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.document.change_block(self.block, tr("Remove bullet"),
                                   lambda bullets: bullets.items.pop(row))

    def _show_priority(self) -> None:
        row = self.table.currentIndex().row()
        self.priority.setEnabled(row >= 0)
        if row >= 0:
            value = self.document.block(self.block).items[row].priority.value
            self.priority.setCurrentIndex(self.priority.findData(value))

    def _priority_chosen(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0:
            self.document.set_priority(self.block, row,
                                       Priority(self.priority.currentData()))


# ---------------------------------------------------------------- tables


class TableModel(BlockModel):
    """The table's rows; its header row is the view's header (see column_headings)."""

    @property
    def table(self) -> Table:
        return self.document.block(self.block)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.table.rows) if not parent.isValid() and self.live else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.table.column_count if not parent.isValid() and self.live else 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if not self.live:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return tr("Row {0}").format(section + 1)
            return None
        heading = self.table.header[section] if section < len(self.table.header) else ""
        if role == Qt.ItemDataRole.EditRole:
            return heading
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # An unnamed column is still told apart, by its number.
            return heading or tr("Column {0}").format(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Double-click or press F2 to rename the column")
        if role == Qt.ItemDataRole.FontRole:  # bold as printed; a number in italics
            font = QFont()
            font.setBold(bool(heading))
            font.setItalic(not heading)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not self.live:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.table.rows[index.row()][index.column()]
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.live:
            return False
        self.document.set_text(self.text_target(index), str(value))
        return True

    def text_target(self, index: Index) -> TextTarget:
        return TextTarget("cell", block=self.block, item=index.row(), column=index.column())


class TableView(EditingTableView):
    """Paste takes a block of tab-separated cells, as copied from a spreadsheet or a Word
    table; copy gives the selection in the same form."""

    def __init__(self, editor: TableEditor) -> None:
        super().__init__("Table")
        self.editor = editor
        self.headings = ColumnHeadings(self, editor.document, editor.block)
        self.setHorizontalHeader(self.headings)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if (event.key() == Qt.Key.Key_Up and current.row() <= 0
                and self.state() != QAbstractItemView.State.EditingState):
            self.headings.rename(max(current.column(), 0))  # the heading is above the rows
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.editor.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.editor.selection_text())
            return
        super().keyPressEvent(event)


class TableEditor(QWidget):
    def __init__(self, document: Document, block: str) -> None:
        super().__init__()
        self.document, self.block = document, block
        self.caption = BoundLineEdit(document, TextTarget("caption", block=block),
                                     "Table caption")
        self.caption.setPlaceholderText(tr("Caption (optional)"))
        self.model = TableModel(document, block, self)
        self.view = TableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = [button(tr("Add row"), "Add row", self.add_row),
                        button(tr("Remove row"), "Remove row", self.remove_row),
                        button(tr("Add column"), "Add column", self.add_column),
                        button(tr("Remove column"), "Remove column", self.remove_column)]
        tools = QHBoxLayout()
        for widget in self.buttons:
            tools.addWidget(widget)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)
        layout.addLayout(tools)
        self.view.fit_height()
        self._describe()
        self.caption.textChanged.connect(self._describe)

    def _describe(self) -> None:
        """The table is told by its caption to a screen reader, as a printed one is."""
        self.view.setAccessibleDescription(self.caption.text())

    def focus_chain(self) -> list[QWidget]:
        return [self.caption, self.view, *self.buttons]

    def refresh(self) -> None:
        current = self.view.currentIndex()
        self.caption.refresh()
        self.model.refresh()
        self.view.headings.refresh()
        if current.isValid() and not self.view.currentIndex().isValid():
            row = min(current.row(), self.model.rowCount() - 1)
            column = min(current.column(), self.model.columnCount() - 1)
            self.view.setCurrentIndex(self.model.index(row, column))
        self.view.fit_height()

    def paste(self, text: str) -> None:
        if not text.strip():
            return  # a clipboard of line breaks would only empty the cells it lands on
        self.view.finish_editing()
        current = self.view.currentIndex()
        row, column = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.document.paste_cells(self.block, row, column, text)

    def selection_text(self) -> str:
        indexes = sorted(self.view.selectedIndexes(), key=lambda i: (i.row(), i.column()))
        rows: dict[int, list[str]] = {}
        for index in indexes:
            rows.setdefault(index.row(), []).append(index.data() or "")
        return "\n".join("\t".join(cells) for cells in rows.values())

    def add_row(self) -> None:
        self.view.finish_editing()
        current = self.view.currentIndex()
        at = current.row() + 1 if current.isValid() else len(self.model.table.rows)

        def add(table: Table) -> None:
            table.rows.insert(at, [""] * table.column_count)

        self.document.change_block(self.block, tr("Add row"), add)

    def remove_row(self) -> None:
        self.view.finish_editing()
        row = self.view.currentIndex().row()
        if row < 0:
            return
        self.document.change_block(self.block, tr("Remove row"),
                                   lambda table: table.rows.pop(row))

    def add_column(self) -> None:
        self.view.finish_editing()
        current = self.view.currentIndex()
        at = current.column() + 1 if current.isValid() else self.model.table.column_count

        def add(table: Table) -> None:
            for row in (table.header, *table.rows):
                row.insert(at, "")

        self.document.change_block(self.block, tr("Add column"), add)

    def remove_column(self) -> None:
        self.view.finish_editing()
        column = self.view.currentIndex().column()
        if column < 0 or self.model.table.column_count <= 1:
            return

        def remove(table: Table) -> None:
            for row in (table.header, *table.rows):
                del row[column]

        self.document.change_block(self.block, tr("Remove column"), remove)

