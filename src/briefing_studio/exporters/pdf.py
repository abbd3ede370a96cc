"""The briefing's plan as a print-ready PDF, laid out by reportlab's platypus.

The plan (``briefing_studio.plan``) becomes a flat list of flowables, one function per
node type (the flowables of our own are in ``pdf_flowables``); the page furniture
(classification marking top and bottom, reference, "Page X of Y"), the notes at the
foot of each page and the contents' page numbers are drawn when the document is saved,
when every page is known, so the document is laid out once. The same single layout records where
every heading and block starts, so that the app's preview can show the place being
edited.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import re
from pathlib import Path
from typing import BinaryIO, NamedTuple

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFObjectReference
from reportlab.pdfbase.pdfmetrics import getDescent, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable
from reportlab.platypus.doctemplate import ActionFlowable

from .. import __version__
from ..atomicfile import replacing
from ..errors import ExportError
from ..inline import parse_inline, plain_text
from ..layout import LEAST_ROWS_ON_A_PAGE, column_widths_mm, figure_size, numeric_columns
from ..media import pixel_size
from ..model import CONTENTS_FROM_PAGES, HEADING_LEVELS, Briefing
from ..options import ExportOptions
from ..plan import (
    CAPTION_SEPARATOR,
    END_MATTER_PLACE,
    DocumentInfo,
    EndList,
    FigureNode,
    ItemNode,
    ListNode,
    Node,
    ParagraphNode,
    Plan,
    SectionNode,
    TableNode,
    make_plan,
)
from ..script import has_rtl, split_by_direction
from ..spacing import Furniture, TextSpacing, block_gaps, furniture, text_spacing
from ..style import HouseStyle
from ..xmltext import clean, escape
from .pdf_flowables import (
    TITLE_BLOCK,
    ContentsLine,
    DrawnLine,
    KeepWithNext,
    NewPage,
    Picture,
    Place,
    PlaceMark,
    RowKeepingTable,
    destination,
    marked,
)
from .pdf_fonts import FontFamily, register
from .pdf_metadata import add_metadata
from .pdf_rtl import RtlParagraph
from .template_look import template_look

PAGE_HEIGHT_LIMIT = 10_000  # points: room enough for any paragraph to wrap in
TABLE_RULE = 0.5  # points
LEAST_LINES_AFTER_A_HEADING = 2
NUMBER_INDENT_MM = 25.4 / 4  # Word's list indent, a quarter inch

class PagePosition(NamedTuple):
    """Where something starts in the PDF: its page, from 0, and points from the page's top."""

    page: int
    top: float


PlaceMap = dict[Place, PagePosition]


def write_pdf(briefing: Briefing, path: Path, options: ExportOptions) -> None:
    """Write the PDF to ``path``; the file appears only when it is complete."""
    try:
        with replacing(path) as temporary:
            render_pdf(make_plan(briefing, options), temporary, pdf_style(options))
    except OSError as error:
        raise ExportError(path, f"cannot write: {error.strerror or error}") from error
    except (LayoutError, ValueError) as error:
        raise ExportError(path, f"cannot lay out the document: {error}") from error


def pdf_style(options: ExportOptions) -> HouseStyle:
    """The house style, or where the DOCX is made on a Word template, the template's
    paper, fonts and spacing, so that the PDF is the same document as the DOCX."""
    if options.docx_template is None:
        return options.style
    return template_look(options.style, options.docx_template)


def render_pdf(plan: Plan, target: Path | BinaryIO, style: HouseStyle) -> PlaceMap:
    """Lay out the plan into ``target``, a path or a writable binary stream (the app's
    preview renders into memory), and say where each of its places (by id) starts.

    Table rows never split across pages, unless a row is taller than a page: that
    case is found by the layout itself, and laid out again with such rows split.
    """
    try:
        return _PdfBuilder(plan, style).build(target)
    except LayoutError:
        if not isinstance(target, Path):
            target.seek(0)
            target.truncate()
        return _PdfBuilder(plan, style, split_tall_rows=True).build(target)


def heading_pages(plan: Plan, style: HouseStyle) -> dict[str, int] | None:
    """The page (from 1) each heading prints on, by its section's id, laid out as the
    PDF lays it out; None when the contents are automatic and the document too short
    to have them."""
    builder = _PdfBuilder(plan, style)
    places = builder.build(io.BytesIO())
    if not builder.with_contents:
        return None
    return {place: position.page + 1 for place, position in places.items()
            if isinstance(place, str)}


@dataclasses.dataclass(frozen=True)
class _Fonts:
    body: FontFamily
    heading: FontFamily
    arabic: FontFamily


# Notes: the callback their references make, the passes that find each page its room
# (two are usual), the gap above them holding their rule, and the rule's length.
NOTE_DRAWN = "note"
NOTE_DRAWN_TAG = re.compile(f'<onDraw name="{NOTE_DRAWN}" label="\\d+"/>')
NOTE_PASSES = 5
NOTE_RULE_GAP = 8.0
NOTE_RULE_MM = 40
NOTE_MOST_SHARE = 0.6


