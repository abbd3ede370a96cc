"""The WordprocessingML that python-docx has no API for, as named helpers.

Fields, repeating header rows, numbering definitions, right-to-left runs, table styles,
shading and custom document properties live here, so that the exporter reads as a
description of the document rather than as XML (ECMA-376 part 1 is the reference for
every element below).
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.parts.numbering import NumberingPart
from lxml import etree

from ..docx_package import PARSER, custom_properties
from ..model import SVG
from ..xmltext import escape

W_NS = nsdecls("w")
NUMBERING_PARTNAME = "/word/numbering.xml"


# Word rejects a file whose property children are out of schema order, so a new
# child goes before the first sibling that the schema puts after it.
SCHEMA_ORDER = {
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
             "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
             "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout "
             "specVanish oMath",
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
             "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap "
             "overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid "
             "spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection "
             "textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:numPr": "ilvl numId",
    "w:styles": "docDefaults latentStyles style",
    "w:docDefaults": "rPrDefault pPrDefault",
    "w:rPrDefault": "rPr",
}
SCHEMA_RANK = {
    qn(parent): {qn(f"w:{name}"): rank for rank, name in enumerate(order.split())}
    for parent, order in SCHEMA_ORDER.items()
}


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    """The child ``tag`` of ``parent``, created in its schema place when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    found = parent.makeelement(qn(tag), {})
    ranks = SCHEMA_RANK[parent.tag]
    later = next((c for c in parent if ranks.get(c.tag, -1) > ranks[qn(tag)]), None)
    if later is None:
        parent.append(found)
    else:
        later.addprevious(found)
    return found


def _set(element: BaseOxmlElement, **attributes: str) -> BaseOxmlElement:
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


# ---------------------------------------------------------------- fields


def add_table_style(document: Document, name: str, *, border: str, header_fill: str,
                    header_text: str, zebra_fill: str, size_half_points: int,
                    cell_margin_twips: int) -> None:
    """A table style with a shaded bold header row and zebra rows, so that restyling
    the table in Word changes every table of the briefing at once."""
    style_id = name.replace(" ", "")
    borders = "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="{border[1:]}"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    xml = f"""
<w:style {W_NS} w:type="table" w:customStyle="1" w:styleId="{style_id}">
  <w:name w:val="{name}"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="40" w:after="40"/></w:pPr>
  <w:rPr><w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/></w:rPr>
  <w:tblPr>
    <w:tblStyleRowBandSize w:val="1"/>
    <w:tblBorders>{borders}</w:tblBorders>
    <w:tblCellMar><w:left w:w="{cell_margin_twips}" w:type="dxa"/>
      <w:right w:w="{cell_margin_twips}" w:type="dxa"/></w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="{header_text[1:]}"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{header_fill[1:]}"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz">
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{zebra_fill[1:]}"/></w:tcPr>
  </w:tblStylePr>
</w:style>"""
    document.styles.element.append(parse_xml(xml))


def remove_border(p_pr: BaseOxmlElement) -> None:
    """No rule around the paragraph, whatever the style it is based on draws."""
    for borders in p_pr.findall(qn("w:pBdr")):
        p_pr.remove(borders)
    _child(p_pr, "w:pBdr")  # empty: overrides an inherited border


def remove_children(properties: BaseOxmlElement, *tags: str) -> None:
    """Take out what a style says in ``tags`` (``w:spacing``), so that it says nothing
    of them: a template's leftovers."""
    for tag in tags:
        for child in properties.findall(qn(tag)):
            properties.remove(child)


def keep_space_between_like_paragraphs(p_pr: BaseOxmlElement) -> None:
    """Turn off "Don't add space between paragraphs of the same style", which Word's
    list styles have on."""
    _set(_child(p_pr, "w:contextualSpacing"), val="0")


def shade(r_pr: BaseOxmlElement, fill: str) -> None:
    """A background behind the text of a run or character style."""
    _set(_child(r_pr, "w:shd"), val="clear", color="auto", fill=fill[1:])


# ---------------------------------------------------------------- text direction and fonts


def set_fonts(r_pr: BaseOxmlElement, latin: str, complex_script: str) -> None:
    """Latin text in ``latin``, Arabic (the complex script) in ``complex_script``.

    Theme font attributes win over named fonts in Word, so they are removed.
    """
    fonts = _set(_child(r_pr, "w:rFonts"), ascii=latin, hAnsi=latin, eastAsia=latin,
                 cs=complex_script)
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)


