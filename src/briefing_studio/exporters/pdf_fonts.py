"""The bundled TrueType fonts, registered with reportlab once per process.

reportlab's built-in Helvetica has no ş, ğ or ı; every PDF therefore uses the fonts
shipped in resources/fonts (SIL Open Font Licence), embedded as subsets: Liberation
Sans and Serif, which have the advance widths of Arial and Times New Roman, so that the
PDF breaks lines where Word and LibreOffice break the DOCX, and Noto Sans Arabic.
"""

from __future__ import annotations

import hashlib
import itertools
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import BasicFonts, PDFDocument, PDFName
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


class _TaggedSubsetFont(TTFont):
    """A TrueType font each of whose embedded subsets has a tag of its own.

    reportlab tags subset n of a font by n alone, so the first subset of every font in
    a file is AAAAAA+; ISO 32000-1, 9.6.4 asks for a tag that differs for every subset
    in the file. The tag is a hash of the font, the subset's index
    and its characters: the same briefing gives the same file, and subsets of two
    briefings still differ when their pages are merged into one file.
    """

    def addObjects(self, doc: PDFDocument) -> None:
        # reportlab forgets the subsets once it has made their objects.
        state = self._assignState(doc)
        subsets = [(self.getSubsetInternalName(index, doc)[1:], tuple(characters))
                   for index, characters in enumerate(state.subsets)]
        super().addObjects(doc)
        objects = doc.idToObject
        fonts = objects[BasicFonts].dict
        for index, (internal_name, characters) in enumerate(subsets):
            font = fonts[internal_name]
            untagged = font.BaseFont
            tag = _subset_tag(self.face.name, index, characters, _tags_in(fonts.values()))
            tagged = f"{tag}+{untagged.partition('+')[2]}"
            # The name is written in three places: the font, its descriptor, and the
            # CMap that maps its codes back to text.
            font.BaseFont = tagged
            objects[font.FontDescriptor.name].dict["FontName"] = PDFName(tagged)
            to_unicode = objects[font.ToUnicode.name]
            to_unicode.content = to_unicode.content.replace(untagged, tagged)


def _subset_tag(face: bytes, index: int, characters: tuple[int, ...], taken: set[str]) -> str:
    """Six capital letters from a hash of the subset, other than those ``taken``."""
    seed = face + repr((index, characters)).encode("ascii")
    digests = (hashlib.sha256(seed + b"%d" % attempt).digest() for attempt in itertools.count())
    tags = ("".join(chr(ord("A") + byte % 26) for byte in digest[:6]) for digest in digests)
    return next(tag for tag in tags if tag not in taken)


def _tags_in(fonts: Iterable[object]) -> set[str]:
    """The subset tags of the fonts a document already has."""
    names = (str(getattr(font, "BaseFont", "")) for font in fonts)
    return {name.partition("+")[0] for name in names if "+" in name}


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
        path = str(resource_path("fonts", files[face]))
        pdfmetrics.registerFont(_TaggedSubsetFont(name, path))
        names[face] = name
    # The family lets <b> and <i> in paragraph markup pick the right face.
    pdfmetrics.registerFontFamily(names["regular"], normal=names["regular"], bold=names["bold"],
                                  italic=names["italic"], boldItalic=names["bold_italic"])
    return FontFamily(**names)


@cache
def _char_map(font_name: str) -> frozenset[int]:
    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)
