"""Right-to-left runs inside left-to-right text.

Word and reportlab both need an Arabic run marked as such: Word to set it right to left
with a complex-script font, reportlab to shape it with an Arabic font. Spaces between
Arabic words stay inside the run, so that a phrase keeps its own word order.
"""

from __future__ import annotations

import re

RTL_LETTERS = (
    "\u0590-\u05ff\u0600-\u06ff\u0700-\u074f\u0750-\u077f\u08a0-\u08ff"
    "\ufb1d-\ufdff\ufe70-\ufeff"
)
RTL_RUN = re.compile(
    rf"[{RTL_LETTERS}](?:[{RTL_LETTERS}\u064b-\u065f\u0660-\u0669\s،؛؟]*[{RTL_LETTERS}])?"
)


def split_by_direction(text: str) -> list[tuple[str, bool]]:
    """``text`` as consecutive ``(piece, is_rtl)`` pieces that join back to ``text``."""
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in RTL_RUN.finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def has_rtl(text: str) -> bool:
    return RTL_RUN.search(text) is not None
