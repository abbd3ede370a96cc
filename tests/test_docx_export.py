"""The DOCX a colleague opens: real styles, lists, fields and properties."""

import re
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from briefing_studio.exporters.docx import write_docx
from briefing_studio.importers.text import import_article_text
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
from tests.docx_reading import (
    W,
    body_text,
    list_paragraphs,
    numbering_format,
    open_docx,
    part_xml,
)


def export(tmp_path, briefing, **options):
    path = tmp_path / "out.docx"
    write_docx(briefing, path, ExportOptions(**options))
    return path, open_docx(path)


def note() -> Briefing:
    return Briefing(
        meta=Metadata(title="Water Talks", subtitle="First round", reference="BRF-7",
                      date="2026-11-24", prepared_by="Elif Demir", classification="SECRET",
                      source="Delegation reports"),
        sections=[
            Section(blocks=[Paragraph("Lead with **bold**, *italic* and <b>not bold</b> & more.")]),
            Section(heading="Agenda", blocks=[
                BulletList(items=[
                    Bullet(label="Dam releases", text="Agree a timetable.", priority=Priority.HIGH),
                    Bullet(text="Share gauge data.", priority=Priority.LOW),
                    Bullet(text="No priority here."),
                ]),
                BulletList(numbered=True, items=[Bullet(text="First."), Bullet(text="Second.")]),
                BulletList(numbered=True, items=[Bullet(text="Again first.")]),
            ]),
            Section(heading="Detail", level=2, blocks=[
                Table(header=["Name", "Role"], rows=[["Ayşe Yılmaz"], ["Kerem", "Lead", "Extra"]],
                      caption="Delegations"),
                Paragraph("Farmland south of الموصل and مدينة دمشق القديمة suffered."),
            ]),
        ],
    )


def test_headings_title_and_body_use_word_styles(tmp_path):
    _, document = export(tmp_path, note())
    styled = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert ("Title", "Water Talks") in styled
    assert ("Subtitle", "First round") in styled
    assert ("Heading 1", "Agenda") in styled
    assert ("Heading 2", "Detail") in styled
    assert ("Body Text", "Lead with bold, italic and <b>not bold</b> & more.") in styled


def test_inline_markup_becomes_real_bold_and_italic_runs(tmp_path):
    _, document = export(tmp_path, note())
    lead = next(p for p in document.paragraphs if p.text.startswith("Lead"))
    runs = {run.text: (bool(run.bold), bool(run.italic)) for run in lead.runs}
    assert runs["bold"] == (True, False)
    assert runs["italic"] == (False, True)
    assert "**" not in lead.text


def test_title_block_lists_only_the_metadata_that_is_filled_in(tmp_path):
    _, document = export(tmp_path, note())
    sdt = document.element.body.find(f"{W}sdt")
    assert sdt.find(f"{W}sdtPr/{W}alias").get(qn("w:val")) == "Document information"
    rows = [[" ".join(t.text for t in tc.iter(f"{W}t")) for tc in tr.iter(f"{W}tc")]
            for tr in sdt.iter(f"{W}tr")]
    assert rows == [["Reference", "BRF-7"], ["Date", "24 November 2026"],
                    ["Prepared by", "Elif Demir"], ["Source", "Delegation reports"]]


def test_bullets_are_real_word_lists_not_typed_characters(tmp_path):
    _, document = export(tmp_path, note())
    bullets = list_paragraphs(document, "List Bullet")
    assert len(bullets) == 3
    assert all(numbering_format(document, p) == "bullet" for p in bullets)
    assert not any(re.match(r"^\s*[•\-*]", p.text) for p in document.paragraphs)


def test_each_numbered_list_is_a_decimal_list_that_starts_at_one(tmp_path):
    _, document = export(tmp_path, note())
    numbered = list_paragraphs(document, "List Number")
    assert [p.text for p in numbered] == ["First.", "Second.", "Again first."]
    assert all(numbering_format(document, p) == "decimal" for p in numbered)
    ids = [p._p.find(f"{W}pPr/{W}numPr/{W}numId").get(qn("w:val")) for p in numbered]
    assert ids[0] == ids[1] != ids[2]  # a new instance restarts the count


def test_priority_shows_as_a_word_in_its_colour_and_labels_are_bold(tmp_path):
    _, document = export(tmp_path, note())
    first, second, third = list_paragraphs(document, "List Bullet")
    assert first.text == "\u00a0High\u00a0 Dam releases: Agree a timetable."
    badge = first.runs[0]
    assert badge.style.name == "Priority High"
    shading = badge.style.element.find(f"{W}rPr/{W}shd").get(qn("w:fill"))
    assert shading == load_style().colours.priority_high[1:]
    label = next(run for run in first.runs if run.text == "Dam releases:")
    assert label.bold
    assert second.text.strip().startswith("Low")
    assert third.text == "No priority here."


