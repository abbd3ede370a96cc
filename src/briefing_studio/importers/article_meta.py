"""Lines of a pasted article that speak about the article rather than tell it: datelines,
dates and times, bylines, credits and the site's furniture ("Advertisement", "Read more:
…", "Teilen"). They are kept as paragraphs, never taken for headings, and what they say
(the date, the publication, the author) fills the briefing's metadata.

The words come from each language's ``article`` words (resources/languages); the shapes
(a date, a time, "(Agency) -" after a city in capitals) hold in every language.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..dates import month_number, parse_date
from ..language import article_words, fold
from .headings import ends_sentence

# A line of metadata is short; a sentence that mentions a date is prose.
META_MAX_WORDS = 14
DATE_LINE_MAX_WORDS = 20  # "Tue 4 Jun 2024 18.40 BST First published on Tue 4 Jun …"
MOSTLY = 2 / 3  # "Artikel teilen Facebook X WhatsApp E-Mail": share words, mostly
COUNT = re.compile(r"^\d+\s+")  # "3 Comments"
BREADCRUMB_SEPARATOR = re.compile(r"\s[·|•›»/]\s")
NAME_MAX_WORDS = 5
MONTH = r"[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*"  # a month's name or abbreviation
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſİ][^\s,;:()|]*")
TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b(?:\s*(?:[ap]\.?m\.?|Uhr|h))?", re.IGNORECASE)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\.?\s+({MONTH})\.?,?\s+(\d{{4}})\b")
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
MONTH_DAY = re.compile(rf"\b({MONTH})\.?\s+(\d{{1,2}})\b")
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\.?\s+({MONTH})\b")
HANDLE = re.compile(r"(?<!\w)@\w{2,}")
URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
EMAIL = re.compile(r"^\S+@\S+\.\w+$")
# "ANKARA, Sept 25 (Reuters) - ", "Berlin (dpa) – ", "PARIS (AFP) — ": a place, perhaps a
# date, the agency in brackets, a dash; then the story.
# The place is one word ("Berlin") or capitals ("NEW YORK"), not a name ("Friedrich Merz
# (CDU) – …").
DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^\W\d_.'-]*|[^\W\d_a-zà-ÿ]{2,}(?:[ -][^\W\d_a-zà-ÿ]{2,}){0,3})\.?"
    r"(?:,\s*(?P<when>[^()\-–—]{3,30}?))?\s*"
    r"\((?P<agency>[^()]{2,30})\)\s*[-–—:]\s*")
LEADING_DASH = re.compile(r"^[—–―-]\s")


@dataclass
class ArticleFacts:
    """What the lines about an article said, the first of each kind found."""

    date: datetime.date | None = None
    undated_day: tuple[int, int] | None = None  # a dateline's month and day, no year
    publication: str = ""
    author: str = ""
    reported_by: str = ""

    def source(self) -> str:
        """The article's source as a reader cites it: "Jane Doe, Reuters"."""
        publication = self.publication or self.reported_by
        return ", ".join(part for part in (self.author, publication) if part)

    def best_date(self, today: datetime.date) -> datetime.date | None:
        """The article's date; a dateline without a year is taken for its latest day that
        is not after ``today`` (wire stories are pasted while they are news)."""
        if self.date or not self.undated_day:
            return self.date
        month, day = self.undated_day
        for year in (today.year, today.year - 1):
            try:
                candidate = datetime.date(year, month, day)
            except ValueError:
                continue
            if candidate <= today:
                return candidate
        return None


def is_meta_line(line: str, facts: ArticleFacts | None = None) -> bool:
    """Whether ``line`` is about the article (a date, a byline, a credit, the site's
    furniture); what it says goes into ``facts``."""
    words = line.split()
    if not words or len(words) > DATE_LINE_MAX_WORDS:
        return False
    facts = facts if facts is not None else ArticleFacts()
    if not ends_sentence(line) and (_read_date_line(line, facts) or _is_credit(line)):
        return True  # "Tue 4 Jun 2024 18.40 BST First published on …", "… Foto: dpa"
    if len(words) > META_MAX_WORDS:
        return False
    return (_is_furniture(line) or _is_breadcrumb(line)
            or (not ends_sentence(line) and _read_byline(line, facts))
            or _is_credit(line) or _is_time_line(line)
            or bool(HANDLE.search(line)) or bool(LEADING_DASH.match(line))
            or bool(URL.match(line) or EMAIL.match(line)))


def read_paragraph_facts(text: str, facts: ArticleFacts, dateline: bool) -> None:
    """A "reported by …" in a paragraph, and with ``dateline`` (the story's first
    paragraph) the dateline at its head."""
    if dateline and (dateline := DATELINE.match(text)):
        # "dpa" is written in lower case: any short name in the brackets is the agency.
        if not facts.publication and len(dateline["agency"].split()) <= NAME_MAX_WORDS:
            facts.publication = dateline["agency"].strip()
        if dateline["when"] and not facts.date:
            facts.date = _full_date(dateline["when"]) or facts.date
            facts.undated_day = facts.undated_day or _month_and_day(dateline["when"])
    if not facts.reported_by:
        facts.reported_by = _reported_by(text)


