"""With a ministry's Word template, the PDF is the DOCX's document too: on the template's
paper, in the metric twins of its fonts, with its spacing, so both paginate alike."""

import re
import shutil
import subprocess
import zipfile

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Briefing, Bullet, BulletList, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.resources import resource_path
from briefing_studio.style import font_families

from . import docx_fixtures
from .conftest import FIXTURES
from .libreoffice import libreoffice_pdfs, needs_libreoffice
from .pdf_reading import fonts
from .test_pagination import advance_widths, lines
from .test_print_fidelity import ink_margins_mm

TEMPLATES = [*docx_fixtures.TEMPLATES, *docx_fixtures.FIXTURES]


def template(name, folder):
    if name in docx_fixtures.TEMPLATES:
        return docx_fixtures.TEMPLATES[name](folder)
    return docx_fixtures.write_fixture(name, folder)


@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    """The article on every template, as our PDF and as LibreOffice's PDF of our DOCX."""
    folder = tmp_path_factory.mktemp("templates")
    briefing = import_article_text((FIXTURES / "ankara-talks.txt").read_text("utf-8"))
    for name in TEMPLATES:
        options = ExportOptions(docx_template=template(name, folder),
                                classification="OFFICIAL-SENSITIVE")
        write_pdf(briefing, folder / f"on-{name}.pdf", options)
        write_docx(briefing, folder / f"on-{name}.docx", options)
    libreoffice_pdfs(folder, sorted(folder.glob("on-*.docx")))
    return folder


@needs_libreoffice
@pytest.mark.parametrize("name", TEMPLATES)
def test_the_pdf_paginates_as_the_docx_on_every_template(renders, name):
    ours = renders / f"on-{name}.pdf"
    theirs = renders / "libreoffice" / f"on-{name}.pdf"
    assert len(PdfReader(ours).pages) == len(PdfReader(theirs).pages)
    our_lines = lines(ours)
    alike = len(our_lines & lines(theirs)) / len(our_lines)
    assert alike >= 0.8, f"only {alike:.0%} of the lines are set alike"


def test_the_pdf_takes_the_templates_paper_and_the_twins_of_its_fonts(tmp_path):
    # python-docx's own document, as most of the fixtures: US Letter, Cambria body text
    # and Calibri headings (its theme's minor and major fonts).
    path = docx_fixtures.letterhead(tmp_path)
    briefing = import_article_text((FIXTURES / "ankara-talks.txt").read_text("utf-8"))
    pdf = tmp_path / "on-letterhead.pdf"
    write_pdf(briefing, pdf, ExportOptions(docx_template=path))
    page = PdfReader(pdf).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    used = {name.split("+")[-1].split("-")[0] for name in fonts(pdf)}
    assert {"Caladea", "Carlito"} <= used
    plain = tmp_path / "plain.pdf"
    write_pdf(briefing, plain, ExportOptions())
    assert round(float(PdfReader(plain).pages[0].mediabox.height)) == 842  # the house A4


def test_each_fonts_line_height_is_its_own(tmp_path):
    for family, faces in font_families().items():
        font = TTFont(resource_path("fonts", faces["regular"]))
        hhea, em = font["hhea"], font["head"].unitsPerEm
        assert faces["line_height"] == pytest.approx(
            (hhea.ascent - hhea.descent + hhea.lineGap) / em, abs=1e-4), family


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fontconfig is not installed")
@pytest.mark.parametrize("word_font", ["Calibri", "Cambria"])
def test_the_twins_of_words_default_fonts_have_the_widths_libreoffice_uses(word_font):
    family = next(faces for faces in font_families().values()
                  if faces.get("metric_twin_of") == word_font)
    used = subprocess.run(["fc-match", "-f", "%{file}", word_font], capture_output=True,
                          text=True, check=True).stdout
    sample = "Ankara'da İçişleri Bakanlığı, ŞUBAT ğüşıöç 0123456789."
    assert advance_widths(resource_path("fonts", family["regular"]), sample) == (
        advance_widths(used, sample)), f"{word_font} is set in {used}"


