"""Two fixes for an importer's guess about where sections begin, each a new list of
sections that the app applies as one undoable step: a heading that should have been
text joins the section above, and a paragraph that should have been a heading starts a
section of its own."""

from __future__ import annotations

import copy

from .model import Paragraph, Section


def merged_with_previous(sections: list[Section], index: int) -> list[Section]:
    """The sections with section ``index`` joined to the one above it: its heading becomes
    that section's next paragraph, followed by its blocks."""
    if not 0 < index < len(sections):
        raise ValueError("only a section below another can merge with the previous one")
    merged = copy.deepcopy(sections[index - 1])
    section = sections[index]
    if section.heading:
        merged.blocks.append(Paragraph(text=section.heading))
    merged.blocks += copy.deepcopy(section.blocks)
    return [*sections[:index - 1], merged, *sections[index + 1:]]


def split_at_paragraph(sections: list[Section], block_id: str) -> tuple[list[Section], int]:
    """The sections with the paragraph ``block_id`` made the heading of a new section,
    which takes the blocks after it; and the new section's index."""
    for index, section in enumerate(sections):
        for position, block in enumerate(section.blocks):
            if block.id != block_id:
                continue
            if not isinstance(block, Paragraph) or not block.text.strip():
                raise ValueError("only a paragraph with words can become a heading")
            before = copy.deepcopy(section)
            before.blocks = copy.deepcopy(section.blocks[:position])
            heading = " ".join(block.text.split())  # a heading is one line
            after = Section(heading=heading, level=section.level,
                            blocks=copy.deepcopy(section.blocks[position + 1:]))
            # A lead left without text is no section at all.
            kept = [before] if before.blocks or before.heading else []
            new = [*sections[:index], *kept, after, *sections[index + 1:]]
            return new, index + len(kept)
    raise ValueError(f"no block {block_id!r} in the briefing")
