"""Dates as people type them: ``24.11.2026``, ``24/11/2026``, ``2026-11-24``,
``24 November 2026``, ``24 Kasım 2026``, ``Nov 24, 2026``.

Day comes before month in the numeric forms, as in Turkey and the UK; the year has its
four digits, so that a date half typed is never taken for a date in year 2.
"""

from __future__ import annotations

import datetime
import re

from .language import FALLBACK, fold, languages

NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
EXAMPLES = "24.11.2026 or 24 November 2026"


# An abbreviated month has three or four letters: "Nov", "Sept", "Kas", "Févr".
ABBREVIATION_LETTERS = (3, 4)


def month_number(word: str) -> int | None:
    """The month a word names in any of our languages, in full or abbreviated."""
    folded = fold(word.rstrip("."))
    for language in languages().values():
        for number, name in enumerate(language.months, start=1):
            name = fold(name)
            if folded == name or (len(folded) in ABBREVIATION_LETTERS
                                  and name.startswith(folded)):
                return number
    return None


def parse_date(text: str) -> datetime.date:
    """The date written in ``text``; ValueError if it is not a whole date."""
    text = " ".join(text.split())
    parts: tuple[int | None, int | None, int] | None = None
    if match := ISO.match(text):
        parts = (int(match[3]), int(match[2]), int(match[1]))
    elif match := NUMERIC.match(text):
        parts = (int(match[1]), int(match[2]), int(match[3]))
    elif match := DAY_MONTH_YEAR.match(text):
        parts = (int(match[1]), month_number(match[2]), int(match[3]))
    elif match := MONTH_DAY_YEAR.match(text):
        parts = (int(match[2]), month_number(match[1]), int(match[3]))
    if parts is None or parts[1] is None:
        raise ValueError(f"{text!r} is not a date")
    day, month, year = parts
    return datetime.date(year, month, day)  # ValueError for 31 February


def display_date(date: datetime.date, language: str = FALLBACK) -> str:
    """How the app shows a date, in the words of its interface's ``language`` (a primary
    subtag): ``24 November 2026``, ``24 Kasım 2026``."""
    months = languages().get(language, languages()[FALLBACK]).months
    return f"{date.day} {months[date.month - 1]} {date.year}"