def test_tables_repeat_their_header_keep_rows_whole_and_lose_no_cell(tmp_path):
    _, document = export(tmp_path, note())
    table = document.tables[0]
    assert table.style.name == "Briefing Table"
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [["Name", "Role", ""], ["Ayşe Yılmaz", "", ""], ["Kerem", "Lead", "Extra"]]
    trs = table._tbl.tr_lst
    assert trs[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in trs)
    assert all(tr.find(f"{W}trPr/{W}tblHeader") is None for tr in trs[1:])
    assert [p.style.name for p in table.rows[0].cells[0].paragraphs] == ["Table Heading"]


def test_table_caption_is_numbered_with_a_seq_field(tmp_path):
    _, document = export(tmp_path, note())
    caption = next(p for p in document.paragraphs if p.style.name == "Caption")
    assert caption.text == "Table 1: Delegations"
    assert "SEQ Table" in caption._p.xml


def test_column_widths_follow_content_and_fill_the_text_width(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[Table(
        header=["Phase", "Key actions"],
        rows=[["1", "Military dialogue, ceasefire verification and joint monitoring"]])])])
    _, document = export(tmp_path, briefing)
    grid = [int(c.get(qn("w:w"))) for c in document.tables[0]._tbl.tblGrid.iter(f"{W}gridCol")]
    style = load_style()
    assert grid[0] < grid[1]
    assert abs(sum(grid) - Mm(style.text_width_mm).twips) <= 2


def test_every_page_carries_the_marking_the_reference_and_page_x_of_y(tmp_path):
    path, _ = export(tmp_path, note())
    header, footer = part_xml(path, "word/header"), part_xml(path, "word/footer")
    assert "SECRET" in header and footer.count("SECRET") == 1
    assert "BRF-7" in footer
    assert re.search(r"instrText[^>]*> PAGE </w:instrText>", footer)
    assert re.search(r"instrText[^>]*> NUMPAGES </w:instrText>", footer)
    assert re.search(r">Page </w:t>.*> PAGE <.*> of </w:t>.*> NUMPAGES <", footer)


def test_marking_is_coloured_by_its_level(tmp_path):
    _, document = export(tmp_path, note())
    colour = document.styles["Classification Marking"].element.find(f"{W}rPr/{W}color")
    assert colour.get(qn("w:val")) == "B00020"  # SECRET is red in the UK scheme


def test_classification_option_overrides_the_briefing(tmp_path):
    path, document = export(tmp_path, note(), classification="OFFICIAL-SENSITIVE")
    assert "OFFICIAL-SENSITIVE" in part_xml(path, "word/header")
    assert document.core_properties.content_status == "OFFICIAL-SENSITIVE"


def test_core_and_custom_properties_come_from_the_metadata(tmp_path):
    path, document = export(tmp_path, note())
    properties = document.core_properties
    assert properties.title == "Water Talks"
    assert properties.author == "Elif Demir"
    assert properties.subject == "First round"
    assert "SECRET" in properties.keywords
    assert properties.created.date().isoformat() == "2026-11-24"
    custom = part_xml(path, "docProps/custom.xml")
    assert 'name="Classification"' in custom and "<vt:lpwstr>SECRET</vt:lpwstr>" in custom


def test_untitled_briefing_takes_its_first_heading_as_document_title(tmp_path):
    _, document = export(tmp_path, Briefing(sections=[Section(heading="Border talks")]))
    assert document.core_properties.title == "Border talks"


def test_arabic_runs_are_marked_right_to_left(tmp_path):
    _, document = export(tmp_path, note())
    paragraph = next(p for p in document.paragraphs if "الموصل" in p.text)
    rtl = [run.text for run in paragraph.runs if run._r.find(f"{W}rPr/{W}rtl") is not None]
    assert rtl == ["الموصل", "مدينة دمشق القديمة"]
    fonts = document.styles["Normal"].element.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:cs"))


def test_every_word_of_a_turkish_briefing_is_in_the_document(tmp_path, fixture_text):
    briefing = import_article_text(fixture_text("turkish-briefing.txt"))
    _, document = export(tmp_path, briefing)
    text = body_text(document)
    missing = [word for word in briefing.words() if word not in text]
    assert not missing


