"""A Word document's table of contents is the document's furniture, not its text: the
importer leaves it out (a briefing makes its contents anew when it prints), whether it
is in Word's content control (as Word, LibreOffice and pandoc write it) or only in
paragraphs of the contents styles with their cached entries."""

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from briefing_studio.importers.docx import import_docx

BODY = "# First\n\nAlpha text.\n\n## Sub\n\nBeta text.\n\n# Second\n\nGamma text.\n"


def read(path) -> list[tuple[str, list[str]]]:
    return [(section.heading, [block.text for block in section.blocks])
            for section in import_docx(path).sections]


def test_the_contents_pandoc_writes_are_left_out(tmp_path):
    pypandoc = pytest.importorskip("pypandoc")
    path = tmp_path / "toc.docx"
    pypandoc.convert_text(BODY, "docx", format="md", outputfile=str(path),
                          extra_args=["--toc"])
    assert "Table of Contents" in pypandoc.convert_file(str(path), "plain")
    assert read(path) == [("First", ["Alpha text."]), ("Sub", ["Beta text."]),
                          ("Second", ["Gamma text."])]


def test_word_shaped_contents_with_cached_entries_are_left_out(tmp_path):
    document = docx.Document()
    for name in ("toc 1", "toc 2"):  # python-docx's template has TOC Heading already
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("Contents", style="TOC Heading")
    entry_style = document.styles["toc 1"].style_id
    field = (f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{entry_style}"/></w:pPr>'
             '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             '<w:r><w:t>First\t1</w:t></w:r></w:p>')
    document.element.body.insert(1, parse_xml(field))
    entry = document.add_paragraph("Sub\t1", style="toc 2")
    entry.add_run().element.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))
    document.add_heading("First", 1)
    document.add_paragraph("Alpha text.")
    path = tmp_path / "word.docx"
    document.save(str(path))
    assert read(path) == [("First", ["Alpha text."])]


def test_contents_in_words_content_control_are_left_out_whatever_their_styles(tmp_path):
    document = docx.Document()
    control = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:docPartObj>'
               '<w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
               '</w:docPartObj></w:sdtPr><w:sdtContent>'
               '<w:p><w:r><w:t>Contents</w:t></w:r></w:p>'
               '<w:p><w:r><w:t>First\t1</w:t></w:r></w:p>'
               '</w:sdtContent></w:sdt>')
    document.element.body.insert(0, parse_xml(control))
    document.add_heading("First", 1)
    document.add_paragraph("Alpha text.")
    path = tmp_path / "control.docx"
    document.save(str(path))
    assert read(path) == [("First", ["Alpha text."])]
