"""What an editor sees on paper, in the PDF and in LibreOffice's render of the DOCX alike:
furniture inside the printable area, bookmarks that nest, tables that do not strand a
row, figures aligned right, the title block ruled once, lists spaced as in the PDF."""

import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Briefing, Bullet, BulletList, Metadata, Paragraph, Section, Table
from briefing_studio.options import ExportOptions
from briefing_studio.style import available_styles, load_style

from .docx_reading import W, part_xml
from .libreoffice import libreoffice_pdfs, needs_libreoffice
from .pdf_reading import needs_poppler, outline

STYLES = available_styles()
EDGE_MM = 8
def both(tmp_path: Path, briefing: Briefing, name: str = "out", **options) -> tuple[Path, Path]:
    pdf, document = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    write_pdf(briefing, pdf, ExportOptions(**options))
    write_docx(briefing, document, ExportOptions(**options))
    return pdf, document


def ink_margins_mm(pdf: Path, folder: Path) -> list[tuple[float, float, float, float]]:
    """(top, bottom, left, right): how far each page's ink stays from the sheet's edges,
    read from the page rendered in grey at 72 dpi."""
    subprocess.run(["pdftoppm", "-r", "72", "-gray", str(pdf), str(folder / "ink")],
                   check=True, capture_output=True, timeout=120)
    found = []
    for page in sorted(folder.glob("ink*.pgm")):
        _, size, _, pixels = page.read_bytes().split(b"\n", 3)
        width, height = map(int, size.split())
        rows = [pixels[y * width:(y + 1) * width] for y in range(height)]
        inked_rows = [y for y, row in enumerate(rows) if min(row) < 200]
        inked_columns = [x for x in range(width) if any(row[x] < 200 for row in rows)]
        to_mm = 25.4 / 72
        found.append((inked_rows[0] * to_mm, (height - 1 - inked_rows[-1]) * to_mm,
                      inked_columns[0] * to_mm, (width - 1 - inked_columns[-1]) * to_mm))
        page.unlink()
    return found


@needs_libreoffice
@pytest.mark.parametrize("style", STYLES)
def test_page_furniture_stays_inside_what_office_printers_print(tmp_path, fixture_text, style):
    briefing = import_article_text(fixture_text("edge-cases.txt"))
    briefing.meta.reference = "BRF-2026-0417/DIŞ-İLİŞKİLER"
    pdf, document = both(tmp_path, briefing, style=load_style(style),
                         classification="OFFICIAL-SENSITIVE")
    for rendered in (pdf, *libreoffice_pdfs(tmp_path, [document])):
        for page, margins in enumerate(ink_margins_mm(rendered, tmp_path), start=1):
            assert min(margins) >= EDGE_MM, f"{rendered.name} page {page}: {margins}"


@needs_poppler
def test_the_one_line_footer_of_a_narrow_margin_holds_marking_reference_and_page(tmp_path):
    briefing = Briefing(meta=Metadata(reference="E-12345"),
                        sections=[Section(blocks=[Paragraph("Text.")])])
    pdf, document = both(tmp_path, briefing, style=load_style("tr-resmi"),
                         classification="HİZMETE ÖZEL")
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    bottoms = {text: float(y) for y, text in re.findall(
        r'yMax="([\d.]+)">([^<]+)</word>', words)}
    assert bottoms["E-12345"] == pytest.approx(bottoms["1/1"], abs=0.5)
    assert bottoms["ÖZEL"] == pytest.approx(bottoms["1/1"], abs=2)
    footer = docx.Document(str(document)).sections[0].footer
    assert len(footer.paragraphs) == 1
    line = footer.paragraphs[0]
    assert "HİZMETE ÖZEL" in line.text and "E-12345" in line.text
    assert "PAGE" in part_xml(document, "word/footer")


def test_a_heading_longer_than_a_page_is_printed_whole_and_leaves_no_page_empty(tmp_path):
    heading = " ".join(f"word{n}" for n in range(900))
    briefing = Briefing(meta=Metadata(title="Water talks"),
                        sections=[Section(heading=heading, blocks=[Paragraph("Text.")])])
    pdf, _ = both(tmp_path, briefing)
    pages = [page.extract_text() or "" for page in PdfReader(pdf).pages]
    # As in Word, a heading that cannot keep its lines on this page starts the next.
    assert "Water talks" in pages[0] and all("word" in page for page in pages[1:])
    assert all(f"word{n} " in " ".join(" ".join(pages).split()) for n in range(899))


