"""Collecting blocks into sections as an importer reads a document from top to bottom."""

from __future__ import annotations

from ..model import Block, Bullet, BulletList, Section
from ..plan import annex_heading


class SectionBuilder:
    def __init__(self) -> None:
        self.sections: list[Section] = []

    def heading(self, text: str, level: int = 1) -> None:
        """A new section; a heading that begins with an annex's label ("Annex A: ...",
        "Ek-2: ...", as our outputs print it) begins an annex, the label left out."""
        annex, text = annex_heading(text)
        self.sections.append(Section(heading=text, level=level, annex=annex))

    def add(self, block: Block) -> None:
        self.blocks().append(block)

    def add_item(self, bullet: Bullet, numbered: bool) -> None:
        """Add to the list just before, or start a list when the kind changes."""
        blocks = self.blocks()
        if not (blocks and isinstance(blocks[-1], BulletList) and blocks[-1].numbered == numbered):
            blocks.append(BulletList(numbered=numbered))
        blocks[-1].items.append(bullet)

    def blocks(self) -> list[Block]:
        if not self.sections:
            self.sections.append(Section())  # the lead, before any heading
        return self.sections[-1].blocks
