"""Word documents in: a colleague's document, and our own exports after a trip through Word."""

import zipfile

import docx
import pytest

from briefing_studio import fileformat
from briefing_studio.errors import ArticleImportError
from briefing_studio.exporters.docx import write_docx
from briefing_studio.importers import docx as docx_importer
from briefing_studio.importers import import_file
from briefing_studio.importers.docx import TRACKED_CHANGES_NOTE, import_docx
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Bullet, BulletList, Paragraph, Priority, Table
from briefing_studio.options import ExportOptions
from briefing_studio.resources import resource_path

from .docx_fixtures import (
    BOX_TEXT,
    add_notes_part,
    control,
    insert_xml,
    paragraph,
    rewrite_package,
    run,
    write_fixture,
)


def test_our_export_comes_back_as_the_same_briefing(tmp_path):
    sample = fileformat.load(resource_path("samples", "regional-water-talks.briefing"))
    path = tmp_path / "sample.docx"
    write_docx(sample, path, ExportOptions())
    sample.meta.language = "en-GB"  # the house style's, which the document declares
    assert fileformat.dumps(import_docx(path)) == fileformat.dumps(sample)


def test_turkish_arabic_numbered_and_prioritised_content_survives_word(tmp_path, fixture_text):
    briefing = import_article_text(fixture_text("turkish-briefing.txt"))
    path = tmp_path / "tr.docx"
    write_docx(briefing, path, ExportOptions())
    back = import_docx(path)
    assert back.sections == briefing.sections
    assert back.meta.title == briefing.meta.title


def test_a_colleagues_word_document_is_read_by_its_styles(tmp_path):
    document = docx.Document()
    document.add_paragraph("Water Talks", style="Title")
    document.add_paragraph("Opening remarks before any heading.")
    document.add_paragraph("Agenda", style="Heading 1")
    intro = document.add_paragraph("Points with ")
    intro.add_run("bold").bold = True
    intro.add_run(" and ")
    intro.add_run("italic").italic = True
    intro.add_run(" words.")
    item = document.add_paragraph(style="List Bullet")
    item.add_run("Dams:").bold = True
    item.add_run(" agree releases")
    document.add_paragraph("[HIGH] Gauges to share", style="List Bullet")
    document.add_paragraph("First step", style="List Number")
    document.add_paragraph("Detail", style="Heading 2")
    table = document.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Name", (0, 1): "Role", (1, 0): "Ayşe",
                                (1, 1): "Lead"}.items():
        table.cell(row, column).text = text
    path = tmp_path / "colleague.docx"
    document.save(path)

    briefing = import_docx(path)

    assert briefing.meta.title == "Water Talks"
    lead, agenda, detail = briefing.sections
    assert lead.blocks == [Paragraph("Opening remarks before any heading.")]
    assert (agenda.heading, agenda.level, detail.heading, detail.level) == (
        "Agenda", 1, "Detail", 2)
    assert agenda.blocks[0] == Paragraph("Points with **bold** and *italic* words.")
    assert agenda.blocks[1] == BulletList(items=[
        Bullet(label="Dams", text="agree releases"),
        Bullet(text="Gauges to share", priority=Priority.HIGH)])
    assert agenda.blocks[2] == BulletList(items=[Bullet(text="First step")], numbered=True)
    assert detail.blocks == [Table(header=["Name", "Role"], rows=[["Ayşe", "Lead"]])]


def test_a_file_that_is_not_a_word_document_is_named(tmp_path):
    fake = tmp_path / "report.docx"
    fake.write_text("plain text, not a zip", encoding="utf-8")
    with pytest.raises(ArticleImportError, match=r"report\.docx: not a Word document"):
        import_file(fake)


def test_a_missing_word_document_is_named(tmp_path):
    with pytest.raises(ArticleImportError, match=r"gone\.docx: cannot read: No such file"):
        import_file(tmp_path / "gone.docx")


def test_a_turkish_title_block_comes_back_too(tmp_path):
    from briefing_studio.style import load_style

    sample = fileformat.load(resource_path("samples", "regional-water-talks.briefing"))
    path = tmp_path / "resmi.docx"
    write_docx(sample, path, ExportOptions(style=load_style("tr-resmi")))
    rows = [[c.text for c in row.cells] for row in
            docx.table.Table(docx.Document(path).element.body.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdt").find(
                ".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tbl"),
                None).rows]
    assert rows[:2] == [["Sayı", "BRF-2026-0417"], ["Tarih", "24.11.2026"]]
    sample.meta.language = "tr-TR"  # the house style's, which the document declares
    assert fileformat.dumps(import_docx(path)) == fileformat.dumps(sample)


