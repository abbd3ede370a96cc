"""Notes, ``^[like this]`` in any text: numbered through the printed document by the
plan, real footnotes in the DOCX (word/footnotes.xml, which Word, LibreOffice and our
importer read), and in the PDF on the page of their reference."""

import re
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.docx import import_docx
from briefing_studio.inline import plain_text
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
from briefing_studio.plan import make_plan
from briefing_studio.style import available_styles, load_style

from .libreoffice import libreoffice_pdfs
from .pdf_reading import page_texts
from .test_docx_package import audit_findings


def noted() -> Briefing:
    return Briefing(meta=Metadata(title="Crossings"), sections=[
        Section(blocks=[Paragraph("Arrivals rose.^[As reported by **Daily Sabah**.] Patrols "
                                  "began.^[From the joint cell [sic].]")]),
        Section(heading="Points^[Seven in all.]", blocks=[
            BulletList(items=[
                Bullet(label="Staff^[Two posts.]", text="Hire now.^[Budget agreed.]",
                       priority=Priority.HIGH),
                Bullet(text="Signs later.^[Dropped from a summary.]", priority=Priority.LOW)]),
            Table(caption="Weekly^[Rounded.]", header=["Point", "Week^[ISO weeks.]"],
                  rows=[["Jarablus", "3,100^[Provisional.]"]]),
        ]),
    ])


NOTES = ["As reported by **Daily Sabah**.", "From the joint cell [sic].", "Seven in all.",
         "Two posts.", "Budget agreed.", "Dropped from a summary.", "Rounded.", "ISO weeks.",
         "Provisional."]


def test_the_plan_numbers_notes_in_reading_order_and_leaves_references_in_the_text():
    plan = make_plan(noted(), ExportOptions())
    assert list(plan.notes) == NOTES
    lead = plan.sections[0].blocks[0]
    assert plain_text(lead.text) == "Arrivals rose. Patrols began."
    summary = make_plan(noted(), ExportOptions(min_priority=Priority.HIGH))
    assert list(summary.notes) == [n for n in NOTES if n != "Dropped from a summary."]


def text_of(xml: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", xml.replace("</w:p>", " ")).split())


def test_notes_are_real_word_footnotes_that_come_back_where_they_stand(tmp_path):
    path = tmp_path / "noted.docx"
    write_docx(noted(), path, ExportOptions())
    with zipfile.ZipFile(path) as package:
        footnotes = text_of(package.read("word/footnotes.xml").decode())
        document = package.read("word/document.xml").decode()
    for number, note in enumerate(NOTES, start=1):
        assert f'<w:footnoteReference w:id="{number}"/>' in document
        assert " ".join(plain_text(note).split()) in footnotes
    back = import_docx(path)
    assert back.sections[0].blocks[0].text == noted().sections[0].blocks[0].text
    assert audit_findings(path) == []


def test_libreoffice_prints_the_notes_at_the_foot_of_the_page(tmp_path):
    path = tmp_path / "noted.docx"
    write_docx(noted(), path, ExportOptions())
    [rendered] = libreoffice_pdfs(tmp_path, [path])
    text = " ".join(page_texts(rendered)[0].split())
    for note in ("As reported by Daily Sabah.", "From the joint cell [sic].", "Provisional."):
        assert text.index(note) > text.index("Jarablus")  # below the last of the text


@pytest.mark.parametrize("style", available_styles())
def test_each_note_prints_on_the_page_of_its_reference(tmp_path, style):
    briefing = noted()
    # enough text that the notes fall on several pages
    briefing.sections[0].blocks = [Paragraph(f"Paragraph {n} " + "word " * 120 + f"end {n}."
                                             f"^[Note of paragraph {n}.]") for n in range(12)]
    path = tmp_path / "noted.pdf"
    write_pdf(briefing, path, ExportOptions(style=load_style(style)))
    pages = [" ".join(page.split()) for page in page_texts(path)]
    assert len(pages) > 1
    for n in range(12):
        where_reference = {i for i, page in enumerate(pages) if f"end {n}." in page}
        where_note = {i for i, page in enumerate(pages) if f"Note of paragraph {n}." in page}
        assert where_reference & where_note, n


def test_notes_stand_at_the_foot_of_the_page_under_the_text(tmp_path):
    path = tmp_path / "noted.pdf"
    write_pdf(noted(), path, ExportOptions())
    text = " ".join(page_texts(path)[0].split())
    assert text.index("Budget agreed.") > text.index("3,100")  # below the table
    assert text.index("As reported by Daily Sabah.") > text.index("Jarablus")
    assert "Page 1 of 1" in text[-40:]  # the page number still comes last, as on the page


def test_a_page_citing_thirty_long_notes_still_lays_out_and_prints_every_note(tmp_path):
    claims = "".join(f"Claim {n}.^[Source {n}: " + "a long note " * 25 + "] "
                     for n in range(30))
    briefing = Briefing(sections=[Section(blocks=[Paragraph(claims), Paragraph("After.")])])
    path = tmp_path / "thirty.pdf"
    write_pdf(briefing, path, ExportOptions())
    pages = page_texts(path)
    text = " ".join(" ".join(pages).split())
    assert all(f"Source {n}:" in text for n in range(30))
    # more notes than a page holds: not drawn below its edge, but after their paragraph
    assert len(pages) >= 3 and text.index("Source 29:") < text.index("After.")


def test_a_note_cited_in_arabic_text_is_printed(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[
        Paragraph("Officials in حلب confirmed it.^[Statement of the council.]")])])
    path = tmp_path / "arabic.pdf"
    write_pdf(briefing, path, ExportOptions())
    text = " ".join(page_texts(path)[0].split())
    assert text.index("Statement of the council.") > text.index("confirmed it.")


placements = st.lists(st.tuples(st.integers(5, 160), st.booleans()), min_size=1, max_size=14)


@settings(max_examples=20, deadline=None)
@given(placements)
def test_wherever_notes_stand_each_prints_on_the_page_of_its_reference(tmp_path_factory,
                                                                       paragraphs):
    # paragraphs of random length, each ending on a reference, some citing a long note
    blocks = [Paragraph(f"Start{n} " + "word " * length + f"ref{n}.^[note{n} "
                        + ("of many words " * 20 if long else "") + "]")
              for n, (length, long) in enumerate(paragraphs)]
    path = tmp_path_factory.mktemp("notes") / "placed.pdf"
    write_pdf(Briefing(sections=[Section(blocks=blocks)]), path, ExportOptions())
    pages = [page.split() for page in page_texts(path)]
    for n in range(len(paragraphs)):
        reference = {i for i, words in enumerate(pages) if any(w.startswith(f"ref{n}.")
                                                                for w in words)}
        note = {i for i, words in enumerate(pages) if f"note{n}" in words}
        assert reference & note, (n, reference, note)
