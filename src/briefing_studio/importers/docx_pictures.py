"""The pictures of a Word document's paragraphs, as figures' images.

Word puts a picture in a run as a DrawingML drawing (``w:drawing``, inline or anchored)
whose ``a:blip`` names the image part; Word 2016 and our exporter add the SVG itself in
an ``asvg:svgBlip`` extension, which is taken over the PNG beside it. The alt text is the
drawing's ``descr`` (Word's Alt Text pane), or failing that its ``title``. Older
documents have VML pictures (``w:pict`` with ``v:imagedata``). A picture we cannot print
(an EMF logo, a damaged file) is left out, and the user told so.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from lxml import etree

from ..media import ImageProblem, checked
from ..model import Media
from .docx_text import MC, W

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
PIC = "{http://schemas.openxmlformats.org/drawingml/2006/picture}"
ASVG = "{http://schemas.microsoft.com/office/drawing/2016/SVG/main}"
VML = "{urn:schemas-microsoft-com:vml}"
OFFICE = "{urn:schemas-microsoft-com:office:office}"
R_EMBED, R_ID = qn("r:embed"), qn("r:id")


@dataclass(frozen=True)
class Picture:
    media: Media
    alt: str
    width_emu: int  # as wide as it is printed; 0 when the document does not say


def paragraph_pictures(document: WordDocument, paragraph: etree._Element,
                       left_out: list[str]) -> list[Picture]:
    """The pictures in ``paragraph`` itself (not those of a text box in it, read with
    the box), in reading order; each one left out is described in ``left_out``."""
    pictures = []
    for drawing in paragraph.iter(f"{W}drawing", f"{W}pict"):
        if _owner(drawing) is not paragraph or _in_fallback(drawing, paragraph):
            continue
        found = _drawing(drawing) if drawing.tag == f"{W}drawing" else _vml(drawing)
        if found is None:
            continue
        rid, alt, width = found
        part = document.part.related_parts.get(rid)
        if part is None:
            left_out.append(f"a picture ({alt or 'without alt text'}) whose image is missing")
            continue
        try:
            media = checked(part.blob, decode=True)
        except ImageProblem as problem:
            name = str(part.partname).rsplit("/", 1)[-1]
            left_out.append(f"a picture ({name}) that is {problem}")
            continue
        pictures.append(Picture(media, alt, width))
    return pictures


def _owner(element: etree._Element) -> etree._Element | None:
    return next(element.iterancestors(f"{W}p"), None)


def _in_fallback(element: etree._Element, paragraph: etree._Element) -> bool:
    """Whether ``element`` is the copy an older reader shows (``mc:Fallback``)."""
    for ancestor in element.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag == f"{MC}Fallback":
            return True
    return False


def _drawing(drawing: etree._Element) -> tuple[str, str, int] | None:
    """A DrawingML picture's image relationship, alt text and width."""
    if drawing.find(f".//{PIC}pic") is None:
        return None  # a chart, a shape or a text box: no picture of its own
    blip = drawing.find(f".//{PIC}blipFill/{A}blip")
    if blip is None:
        return None
    svg = blip.find(f".//{ASVG}svgBlip")
    rid = (svg if svg is not None and svg.get(R_EMBED) else blip).get(R_EMBED, "")
    properties = drawing.find(f".//{WP}docPr")
    alt = ""
    if properties is not None:
        alt = (properties.get("descr") or properties.get("title") or "").strip()
    extent = drawing.find(f".//{WP}extent")
    width = int(extent.get("cx", "0")) if extent is not None else 0
    return rid, alt, width


def _vml(picture: etree._Element) -> tuple[str, str, int] | None:
    image = picture.find(f".//{VML}imagedata")
    if image is None or not image.get(R_ID):
        return None
    shape = image.getparent()
    alt = (shape.get("alt") or image.get(f"{OFFICE}title") or "").strip()
    return image.get(R_ID, ""), alt, 0
