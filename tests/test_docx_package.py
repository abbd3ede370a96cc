"""A DOCX sent outside the ministry carries only what the briefing put there: no parts of
python-docx's default template or of the ministry's template, no stale properties, and
nothing that makes Word repair the file."""

import datetime
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from briefing_studio import __version__
from briefing_studio.exporters.docx import write_docx
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from briefing_studio.style import available_styles, load_style

from . import docx_fixtures
from .docx_reading import part_xml

EXTENDED = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
AUDIT = Path(sys.executable).with_name("openxml-audit")


def briefing(**meta) -> Briefing:
    return Briefing(meta=Metadata(title="Dam safety talks", **meta),
                    sections=[Section(heading="Background", blocks=[Paragraph("Flows fell.")])])


def export(tmp_path, document: Briefing, **options) -> Path:
    path = tmp_path / "out.docx"
    write_docx(document, path, ExportOptions(**options))
    return path


def part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def template_with_leftovers(folder: Path) -> Path:
    """A ministry template as Word saves one: an author, a thumbnail and a custom XML
    store (python-docx's default document has both, as Word's Normal template did)."""
    template = docx.Document()
    template.core_properties.author = "IT Department"
    template.core_properties.last_modified_by = "Template Admin"
    template.core_properties.comments = "Do not edit the crest"
    template.core_properties.last_printed = datetime.datetime(2019, 3, 4, 9, 30)
    template.core_properties.language = "de-DE"
    path = folder / "ministry.dotx"
    template.save(str(path))
    return path


@pytest.mark.parametrize("template", [False, True])
def test_no_part_of_a_template_is_left_in_the_package(tmp_path, template):
    options = {"docx_template": template_with_leftovers(tmp_path)} if template else {}
    names = part_names(export(tmp_path, briefing(), **options))
    assert not [name for name in names if name.startswith(("customXml/",
                                                            "docProps/thumbnail"))]
    assert "word/stylesWithEffects.xml" not in names
    content_types = part_xml(export(tmp_path, briefing(), **options), "[Content_Types].xml")
    assert "thumbnail" not in content_types and "customXml" not in content_types


def test_app_properties_name_briefing_studio_and_count_nothing_they_cannot(tmp_path):
    path = export(tmp_path, briefing(organisation="Ministry of Water"))
    app = etree.fromstring(part_xml(path, "docProps/app.xml").encode())
    assert app.findtext(f"{EXTENDED}Application") == f"Briefing Studio/{__version__}"
    assert app.findtext(f"{EXTENDED}Company") == "Ministry of Water"
    for stale in ("Pages", "Words", "Template", "AppVersion", "TotalTime"):
        assert app.find(f"{EXTENDED}{stale}") is None, stale
    assert "Microsoft" not in part_xml(path, "docProps/app.xml")


def test_core_properties_hold_ours_and_leave_out_empty_ones(tmp_path):
    path = export(tmp_path, briefing(), docx_template=template_with_leftovers(tmp_path))
    core = part_xml(path, "docProps/core.xml")
    for leftover in ("IT Department", "Template Admin", "Do not edit", "python-docx",
                     "2019-03-04", "de-DE"):
        assert leftover not in core
    root = etree.fromstring(core.encode())
    assert [child.tag for child in root if not (child.text or "").strip()] == []
    properties = docx.Document(str(path)).core_properties
    assert properties.title == "Dam safety talks" and properties.author == ""
    assert properties.language == "en-GB"  # the document's, not the template's
    named = export(tmp_path, briefing(prepared_by="Ayşe Demir"))
    assert docx.Document(str(named)).core_properties.author == "Ayşe Demir"


def test_settings_claim_no_spelling_check_and_carry_no_template_ids(tmp_path):
    settings = part_xml(export(tmp_path, briefing()), "word/settings.xml")
    for stale in ("w:proofState", "w:rsids", "w14:docId", "w:savePreviewPicture"):
        assert f"<{stale}" not in settings, stale


def audit_findings(path: Path) -> list[str]:
    """What openxml-audit (Word's repair rules; the test extra installs it) finds."""
    result = subprocess.run([str(AUDIT), "-f", "microsoft365", "-o", "json", str(path)],
                            capture_output=True, text=True, timeout=120)
    return [error["description"] for error in json.loads(result.stdout)[0]["errors"]]


@pytest.mark.parametrize("style", available_styles())
def test_word_would_open_every_style_without_repairing_it(tmp_path, fixture_text, style):
    document = import_article_text(fixture_text("turkish-briefing.txt"))
    path = export(tmp_path, document, style=load_style(style),
                  classification="HİZMETE ÖZEL")
    assert audit_findings(path) == []


def test_word_would_open_an_export_on_a_letterhead_template_without_repairing_it(tmp_path):
    path = export(tmp_path, briefing(), docx_template=docx_fixtures.letterhead(tmp_path))
    assert audit_findings(path) == []
