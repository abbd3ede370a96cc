"""The briefing's inline markup: ``**bold**``, ``*italic*`` and ``***both***``, nothing else.

An asterisk that does not open and close a span around text (``5 * 3``, a lone ``*``)
is an ordinary character. Every exporter and the preview read text through here, so
that the same text means the same thing everywhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The opener must be followed, and the closer preceded, by a non-space character,
# as in CommonMark, and a span never begins or ends inside a run of asterisks.
SPAN = re.compile(
    r"(?P<marker>\*\*\*|\*\*|\*)(?=[^\s*])(?P<body>.+?)(?<=[^\s*])(?P=marker)(?!\*)",
    re.DOTALL,
)
STYLE_OF_MARKER = {"***": (True, True), "**": (True, False), "*": (False, True)}


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


def parse_inline(text: str, bold: bool = False, italic: bool = False) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for match in SPAN.finditer(text):
        if match.start() > position:
            spans.append(Span(text[position:match.start()], bold, italic))
        marker_bold, marker_italic = STYLE_OF_MARKER[match.group("marker")]
        spans.extend(parse_inline(match.group("body"), bold or marker_bold,
                                  italic or marker_italic))
        position = match.end()
    if position < len(text):
        spans.append(Span(text[position:], bold, italic))
    return spans


def plain_text(text: str) -> str:
    """The text as a reader sees it, without the markup."""
    return "".join(span.text for span in parse_inline(text))
