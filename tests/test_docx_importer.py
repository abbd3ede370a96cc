"""Word documents in: a colleague's document, and our own exports after a trip through Word."""

import docx
import pytest

from briefing_studio import fileformat
from briefing_studio.errors import ArticleImportError
from briefing_studio.exporters import ExportOptions
from briefing_studio.exporters.docx import write_docx
from briefing_studio.importers import import_file
from briefing_studio.importers.docx import import_docx
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Bullet, BulletList, Paragraph, Priority, Table
from briefing_studio.resources import resource_path


def test_our_export_comes_back_as_the_same_briefing(tmp_path):
    sample = fileformat.load(resource_path("samples", "regional-water-talks.briefing"))
    path = tmp_path / "sample.docx"
    write_docx(sample, path, ExportOptions())
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
    assert fileformat.dumps(import_docx(path)) == fileformat.dumps(sample)
