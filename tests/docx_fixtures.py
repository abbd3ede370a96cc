"""Word documents as other programs write them, built for the importer's tests.

Each fixture is a python-docx document with raw WordprocessingML inserted into its
body, one case of issue 11 each: tracked changes, content controls at every level,
text boxes with and without ``mc:AlternateContent``, merged cells, a drop cap, an
equation, footnotes and endnotes. The XML follows what Word 2016+ writes (ECMA-376 Part 1).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from lxml import etree

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def insert_xml(document, xml: str) -> None:
    """Append block-level XML (paragraphs, tables, controls) to the body, before its
    section properties, as Word keeps ``w:sectPr`` last."""
    wrapper = etree.fromstring(f"<w:wrapper {DECLARATIONS}>{xml}</w:wrapper>")
    body = document.element.body
    section = body.find(f"{{{NAMESPACES['w']}}}sectPr")
    for element in list(wrapper):
        if section is None:
            body.append(element)
        else:
            section.addprevious(element)


def run(text: str, tag: str = "w:t") -> str:
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def paragraph(*inner: str, style: str = "") -> str:
    properties = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{properties}{''.join(inner)}</w:p>"


def control(content: str, tag: str = "", alias: str = "") -> str:
    names = (f'<w:alias w:val="{alias}"/>' if alias else "") + (
        f'<w:tag w:val="{tag}"/>' if tag else "")
    return f"<w:sdt><w:sdtPr>{names}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def cell(text: str, properties: str = "") -> str:
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{paragraph(run(text) if text else '')}</w:tc>"


def table(*rows: str, columns: int) -> str:
    grid = "".join('<w:gridCol w:w="1800"/>' for _ in range(columns))
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def row(*cells: str, properties: str = "") -> str:
    return f"<w:tr><w:trPr>{properties}</w:trPr>{''.join(cells)}</w:tr>" if properties else (
        f"<w:tr>{''.join(cells)}</w:tr>")


REVISION = 'w:author="Reviewer" w:date="2026-11-20T10:00:00Z"'


def tracked_changes(document) -> None:
    document.add_paragraph("Tracked changes", style="Heading 1")
    insert_xml(document, paragraph(
        run("The ministry "),
        f'<w:ins w:id="1" {REVISION}>{run("strongly ")}</w:ins>',
        run("supports the "),
        f'<w:del w:id="2" {REVISION}>{run("draft ", "w:delText")}</w:del>',
        run("agreement."),
    ))
    insert_xml(document, paragraph(
        f'<w:moveFromRangeStart w:id="3" w:name="move1" {REVISION}/>',
        f'<w:moveFrom w:id="4" {REVISION}>{run("Relocated sentence here.", "w:delText")}'
        "</w:moveFrom>",
        '<w:moveFromRangeEnd w:id="3"/>',
    ))
    insert_xml(document, paragraph(run("Unchanged text between the moves.")))
    insert_xml(document, paragraph(
        f'<w:moveToRangeStart w:id="5" w:name="move1" {REVISION}/>',
        f'<w:moveTo w:id="6" {REVISION}>{run("Relocated sentence here.")}</w:moveTo>',
        '<w:moveToRangeEnd w:id="5"/>',
    ))
    insert_xml(document, paragraph(
        f'<w:ins w:id="7" {REVISION}>{run("A reviewer added this whole paragraph.")}</w:ins>'))
    insert_xml(document, table(
        row(cell("Party"), cell("Position")),
        row(cell("Upstream"), cell("Agrees")),
        row(cell("Withdrawn"), cell("Gone"), properties=f'<w:del w:id="8" {REVISION}/>'),
        columns=2))


def content_controls(document) -> None:
    insert_xml(document, control(paragraph(run("Dam Safety Talks"), style="Title"),
                                 alias="Title", tag="title"))
    insert_xml(document, control(paragraph(run("OFFICIAL-SENSITIVE")), alias="Classification"))
    insert_xml(document, control(paragraph(run("BRF-2026-0099")), tag="Reference"))
    insert_xml(document, control(paragraph(run("24 November 2026")), alias="Date"))
    document.add_paragraph("Content controls", style="Heading 1")
    insert_xml(document, control(paragraph(run("Body copy in a block control."))))
    insert_xml(document, paragraph(control(run("Ayşe Demir"), alias="Author")))
    insert_xml(document, paragraph(
        run("The inline "), control(run("control text")), run(" stays in its sentence.")))
    insert_xml(document, table(
        row(cell("Item"), cell("Owner")),
        control(row(cell("Row control"), cell("Legal team"))),
        row(control(cell("Cell control")), f"<w:tc>{control(paragraph(run('In cell')))}</w:tc>"),
        columns=2))


BOX_TEXT = "Sidebar: the reservoir is at forty percent."


def _box_content(text: str) -> str:
    return f"<w:txbxContent>{paragraph(run(text))}</w:txbxContent>"


def _drawing_box(text: str) -> str:
    return (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="685800"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
        "<wp:cNvGraphicFramePr/><a:graphic><a:graphicData "
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2286000" cy="685800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f"</a:prstGeom></wps:spPr><wps:txbx>{_box_content(text)}</wps:txbx><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>")


def _vml_box(text: str) -> str:
    return ('<w:pict><v:shape id="box" type="#_x0000_t202" style="width:180pt;height:54pt">'
            f"<v:textbox>{_box_content(text)}</v:textbox></v:shape></w:pict>")


def text_boxes(document) -> None:
    document.add_paragraph("Text boxes", style="Heading 1")
    insert_xml(document, paragraph(
        run("The anchor paragraph comes first."),
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">"
        f"{_drawing_box(BOX_TEXT)}</mc:Choice><mc:Fallback>{_vml_box(BOX_TEXT)}"
        "</mc:Fallback></mc:AlternateContent></w:r>"))
    insert_xml(document, paragraph(f"<w:r>{_vml_box('An older VML box from Word 2003.')}</w:r>"))
    insert_xml(document, paragraph(
        run("A shape box without a fallback:"),
        f"<w:r>{_drawing_box('Drawing shape text only once.')}</w:r>"))
    document.add_paragraph("The paragraph after the boxes.")


def merged_cells(document) -> None:
    document.add_paragraph("Merged cells", style="Heading 1")
    insert_xml(document, table(
        row(cell("Region"), cell("Spring and summer", '<w:gridSpan w:val="2"/>'), cell("Notes")),
        row(cell("North", '<w:vMerge w:val="restart"/>'), cell("Wet"), cell("Dry"),
            cell("Flood risk")),
        # Word leaves what was typed in a cell before it was merged; it shows only the
        # first cell of the merge.
        row(cell("hidden", "<w:vMerge/>"), cell("Cool"), cell("Warm"), cell("Drought watch")),
        row(cell("Offset row"), cell("ends early"),
            properties='<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
        columns=4))


def drop_cap(document) -> None:
    document.add_paragraph("Drop caps", style="Heading 1")
    insert_xml(document, paragraph(
        '<w:pPr><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
        'w:vAnchor="text" w:hAnchor="text"/></w:pPr>', run("D")))
    insert_xml(document, paragraph(run("rought has reduced the river flow by half.")))


def equation(document) -> None:
    document.add_paragraph("Equations", style="Heading 1")
    insert_xml(document, paragraph(
        run("The flow is "),
        "<m:oMath><m:r><m:t>q</m:t></m:r><m:r><m:t>=</m:t></m:r>"
        "<m:f><m:num><m:r><m:t>V</m:t></m:r></m:num><m:den><m:r><m:t>t</m:t></m:r></m:den></m:f>"
        "</m:oMath>",
        run(" in cubic metres a second.")))


def _note_reference(kind: str, number: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="{kind.capitalize()}Reference"/></w:rPr>'
            f'<w:{kind}Reference w:id="{number}"/></w:r>')


def _note(kind: str, number: int, inline: str, *paragraphs: str) -> str:
    """A note as Word writes it: its own reference mark (``w:footnoteRef``) opens the
    first paragraph, whose content is ``inline``; more ``paragraphs`` may follow."""
    mark = f"<w:r><w:{kind}Ref/></w:r>"
    return (f'<w:{kind} w:id="{number}"><w:p>{mark}{inline}</w:p>'
            f"{''.join(paragraphs)}</w:{kind}>")


def add_notes_part(document, kind: str, notes: str) -> None:
    """A footnotes or endnotes part, with Word's separator notes (-1 and 0) first."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    separators = "".join(
        f'<w:{kind} w:type="{name}" w:id="{number}"><w:p><w:r><w:{name}/></w:r></w:p>'
        f"</w:{kind}>" for number, name in ((-1, "separator"), (0, "continuationSeparator")))
    xml = f"<w:{kind}s {DECLARATIONS}>{separators}{notes}</w:{kind}s>"
    content_type = getattr(CONTENT_TYPE, f"WML_{kind.upper()}S")
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(),
                document.part.package)
    document.part.relate_to(part, getattr(RELATIONSHIP_TYPE, f"{kind.upper()}S"))


