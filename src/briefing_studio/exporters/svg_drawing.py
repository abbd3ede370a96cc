"""SVG images drawn for the outputs: as vectors in the PDF (svglib turns the SVG into
reportlab shapes), and as a sharp PNG for the DOCX's fallback picture (resvg), both
in the house style's own body font, so that a chart's labels look as its text does and
no font of the machine's, unembedded or absent elsewhere, is ever used.

Only SVGs that ``media.check_svg`` let in come here: no scripts, no references to
files or addresses, so neither library loads anything but the bytes it is given.
"""

from __future__ import annotations

import io

from lxml import etree
from reportlab.graphics.shapes import Drawing
from svglib.fonts import FontMap
from svglib.svglib import svg2rlg

from ..media import check_svg
from ..resources import resource_path
from ..style import font_families
from .pdf_fonts import FACES, FontFamily

BOLD_WEIGHTS = frozenset({"bold", "bolder", "600", "700", "800", "900"})


class _HouseFonts(FontMap):
    """Every family an SVG names, in the house style's body font, bold and italic kept."""

    def __init__(self, family: FontFamily) -> None:
        super().__init__()
        self.family = family

    def find_font(self, font_name: str, weight: str = "normal",
                  style: str = "normal") -> tuple[str, bool]:
        bold = str(weight).lower() in BOLD_WEIGHTS
        return self.family.face(bold, str(style).lower() in ("italic", "oblique")), True


def svg_drawing(data: bytes, family: FontFamily) -> Drawing:
    """The SVG as reportlab shapes, at its own size in points."""
    drawing = svg2rlg(io.BytesIO(data), font_map=_HouseFonts(family))
    if drawing is None or not drawing.width or not drawing.height:
        raise ValueError("an SVG image that cannot be drawn")
    # reportlab starts every drawing in Helvetica, which would be an unembedded font.
    drawing.initialFontName = family.regular
    return drawing


def svg_png(data: bytes, width_px: int, family: str) -> bytes:
    """The SVG as a PNG ``width_px`` pixels wide, its text in ``family`` (a bundled
    family's name) and no other font."""
    import resvg_py  # a compiled renderer, loaded only when a DOCX has an SVG

    files = font_families()[family]
    fonts = sorted({str(resource_path("fonts", files[face])) for face in FACES})
    text = etree.tostring(check_svg(data), encoding=str)
    return bytes(resvg_py.svg_to_bytes(
        svg_string=text, width=width_px, skip_system_fonts=True, font_files=fonts,
        font_family=family, serif_family=family, sans_serif_family=family,
        monospace_family=family, cursive_family=family, fantasy_family=family))
