"""Right-to-left runs in the PDF: shaped in their own font, set right to left, found by search.

reportlab shapes a paragraph (harfbuzz) word by word, a word being the text between two
spaces, with the font of the word's first piece and one direction for the whole word. An
Arabic run that touches Latin punctuation, "(إدلب)." or "دمشق.", is such a word: its
Arabic letters were looked up in the Latin font (empty boxes), or its full stop in the
Arabic font, whose glyph number means another letter in the Latin font (Ǡ), and the whole
word was reversed, the full stop before the bracket. Without pyfribidi reportlab does not
set the words of an Arabic phrase from right to left either. And what it draws extracts as
presentation forms (U+FEE3 ...) in visual order, which a search for دمشق never finds.

So here:

- ``shape_word`` takes the place of reportlab's word shaping in paragraphs: each font's
  part of a word is shaped on its own, in its own direction, and each glyph of a
  right-to-left part records the letters it was shaped from;
- ``RtlParagraph`` draws the words of each right-to-left phrase from right to left;
- the ToUnicode map of a font drawn there maps each shaped glyph to those letters (a
  lam-alef ligature to both, in logical order). pdftotext and pypdf read a run drawn in
  visual order and turn it around themselves; they now find base letters to turn.

Not /ActualText: poppler spreads an ActualText's letters over the glyphs' box from left
to right and then turns the run around as it does any right-to-left text, so a phrase
given as typed reads back reversed (pdftotext 22); pypdf ignores ActualText.

reportlab still breaks the lines: a phrase keeps the room its words had, and a word
without a right-to-left run is shaped and drawn as before.
"""

from __future__ import annotations

import functools
import itertools
import operator
import weakref
from collections.abc import Iterator

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import (
    ShapeData,
    ShapedFragWord,
    ShapedStr,
    TTFont,
    makeShapedFragWord,
)
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph
from reportlab.platypus.paragraph import Paragraph

from ..script import has_rtl

# A word as reportlab's line breaker holds it: [width, (frag, text), (frag, text), ...].
FragWord = list

# reportlab's own shaping of one word (its feature defaults tuned in pdf_fonts).
_shape_in_first_font = ttfonts.shapeFragWord

# The letters each glyph drawn for a right-to-left part stands for, by font and the code
# point reportlab draws the glyph as (a presentation form, or private use). By font, not
# by name: two names registered for one file (Arabic "italic") are one font in reportlab.
_glyph_letters: weakref.WeakKeyDictionary[TTFont, dict[int, str]] = weakref.WeakKeyDictionary()
_part_numbers = itertools.count()

ZERO_WIDTH_SPACE = 0x200B
CMAP_BLOCK = 100  # entries of a bfchar block at most (Adobe Technical Note 5411)


class _RtlGlyph(ShapeData):
    """A glyph of a right-to-left part: harfbuzz's placement, as reportlab draws it, and
    ``part``, the number of the shaped part it belongs to."""

    part: int


def shape_word(word: FragWord) -> FragWord:
    """``word`` shaped as reportlab's ``shapeFragWord`` shapes it, each font's part apart."""
    if isinstance(word, ShapedFragWord) or not _needs_parts(word):
        return _shape_in_first_font(word)
    width, pieces = 0.0, []
    for part in _font_parts(word[1:]):
        shaped = _shape_part(part)
        width += shaped[0]
        pieces += shaped[1:]
    return makeShapedFragWord(word)([width, *pieces])


def _needs_parts(word: FragWord) -> bool:
    texts = [(frag, text) for frag, text in word[1:] if not hasattr(frag, "cbDefn")]
    return (len({frag.fontName for frag, _ in texts}) > 1
            or any(has_rtl(text) for _, text in texts))


def _font_parts(pieces: list[tuple]) -> Iterator[list[tuple]]:
    """Consecutive pieces of the same font; a callback piece (an anchor) on its own."""
    for _, group in itertools.groupby(
            pieces, key=lambda piece: (None if hasattr(piece[0], "cbDefn")
                                       else piece[0].fontName)):
        group = list(group)
        if hasattr(group[0][0], "cbDefn"):
            yield from ([piece] for piece in group)
        else:
            yield group


def _shape_part(part: list[tuple]) -> FragWord:
    frag = part[0][0]
    if hasattr(frag, "cbDefn"):
        return [0, *part]
    width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in part)
    text = "".join(text for _, text in part)
    if not has_rtl(text):
        return _shape_in_first_font([width, *part])
    # Forced, so that even a lone letter, which shaping leaves as it is, is marked.
    shaped = _shape_in_first_font([width, *part], force=True)
    shaped[1:] = _keep_letters(shaped[1:], text)
    return shaped


def _keep_letters(pieces: list[tuple], text: str) -> list[tuple]:
    """The pieces of a shaped right-to-left part (``text``) with their glyphs marked as
    ``_RtlGlyph``s, and the letter each glyph was shaped from recorded.

    A glyph shaped from several letters (lam-alef, لا) gets the first, and an invisible
    glyph of no width, drawn just before it, carries each further letter: a reader turns a
    right-to-left run around code by code, and pdftotext and pypdf disagree on whether to
    turn around the letters of one code as well.
    """
    clusters = sorted({data.cluster for _, shaped in pieces for data in shaped.__shapeData__})
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    part = next(_part_numbers)
    lettered: set[int] = set()
    result = []
    for frag, shaped in pieces:
        font = pdfmetrics.getFont(frag.fontName)
        known = _glyph_letters.setdefault(font, {})
        chars, glyphs = [], []
        for char, data in zip(shaped, shaped.__shapeData__, strict=True):
            letters = ""
            if data.cluster not in lettered:  # a cluster's letters go to its first glyph
                lettered.add(data.cluster)
                letters = text[data.cluster:ends[data.cluster]]
            for letter in reversed(letters[1:]):
                chars.append(_carrier(font, letter))
                glyphs.append(_RtlGlyph(data.cluster, 0, 0, 0, 0, 0))
            # A glyph keeps the letter it was first drawn for.
            known.setdefault(ord(char), letters[:1] or char)
            chars.append(char)
            glyphs.append(_RtlGlyph(*data))
        for glyph in glyphs:
            glyph.part = part
        result.append((frag, ShapedStr("".join(chars), shapeData=glyphs)))
    return result


