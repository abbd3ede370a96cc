"""How big each kind of text is and how much room it takes, for both exporters, and
where the page furniture stands.

The PDF and the DOCX break pages in the same places only if every line is as tall in
both and every paragraph has the same space around it: one table of sizes, line heights
and spaces, in points, read by both renderers. Word's line height is given "at least"
the leading, so that a taller glyph (an Arabic mark) grows its line rather than being
cut, as reportlab's fixed leading would let it overlap.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import HEADING_LEVELS
from .style import HouseStyle

MM = 72 / 25.4  # points in a millimetre


@dataclass(frozen=True)
class TextSpacing:
    size: float  # points
    leading: float  # the distance from one baseline to the next, points
    before: float = 0.0  # space above the paragraph, points
    after: float = 0.0  # space below the paragraph, points
    # Word's "Don't add space between paragraphs of the same style" (a template's lists)
    contextual: bool = False


@dataclass(frozen=True)
class BlockGaps:
    list_end: float  # extra space below a list's last item, points
    after_table: float  # space below a table, points
    title_block_before: float  # between the title and the title-block rows
    title_block_after: float  # between the title-block rows and the first section
    title_block_row_padding: float  # above and below each title-block row
    cell_padding_vertical: float  # above and below the text in a table cell
    cell_padding_horizontal: float  # beside the text in a table cell
    signing_room: float  # above a signature: room for the pen or the seal


def text_spacing(style: HouseStyle) -> dict[str, TextSpacing]:
    """The spacing of every kind of paragraph, by name: body, bullet, numbered (a
    numbered list's items), doc_type, title,
    subtitle, meta (title-block rows), caption, table_cell, footer, banner (the
    marking), heading1-3; where the PDF follows a Word template, its styles' own."""
    sizes = style.sizes
    body = sizes.body
    line = body * 1.4
    found = {
        "body": TextSpacing(body, line, after=body * 0.7),
        "bullet": TextSpacing(body, line, after=body * 0.3),
        "numbered": TextSpacing(body, line, after=body * 0.3),
        "doc_type": TextSpacing(sizes.subtitle * 0.8, line, after=2),
        "title": TextSpacing(sizes.title, sizes.title * 1.2, after=sizes.title * 0.2),
        "subtitle": TextSpacing(sizes.subtitle, sizes.subtitle * 1.3, after=4),
        "meta": TextSpacing(body, line),
        "caption": TextSpacing(sizes.table, line, before=4, after=3),
        "table_cell": TextSpacing(sizes.table, sizes.table * 1.25),
        "footer": TextSpacing(sizes.footer, sizes.footer * 1.2),
        "note": TextSpacing(sizes.table, sizes.table * 1.2, after=sizes.table * 0.6),
        "banner": TextSpacing(sizes.banner, sizes.banner * 1.2),
    }
    for level in HEADING_LEVELS:
        size = style.heading_size(level)
        found[f"heading{level}"] = TextSpacing(
            size, size * 1.25, before=size * (0.9 if level == 1 else 0.6), after=size * 0.35)
    found.update(style.template_spacing)  # a Word template's own, where the PDF follows one
    return found


def block_gaps(style: HouseStyle) -> BlockGaps:
    return BlockGaps(
        list_end=style.sizes.body * 0.4,
        after_table=3 * MM,
        title_block_before=2 * MM,
        title_block_after=5 * MM,
        title_block_row_padding=1,
        cell_padding_vertical=3,
        cell_padding_horizontal=4,
        signing_room=2 * style.sizes.body * 1.4,  # two lines of body text
    )


# Office printers cannot ink the outer 4-6 mm of a sheet; furniture keeps 8 mm and more.
PRINTABLE_EDGE_MM = 9.0
FURNITURE_DISTANCE_MM = 10.0  # where the margins leave room for it


@dataclass(frozen=True)
class Furniture:
    """Where the header's marking and the footer's lines stand: the top of the header's
    line ``header_mm`` below the sheet's top edge (Word's header distance), the bottom of
    the footer's last line ``footer_mm`` above its bottom edge (Word's footer distance).
    ``one_line_footer``: the marking, the reference and the page number share one line,
    because a bottom margin this narrow has no room for two below the text."""

    header_mm: float
    footer_mm: float
    one_line_footer: bool


def furniture(style: HouseStyle, marked: bool) -> Furniture:
    margins = style.margins
    spacing = text_spacing(style)
    header, footer = style.header_footer_mm  # a Word template's, which the DOCX keeps
    if header is None:
        header = max(PRINTABLE_EDGE_MM, min(FURNITURE_DISTANCE_MM, margins.top * 0.45))
    if footer is None:
        footer = max(PRINTABLE_EDGE_MM, min(FURNITURE_DISTANCE_MM, margins.bottom * 0.45))
    two_lines_mm = (spacing["banner"].leading + spacing["footer"].leading) / MM
    return Furniture(header, footer, marked and footer + two_lines_mm > margins.bottom - 1)
