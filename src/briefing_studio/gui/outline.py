"""The document outline: "Document info" then every section, reorderable by dragging."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from ..language import FALLBACK, language_of
from ..plan import annex_labels
from .document import Document
from .i18n import tr

SECTION_MIME_TYPE = "application/x-briefing-studio-section"
INFO_ROW = 0  # sections follow the document info row
Index = QModelIndex | QPersistentModelIndex


def section_row(section: int) -> int:
    return section + 1


def row_section(row: int) -> int:
    """The section at an outline row; -1 for the document info row."""
    return row - 1


class OutlineModel(QAbstractListModel):
    def __init__(self, document: Document) -> None:
        super().__init__()
        self.document = document
        document.sectionsChanged.connect(self._reset)
        document.headingChanged.connect(self._section_renamed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.document.sections)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        # What a row shows is in the interface's language; its accessible text is in
        # English, like every accessible name, but for the user's own headings.
        accessible = role == Qt.ItemDataRole.AccessibleTextRole
        if index.row() == INFO_ROW:
            if accessible:
                return "Document info"
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Document info")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        sections = self.document.sections
        section = sections[row_section(index.row())]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if section.heading:
                text = section.heading
            elif index.row() == 1:
                text = "Lead" if accessible else tr("Lead")
            else:
                text = "Untitled section" if accessible else tr("Untitled section")
            if section.annex:  # lettered as it prints, in the document's language
                label = annex_labels(sections, self._annex_word())[row_section(index.row())]
                text = f"{label}: {section.heading}" if section.heading else label
            return "    " * (section.level - 1) + text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = section.heading or tr("Text before the first heading")
            if section.annex or section.page_break_before:
                tip = tr("{heading} (starts a new page)").format(heading=tip)
            return tip
        if role == Qt.ItemDataRole.FontRole and not section.heading:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.row() != INFO_ROW:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------ drag to reorder

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [SECTION_MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        # The section's id, and this document's: whatever happens to the rows meanwhile,
        # the drop moves that section, and only in the outline it came from (another
        # window may show a copy of the same file, with the same ids).
        section = self.document.sections[row_section(indexes[0].row())]
        data = QMimeData()
        data.setData(SECTION_MIME_TYPE, QByteArray(f"{id(self.document)} {section.id}".encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        if not data.hasFormat(SECTION_MIME_TYPE):
            return False
        document, _, section_id = bytes(data.data(SECTION_MIME_TYPE)).decode().partition(" ")
        found = self.document.find(section_id)
        if document != str(id(self.document)) or found is None:  # from another window
            return False
        source = found[0]
        if row < 0:  # dropped onto an item: take its place
            row = parent.row() if parent.isValid() else self.rowCount()
        destination = max(row_section(row), 0)
        if destination > source:
            destination -= 1
        self.document.move_section(source, min(destination, len(self.document.sections) - 1))
        # The document has moved the section; the view must not remove the source row.
        return False

    # ------------------------------------------------------------ following the document

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _section_renamed(self, section_id: str) -> None:
        # Every row: making a section an annex letters the annexes after it anew.
        self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _annex_word(self) -> str:
        return language_of(self.document.briefing.meta.language or FALLBACK).words["annex"]


class OutlineView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Document outline")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setUniformRowHeights(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