class _PdfBuilder:
    def __init__(self, plan: Plan, style: HouseStyle, split_tall_rows: bool = False) -> None:
        # splitInRow is the least height (points) a split row keeps on a page; 0 is never.
        self.split_tall_rows = 24 if split_tall_rows else 0
        self.plan = plan
        self.style = style
        self.fonts = _Fonts(
            body=register(style.pdf_fonts.body),
            heading=register(style.pdf_fonts.heading),
            arabic=register(style.pdf_fonts.arabic),
        )
        self.styles = _paragraph_styles(style, self.fonts)
        self.spacing = text_spacing(style)
        self.gaps = block_gaps(style)
        self.cited: list[int] = []  # the notes met in the text of the paragraph being made
        self.notes_at_foot = True  # else at the end of the paragraph that cites them

    def build(self, target: Path | BinaryIO) -> PlaceMap:
        """Lay the document out, with its contents where the plan wants them; where it
        leaves them to the length (automatic), once without, and again with them if the
        document runs to CONTENTS_FROM_PAGES pages."""
        self.with_contents = bool(self.plan.contents_wanted)
        buffer, places = self._laid_out()
        if self.plan.contents_wanted is None and self.pages >= CONTENTS_FROM_PAGES:
            self.with_contents = True
            buffer, places = self._laid_out()
        if isinstance(target, Path):
            target.write_bytes(buffer.getvalue())
        else:
            target.write(buffer.getvalue())
        return places

    def _laid_out(self) -> tuple[io.BytesIO, PlaceMap]:
        """The document laid out; with notes, again, each page's text shortened by the
        notes its references put at its foot, until every page has room for its notes
        (the room only grows, so the passes end). A page whose notes would fill most of
        it has them instead at the end of each paragraph that cites them, throughout."""
        buffer = io.BytesIO()
        if not self.plan.notes:
            return buffer, self._build(buffer, {})[0]
        room: dict[int, float] = {}
        most = NOTE_MOST_SHARE * self._frame(0).height
        for _ in range(NOTE_PASSES):
            buffer = io.BytesIO()
            places, noted = self._build(buffer, room)
            needed = {page: self._notes_height(numbers) for page, numbers in noted.items()}
            if all(height <= room.get(page, 0) for page, height in needed.items()):
                break
            if any(height > most for height in needed.values()):
                self.notes_at_foot = False
                buffer = io.BytesIO()
                places, _ = self._build(buffer, {})
                break
            room = {page: max(room.get(page, 0), needed.get(page, 0))
                    for page in room.keys() | needed.keys()}
        return buffer, places

    def _build(self, target: Path | BinaryIO, room: dict[int, float]
               ) -> tuple[PlaceMap, dict[int, list[int]]]:
        """One layout; the pages' notes, by page, as their references were drawn."""
        width, height = (side * mm for side in self.style.page_size_mm)
        info = self.plan.info
        document = _BriefingDocument(
            str(target) if isinstance(target, Path) else target, pagesize=(width, height),
            pageTemplates=[PageTemplate("page", [self._frame(0)])], frame=self._frame,
            room=room,
            title=info.title, author=info.author, subject=info.subject,
            keywords=info.keywords, creator=f"Briefing Studio {__version__}",
            lang=info.language or None,
            # The initial font is named in every page's preamble; reportlab's default,
            # Helvetica, would be an unembedded font in an otherwise self-contained PDF.
            initialFontName=self.fonts.body.regular,
        )
        draw_furniture = functools.partial(_draw_furniture, style=self.style, plan=self.plan,
                                           font=self.fonts.body, spacing=self.spacing,
                                           place=furniture(self.style,
                                                           bool(self.plan.marking.text)))
        canvas_maker = functools.partial(
            _FurnishingCanvas, furniture=draw_furniture, info=info, notes=self._draw_notes,
            contents=functools.partial(self._draw_page_numbers, places=document.places))
        document.build(self.story(), canvasmaker=canvas_maker)
        self.pages = document.page
        return document.places, document.canv.noted

    def _frame(self, room: float) -> Frame:
        """The frame of the text on a page whose foot holds ``room`` points of notes."""
        width, height = (side * mm for side in self.style.page_size_mm)
        margins = self.style.margins
        return Frame(margins.left * mm, margins.bottom * mm + room,
                     width - (margins.left + margins.right) * mm,
                     height - (margins.top + margins.bottom) * mm - room,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # ------------------------------------------------------------ notes at the foot

    def _note_markup(self, number: int) -> str:
        return f"<super>{number}</super> {self._markup(self.plan.notes[number - 1])}"

    def _wrapped_notes(self, numbers: list[int]) -> list[tuple[PdfParagraph, float]]:
        """The notes as paragraphs wrapped to the text's width, with the height each
        takes at the foot of the page."""
        width = self.style.text_width_mm * mm
        paragraphs = [self._para(self._note_markup(number), "note", markup=True)
                      for number in numbers]
        return [(paragraph, paragraph.wrap(width, PAGE_HEIGHT_LIMIT)[1]
                 + paragraph.style.spaceAfter) for paragraph in paragraphs]

    def _notes_height(self, numbers: list[int]) -> float:
        return NOTE_RULE_GAP + sum(height for _, height in self._wrapped_notes(numbers))

    def _draw_notes(self, canvas: Canvas, numbers: list[int]) -> None:
        """The page's notes at the foot of its text, under a short rule."""
        margins = self.style.margins
        x, y = margins.left * mm, margins.bottom * mm
        notes = self._wrapped_notes(numbers)
        top = y + sum(height for _, height in notes)
        canvas.saveState()
        canvas.setStrokeColor(HexColor(self.style.colours.rule))
        canvas.setLineWidth(0.5)
        canvas.line(x, top + NOTE_RULE_GAP / 2, x + NOTE_RULE_MM * mm, top + NOTE_RULE_GAP / 2)
        canvas.restoreState()
        for paragraph, height in notes:
            top -= height
            paragraph.drawOn(canvas, x, top + paragraph.style.spaceAfter)

    # ------------------------------------------------------------ contents

    def _contents(self) -> list[Flowable]:
        """The contents: a line for each heading, indented by level, that links to it;
        its dotted leader and page number are drawn when the document is saved, when
        every heading's page is known, so that the document is laid out once."""
        title = self._para(self.plan.words["contents"], "heading1")
        entries = [ContentsLine(entry.id, self._para(
            entry.text, f"contents{entry.level}", markup=False)) for entry in self.plan.contents]
        return [title, *entries, Spacer(0, self.gaps.title_block_after), PageBreak()]

    def _draw_page_numbers(self, canvas: Canvas, lines: list[DrawnLine], *,
                           places: PlaceMap) -> None:
        """The leader and page number of each contents line drawn on this page, and
        the link that takes a reader to the heading."""
        font, size = self.fonts.body.regular, self.spacing["body"].size
        right = (self.style.margins.left + self.style.text_width_mm) * mm
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.setFillColor(HexColor(self.style.colours.text))
        for index, line in enumerate(lines):
            if line.place not in places:
                continue
            number = str(places[line.place].page + 1)
            number_left = right - stringWidth(number, font, size)
            canvas.drawRightString(right, line.baseline, number)
            dot = stringWidth(". ", font, size)
            start = line.text_end + dot
            dots = int((number_left - dot - start) / dot)
            if dots > 0:
                canvas.drawString(start, line.baseline, ". " * dots)
            # Named: the canvas's own count of links is put back with each page's state.
            canvas.linkRect("", destination(line.place),
                            (line.left, line.bottom, right, line.top), relative=0,
                            thickness=0, name=f"contents-{canvas.getPageNumber()}-{index}")
        canvas.restoreState()

    # ------------------------------------------------------------ the story

    def story(self) -> list[Flowable]:
        flowables = [PlaceMark(TITLE_BLOCK), *self._title_block()]
        if self.with_contents and self.plan.contents:
            flowables += self._contents()
        body = self.plan.body_sections
        for section in self.plan.sections[:body]:
            flowables += self._section(section)
        flowables += self._end_matter()
        for section in self.plan.sections[body:]:
            flowables += self._section(section)
        return flowables

    def _title_block(self) -> list[Flowable]:
        block = self.plan.title_block
        flowables: list[Flowable] = [self._para(line, "letterhead") for line in block.heading_lines]
        if flowables:
            flowables.append(Spacer(0, self.gaps.title_block_before))
        if block.doc_type:
            flowables.append(self._para(block.doc_type, "doc_type"))
        if block.title:
            title = self._para(block.title, "title")
            title.outline = (plain_text(block.title), 0)
            flowables.append(title)
        if block.subtitle:
            flowables.append(self._para(block.subtitle, "subtitle"))
        rows = [[self._para(label, "meta_label"), self._para(value, "meta_value")]
                for label, value in block.rows]
        if rows:
            table = PdfTable(rows, colWidths=[32 * mm, None], hAlign="LEFT")
            table.setStyle(TableStyle([
                # A table sets its cells' font even where they hold paragraphs; left at
                # its default that is Helvetica, which is never embedded.
                ("FONTNAME", (0, 0), (-1, -1), self.fonts.body.regular),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), self.gaps.title_block_row_padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), self.gaps.title_block_row_padding),
                ("LINEBELOW", (0, -1), (-1, -1), 0.75, HexColor(self.style.colours.rule)),
            ]))
            flowables += [Spacer(0, self.gaps.title_block_before), table]
        if flowables:  # an empty title block takes no room
            flowables.append(Spacer(0, self.gaps.title_block_after))
        return flowables

    def _end_matter(self) -> list[Flowable]:
        """The signature, with room above it to sign, then the attachments and the
        distribution, kept together; a long list of attachments on a page of its own."""
        end = self.plan.end_matter
        flowables: list[Flowable] = []
        if end.signature:
            flowables.append(Spacer(0, self.gaps.signing_room))
            flowables += [self._para(line.text, f"signature_{end.signature_align}")
                          for line in end.signature]
        for listed in end.lists:
            flowables += self._end_list(listed)
        if flowables:
            flowables = [Spacer(0, self.gaps.title_block_after), PlaceMark(END_MATTER_PLACE),
                         KeepTogether(flowables)]
        if end.attachment_page is not None:
            flowables += [NewPage(), self._para(end.attachment_page_title, "letterhead"),
                          Spacer(0, self.gaps.title_block_after),
                          *self._end_items(end.attachment_page)]
        return flowables

    def _end_list(self, listed: EndList) -> list[Flowable]:
        """"Ek: Toplantı gündemi" on one line; more items each on a line of their own
        under the label, numbered where they are attachments."""
        label = f"<b>{self._markup(listed.label)}:</b>"
        if len(listed.items) == 1:
            return [self._para(f"{label} {self._markup(listed.items[0])}", "end_label",
                               markup=True)]
        return [self._para(label, "end_label", markup=True), *self._end_items(listed)]

    def _end_items(self, listed: EndList) -> list[Flowable]:
        return [self._para(item, "end_item", bullet=f"{number}." if listed.numbered else None)
                for number, item in enumerate(listed.items, start=1)]

    def _section(self, section: SectionNode) -> list[Flowable]:
        # A new page, unless the section stands at the top of one already.
        flowables: list[Flowable] = [NewPage()] if section.new_page else []
        blocks = [marked(block.id, self._block(block)) for block in section.blocks]
        heading = None
        if section.heading is not None:
            number, level = section.heading.number, section.heading.level
            heading = self._para(section.heading.text, f"heading{level}", number=number)
            # Level 0 is the title's, when there is one; PDF outlines cannot skip a level.
            outline_level = level - (0 if self.plan.title_block.title else 1)
            heading.outline = (f"{number} {plain_text(section.heading.text)}".strip(),
                               outline_level)
            heading.destination = destination(section.id)
            # A heading never ends a page: it moves over unless it fits with two lines
            # of what follows, as Word keeps a heading with the next paragraph and that
            # paragraph's first two lines together; or with all of a first block that
            # keeps itself together (a figure and its caption, a caption and its first
            # rows). A page-break test costs nothing; keepWithNext would lay out the
            # next block twice.
            _, height = heading.wrap(self.style.text_width_mm * mm, PAGE_HEIGHT_LIMIT)
            kept = next((f.height for f in blocks[0] if isinstance(f, KeepWithNext)), None) \
                if blocks else None
            if kept is None:
                kept = LEAST_LINES_AFTER_A_HEADING * self.styles["body"].leading
            flowables.append(KeepWithNext(
                heading.style.spaceBefore + height + heading.style.spaceAfter + kept))
        # Marked after the page-break test, which may move the heading to the next page.
        flowables.append(PlaceMark(section.id))
        if heading is not None:
            flowables.append(heading)
        for block_flowables in blocks:
            flowables += block_flowables
        return flowables

    def _block(self, block: Node) -> list[Flowable]:
        match block:
            case ParagraphNode(number=number) if number:
                return [self._para(block.text, "numbered_body", bullet=number)]
            case ParagraphNode():
                return [self._para(block.text, "body")]
            case ListNode():
                return self._list(block)
            case TableNode():
                return self._table(block)
            case FigureNode():
                return self._figure(block)
        raise TypeError(f"no PDF for {block!r}")

    def _figure(self, figure: FigureNode) -> list[Flowable]:
        """The picture centred, ``width`` of the text's width wide (less where the page
        is too short for it), with its caption below; the two stay on one page."""
        caption = None
        if figure.caption is not None:
            caption = self._para(
                figure.caption.label + CAPTION_SEPARATOR + figure.caption.text,
                "figure_caption")
        if figure.media.is_vector:
            from .svg_drawing import svg_drawing  # svglib is loaded for SVGs only

            picture: Flowable = svg_drawing(figure.media.data, self.fonts.body)
            natural_width, natural_height = picture.width, picture.height
        else:
            natural_width, natural_height = pixel_size(figure.media.data)
        text_width = self.style.text_width_mm * mm
        caption_height = 0.0
        if caption is not None:
            caption_height = (caption.wrap(text_width, PAGE_HEIGHT_LIMIT)[1]
                              + caption.style.spaceBefore + caption.style.spaceAfter)
        width, height = figure_size(figure.width, (natural_width, natural_height), text_width,
                                    self._frame(0).height, caption_height)
        if figure.media.is_vector:
            scale = width / natural_width
            picture.scale(scale, scale)
            picture.width, picture.height = width, height
        else:
            picture = Picture(figure.media, width, height)
        picture.hAlign = "CENTER"
        flowables: list[Flowable] = [KeepWithNext(height + caption_height),
                                     Spacer(0, self.gaps.after_table), picture]
        if caption is not None:
            flowables.append(caption)
        return [*flowables, Spacer(0, self.gaps.after_table)]

    def _list(self, bullets: ListNode) -> list[Flowable]:
        # Paragraph bullets rather than a ListFlowable: the same look, laid out in one
        # pass per item instead of two.
        if not bullets.items:
            return []
        kind = "numbered" if bullets.numbered else "bullet"
        style = self._bullet_style(kind, bullets.items[-1].marker)
        count = len(bullets.items)
        return [
            self._para(self._bullet_markup(item), self._item_style(kind, style, number, count),
                       markup=True, bullet=item.marker)
            for number, item in enumerate(bullets.items, start=1)
        ]

    def _item_style(self, kind: str, style: str, number: int, count: int) -> str:
        """``style`` for an item of a list of ``count``: the last item has the list's
        space below it, as in the DOCX; where the list style leaves out the space between
        its items (a Word template's, "contextual"), only the first has space above and
        only the last below."""
        contextual = self.spacing[kind].contextual
        last = number == count
        if not contextual and not last:
            return style
        space_above = number == 1 or not contextual
        base = self.styles[style]
        return self._derived(
            f"{style}-{'above' if space_above else ''}{'last' if last else ''}", style,
            spaceBefore=base.spaceBefore if space_above else 0,
            spaceAfter=base.spaceAfter + self.gaps.list_end if last else 0)

    def _bullet_style(self, kind: str, widest_bullet: str) -> str:
        """The style of a list's items (``kind``: bullet or numbered), its indent widened
        when long numbers ("10.", "100.") need it."""
        base = self.styles[kind]
        needed = base.bulletIndent + stringWidth(widest_bullet, base.bulletFontName,
                                                 base.bulletFontSize) + 1.5 * mm
        if needed <= base.leftIndent:
            return kind
        return self._derived(f"{kind}-{round(needed)}", kind, leftIndent=needed)

    def _derived(self, name: str, parent: str, **changes) -> str:
        """The style ``name``: ``parent`` with ``changes``, made once, with its shaped
        twin for text with Arabic (see ``_para``)."""
        if name not in self.styles:
            self.styles[name] = ParagraphStyle(name, parent=self.styles[parent], **changes)
            self.styles[f"{name}_shaped"] = ParagraphStyle(f"{name}_shaped",
                                                           parent=self.styles[name], shaping=1)
        return name

    def _bullet_markup(self, item: ItemNode) -> str:
        parts = []
        if item.badge is not None:
            parts.append(f'<font backColor="{item.badge.colour}" color="white"><b>&nbsp;'
                         f"{self._markup(item.badge.word)}&nbsp;</b></font> ")
        if item.label:
            parts.append(f"{self._markup(item.label + ':', bold=True)} ")
        parts.append(self._markup(item.text))
        return "".join(parts)

    def _table(self, table: TableNode) -> list[Flowable]:
        caption = None
        if table.caption is not None:
            caption = self._para(table.caption.label + CAPTION_SEPARATOR + table.caption.text,
                                 "caption")
        if not table.column_count:  # the caption is printed, with no table to caption
            return [caption] if caption is not None else []
        widths = [w * mm for w in column_widths_mm(table, self.style.text_width_mm,
                                                    self.style.sizes.table)]
        right = numeric_columns(table)
        rows = [[self._cell(cell, width, header, aligned_right)
                 for cell, width, aligned_right in zip(row, widths, right, strict=True)]
                for header, row in [(True, table.header), *((False, r) for r in table.rows)]]
        colours, size = self.style.colours, self.style.sizes.table
        # A row taller than a page cannot move to the next page either: only then may
        # it split (see render_pdf).
        pdf_table = RowKeepingTable(rows, colWidths=widths, repeatRows=1, hAlign="CENTER",
                                     splitInRow=self.split_tall_rows,
                                     least_rows=0 if self.split_tall_rows
                                     else LEAST_ROWS_ON_A_PAGE)
        # Very many columns leave little room: padding never takes a cell's whole width.
        padding = min(self.gaps.cell_padding_horizontal, min(widths) / 4)
        # Word and LibreOffice count a row's rule into its height; reportlab draws it over
        # the padding. Half of it above the text and half below, as they do.
        vertical = self.gaps.cell_padding_vertical + TABLE_RULE / 2
        pdf_table.setStyle(TableStyle([
            # For the cells that are plain strings (see _cell).
            ("FONTNAME", (0, 0), (-1, 0), self.fonts.body.bold),
            ("FONTNAME", (0, 1), (-1, -1), self.fonts.body.regular),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.25),
            ("TEXTCOLOR", (0, 0), (-1, 0), HexColor(colours.table_header_text)),
            ("TEXTCOLOR", (0, 1), (-1, -1), HexColor(colours.text)),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(colours.table_header)),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [white, HexColor(colours.table_zebra)]),
            ("GRID", (0, 0), (-1, -1), TABLE_RULE, HexColor(colours.table_border)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), padding),
            ("RIGHTPADDING", (0, 0), (-1, -1), padding),
            ("TOPPADDING", (0, 0), (-1, -1), vertical),
            ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
            *(("ALIGN", (column, 0), (column, -1), "RIGHT")
              for column, aligned_right in enumerate(right) if aligned_right),
        ]))
        # Above a table, the space below what comes before it, as in the DOCX (where a
        # table can have no space of its own above it).
        gap = Spacer(0, self.gaps.after_table)
        if caption is None:
            return [pdf_table, gap]
        # The caption stays with the header and the first rows, as Word keeps a caption
        # with the next paragraph and the rows with each other.
        frame_width = self.style.text_width_mm * mm
        _, caption_height = caption.wrap(frame_width, PAGE_HEIGHT_LIMIT)
        pdf_table.wrap(frame_width, PAGE_HEIGHT_LIMIT)
        first_rows = sum(pdf_table._rowHeights[:1 + LEAST_ROWS_ON_A_PAGE])
        return [KeepWithNext(caption.style.spaceBefore + caption_height
                              + caption.style.spaceAfter + first_rows), caption, pdf_table, gap]

    def _cell(self, text: str, width: float, header: bool,
              aligned_right: bool) -> str | PdfParagraph:
        """A table cell: a plain string when it is short, unstyled text that fits on one
        line, which reportlab draws without paragraph layout (most cells of most
        tables); otherwise a wrapping paragraph."""
        font = self.fonts.body.bold if header else self.fonts.body.regular
        plain = clean(text)
        if (
            not any(mark in plain for mark in "*\n")
            and not has_rtl(plain)
            and self.fonts.body.covers(plain)
            and stringWidth(plain, font, self.style.sizes.table)
            <= width - 2 * self.gaps.cell_padding_horizontal
        ):
            return plain
        style = "table_header" if header else "table_cell"
        return self._para(text, f"{style}_right" if aligned_right else style)

    # ------------------------------------------------------------ text

    def _para(self, text: str, style: str, markup: bool = False, number: str = "",
              bullet: str | None = None) -> PdfParagraph:
        content = text if markup else self._markup(text)
        cited, self.cited = self.cited, []
        if number:
            content = f"{number}&nbsp;&nbsp;{content}"
        if cited and not self.notes_at_foot:
            # A page cites more notes than its foot holds: the notes a paragraph cites
            # end it, in small type, on the page of its last line.
            content = NOTE_DRAWN_TAG.sub("", content)
            content += "".join(self._note_line(note) for note in cited)
        if any(face in content for face in self.fonts.arabic.faces):
            # Shaping (harfbuzz) joins Arabic letters and orders the run right to left;
            # only paragraphs that need it pay for it. See pdf_rtl for the drawing.
            return RtlParagraph(content, self.styles[f"{style}_shaped"], bulletText=bullet)
        return PdfParagraph(content, self.styles[style], bulletText=bullet)

    def _note_line(self, note: int) -> str:
        room = self.spacing["note"]
        return (f'<br/><font name="{self.fonts.body.regular}" size="{room.size}">'
                f"{self._note_markup(note)}</font>")

    def _markup(self, text: str, bold: bool = False) -> str:
        """User text as reportlab paragraph markup: everything escaped, so that
        ``<b>`` and ``&`` print as written, then ``**bold**`` and ``*italic*`` as tags,
        right-to-left runs in the Arabic face of the same weight, line breaks kept."""
        parts = []
        for span in parse_inline(clean(text)):
            if span.note:
                # The reference, and the call that tells the canvas its page.
                parts.append(f'<super>{span.note}</super><onDraw name="{NOTE_DRAWN}" '
                             f'label="{span.note}"/>')
                self.cited.append(span.note)
                continue
            span_bold = span.bold or bold
            piece_markup = "".join(self._run(piece, rtl, span_bold, span.italic)
                                   for piece, rtl in split_by_direction(span.text))
            if span_bold:
                piece_markup = f"<b>{piece_markup}</b>"
            if span.italic:
                piece_markup = f"<i>{piece_markup}</i>"
            parts.append(piece_markup)
        return "".join(parts).replace("\n", "<br/>")

    def _run(self, text: str, rtl: bool, bold: bool, italic: bool) -> str:
        if rtl:
            face = self.fonts.arabic.face(bold, italic)
            return f'<font name="{face}">{escape(text)}</font>'
        return escape(text)