def test_an_untitled_briefing_bookmarks_its_sections_side_by_side(tmp_path):
    briefing = Briefing(sections=[
        Section(heading="Background", blocks=[Paragraph("One.")]),
        Section(heading="Detail", level=2, blocks=[Paragraph("Two.")]),
        Section(heading="Options", blocks=[Paragraph("Three.")]),
        Section(heading="Recommendation", blocks=[Paragraph("Four.")])])
    pdf, _ = both(tmp_path, briefing)
    assert outline(pdf) == [(0, "Background"), (1, "Detail"), (0, "Options"),
                            (0, "Recommendation")]
    briefing.meta.title = "Water talks"
    pdf, _ = both(tmp_path, briefing, name="titled")
    assert outline(pdf) == [(0, "Water talks"), (1, "Background"), (2, "Detail"),
                            (1, "Options"), (1, "Recommendation")]


ROADMAP_ROWS = [["Phase 1", "Survey the gauges", "120"], ["Phase 2", "Install meters", "45"],
                ["Phase 3", "Publish figures", "1,250"], ["Phase 4", "Review", "7.5 %"]]


def roadmap_after(filler_lines: int) -> Briefing:
    """A page of filler, then the four-row roadmap: its place on the page moves with
    ``filler_lines``, so that some page break falls inside it."""
    filler = [Paragraph(f"Filler paragraph {n} about the talks.") for n in range(filler_lines)]
    table = Table(header=["Phase", "Work", "Budget"], rows=ROADMAP_ROWS)
    return Briefing(sections=[Section(heading="Roadmap", blocks=[*filler, table,
                                                                Paragraph("After.")])])


def rows_per_page(pdf: Path) -> list[int]:
    """How many roadmap body rows each page shows."""
    return [sum(f"Phase {n}" in (page.extract_text() or "") for n in range(1, 5))
            for page in PdfReader(pdf).pages]


@needs_libreoffice
def test_a_table_never_leaves_a_single_row_alone_on_a_page(tmp_path):
    documents, pdfs = [], []
    for filler in range(18, 32):  # the table's top walks down the foot of page 1
        pdf, document = both(tmp_path, roadmap_after(filler), name=f"roadmap-{filler}")
        pdfs.append(pdf)
        documents.append(document)
    split_somewhere = False
    for ours, theirs in zip(pdfs, libreoffice_pdfs(tmp_path, documents), strict=True):
        for rendered in (ours, theirs):
            counts = [count for count in rows_per_page(rendered) if count]
            assert sum(counts) == 4 and 1 not in counts, f"{rendered}: {counts}"
            split_somewhere |= len(counts) > 1
    assert split_somewhere, "no filler length split the table: the test tests nothing"


@needs_poppler
def test_figures_are_aligned_right_in_both_outputs(tmp_path):
    pdf, document = both(tmp_path, roadmap_after(2))
    words = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout
    right_edges = {text: float(x) for x, text in re.findall(
        r'xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</word>', words)}
    figures = [right_edges[figure] for figure in ("120", "45", "1,250", "%")]
    assert max(figures) - min(figures) < 1  # the units line up under each other
    assert right_edges["Budget"] == pytest.approx(figures[0], abs=1)
    lefts = {text: float(x) for x, text in re.findall(
        r'xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</word>', words)}
    assert lefts["Survey"] == pytest.approx(lefts["Install"], abs=0.5)  # text stays left
    table = docx.Document(str(document)).tables[0]
    alignment = [[cell.paragraphs[0].alignment for cell in row.cells] for row in table.rows]
    assert all(row[2] == 2 and row[1] is None for row in alignment)  # 2: right


def test_docx_title_block_has_one_rule_under_it_and_the_title_none(tmp_path):
    briefing = Briefing(meta=Metadata(title="Water talks", reference="BRF-7"),
                        sections=[Section(blocks=[Paragraph("Text.")])])
    for style in STYLES:
        house = load_style(style)
        _, path = both(tmp_path, briefing, name=style, style=house)
        document = docx.Document(str(path))
        title = document.styles["Title"].element.find(qn("w:pPr")).find(qn("w:pBdr"))
        assert title is None or len(title) == 0  # no rule under the title itself
        rules = [border for border in document.element.body.iter(f"{W}tblBorders")]
        assert len(rules) == 1
        bottom = rules[0].find(f"{W}bottom")
        assert bottom.get(qn("w:color")) == house.colours.rule[1:]


def test_docx_lists_are_spaced_as_the_pdf_and_set_apart_from_what_follows(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[
        Paragraph("The agenda:"),
        BulletList(items=[Bullet(text="Releases."), Bullet(text="Data.")]),
        Table(header=["A"], rows=[["1"]])])])
    house = load_style()
    _, path = both(tmp_path, briefing)
    document = docx.Document(str(path))
    listed = document.styles["List Bullet"].element.find(qn("w:pPr"))
    assert listed.find(qn("w:contextualSpacing")).get(qn("w:val")) == "0"
    items = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert items[0].paragraph_format.space_after is None  # the style's
    assert items[-1].paragraph_format.space_after.pt == pytest.approx(house.sizes.body * 0.7,
                                                                        abs=0.05)