def set_colour(r_pr: BaseOxmlElement, colour: str) -> None:
    """A fixed colour; a theme colour would win over it in Word, so it is removed."""
    element = _set(_child(r_pr, "w:color"), val=colour[1:])
    for theme in ("themeColor", "themeShade", "themeTint"):
        element.attrib.pop(qn(f"w:{theme}"), None)


def set_complex_script_size(r_pr: BaseOxmlElement, half_points: int) -> None:
    _set(_child(r_pr, "w:szCs"), val=str(half_points))


# ---------------------------------------------------------------- numbering


class Numbering:
    """Bullet, numbered and heading lists defined in the document's numbering part."""

    def __init__(self, document: Document) -> None:
        self.numbering = numbering_definitions(document)
        existing = self.numbering.findall(qn("w:abstractNum"))
        self._next_abstract = 1 + max(
            (int(a.get(qn("w:abstractNumId"))) for a in existing), default=-1
        )
        self.bullet_abstract = self._add_abstract("bullet", ["\u2022"], bullet_font="Arial")
        self.number_abstract = self._add_abstract("decimal", ["%1."])
        self.heading_abstract = self._add_abstract(
            "decimal", ["%1.", "%1.%2.", "%1.%2.%3."], hanging=0
        )

    def new_instance(self, abstract_id: int) -> int:
        """A fresh list instance: numbered lists restart at 1 with their own instance."""
        num_id = self.numbering._next_numId
        num = parse_xml(
            f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        )
        self.numbering.append(num)
        return num_id

    def _add_abstract(self, kind: str, texts: list[str], bullet_font: str = "",
                      hanging: int = 360) -> int:
        abstract_id = self._next_abstract
        self._next_abstract += 1
        levels = []
        for level, text in enumerate(texts):
            indent = 360 * (level + 1) if hanging else 0
            font = (f'<w:rPr><w:rFonts w:ascii="{bullet_font}" w:hAnsi="{bullet_font}" '
                    f'w:hint="default"/></w:rPr>') if bullet_font else ""
            levels.append(
                f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>{font}</w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="{"multilevel" if len(texts) > 1 else "singleLevel"}"/>'
            f'{"".join(levels)}</w:abstractNum>'
        )
        # The schema wants every abstractNum before the first num.
        first_num = self.numbering.find(qn("w:num"))
        if first_num is None:
            self.numbering.append(abstract)
        else:
            first_num.addprevious(abstract)
        return abstract_id


def numbering_definitions(document: Document) -> BaseOxmlElement:
    """The document's ``w:numbering`` element, in a numbering part added when the
    document has none (a template without a list): python-docx cannot create one."""
    part = document.part
    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except KeyError:
        pass
    package = part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    partname = (PackURI(NUMBERING_PARTNAME) if NUMBERING_PARTNAME not in taken
                else package.next_partname("/word/numbering%d.xml"))
    numbering = NumberingPart(partname, CONTENT_TYPE.WML_NUMBERING,
                              parse_xml(f"<w:numbering {W_NS}/>"), package)
    part.relate_to(numbering, RELATIONSHIP_TYPE.NUMBERING)
    return numbering.element


def set_numbering(p_pr: BaseOxmlElement, num_id: int) -> None:
    num_pr = _child(p_pr, "w:numPr")
    _set(_child(num_pr, "w:ilvl"), val="0")
    _set(_child(num_pr, "w:numId"), val=str(num_id))


# ---------------------------------------------------------------- wrappers and properties


CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VARIANT_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word gives every user-defined custom property.
USER_PROPERTY = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def set_custom_property(document: Document, name: str, value: str) -> None:
    """A custom document property (docProps/custom.xml), where labelling and
    data-loss-prevention tools look for a document's classification. A template's own
    custom properties are kept beside it, in its one part: a package holding the part
    twice is one Word refuses."""
    package = document.part.package
    properties = etree.Element(f"{{{CUSTOM_PROPERTIES}}}Properties",
                               nsmap={None: CUSTOM_PROPERTIES, "vt": VARIANT_TYPES})
    if (existing := custom_properties(document)) is not None:
        rId, blob = existing
        try:
            kept = etree.fromstring(blob, PARSER)
            properties = kept if kept.tag == properties.tag else properties
        except etree.XMLSyntaxError:
            pass  # a broken part of the template's: ours replaces it
        package.rels.pop(rId)
    for old in properties.findall(f"{{{CUSTOM_PROPERTIES}}}property"):
        if old.get("name") == name:
            properties.remove(old)
    pids = [int(p.get("pid")) for p in properties if (p.get("pid") or "").isdigit()]
    added = etree.SubElement(properties, f"{{{CUSTOM_PROPERTIES}}}property",
                             fmtid=USER_PROPERTY, pid=str(max([1, *pids]) + 1), name=name)
    etree.SubElement(added, f"{{{VARIANT_TYPES}}}lpwstr").text = value
    blob = etree.tostring(properties, xml_declaration=True, encoding="UTF-8", standalone=True)
    part = Part(PackURI("/docProps/custom.xml"), CONTENT_TYPE.OFC_CUSTOM_PROPERTIES, blob,
                package)
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)


# ---------------------------------------------------------------- body markup
#
# The body is written as markup and parsed once: building it element by element
# through python-docx costs a style lookup, a body search and a Python call per
# character, which made a 170-page briefing take seconds.


def run(text: str, *, bold: bool = False, italic: bool = False, rtl: bool = False,
        style_id: str = "", colour: str = "", half_points: int = 0) -> str:
    """A run; line breaks and tabs in ``text`` become Word's own break and tab."""
    properties = "".join((
        f'<w:rStyle w:val="{style_id}"/>' if style_id else "",
        "<w:b/><w:bCs/>" if bold else "",
        "<w:i/><w:iCs/>" if italic else "",
        f'<w:color w:val="{colour[1:]}"/>' if colour else "",
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>' if half_points else "",
        # An Arabic or Hebrew run: laid out right to left in the complex-script font.
        '<w:rtl/><w:lang w:bidi="ar-SA"/>' if rtl else "",
    ))
    content = "<w:br/>".join(
        "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(part)}</w:t>' if part else ""
                        for part in line.split("\t"))
        for line in text.split("\n")
    )
    return f"<w:r>{f'<w:rPr>{properties}</w:rPr>' if properties else ''}{content}</w:r>"


def field(instruction: str, shown: str) -> str:
    """A complex field (``SEQ Table``) showing ``shown`` until a reader updates it."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{escape(shown)}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def bookmark(name: str, number: int, runs: str) -> str:
    """``runs`` inside a bookmark called ``name``; ``number`` is its id, unique in the
    document. Names starting with an underscore are hidden in Word's bookmark list."""
    return (f'<w:bookmarkStart w:id="{number}" w:name="{escape(name)}"/>{runs}'
            f'<w:bookmarkEnd w:id="{number}"/>')


def set_language(document: Document, tag: str) -> None:
    """Declare ``tag`` (BCP 47) the language of the document's text in its styles: in its
    default run properties, where Word's status bar and spelling look, and in every
    style that names a language of its own (a template's). Right-to-left runs keep
    theirs."""
    styles = document.styles.element
    defaults = _child(_child(_child(styles, "w:docDefaults"), "w:rPrDefault"), "w:rPr")
    _set(_child(defaults, "w:lang"), val=tag)
    for language in styles.iter(qn("w:lang")):
        if language.get(qn("w:val")) is not None:
            language.set(qn("w:val"), tag)


def paragraph(style_id: str, runs: str, *, num_id: int | None = None, level: int = 0,
              tabs: str = "", space_after: float | None = None, keep_next: bool = False,
              align: str = "", new_page: bool = False) -> str:
    """A paragraph; ``space_after`` (points) overrides its style's; ``keep_next`` keeps
    it (in a table: its row) on the page of the next; ``align``, when given, is
    ``right`` or ``center``; ``new_page`` starts a page with it."""
    numbering = (f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                 if num_id is not None else "")
    style = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    spacing = (f'<w:spacing w:after="{round(space_after * 20)}"/>'
               if space_after is not None else "")
    inner = "".join((style, "<w:keepNext/>" if keep_next else "",
                     "<w:pageBreakBefore/>" if new_page else "", numbering, tabs, spacing,
                     f'<w:jc w:val="{align}"/>' if align else ""))
    properties = f"<w:pPr>{inner}</w:pPr>" if inner else ""
    return f"<w:p>{properties}{runs}</w:p>"


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def spacer(points: float) -> str:
    """An empty paragraph exactly ``points`` tall: the room below a table or around the
    title block, which Word cannot give a table itself."""
    return (f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{round(points * 20)}"'
            ' w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>')


