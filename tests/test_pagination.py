"""The PDF and LibreOffice's render of the DOCX paginate alike, in every house style.

An editor prints the PDF and a colleague opens the DOCX: "1/3" on paper and "1/2" in
Word would be two documents. The PDF is set in the metric twins of the DOCX's fonts,
so the two break lines and pages in the same places.
"""

import re
import shutil
import subprocess

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.text import import_article_text
from briefing_studio.options import ExportOptions
from briefing_studio.resources import resource_path
from briefing_studio.script import RTL_LETTERS
from briefing_studio.style import available_styles, font_families, load_style

from .conftest import FIXTURES
from .libreoffice import libreoffice_pdfs, needs_libreoffice

STYLES = available_styles()
# Each document, and the share of its lines of four words or more that both renders
# must set alike. No Arabic font has the widths of another, and a reader of the DOCX
# sets Arabic in whatever font it has (Word the Arabic of Arial or Times New Roman,
# LibreOffice here DejaVu Sans), so a line holding Arabic may break a word earlier or
# later; the pages still agree.
DOCUMENTS = {"ankara-talks": 0.85, "turkish-briefing": 0.85, "border-crossings-arabic": 0.5}
# Arabic letters are left out of the comparison: the two PDFs give them to a text reader
# in different orders.
RIGHT_TO_LEFT = re.compile(f"[{RTL_LETTERS}]+")

@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    """Every document in every style, as our PDF and as LibreOffice's PDF of our DOCX
    (converted in one run of LibreOffice: it starts slowly)."""
    folder = tmp_path_factory.mktemp("pagination")
    for style in STYLES:
        options = ExportOptions(style=load_style(style), classification="OFFICIAL-SENSITIVE")
        for name in DOCUMENTS:
            briefing = import_article_text((FIXTURES / f"{name}.txt").read_text("utf-8"))
            write_pdf(briefing, folder / f"{style}-{name}.pdf", options)
            write_docx(briefing, folder / f"{style}-{name}.docx", options)
    libreoffice_pdfs(folder, sorted(folder.glob("*.docx")))
    return folder


def lines(path) -> set[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return {" ".join(RIGHT_TO_LEFT.sub("", line).split()) for line in text.splitlines()
            if len(line.split()) >= 4}


@needs_libreoffice
@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("style", STYLES)
def test_the_pdf_and_the_docx_have_the_same_pages_and_lines(renders, style, name):
    ours = renders / f"{style}-{name}.pdf"
    theirs = renders / "libreoffice" / f"{style}-{name}.pdf"
    assert len(PdfReader(ours).pages) == len(PdfReader(theirs).pages)
    our_lines = lines(ours)
    alike = len(our_lines & lines(theirs)) / len(our_lines)
    assert alike >= DOCUMENTS[name], f"only {alike:.0%} of the lines are set alike"


def advance_widths(path, text: str) -> list[int]:
    font = TTFont(path)
    cmap, metrics = font.getBestCmap(), font["hmtx"]
    return [metrics[cmap[ord(character)]][0] for character in text]


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="fontconfig is not installed")
@pytest.mark.parametrize("style", STYLES)
def test_the_pdf_fonts_have_the_widths_libreoffice_sets_the_docx_fonts_in(style):
    house = load_style(style)
    sample = "Ankara'da İçişleri Bakanlığı, ŞUBAT ğüşıöç 0123456789 (Aa)."
    for role in ("body", "heading"):
        family = font_families()[getattr(house.pdf_fonts, role)]
        word_font = getattr(house.docx_fonts, role)
        assert family.get("metric_twin_of") == word_font
        for face, fc_style in (("regular", "Regular"), ("bold", "Bold")):
            used = subprocess.run(["fc-match", "-f", "%{file}", f"{word_font}:style={fc_style}"],
                                  capture_output=True, text=True, check=True).stdout
            assert advance_widths(resource_path("fonts", family[face]), sample) == (
                advance_widths(used, sample)), f"{word_font} {face} is set in {used}"