class _BriefingDocument(BaseDocTemplate):
    def __init__(self, *args, frame, room: dict[int, float], **kwargs) -> None:
        self._make_frame, self._room = frame, room
        super().__init__(*args, **kwargs)
        self.places: PlaceMap = {}
        self._unconfirmed: list[Place] = []
        self.printed_on_page = False

    def handle_pageBegin(self) -> None:
        # The page about to begin keeps room at its foot for its notes.
        self.pageTemplate.frames = [self._make_frame(self._room.get(self.page + 1, 0))]
        self.printed_on_page = False
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, (PlaceMark, Spacer, ActionFlowable, CondPageBreak)):
            self.printed_on_page = True
        self._record_place(flowable)
        self._bookmark(flowable)

    def _record_place(self, flowable: Flowable) -> None:
        """A mark records where the frame stands. The next flowable that prints
        confirms it, or, when that flowable did not fit there and moved to the next
        page, the place is the top of that page."""
        if isinstance(flowable, PlaceMark):
            self.places[flowable.place] = self._position(self.frame._y)
            self._unconfirmed.append(flowable.place)
            return
        if not self._unconfirmed or isinstance(flowable, (ActionFlowable, CondPageBreak)):
            return
        for place in self._unconfirmed:
            if self.places[place].page != self.page - 1:
                # The first flowable on a page stands at the frame's top (its space
                # before is dropped there).
                self.places[place] = self._position(self.frame._y2 - self.frame._topPadding)
        self._unconfirmed.clear()

    def _position(self, y: float) -> PagePosition:
        return PagePosition(self.page - 1, self.pagesize[1] - y)

    def _bookmark(self, flowable: Flowable) -> None:
        """A bookmark for every heading, nested by level."""
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level = outline
        self._outline_levels = getattr(self, "_outline_levels", [])
        # PDF outlines cannot skip a level: a level 3 heading under a level 1 heading
        # nests one level down.
        deepest = len(self._outline_levels)
        level = min(level, deepest)
        del self._outline_levels[level:]
        self._outline_levels.append(title)
        key = getattr(flowable, "destination", f"outline-{id(flowable)}")
        self.canv.bookmarkHorizontal(key, 0, self.frame._y + flowable.height + 12)
        self.canv.addOutlineEntry(clean(title), key, level=level, closed=False)


