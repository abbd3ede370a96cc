"""Each priority's badge carries its word and the house style's colour, in both outputs:
in the PDF a rectangle of that colour painted behind the white word, in the DOCX the
shading of the "Priority High/Medium/Low" character style of the word's run."""

import json
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from pypdf.generic import ContentStream

from briefing_studio.exporters import FORMATS
from briefing_studio.model import Briefing, Bullet, BulletList, Metadata, Priority, Section
from briefing_studio.options import ExportOptions
from briefing_studio.style import load_style

# The ministry's colours as its style guide gives them: written out, not read from the
# style file, so that a slip in the file shows here too.
MINISTRY = {Priority.HIGH: "#B00020", Priority.MEDIUM: "#A35200", Priority.LOW: "#2E6B30"}
ENGLISH = {Priority.HIGH: "High", Priority.MEDIUM: "Medium", Priority.LOW: "Low"}
WHITE = "#FFFFFF"


def one_bullet_per_priority() -> Briefing:
    items = [Bullet(text=f"Item ranked {priority.value}.", label="Topic", priority=priority)
             for priority in (Priority.LOW, Priority.HIGH, Priority.NONE, Priority.MEDIUM)]
    return Briefing(meta=Metadata(title="Colour check", date="2026-11-24"),
                    sections=[Section(heading="Issues", blocks=[BulletList(items=items)])])


def export(briefing: Briefing, tmp_path: Path, options: ExportOptions) -> tuple[Path, Path]:
    pdf, word = tmp_path / "out.pdf", tmp_path / "out.docx"
    FORMATS["pdf"].write(briefing, pdf, options)
    FORMATS["docx"].write(briefing, word, options)
    return pdf, word


# ---------------------------------------------------------------- reading the PDF's paint


@dataclass(frozen=True)
class Fill:
    """A rectangle filled on the page: its colour and its box in page space."""

    colour: str
    left: float
    bottom: float
    right: float
    top: float


@dataclass(frozen=True)
class Shown:
    """A string shown on the page: its text, its fill colour, where it runs (page space)."""

    text: str
    colour: str
    left: float
    right: float
    baseline: float


def _times(m, n):
    """The PDF matrix ``m`` then ``n`` (ISO 32000-1, 8.3.4: row vectors)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s,
            e * p + f * r + t, e * q + f * s + u)


def _point(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _hex(components) -> str:
    return "#" + "".join(f"{round(float(value) * 255):02X}" for value in components)


class _Font:
    """A simple (one byte a code) font as reportlab embeds its subsets: a ToUnicode map
    from codes to text and a width for every code."""

    def __init__(self, font) -> None:
        first = int(font.get("/FirstChar", 0))
        self.widths = {first + index: float(width)
                       for index, width in enumerate(font.get("/Widths", []))}
        cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
        self.text = {}
        for block in cmap.split("beginbfchar")[1:]:
            for line in block.split("endbfchar")[0].strip().splitlines():
                code, text = (part.strip("<> ") for part in line.split("> <"))
                self.text[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")


def _codes(string) -> bytes:
    """A shown string's codes: pypdf gives a string as text where its bytes decode."""
    return string.original_bytes if hasattr(string, "original_bytes") else bytes(string)


def painted(reader: PdfReader, page_number: int = 0) -> list[Fill | Shown]:
    """What a page paints, in the order it paints it: filled rectangles and shown
    strings, each with its fill colour and place."""
    page = reader.pages[page_number]
    fonts = {name: _Font(font.get_object()) for name, font in page["/Resources"]["/Font"].items()}
    identity = (1, 0, 0, 1, 0, 0)
    state = {"ctm": identity, "fill": "#000000"}
    stack, path, paint = [], [], []
    text_matrix = line_matrix = identity
    font, size, leading, char_space, word_space = None, 0.0, 0.0, 0.0, 0.0
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        values = [float(v) if isinstance(v, (int, float)) else v for v in operands]
        match operator:
            case b"q":
                stack.append(dict(state))
            case b"Q":
                state = stack.pop()
            case b"cm":
                state["ctm"] = _times(tuple(values), state["ctm"])
            case b"rg":
                state["fill"] = _hex(values)
            case b"g":
                state["fill"] = _hex(values * 3)
            case b"re":
                x, y, width, height = values
                corners = [_point(state["ctm"], x + dx, y + dy)
                           for dx in (0, width) for dy in (0, height)]
                xs, ys = [p[0] for p in corners], [p[1] for p in corners]
                path.append((min(xs), min(ys), max(xs), max(ys)))
            case b"f" | b"f*" | b"F" | b"B" | b"B*":
                paint += [Fill(state["fill"], *box) for box in path]
                path = []
            case b"n" | b"S":
                path = []
            case b"BT":
                text_matrix = line_matrix = identity
            case b"Tf":
                font, size = fonts[operands[0]], values[1]
            case b"TL":
                leading = values[0]
            case b"Tc":
                char_space = values[0]
            case b"Tw":
                word_space = values[0]
            case b"Td" | b"TD" | b"T*":
                tx, ty = values if operator != b"T*" else (0.0, -leading)
                if operator == b"TD":
                    leading = -ty
                text_matrix = line_matrix = _times((1, 0, 0, 1, tx, ty), line_matrix)
            case b"Tm":
                text_matrix = line_matrix = tuple(values)
            case b"Tj" | b"TJ":
                pieces = operands[0] if operator == b"TJ" else [operands[0]]
                shown, start = "", _times(text_matrix, state["ctm"])
                for piece in pieces:
                    if isinstance(piece, (int, float)):  # TJ's shift, thousandths of text space
                        text_matrix = _times((1, 0, 0, 1, -float(piece) / 1000 * size, 0),
                                             text_matrix)
                        continue
                    for code in _codes(piece):
                        shown += font.text.get(code, "")
                        advance = font.widths.get(code, 0) / 1000 * size + char_space + (
                            word_space if code == 32 else 0)
                        text_matrix = _times((1, 0, 0, 1, advance, 0), text_matrix)
                end = _times(text_matrix, state["ctm"])
                paint.append(Shown(shown, state["fill"], start[4], end[4], start[5]))
    return paint


