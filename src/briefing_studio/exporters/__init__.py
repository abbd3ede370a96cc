"""Exporters: one module per output format, each reading the same model."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..inline import plain_text
from ..model import Block, Briefing, BulletList, Paragraph, Priority, Section
from ..style import HouseStyle, load_style
from ..xmltext import clean

# For each section, the original index of each block that is printed.
BlockOrigins = list[list[int]]


@dataclass(frozen=True)
class ExportOptions:
    style: HouseStyle = dataclasses.field(default_factory=load_style)
    classification: str | None = None  # replaces the briefing's own marking when given
    min_priority: Priority | None = None  # leave out bullets below this priority
    sort_by_priority: bool = False
    docx_template: Path | None = None  # the ministry's own Word template, for DOCX


@dataclass(frozen=True)
class DocumentInfo:
    """What both formats put in their document properties: plain text, no markup, nothing
    XML cannot hold."""

    title: str
    author: str
    subject: str
    keywords: str
    classification: str


def document_info(briefing: Briefing) -> DocumentInfo:
    meta = briefing.meta
    keywords = ", ".join(p for p in (meta.classification, meta.doc_type, meta.reference) if p)
    return DocumentInfo(
        title=clean(plain_text(briefing.display_title)),
        author=clean(meta.prepared_by),
        subject=clean(plain_text(meta.subtitle or meta.doc_type)),
        keywords=clean(keywords),
        classification=clean(meta.classification),
    )


def prepare(briefing: Briefing, options: ExportOptions) -> Briefing:
    """The briefing as the options want it printed; the original is left unchanged."""
    return prepare_with_origins(briefing, options)[0]


def prepare_with_origins(briefing: Briefing,
                         options: ExportOptions) -> tuple[Briefing, BlockOrigins]:
    """The prepared briefing, and for each of its sections the index in the original
    section of every block it kept, so that the preview still finds the block being
    edited in what was printed.

    ``min_priority`` makes a summary: bullets marked with a lower priority go, and with
    them a list left empty, the lead-in that introduced it ("Key topics include:") and a
    heading left with nothing under it. Paragraphs, tables, numbered lists (decisions,
    steps) and bullets without a priority stay: nobody ranked them below anything.
    """
    meta = briefing.meta
    if options.classification is not None:
        meta = dataclasses.replace(meta, classification=options.classification)
    sections, origins = [], []
    for section in briefing.sections:
        kept = _kept_blocks(section.blocks, options)
        sections.append(dataclasses.replace(section, blocks=[block for _, block in kept]))
        origins.append([index for index, _ in kept])
    return dataclasses.replace(briefing, meta=meta, sections=_without_empty_headings(
        sections, briefing.sections)), origins


def _kept_blocks(blocks: list[Block], options: ExportOptions) -> list[tuple[int, Block]]:
    selected = [_select(block, options) for block in blocks]
    # A list the options emptied; a list the author left empty is no one's doing.
    emptied = [chosen is None and isinstance(block, BulletList) and bool(block.items)
               for block, chosen in zip(blocks, selected, strict=True)]
    return [(index, chosen) for index, chosen in enumerate(selected) if chosen is not None
            and not (index + 1 < len(blocks) and emptied[index + 1]
                     and _is_lead_in(blocks[index]))]


def _is_lead_in(block: Block) -> bool:
    return isinstance(block, Paragraph) and plain_text(block.text).rstrip().endswith(":")


def _without_empty_headings(sections: list[Section], originals: list[Section]) -> list[Section]:
    """Sections whose heading the options left with nothing to head, neither blocks nor
    a subsection with blocks, lose their heading. They stay in the list, empty, so that
    every section keeps its index (the preview's places); an empty section prints
    nothing and takes no heading number. A heading the author left empty stays."""
    printed, written = _content_under(sections), _content_under(originals)
    return [dataclasses.replace(section, heading="")
            if section.heading and written[index] and not printed[index] else section
            for index, section in enumerate(sections)]


def _content_under(sections: list[Section]) -> list[bool]:
    """For each section, whether it or a section below it (up to the next heading of its
    level or higher) has blocks."""
    found = [False] * len(sections)
    # below[level]: blocks in the sections after this one, before the next of that level
    below = {1: False, 2: False, 3: False}
    for index in range(len(sections) - 1, -1, -1):
        section = sections[index]
        found[index] = bool(section.blocks) or below[section.level]
        for level in below:
            below[level] = False if level >= section.level else (
                below[level] or bool(section.blocks))
    return found


def _select(block: Block, options: ExportOptions) -> Block | None:
    if not isinstance(block, BulletList):
        return block
    items = block.items
    if options.min_priority is not None and not block.numbered:
        items = [item for item in items if item.priority is Priority.NONE
                 or item.priority.rank <= options.min_priority.rank]
    if options.sort_by_priority:
        items = sorted(items, key=lambda item: item.priority.rank)  # stable: ties keep order
    if not items:
        return None
    return dataclasses.replace(block, items=items)