def tab_stops(centred: list[int], right: int, inherited: list[int]) -> str:
    """Tab stops of a paragraph: the inherited ones cleared, centred ones at ``centred``
    and one right-aligned at ``right`` (twips), so that the last tab sends what follows
    to the right margin."""
    ours = {*centred, right}
    clears = "".join(f'<w:tab w:val="clear" w:pos="{pos}"/>' for pos in inherited
                     if pos not in ours)
    centres = "".join(f'<w:tab w:val="center" w:pos="{pos}"/>' for pos in centred)
    return f'<w:tabs>{clears}{centres}<w:tab w:val="right" w:pos="{right}"/></w:tabs>'


def table(rows: list[list[str]], widths_twips: list[int], *, style_id: str = "",
          header_rows: int = 0, centred: bool = False, rule_below: str = "",
          cell_margins: bool = True) -> str:
    """A table of fixed column widths whose cells hold the given paragraph markup.

    Header rows repeat at the top of every page the table crosses (``w:tblHeader``) and
    no row splits across a page (``w:cantSplit``). The look turns on the table style's
    header-row and banded-row formatting. ``rule_below``: a colour for a line under the
    last row; ``cell_margins=False`` sets the text flush with the table's edges.
    """
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths_twips)
    properties = "".join((
        f'<w:tblStyle w:val="{style_id}"/>' if style_id else "",
        f'<w:tblW w:w="{sum(widths_twips)}" w:type="dxa"/>',
        '<w:jc w:val="center"/>' if centred else "",
        (f'<w:tblBorders><w:bottom w:val="single" w:sz="6" w:space="0" '
         f'w:color="{rule_below[1:]}"/></w:tblBorders>') if rule_below else "",
        '<w:tblLayout w:type="fixed"/>',
        "" if cell_margins else ('<w:tblCellMar><w:left w:w="0" w:type="dxa"/>'
                                 '<w:right w:w="0" w:type="dxa"/></w:tblCellMar>'),
        '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
        ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>',
    ))
    body = []
    for index, cells in enumerate(rows):
        header = "<w:tblHeader/>" if index < header_rows else ""
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'
            for content, width in zip(cells, widths_twips, strict=True)
        )
        body.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>{tcs}</w:tr>")
    return (f"<w:tbl><w:tblPr>{properties}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
            f"{''.join(body)}</w:tbl>")


def content_control(tag: str, content: str, title: str) -> str:
    """A block content control: Word shows its content as one region labelled ``title``
    (the title block's "Document information", in the document's language); programs
    find it by its ``tag``."""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(title)}"/><w:tag w:val="{escape(tag)}"/>'
            f"</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>")


def append_body(document: Document, markup: list[str]) -> None:
    """Parse the body markup once and put it before the section properties."""
    end = document.element.body.sectPr
    for element in _parse_blocks(markup):
        end.addprevious(element)


def set_story(story: BaseOxmlElement, markup: list[str]) -> None:
    """Replace the content of a header or footer with the given paragraphs."""
    for element in list(story):
        story.remove(element)
    story.extend(_parse_blocks(markup))


def add_to_story(story: BaseOxmlElement, markup: list[str], at_start: bool) -> None:
    """Add paragraphs to a header or footer, keeping what it holds."""
    blocks = _parse_blocks(markup)
    if at_start:
        for index, element in enumerate(blocks):
            story.insert(index, element)
    else:
        story.extend(blocks)


def _parse_blocks(markup: list[str]) -> list[BaseOxmlElement]:
    return list(parse_xml(f"<w:body {W_NS}>{''.join(markup)}</w:body>"))


# ---------------------------------------------------------------- contents

CONTENTS_FIELD = 'TOC \\o "1-3" \\h \\z \\u'
PAGE_REFERENCE = "PAGEREF {} \\h"


