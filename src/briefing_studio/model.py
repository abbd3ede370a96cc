"""The briefing document: plain data, no Qt, no I/O.

Every class keeps the keys it does not know in ``extra`` so that a file written by a
newer version survives a load and save by this one.
"""

from __future__ import annotations

import datetime
import hashlib
import random
import string
import zlib
from collections.abc import Container
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

Extra = dict[str, Any]
HEADING_LEVELS = (1, 2, 3)
ID_LETTERS = string.digits + string.ascii_lowercase
ID_LENGTH = 6  # after the prefix: 36**6 ids, so that a clash is rare and then mended
SECTION_ID, BLOCK_ID = "s", "b"  # the prefixes: a section's id, a block's
_ids = random.Random()  # for what the user adds: unforeseeable, as it should be


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"

    @property
    def rank(self) -> int:
        """Sort key: high first, no priority last."""
        return _PRIORITY_RANK[self]

    @classmethod
    def ranked(cls) -> tuple[Priority, ...]:
        """The priorities a bullet can be given, high first (not NONE)."""
        return (cls.HIGH, cls.MEDIUM, cls.LOW)


_PRIORITY_RANK = {priority: rank for rank, priority in enumerate((*Priority.ranked(),
                                                                 Priority.NONE))}


def new_id(prefix: str, source: random.Random = _ids) -> str:
    """A short id (``s7kq2ab`` for a section, ``b93xd0k`` for a block) for something new;
    ``give_unique_ids`` mends the rare clash."""
    return prefix + "".join(source.choices(ID_LETTERS, k=ID_LENGTH))


def _section_id() -> str:
    return new_id(SECTION_ID)


def _block_id() -> str:
    return new_id(BLOCK_ID)


def today_iso() -> str:
    return datetime.date.today().isoformat()


# A table of contents: always, never, or (automatic) from CONTENTS_FROM_SECTIONS
# headed sections or CONTENTS_FROM_PAGES pages on.
CONTENTS_AUTO, CONTENTS_ON, CONTENTS_OFF = "auto", "on", "off"
CONTENTS_FROM_SECTIONS, CONTENTS_FROM_PAGES = 6, 8


# The letter's end matter and heading lines (besides ``subject``): the lists hold a line
# each, the signatory its three lines; empty ones print nothing.
LIST_FIELDS = ("heading_lines", "attachments", "distribution")
SIGNATORY_FIELDS = ("name", "title", "on_behalf_of")


@dataclass
class Signatory:
    name: str = ""
    title: str = ""
    on_behalf_of: str = ""  # whom the signatory signs for: "Bakan", "the Permanent Secretary"
    extra: Extra = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in SIGNATORY_FIELDS)


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
    language: str = ""  # BCP 47 ("tr-TR"); empty: the house style's language
    contents: str = ""  # CONTENTS_ON or CONTENTS_OFF; empty: automatic (CONTENTS_AUTO)
    subject: str = ""  # "Konu", beside the reference
    heading_lines: list[str] = field(default_factory=list)  # "T.C.", the ministry, the unit
    signatory: Signatory = field(default_factory=Signatory)
    attachments: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)  # the addressees
    extra: Extra = field(default_factory=dict)


# Every block and section has an id that stays with it through edits, moves, save and
# load; it is not part of what the block says, so equal content compares equal.
@dataclass
class Paragraph:
    TYPE: ClassVar[str] = "paragraph"
    text: str = ""
    extra: Extra = field(default_factory=dict)
    id: str = field(default_factory=_block_id, compare=False)


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
    TYPE: ClassVar[str] = "bullets"
    items: list[Bullet] = field(default_factory=list)
    numbered: bool = False
    extra: Extra = field(default_factory=dict)
    id: str = field(default_factory=_block_id, compare=False)


@dataclass
class Table:
    """A table whose rows are as wide as its header.

    Ragged input is made rectangular on construction: short rows gain empty cells,
    and a row longer than the header widens the header with empty cells, so no
    cell is ever dropped.
    """

    TYPE: ClassVar[str] = "table"
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    caption: str = ""
    extra: Extra = field(default_factory=dict)
    id: str = field(default_factory=_block_id, compare=False)

    def __post_init__(self) -> None:
        width = max([len(self.header), *(len(row) for row in self.rows)])
        self.header = pad(self.header, width)
        self.rows = [pad(row, width) for row in self.rows]

    @property
    def column_count(self) -> int:
        return len(self.header)


def pad(cells: list[str], width: int) -> list[str]:
    return list(cells) + [""] * (width - len(cells))


MEDIA_KEY_PREFIX = "sha256:"
PNG, JPEG, SVG = "image/png", "image/jpeg", "image/svg+xml"  # the images a briefing holds


