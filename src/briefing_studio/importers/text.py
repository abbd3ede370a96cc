"""Article text, as desk officers paste it, into a briefing.

The conventions (DESIGN.md): each line is one block. A first short line with no final
punctuation is the title; later such lines are headings; ``- `` starts a bullet and
``1. `` a numbered item, either of which may open with a priority tag (``[HIGH]``,
``[P2]``, or the priority's word in any language we print: ``[YÜKSEK]``) and a
``Label: text``; a line containing ``|`` followed by a ``---|`` ruler starts a table,
which runs while lines contain ``|``. Nothing is invented: without a title line the
title stays empty. The document's language is guessed from its letters and small words
(Turkish), else left to the house style.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..language import fold, guess_language, languages
from ..model import Briefing, Bullet, Metadata, Paragraph, Priority, Table
from ..xmltext import clean
from .builder import SectionBuilder

# A line this long or longer is prose, whatever its last character.
HEADING_MAX_LENGTH = 130
FINAL_PUNCTUATION = (".", ":", "!", "?")
LABEL_MAX_WORDS = 8

BULLET = re.compile(r"^- ")
NUMBERED = re.compile(r"^\d+\. ")
# A bracketed word; it is a priority tag when priority_of_word knows it.
PRIORITY_TAG = re.compile(r"^\[([^\]\s]+)\]\s*")
RULER = re.compile(r"^(?=.*\|)[\s|:]*-{3}[-\s|:]*$")
SEPARATOR = re.compile(r"^[-|\s]+$")
LABELLED = re.compile(r"^(?P<label>[^:]+?):\s+(?P<text>\S.*)$", re.DOTALL)
# A bold lead-in, as Markdown and Word write it: **Label:** text, or **Label**: text.
BOLD_LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)(?::\*\*|\*\*:)\s+(?P<text>\S.*)$", re.DOTALL)


def import_article_text(text: str) -> Briefing:
    text = unicodedata.normalize("NFC", clean(text))
    lines = [line.strip() for line in text.splitlines()]
    briefing = _ArticleReader(lines).read()
    briefing.meta.language = guessed_language(briefing)
    briefing.give_unique_ids(keep=())  # the same text, the same ids
    return briefing


def guessed_language(briefing: Briefing) -> str:
    """The language the briefing's words tell (``tr-TR``), or "" (the house style's)."""
    return guess_language(briefing.words())


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
    tag = PRIORITY_TAG.match(content)
    priority = priority_of_word(tag.group(1)) if tag else Priority.NONE
    if priority is Priority.NONE:
        return Priority.NONE, content  # "[see annex] ..." is text, not a tag
    return priority, content[tag.end():]


def priority_of_word(word: str) -> Priority:
    """The priority a tag or badge names (``HIGH``, ``P1``, ``Yüksek``, ``düşük``), in
    any case; NONE for any other word."""
    return _priority_words().get(fold(word), Priority.NONE)


@cache
def _priority_words() -> dict[str, Priority]:
    """Each priority's name, its rank tag (P1 for high) and its word in every language."""
    words = {}
    for rank, priority in enumerate(Priority.ranked(), start=1):
        words[priority.value] = words[f"p{rank}"] = priority
        for language in languages().values():
            words[fold(language.priority(priority))] = priority
    return words


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
