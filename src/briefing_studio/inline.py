"""The briefing's inline markup: ``**bold**``, ``*italic*`` and ``***both***``, and notes,
``^[note text]`` (pandoc's inline note), nothing else.

An asterisk that does not open and close a span around text (``5 * 3``, a lone ``*``)
is an ordinary character. Every exporter and the preview read text through here, so
that the same text means the same thing everywhere. The plan numbers the notes through
the document (``number_notes``) and the renderers meet each as a span with its number.
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


# A note written in the text; its body may hold brackets one deep ("[sic]").
NOTE = re.compile(r"\^\[(?P<body>(?:[^\[\]]|\[[^\[\]]*\])*)\]")
# A numbered note's reference, as the plan leaves it in the text for the renderers:
# characters of Unicode's private use area, which no user text holds (see number_notes).
REFERENCE_OPEN, REFERENCE_CLOSE = "\ue000", "\ue001"
REFERENCE = re.compile(f"{REFERENCE_OPEN}(\\d+){REFERENCE_CLOSE}")


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False
    note: int = 0  # the number of the note referenced here (text empty), or 0


def number_notes(text: str, notes: list[str]) -> str:
    """``text`` with each of its notes replaced by a reference numbered after those in
    ``notes``, to which the note's text is added."""
    text = text.replace(REFERENCE_OPEN, "").replace(REFERENCE_CLOSE, "")

    def reference(match: re.Match) -> str:
        notes.append(match.group("body").strip())
        return f"{REFERENCE_OPEN}{len(notes)}{REFERENCE_CLOSE}"

    return NOTE.sub(reference, text)


def note_around(text: str, index: int) -> tuple[int, int, str] | None:
    """The note written at ``index`` of ``text`` (the cursor on or inside it): where it
    starts and ends, and its text; None when the index is in no note."""
    return next(((match.start(), match.end(), match.group("body"))
                 for match in NOTE.finditer(text) if match.start() <= index <= match.end()),
                None)


def written_note(body: str) -> str:
    """``body`` as a note, ``^[body]``: brackets that would end it early become
    parentheses, line breaks spaces."""
    body = " ".join(body.split())
    if not NOTE.fullmatch(f"^[{body}]"):
        body = body.replace("[", "(").replace("]", ")")
    return f"^[{body}]"


def parse_inline(text: str, bold: bool = False, italic: bool = False) -> list[Span]:
    """The spans of ``text``: its runs of bold, italic and plain text, and the references
    to its notes (numbered by ``number_notes``)."""
    return [piece for span in _emphasis(text, bold, italic) for piece in _references(span)]


def _references(span: Span) -> list[Span]:
    if REFERENCE_OPEN not in span.text:
        return [span]
    pieces = REFERENCE.split(span.text)  # text, number, text, number, ..., text
    spans = []
    for index, piece in enumerate(pieces):
        if index % 2:
            spans.append(Span("", span.bold, span.italic, note=int(piece)))
        elif piece:
            spans.append(Span(piece, span.bold, span.italic))
    return spans


def _emphasis(text: str, bold: bool, italic: bool) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for match in SPAN.finditer(text):
        if match.start() > position:
            spans.append(Span(text[position:match.start()], bold, italic))
        marker_bold, marker_italic = STYLE_OF_MARKER[match.group("marker")]
        spans.extend(_emphasis(match.group("body"), bold or marker_bold,
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
    the selected words.

    Inside a span of that style, the selection leaves it (the span is split around it);
    anywhere else the selection takes the style once, the same style inside it giving
    way. An empty selection takes the word it is in; outside any word it opens an empty
    pair of markers to type into.
    """
    # Asterisks just inside the selection belong to its markup, not to its words.
    while start < end and text[start] == "*" and text[end - 1] == "*" and end - start > 1:
        start, end = start + 1, end - 1
    if start == end:
        size = len(marker)
        if text[start - size:start] == marker == text[start:start + size]:
            # The empty pair a first press opened: a second press takes it back.
            return text[:start - size] + text[start + size:], start - size, start - size
        start, end = _word_around(text, start)
    span = _enclosing_span(text, start, end, marker)
    if span is None:
        before = text[:start]
        inner, first, last = _wrapped(_without_style(text[start:end], marker), marker,
                                      empty_pair=True)
        return before + inner + text[end:], len(before) + first, len(before) + last
    outer, body_start, body_end, span_marker = span
    rest = _remove_style(span_marker, marker)
    left, _, _ = _wrapped(text[body_start:start], span_marker)
    middle, first, last = _wrapped(text[start:end], rest)
    right, _, _ = _wrapped(text[end:body_end], span_marker)
    before = text[:outer[0]] + left
    return (before + middle + right + text[outer[1]:],
            len(before) + first, len(before) + last)


def _has_style(span_marker: str, marker: str) -> bool:
    return span_marker == "***" or span_marker == marker


def _remove_style(span_marker: str, marker: str) -> str:
    """The marker a span keeps once ``marker``'s style is taken from it."""
    if span_marker == "***":
        return "*" if marker == "**" else "**"
    return ""


def _enclosing_span(text: str, start: int, end: int, marker: str, offset: int = 0):
    """The innermost span of ``marker``'s style whose words hold ``[start, end)``:
    ((span start, span end), body start, body end, its marker), or None."""
    for match in SPAN.finditer(text):
        body_start, body_end = offset + match.start("body"), offset + match.end("body")
        if body_start <= start and end <= body_end:
            inner = _enclosing_span(match.group("body"), start, end, marker, body_start)
            if inner is not None or not _has_style(match.group("marker"), marker):
                return inner
            return ((offset + match.start(), offset + match.end()), body_start, body_end,
                    match.group("marker"))
    return None


def _without_style(text: str, marker: str) -> str:
    """``text`` with ``marker``'s style taken from every span in it."""
    pieces, position = [], 0
    for match in SPAN.finditer(text):
        pieces.append(text[position:match.start()])
        span_marker, body = match.group("marker"), _without_style(match.group("body"), marker)
        kept = _remove_style(span_marker, marker) if _has_style(span_marker, marker) \
            else span_marker
        pieces.append(kept + body + kept)
        position = match.end()
    pieces.append(text[position:])
    return "".join(pieces)


def _wrapped(piece: str, marker: str, empty_pair: bool = False) -> tuple[str, int, int]:
    """``piece`` in ``marker`` (spaces at its ends stay outside, where markup allows
    them); with the span of its words. Nothing to wrap gives nothing, or with
    ``empty_pair`` a pair of markers to type into."""
    words = piece.strip()
    lead = piece[:len(piece) - len(piece.lstrip())]
    if not words:
        if empty_pair and not piece:
            return marker + marker, len(marker), len(marker)
        return piece, len(lead), len(lead)
    trail = piece[len(lead) + len(words):]
    first = len(lead) + len(marker)
    return lead + marker + words + marker + trail, first, first + len(words)


def _word_around(text: str, position: int) -> tuple[int, int]:
    start = end = position
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
        end += 1
    return start, end
