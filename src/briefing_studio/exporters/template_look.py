"""The look of a ministry's Word template, for the PDF.

With ``--docx-template`` the DOCX is laid out in the template's styles and on its paper;
a PDF in the house style beside it would be another document, two pages where Word shows
three. So the PDF takes from the template what decides where lines and pages break: the
paper and margins, and for each kind of text the template styles (body text, lists, the
title, headings, captions, the footer) its font, size, spacing and line spacing, read
through the styles' ``basedOn`` chain down to the document defaults, as Word reads them.
A font is set in the bundled font with its widths (Carlito for Calibri, Liberation Serif
for Times New Roman); a font without such a twin keeps the house style's PDF font.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from ..docx_package import PARSER
from ..errors import StyleError, described
from ..spacing import TextSpacing
from ..style import Fonts, HouseStyle, Margins, font_families
from ..word_styles import ROLE_STYLES
from .word_template import find_style, has_page_set_up, open_template

DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
TWIPS_PER_POINT = 20
SINGLE_LINE = 240  # w:line of "single" spacing (17.3.1.33)
DEFAULT_SIZE_PT = 10.0  # a document without a size anywhere (17.3.2.38)
WORD_DEFAULT_FONT = "Times New Roman"
WORD_HEADER_DISTANCE_MM = 12.7


def template_look(style: HouseStyle, template: Path) -> HouseStyle:
    """``style`` with the paper, fonts and spacing of the Word ``template``; a template
    whose styles hold values Word would not write gets one line saying so."""
    return look_of(style, open_template(template), template)


def look_of(style: HouseStyle, document: Document, template: Path) -> HouseStyle:
    """``template_look`` of the template ``document``, already opened."""
    try:
        return _look(style, document)
    except (ValueError, TypeError, etree.XMLSyntaxError) as error:
        raise StyleError(template, "cannot be used as a Word template: its styles or "
                         f"theme cannot be read ({described(error)})") from error


def _look(style: HouseStyle, document: Document) -> HouseStyle:
    styles = _Styles(document)
    spacing = {}
    for role, name in ROLE_STYLES.items():
        found = _element(document, name)
        if found is not None:
            spacing[role] = styles.spacing(found)
    # The template's fonts, for the styles we add to it as well (table text, the title
    # block), so that the DOCX is in one family, and the PDF in its twin where we have it.
    body = styles.font(_element(document, "Body Text", fallback="Normal"))
    heading = styles.font(_element(document, "Heading 1", fallback="Normal"))
    look = dataclasses.replace(
        style, template_spacing=spacing,
        docx_fonts=Fonts(body=body, heading=heading, arabic=style.docx_fonts.arabic),
        pdf_fonts=Fonts(body=_twin(body) or style.pdf_fonts.body,
                        heading=_twin(heading) or style.pdf_fonts.heading,
                        arabic=style.pdf_fonts.arabic))
    section = document.sections[0]
    if has_page_set_up(section):
        look = dataclasses.replace(
            look, paper_mm=(section.page_width.mm, section.page_height.mm),
            margins=Margins(top=section.top_margin.mm, bottom=section.bottom_margin.mm,
                            left=section.left_margin.mm, right=section.right_margin.mm),
            header_footer_mm=(_mm(section.header_distance), _mm(section.footer_distance)))
    return look


def _mm(length) -> float:
    """A header or footer distance; Word's half inch where the template gives none."""
    return WORD_HEADER_DISTANCE_MM if length is None else length.mm


def _element(document: Document, name: str, fallback: str = "") -> BaseOxmlElement | None:
    """The template's paragraph style ``name`` (else ``fallback``), or None."""
    found = find_style(document, name, WD_STYLE_TYPE.PARAGRAPH)
    if found is None and fallback:
        found = find_style(document, fallback, WD_STYLE_TYPE.PARAGRAPH)
    return None if found is None else found.element


def _twin(font: str) -> str:
    """The bundled family with the widths of ``font``, or ''."""
    wanted = font.casefold()
    if not wanted:
        return ""
    for family, faces in font_families().items():
        if wanted in (family.casefold(), faces.get("metric_twin_of", "").casefold()):
            return family
    return ""


