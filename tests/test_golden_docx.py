"""The DOCX body of the bundled sample, compared with a reference copy.

``word/document.xml`` of ``resources/samples/regional-water-talks.briefing`` exported
with the default options is kept, pretty-printed, in
``tests/fixtures/golden/regional-water-talks.document.xml``. Any change to what the DOCX
body says or how it is built shows here as a diff. When a change is meant, look at the
diff, then write the new reference and commit it with the change:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden_docx.py

Nothing in document.xml depends on the day or the machine (the export's dates are in
docProps/core.xml); revision ids (``w:rsid*``), which Word adds when it saves, are
removed anyway, so that a reference touched by Word still compares.
"""

import difflib
import os
import zipfile
from pathlib import Path

from lxml import etree

from briefing_studio import fileformat
from briefing_studio.exporters import FORMATS
from briefing_studio.options import ExportOptions

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "regional-water-talks.briefing"
GOLDEN = Path(__file__).parent / "fixtures" / "golden" / "regional-water-talks.document.xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DIFF_LINES = 60


def canonical_body(docx: Path) -> str:
    """``word/document.xml`` in canonical form (C14N 1.0: attributes sorted, every
    namespace declaration kept, mc:Ignorable names some), without revision ids, one
    element a line."""
    with zipfile.ZipFile(docx) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    for element in root.iter():
        for name in [n for n in element.attrib if n.startswith(f"{{{W}}}rsid")]:
            del element.attrib[name]
    canonical = etree.tostring(root, method="c14n")
    # Text of whitespace alone between elements is indentation, which Word never writes;
    # a run's own spaces are in w:t xml:space="preserve", which libxml2 keeps.
    parser = etree.XMLParser(remove_blank_text=True)
    tree = etree.fromstring(canonical, parser)
    etree.indent(tree, space="  ")
    return etree.tostring(tree, encoding="unicode") + "\n"


def exported_body(tmp_path: Path, name: str = "sample.docx") -> str:
    path = tmp_path / name
    FORMATS["docx"].write(fileformat.load(SAMPLE), path, ExportOptions())
    return canonical_body(path)


def test_the_samples_docx_body_is_the_reference(tmp_path):
    body = exported_body(tmp_path)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(body, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if body != expected:
        diff = list(difflib.unified_diff(expected.splitlines(), body.splitlines(),
                                         str(GOLDEN.name), "exported", lineterm=""))
        shown = "\n".join(diff[:DIFF_LINES])
        more = f"\n... {len(diff) - DIFF_LINES} more lines" if len(diff) > DIFF_LINES else ""
        raise AssertionError(f"the sample's DOCX body changed (UPDATE_GOLDEN=1 rewrites "
                             f"the reference when that is meant):\n{shown}{more}")


def test_the_body_is_the_same_on_every_export(tmp_path):
    # Nothing volatile to strip: two exports give the same body, byte for byte.
    first, second = tmp_path / "first.docx", tmp_path / "second.docx"
    for path in (first, second):
        FORMATS["docx"].write(fileformat.load(SAMPLE), path, ExportOptions())
    with zipfile.ZipFile(first) as one, zipfile.ZipFile(second) as other:
        assert one.read("word/document.xml") == other.read("word/document.xml")


def test_the_reference_holds_the_samples_text():
    # A reference of an empty or broken body would compare equal to a broken export.
    golden = etree.fromstring(GOLDEN.read_bytes())
    text = "".join(golden.itertext())
    briefing = fileformat.load(SAMPLE)
    for words in ("Regional Water and Energy Talks", "Dam releases:", "Technical committee:",
                  briefing.sections[-1].heading):
        assert words in text
    bookmarks = {mark.get(f"{{{W}}}name") for mark in golden.iter(f"{{{W}}}bookmarkStart")}
    assert {f"_bs_{section.id}" for section in briefing.sections if section.heading} <= bookmarks
