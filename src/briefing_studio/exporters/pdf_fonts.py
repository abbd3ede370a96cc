"""The bundled TrueType fonts, registered with reportlab once per process.

reportlab's built-in Helvetica has no ş, ğ or ı; every PDF therefore uses the Noto
fonts shipped in resources/fonts (SIL Open Font Licence), embedded as subsets.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path
from ..style import font_families

FACES = ("regular", "bold", "italic", "bold_italic")

# Paragraphs with Arabic are shaped by harfbuzz, which by default also joins Latin
# "fl" and "ff" into ligature glyphs; their text then extracts as U+FB02 and a search
# for "Taraflar" fails. Arabic's obligatory joins (rlig) do not depend on this feature.
_features = ttfonts.shapeFragWord.__defaults__
if _features and isinstance(_features[0], dict):
    _features[0].update(liga=False, dlig=False)


@dataclass(frozen=True)
class FontFamily:
    """reportlab's names for the four faces of one registered family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    @property
    def faces(self) -> tuple[str, str, str, str]:
        return (self.regular, self.bold, self.italic, self.bold_italic)

    def face(self, bold: bool = False, italic: bool = False) -> str:
        return (self.regular, self.italic, self.bold, self.bold_italic)[2 * bold + italic]

    def covers(self, text: str) -> bool:
        """Whether the family has a glyph for every character of ``text``."""
        return _char_map(self.regular).issuperset(map(ord, text))


_registering = threading.Lock()


def register(family: str) -> FontFamily:
    # The app's preview renders in a worker thread while an export may run in the
    # window's thread: reportlab's font registry is global, so one registers at a time.
    with _registering:
        return _register(family)


@cache
def _register(family: str) -> FontFamily:
    files = font_families()[family]
    names = {}
    for face in FACES:
        name = f"{family.replace(' ', '')}-{face}"
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", files[face]))))
        names[face] = name
    # The family lets <b> and <i> in paragraph markup pick the right face.
    pdfmetrics.registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    return FontFamily(**names)


@cache
def _char_map(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)
