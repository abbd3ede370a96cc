"""Exporters: one module per output format, each reading the same model."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..inline import plain_text
from ..model import Block, Briefing, BulletList, Priority
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
    section of every block it kept: bullet lists the options leave empty are dropped,
    and the preview must still find the block being edited in what was printed."""
    meta = briefing.meta
    if options.classification is not None:
        meta = dataclasses.replace(meta, classification=options.classification)
    sections, origins = [], []
    for section in briefing.sections:
        kept = [(index, selected) for index, selected in
                enumerate(_select(block, options) for block in section.blocks)
                if selected is not None]
        sections.append(dataclasses.replace(section, blocks=[block for _, block in kept]))
        origins.append([index for index, _ in kept])
    return dataclasses.replace(briefing, meta=meta, sections=sections), origins


def _select(block: Block, options: ExportOptions) -> Block | None:
    if not isinstance(block, BulletList):
        return block
    items = block.items
    if options.min_priority is not None:
        # A bullet without a priority is below every priority.
        items = [item for item in items if item.priority.rank <= options.min_priority.rank]
    if options.sort_by_priority:
        items = sorted(items, key=lambda item: item.priority.rank)  # stable: ties keep order
    if not items:
        return None
    return dataclasses.replace(block, items=items)

