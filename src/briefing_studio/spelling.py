"""Spell checking: which words of a text are misspelt, and what they may have meant.

The dictionaries are Hunspell's (``resources/dictionaries/hunspell``: British and
American English, Turkish, with their licences), read by Hunspell itself through
Enchant (``pyenchant``). Measured against spylls, the pure-Python port of Hunspell,
Hunspell loads the Turkish dictionary in 0.3 s and 40 MB where spylls takes 7.7 s and
440 MB, checks a word in 17 µs against 80 µs, and suggests in 0.3 s against 2 s
(``benchmarks/spelling.py``). Linux needs the system's Enchant library
(``libenchant-2-2``); the Windows and macOS wheels of pyenchant carry it. Without it
the app works, unchecked, and says why.

A word is a run of letters, apostrophes inside it kept ("Bakanlığı'nın"). Words in
capitals (acronyms: AFAD, UNHCR), words in Arabic script and single letters are not
checked, as word processors leave them. A Turkish proper noun takes its suffixes after
an apostrophe; the dictionary knows the nouns but not every noun's suffixed form, so a
word with an apostrophe is right when the noun is and the suffix is one the
dictionary accepts on a place name of the same sound.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .language import primary
from .resources import resource_path
from .script import has_rtl

# The dictionaries we ship, by the document language that uses them.
DICTIONARIES = {"en-GB": "en_GB", "en-US": "en_US", "tr-TR": "tr_TR"}
# A language named without its country ("en", "tr", "en-AU") takes this one.
BY_LANGUAGE = {"en": "en_GB", "tr": "tr_TR"}
# Letters, with apostrophes (straight or typographic) inside: "Bakanlığı'nın", "don't".
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
APOSTROPHES = "'’"
# Turkish place names whose suffixed forms show the suffixes a noun of each sound takes
# (back or front vowel, rounded or not, ending in a vowel, a consonant, a hard one).
TURKISH_MODEL_NOUNS = ("Ankara", "Çankırı", "Edirne", "Rize", "Bolu", "Ordu", "Sivas",
                       "İzmir", "Tokat", "Ürgüp", "Muş", "Kars")


class SpellingUnavailable(Exception):
    """No spell checking: why, in a sentence for the user."""


def dictionary_for(language: str) -> str | None:
    """The dictionary a document in ``language`` (BCP 47) is checked with, if any."""
    return DICTIONARIES.get(language) or BY_LANGUAGE.get(primary(language))


def spelling_languages() -> dict[str, str]:
    """The languages a text can be checked in: tag, and its name for menus."""
    return {"en-GB": "English (UK)", "en-US": "English (US)", "tr-TR": "Türkçe"}


def checked_words(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word of ``text`` that a spell check looks at."""
    for match in WORD.finditer(text):
        word = match.group()
        letters = word.strip(APOSTROPHES)
        if len(letters) < 2 or has_rtl(word):
            continue
        if letters.isupper() and not any(mark in word for mark in APOSTROPHES):
            continue  # an acronym: NATO, AFAD
        yield match.start(), match.end(), word


@dataclass
class PersonalWords:
    """The words a user added to the dictionary of one language: a file of one word a
    line, in the data folder, read once and appended to."""

    path: Path | None
    words: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, path: Path | None) -> PersonalWords:
        words = set()
        if path is not None and path.exists():
            words = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip()}
        return cls(path, words)

    def add(self, word: str) -> None:
        if word in self.words:
            return
        self.words.add(word)
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as file:
                file.write(word + "\n")


class Speller:
    """One language's dictionary, with the user's own words; answers are remembered,
    so that checking a paragraph again after a keystroke checks only the new word."""

    def __init__(self, language: str, dictionary, personal: PersonalWords) -> None:
        self.language = language
        self.turkish = primary(language) == "tr"
        self._dictionary = dictionary
        self.personal = personal
        self._known: dict[str, bool] = {}

    def is_right(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._looked_up(word)
        return known or word in self.personal.words

    def misspelt(self, text: str, ignored: set[str] = frozenset()) -> list[tuple[int, int]]:
        """The (start, end) of each misspelt word of ``text``, in code points."""
        return [(start, end) for start, end, word in checked_words(text)
                if word not in ignored and not self.is_right(word)]

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        return self._dictionary.suggest(word)[:limit]

    def add(self, word: str) -> None:
        self.personal.add(word)

    def _looked_up(self, word: str) -> bool:
        if self._dictionary.check(word):
            return True
        plain = word.replace("’", "'")
        if plain != word and self._dictionary.check(plain):
            return True
        if self.turkish and "'" in plain:
            noun, _, suffix = plain.partition("'")
            return self.is_right(noun) and any(
                self._dictionary.check(f"{model}'{suffix}") for model in TURKISH_MODEL_NOUNS)
        return False


def load_speller(language: str, personal_folder: Path | None) -> Speller:
    """The speller for a document in ``language``; the user's words from
    ``personal_folder`` (``words-tr_TR.txt``). Raises SpellingUnavailable."""
    name = dictionary_for(language)
    if name is None:
        raise SpellingUnavailable(f"no dictionary for {language}")
    broker = _broker()
    broker.set_ordering(name, "hunspell")  # ours, not another provider's of the same name
    try:
        dictionary = broker.request_dict(name)
    except Exception as error:  # enchant's DictNotFoundError, or a broken dictionary
        raise SpellingUnavailable(f"the {name} dictionary cannot be read ({error})") from error
    personal = PersonalWords.read(
        personal_folder / f"words-{name}.txt" if personal_folder is not None else None)
    return Speller(language, dictionary, personal)


@cache
def _broker():
    """Enchant, told where our dictionaries are before it first starts."""
    os.environ["ENCHANT_CONFIG_DIR"] = str(resource_path("dictionaries"))
    try:
        import enchant
    except ImportError as error:  # no libenchant: pyenchant's message says which
        raise SpellingUnavailable(
            "spell checking needs the Enchant library (on Debian and Ubuntu: "
            "sudo apt-get install libenchant-2-2)") from error
    return enchant.Broker()