# ---------------------------------------------------------------- documents other programs wrote

def fixture_briefing(tmp_path, name):
    notes = []
    return import_docx(write_fixture(name, tmp_path), notes), notes


def texts_of(briefing):
    return [block.text for section in briefing.sections for block in section.blocks
            if isinstance(block, Paragraph)]


def test_tracked_changes_come_in_accepted_and_the_user_is_told_once(tmp_path):
    briefing, notes = fixture_briefing(tmp_path, "tracked-changes")

    assert texts_of(briefing) == [
        "The ministry strongly supports the agreement.", "Unchanged text between the moves.",
        "Relocated sentence here.", "A reviewer added this whole paragraph."]
    assert briefing.sections[0].blocks[-1].rows == [["Upstream", "Agrees"]]  # row deleted
    assert notes == [TRACKED_CHANGES_NOTE]


def test_a_document_without_tracked_changes_gives_no_note(tmp_path):
    _, notes = fixture_briefing(tmp_path, "drop-cap")
    assert notes == []


def test_content_controls_are_read_and_fill_the_fields_they_are_named_after(tmp_path):
    briefing, _ = fixture_briefing(tmp_path, "content-controls")

    meta = briefing.meta
    assert (meta.title, meta.classification, meta.reference, meta.date, meta.prepared_by) == (
        "Dam Safety Talks", "OFFICIAL-SENSITIVE", "BRF-2026-0099", "2026-11-24", "Ayşe Demir")
    section, = briefing.sections
    assert texts_of(briefing) == ["Body copy in a block control.",
                                  "The inline control text stays in its sentence."]
    assert section.blocks[-1] == Table(header=["Item", "Owner"], rows=[
        ["Row control", "Legal team"], ["Cell control", "In cell"]])


def test_a_field_control_inside_a_sentence_fills_the_field_and_keeps_the_sentence(tmp_path):
    document = docx.Document()
    insert_xml(document, paragraph(run("Prepared by "), control(run("Ayşe"), alias="Author"),
                                   run(" today.")))
    path = tmp_path / "sentence.docx"
    document.save(path)

    briefing = import_docx(path)

    assert briefing.meta.prepared_by == "Ayşe"
    assert texts_of(briefing) == ["Prepared by Ayşe today."]


def test_a_control_still_showing_its_prompt_is_left_out(tmp_path):
    document = docx.Document()
    insert_xml(document, control(paragraph(run("Click or tap here to enter text.")),
                                 alias="Date").replace(
        "</w:sdtPr>", "<w:showingPlcHdr/></w:sdtPr>"))
    insert_xml(document, paragraph(run("Real text."), control(run(" Enter a name.")).replace(
        "</w:sdtPr>", "<w:showingPlcHdr/></w:sdtPr>")))
    path = tmp_path / "prompt.docx"
    document.save(path)

    briefing = import_docx(path)

    assert (briefing.meta.date, texts_of(briefing)) == ("", ["Real text."])


def test_text_boxes_are_read_once_after_the_paragraph_that_anchors_them(tmp_path):
    briefing, _ = fixture_briefing(tmp_path, "text-boxes")

    assert texts_of(briefing) == [
        "The anchor paragraph comes first.", BOX_TEXT, "An older VML box from Word 2003.",
        "A shape box without a fallback:", "Drawing shape text only once.",
        "The paragraph after the boxes."]


def test_merged_cells_keep_their_text_once_in_the_first_cell_of_the_span(tmp_path):
    briefing, _ = fixture_briefing(tmp_path, "merged-cells")

    assert briefing.sections[0].blocks == [Table(
        header=["Region", "Spring and summer", "", "Notes"],
        rows=[["North", "Wet", "Dry", "Flood risk"], ["", "Cool", "Warm", "Drought watch"],
              ["", "Offset row", "ends early", ""]])]


def test_a_drop_cap_joins_the_word_it_begins(tmp_path):
    briefing, _ = fixture_briefing(tmp_path, "drop-cap")
    assert texts_of(briefing) == ["Drought has reduced the river flow by half."]


