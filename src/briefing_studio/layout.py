"""Layout decisions shared by the exporters, so that the PDF and the DOCX agree."""

from __future__ import annotations

import re
from typing import Protocol

from .inline import plain_text


class Grid(Protocol):
    """A table as the layout sees it: the model's, or the plan's."""

    header: list[str]
    rows: list[list[str]]

    @property
    def column_count(self) -> int: ...


# Beyond this many characters a cell wraps anyway; longer text claims no more width.
WIDEST_USEFUL_CELL = 60
SHORT_CELL = 12
# An average character of a sans-serif text face, as a share of the font size; bold
# headers run a little wider, which the cell padding absorbs.
CHARACTER_WIDTH_EM = 0.58
POINT_MM = 25.4 / 72
CELL_PADDING_MM = 4.0
# No single long word (an address, a URL) may claim more than this share of the table.
LONGEST_WORD_SHARE = 0.45


def column_widths_mm(table: Grid, total_mm: float, font_size_pt: float) -> list[float]:
    """Each column's width, from its content: wide enough for its longest word, so that
    words are not broken, and beyond that in proportion to its typical cell."""
    columns = list(zip(table.header, *table.rows, strict=True))
    if not columns:
        return []
    char_mm = font_size_pt * CHARACTER_WIDTH_EM * POINT_MM
    wants, minimums = [], []
    for cells in columns:
        texts = [plain_text(cell) for cell in cells]
        lengths = [min(len(text), WIDEST_USEFUL_CELL) for text in texts]
        longest_word = max((len(word) for text in texts for word in text.split()), default=1)
        # A short cell ("Phase 1", "12 May") reads badly broken: keep it on one line.
        unbroken = max([longest_word, *(n for n in lengths if n <= SHORT_CELL)])
        wants.append(max((max(lengths) + sum(lengths) / len(lengths)) / 2, unbroken, 1))
        minimum = unbroken * char_mm + CELL_PADDING_MM
        minimums.append(min(minimum, total_mm * LONGEST_WORD_SHARE))
    if sum(minimums) >= total_mm:
        return [total_mm * minimum / sum(minimums) for minimum in minimums]
    return _share_out(total_mm, wants, minimums)


def _share_out(total: float, wants: list[float], minimums: list[float]) -> list[float]:
    """Widths in proportion to ``wants``; a column that would fall below its minimum
    gets its minimum, and the others share what is left."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(wants)) if i not in fixed]
        room = total - sum(fixed.values())
        weight = sum(wants[i] for i in free)
        widths = {i: room * wants[i] / weight for i in free}
        short = {i: minimums[i] for i, width in widths.items() if width < minimums[i]}
        if not short:
            return [fixed.get(i, widths.get(i, 0.0)) for i in range(len(wants))]
        fixed.update(short)


# A figure as tables print them: 40, 1,250, 3.5 %, -12, €4.2, ₺1.250,00, 2024.
NUMBER = re.compile(r"^[+\-\u2212]?(?:[$€£₺]\s?)?\d{1,3}(?:[.,\u00a0\u202f ]?\d{3})*"
                    r"(?:[.,]\d+)?\s?(?:%|[$€£₺])?$")
# Fewer body rows than this on a page, at either end of a page break, read as a stray.
LEAST_ROWS_ON_A_PAGE = 2


def numeric_columns(table: Grid) -> list[bool]:
    """For each column, whether its cells are figures (every filled body cell a number),
    which read best aligned right, units under units."""
    columns = list(zip(*table.rows, strict=True)) if table.rows else []
    found = []
    for index in range(table.column_count):
        cells = [plain_text(cell).strip() for cell in columns[index]] if columns else []
        filled = [cell for cell in cells if cell]
        found.append(bool(filled) and all(NUMBER.match(cell) for cell in filled))
    return found


# A figure is at most this share of the page's text height, so that its caption and a
# line of text still fit on its page.
FIGURE_MOST_HEIGHT = 0.85


def figure_size(share: float, natural: tuple[float, float], text_width: float,
                text_height: float, caption_height: float) -> tuple[float, float]:
    """A figure's printed width and height (in the unit of ``text_width``): ``share``
    of the text's width, its shape kept, smaller where the page is too short for it."""
    natural_width, natural_height = natural
    width = share * text_width
    height = width * natural_height / natural_width
    most = FIGURE_MOST_HEIGHT * text_height - caption_height
    if height > most:
        width, height = width * most / height, most
    return width, height