def _is_furniture(line: str) -> bool:
    """"Advertisement", "Read more: …", "3 Comments", "Share: Facebook X WhatsApp",
    "Share on Facebook Share on X": the site's words, alone, before a colon, counted,
    listed or repeated."""
    folded = fold(line.strip(" :›»>|•·→"))
    if folded in _furniture() or fold(COUNT.sub("", line)) in _furniture():
        return True
    head, colon, rest = line.partition(":")
    if colon and rest.strip() and fold(head.strip()) in _furniture():
        return True
    words = folded.split()
    if len(words) >= 2 and sum(word in _furniture() for word in words) >= MOSTLY * len(words):
        return True
    # Repeated as the site writes it: "Share on Facebook Share on X", not "Home, sweet home".
    return any(count >= 2 for count in Counter(_furniture_word().findall(line)).values())


def _is_breadcrumb(line: str) -> bool:
    """A kicker or a menu: "Opinion · Marta Kowalczyk", "EUROPE | ELECTIONS",
    "Impressum · Datenschutz · AGB"."""
    parts = BREADCRUMB_SEPARATOR.split(line)
    return len(parts) >= 2 and all(0 < len(part.split()) <= NAME_MAX_WORDS for part in parts)


def _read_byline(line: str, facts: ArticleFacts) -> bool:
    """"By Jane Doe, Reuters", "Von Max Muster", "Par Jean Dupont à Paris": a byline
    word, then a name; the name after a comma or bar is the publication."""
    folded = fold(line)
    for word, folded_word in _bylines():
        if not folded.startswith(folded_word) or line[len(word):len(word) + 1].isalnum():
            continue
        rest = line[len(word):].lstrip(" :")
        author = _name_run(rest)
        if not author:
            continue
        facts.author = facts.author or author
        for part in re.split(r",|\||\s[-–—/·]\s", rest)[1:]:
            if (publication := _name_run(part.strip())) and not facts.publication:
                facts.publication = publication
                break
        _read_date_line(line, facts)
        return True
    return False


def _name_run(text: str) -> str:
    """The name at the start of ``text``: capitalised words, joined by "and" in any
    language and by particles (de, van, al)."""
    names: list[str] = []
    for word in text.split()[:2 * NAME_MAX_WORDS]:
        bare = word.rstrip(",;:|")
        if (NAME_WORD.fullmatch(bare) and not any(char.isdigit() for char in bare)) or (
                names and bare.lower() in _name_joiners()):
            names.append(bare)
        else:
            break
        if bare != word:
            break
    while names and names[-1].lower() in _name_joiners():
        names.pop()
    return " ".join(names) if len(names) <= 2 * NAME_MAX_WORDS else ""


def _is_credit(line: str) -> bool:
    """"Photo: AFP", "Foto: dpa", "Reporting by …; Editing by …", or a caption that ends
    with its credit ("… (Photo: Reuters)")."""
    folded = fold(line.strip("()[] "))
    by_line, ending = _credit_patterns()
    return bool(by_line.match(folded) or ending.search(folded))


def _read_date_line(line: str, facts: ArticleFacts) -> bool:
    found = _full_date(line)
    if found is None:
        return False
    facts.date = facts.date or found
    return True


def _is_time_line(line: str) -> bool:
    if TIME.search(line) and len(line.split()) <= 6:
        return True
    folded = f" {fold(line)} "
    return any(char.isdigit() for char in line) and any(
        f" {word} " in folded for word in _time_words())


def _full_date(text: str) -> datetime.date | None:
    for pattern in (ISO_DATE, NUMERIC_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR):
        for match in pattern.finditer(text):
            try:
                return parse_date(match[0].replace("/", "."))
            except ValueError:
                continue
    return None


def _month_and_day(text: str) -> tuple[int, int] | None:
    for pattern, month_group, day_group in ((MONTH_DAY, 1, 2), (DAY_MONTH, 2, 1)):
        for match in pattern.finditer(text):
            month = month_number(match[month_group])
            if month:
                return month, int(match[day_group])
    return None


def _reported_by(text: str) -> str:
    folded = fold(text)
    for phrase in article_words("reported_by"):
        at = folded.find(fold(phrase) + " ")
        if at >= 0 and (name := _name_run(text[at + len(phrase):].strip())):
            return name.rstrip(".")
    return ""


@cache
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"Reporting by …" at the start of a line; "Photo: AFP" at its end."""
    words = [re.escape(fold(word)) for word in article_words("credits")]
    by = "|".join(word for word in words if word.endswith(" by"))
    return (re.compile(rf"^(?:{by}) "),
            re.compile(rf"(?:^|[\s(\[])(?:{'|'.join(words)})\s?:\s*\S[^.!?]*$"))


@cache
def _furniture_word() -> re.Pattern[str]:
    """A one-word piece of furniture, as the site writes it."""
    words = sorted({word for word in article_words("furniture")
                    if " " not in word and len(word) > 3}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")


@cache
def _bylines() -> list[tuple[str, str]]:
    """Each byline word as written and folded, the longest first ("Ein Beitrag von"
    before "Von")."""
    return [(word, fold(word)) for word in sorted(article_words("byline"), key=len,
                                                  reverse=True)]


@cache
def _time_words() -> tuple[str, ...]:
    return tuple(fold(word) for word in article_words("time"))


@cache
def _name_joiners() -> frozenset[str]:
    return frozenset(word.lower() for word in article_words("name_joiners"))


@cache
def _furniture() -> frozenset[str]:
    return frozenset(fold(word) for word in article_words("furniture"))