def table_of_contents(title_style: str, title: str,
                      entries: list[tuple[str, str, str, str]]) -> str:
    """Word's contents in its content control: a TOC field over the ``entries`` (style
    id, bookmark, text, page), each a link to its heading with its page in a PAGEREF
    field, as Word itself writes them, so that updating the field changes nothing."""
    begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText xml:space="preserve"> {CONTENTS_FIELD} </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
    end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    paragraphs = [paragraph(title_style, run(title))]
    for number, (style, anchor, text, page) in enumerate(entries):
        page_field = field(PAGE_REFERENCE.format(anchor), page)
        link = (f'<w:hyperlink w:anchor="{escape(anchor)}" w:history="1">{run(text)}'
                f"<w:r><w:tab/></w:r>{page_field}</w:hyperlink>")
        paragraphs.append(paragraph(style, (begin if number == 0 else "") + link
                                    + (end if number == len(entries) - 1 else "")))
    # The body begins on the next page: the break is the contents' own, which an
    # importer leaves out with them.
    return ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
            f'<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paragraphs)}'
            f"{PAGE_BREAK}</w:sdtContent></w:sdt>")


# ---------------------------------------------------------------- pictures

PICTURE_URI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
# Word 2016's extension that gives a picture an SVG, drawn where it can be; the picture's
# own image (a PNG) is what older readers show.
SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def picture(image_rid: str, size_emu: tuple[int, int], number: int, alt: str,
            svg_rid: str = "") -> str:
    """A run with an inline picture ``size_emu`` large, its alt text in ``descr``
    (what Word's Alt Text pane and screen readers read); ``number`` is unique among
    the document's drawings."""
    cx, cy = size_emu
    svg = (f'<a:extLst><a:ext uri="{SVG_EXTENSION}"><asvg:svgBlip xmlns:asvg="{SVG_NS}" '
           f'r:embed="{svg_rid}"/></a:ext></a:extLst>') if svg_rid else ""
    name = f"Picture {number}"
    described = f'name="{name}" descr="{escape(alt)}"'
    return (
        f'<w:r><w:drawing {nsdecls("wp", "a", "pic", "r")}>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{number}" {described}/>'
        '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        f'<a:graphic><a:graphicData uri="{PICTURE_URI}"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="{number}" {described}/><pic:cNvPicPr/></pic:nvPicPr>'
        f'<pic:blipFill><a:blip r:embed="{image_rid}">{svg}</a:blip>'
        "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
        "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    )


def add_svg_image(document: Document, data: bytes) -> str:
    """The SVG as an image part of the document (python-docx reads only pictures it can
    measure), and the id of the body's relationship to it."""
    package = document.part.package
    part = Part(package.next_partname("/word/media/image%d.svg"), SVG, data, package)
    return document.part.relate_to(part, RELATIONSHIP_TYPE.IMAGE)


# ---------------------------------------------------------------- footnotes

# Word's first two footnotes are no notes: the rule above the notes of a page, and the
# rule where a note runs on to the next page (ECMA-376 Part 1, 17.11.23).
FOOTNOTE_SEPARATORS = "".join(
    f'<w:footnote w:type="{kind}" w:id="{number}"><w:p><w:pPr><w:spacing w:after="0" '
    f'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:{kind}/></w:r></w:p></w:footnote>'
    for number, kind in ((-1, "separator"), (0, "continuationSeparator")))


def footnote_reference(number: int, style_id: str) -> str:
    """The run that marks note ``number`` in the text; Word numbers it."""
    return (f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>')


def footnote(number: int, text_style: str, reference_style: str, runs: str) -> str:
    """Note ``number``: its mark, as Word repeats it at the foot of the page, and its text."""
    mark = f'<w:r><w:rPr><w:rStyle w:val="{reference_style}"/></w:rPr><w:footnoteRef/></w:r>'
    return (f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="{text_style}"/>'
            f'</w:pPr>{mark}<w:r><w:t xml:space="preserve"> </w:t></w:r>{runs}</w:p>'
            "</w:footnote>")


def write_footnotes(document: Document, footnotes: list[str]) -> None:
    """The document's footnotes part (``word/footnotes.xml``), which python-docx does not
    write: the separators and ``footnotes``; a template's own part is replaced."""
    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes {nsdecls("w", "r")}>{FOOTNOTE_SEPARATORS}{"".join(footnotes)}'
            "</w:footnotes>").encode()
    for rel in document.part.rels.values():
        if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES and not rel.is_external:
            rel.target_part._blob = blob  # a plain Part: its bytes are what is saved
            return
    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, blob,
                document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