@dataclass(frozen=True)
class Media:
    """An image's bytes and media type (``image/png``, ``image/jpeg``,
    ``image/svg+xml``), named by the hash of the bytes: see ``media.checked``."""

    type: str
    data: bytes = field(repr=False)

    @property
    def key(self) -> str:
        return MEDIA_KEY_PREFIX + hashlib.sha256(self.data).hexdigest()

    @property
    def is_vector(self) -> bool:
        return self.type == SVG


@dataclass
class Figure:
    """An image of the briefing's ``media``, printed ``width`` of the text's width wide
    (its shape kept), with its caption below it and its alt text for those who cannot
    see it."""

    TYPE: ClassVar[str] = "figure"
    media: str = ""  # the key of its image in Briefing.media
    caption: str = ""
    alt: str = ""
    width: float = 1.0  # a share of the text width, above 0 and at most 1
    extra: Extra = field(default_factory=dict)
    id: str = field(default_factory=_block_id, compare=False)


Block = Paragraph | BulletList | Table | Figure
# The block types by the name the file format gives them, in the order menus offer them.
BLOCK_TYPES: dict[str, type[Block]] = {
    kind.TYPE: kind for kind in (Paragraph, BulletList, Table, Figure)}


@dataclass
class Section:
    heading: str = ""
    blocks: list[Block] = field(default_factory=list)
    level: int = 1
    # An annex starts a new page and is lettered ("Annex A: ..."); the sections below
    # it, of a deeper level, are its own. Any section may start a new page.
    annex: bool = False
    page_break_before: bool = False
    extra: Extra = field(default_factory=dict)
    id: str = field(default_factory=_section_id, compare=False)


@dataclass
class Briefing:
    meta: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    extra: Extra = field(default_factory=dict)
    # The images its figures show, by key; an image no figure shows is not saved.
    media: dict[str, Media] = field(default_factory=dict)

    def add_media(self, media: Media) -> str:
        """Keep ``media`` (once, however often it is added) and give its key."""
        self.media.setdefault(media.key, media)
        return media.key

    def used_media(self) -> dict[str, Media]:
        """The images the figures show, in the order they first appear."""
        keys = [block.media for section in self.sections for block in section.blocks
                if isinstance(block, Figure)]
        return {key: self.media[key] for key in dict.fromkeys(keys) if key in self.media}

    def unlabelled_figures(self) -> list[Figure]:
        """The figures without alt text: a reader who cannot see them learns nothing."""
        return [block for section in self.sections for block in section.blocks
                if isinstance(block, Figure) and not block.alt.strip()]

    def display_title(self, doc_type: str | None = None) -> str:
        """The title for document properties and bookmarks: the title, or failing that
        the first heading, or the document type (``doc_type`` as printed, when given),
        so that no output is left untitled."""
        first_heading = next((s.heading for s in self.sections if s.heading), "")
        return self.meta.title or first_heading or (
            self.meta.doc_type if doc_type is None else doc_type)

    def words(self) -> list[str]:
        """Every word a reader sees, in reading order (for counts and completeness checks)."""
        texts = [self.meta.title, self.meta.subtitle]
        for section in self.sections:
            texts.append(section.heading)
            for block in section.blocks:
                texts.extend(block_texts(block))
        return [word for text in texts for word in text.split()]

    def give_unique_ids(self, keep: Container[str] | None = None) -> None:
        """Give every section and block without an id, with one used before it in the
        document, or (when ``keep`` is given) with one not in ``keep``, a new one; the
        others stay as they are. The new ids follow from the document's words, so that
        a file without ids, or an article, gets the same ids every time it is read."""
        source: random.Random | None = None
        seen: set[str] = set()
        for section in self.sections:
            for item, prefix in ((section, SECTION_ID),
                                 *((block, BLOCK_ID) for block in section.blocks)):
                if keep is not None and item.id not in keep:
                    item.id = ""
                while not item.id or item.id in seen:
                    source = source or random.Random(zlib.crc32(
                        "\n".join(self.words()).encode("utf-8", "replace")))
                    item.id = new_id(prefix, source)
                seen.add(item.id)

    def find(self, item_id: str) -> tuple[int, int] | None:
        """Where the section or block ``item_id`` stands: (section, block), block -1 for a
        section; None when the document has no such item."""
        for index, section in enumerate(self.sections):
            if section.id == item_id:
                return index, -1
            for position, block in enumerate(section.blocks):
                if block.id == item_id:
                    return index, position
        return None


def renew_ids(section: Section) -> Section:
    """``section`` with new ids for it and its blocks: a copy that is another section."""
    section.id = new_id(SECTION_ID)
    for block in section.blocks:
        block.id = new_id(BLOCK_ID)
    return section


def block_texts(block: Block) -> list[str]:
    match block:
        case Paragraph():
            return [block.text]
        case BulletList():
            return [item.display_text for item in block.items]
        case Table():
            return [block.caption, *block.header, *(cell for row in block.rows for cell in row)]
        case Figure():
            return [block.caption]
    raise TypeError(f"not a block: {block!r}")
