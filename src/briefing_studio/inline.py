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


def toggle_emphasis(text: str, start: int, end: int, marker: str) -> tuple[str, int, int]:
    """Turn bold (``marker`` ``**``) or italic (``*``) on or off for ``text[start:end]``,
    as Ctrl+B and Ctrl+I do in a word processor; returns the new text and the new span of
    the selected words. An empty selection takes the word it is in; outside any word it
    opens an empty pair of markers to type into."""
    # Asterisks just inside the selection belong to its markup, not to its words.
    while start < end and text[start] == "*" and text[end - 1] == "*" and end - start > 1:
        start, end = start + 1, end - 1
    if start == end:
        start, end = _word_around(text, start)
    before = len(text[:start]) - len(text[:start].rstrip("*"))
    after = len(text[end:]) - len(text[end:].lstrip("*"))
    present = min(before, after)
    on = present in (2, 3) if marker == "**" else present in (1, 3)
    if on:
        size = len(marker)
        text = text[:start - size] + text[start:end] + text[end + size:]
        return text, start - size, end - size
    text = text[:start] + marker + text[start:end] + marker + text[end:]
    return text, start + len(marker), end + len(marker)


def _word_around(text: str, position: int) -> tuple[int, int]:
    start = end = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return start, end
