"""A Ministerial Submission in the UK shape, and house styles that number paragraphs."""

import re
import shutil
import subprocess

import docx
import pytest

from briefing_studio import fileformat
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.docx import import_docx
from briefing_studio.model import Briefing, Bullet, BulletList, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.resources import resource_path
from briefing_studio.style import load_style

from .docx_reading import W, numbering_format
from .pdf_reading import needs_poppler, poppler_text

UK_SHAPE = ["Issue", "Recommendation", "Timing", "Background", "Argument", "Presentation"]


def submission() -> Briefing:
    return Briefing(meta=Metadata(title="Summer water releases", doc_type="Ministerial Submission"),
                    sections=[
        Section(heading="Issue", blocks=[Paragraph("Whether to agree the release timetable.")]),
        Section(heading="Recommendation", blocks=[Paragraph("That you agree the timetable.")]),
        Section(heading="Background", blocks=[
            Paragraph("Teams met in Ankara in November."),
            BulletList(items=[Bullet(text="Flows were measured jointly.")]),
            Paragraph("Both sides accepted one measurement standard.")]),
    ])


def test_the_template_has_the_uk_submission_shape():
    template = fileformat.load(resource_path("templates", "ministerial-submission.briefing"))
    assert template.meta.doc_type == "Ministerial Submission"
    assert [section.heading for section in template.sections] == UK_SHAPE
    assert all(section.blocks for section in template.sections)  # somewhere to type


@needs_poppler
def test_a_style_that_numbers_paragraphs_counts_them_through_the_pdf(tmp_path):
    path = tmp_path / "submission.pdf"
    write_pdf(submission(), path, ExportOptions(style=load_style("submission")))
    text = " ".join(poppler_text(path).split())
    for number, words in enumerate(["Whether to agree", "That you agree", "Teams met",
                                    "Both sides accepted"], start=1):
        assert f"{number}. {words}" in text
    assert "• Flows were measured" in text  # bullets stay bullets
    plain = tmp_path / "plain.pdf"
    write_pdf(submission(), plain, ExportOptions())
    assert "1. Whether" not in " ".join(poppler_text(plain).split())


def test_the_docx_numbers_paragraphs_with_one_word_list_that_survives_editing(tmp_path):
    path = tmp_path / "submission.docx"
    write_docx(submission(), path, ExportOptions(style=load_style("submission")))
    document = docx.Document(str(path))
    numbered = [p for p in document.paragraphs if p.style.name == "Numbered Paragraph"]
    assert [p.text[:4] for p in numbered] == ["Whet", "That", "Team", "Both"]
    style = document.styles["Numbered Paragraph"].element
    assert style.find(f"{W}pPr/{W}numPr/{W}numId") is not None  # one list, through the style
    assert numbering_format(document, numbered[0]) == "decimal"
    # Read back as paragraphs, not as a numbered list.
    sections = import_docx(path).sections
    assert [type(block).__name__ for block in sections[-1].blocks] == [
        "Paragraph", "BulletList", "Paragraph"]


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (make test installs it as root)")
def test_libreoffice_shows_the_paragraph_numbers(tmp_path):
    path = tmp_path / "submission.docx"
    write_docx(submission(), path, ExportOptions(style=load_style("submission")))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=180)
    text = " ".join(poppler_text(tmp_path / "submission.pdf").split())
    assert re.search(r"3\. Teams met.*4\. Both sides accepted", text)