class _Styles:
    """A template's paragraph styles read as Word resolves them: a property a style does
    not set comes from the style it is based on, and at the end from the defaults."""

    def __init__(self, document: Document) -> None:
        root = document.styles.element
        self.by_id = {s.get(qn("w:styleId")): s for s in root.findall(qn("w:style"))}
        self.defaults = root.find(qn("w:docDefaults"))
        self.theme = _theme_fonts(document)

    def chain(self, style: BaseOxmlElement | None) -> list[BaseOxmlElement]:
        """The style, the styles it is based on, then the defaults' properties."""
        found, seen = [], set()
        while style is not None and id(style) not in seen:
            seen.add(id(style))
            found.append(style)
            based = style.find(qn("w:basedOn"))
            style = None if based is None else self.by_id.get(based.get(qn("w:val")))
        if self.defaults is not None:
            found += [d for d in (self.defaults.find(qn("w:pPrDefault")),
                                  self.defaults.find(qn("w:rPrDefault"))) if d is not None]
        return found

    def _first(self, style: BaseOxmlElement | None, path: str, attribute: str) -> str | None:
        for element in self.chain(style):
            found = element.find(path)
            if found is not None and found.get(qn(attribute)) is not None:
                return found.get(qn(attribute))
        return None

    def font(self, style: BaseOxmlElement | None) -> str:
        named = self._first(style, f"{qn('w:rPr')}/{qn('w:rFonts')}", "w:ascii")
        if named:
            return named
        theme = self._first(style, f"{qn('w:rPr')}/{qn('w:rFonts')}", "w:asciiTheme") or ""
        # Without a font anywhere Word sets Times New Roman.
        return self.theme.get("major" if theme.startswith("major") else "minor",
                              WORD_DEFAULT_FONT)

    def spacing(self, style: BaseOxmlElement) -> TextSpacing:
        rpr, spacing = qn("w:rPr"), f"{qn('w:pPr')}/{qn('w:spacing')}"
        size = float(self._first(style, f"{rpr}/{qn('w:sz')}", "w:val") or
                     DEFAULT_SIZE_PT * 2) / 2
        before = float(self._first(style, spacing, "w:before") or 0) / TWIPS_PER_POINT
        after = float(self._first(style, spacing, "w:after") or 0) / TWIPS_PER_POINT
        line = float(self._first(style, spacing, "w:line") or SINGLE_LINE)
        rule = self._first(style, spacing, "w:lineRule") or "auto"
        natural = size * _line_height(_twin(self.font(style)))
        if rule == "exact":
            leading = line / TWIPS_PER_POINT
        elif rule == "atLeast":
            leading = max(line / TWIPS_PER_POINT, natural)
        else:  # a multiple of the font's own line
            leading = natural * line / SINGLE_LINE
        contextual = self._flag(style, f"{qn('w:pPr')}/{qn('w:contextualSpacing')}")
        return TextSpacing(size, leading, before, after, contextual=contextual)

    def _flag(self, style: BaseOxmlElement, path: str) -> bool:
        """An on/off property: on where the nearest style that has it says so (17.17.4)."""
        for element in self.chain(style):
            found = element.find(path)
            if found is not None:
                return found.get(qn("w:val"), "true") not in ("0", "false", "off")
        return False


def _line_height(family: str) -> float:
    """A single line of ``family`` in ems, as Word and LibreOffice set it: the font's
    ascender, descender and line gap (its ``hhea`` table), in fonts.json."""
    faces = font_families().get(family, {})
    return float(faces.get("line_height", 1.15))


def _theme_fonts(document: Document) -> dict[str, str]:
    """The theme's major (headings) and minor (body) Latin fonts."""
    try:
        theme = document.part.part_related_by(RT.THEME)
    except KeyError:
        return {}
    root = etree.fromstring(theme.blob, PARSER)
    found = {}
    for kind in ("major", "minor"):
        latin = root.find(f".//{DRAWING}{kind}Font/{DRAWING}latin")
        if latin is not None and latin.get("typeface"):
            found[kind] = latin.get("typeface")
    return found