def test_min_priority_and_sort_make_a_one_page_summary(tmp_path):
    _, document = export(tmp_path, note(), min_priority=Priority.LOW, sort_by_priority=True)
    assert [p.text.split()[0] for p in list_paragraphs(document, "List Bullet")] == [
        "High", "Low", "No"]  # a bullet nobody ranked is ranked below nothing
    _, document = export(tmp_path, note(), min_priority=Priority.HIGH)
    assert [p.text.split()[0] for p in list_paragraphs(document, "List Bullet")] == [
        "High", "No"]
    assert len(list_paragraphs(document, "List Number")) == 3  # decisions and steps stay


def test_sort_by_priority_orders_high_to_low_and_keeps_ties_in_order(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[BulletList(items=[
        Bullet(text="a"), Bullet(text="b", priority=Priority.LOW),
        Bullet(text="c", priority=Priority.HIGH), Bullet(text="d", priority=Priority.LOW)])])])
    _, document = export(tmp_path, briefing, sort_by_priority=True)
    texts = [p.text.replace("\u00a0", " ").split()[-1] for p in list_paragraphs(document,
                                                                                   "List Bullet")]
    assert texts == ["c", "b", "d", "a"]


def test_style_sets_page_size_margins_and_numbered_headings(tmp_path):
    path, document = export(tmp_path, note(), style=load_style("tr-resmi"))
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.left_margin.mm) == 25 and round(section.top_margin.mm) == 15
    heading = next(p for p in document.paragraphs if p.text == "Agenda")
    assert heading._p.find(f"{W}pPr/{W}numPr") is not None
    footer = part_xml(path, "word/footer")
    assert re.search(r"> PAGE <.*>/</w:t>.*> NUMPAGES <", footer)
    assert "Page " not in footer

    _, letter = export(tmp_path, note(), style=load_style("letter"))
    assert round(letter.sections[0].page_width.mm, 1) == 215.9


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    path = tmp_path / "out.docx"
    path.write_bytes(b"old")

    def fail(self, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("docx.document.Document.save", fail)
    with pytest.raises(Exception, match="No space left on device"):
        write_docx(note(), path, ExportOptions())
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]


def test_control_characters_pasted_into_text_do_not_break_the_file(tmp_path):
    briefing = Briefing(sections=[Section(blocks=[Paragraph("Bell\x07 and line\x0bbreak")])])
    _, document = export(tmp_path, briefing)
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Bell"))
    assert paragraph.text == "Bell and line\nbreak"  # Word's manual line break, kept


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (make test installs it as root)")
def test_libreoffice_opens_the_docx_and_shows_every_word(tmp_path, fixture_text):
    briefing = import_article_text(fixture_text("edge-cases.txt"))
    path, _ = export(tmp_path, briefing, classification="OFFICIAL-SENSITIVE")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )
    text = subprocess.run(["pdftotext", str(tmp_path / "out.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.replace("-\n", "").split())
    missing = [w for w in briefing.words()
               if w.strip("*") and w.strip("*") not in flat]
    assert not missing
    assert flat.count("OFFICIAL-SENSITIVE") >= 2 * len(re.findall(r"Page \d+ of", flat))


def ministry_template(path):
    from docx.enum.section import WD_ORIENT
    from docx.shared import RGBColor

    template = docx.Document()
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x7F, 0x00, 0x40)
    template.sections[0].orientation = WD_ORIENT.LANDSCAPE
    template.sections[0].page_width, template.sections[0].page_height = Mm(297), Mm(210)
    template.sections[0].header.paragraphs[0].text = "MINISTRY CREST"
    template.add_paragraph("Sample text that the template carries.")
    template.save(path)
    return path


def test_a_word_template_gives_its_styles_page_and_header(tmp_path):
    template = ministry_template(tmp_path / "ministry.docx")
    path, document = export(tmp_path, note(), docx_template=template)
    colour = document.styles["Heading 1"].element.find(f"{W}rPr/{W}color").get(qn("w:val"))
    assert colour == "7F0040"  # the template's, not the house style's navy
    assert round(document.sections[0].page_width.mm) == 297
    header = part_xml(path, "word/header")
    assert "MINISTRY CREST" in header and "SECRET" in header
    assert "NUMPAGES" in part_xml(path, "word/footer")
    assert "Sample text" not in body_text(document)
    assert list_paragraphs(document, "List Bullet")  # styles it lacked come from the house


def test_a_template_that_is_not_a_word_document_is_named(tmp_path):
    from briefing_studio.errors import StyleError

    bad = tmp_path / "template.docx"
    bad.write_text("not a zip", encoding="utf-8")
    with pytest.raises(StyleError, match=r"template\.docx: not a Word document"):
        export(tmp_path, note(), docx_template=bad)
