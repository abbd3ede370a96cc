"""The flowables of our PDF that reportlab has no match for: pictures named by their
hash, the contents' lines, page breaks that never leave a page empty, tables that keep
rows together, and the marks that record where each place of the briefing starts."""

from __future__ import annotations

import io
from typing import NamedTuple

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Spacer
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import NullDraw

from ..layout import LEAST_ROWS_ON_A_PAGE
from ..model import Media

# A place in the briefing: a section's id (its heading, or its first block when it has
# none), a block's id, TITLE_BLOCK for the title block, plan.END_MATTER_PLACE for the
# signature and the lists after it.
Place = str | None
TITLE_BLOCK: Place = None


class HashedImage(ImageReader):
    """An image that reportlab names by the hash we already have: it would otherwise
    decode a JPEG, which it embeds as it is, to all its pixels only to name it (a
    12-megapixel photograph: 36 MB, held until the document is written)."""

    def __init__(self, media: Media) -> None:
        super().__init__(io.BytesIO(media.data))
        self.key = media.key
        self._dataA = None  # no transparency: read by drawImage beside the name

    def getRGBData(self) -> bytes:
        if self.jpeg_fh() is not None:
            return self.key.encode("ascii")
        return super().getRGBData()


class Picture(Flowable):
    """A PNG or JPEG, ``width`` by ``height`` points, at its full resolution."""

    def __init__(self, media: Media, width: float, height: float) -> None:
        super().__init__()
        self.media, self.width, self.height = media, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(HashedImage(self.media), 0, 0, self.width, self.height,
                            mask="auto")


class KeepWithNext(CondPageBreak):
    """A page break unless ``height`` is left on the page: what keeps a heading or a
    caption with what follows. It passes the space below the flowable before it on to
    the next, so that the space between two paragraphs stays the larger of the space
    below the one and above the other, as Word and LibreOffice space them (and
    reportlab does for paragraphs that meet)."""

    _SPACETRANSFER = True


def destination(place: str) -> str:
    """The name of the place a heading's bookmark and the contents' links go to."""
    return f"h-{place}"


class DrawnLine(NamedTuple):
    """Where a contents line was drawn on its page, for its number and link."""

    place: str
    left: float
    bottom: float
    top: float
    text_end: float  # where its last line of text ends, for the leader
    baseline: float  # of its last line


class ContentsLine(Flowable):
    """A contents line: its text, the room for its page number kept at the right."""

    NUMBER_ROOM = 14 * mm

    def __init__(self, place: str, paragraph: PdfParagraph) -> None:
        super().__init__()
        self.place, self.paragraph = place, paragraph

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        _, self.height = self.paragraph.wrap(available_width - self.NUMBER_ROOM,
                                             available_height)
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return self.paragraph.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.paragraph.getSpaceAfter()

    def draw(self) -> None:
        self.paragraph.drawOn(self.canv, 0, 0)
        style = self.paragraph.style
        lines = self.paragraph.blPara.lines
        last = lines[-1] if lines else None
        width = self.width - self.NUMBER_ROOM - style.leftIndent
        # reportlab keeps a plain line as (extra space, words), a marked-up one as an
        # object with that attribute.
        spare = last[0] if isinstance(last, tuple) else getattr(last, "extraSpace", width)
        used = width - spare if last is not None else 0
        x, y = self.canv.absolutePosition(0, 0)
        baseline = y + self.height - style.fontSize - (len(lines) - 1) * style.leading
        self.canv.drawn_lines.setdefault(self.canv.getPageNumber(), []).append(DrawnLine(
            self.place, x, y, y + self.height, x + style.leftIndent + used, baseline))


class NewPage(ActionFlowable):
    """A page break, unless nothing has been printed on the page yet (reportlab's
    PageBreakIfNotEmpty counts the marks and spaces that print nothing)."""

    def apply(self, document: BaseDocTemplate) -> None:
        if document.printed_on_page:
            document.handle_pageBreak()


class RowKeepingTable(PdfTable):
    """A table that splits across pages only where at least ``least_rows`` body rows
    stay on each side of the break, as the DOCX keeps its first and last rows with
    their neighbours; a shorter table moves to the next page whole."""

    def __init__(self, *args, least_rows: int = LEAST_ROWS_ON_A_PAGE, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.least_rows = least_rows

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        split_at = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        if not self.least_rows or not split_at:
            return split_at
        header, rows = self.repeatRows, len(self._rowHeights)
        split_at = min(split_at, rows - self.least_rows)
        return split_at if split_at - header >= self.least_rows else 0

    def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]:
        # reportlab makes the parts with this class's constructor, without our keyword.
        parts = super()._splitRows(availHeight, doInRowSplit)
        for part in parts:
            part.least_rows = self.least_rows
        return parts


class PlaceMark(NullDraw):
    """Marks where a place of the briefing starts. It takes no room, and the two flags
    (those of reportlab's own zero-size flowables) keep the spacing around it as if it
    were not there, so that the layout is the same with or without marks."""

    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self, place: Place) -> None:
        super().__init__()
        self.place = place

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        # Not even the save and restore of the graphics state that Flowable.drawOn
        # writes around every flowable: the page's content stays as it was without marks.
        pass


def marked(place: Place, flowables: list[Flowable]) -> list[Flowable]:
    """A block's flowables with its mark before the first that prints (after the test
    that keeps a caption with its table, which may move both to the next page), or none
    for a block that prints nothing."""
    if not flowables:
        return []
    first = next((i for i, f in enumerate(flowables) if not isinstance(f, Spacer)),
                 len(flowables))
    return [*flowables[:first], PlaceMark(place), *flowables[first:]]