class _FurnishingCanvas(Canvas):
    """A canvas that keeps each page open until the document is saved, then draws the
    page furniture on every page, now that "of Y" is known, and the notes whose
    references were drawn on it."""

    def __init__(self, *args, furniture, info: DocumentInfo, notes, contents,
                 **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._notes = notes
        self._contents = contents
        self.drawn_lines: dict[int, list[DrawnLine]] = {}  # page (from 1): contents lines
        self._pages: list[dict] = []
        self.noted: dict[int, list[int]] = {}  # page (from 1): its notes, in order
        self.setNamedCB(NOTE_DRAWN, self._note_drawn)
        add_metadata(self, info.classification, info.language)

    def bookmarkPage(self, key: str, *args, **kwargs) -> None:
        # reportlab names the page a bookmark is on by the pages written so far, and
        # this canvas writes them all at the end: each heading's bookmark (and the
        # contents' links to it) would lead to page 1.
        super().bookmarkPage(key, *args, **kwargs)
        self._bookmarkReference(key).setPage(PDFObjectReference(f"Page{len(self._pages) + 1}"))

    def _note_drawn(self, canvas: Canvas, kind: str, label: str) -> None:
        self.noted.setdefault(len(self._pages) + 1, []).append(int(label))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            # The notes before the furniture: a reader of the text meets the page
            # number last, as on the page.
            if number in self.noted:
                self._notes(self, self.noted[number])
            if number in self.drawn_lines:
                self._contents(self, self.drawn_lines[number])
            self._furniture(self, number, total)
            super().showPage()
        super().save()


def _draw_furniture(canvas: Canvas, page: int, pages: int, *, style: HouseStyle, plan: Plan,
                    font: FontFamily, spacing: dict[str, TextSpacing], place: Furniture) -> None:
    """The marking centred at the top and the bottom, the reference and the page number
    below it (or beside it, where the margin has room for one line only), each line
    where Word puts the DOCX's header and footer lines (see ``spacing.furniture``)."""
    width, height = canvas._pagesize
    margins, marking, reference = style.margins, plan.marking, plan.meta.reference
    banner, footer = spacing["banner"], spacing["footer"]
    folio_y = place.footer_mm * mm - getDescent(font.regular, footer.size)
    canvas.saveState()
    if marking.text:
        canvas.setFont(font.bold, banner.size)
        canvas.setFillColor(HexColor(marking.colour))
        text = clean(marking.text)
        # A line of text in Word: its extra leading above the letters, the baseline
        # above the descent.
        top_y = height - place.header_mm * mm - banner.leading - getDescent(font.bold, banner.size)
        canvas.drawCentredString(width / 2, top_y, text)
        bottom_y = folio_y if place.one_line_footer else (
            place.footer_mm * mm + footer.leading - getDescent(font.bold, banner.size))
        canvas.drawCentredString(width / 2, bottom_y, text)
    canvas.setFont(font.regular, footer.size)
    canvas.setFillColor(HexColor(style.colours.muted))
    if reference:
        canvas.drawString(margins.left * mm, folio_y, clean(reference))
    canvas.drawRightString(width - margins.right * mm, folio_y, plan.page_label(page, pages))
    canvas.restoreState()


def _paragraph_styles(style: HouseStyle, fonts: _Fonts) -> dict[str, ParagraphStyle]:
    colours, spacing = style.colours, text_spacing(style)
    text, heading = HexColor(colours.text), HexColor(colours.heading)
    muted = HexColor(colours.muted)

    def spaced(name: str, kind: str, parent: ParagraphStyle | None = None,
               **settings) -> ParagraphStyle:
        room = spacing[kind]
        return ParagraphStyle(name, parent=parent, fontSize=room.size, leading=room.leading,
                              spaceBefore=room.before, spaceAfter=room.after, **settings)

    # No line of a paragraph alone at the foot or the head of a page: Word's widow and
    # orphan control, which the DOCX turns on.
    body = spaced("body", "body", fontName=fonts.body.regular, textColor=text,
                  allowWidows=0, allowOrphans=0)
    styles = {
        "body": body,
        **{kind: spaced(kind, kind, body, leftIndent=6 * mm, bulletIndent=1 * mm,
                        bulletFontName=fonts.body.regular, bulletFontSize=spacing[kind].size)
           for kind in ("bullet", "numbered")},
        "doc_type": spaced("doc_type", "doc_type", body, fontName=fonts.heading.bold,
                           textColor=muted),
        "title": spaced("title", "title", body, fontName=fonts.heading.bold, textColor=heading),
        "subtitle": spaced("subtitle", "subtitle", body, fontName=fonts.heading.regular,
                           textColor=muted),
        "meta_label": spaced("meta_label", "meta", body, fontName=fonts.body.bold,
                             textColor=muted),
        "meta_value": spaced("meta_value", "meta", body),
        "caption": spaced("caption", "caption", body, fontName=fonts.body.bold, textColor=muted),
        "figure_caption": spaced("figure_caption", "caption", body, fontName=fonts.body.bold,
                                 textColor=muted, alignment=TA_CENTER),
        "table_header": spaced("table_header", "table_cell", body, fontName=fonts.body.bold,
                               textColor=HexColor(colours.table_header_text)),
        "table_cell": spaced("table_cell", "table_cell", body),
        "note": spaced("note", "note", body),
        "letterhead": ParagraphStyle("letterhead", parent=body, fontName=fonts.heading.bold,
                                     textColor=heading, alignment=TA_CENTER, spaceBefore=0,
                                     spaceAfter=0),
        "signature_left": ParagraphStyle("signature_left", parent=body, spaceBefore=0,
                                         spaceAfter=0),
        # On the right half of the text, each line centred there, as Turkish letters sign.
        "signature_right": ParagraphStyle("signature_right", parent=body, spaceBefore=0,
                                          spaceAfter=0, alignment=TA_CENTER,
                                          leftIndent=style.text_width_mm / 2 * mm),
        # A label stands apart from what is above it, and with its items.
        "end_label": ParagraphStyle("end_label", parent=body, spaceBefore=body.leading,
                                    spaceAfter=2),
        "end_item": ParagraphStyle("end_item", parent=body, leftIndent=NUMBER_INDENT_MM * mm,
                                   bulletIndent=0, spaceBefore=0, spaceAfter=0,
                                   bulletFontName=fonts.body.regular,
                                   bulletFontSize=spacing["body"].size),
        **{f"contents{level}": ParagraphStyle(
            f"contents{level}", parent=body, leftIndent=(level - 1) * 6 * mm, spaceBefore=0,
            spaceAfter=2, fontName=fonts.body.bold if level == 1 else fonts.body.regular)
           for level in HEADING_LEVELS},
    }
    for name in ("table_header", "table_cell"):
        styles[f"{name}_right"] = ParagraphStyle(f"{name}_right", parent=styles[name],
                                                 alignment=TA_RIGHT)
    # The number in the margin of the text, where Word's list indent puts it.
    styles["numbered_body"] = ParagraphStyle(
        "numbered_body", parent=body, leftIndent=NUMBER_INDENT_MM * mm, bulletIndent=0,
        bulletFontName=fonts.body.regular, bulletFontSize=spacing["body"].size)
    for level in (1, 2, 3):
        styles[f"heading{level}"] = spaced(f"heading{level}", f"heading{level}", body,
                                           fontName=fonts.heading.bold, textColor=heading)
    for name in list(styles):
        styles[f"{name}_shaped"] = ParagraphStyle(f"{name}_shaped", parent=styles[name], shaping=1)
    return styles
