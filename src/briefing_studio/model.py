"""The briefing document: plain data, no Qt, no I/O.

Every class keeps the keys it does not know in ``extra`` so that a file written by a
newer version survives a load and save by this one.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Extra = dict[str, Any]


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"

    @property
    def rank(self) -> int:
        """Sort key: high first, no priority last."""
        return _PRIORITY_RANK[self]

    @property
    def word(self) -> str:
        """The word shown beside a bullet, so that priority never rests on colour alone."""
        return "" if self is Priority.NONE else self.value.capitalize()


_PRIORITY_RANK = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2, Priority.NONE: 3}


def today_iso() -> str:
    return datetime.date.today().isoformat()


@dataclass
class Metadata:
    title: str = ""
    subtitle: str = ""
    doc_type: str = "Briefing Note"
    classification: str = ""
    reference: str = ""
    date: str = field(default_factory=today_iso)
    prepared_for: str = ""
    prepared_by: str = ""
    approved_by: str = ""
    organisation: str = ""
    source: str = ""
    version_label: str = ""
    extra: Extra = field(default_factory=dict)


@dataclass
class Paragraph:
    text: str = ""
    extra: Extra = field(default_factory=dict)


@dataclass
class Bullet:
    text: str = ""
    label: str = ""
    priority: Priority = Priority.NONE
    extra: Extra = field(default_factory=dict)

    @property
    def display_text(self) -> str:
        """Label and text as a reader sees them: ``Label: text``."""
        if self.label and self.text:
            return f"{self.label}: {self.text}"
        return self.label or self.text


@dataclass
class BulletList:
    items: list[Bullet] = field(default_factory=list)
    numbered: bool = False
    extra: Extra = field(default_factory=dict)


@dataclass
class Table:
    """A table whose rows are as wide as its header.

    Ragged input is made rectangular on construction: short rows gain empty cells,
    and a row longer than the header widens the header with empty cells, so no
    cell is ever dropped.
    """

    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    extra: Extra = field(default_factory=dict)

    def __post_init__(self) -> None:
        width = max([len(self.header), *(len(row) for row in self.rows)])
        self.header = pad(self.header, width)
        self.rows = [pad(row, width) for row in self.rows]

    @property
    def column_count(self) -> int:
        return len(self.header)


def pad(cells: list[str], width: int) -> list[str]:
    return list(cells) + [""] * (width - len(cells))


Block = Paragraph | BulletList | Table


@dataclass
class Section:
    heading: str = ""
    blocks: list[Block] = field(default_factory=list)
    level: int = 1
    extra: Extra = field(default_factory=dict)


@dataclass
class Briefing:
    meta: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    extra: Extra = field(default_factory=dict)

    @property
    def display_title(self) -> str:
        """The title for document properties and bookmarks: the title, or failing that
        the first heading, or the document type, so that no output is left untitled."""
        first_heading = next((s.heading for s in self.sections if s.heading), "")
        return self.meta.title or first_heading or self.meta.doc_type or "Briefing"

    def words(self) -> list[str]:
        """Every word a reader sees, in reading order (for counts and completeness checks)."""
        texts = [self.meta.title, self.meta.subtitle]
        for section in self.sections:
            texts.append(section.heading)
            for block in section.blocks:
                texts.extend(block_texts(block))
        return [word for text in texts for word in text.split()]


def block_texts(block: Block) -> list[str]:
    match block:
        case Paragraph():
            return [block.text]
        case BulletList():
            return [item.display_text for item in block.items]
        case Table():
            return [block.caption, *block.header, *(cell for row in block.rows for cell in row)]
    raise TypeError(f"not a block: {block!r}")