def _carrier(font: TTFont, letter: str) -> str:
    """The code of an invisible glyph of no width that stands for ``letter`` in the
    ToUnicode map: the font's zero width space, under a private code of its own."""
    gid = font.face.charToGlyph[ZERO_WIDTH_SPACE]
    code = font.hbAddPrivate(f"letter-{ord(letter):04X}", gid, 0)
    _glyph_letters.setdefault(font, {})[code] = letter
    return chr(code)


class RtlParagraph(Paragraph):
    """A shaped paragraph that draws its right-to-left phrases as the module says."""

    def beginText(self, x: float, y: float) -> PDFTextObject:
        return _RtlText(self.canv, x, y)


class _RtlText(PDFTextObject):
    def _textOut(self, text: str, TStar: int = 0) -> None:
        """Draw one piece of a line (reportlab's ``_putFragLine`` draws through here)."""
        glyphs = getattr(text, "__shapeData__", ())
        if not any(isinstance(glyph, _RtlGlyph) for glyph in glyphs):
            super()._textOut(text, TStar)
            return
        super()._textOut(_phrases_right_to_left(text), TStar)
        # Now that the font is among those the document writes.
        _write_glyph_letters(self._canvas._doc, pdfmetrics.getFont(self._fontname))


def _phrases_right_to_left(text: ShapedStr) -> ShapedStr:
    """``text`` with the parts of each right-to-left phrase in right-to-left order (each
    part already is). A phrase is right-to-left parts with only spaces between them: the
    words of an Arabic name, which reportlab shaped one by one."""
    spans = _spans(text)
    pieces: list[ShapedStr] = []
    first = 0
    while first < len(spans):
        last = _phrase_end(text, spans, first)
        pieces += [text[start:end] for start, end, _ in reversed(spans[first:last + 1])]
        first = last + 1
    return functools.reduce(operator.add, pieces)


def _spans(text: ShapedStr) -> list[tuple[int, int, int | None]]:
    """(start, end, part) of each run of glyphs of one right-to-left part, or of none."""
    spans = []
    start = 0
    for part, glyphs in itertools.groupby(
            text.__shapeData__,
            key=lambda glyph: glyph.part if isinstance(glyph, _RtlGlyph) else None):
        end = start + len(list(glyphs))
        spans.append((start, end, part))
        start = end
    return spans


def _phrase_end(text: ShapedStr, spans: list[tuple[int, int, int | None]], first: int) -> int:
    """The index of the last span of the phrase that starts at ``spans[first]`` (``first``
    itself when that span is not right to left)."""
    last = first
    if spans[first][2] is not None:
        for index in range(first + 1, len(spans)):
            start, end, part = spans[index]
            if part is not None:
                last = index
            elif not text[start:end].isspace():
                break
    return last


def _write_glyph_letters(document: PDFDocument, font: TTFont) -> None:
    """Have ``font`` write ToUnicode maps that give each glyph the letters it was shaped
    from: reportlab writes the font's objects when the document is saved, through the
    document's list of fonts to write, in which the font now has a stand-in."""
    fonts = document.delayedFonts
    for index, written in enumerate(fonts):
        if written is font:
            fonts[index] = _GlyphLettersFont(font)


class _GlyphLettersFont:
    """Stands in for a TrueType font among those a document writes: lets the font write
    its subsets, then replaces their ToUnicode maps."""

    def __init__(self, font: TTFont) -> None:
        self.font = font

    def addObjects(self, document: PDFDocument) -> None:
        subsets = [list(subset) for subset in self.font.state[document].subsets]
        names = [self.font.getSubsetInternalName(number, document)[1:]
                 for number in range(len(subsets))]
        self.font.addObjects(document)
        letters = _glyph_letters.get(self.font, {})
        written = document.idToObject["BasicFonts"].dict
        for name, subset in zip(names, subsets, strict=True):
            pdf_font = written[name]
            stream = document.idToObject[pdf_font.ToUnicode.name]
            stream.content = _to_unicode_cmap(pdf_font.BaseFont,
                                              [letters.get(char, chr(char)) for char in subset])


def _to_unicode_cmap(font_name: str, texts: list[str]) -> str:
    """The ToUnicode CMap of a one-byte subset whose code ``n`` stands for ``texts[n]``, as
    reportlab writes it but with any number of letters per code (ISO 32000-1, 9.10.3)."""
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({font_name})", f"/Ordering ({font_name})",
        "/Supplement 0", ">> def", f"/CMapName /{font_name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(texts) - 1:02X}>", "endcodespacerange",
    ]
    for first in range(0, len(texts), CMAP_BLOCK):
        block = texts[first:first + CMAP_BLOCK]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
                  for code, text in enumerate(block, start=first)]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


# The paragraph module calls the shaping it imported by this name.
paragraph.shapeFragWord = shape_word
