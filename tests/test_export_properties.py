"""Any briefing a user can make exports to both formats, and every word a reader sees is
in each: read back by python-docx from the DOCX and by pypdf from the PDF, in order."""

import io
import unicodedata

import docx
from docx.table import Table as DocxTable
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from briefing_studio.exporters.docx import build_docx
from briefing_studio.exporters.pdf import render_pdf
from briefing_studio.exporters.pdf_fonts import register
from briefing_studio.inline import NOTE, plain_text
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
    block_texts,
)
from briefing_studio.options import ExportOptions
from briefing_studio.plan import make_plan
from briefing_studio.script import has_rtl
from briefing_studio.xmltext import clean
from tests.strategies import briefings

OPTIONS = ExportOptions()
# Each example lays out a whole document; a few dozen keep the file within seconds.
EXAMPLES = 40
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def reader_texts(briefing: Briefing) -> list[str]:
    """The texts of ``briefing.words()``, in its order, each as printed: a bullet's label
    and text are separate texts (the label printed as ``Label:``), since each carries
    its own markup."""
    texts = [briefing.meta.title, briefing.meta.subtitle]
    for section in briefing.sections:
        texts.append(section.heading)
        for block in section.blocks:
            if isinstance(block, BulletList):
                for item in block.items:
                    texts += [f"{item.label}:" if item.label else "", item.text]
            else:
                texts += block_texts(block)
    return texts


def reader_words(briefing: Briefing) -> list[str]:
    """Every word a reader sees (``briefing.words()``) in the run of the text, without
    the markup that prints as bold and italic, the characters no XML can hold, and the
    notes (``^[...]``, printed as footnotes apart from the text, even an empty one)."""
    return [word for text in reader_texts(briefing)
            for word in plain_text(clean(NOTE.sub(" ", text))).split()]


def squeezed(text: str) -> str:
    """Text compared without its whitespace, which line breaks, tabs and the badge's
    no-break spaces change between outputs."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if not c.isspace())


def missing_in_order(words: list[str], text: str) -> list[str]:
    """The words that do not appear in ``text`` (whitespace removed) one after the other,
    each after the one before it; empty when all do."""
    haystack, position, missing = squeezed(text), 0, []
    for word in words:
        found = haystack.find(squeezed(word), position)
        if found < 0:
            missing.append(word)
        else:
            position = found + len(squeezed(word))
    return missing


def docx_reading_order(document) -> str:
    """The body's paragraphs and table cells as python-docx reads them, in document
    order (the title block, inside a content control, is not among them)."""
    texts = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxTable):
            texts += [cell.text for row in item.rows for cell in row.cells]
        else:
            texts.append(item.text)
    return "\n".join(texts)


def exported_docx(briefing: Briefing):
    buffer = io.BytesIO()
    build_docx(make_plan(briefing, OPTIONS), OPTIONS.style).save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue()))


def exported_pdf_text(briefing: Briefing) -> str:
    """The PDF's text as pypdf reads it, in the order the pages draw it (poppler would
    read a table column by column)."""
    buffer = io.BytesIO()
    render_pdf(make_plan(briefing, OPTIONS), buffer, OPTIONS.style)
    return "\n".join(page.extract_text() for page in PdfReader(buffer).pages)


# Text the house style's PDF fonts have glyphs for, which pypdf reads back as written:
# letters (Turkish among them), digits, punctuation and symbols, the markup's asterisks,
# spaces and line breaks; Arabic too, whose words the PDF check skips (drawn shaped, right
# to left). Any other character is the DOCX test's.
PDF_FAMILIES = (register(OPTIONS.style.pdf_fonts.body),
                register(OPTIONS.style.pdf_fonts.heading))
PRINTED_CATEGORIES = ("Lu", "Ll", "Nd", "Po", "Pd", "Ps", "Pe", "Sm", "Sc")
DRAWN = [chr(code) for code in range(0x21, 0x500)
         if unicodedata.category(chr(code)) in PRINTED_CATEGORIES
         and all(family.covers(chr(code)) for family in PDF_FAMILIES)]
printable = st.sampled_from(DRAWN) | st.sampled_from(" *\n") | st.sampled_from("çğıİöşüÇĞÖŞÜ") \
    | st.sampled_from("الموصل بغداد")
printed_texts = st.text(printable, max_size=40)
printed_blocks = st.one_of(
    st.builds(Paragraph, text=printed_texts),
    st.builds(BulletList, numbered=st.booleans(), items=st.lists(st.builds(
        Bullet, text=printed_texts, label=printed_texts,
        priority=st.sampled_from(Priority)), max_size=4)),
    st.builds(Table, header=st.lists(printed_texts, min_size=1, max_size=4),
              rows=st.lists(st.lists(printed_texts, max_size=5), max_size=4),
              caption=printed_texts),
)
printed_briefings = st.builds(
    Briefing,
    meta=st.builds(Metadata, title=printed_texts, subtitle=printed_texts),
    sections=st.lists(st.builds(Section, heading=printed_texts, level=st.integers(1, 3),
                                blocks=st.lists(printed_blocks, max_size=4)), max_size=4),
)


@PROPERTY
@given(briefings)
def test_every_word_a_reader_sees_is_in_the_docx_in_order(briefing):
    document = exported_docx(briefing)
    assert document.core_properties.title is not None
    assert missing_in_order(reader_words(briefing), docx_reading_order(document)) == []


@PROPERTY
@given(printed_briefings)
def test_every_word_a_reader_sees_is_in_the_pdf_in_order(briefing):
    text = exported_pdf_text(briefing)
    words = reader_words(briefing)
    if any(has_rtl(word) for word in words):
        # Arabic is drawn shaped, in visual order: every other word is there, in any order.
        lost = [word for word in words if not has_rtl(word) and squeezed(word) not in
                squeezed(text)]
    else:
        lost = missing_in_order(words, text)
    assert lost == []


@PROPERTY
@given(briefings)
def test_any_briefing_exports_to_pdf(briefing):
    buffer = io.BytesIO()
    render_pdf(make_plan(briefing, OPTIONS), buffer, OPTIONS.style)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_the_word_check_sees_a_word_the_docx_lost():
    # The check itself: a word dropped from the output is reported, and order counts.
    assert missing_in_order(["Dam", "releases"], "Dam\nreleases") == []
    assert missing_in_order(["releases", "Dam"], "Dam releases") == ["Dam"]
    assert missing_in_order(["**bold**"], "bold") == ["**bold**"]
    briefing = Briefing(sections=[Section(blocks=[BulletList(items=[
        Bullet(text="**Agree** a *timetable*", label="Dams", priority=Priority.HIGH)])])])
    assert reader_words(briefing) == ["Dams:", "Agree", "a", "timetable"]
