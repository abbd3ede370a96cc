"""Any Word document serves as ``--docx-template`` (issue 11): a letterhead without a
numbering part, built-in styles under other names and ids, a Strict Open XML package;
a document that cannot serve gets one line naming what in it cannot be read."""

import re
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from briefing_studio.cli import main
from briefing_studio.importers.docx import import_docx
from tests import docx_fixtures
from tests.docx_reading import W, numbering_format, part_xml

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "regional-water-talks.briefing"
ALL_FIXTURES = [*docx_fixtures.TEMPLATES, *docx_fixtures.FIXTURES]


def template(name: str, folder: Path) -> Path:
    if name in docx_fixtures.TEMPLATES:
        return docx_fixtures.TEMPLATES[name](folder)
    return docx_fixtures.write_fixture(name, folder)


def export_on(template_path: Path, folder: Path, capsys) -> Path:
    out = folder / "briefing.docx"
    code = main(["export", str(SAMPLE), "--docx", str(out),
                 "--docx-template", str(template_path)])
    assert code == 0, capsys.readouterr().err
    return out


def style_id(paragraph) -> str:
    p_pr = paragraph._p.find(f"{W}pPr")
    style = p_pr.find(f"{W}pStyle") if p_pr is not None else None
    return style.get(qn("w:val")) if style is not None else ""


def assert_uses_template(out: Path, heading_id: str) -> None:
    document = docx.Document(str(out))
    headings = [p for p in document.paragraphs if style_id(p) == heading_id]
    assert headings, "no heading in the template's heading style"
    style_ids = [s.get(qn("w:styleId")) for s in document.styles.element.findall(qn("w:style"))]
    assert len(style_ids) == len(set(style_ids)), "a style id twice: ours next to the template's"
    bullets = [p for p in document.paragraphs if style_id(p) == "ListBullet"]
    assert bullets
    for paragraph in bullets:  # a real list: numbering that the numbering part defines
        assert numbering_format(document, paragraph) == "bullet"


@pytest.mark.parametrize("name", list(docx_fixtures.TEMPLATES))
def test_template_gives_real_lists_and_its_own_headings(tmp_path, capsys, name):
    path = template(name, tmp_path)
    out = export_on(path, tmp_path, capsys)
    assert_uses_template(out, "Heading1")
    header = part_xml(out, "word/header")
    assert docx_fixtures.LETTERHEAD_TEXT in header  # the template's header stays
    assert "OFFICIAL-SENSITIVE" in header  # and the marking goes above it


def test_a_letterhead_without_numbering_gets_a_numbering_part(tmp_path, capsys):
    path = docx_fixtures.letterhead(tmp_path)
    assert "word/numbering.xml" not in part_xml(path, "[Content_Types].xml")
    out = export_on(path, tmp_path, capsys)
    types = part_xml(out, "[Content_Types].xml")
    assert "/word/numbering.xml" in types and "numbering+xml" in types
    assert "numbering.xml" in part_xml(out, "word/_rels/document.xml.rels")


def test_localised_heading_styles_are_the_templates_not_added(tmp_path, capsys):
    path = docx_fixtures.localised_names(tmp_path)
    out = export_on(path, tmp_path, capsys)
    document = docx.Document(str(out))
    names = {s.style_id: s.name for s in document.styles}
    # The template's style, under the name by which Word knows it as built in (and
    # shows it in Turkish); the name it had stays as an alias.
    assert names["Heading1"] == "Heading 1"
    aliases = document.styles["Heading 1"].element.find(qn("w:aliases"))
    assert docx_fixtures.LOCALISED_HEADING in aliases.get(qn("w:val")).split(",")
    assert "Balk2" in names and "Heading2" not in names  # found by its built-in name
    body = next(p for p in document.paragraphs if style_id(p) == "BodyText")
    assert body.style.name == "Body Text"
    assert [s.name for s in document.styles].count("Body Text") == 1


def test_odd_case_names_find_the_templates_styles(tmp_path, capsys):
    out = export_on(docx_fixtures.odd_case_names(tmp_path), tmp_path, capsys)
    styles = docx.Document(str(out)).styles.element.findall(qn("w:style"))
    names = [s.find(qn("w:name")).get(qn("w:val")).replace(" ", "").lower() for s in styles]
    for ours in ("heading1", "heading2", "bodytext", "listbullet"):
        assert names.count(ours) == 1  # the template's, none of ours beside it


def test_a_strict_package_is_read_as_source_and_its_namespaces_do_not_leak(tmp_path, capsys):
    path = docx_fixtures.strict(tmp_path)
    assert docx_fixtures.STRICT_MAIN in part_xml(path, "word/document.xml")
    briefing = import_docx(path)
    assert "Strict Open XML" in [section.heading for section in briefing.sections]
    words = " ".join(briefing.words())
    assert docx_fixtures.STRICT_WORDS.split()[0] in words and "listed" in words
    out = export_on(path, tmp_path, capsys)
    document_xml = part_xml(out, "word/document.xml")
    assert "purl.oclc.org" not in document_xml and "conformance" not in document_xml


def test_a_broken_template_gets_one_line_naming_the_part(tmp_path, capsys):
    path = docx_fixtures.broken(tmp_path)
    out = tmp_path / "briefing.docx"
    code = main(["export", str(SAMPLE), "--docx", str(out), "--docx-template", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "unexpected" not in lines[0]
    assert str(path) in lines[0] and "word/document.xml is not well-formed XML" in lines[0]
    assert not out.exists()


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_every_fixture_works_as_a_template(tmp_path, capsys, name):
    out = export_on(template(name, tmp_path), tmp_path, capsys)
    docx.Document(str(out))
    # A document, whatever the template was (a .dotx, a Strict package).
    assert "wordprocessingml.document.main+xml" in part_xml(out, "[Content_Types].xml")


def test_a_template_without_section_properties_takes_the_house_page(tmp_path, capsys):
    path = docx_fixtures.letterhead(tmp_path)
    docx_fixtures.rewrite_package(path, lambda name, data: re.sub(
        rb"<w:sectPr[ >].*?</w:sectPr>", b"", data, flags=re.S)
        if name == "word/document.xml" else data)
    assert "<w:sectPr" not in part_xml(path, "word/document.xml")
    out = export_on(path, tmp_path, capsys)
    section = docx.Document(str(out)).sections[0]
    assert round(section.page_width.mm) == 210 and section.left_margin is not None


def test_a_macro_enabled_template_gets_one_line_saying_what_to_do(tmp_path, capsys):
    path = docx_fixtures.word_template(tmp_path, docx_fixtures.MACRO_TEMPLATE_TYPE, ".dotm")
    code = main(["export", str(SAMPLE), "--docx", str(tmp_path / "out.docx"),
                 "--docx-template", str(path)])
    lines = capsys.readouterr().err.splitlines()
    assert code == 2 and len(lines) == 1
    assert str(path) in lines[0] and "save it as .docx or .dotx" in lines[0]


def test_a_template_with_custom_properties_keeps_them_in_one_part(tmp_path, capsys):
    import zipfile

    from briefing_studio.exporters.docx_xml import set_custom_property

    document = docx.Document()
    set_custom_property(document, "Department", "Middle East Desk")
    template_path = tmp_path / "with-properties.docx"
    document.save(str(template_path))
    out = export_on(template_path, tmp_path, capsys)
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert names.count("docProps/custom.xml") == 1
        custom = package.read("docProps/custom.xml").decode("utf-8")
    assert "Middle East Desk" in custom and 'name="Classification"' in custom
    pids = re.findall(r'pid="(\d+)"', custom)
    assert len(pids) == len(set(pids)) == 2
