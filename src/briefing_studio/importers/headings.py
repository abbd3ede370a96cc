"""How a line of pasted text becomes a heading.

No single sign tells a heading in real articles, so each line that could be one (its
shape) is weighed by its neighbours (its context):

- **Shape.** A heading is short (at most 16 words, fewer than 130 characters), begins
  with a capital, and ends without a sentence's final mark (``.`` ``,`` ``;`` ``:``
  ``…`` ``!``, also inside closing quotes or brackets: ``…arbeiten.“``). It is not
  wholly a quotation, not a line of code, and not a line about the article (a date, a
  byline, a credit, "Advertisement": article_meta). A question of two words or more may
  be a heading. A line of more than nine words must be in Title Case or capitals.
- **Context.** A heading stands before the text it heads (a paragraph, a list, a table)
  and after the end of other text. A run of short lines (a list pasted without markers,
  an address, a poem) is not a run of headings, and a line followed by one that starts
  in lower case is a sentence broken across lines. Title Case, capitals and brevity
  add weight; a closing bracket, a comma in a sentence-case line (a photo caption) and
  "Name, Place" (a quotation's credit) take some away.

The rules use no word lists, so they hold in German, French and Turkish as in English.
"""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

MAX_WORDS = 16
MAX_LENGTH = 130
# A headline may run longer than a heading, in sentence case.
TITLE_MAX_WORDS = 25
TITLE_MAX_LENGTH = 200
# Longer than this, a sentence-case line is a caption or a sentence without its stop.
PLAIN_MAX_WORDS = 9
SHORT_WORDS = 8
NAME_WORDS = 4
THRESHOLD = 4

# Operators, calls, snake_case names, a comment's opening, a statement's end.
CODE = re.compile(r"==|!=|<=|>=|=>|->|::|\w\(\)|\w\.\w+\(|\b[a-z]+_[a-z_]+\b|^(?:#|//)\s|"
                  r"[{};(\[]$|^[A-Za-z_]\w*\s*=\s|^(?:import|from)\s+[\w.]+(?:\s+(?:import|as)\b|$)|"
                  r"^(?:def|class|return|for|if|while|print)\b.*[(:=]")
# A sentence's end inside a line (after a word, not "1." nor "U.S."), and another begun.
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{3})[.!?…][\"'”’»]?\s+[\"'“„«]?[^\W\d_]")
CLOSERS = "\"'”’»«“‘)]}›‹"
OPENERS = "\"'“„«‘‚‹"
SENTENCE_ENDS = (".", ",", ";", ":", "…", "!")
TITLE_ENDS = (".", ",", ";", ":", "…")  # a title may exclaim
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_LETTERS = 4


# What can stand beside a line: the start or end of the text, a paragraph, a block (a
# list, table or code), a short line (without a sentence's end), a break (lines about
# the article stand between), or a short line that blank lines set apart, as they set
# every block apart.
NeighbourKind = Literal["start", "end", "paragraph", "block", "short", "break", "apart"]


class Neighbour(NamedTuple):
    """What stands beside a line, for the weighing."""

    kind: NeighbourKind
    lower: bool = False  # a paragraph whose first letter is lower case


START = Neighbour("start")
END = Neighbour("end")


def words_of(line: str) -> list[str]:
    """The words of a line; a lone « or ? is not a word."""
    return [word for word in line.split() if any(char.isalpha() for char in word)]


def ends_sentence(line: str, title: bool = False) -> bool:
    """Whether ``line`` ends as a sentence does, also inside closing quotes or brackets
    (``…arbeiten.“``, ``"No."``, ``(see below.)``); a title may exclaim."""
    core = line.rstrip(CLOSERS + " ")
    return not core or core.endswith(TITLE_ENDS if title else SENTENCE_ENDS)


def has_heading_shape(line: str, title: bool = False) -> bool:
    """Whether ``line`` could be a heading (or, with ``title``, the article's title)."""
    words = words_of(line)
    most_words, longest = (TITLE_MAX_WORDS, TITLE_MAX_LENGTH) if title else (
        MAX_WORDS, MAX_LENGTH)
    if not words or len(words) > most_words or len(line) >= longest:
        return False
    if ends_sentence(line, title):
        return False
    letters = sum(char.isalpha() for char in line)
    digits = sum(char.isdigit() for char in line)
    if letters < 2 or digits > letters:
        return False
    first = next(char for char in line if char.isalpha())
    if looks_like_code(line) or first.islower():
        return False  # code; a line of verse, or a sentence broken across lines
    if not title and SENTENCE_BREAK.search(line):
        return False  # two sentences: a caption (a headline may have two)
    if (is_quotation(line) and not title) or (
            line.rstrip(CLOSERS + " ").endswith("?") and len(words) < 2):
        return False  # a pull quote (a headline may quote); "Really?" in a dialogue
    return title or len(words) <= PLAIN_MAX_WORDS or is_title_case(line)


def is_heading(line: str, before: Neighbour, after: Neighbour, in_run: bool) -> bool:
    """Whether a line of heading shape is a heading where it stands. ``in_run``: the line
    continues a group of lines that the text sets apart with blank lines."""
    return weight(line, before, after, in_run) >= THRESHOLD


def weight(line: str, before: Neighbour, after: Neighbour, in_run: bool) -> int:
    words = words_of(line)
    score = 0
    if after.kind == "paragraph":
        score += -4 if after.lower else 2
    elif after.kind == "block":
        score += 2
    elif after.kind == "short":
        score -= 2
    else:  # nothing follows: a heading heads something
        return 0
    score += {"short": -2, "apart": 0}.get(before.kind, 1)
    if in_run:
        score -= 3
    if len(words) <= SHORT_WORDS:
        score += 1
    capitalised = len(words) >= 2 and (is_title_case(line) or is_capitals(line))
    if capitalised:
        score += 1
    elif ", " in line:  # a caption's clauses; a Title Case heading may list things
        score -= 1
    if ", " in line and len(words) <= NAME_WORDS and all(w[0].isupper() for w in words):
        score -= 2  # "Ayşe Demir, Linz": who said it, and where
    if line[0] in OPENERS:
        score -= 1
    if line.rstrip().endswith((")", "]")):
        score -= 2
    return score


def looks_like_code(line: str) -> bool:
    """A line of a program pasted without a fence: ``assert len(x) == 48``, ``# note``."""
    return bool(CODE.search(line))


def is_quotation(line: str) -> bool:
    """A line wholly in quotes or brackets: a pull quote, a tweet, "(see below)"."""
    return line[0] in OPENERS + "([" and line.rstrip()[-1] in CLOSERS


def is_title_case(line: str) -> bool:
    """Most words of four letters or more, after the first, begin with a capital."""
    words = [word.strip(OPENERS + CLOSERS + ",;:-–") for word in line.split()[1:]]
    long_words = [word for word in words if sum(c.isalpha() for c in word)
                  >= TITLE_CASE_MIN_LETTERS and word[:1].isalpha()]
    if not long_words or line[:1].upper() != line[:1]:
        return False
    capitals = sum(word[0].isupper() for word in long_words)
    return capitals / len(long_words) >= TITLE_CASE_SHARE


def is_capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 3 and all(char.isupper() for char in letters)