def test_an_equation_keeps_a_linear_form(tmp_path):
    briefing, _ = fixture_briefing(tmp_path, "equation")
    assert texts_of(briefing) == ["The flow is q=V/t in cubic metres a second."]


def test_a_macro_enabled_document_is_named_as_such(tmp_path):
    source = tmp_path / "plain.docx"
    docx.Document().save(source)
    macro = tmp_path / "macro.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(macro, "w") as changed:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml",
                                    b"document.macroEnabled.main+xml").replace(
                    b"wordprocessingml.document.macroEnabled",
                    b"ms-word.document.macroEnabled")
            changed.writestr(item, data)
    with pytest.raises(ArticleImportError, match=r"macro\.docx: a macro-enabled document"):
        import_docx(macro)


def test_a_body_we_cannot_read_is_one_named_line_not_an_unexpected_error(tmp_path,
                                                                          monkeypatch):
    path = tmp_path / "odd.docx"
    docx.Document().save(path)

    def unforeseen(*_):
        raise AttributeError("'NoneType' object has no attribute 'val'")

    monkeypatch.setattr(docx_importer._WordReader, "_read_blocks", unforeseen)
    with pytest.raises(ArticleImportError, match=r"odd\.docx: cannot read the document's body"):
        import_docx(path)


def test_footnotes_and_endnotes_stand_in_their_sentences_as_inline_notes(tmp_path):
    briefing, notes = fixture_briefing(tmp_path, "notes")
    assert [block.text for block in briefing.sections[0].blocks] == [
        "Crossings reopened on Monday^[Hatay Governorate, weekly report.] and traffic "
        "doubled.^[Figures rounded to the nearest hundred.]",
        # A control and a tracked insertion in the note, and its second paragraph, kept.
        "Talks resume in spring^[Delegation cable of 12 May A second paragraph of the "
        "same note.].",
    ]
    assert notes == ["2 footnotes and 1 endnote kept in the text where they are "
                     "referenced, written ^[like this]"]


def test_word_separator_lines_are_no_notes_and_a_custom_mark_gives_way(tmp_path):
    document = docx.Document()
    insert_xml(document, paragraph(
        run("Crossings reopened"),
        '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>'))
    add_notes_part(document, "footnote", "")
    path = tmp_path / "separators-only.docx"
    document.save(str(path))
    notes: list[str] = []
    assert import_docx(path, notes).sections[0].blocks[0].text == "Crossings reopened"
    assert notes == []


def test_a_notes_part_that_is_not_xml_gets_one_line_naming_it(tmp_path):
    path = write_fixture("notes", tmp_path)
    rewrite_package(path, lambda name, data: data[:40] if name == "word/footnotes.xml" else data)
    with pytest.raises(ArticleImportError,
                       match=r"notes\.docx: word/footnotes\.xml is not well-formed XML"):
        import_docx(path)


def test_the_marking_comes_from_the_classification_property_not_any_status(tmp_path):
    from briefing_studio.exporters.docx_xml import set_custom_property

    document = docx.Document()
    document.add_paragraph("Text.")
    document.core_properties.content_status = "Final"
    path = tmp_path / "final.docx"
    document.save(str(path))
    assert import_docx(path).meta.classification == ""  # "Final" is no marking
    set_custom_property(document, "Classification", "HİZMETE ÖZEL")
    document.save(str(path))
    assert import_docx(path).meta.classification == "HİZMETE ÖZEL"
    document = docx.Document()
    document.core_properties.content_status = "OFFICIAL-SENSITIVE"
    document.save(str(path))
    assert import_docx(path).meta.classification == "OFFICIAL-SENSITIVE"


@pytest.mark.parametrize(("written", "kept"), [
    ("Table 3: Crossing points", "Crossing points"),
    ("Tablo 5.1 - Geçişler", "Geçişler"),
    ("Table 5.1", ""),  # no stray "1" left to print as "Table 1: 1"
    ("Crossings 2024: summary", "Crossings 2024: summary"),  # not a label and number
    ("Şekil 2: Geçiş noktaları", "Geçiş noktaları"),
    ("Figure 4 Crossing points", "Crossing points"),
])
def test_a_captions_own_label_and_number_give_way_to_ours(written, kept):
    from briefing_studio.importers.docx import caption_words

    kind = "figure" if written.startswith(("Şekil", "Figure")) else "table"
    assert caption_words(written, kind) == kept
