"""One open briefing: the model, the file it belongs to, and its undo stack.

The model is the single source of truth. Widgets never change it directly: they ask
the document, which pushes an undoable command; the command changes the model and
the document announces what changed, so that every view refreshes what it shows.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import (
    Block,
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Media,
    Priority,
    Section,
    Table,
    renew_ids,
)
from .commands import (
    EditText,
    ReplaceBlock,
    ReplaceSection,
    ReplaceSections,
    SetLines,
    SetPriority,
)
from .i18n import tr

# The name of a briefing never saved: kept in English (what the app compares and writes
# to the recovery file), shown in the interface's language (``display_name``).
UNTITLED = "Untitled"


@dataclass(frozen=True)
class TextTarget:
    """Where a piece of editable text lives in the model, by the ids of its section
    (``heading``) or block, which stay with it wherever it moves.

    ``kind`` is one of: ``meta`` (``name`` is the field: ``subject``, ``signatory.name``;
    ``item`` a line of a list, ``attachments``), ``heading``, ``paragraph``,
    ``label`` and ``text`` of bullet ``item``, ``cell`` (``item`` -1 is the header),
    ``caption`` (of a table or figure), ``alt`` (a figure's alt text).
    """

    kind: str
    section: str = ""  # a heading's section id
    block: str = ""  # the block's id
    item: int = -1
    column: int = -1
    name: str = ""


class DocumentListener:
    """A view that follows a document, or writes to it, until it is retired.

    Retired views (the editor of a section no longer selected, the frames of blocks
    rebuilt) wait for Qt to delete them. Meanwhile they must neither refresh from the
    document nor write to it: their block may be gone (removed, undone), and a dying
    text field still announces changes.
    """

    retired = False

    def listen(self, signal, slot) -> None:
        signal.connect(slot)
        self.__dict__.setdefault("_connections", []).append((signal, slot))

    def retire(self) -> None:
        for signal, slot in self.__dict__.pop("_connections", []):
            signal.disconnect(slot)
        self.retired = True
        if isinstance(self, QObject):
            retire_within(self)


def retire_within(root: QObject) -> None:
    """Retire every view inside ``root``."""
    for child in root.findChildren(QObject):
        if isinstance(child, DocumentListener) and not child.retired:
            child.retire()


class Document(QObject):
    metaChanged = Signal(str)  # the metadata field
    sectionsChanged = Signal()  # sections added, removed, moved or renamed
    sectionChanged = Signal(str)  # a section's blocks were added, moved or removed (its id)
    blockChanged = Signal(str)  # the content of one block changed (its id)
    headingChanged = Signal(str)  # a section heading was edited (the section's id)

    def __init__(self, briefing: Briefing, path: Path | None = None, name: str = UNTITLED,
                 folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.briefing = briefing
        # Opened while someone else has it: Save asks for another name.
        self.read_only = False
        self.path = path
        self.name = path.name if path else name
        # Where Save As and Export first look: the file's folder, or the folder of the
        # text or Word document it was imported from.
        self.folder = path.parent if path else folder
        # What the Date field says when it is not a date (yet): kept for the field, never
        # saved, and named when the briefing is saved with its last good date.
        self.unparsed_date = ""
        self.undo_stack = QUndoStack(self)
        # Spelling, for as long as the document is open: the words the user told the
        # check to ignore, and the fields checked in a language of their own.
        self.ignored_words: set[str] = set()
        self.field_languages: dict[TextTarget, str] = {}
        self._places: dict[str, tuple[int, int]] = {}  # id: (section, block), see find

    @property
    def display_name(self) -> str:
        """The name the window shows: a briefing never saved is "Untitled" in the
        interface's language."""
        return tr("Untitled") if self.path is None and self.name == UNTITLED else self.name

    def suggested_path(self, suffix: str = "") -> Path:
        base = self.path or (self.folder or Path.home()) / self.display_name
        return base.with_suffix(suffix) if suffix else base

    @property
    def sections(self) -> list[Section]:
        return self.briefing.sections

    def find(self, item_id: str) -> tuple[int, int] | None:
        """Where the section or block ``item_id`` stands (see ``Briefing.find``). Asked
        for at every cell a table view paints, so the places are kept in an index,
        checked at each answer and made again when the document's structure changed."""
        place = self._places.get(item_id)
        if place is None or not self._stands_at(item_id, place):
            self._places = {item.id: (index, position)
                            for index, section in enumerate(self.sections)
                            for position, item in enumerate([section, *section.blocks],
                                                            start=-1)}
            place = self._places.get(item_id)
        return place

    def _stands_at(self, item_id: str, place: tuple[int, int]) -> bool:
        index, position = place
        if index >= len(self.sections):
            return False
        section = self.sections[index]
        if position < 0:
            return section.id == item_id
        return position < len(section.blocks) and section.blocks[position].id == item_id

    def section_index(self, section_id: str) -> int:
        found = self.find(section_id)
        if found is None or found[1] != -1:
            raise KeyError(f"no section {section_id!r}")
        return found[0]

    def section(self, section_id: str) -> Section:
        return self.sections[self.section_index(section_id)]

    def has(self, item_id: str) -> bool:
        return self.find(item_id) is not None

    def block_place(self, block_id: str) -> tuple[int, int]:
        """(section, block) indices of the block ``block_id``."""
        found = self.find(block_id)
        if found is None or found[1] < 0:
            raise KeyError(f"no block {block_id!r}")
        return found

    def block(self, block_id: str) -> Block:
        section, index = self.block_place(block_id)
        return self.sections[section].blocks[index]

    # ------------------------------------------------------------ reading and writing text

    def text(self, target: TextTarget) -> str:
        match target.kind:
            case "meta":
                owner, name = self._meta_owner(target.name)
                value = getattr(owner, name)
                return value[target.item] if target.item >= 0 else value
            case "heading":
                return self.section(target.section).heading
            case "paragraph":
                return self.block(target.block).text
            case "label" | "text":
                item = self.block(target.block).items[target.item]
                return getattr(item, target.kind)
            case "cell":
                table = self.block(target.block)
                row = table.header if target.item < 0 else table.rows[target.item]
                return row[target.column]
            case "caption":
                return self.block(target.block).caption
            case "alt":
                return self.block(target.block).alt
        raise ValueError(f"unknown text target {target}")

    def apply_text(self, target: TextTarget, value: str) -> None:
        """Change the model and announce it; only commands call this."""
        match target.kind:
            case "meta":
                owner, name = self._meta_owner(target.name)
                if target.item >= 0:
                    getattr(owner, name)[target.item] = value
                else:
                    setattr(owner, name, value)
                self.metaChanged.emit(target.name)
                return
            case "heading":
                self.section(target.section).heading = value
                self.headingChanged.emit(target.section)
                return
            case "paragraph":
                self.block(target.block).text = value
            case "caption":
                self.block(target.block).caption = value
            case "alt":
                self.block(target.block).alt = value
            case "label" | "text":
                item = self.block(target.block).items[target.item]
                setattr(item, target.kind, value)
            case "cell":
                table = self.block(target.block)
                row = table.header if target.item < 0 else table.rows[target.item]
                row[target.column] = value
        self.blockChanged.emit(target.block)

    def _meta_owner(self, name: str) -> tuple[object, str]:
        """The object holding a metadata field, and the field's own name: the signatory
        for ``signatory.name``."""
        owner, _, field = name.rpartition(".")
        return (getattr(self.briefing.meta, owner) if owner else self.briefing.meta), field

    def apply_lines(self, name: str, lines: list[str]) -> None:
        setattr(self.briefing.meta, name, list(lines))
        self.metaChanged.emit(name)

    def apply_priority(self, block_id: str, item: int, priority: Priority) -> None:
        self.block(block_id).items[item].priority = priority
        self.blockChanged.emit(block_id)

    def apply_block(self, block: Block) -> None:
        """Put ``block`` in the place of the block with its id."""
        section, index = self.block_place(block.id)
        self.sections[section].blocks[index] = block
        self.blockChanged.emit(block.id)

    def apply_section(self, section: Section) -> None:
        """Put ``section`` in the place of the section with its id."""
        self.sections[self.section_index(section.id)] = section
        self.sectionChanged.emit(section.id)
        self.headingChanged.emit(section.id)

    def apply_sections(self, sections: list[Section]) -> None:
        self.briefing.sections[:] = sections
        self.sectionsChanged.emit()

    # ------------------------------------------------------------ edits, each one undoable

    def set_text(self, target: TextTarget, value: str) -> None:
        if self.text(target) != value:
            self.undo_stack.push(EditText(self, target, value))

    def set_lines(self, name: str, lines: list[str], description: str) -> None:
        """A list of the metadata (``attachments``) with a line added or removed."""
        self.undo_stack.push(SetLines(self, name, lines, description))

    def set_priority(self, block_id: str, item: int, priority: Priority) -> None:
        if self.block(block_id).items[item].priority is not priority:
            self.undo_stack.push(SetPriority(self, block_id, item, priority))

    def change_section(self, section_id: str, description: str, change) -> None:
        """Apply ``change`` to a copy of the section as one undoable step."""
        new = copy.deepcopy(self.section(section_id))
        change(new)
        self.undo_stack.push(ReplaceSection(self, new, description))

    def change_sections(self, description: str, sections: list[Section]) -> None:
        self.undo_stack.push(ReplaceSections(self, sections, description))

    # ------------------------------------------------------------ structure of the briefing

    def insert_section(self, index: int, section: Section | None = None) -> None:
        sections = list(self.sections)
        sections.insert(index, section or Section(heading=tr("New section")))
        self.change_sections(tr("Add section"), sections)

    def duplicate_section(self, index: int) -> None:
        sections = list(self.sections)
        sections.insert(index + 1, renew_ids(copy.deepcopy(self.sections[index])))
        self.change_sections(tr("Duplicate section"), sections)

    def delete_section(self, index: int) -> None:
        sections = list(self.sections)
        del sections[index]
        self.change_sections(tr("Delete section"), sections)

    def move_section(self, source: int, destination: int) -> None:
        """Move section ``source`` so that it ends at index ``destination``."""
        if source == destination or not 0 <= destination < len(self.sections):
            return
        sections = list(self.sections)
        sections.insert(destination, sections.pop(source))
        self.change_sections(tr("Move section"), sections)

    # ------------------------------------------------------------ structure of a section

    def insert_block(self, section_id: str, index: int, block: Block, description: str) -> None:
        self.change_section(section_id, description, lambda s: s.blocks.insert(index, block))

    def remove_block(self, block_id: str) -> None:
        section, index = self.block_place(block_id)
        self.change_section(self.sections[section].id, tr("Remove block"),
                            lambda s: s.blocks.pop(index))

    def move_block(self, block_id: str, offset: int) -> None:
        section, index = self.block_place(block_id)
        destination = index + offset
        if not 0 <= destination < len(self.sections[section].blocks):
            return

        def move(s: Section) -> None:
            s.blocks.insert(destination, s.blocks.pop(index))

        self.change_section(self.sections[section].id, tr("Move block"), move)

    def change_block(self, block_id: str, description: str, change) -> None:
        """Apply ``change`` to a copy of one block (bullets, table) as one step."""
        new = copy.deepcopy(self.block(block_id))
        change(new)
        self.undo_stack.push(ReplaceBlock(self, new, description))

    def insert_figure(self, section_id: str, index: int, media: Media) -> str:
        """A figure of ``media`` at ``index`` of the section, as one undoable step; its
        id. The image is kept with the briefing (saved while a figure shows it)."""
        figure = Figure(media=self.briefing.add_media(media))
        self.insert_block(section_id, index, figure, tr("Add figure"))
        return figure.id

    def replace_figure_image(self, block_id: str, media: Media) -> None:
        key = self.briefing.add_media(media)
        self.change_block(block_id, tr("Replace image"), lambda f: setattr(f, "media", key))

    def set_figure_width(self, block_id: str, width: float) -> None:
        if self.block(block_id).width != width:
            self.change_block(block_id, tr("Change figure width"),
                              lambda f: setattr(f, "width", width))

    def media(self, key: str) -> Media:
        return self.briefing.media[key]

    def add_bullet(self, block_id: str, at: int) -> None:
        def add(bullets: BulletList) -> None:
            bullets.items.insert(at, Bullet())

        self.change_block(block_id, tr("Add bullet"), add)

    def sort_bullets(self, block_id: str) -> None:
        def sort(bullets: BulletList) -> None:
            bullets.items.sort(key=lambda item: item.priority.rank)

        self.change_block(block_id, tr("Sort by priority"), sort)

    def paste_cells(self, block_id: str, row: int, column: int, text: str) -> None:
        """Paste tab-separated cells (a spreadsheet or Word selection) at ``row`` and
        ``column`` of a table (row -1 is the header), growing the table as needed."""
        grid = [line.split("\t") for line in text.replace("\r\n", "\n").rstrip("\n").split("\n")]

        def paste(table: Table) -> None:
            width = max(table.column_count, column + max(len(line) for line in grid))
            rows_needed = row + len(grid) - len(table.rows)
            table.header[:] = table.header + [""] * (width - len(table.header))
            table.rows[:] = [r + [""] * (width - len(r)) for r in table.rows]
            table.rows.extend([""] * width for _ in range(max(rows_needed, 0)))
            for offset, line in enumerate(grid):
                target = table.header if row + offset < 0 else table.rows[row + offset]
                for step, value in enumerate(line):
                    target[column + step] = value.strip()

        self.change_block(block_id, tr("Paste cells"), paste)
