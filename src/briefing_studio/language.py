"""The languages a briefing can be written in, and the words its outputs print in each.

A language is a file in ``resources/languages`` (``tr.json``): its BCP 47 tag, its name
in its own words, the words an output prints (priority badges, "Briefing Note",
"Table 1", "Page 1 of 3", the title block's labels), its month names, the letters
and small words that tell it in running text, and the words of web articles in it that
the text importer reads as bylines, credits, datelines and site furniture (``article``).
A document names its language in ``meta.language``; a tag we have no words for
("sv-SE") keeps its tag, declared in both outputs, and prints the English words.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .model import SIGNATORY_FIELDS, Priority
from .resources import resource_path

FALLBACK = "en"


def priority_word(priority: Priority) -> str:
    """The key of a priority's word among a language's words: ``priority_high``."""
    return f"priority_{priority.value}"


# The words every language file names, and a house style may override (``labels``).
WORD_KEYS = (
    *(priority_word(priority) for priority in Priority.ranked()),
    "doc_type", "table", "figure", "annex", "contents", "page_numbers", "document_information",
    "reference", "date", "prepared_for", "prepared_by", "approved_by", "organisation",
    "source", "version_label", "subject", "attachments", "attachment_list",
    "attachment_list_heading", "distribution", "on_behalf_of", "heading_lines", "end_matter",
)
TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
WORD = re.compile(r"[^\W\d_]+")
# Below this share of its words, a language's tells are chance (a Turkish name in an
# English article).
LEAST_TELLING_SHARE = 0.02


@dataclass(frozen=True)
class Language:
    code: str  # the primary subtag: "tr"
    tag: str  # the tag a document in it is given: "tr-TR"
    name: str  # in its own words: "Türkçe"
    words: dict[str, str]
    months: tuple[str, ...]
    tell_letters: str
    tell_words: frozenset[str]
    article: dict[str, tuple[str, ...]]
    # The order of a signature's lines: "Bakan a." above the title in Turkish letters.
    signature_order: tuple[str, ...] = SIGNATORY_FIELDS

    def priority(self, priority: Priority) -> str:
        return self.words[priority_word(priority)] if priority is not Priority.NONE else ""


@cache
def languages() -> dict[str, Language]:
    """Every language we have words for, by its primary subtag; English first."""
    found = {}
    for path in sorted(resource_path("languages").glob("*.json"),
                       key=lambda p: (p.stem != FALLBACK, p.stem)):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[path.stem] = Language(
            code=path.stem, tag=data["tag"], name=data["name"], words=data["words"],
            months=tuple(data["months"]), tell_letters=data["tells"]["letters"],
            tell_words=frozenset(data["tells"]["words"]),
            article={kind: tuple(words) for kind, words in data.get("article", {}).items()},
            signature_order=tuple(data.get("signature_order", SIGNATORY_FIELDS)))
    return found


def fold(word: str) -> str:
    """``word`` to compare without case, in Turkish as in English: Turkish pairs İ with i
    and I with ı ("YÜKSEK", "Işık", "KASIM"), other languages I with i, so every I is
    one letter here."""
    return word.casefold().replace("\u0307", "").replace("ı", "i")


def primary(tag: str) -> str:
    """``tr`` for ``tr-TR``: the part of a tag that picks the words."""
    return tag.split("-")[0].lower()


def language_of(tag: str) -> Language:
    """The language whose words a document tagged ``tag`` prints (English for a tag we
    have no words for)."""
    return languages().get(primary(tag)) or languages()[FALLBACK]


def is_tag(text: str) -> bool:
    return bool(TAG.match(text))


def default_doc_types() -> set[str]:
    """The document type every language prints by default, in each of them: a briefing
    whose type is one of these is of the default type, printed in its own language."""
    return {language.words["doc_type"] for language in languages().values()}


def words_for(key: str) -> set[str]:
    """``key``'s word in every language, for the importers that read outputs back."""
    return {language.words[key] for language in languages().values()}


@cache
def article_words(kind: str) -> tuple[str, ...]:
    """The words of ``kind`` (``byline``, ``credits``, ``furniture``, ``reported_by``,
    ``time``, ``name_joiners``) in every language: an article's language is not known
    while it is read."""
    return tuple(word for language in languages().values()
                 for word in language.article.get(kind, ()))


def guess_language(texts: Iterable[str]) -> str:
    """The tag of the language of ``texts`` other than English when its tells (its small
    words, and words in lower case with letters only it writes) outnumber English's,
    else "" (no guess: the house style's language). Names (Ayşe Yılmaz, Şanlıurfa) are
    capitalised, so that an English article about Turkey stays English."""
    # Each distinct word is weighed once, however often it is written.
    counts = Counter(word for text in texts for word in WORD.findall(text))
    if not counts:
        return ""
    english = languages()[FALLBACK]
    scores = {}
    for language in languages().values():
        letters = set(language.tell_letters)
        scores[language.code] = sum(
            count for word, count in counts.items() if word.lower() in language.tell_words
            or (word.islower() and not letters.isdisjoint(word)))
    best = max(scores, key=scores.get)
    if (best == english.code or scores[best] <= scores[english.code]
            or scores[best] < LEAST_TELLING_SHARE * counts.total()):
        return ""
    return languages()[best].tag
