"""The editor of one section: its heading, then its blocks in order."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import HEADING_LEVELS, Block, Bullet, BulletList, Figure, Media, Paragraph, Table
from .block_editors import BulletsEditor, ParagraphEditor, TableEditor, button
from .document import Document, DocumentListener, TextTarget, retire_within
from .fields import BoundLineEdit, image_files
from .figures import FigureEditor, choose_image, read_image_file
from .i18n import tr
from .keys import set_tab_order


def text_cursor(widget: QWidget | None) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    return 0


def set_text_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, widget.document().characterCount() - 1))
        widget.setTextCursor(cursor)


EDITORS = {Paragraph: ParagraphEditor, BulletList: BulletsEditor, Table: TableEditor,
           Figure: FigureEditor}


# The undo step of each block the Add buttons make.
ADD_STEPS = {"paragraph": QT_TRANSLATE_NOOP("", "Add paragraph"),
             "bullets": QT_TRANSLATE_NOOP("", "Add bullets"),
             "numbered": QT_TRANSLATE_NOOP("", "Add numbered"),
             "table": QT_TRANSLATE_NOOP("", "Add table")}


def block_title(block: Block) -> str:
    match block:
        case Paragraph():
            return tr("Paragraph")
        case BulletList():
            return tr("Numbered list") if block.numbered else tr("Bullet list")
        case Table():
            return tr("Table")
        case Figure():
            return tr("Figure") if block.alt.strip() else tr("Figure (no alt text)")
    return tr("Block")


def block_name(blocks: list[Block], index: int) -> str:
    """What a screen reader calls a block's panel, in English as every accessible name:
    its kind, numbered among the section's blocks of that kind, and a table's or
    figure's caption ("Paragraph 2", "Table 1: Delegations")."""
    block = blocks[index]
    kind = {Paragraph: "Paragraph", Table: "Table", Figure: "Figure"}.get(type(block))
    if isinstance(block, BulletList):
        kind = "Numbered list" if block.numbered else "Bullet list"
    same = [other for other in blocks[:index + 1] if type(other) is type(block)
            and getattr(other, "numbered", None) == getattr(block, "numbered", None)]
    name = f"{kind or 'Block'} {len(same)}"
    caption = getattr(block, "caption", "").strip()
    return f"{name}: {caption}" if caption else name


def new_block(kind: str) -> Block:
    return {
        "paragraph": lambda: Paragraph(),
        "bullets": lambda: BulletList(items=[Bullet()]),
        "numbered": lambda: BulletList(items=[Bullet()], numbered=True),
        # The header's words are the new table's first text, in the interface's language.
        "table": lambda: Table(header=[tr("Column {number}").format(number=n) for n in (1, 2, 3)],
                               rows=[["", "", ""]]),
    }[kind]()


class BlockFrame(QFrame):
    """One block with its title and the buttons that move or remove it."""

    def __init__(self, editor: SectionEditor, index: int) -> None:
        super().__init__()
        document, blocks = editor.document, editor.section.blocks
        count = len(blocks)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        block = blocks[index]
        self.block_id = block.id
        self.editor = EDITORS[type(block)](document, block.id)
        name = block_name(blocks, index)
        self.setAccessibleName(name)
        self.title = title = QLabel(f"<b>{block_title(block)}</b>")
        bar = QHBoxLayout()
        bar.addWidget(title)
        bar.addStretch(1)
        self.tools: list[QToolButton] = []
        for text, accessible, tip, offset in (
                ("\u2191", "Move block up", tr("Move block up"), -1),
                ("\u2193", "Move block down", tr("Move block down"), 1)):
            move = QToolButton()
            move.setText(text)
            move.setAccessibleName(accessible)
            move.setToolTip(tip)
            move.setEnabled(0 <= index + offset < count)
            move.clicked.connect(lambda _=False, o=offset: editor.move_block(block.id, o))
            self.tools.append(move)
        remove = QToolButton()
        remove.setText("\u2715")
        remove.setAccessibleName("Remove block")
        remove.setToolTip(tr("Remove block"))
        remove.clicked.connect(lambda: editor.remove_block(block.id))
        self.tools.append(remove)
        for tool in self.tools:
            tool.setAccessibleDescription(name)  # which block: there is one set a block
            bar.addWidget(tool)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.editor)

    def focus_chain(self) -> list[QWidget]:
        """The block's fields first, then its own tools: what Tab visits, in order."""
        return [*self.editor.focus_chain(), *self.tools]


