"""Undoable edits of a briefing: each redoes and undoes one change of the model.

Typing in one field merges into one step until the user pauses, as in a word
processor; structure changes (adding, moving, deleting, pasting) are one step each.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from ..model import Block, Priority, Section
from .i18n import tr

if TYPE_CHECKING:
    from .document import Document, TextTarget

# Keystrokes closer together than this belong to the same undo step.
TYPING_PAUSE_SECONDS = 1.5
# The undo step of typing in a field of each kind (translated where shown).
TEXT_LABELS = {
    "meta": QT_TRANSLATE_NOOP("", "Edit {name}"),
    "heading": QT_TRANSLATE_NOOP("", "Edit heading"),
    "paragraph": QT_TRANSLATE_NOOP("", "Edit paragraph"),
    "label": QT_TRANSLATE_NOOP("", "Edit bullet label"),
    "text": QT_TRANSLATE_NOOP("", "Edit bullet"),
    "cell": QT_TRANSLATE_NOOP("", "Edit table cell"),
    "caption": QT_TRANSLATE_NOOP("", "Edit caption"),
    "alt": QT_TRANSLATE_NOOP("", "Edit alt text"),
}
# The metadata fields as "Edit {name}" names them: the field's own name in words.
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("", "title"),
    "subtitle": QT_TRANSLATE_NOOP("", "subtitle"),
    "doc_type": QT_TRANSLATE_NOOP("", "doc type"),
    "classification": QT_TRANSLATE_NOOP("", "classification"),
    "reference": QT_TRANSLATE_NOOP("", "reference"),
    "date": QT_TRANSLATE_NOOP("", "date"),
    "prepared_for": QT_TRANSLATE_NOOP("", "prepared for"),
    "prepared_by": QT_TRANSLATE_NOOP("", "prepared by"),
    "approved_by": QT_TRANSLATE_NOOP("", "approved by"),
    "organisation": QT_TRANSLATE_NOOP("", "organisation"),
    "source": QT_TRANSLATE_NOOP("", "source"),
    "version_label": QT_TRANSLATE_NOOP("", "version label"),
    "language": QT_TRANSLATE_NOOP("", "language"),
    "contents": QT_TRANSLATE_NOOP("", "contents"),
    "subject": QT_TRANSLATE_NOOP("", "subject"),
    "heading_lines": QT_TRANSLATE_NOOP("", "heading lines"),
    "attachments": QT_TRANSLATE_NOOP("", "attachments"),
    "distribution": QT_TRANSLATE_NOOP("", "distribution"),
    "signatory.name": QT_TRANSLATE_NOOP("", "signatory name"),
    "signatory.title": QT_TRANSLATE_NOOP("", "signatory title"),
    "signatory.on_behalf_of": QT_TRANSLATE_NOOP("", "signatory on behalf of"),
}


class EditText(QUndoCommand):
    MERGE_ID = 1

    def __init__(self, document: Document, target: TextTarget, value: str) -> None:
        name = FIELD_NAMES.get(target.name)
        name = tr(name) if name else target.name.replace("_", " ").replace(".", " ")
        super().__init__(tr(TEXT_LABELS[target.kind]).format(name=name))
        self.document, self.target = document, target
        self.old, self.new = document.text(target), value
        self.when = time.monotonic()

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditText) or other.target != self.target:
            return False
        if other.when - self.when > TYPING_PAUSE_SECONDS:
            return False
        self.new, self.when = other.new, other.when
        return True

    def redo(self) -> None:
        self.document.apply_text(self.target, self.new)

    def undo(self) -> None:
        self.document.apply_text(self.target, self.old)


class SetLines(QUndoCommand):
    """A line added to or removed from a list of the metadata (the attachments)."""

    def __init__(self, document: Document, name: str, lines: list[str],
                 description: str) -> None:
        super().__init__(description)
        self.document, self.name = document, name
        self.old, self.new = list(getattr(document.briefing.meta, name)), list(lines)

    def redo(self) -> None:
        self.document.apply_lines(self.name, self.new)

    def undo(self) -> None:
        self.document.apply_lines(self.name, self.old)


class SetPriority(QUndoCommand):
    def __init__(self, document: Document, block_id: str, item: int,
                 priority: Priority) -> None:
        super().__init__(tr("Set priority"))
        self.document, self.place = document, (block_id, item)
        self.old = document.block(block_id).items[item].priority
        self.new = priority

    def redo(self) -> None:
        self.document.apply_priority(*self.place, self.new)

    def undo(self) -> None:
        self.document.apply_priority(*self.place, self.old)


class ReplaceBlock(QUndoCommand):
    """A change inside one block (a bullet added, rows pasted, a list sorted), kept as the
    block before and after, found by its id wherever it stands by then; the section and
    its other blocks stay as they are."""

    def __init__(self, document: Document, new: Block, description: str) -> None:
        super().__init__(description)
        self.document = document
        self.old, self.new = document.block(new.id), new

    def redo(self) -> None:
        self.document.apply_block(self.new)

    def undo(self) -> None:
        self.document.apply_block(self.old)


class ReplaceSection(QUndoCommand):
    """A change of a section's blocks (added, moved, removed) or level, kept as the
    section before and after, found by its id."""

    def __init__(self, document: Document, new: Section, description: str) -> None:
        super().__init__(description)
        self.document = document
        self.old, self.new = document.section(new.id), new

    def redo(self) -> None:
        self.document.apply_section(self.new)

    def undo(self) -> None:
        self.document.apply_section(self.old)


class ReplaceSections(QUndoCommand):
    """A change to the list of sections: add, duplicate, delete, move."""

    def __init__(self, document: Document, sections: list[Section], description: str) -> None:
        super().__init__(description)
        self.document = document
        self.old, self.new = list(document.sections), sections

    def redo(self) -> None:
        self.document.apply_sections(list(self.new))

    def undo(self) -> None:
        self.document.apply_sections(list(self.old))