def notes(document) -> None:
    document.add_paragraph("Notes", style="Heading 1")
    insert_xml(document, paragraph(
        run("Crossings reopened on Monday"), _note_reference("footnote", 1),
        run(" and traffic doubled."), _note_reference("endnote", 1)))
    insert_xml(document, paragraph(
        run("Talks resume in spring"), _note_reference("footnote", 2), run(".")))
    add_notes_part(document, "footnote", _note(
        "footnote", 1, run(" Hatay Governorate, weekly report.")) + _note(
        "footnote", 2, control(run(" Delegation cable"))
        + f'<w:ins w:id="9" {REVISION}>{run(" of 12 May")}</w:ins>',
        paragraph(run("A second paragraph of the same note."))))
    add_notes_part(document, "endnote", _note(
        "endnote", 1, run(" Figures rounded to the nearest hundred.")))


FIXTURES: dict[str, Callable[[object], None]] = {
    "tracked-changes": tracked_changes,
    "content-controls": content_controls,
    "text-boxes": text_boxes,
    "merged-cells": merged_cells,
    "drop-cap": drop_cap,
    "equation": equation,
    "notes": notes,
}


def write_fixture(name: str, folder: Path) -> Path:
    document = docx.Document()
    FIXTURES[name](document)
    path = folder / f"{name}.docx"
    document.save(str(path))
    return path


