"""Collecting blocks into sections as an importer reads a document from top to bottom."""

from __future__ import annotations

from ..model import Block, Bullet, BulletList, Section


class SectionBuilder:
    def __init__(self) -> None:
        self.sections: list[Section] = []

    def heading(self, text: str, level: int = 1) -> None:
        self.sections.append(Section(heading=text, level=level))

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