class SectionEditor(QWidget, DocumentListener):
    def __init__(self, document: Document, section_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.section_id = document, section_id
        self.heading = BoundLineEdit(document, TextTarget("heading", section_id),
                                     "Section heading")
        self.heading.setPlaceholderText(tr("Heading (empty only for the lead text)"))
        # "d": the menus keep F, E, S, V and H for themselves.
        heading_label = QLabel(tr("Hea&ding"))
        heading_label.setBuddy(self.heading)
        self.level = QComboBox()
        self.level.setAccessibleName("Heading level")
        self.level.addItems([tr("Heading {level}").format(level=level) for level in HEADING_LEVELS])
        self.level.activated.connect(self._level_chosen)
        level_label = QLabel(tr("&Level"))
        level_label.setBuddy(self.level)
        # An annex starts a page of its own, so only another section is given the choice.
        self.annex = QCheckBox(tr("A&nnex"))
        self.annex.setAccessibleName("Annex")
        self.annex.setToolTip(tr("Lettered (Annex A, Ek-1), on a new page, outside the body's "
                                 "numbering; the sections under it are its own"))
        self.annex.clicked.connect(lambda on: self._set("annex", on, tr("Make annex")
                                                        if on else tr("Make body section")))
        self.new_page = QCheckBox(tr("Start on a new &page"))
        self.new_page.setAccessibleName("Start on a new page")
        self.new_page.clicked.connect(lambda on: self._set(
            "page_break_before", on, tr("Start on a new page") if on else tr("No page break")))
        top = QHBoxLayout()
        top.addWidget(heading_label)
        top.addWidget(self.heading, 1)
        top.addWidget(level_label)
        top.addWidget(self.level)
        settings = QHBoxLayout()
        settings.addWidget(self.annex)
        settings.addWidget(self.new_page)
        settings.addStretch(1)
        self.blocks = QVBoxLayout()
        adders = QHBoxLayout()
        self.adders = [button(text, accessible, lambda _=False, k=kind: self.add_block(k))
                       for text, accessible, kind in (
                           (tr("Add paragraph"), "Add paragraph", "paragraph"),
                           (tr("Add bullet list"), "Add bullet list", "bullets"),
                           (tr("Add numbered list"), "Add numbered list", "numbered"),
                           (tr("Add table"), "Add table", "table"))]
        self.adders.append(button(tr("Add figure..."), "Add figure", self.add_figure))
        for widget in self.adders:
            adders.addWidget(widget)
        adders.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(settings)
        layout.addLayout(self.blocks)
        layout.addLayout(adders)
        layout.addStretch(1)
        self.frames: list[BlockFrame] = []
        self.setAcceptDrops(True)  # image files dropped on the section become figures
        self._build_blocks()
        self.listen(document.sectionChanged, self._section_changed)
        self.listen(document.blockChanged, self._block_changed)
        self.listen(document.headingChanged, self._heading_changed)

    @property
    def section(self):
        return self.document.section(self.section_id)

    def first_field(self) -> QWidget:
        return self.heading

    def place_of(self, widget: QWidget) -> str:
        """The id of what a field of this editor edits: its block, or its section for the
        heading."""
        for frame in self.frames:
            if frame.isAncestorOf(widget):
                return frame.block_id
        return self.section_id

    def add_block(self, kind: str) -> None:
        self.document.insert_block(self.section_id, len(self.section.blocks), new_block(kind),
                                   tr(ADD_STEPS[kind]))
        self.frames[-1].focus_chain()[0].setFocus()

    def add_figure(self) -> None:
        media = choose_image(self)
        if media is not None:
            self.insert_figure(media, len(self.section.blocks))

    def insert_figure(self, media: Media, index: int) -> None:
        """A figure of ``media`` at ``index``, with the focus in its alt text, which
        it needs."""
        figure = self.document.insert_figure(self.section_id, index, media)
        frame = next(f for f in self.frames if f.block_id == figure)
        frame.editor.alt.setFocus(Qt.FocusReason.OtherFocusReason)

    def index_after(self, widget: QWidget | None) -> int:
        """Where a block added at ``widget`` goes: after the block it is in, or last."""
        for index, frame in enumerate(self.frames):
            if widget is not None and (frame is widget or frame.isAncestorOf(widget)):
                return index + 1
        return len(self.section.blocks)

    def dragEnterEvent(self, event) -> None:
        if image_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if image_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        index = self.index_after(self.childAt(event.position().toPoint()))
        for path in image_files(event.mimeData()):
            media = read_image_file(path, self)
            if media is not None:
                self.insert_figure(media, index)
                index += 1
        event.acceptProposedAction()

    def move_block(self, block_id: str, offset: int) -> None:
        # The focus goes with the block (by its id), in it or on its button.
        self.document.move_block(block_id, offset)

    def remove_block(self, block_id: str) -> None:
        self.document.remove_block(block_id)

    def _build_blocks(self) -> None:
        place = self._focused_place()
        for frame in self.frames:
            # Hidden now, deleted by Qt later: it stays parented, so Python never
            # deletes it under Qt's feet; retired, so it never writes meanwhile.
            retire_within(frame)
            self.blocks.removeWidget(frame)
            frame.hide()
            frame.deleteLater()
        count = len(self.section.blocks)
        self.frames = [BlockFrame(self, i) for i in range(count)]
        for frame in self.frames:
            self.blocks.addWidget(frame)
        self.level.setCurrentIndex(self.section.level - 1)
        self._show_settings()
        # Tab follows the page: heading, each block in order, then the Add buttons
        # (widgets made later would otherwise come last, after the buttons).
        set_tab_order(self.focus_chain())
        if place is not None:
            self._restore_focus(*place)

    def _focused_place(self) -> tuple[str, int, int, int] | None:
        """Which block (its id and index), which of its fields and where in its text the
        focus is."""
        focus = QApplication.focusWidget()
        for index, frame in enumerate(self.frames):
            for position, widget in enumerate(frame.focus_chain()):
                if widget is focus or widget.isAncestorOf(focus):
                    return frame.block_id, index, position, text_cursor(focus)
        return None

    def focus_block(self, block_id: str) -> None:
        """The focus in the first field of a block that a change has just made."""
        frame = next((f for f in self.frames if f.block_id == block_id), None)
        if frame is not None:
            frame.focus_chain()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_focus(self, block_id: str, index: int, position: int, cursor: int) -> None:
        """Put the focus back where it was, in the rebuilt blocks: in the same block,
        wherever it moved, or the one that took its place when it is gone; the heading
        if no block is left."""
        if not self.frames:
            self.heading.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        frame = next((f for f in self.frames if f.block_id == block_id),
                     self.frames[min(index, len(self.frames) - 1)])
        chain = frame.focus_chain()
        candidates = chain[min(position, len(chain) - 1)::-1] + chain[position + 1:]
        widget = next((w for w in candidates if w.isEnabled()), chain[0])
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        set_text_cursor(widget, cursor)

    def focus_chain(self) -> list[QWidget]:
        return [self.heading, self.level, self.annex, self.new_page,
                *(w for f in self.frames for w in f.focus_chain()), *self.adders]

    def _show_settings(self) -> None:
        section = self.section
        self.annex.setChecked(section.annex)
        self.new_page.setChecked(section.annex or section.page_break_before)
        self.new_page.setEnabled(not section.annex)

    def _set(self, setting: str, on: bool, description: str) -> None:
        self.document.change_section(self.section_id, description,
                                     lambda s: setattr(s, setting, on))

    def _section_changed(self, section_id: str) -> None:
        # Blocks added, moved or removed: they are all made anew, in the new order
        # (changes inside one block come as blockChanged).
        if section_id == self.section_id:
            self._build_blocks()

    def _block_changed(self, block_id: str) -> None:
        for frame in self.frames:
            if frame.block_id == block_id:
                frame.editor.refresh()
                block = self.document.block(block_id)
                if isinstance(block, Figure):  # its title says whether it has alt text yet
                    frame.title.setText(f"<b>{block_title(block)}</b>")

    def _heading_changed(self, section_id: str) -> None:
        if section_id == self.section_id:
            self.heading.refresh()

    def _level_chosen(self, row: int) -> None:
        if row + 1 != self.section.level:
            self.document.change_section(self.section_id, tr("Change heading level"),
                                         lambda s: setattr(s, "level", row + 1))