def pdf_badges(path: Path) -> dict[str, tuple[str, str]]:
    """For each badge word shown on the first page: the colour it is written in and the
    colour of the last rectangle painted before it that lies behind the whole word."""
    found = {}
    paint = painted(PdfReader(path))
    for index, item in enumerate(paint):
        if not isinstance(item, Shown) or not item.text.strip("\xa0 "):
            continue
        behind = [fill for fill in paint[:index] if isinstance(fill, Fill)
                  and fill.left <= item.left + 0.01 and item.right - 0.01 <= fill.right
                  and fill.bottom <= item.baseline <= fill.top]
        if behind:
            found[item.text.strip("\xa0 ")] = (item.colour, behind[-1].colour)
    return found


# ---------------------------------------------------------------- reading the DOCX's styles


def docx_badges(path: Path) -> dict[str, tuple[str, str]]:
    """For each run in a Priority character style: its word, its style's name and the
    fill of that style's shading."""
    found = {}
    for paragraph in docx.Document(str(path)).paragraphs:
        for run in paragraph.runs:
            if run.style is None or not run.style.name.startswith("Priority "):
                continue
            shading = run.style.element.rPr.find(qn("w:shd"))
            fill = shading.get(qn("w:fill")) if shading is not None else ""
            found[run.text.strip("\xa0 ")] = (run.style.name, f"#{fill.upper()}")
    return found


# ---------------------------------------------------------------- tests


def test_the_pdf_paints_each_badge_in_its_colour_behind_the_white_word(tmp_path):
    pdf, _ = export(one_bullet_per_priority(), tmp_path, ExportOptions())
    badges = pdf_badges(pdf)
    assert badges == {ENGLISH[p]: (WHITE, MINISTRY[p]) for p in Priority.ranked()}


def test_the_docx_shades_each_badge_style_in_its_colour(tmp_path):
    _, word = export(one_bullet_per_priority(), tmp_path, ExportOptions())
    assert docx_badges(word) == {
        ENGLISH[p]: (f"Priority {ENGLISH[p]}", MINISTRY[p]) for p in Priority.ranked()}


def test_a_bullet_without_priority_has_no_badge(tmp_path):
    briefing = one_bullet_per_priority()
    for item in briefing.sections[0].blocks[0].items:
        item.priority = Priority.NONE
    pdf, word = export(briefing, tmp_path, ExportOptions())
    assert pdf_badges(pdf) == {}
    assert docx_badges(word) == {}


@pytest.mark.parametrize("colour", ["#123456", "#ABCDEF"])
def test_a_style_file_that_sets_a_colour_changes_both_outputs(tmp_path, colour):
    style_file = tmp_path / "house.json"
    style_file.write_text(json.dumps({"colours": {"priority_high": colour}}), encoding="utf-8")
    options = ExportOptions(style=load_style(style_file))
    pdf, word = export(one_bullet_per_priority(), tmp_path, options)
    expected = {**MINISTRY, Priority.HIGH: colour}
    assert pdf_badges(pdf) == {ENGLISH[p]: (WHITE, expected[p]) for p in Priority.ranked()}
    assert docx_badges(word) == {
        ENGLISH[p]: (f"Priority {ENGLISH[p]}", expected[p]) for p in Priority.ranked()}


def test_a_turkish_badge_is_its_turkish_word_on_the_same_colour(tmp_path):
    briefing = one_bullet_per_priority()
    briefing.meta.language = "tr-TR"
    pdf, word = export(briefing, tmp_path, ExportOptions())
    turkish = {Priority.HIGH: "Yüksek", Priority.MEDIUM: "Orta", Priority.LOW: "Düşük"}
    assert pdf_badges(pdf) == {turkish[p]: (WHITE, MINISTRY[p]) for p in Priority.ranked()}
    assert docx_badges(word) == {
        turkish[p]: (f"Priority {ENGLISH[p]}", MINISTRY[p]) for p in Priority.ranked()}
