"""Arabic names in an English briefing: drawn whole and in order, and found by search.

Read back with poppler (pdftotext, its -bbox word list) and pypdf. Both turn a
right-to-left run drawn in visual order back into logical order themselves, so the
PDF must give them each glyph's own letters.
"""

import html
import re
import subprocess
import sys
import unicodedata
from collections import Counter

import pytest

from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from briefing_studio.options import ExportOptions
from briefing_studio.style import load_style
from tests.pdf_reading import characters_drawn_as_missing_glyphs, needs_poppler, page_texts

DAMASCUS, ALEPPO, IDLIB = "دمشق", "حلب", "إدلب"
BORDER_CROSSING = "معبر باب الهوى"  # three words, read from the right


def mixed_briefing() -> Briefing:
    return Briefing(
        meta=Metadata(title=f"Water talks with {DAMASCUS}"),
        sections=[Section(heading=f"Crossings near {ALEPPO}", blocks=[
            Paragraph(f"Delegates met near Idlib ({IDLIB}). Officials from **{DAMASCUS}** "
                      f"and *{ALEPPO}* attended."),  # the bold and the italic Arabic face
            BulletList(items=[
                Bullet(label="Route", text=f"Convoys reach the camps near Idlib ({IDLIB}).",
                       priority=Priority.HIGH),
                Bullet(text=f"{DAMASCUS} first, then Ankara.", priority=Priority.MEDIUM),
                Bullet(label=ALEPPO, text="Markets reopen."),
            ]),
            BulletList(numbered=True, items=[
                Bullet(text=f"Supplies cross at the border ({BORDER_CROSSING})."),
                Bullet(text=f"Trucks wait in towns such as {ALEPPO} and {DAMASCUS}."),
            ]),
            Table(header=["Town", "Arabic name"],
                  rows=[["Damascus", DAMASCUS], ["Idlib", f"Near the border ({IDLIB})."]]),
        ])])


def typed_texts(briefing: Briefing) -> list[str]:
    section = briefing.sections[0]
    texts = [briefing.meta.title, section.heading]
    for block in section.blocks:
        match block:
            case Paragraph():
                texts.append(block.text)
            case BulletList():
                texts += [f"{item.label}: {item.text}" for item in block.items]
            case Table():
                texts += [cell for row in [block.header, *block.rows] for cell in row]
    return texts


@pytest.fixture(params=["ministry", "tr-resmi", "letter"])
def exported(request, tmp_path):
    path = tmp_path / "arabic.pdf"
    write_pdf(mixed_briefing(), path, ExportOptions(style=load_style(request.param)))
    return path


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def poppler_text(path) -> str:
    return nfc(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout)


def pypdf_text(path) -> str:
    return nfc("\n".join(page_texts(path)))


def drawn_words(path) -> list[str]:
    """Each word's letters in the order they are drawn, left to right (poppler's word
    list, which does not reorder)."""
    listing = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                             text=True, check=True).stdout
    return [nfc(html.unescape(word)) for word in re.findall(r"<word [^>]*>(.*?)</word>", listing)]


def visual(phrase: str) -> str:
    """How a right-to-left word is laid out from left to right: its letters reversed."""
    return phrase[::-1]


def test_no_arabic_letter_or_full_stop_is_drawn_as_a_missing_glyph(exported):
    assert characters_drawn_as_missing_glyphs(exported) == set()


@needs_poppler
def test_a_full_stop_after_a_bracketed_arabic_name_stays_after_the_bracket(exported):
    words = drawn_words(exported)
    # The paragraph, the bullet and the table cell each end "(إدلب).".
    assert words.count(f"({visual(IDLIB)}).") == 3
    assert f"{visual(DAMASCUS)}." in words  # "... and دمشق." ending a numbered item
    assert [word for word in words if word.startswith(".") or ".(" in word] == []


@needs_poppler
def test_the_words_of_an_arabic_phrase_are_drawn_from_right_to_left(exported):
    first, second, third = BORDER_CROSSING.split()
    words = drawn_words(exported)
    start = words.index(f"({visual(third)}")
    assert words[start:start + 3] == [f"({visual(third)}", visual(second), f"{visual(first)})."]


