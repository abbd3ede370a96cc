"""The table of contents: every heading with the page it really prints on (pdftotext per
page), a link to it, the same entries as the bookmarks; in the DOCX Word's own TOC field
with its entries filled in (LibreOffice shows them before any update); automatic from
six headings or eight pages on."""

import copy
import json
import re
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from briefing_studio import fileformat
from briefing_studio.errors import BriefingFileError
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.docx import import_docx
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions

from .libreoffice import libreoffice_pdfs
from .pdf_reading import page_texts

# A contents line as pdftotext lays it out: its text, a dotted leader, its page.
ENTRY = re.compile(r"^(?P<text>.+?)\s*(?:\.\s*){3,}(?P<page>\d+)$")


def book(chapters: int = 7, words: int = 320, contents: str = "") -> Briefing:
    sections = []
    for number in range(1, chapters + 1):
        sections.append(Section(f"Chapter {number} on the crossings",
                                [Paragraph("Arrivals rose again. " * (words // 3))]))
        sections.append(Section(f"Detail {number}", [Paragraph("Figures. " * 60)], level=2))
    sections.append(Section("Crossing points", [Paragraph("Seven of them.")], annex=True))
    return Briefing(meta=Metadata(title="Summit book", contents=contents), sections=sections)


def export(tmp_path, briefing: Briefing):
    pdf, docx = tmp_path / "book.pdf", tmp_path / "book.docx"
    write_pdf(briefing, pdf, ExportOptions())
    write_docx(briefing, docx, ExportOptions())
    return pdf, docx


def contents_lines(page: str) -> dict[str, int]:
    """The contents' entries on a page of pdftotext's layout output: text, page."""
    found = {}
    for line in page.splitlines():
        match = ENTRY.match(line.strip())
        if match:
            found[match.group("text")] = int(match.group("page"))
    return found


def layout_pages(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return text.split("\f")


def test_every_heading_is_listed_with_the_page_it_prints_on(tmp_path):
    pdf, _ = export(tmp_path, book())
    pages = page_texts(pdf)
    listed = contents_lines(layout_pages(pdf)[0])
    headings = [f"Chapter {n} on the crossings" for n in range(1, 8)] + [
        f"Detail {n}" for n in range(1, 8)] + ["Annex A: Crossing points"]
    assert sorted(listed) == sorted(headings)
    for heading, page in listed.items():
        assert heading in pages[page - 1], (heading, page)
    # The same entries as the bookmarks, which lead to the same pages.
    reader = PdfReader(str(pdf))
    marks = {mark.title: reader.get_destination_page_number(mark) + 1
             for mark in flattened(reader.outline)}
    assert {title: page for title, page in marks.items() if title != "Summit book"} == listed


def flattened(marks: list) -> list:
    return [leaf for mark in marks
            for leaf in (flattened(mark) if isinstance(mark, list) else [mark])]


def test_each_entry_links_to_its_headings_page(tmp_path):
    pdf, _ = export(tmp_path, book())
    reader = PdfReader(str(pdf))
    links = [annotation.get_object() for annotation in reader.pages[0].get("/Annots", [])
             if annotation.get_object().get("/Subtype") == "/Link"]
    assert len(links) == 15
    pages = page_texts(pdf)
    listed = contents_lines(layout_pages(pdf)[0])
    targets = sorted(reader.get_page_number(link["/Dest"][0].get_object()) + 1
                     for link in links)
    assert targets == sorted(listed.values())
    assert all(pages[target - 1] for target in targets)


def test_the_docx_has_words_contents_filled_in_with_the_pdfs_pages(tmp_path):
    pdf, docx = export(tmp_path, book())
    body = zipfile.ZipFile(docx).read("word/document.xml").decode()
    assert body.count("TOC \\o") == 1
    anchors = re.findall(r'<w:hyperlink w:anchor="([^"]+)"', body)
    assert len(anchors) == 15
    assert all(f'w:name="{anchor}"' in body for anchor in anchors)  # each heading's mark
    (printed,) = libreoffice_pdfs(tmp_path / "lo", [docx])
    shown = contents_lines(layout_pages(printed)[0])
    assert shown == contents_lines(layout_pages(pdf)[0])
    # Read back, the contents are not text of the briefing, nor their page break a
    # section's.
    assert [(s.heading, s.page_break_before) for s in import_docx(docx).sections] == [
        (s.heading, s.page_break_before) for s in book().sections]


@pytest.mark.parametrize(("briefing", "printed"), [
    (book(chapters=2, words=60), False),  # short: automatic leaves them out
    (book(chapters=3, words=60), True),  # seven headings
    (book(chapters=2, words=3000), True),  # two chapters, but eight pages and more
    (book(chapters=9, contents="off"), False),
    (book(chapters=1, words=60, contents="on"), True),
])
def test_automatic_contents_from_six_headings_or_eight_pages(tmp_path, briefing, printed):
    pdf, docx = export(tmp_path, briefing)
    first = page_texts(pdf)[0]
    assert ("Contents" in first) is printed
    assert ("TOC \\o" in zipfile.ZipFile(docx).read("word/document.xml").decode()) is printed


def test_the_setting_is_kept_in_the_file_and_checked():
    assert json.loads(fileformat.dumps(book(contents="on")))["meta"]["contents"] == "on"
    assert "contents" not in json.loads(fileformat.dumps(book()))["meta"]
    document = json.loads(fileformat.dumps(book()))
    document["meta"]["contents"] = "auto"
    assert fileformat.loads(json.dumps(document)).meta.contents == ""
    document["meta"]["contents"] = "sometimes"
    with pytest.raises(BriefingFileError,
                       match=re.escape('meta.contents: expected "auto", "on" or "off"')):
        fileformat.loads(json.dumps(document))


def test_contents_over_several_pages_link_every_entry(tmp_path):
    pdf, _ = export(tmp_path, book(chapters=40, words=30))
    reader = PdfReader(str(pdf))
    pages = page_texts(pdf)
    listed = {}
    for page in layout_pages(pdf)[:4]:
        listed |= contents_lines(page)
    assert len(listed) == 81 and "Contents" in pages[0]
    links = [annotation.get_object() for page in reader.pages[:4]
             for annotation in page.get("/Annots", [])]
    assert len(links) == 81
    for heading, page in listed.items():
        assert heading in pages[page - 1]


def test_a_500_page_book_lists_every_heading_on_its_page(tmp_path, fixture_text):
    from briefing_studio.importers.text import import_article_text
    from briefing_studio.model import renew_ids

    article = import_article_text(fixture_text("ankara-talks.txt"))
    sections = [renew_ids(copy.deepcopy(section))
                for _ in range(300) for section in article.sections]
    briefing = Briefing(meta=Metadata(title="Summit book", contents="on"), sections=sections)
    pdf = tmp_path / "book.pdf"
    write_pdf(briefing, pdf, ExportOptions())
    pages = layout_pages(pdf)
    assert len(pages) > 450
    # Each copy's headings are the same words: the entries as a list, not by text.
    listed = [(match.group("text"), int(match.group("page")))
              for page in pages[:60] for line in page.splitlines()
              if (match := ENTRY.match(line.strip()))]
    headings = [s.heading for s in sections if s.heading]
    assert [text for text, _ in listed] == headings
    for text, page in listed[::50] + listed[-3:]:
        assert " ".join(text.split()[:4]) in " ".join(pages[page - 1].split()), (text, page)
