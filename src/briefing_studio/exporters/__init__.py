"""Exporters: one module per output format, each reading the same model."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from ..inline import plain_text
from ..model import Block, Briefing, BulletList, Priority
from ..style import HouseStyle, load_style
from ..xmltext import clean


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
    meta = briefing.meta
    if options.classification is not None:
        meta = dataclasses.replace(meta, classification=options.classification)
    sections = [
        dataclasses.replace(section, blocks=[
            block for block in (_select(b, options) for b in section.blocks) if block is not None
        ])
        for section in briefing.sections
    ]
    return dataclasses.replace(briefing, meta=meta, sections=sections)


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

