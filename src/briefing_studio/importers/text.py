"""Article text, as desk officers paste it, into a briefing.

The conventions (DESIGN.md): each line is one block. A bullet starts with a marker
(``-`` ``*`` ``•`` ``◦`` ``▪``, or ``–`` on two lines or more) and a numbered item with
``1.`` or ``1)``; either may open with a priority tag (``[HIGH]``, ``[P2]``, or the
priority's word in any language we print: ``[YÜKSEK]``) and a ``Label: text``. A line
containing ``|`` followed by a ``---|`` ruler starts a table, which runs while lines
contain ``|``; lines of cells separated by tabs (a table copied from a browser) are a
table too, and a fenced block (three backticks) is one paragraph of code. Which other
lines are headings, and which is the title, is weighed in headings.py; lines about the
article (dateline, byline, credits) fill the metadata (article_meta.py). Nothing is
invented: without a title line the title stays empty. The document's language is
guessed from its letters and small words, else left to the house style.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from functools import cache
from typing import NamedTuple

from ..dates import month_number
from ..language import fold, guess_language, languages
from ..model import Block, Briefing, Bullet, Metadata, Paragraph, Priority, Table
from ..xmltext import clean
from .article_meta import ArticleFacts, is_meta_line, read_paragraph_facts
from .builder import SectionBuilder
from .headings import (
    END,
    PLAIN_MAX_WORDS,
    START,
    Neighbour,
    ends_sentence,
    has_heading_shape,
    is_heading,
    looks_like_code,
    words_of,
)

LABEL_MAX_WORDS = 8
# The head of an article, where its byline and date stand, and its lead, where a wire
# story names its source ("reported by Daily Sabah").
HEAD_PIECES = 12
LEAD_PARAGRAPHS = 3
# Leading lines of at least this many words are headlines; shorter ones, kickers.
TITLE_MIN_WORDS = 4

BULLET = re.compile(r"^[-*•◦▪▫‣●○■□·]\s+(?=\S)")
DASH_BULLET = re.compile(r"^–\s+(?=\S)")  # a dialogue dash too, unless lines repeat it
NUMBERED = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
# A fence is a line of its own: three backticks or tildes, perhaps the code's language.
FENCE = re.compile(r"^(```|~~~)[\w+-]*$")
# A bracketed word; it is a priority tag when priority_of_word knows it.
PRIORITY_TAG = re.compile(r"^\[([^\]\s]+)\]\s*")
RULER = re.compile(r"^(?=.*\|)[\s|:]*-{3}[-\s|:]*$")
SEPARATOR = re.compile(r"^[-|\s]+$")
LABELLED = re.compile(r"^(?P<label>[^:]+?):\s+(?P<text>\S.*)$", re.DOTALL)
# A bold lead-in, as Markdown and Word write it: **Label:** text, or **Label**: text.
BOLD_LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)(?::\*\*|\*\*:)\s+(?P<text>\S.*)$", re.DOTALL)
# Invisible characters a browser leaves in copied text: a soft hyphen, a zero-width
# space, a byte order mark. Joiners stay: Arabic and Persian need them.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
# Blank lines set paragraphs apart when at least this share of lines is followed by one.
SPACED_SHARE = 0.5


def import_article_text(text: str, today: datetime.date | None = None) -> Briefing:
    briefing = _ArticleReader(article_lines(text)).read(today or datetime.date.today())
    briefing.meta.language = guessed_language(briefing)
    briefing.give_unique_ids(keep=())  # the same text, the same ids
    return briefing


def article_lines(text: str) -> list[str]:
    """The lines of pasted text, in NFC, without what no reader sees: the characters XML
    cannot hold, soft hyphens, and non-breaking spaces (ordinary spaces for a reader)."""
    text = unicodedata.normalize("NFC", clean(text)).translate(INVISIBLE)
    return [line.replace("\u00a0", " ").rstrip() for line in text.splitlines()]


def guessed_language(briefing: Briefing) -> str:
    """The language the briefing's words tell (``tr-TR``), or "" (the house style's)."""
    return guess_language(briefing.words())


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



class _Piece(NamedTuple):
    """A line of text, or a list item, table or code block, as the text sets it."""

    text: str = ""  # the line, marker and all
    block: Block | Bullet | None = None  # None for a line of text
    numbered: bool = False
    in_run: bool = False  # continues a group of lines that blank lines set apart
    apart: bool = False  # a blank line sets it apart from the line before, in spaced text


class _ArticleReader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.position = 0
        self.pieces: list[_Piece] = []
        nonblank = [index for index, line in enumerate(lines) if line.strip()]
        followed = sum(1 for index in nonblank[:-1] if not lines[index + 1].strip())
        self.spaced = len(nonblank) > 2 and followed >= SPACED_SHARE * (len(nonblank) - 1)

    def read(self, today: datetime.date) -> Briefing:
        self._read_pieces()
        return _Structure(self.pieces).briefing(today)

    def _read_pieces(self) -> None:
        after_blank = True
        while self.position < len(self.lines):
            line = self.lines[self.position].strip()
            if not line or SEPARATOR.match(line):
                self.position += 1
                after_blank = after_blank or not line
                continue
            in_run = self.spaced and not after_blank and bool(self.pieces) and \
                self.pieces[-1].block is None
            apart = self.spaced and after_blank
            after_blank = False
            if fence := FENCE.match(line):
                self._read_code(fence[1])
            elif self._starts_pipe_table():
                self._read_pipe_table()
            elif self._starts_tab_table():
                self._read_tab_table()
            else:
                self.position += 1
                self.pieces.append(self._line_piece(line, in_run, apart))

    def _line_piece(self, line: str, in_run: bool, apart: bool) -> _Piece:
        if marker := BULLET.match(line) or self._dash_bullet(line):
            return _Piece(text=line, block=parse_bullet(line[marker.end():]))
        if (marker := NUMBERED.match(line)) and not _starts_with_month(line[marker.end():]):
            return _Piece(text=line, block=parse_bullet(line[marker.end():]), numbered=True,
                          apart=apart)
        return _Piece(text=" ".join(line.split("\t")), in_run=in_run, apart=apart)

    def _dash_bullet(self, line: str) -> re.Match | None:
        marker = DASH_BULLET.match(line)
        if not marker:
            return None
        here = self.position - 1  # the line is read: position is past it
        neighbours = self.lines[max(here - 1, 0):here + 2]
        repeated = sum(1 for other in neighbours if DASH_BULLET.match(other.strip()))
        return marker if repeated >= 2 else None

    def _read_code(self, fence: str) -> None:
        start = self.position + 1
        end = next((index for index in range(start, len(self.lines))
                    if self.lines[index].strip() == fence), None)
        if end is None:  # an unclosed fence is a line of text
            self.position += 1
            self.pieces.append(_Piece(text=self.lines[start - 1].strip()))
            return
        code = "\n".join(self.lines[start:end]).strip("\n")
        self.position = end + 1
        if code.strip():
            self.pieces.append(_Piece(block=Paragraph(text=code)))

    def _starts_pipe_table(self) -> bool:
        line = self.lines[self.position]
        following = self.lines[self.position + 1] if self.position + 1 < len(self.lines) else ""
        return "|" in line and not SEPARATOR.match(line) and bool(RULER.match(following))

    def _read_pipe_table(self) -> None:
        header = split_cells(self.lines[self.position])
        self.position += 2  # the header and its ruler
        rows = []
        while self.position < len(self.lines) and "|" in self.lines[self.position]:
            line = self.lines[self.position]
            self.position += 1
            if not (RULER.match(line) or SEPARATOR.match(line)):
                rows.append(_trim_empty_overflow(split_cells(line), len(header)))
        self.pieces.append(_Piece(block=Table(header=header, rows=rows)))

    def _starts_tab_table(self) -> bool:
        following = self.lines[self.position + 1:self.position + 2]
        return "\t" in self.lines[self.position].strip() and bool(following) and \
            "\t" in following[0].strip()

    def _read_tab_table(self) -> None:
        rows = []
        while self.position < len(self.lines) and "\t" in self.lines[self.position].strip():
            rows.append([cell.strip() for cell in self.lines[self.position].strip().split("\t")])
            self.position += 1
        self.pieces.append(_Piece(block=Table(header=rows[0], rows=rows[1:])))


class _Structure:
    """The sections, title and metadata the pieces of an article make."""

    def __init__(self, pieces: list[_Piece]) -> None:
        self.pieces = _numbered_headings(pieces)
        self.facts = ArticleFacts()
        # What the lines say about the article is read in its head only: a date further
        # down is a date in the story ("on 12 March 1998").
        ignored = ArticleFacts()
        self.meta = [piece.block is None and is_meta_line(
            piece.text, self.facts if index < HEAD_PIECES else ignored)
            for index, piece in enumerate(self.pieces)]
        self.shaped = [piece.block is None and not meta and has_heading_shape(piece.text)
                       for piece, meta in zip(self.pieces, self.meta, strict=True)]

    def briefing(self, today: datetime.date) -> Briefing:
        meta = Metadata()
        title = self._title()
        built = SectionBuilder()
        paragraphs = 0
        for index, piece in enumerate(self.pieces):
            if index == title:
                meta.title = piece.text
            elif isinstance(piece.block, Bullet):
                built.add_item(piece.block, numbered=piece.numbered)
            elif piece.block is not None:
                built.add(piece.block)
            elif self._is_heading(index, title):
                built.heading(piece.text)
            else:
                if not self.meta[index] and not self.shaped[index] and \
                        paragraphs < LEAD_PARAGRAPHS:
                    read_paragraph_facts(piece.text, self.facts, dateline=not paragraphs)
                    paragraphs += 1
                built.add(Paragraph(text=piece.text))
        # Undated, the briefing is dated the day it is made from the article.
        meta.date = (self.facts.best_date(today) or today).isoformat()
        meta.source = self.facts.source()
        return Briefing(meta=meta, sections=built.sections)

    def _title(self) -> int | None:
        """The headline among the lines before the first paragraph, list or table: the
        first of four words or more, else the longest (a kicker, "World", is shorter)."""
        leading = []
        for index, piece in enumerate(self.pieces):
            if piece.block is not None or ends_sentence(piece.text, title=True):
                break  # the story has begun
            if not self.meta[index] and has_heading_shape(piece.text, title=True):
                leading.append(index)
        if not leading:
            return None
        for index in leading:
            if len(words_of(self.pieces[index].text)) >= TITLE_MIN_WORDS:
                return index
        return max(leading, key=lambda index: len(self.pieces[index].text))

    def _is_heading(self, index: int, title: int | None) -> bool:
        if not self.shaped[index] or (title is not None and index < title):
            return False  # a kicker above the headline is not a heading
        before, after = self._before(index, title), self._after(index)
        return is_heading(self.pieces[index].text, before, after, self.pieces[index].in_run)

    def _previous(self, index: int) -> int | None:
        """The line before, less the lines about the article."""
        return next((other for other in range(index - 1, -1, -1) if not self.meta[other]),
                    None)

    def _next(self, index: int) -> int | None:
        return next((other for other in range(index + 1, len(self.pieces))
                     if not self.meta[other]), None)

    def _before(self, index: int, title: int | None) -> Neighbour:
        previous = self._previous(index)
        if previous is None or previous == title:
            return START
        if previous < index - 1:
            return Neighbour("break")  # an advert or a caption ends the run before it
        before = self._neighbour(previous)
        if before.kind == "short" and self.pieces[index].apart:
            return Neighbour("apart")  # blank lines set every block apart: not a run
        return before

    def _after(self, index: int) -> Neighbour:
        following = self._next(index)
        return END if following is None else self._neighbour(following)

    def _neighbour(self, index: int) -> Neighbour:
        piece = self.pieces[index]
        if piece.block is not None or looks_like_code(piece.text):
            return Neighbour("block")
        if self.shaped[index] or not (ends_sentence(piece.text)
                                      or len(words_of(piece.text)) > PLAIN_MAX_WORDS):
            return Neighbour("short")  # "X" and "WhatsApp" of a share bar, "2026"
        first = next((char for char in piece.text if char.isalpha()), "")
        return Neighbour("paragraph", lower=first.islower())


def _numbered_headings(pieces: list[_Piece]) -> list[_Piece]:
    """The pieces, with a numbered item that stands alone before a paragraph ("1. Why
    the dam matters") taken for a line of text: an explainer's numbered heading, which
    the weighing then judges as any other line."""
    found = list(pieces)
    for index, piece in enumerate(pieces):
        if not piece.numbered:
            continue
        neighbours = pieces[max(index - 1, 0):index] + pieces[index + 1:index + 2]
        following = pieces[index + 1] if index + 1 < len(pieces) else None
        if (not any(isinstance(other.block, Bullet) for other in neighbours)
                and following is not None and following.block is None
                and ends_sentence(following.text) and has_heading_shape(piece.text)):
            found[index] = _Piece(text=piece.text, apart=piece.apart)
    return found


def _starts_with_month(text: str) -> bool:
    """"10. September 2018" opens a German sentence, not a numbered list ("2. Set the
    timer" is one, though "Set" begins settembre)."""
    words = text.split(maxsplit=2)
    return len(words) >= 2 and month_number(words[0].rstrip(",")) is not None and \
        words[1].rstrip(",.").isdigit()


def _trim_empty_overflow(cells: list[str], width: int) -> list[str]:
    """Drop empty cells past the header's width (a stray trailing pipe), keep the rest."""
    while len(cells) > width and not cells[-1]:
        cells.pop()
    return cells