# ---------------------------------------------------------------- templates
#
# Word documents as ministries' IT make them, to be used as ``--docx-template``: they
# differ from python-docx's own document in the package, not the body, so each is
# written with python-docx and then rewritten part by part.

LETTERHEAD_TEXT = "Ministry of Water Resources, 1 Dam Street, Ankara"
STRICT_MAIN = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def rewrite_package(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Rewrite every part of the package at ``path`` through ``change(name, data)``,
    which returns the new bytes, or None to leave the part out."""
    with zipfile.ZipFile(path) as archive:
        parts = [(item.filename, archive.read(item)) for item in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            changed = change(name, data)
            if changed is not None:
                archive.writestr(name, changed)


def _letterhead_document():
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = LETTERHEAD_TEXT
    document.add_paragraph("Dear colleague,")
    return document


def _without_numbering(name: str, data: bytes) -> bytes | None:
    # A document that never had a list has no numbering part, no relationship to
    # one and no content type for one; nor list styles that would number.
    if name == "word/numbering.xml":
        return None
    if name == "word/_rels/document.xml.rels":
        return re.sub(rb'<Relationship [^>]*numbering[^>]*/>', b"", data)
    if name == "[Content_Types].xml":
        return re.sub(rb'<Override [^>]*numbering[^>]*/>', b"", data)
    if name == "word/styles.xml":
        return re.sub(rb"<w:numPr>.*?</w:numPr>", b"", data, flags=re.S)
    return data


def letterhead(folder: Path) -> Path:
    """A letterhead: an address in the header, no list, so no numbering part."""
    path = folder / "letterhead.docx"
    _letterhead_document().save(str(path))
    rewrite_package(path, _without_numbering)
    return path


def _renamed_styles(path: Path, names: dict[str, str], ids: dict[str, str]) -> None:
    """Give the styles of ``path`` other names (by style id) and other style ids
    (references to them follow), as other programs and languages write them."""
    def change(name: str, data: bytes) -> bytes:
        if name != "word/styles.xml":
            return data
        text = data.decode("utf-8")
        for old, new in ids.items():
            text = re.sub(rf'w:(styleId|val)="{old}"', rf'w:\1="{new}"', text)
        for style_id, new_name in names.items():
            text = re.sub(rf'(w:styleId="{style_id}">\s*<w:name w:val=")[^"]*"',
                          rf'\g<1>{new_name}"', text)
        return text.encode("utf-8")
    rewrite_package(path, change)


def odd_case_names(folder: Path) -> Path:
    """Built-in styles named in the case other programs use (LibreOffice writes
    "Heading 1" where Word writes "heading 1")."""
    path = folder / "odd-case-names.docx"
    _letterhead_document().save(str(path))
    _renamed_styles(path, {"Heading1": "Heading 1", "Heading2": "HEADING 2",
                           "BodyText": "body text", "ListBullet": "list bullet"}, {})
    return path


LOCALISED_HEADING = "Başlık 1"


def localised_names(folder: Path) -> Path:
    """A Turkish template: heading 1 named "Başlık 1" under its English style id,
    heading 2 under a Turkish style id with its English built-in name."""
    path = folder / "localised-names.docx"
    _letterhead_document().save(str(path))
    _renamed_styles(path, {"Heading1": LOCALISED_HEADING, "Title": "Konu Başlığı",
                           "BodyText": "Gövde Metni"}, {"Heading2": "Balk2"})
    rewrite_package(path, _without_numbering)
    return path


STRICT_RENAMED = {"extended-properties": "extendedProperties",
                  "custom-properties": "customProperties"}


def _to_strict(name: str, data: bytes) -> bytes:
    if not name.endswith((".xml", ".rels")):
        return data
    text = data.decode("utf-8")

    def strict(match: re.Match[str]) -> str:
        head, _, last = match.group(2).rpartition("/")
        last = STRICT_RENAMED.get(last, last)
        return f"http://purl.oclc.org/ooxml/{match.group(1)}/{head + '/' if head else ''}{last}"

    # The package's own namespaces (content types, core properties) are the same in
    # Strict; markup compatibility has no "2006/" tail and stays too.
    text = re.sub(r"http://schemas\.openxmlformats\.org/(?!package/)([A-Za-z]+)/2006/"
                  r"([A-Za-z/-]+)", strict, text)
    if name == "word/document.xml":
        text = text.replace("<w:document ", '<w:document w:conformance="strict" ', 1)
    return text.encode("utf-8")


STRICT_WORDS = "Strict packages name their parts in other namespaces."


def strict(folder: Path) -> Path:
    """A Strict Open XML document (Word's "Strict Open XML Document"), with a heading,
    a list and a header."""
    path = folder / "strict.docx"
    document = _letterhead_document()
    document.add_paragraph("Strict Open XML", style="Heading 1")
    document.add_paragraph(STRICT_WORDS)
    document.add_paragraph("A listed point.", style="List Bullet")
    document.save(str(path))
    rewrite_package(path, _to_strict)
    return path


def broken(folder: Path) -> Path:
    """A zip that looks like a Word package whose main document is not XML."""
    path = folder / "broken.docx"
    docx.Document().save(str(path))
    rewrite_package(path, lambda name, data: b"<w:document garbage" if name ==
                    "word/document.xml" else data)
    return path


DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
MACRO_TEMPLATE_TYPE = b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"


def word_template(folder: Path, main_type: bytes = TEMPLATE_TYPE, suffix: str = ".dotx") -> Path:
    """A Word template (.dotx, or .dotm with the macro-enabled type): a letterhead
    whose main part has the template's content type."""
    path = folder / f"word-template{suffix}"
    _letterhead_document().save(str(path))
    rewrite_package(path, lambda name, data: data.replace(DOCUMENT_TYPE, main_type)
                    if name == "[Content_Types].xml" else data)
    return path


TEMPLATES: dict[str, Callable[[Path], Path]] = {
    "letterhead": letterhead,
    "odd-case-names": odd_case_names,
    "localised-names": localised_names,
    "strict": strict,
    "word-template": word_template,
}
