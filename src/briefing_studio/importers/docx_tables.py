"""A Word table as the grid a reader sees, each merged cell's text written once.

python-docx's ``Table.rows``/``row.cells`` return the same cell for every grid column
it spans and miss rows and cells wrapped in content controls, so the importer reads
``w:tbl`` itself: ``w:gridBefore``/``w:gridAfter`` are empty columns at a row's ends
(17.4.15, 17.4.14), a ``w:gridSpan`` cell is its text then empty columns (17.4.17), and a
``w:vMerge`` continuation is empty, its text being the restarting cell's (17.4.85).
Spans are not carried into the model: its tables are plain grids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from docx.oxml.ns import qn
from lxml import etree

from .docx_text import W

# Wrappers around rows or cells that are read through (17.5.2 content controls, 17.5.1
# custom XML).
WRAPPERS = (f"{W}sdt", f"{W}customXml")
MAX_COLUMNS = 63


def table_grid(table: etree._Element,
               cell_text: Callable[[etree._Element], str]) -> list[list[str]]:
    """The table's rows of cell text, deleted rows left out, merged cells once."""
    return [_row_cells(row, cell_text) for row in _wrapped(table, f"{W}tr")
            if row.find(f"{W}trPr/{W}del") is None]  # a tracked row deletion, accepted


def _row_cells(row: etree._Element, cell_text: Callable[[etree._Element], str]) -> list[str]:
    cells = [""] * _grid_count(row, "gridBefore")
    for cell in _wrapped(row, f"{W}tc"):
        merge = cell.find(f"{W}tcPr/{W}vMerge")
        continues = merge is not None and merge.get(qn("w:val"), "continue") == "continue"
        cells.append("" if continues else cell_text(cell))
        cells.extend([""] * (_span(cell) - 1))
    return cells + [""] * _grid_count(row, "gridAfter")


def _wrapped(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with ``tag``, including those inside content controls and custom XML."""
    for child in parent.iterchildren(tag=etree.Element):
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            content = child.find(f"{W}sdtContent") if child.tag == f"{W}sdt" else child
            if content is not None:
                yield from _wrapped(content, tag)


def _span(cell: etree._Element) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    return _count(span)


def _grid_count(row: etree._Element, name: str) -> int:
    found = row.find(f"{W}trPr/{W}{name}")
    return 0 if found is None else _count(found)


def _count(element: etree._Element | None) -> int:
    """A ``w:val`` count, 1 when absent; a damaged value counts as 1 rather than failing,
    and none exceeds Word's 63 columns (a corrupt span must not fill the memory)."""
    if element is None:
        return 1
    try:
        return min(MAX_COLUMNS, max(1, int(element.get(qn("w:val"), "1"))))
    except ValueError:
        return 1