@needs_poppler
@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_search_finds_every_arabic_name_where_it_was_typed(exported, extract):
    text = extract(exported)
    typed = "\n".join(typed_texts(mixed_briefing()))
    for name in (DAMASCUS, ALEPPO, IDLIB, BORDER_CROSSING):
        assert text.count(name) == typed.count(name), name
    lines = text.splitlines()
    for words, name in [("Water talks with", DAMASCUS), ("Crossings near", ALEPPO),
                        ("Delegates met near Idlib", IDLIB), ("camps near Idlib", IDLIB),
                        ("first, then Ankara", DAMASCUS), ("Markets reopen", ALEPPO),
                        ("Supplies cross at the border", BORDER_CROSSING),
                        ("Trucks wait in towns such as", DAMASCUS), ("Near the border", IDLIB)]:
        assert any(words in line and name in line for line in lines), (words, name)


@needs_poppler
@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_text_around_arabic_extracts_once_with_all_its_punctuation(exported, extract):
    text = extract(exported)
    typed = "".join(typed_texts(mixed_briefing()))
    # Brackets, full stops (not those of the list and heading numbers) and Arabic letters.
    counted = re.compile(r"[()\u0600-\u06ff]|(?<![0-9])\.")
    assert Counter(counted.findall(text)) == Counter(counted.findall(typed))
    for words in ("Delegates met near Idlib", "Officials from", "attended.",
                  "Convoys reach the camps near Idlib", "then Ankara.", "Markets reopen.",
                  "Supplies cross at the border", "Trucks wait in towns such as"):
        assert text.count(words) == 1, words


@needs_poppler
@pytest.mark.parametrize("extract", [poppler_text, pypdf_text], ids=["pdftotext", "pypdf"])
def test_no_stray_or_presentation_form_characters_are_extracted(exported, extract):
    # Greek and Latin Extended (the stray Ͻ and Ǡ), private use, the Arabic presentation
    # forms, replacement characters.
    stray = re.compile("[\u0180-\u05ff\ue000-\uf8ff\ufb50-\ufdff\ufe70-\ufeff\ufffd\uffff]")
    assert stray.findall(extract(exported)) == []


@needs_poppler
def test_both_readers_read_a_lam_alef_ligature_as_its_two_letters_in_order(tmp_path):
    # One glyph for two letters. pypdf keeps the letters of one code in order when it
    # turns a run around, poppler turns them too; a code for each letter reads alike.
    briefing = Briefing(sections=[Section(blocks=[Paragraph(
        "Bab al-Salama (باب السلامة), Islamic (الإسلامية) and peace (السلام).")])])
    path = tmp_path / "ligature.pdf"
    write_pdf(briefing, path, ExportOptions())
    for text in (pypdf_text(path), poppler_text(path)):
        for word in ("باب السلامة", "الإسلامية", "السلام"):
            assert word in text


def test_arabic_set_only_in_italic_is_found_by_search(tmp_path):
    # The Arabic family's italic is its regular file, which reportlab registers once under
    # both names. A fresh interpreter: no upright Arabic drawn before lends its glyphs.
    path = tmp_path / "italic.pdf"
    subprocess.run([sys.executable, "-c", (
        "import sys, pathlib\n"
        "from briefing_studio.options import ExportOptions\n"
        "from briefing_studio.exporters.pdf import write_pdf\n"
        "from briefing_studio.model import Briefing, Paragraph, Section\n"
        "briefing = Briefing(sections=[Section(blocks=[Paragraph(sys.argv[2])])])\n"
        "write_pdf(briefing, pathlib.Path(sys.argv[1]), ExportOptions())\n"),
        str(path), f"Talks in *{ALEPPO}* and *ه*."], check=True)
    assert f"{ALEPPO} and ه." in pypdf_text(path)


def test_a_carriage_return_pasted_into_right_to_left_text_is_a_line_break(tmp_path):
    # Windows' line end in a heading of Hebrew or Arabic letters once failed the layout.
    briefing = Briefing(meta=Metadata(title="Notes"), sections=[
        Section(heading="One"), Section(heading="\u0590\xad\r0"),
        Section(heading="دمشق\rحلب", blocks=[Paragraph("Two\r\nlines.")])])
    path = tmp_path / "returns.pdf"
    write_pdf(briefing, path, ExportOptions())
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Two\nlines." in text and "\r" not in text
