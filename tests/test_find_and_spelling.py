"""The words a spell check flags and the matches a search finds, without the app."""

import pytest

from briefing_studio.find import find_all, replaced
from briefing_studio.spelling import checked_words, dictionary_for, load_speller


@pytest.fixture(scope="module")
def turkish():
    return load_speller("tr-TR", None)


def flagged(speller, text: str) -> list[str]:
    return [text[start:end] for start, end in speller.misspelt(text)]


def test_turkish_takes_its_suffixes_and_flags_a_letter_too_many(turkish):
    text = ("Dışişleri Bakanlığı'nın görüşmelerinde koordinasyonundan İstanbul’da "
            "görüşmelerindee Bakanlığı'nınn")
    assert flagged(turkish, text) == ["görüşmelerindee", "Bakanlığı'nınn"]
    assert turkish.suggestions("görüşmelerindee")[0] == "görüşmelerinde"


def test_british_and_american_english_differ():
    british, american = load_speller("en-GB", None), load_speller("en-US", None)
    text = "We recieve the Authorise form and the colour chart"
    assert flagged(british, text) == ["recieve"]
    assert flagged(american, text) == ["recieve", "Authorise", "colour"]
    assert "receive" in british.suggestions("recieve")[:3]


def test_acronyms_arabic_and_single_letters_are_not_checked():
    words = [word for _, _, word in checked_words("NATO and AFAD met in دمشق: a plan B")]
    assert words == ["and", "met", "in", "plan"]


def test_the_users_words_are_kept_in_a_file_of_their_own(tmp_path):
    speller = load_speller("tr-TR", tmp_path)
    assert flagged(speller, "Karagözlüoğlu geldi") == ["Karagözlüoğlu"]
    speller.add("Karagözlüoğlu")
    again = load_speller("tr-TR", tmp_path)
    assert flagged(again, "Karagözlüoğlu geldi") == []
    assert (tmp_path / "words-tr_TR.txt").read_text(encoding="utf-8") == "Karagözlüoğlu\n"


def test_a_language_without_its_country_takes_ours():
    assert dictionary_for("tr") == "tr_TR" and dictionary_for("en-AU") == "en_GB"
    assert dictionary_for("de-DE") is None


@pytest.mark.parametrize(("needle", "language", "found"), [
    ("istanbul", "tr-TR", ["İSTANBUL", "istanbul"]),
    ("ısparta", "tr-TR", ["ISPARTA", "ısparta"]),
    ("isparta", "tr-TR", []),  # dotted i is another letter than I in Turkish
    ("isparta", "en-GB", ["ISPARTA"]),  # but the same in English
    ("STRASSE", "de-DE", ["Straße"]),
])
def test_search_without_case_folds_as_the_language_does(needle, language, found):
    text = "İSTANBUL ve istanbul; ISPARTA ısparta; Straße"
    assert [text[a:b] for a, b in find_all(text, needle, language=language)] == found


def test_whole_words_and_case_and_replacing():
    text = "Suriye ve Suriyeli, suriye"
    spans = find_all(text, "Suriye", match_case=True, whole_words=True)
    assert spans == [(0, 6)]
    every = find_all(text, "suriye", whole_words=True, language="tr-TR")
    assert replaced(text, every, "Suriye Arap Cumhuriyeti") == \
        "Suriye Arap Cumhuriyeti ve Suriyeli, Suriye Arap Cumhuriyeti"
