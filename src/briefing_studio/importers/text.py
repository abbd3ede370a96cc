"""Article text, as desk officers paste it, into a briefing.

The conventions (DESIGN.md): each line is one block. A first short line with no final
punctuation is the title; later such lines are headings; ``- `` starts a bullet and
``1. `` a numbered item, either of which may open with a priority tag (``[HIGH]``,
``[P2]`` ...) and a ``Label: text``; a line containing ``|`` followed by a ``---|``
ruler starts a table, which runs while lines contain ``|``. Nothing is invented:
without a title line the title stays empty.
"""

from __future__ import annotations

import re
import unicodedata

from ..model import Briefing, Bullet, Metadata, Paragraph, Priority, Table
from ..xmltext import clean
from .builder import SectionBuilder

# A line this long or longer is prose, whatever its last character.
HEADING_MAX_LENGTH = 130
FINAL_PUNCTUATION = (".", ":", "!", "?")
LABEL_MAX_WORDS = 8

BULLET = re.compile(r"^- ")
NUMBERED = re.compile(r"^\d+\. ")
PRIORITY_TAG = re.compile(r"^\[(HIGH|MEDIUM|LOW|P1|P2|P3)\]\s*", re.IGNORECASE)
PRIORITY_BY_TAG = {
    "high": Priority.HIGH, "p1": Priority.HIGH,
    "medium": Priority.MEDIUM, "p2": Priority.MEDIUM,
    "low": Priority.LOW, "p3": Priority.LOW,
}
RULER = re.compile(r"^(?=.*\|)[\s|:]*-{3}[-\s|:]*$")
SEPARATOR = re.compile(r"^[-|\s]+$")
LABELLED = re.compile(r"^(?P<label>[^:]+?):\s+(?P<text>\S.*)$", re.DOTALL)
# A bold lead-in, as Markdown and Word write it: **Label:** text, or **Label**: text.
BOLD_LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)(?::\*\*|\*\*:)\s+(?P<text>\S.*)$", re.DOTALL)


def import_article_text(text: str) -> Briefing:
    text = unicodedata.normalize("NFC", clean(text))
    lines = [line.strip() for line in text.splitlines()]
    return _ArticleReader(lines).read()


def is_heading_line(line: str) -> bool:
    return (
        0 < len(line) < HEADING_MAX_LENGTH
        and not line.endswith(FINAL_PUNCTUATION)
        and not BULLET.match(line)
        and not NUMBERED.match(line)
    )


def split_cells(line: str) -> list[str]:
    """The cells of a pipe-table line; outer pipes are borders, not empty cells."""
    inner = line.strip()
    inner = inner.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in inner.split("|")]


def parse_bullet(content: str) -> Bullet:
    """A bullet's priority tag and ``Label: text`` (or bold ``**Label:** text``) lead-in,
    from the text after its marker."""
    priority, content = split_priority_tag(content)
    for pattern in (BOLD_LABEL, LABELLED):
        match = pattern.match(content)
        if match and is_label(match.group("label")):
            return Bullet(label=match.group("label"), text=match.group("text"),
                          priority=priority)
    return Bullet(text=content, priority=priority)


def split_priority_tag(content: str) -> tuple[Priority, str]:
    if tag := PRIORITY_TAG.match(content):
        return PRIORITY_BY_TAG[tag.group(1).lower()], content[tag.end():]
    return Priority.NONE, content


def is_label(candidate: str) -> bool:
    # A lead-in is a short phrase, not a clause: "Border management: ..." is a label,
    # "The minister said that the talks would resume on Monday: ..." is not.
    return len(candidate.split()) <= LABEL_MAX_WORDS and not any(
        mark in candidate for mark in (". ", "? ", "! ", "; ")
    )


class _ArticleReader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0
        self.meta = Metadata()
        self.built = SectionBuilder()

    def read(self) -> Briefing:
        first = next((index for index, line in enumerate(self.lines) if line), -1)
        while self.position < len(self.lines):
            line = self.lines[self.position]
            if self._starts_table():
                self._read_table()
                continue
            self.position += 1
            if not line or SEPARATOR.match(line):
                continue
            if BULLET.match(line):
                self.built.add_item(parse_bullet(line[2:].strip()), numbered=False)
            elif NUMBERED.match(line):
                content = NUMBERED.sub("", line, count=1).strip()
                self.built.add_item(parse_bullet(content), numbered=True)
            elif is_heading_line(line) and self.position - 1 == first:
                self.meta.title = line
            elif is_heading_line(line):
                self.built.heading(line)
            else:
                self.built.add(Paragraph(text=line))
        return Briefing(meta=self.meta, sections=self.built.sections)

    def _starts_table(self) -> bool:
        line = self.lines[self.position]
        following = self.lines[self.position + 1] if self.position + 1 < len(self.lines) else ""
        return "|" in line and not SEPARATOR.match(line) and bool(RULER.match(following))

    def _read_table(self) -> None:
        header = split_cells(self.lines[self.position])
        self.position += 2  # the header and its ruler
        rows = []
        while self.position < len(self.lines) and "|" in self.lines[self.position]:
            line = self.lines[self.position]
            self.position += 1
            if not (RULER.match(line) or SEPARATOR.match(line)):
                rows.append(_trim_empty_overflow(split_cells(line), len(header)))
        self.built.add(Table(header=header, rows=rows))


def _trim_empty_overflow(cells: list[str], width: int) -> list[str]:
    """Drop empty cells past the header's width (a stray trailing pipe), keep the rest."""
    while len(cells) > width and not cells[-1]:
        cells.pop()
    return cells
