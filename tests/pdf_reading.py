"""Reading an exported PDF back with tools we did not write: pypdf, fontTools, poppler."""

import io
import re
import shutil
import subprocess
from html import unescape as html_unescape
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="poppler-utils is not installed (make test installs it as root)")
needs_qpdf = pytest.mark.skipif(
    shutil.which("qpdf") is None, reason="qpdf is not installed (make test installs it as root)")


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def poppler_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def outline(path: Path) -> list[tuple[int, str]]:
    """(depth, title) for every bookmark, in order."""
    found = []

    def walk(entries, depth):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title))

    walk(PdfReader(path).outline, 0)
    return found


def fonts(path: Path) -> dict[str, dict]:
    """Every font the pages use, by base name."""
    found = {}
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def unembedded_fonts(path: Path) -> list[str]:
    missing = []
    for name, font in fonts(path).items():
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.append(name)
    return missing


def characters_drawn_as_missing_glyphs(path: Path) -> set[str]:
    """Characters drawn with a glyph their embedded font lacks (tofu), or as code 0."""
    missing_by_font: dict[int, set[str]] = {}
    drawn_badly: set[str] = set()
    for page in PdfReader(path).pages:
        def visit(text, cm, tm, font, size):
            if not font or not text:
                return
            if id(font) not in missing_by_font:
                missing_by_font[id(font)] = _characters_without_glyph(font)
            drawn_badly.update(c for c in text if c in missing_by_font[id(font)] or c in "\0\uffff")

        page.extract_text(visitor_text=visit)
    return drawn_badly


def _characters_without_glyph(font) -> set[str]:
    """The characters a font's ToUnicode map names whose code has no glyph in its program."""
    descriptor = font["/FontDescriptor"].get_object()
    program = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
    glyph_order = program.getGlyphOrder()
    cmap = {}
    for table in program["cmap"].tables:
        cmap.update(table.cmap)
    to_unicode = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    lacking = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", to_unicode, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            # Subset fonts map their one-byte codes directly or through the symbol
            # range U+F000 (TrueType's (3, 0) cmap).
            glyph = cmap.get(int(code, 16), cmap.get(0xF000 + int(code, 16)))
            if glyph is None or glyph_order.index(glyph) == 0:
                lacking.add(bytes.fromhex(text).decode("utf-16-be", "replace"))
    return lacking


def ink_share(path: Path, page: int) -> float:
    """The share of a rendered page's pixels that are not white."""
    pgm = subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", str(page), "-l", str(page),
                          str(path)], capture_output=True, check=True).stdout
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    pixels = pgm[header.end():]
    return sum(1 for value in pixels if value < 200) / len(pixels)


def word_boxes(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, left, right) in points of each word poppler reads on ``page`` (from 1),
    in reading order."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path),
                           "-"], capture_output=True, text=True, check=True).stdout
    return [(html_unescape(word), float(left), float(right)) for left, right, word in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">'
                       r"([^<]*)</word>", html)]
