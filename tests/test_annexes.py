"""Annexes and page breaks: an annex starts a page, is lettered in the document's
language ("Annex A", "Ek-1") outside the body's numbering, and its own sections nest
under it; any section can start a page. Read back from the PDF (pdftotext per page,
the bookmarks) and the DOCX (our importer, and the paragraphs' page breaks)."""

import json
import zipfile

from briefing_studio import fileformat
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers import import_file
from briefing_studio.importers.docx import import_docx
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.style import load_style

from .pdf_reading import outline, page_texts


def book(language: str = "") -> Briefing:
    # Without contents, whose page would move every page on by one.
    return Briefing(meta=Metadata(title="Summit book", language=language, contents="off"),
                    sections=[
        Section("Summary", [Paragraph("The visit in brief.")]),
        Section("Programme", [Paragraph("Day by day.")], page_break_before=True),
        Section("Crossing points", [Paragraph("Seven points.")], annex=True),
        Section("Northern points", [Paragraph("Three of them.")], level=2),
        Section("Arrivals", [Paragraph("Six weeks of figures.")], annex=True),
        Section("Follow-up", [Paragraph("Back in the body.")]),
    ])


def exported(tmp_path, briefing: Briefing, style: str = "ministry"):
    options = ExportOptions(style=load_style(style))
    pdf, docx = tmp_path / "book.pdf", tmp_path / "book.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, docx, options)
    return pdf, docx


def page_of(pages: list[str], text: str) -> int:
    return next(number for number, page in enumerate(pages, start=1) if text in page)


def test_annexes_and_page_breaks_start_pages_and_annexes_are_lettered(tmp_path):
    pdf, _ = exported(tmp_path, book())
    pages = page_texts(pdf)
    assert page_of(pages, "Summary") == 1
    assert page_of(pages, "Programme") == 2
    assert page_of(pages, "Annex A: Crossing points") == 3
    assert page_of(pages, "Northern points") == 3  # under its annex, on its page
    assert page_of(pages, "Annex B: Arrivals") == 4
    assert page_of(pages, "Follow-up") == 4  # a body section after an annex: no new page
    assert pages[2].lstrip().startswith("Annex A: Crossing points")
    # The annex's section nests under it in the bookmarks.
    marks = outline(pdf)
    assert (1, "Annex A: Crossing points") in marks and (2, "Northern points") in marks


def test_the_body_keeps_its_numbers_and_annexes_take_the_languages_label(tmp_path):
    pdf, _ = exported(tmp_path, book("tr-TR"), style="tr-resmi")
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert "Ek-1: Crossing points" in text and "Ek-2: Arrivals" in text
    assert "1. Summary" in text and "2. Programme" in text
    assert "3. Follow-up" in text  # annexes took no body number
    assert "Northern points" in text and "1. Northern" not in text


def test_a_section_at_the_top_of_a_page_does_not_leave_an_empty_one(tmp_path):
    # No title block: the first section stands at the top of page 1.
    briefing = Briefing(meta=Metadata(doc_type="", date=""), sections=[
        Section("First", [Paragraph("On page one.")], page_break_before=True)])
    pdf, _ = exported(tmp_path, briefing)
    assert len(page_texts(pdf)) == 1


def test_annexes_and_page_breaks_round_trip_through_the_file_and_the_docx(tmp_path):
    briefing = book()
    text = fileformat.dumps(briefing)
    sections = json.loads(text)["sections"]
    assert [s.get("annex", False) for s in sections] == [False, False, True, False, True,
                                                          False]
    assert "page_break_before" in sections[1] and "page_break_before" not in sections[0]
    assert fileformat.loads(text) == briefing
    _, docx = exported(tmp_path, briefing)
    body = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert body.count("<w:pageBreakBefore/>") == 3  # the break and the two annexes
    back = import_docx(docx)
    assert [(s.heading, s.level, s.annex, s.page_break_before) for s in back.sections] == [
        (s.heading, s.level, s.annex, s.page_break_before) for s in briefing.sections]


def test_a_file_without_the_settings_reads_and_writes_as_before():
    plain = Briefing(sections=[Section("One", [Paragraph("Text.")])])
    section = json.loads(fileformat.dumps(plain))["sections"][0]
    assert "annex" not in section and "page_break_before" not in section


def test_markdown_annex_headings_become_annexes(tmp_path):
    source = tmp_path / "book.md"
    source.write_text("# Summary\n\nIn brief.\n\n# Annex A: Crossing points\n\nSeven.\n\n"
                      "## Northern points\n\nThree.\n\n# Ek-2: Rakamlar\n\nAltı hafta.\n",
                      encoding="utf-8")
    briefing = import_file(source)
    assert [(s.heading, s.annex) for s in briefing.sections] == [
        ("Summary", False), ("Crossing points", True), ("Northern points", False),
        ("Rakamlar", True)]


def test_a_label_written_into_an_annexs_heading_prints_once_with_the_right_letter(tmp_path):
    # As another program may write it (the design's example holds the label).
    briefing = Briefing(sections=[
        Section("Summary", [Paragraph("In brief.")]),
        Section("Annex B: Crossing points", [Paragraph("Seven.")], annex=True),
        Section("Annex A: Arrivals", [Paragraph("Six weeks.")], annex=True),
    ])
    pdf, _ = exported(tmp_path, briefing)
    text = " ".join(page_texts(pdf))
    assert "Annex A: Crossing points" in text and "Annex B: Arrivals" in text
    assert "Annex A: Annex" not in text and "Annex B: Annex" not in text