def test_a_template_with_styles_word_would_not_write_gets_one_line(tmp_path, capsys):
    from briefing_studio.cli import main

    path = docx_fixtures.letterhead(tmp_path)
    docx_fixtures.rewrite_package(path, lambda name, data: data.replace(
        b'<w:sz w:val="22"/>', b'<w:sz w:val="eleven"/>') if name == "word/styles.xml" else data)
    source = tmp_path / "note.txt"
    source.write_text("Water Talks\nFlows fell this summer.\n", encoding="utf-8")
    code = main(["export", str(source), "--pdf", str(tmp_path / "out.pdf"),
                 "--docx-template", str(path)])
    lines = capsys.readouterr().err.splitlines()
    assert code == 2 and len(lines) == 1
    assert str(path) in lines[0] and "styles or theme cannot be read" in lines[0]
    assert not (tmp_path / "out.pdf").exists()


def test_styles_we_add_to_a_template_are_in_its_font_in_both_outputs(tmp_path):
    import docx as python_docx

    path = docx_fixtures.letterhead(tmp_path)  # body text in the theme's Cambria
    briefing = import_article_text((FIXTURES / "ankara-talks.txt").read_text("utf-8"))
    options = ExportOptions(docx_template=path)
    pdf, document = tmp_path / "out.pdf", tmp_path / "out.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, document, options)
    table_text = python_docx.Document(str(document)).styles["Table Text"]
    assert table_text.font.name == "Cambria"  # ours, in the template's body font
    assert {name.split("+")[-1].split("-")[0] for name in fonts(pdf)} >= {"Caladea"}
    assert not {name for name in fonts(pdf) if "LiberationSans" in name}


def test_a_template_without_any_font_is_set_as_word_sets_it(tmp_path):
    path = docx_fixtures.letterhead(tmp_path)
    docx_fixtures.rewrite_package(path, lambda name, data: re.sub(
        rb"<w:rFonts[^>]*/>", b"", data) if name == "word/styles.xml" else (
        re.sub(rb'(<a:latin typeface=")[^"]*"', rb'\1"', data)
        if name == "word/theme/theme1.xml" else data))
    briefing = Briefing(sections=[Section(blocks=[Paragraph("Flows fell.")])])
    pdf = tmp_path / "out.pdf"
    write_pdf(briefing, pdf, ExportOptions(docx_template=path))
    assert any("LiberationSerif" in name for name in fonts(pdf))  # Times New Roman's twin


@needs_libreoffice
def test_the_furniture_stands_at_the_templates_header_and_footer_distance(tmp_path):
    path = docx_fixtures.letterhead(tmp_path)
    docx_fixtures.rewrite_package(path, lambda name, data: re.sub(
        rb'w:header="\d+"', b'w:header="1134"', data) if name == "word/document.xml" else data)
    briefing = Briefing(sections=[Section(blocks=[Paragraph("Flows fell.")])])
    options = ExportOptions(docx_template=path, classification="OFFICIAL-SENSITIVE")
    pdf, document = tmp_path / "out.pdf", tmp_path / "out.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, document, options)
    (theirs,) = libreoffice_pdfs(tmp_path, [document])
    ours_top = ink_margins_mm(pdf, tmp_path)[0][0]
    assert ours_top >= 20  # 1134 twips: 20 mm
    assert ours_top == pytest.approx(ink_margins_mm(theirs, tmp_path)[0][0], abs=2)


@needs_libreoffice
def test_numbered_items_are_spaced_as_the_templates_list_number_style(tmp_path):
    path = docx_fixtures.letterhead(tmp_path)
    docx_fixtures.rewrite_package(path, lambda name, data: data.replace(
        b'<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
        b'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        b'<w:rsid w:val="00326F90"/><w:pPr><w:contextualSpacing/></w:pPr>',
        b'<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>'
        b'<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="480"/></w:pPr>')
        if name == "word/styles.xml" else data)
    assert b'w:after="480"' in zipfile.ZipFile(path).read("word/styles.xml")
    briefing = Briefing(sections=[Section(blocks=[
        BulletList(numbered=True, items=[Bullet(text="Alpha item."), Bullet(text="Beta item.")]),
        BulletList(items=[Bullet(text="Gamma item."), Bullet(text="Delta item.")])])])
    options = ExportOptions(docx_template=path)
    pdf, document = tmp_path / "out.pdf", tmp_path / "out.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, document, options)
    (theirs,) = libreoffice_pdfs(tmp_path, [document])
    for rendered in (pdf, theirs):
        words = subprocess.run(["pdftotext", "-bbox", str(rendered), "-"],
                               capture_output=True, text=True, check=True).stdout
        top = {text: float(y) for y, text in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]+)</word>',
                                                         words)}
        assert top["Beta"] - top["Alpha"] > 30  # 24 pt below each numbered item
        assert top["Delta"] - top["Gamma"] < 20  # the bullets keep List Bullet's
