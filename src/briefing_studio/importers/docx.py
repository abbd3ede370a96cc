"""A Word document (a colleague's, or one of our own exports edited in Word) into a
briefing.

Structure comes from Word's styles, as a reader of the document would see it: Title
and Subtitle, Heading 1-3 for sections, list paragraphs for bullets and numbered
items, tables with their first row as the header, Caption paragraphs as table
captions. Bold and italic runs become ``**``/``*``. The title block and priority
badges that our DOCX exporter writes are read back into metadata and priorities, in
every language we print, and the hidden bookmarks that carry each section's and block's
id give them their ids again, so a briefing survives the trip through Word. The
document's language is the one it declares, unless its text is plainly Turkish.

A document someone else wrote is read as Word shows it: tracked changes accepted,
content controls, text boxes and equations read (``docx_text``), merged cells once
(``docx_tables``); controls named after a metadata field fill that field. Footnotes and
endnotes are put where their reference marks stand, in the briefing's note syntax
``^[...]`` (pandoc's inline note). Pictures become figures, with their alt text, their
width and the caption beside them (``docx_pictures``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.text.run import Run
from lxml import etree

from ..classification import marking
from ..docx_package import PARSER, PackageRefused, custom_properties, open_word_document
from ..errors import ArticleImportError, described
from ..fileformat import ID
from ..language import default_doc_types, is_tag, primary, words_for
from ..model import (
    HEADING_LEVELS,
    LIST_FIELDS,
    SIGNATORY_FIELDS,
    Block,
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Media,
    Metadata,
    Paragraph,
    Priority,
    Table,
)
from ..style import available_styles, load_style
from ..titleblock import (
    END_MATTER_CONTROL,
    HEADING_LINES_CONTROL,
    METADATA_CONTROL,
    METADATA_FIELDS,
    SIGNATORY_TAG,
    iso_date,
)
from ..word_styles import (
    DOC_TYPE_STYLE,
    ID_BOOKMARK,
    NUMBERED_PARAGRAPH_STYLE,
    PRIORITY_STYLES,
    SECTION_BOOKMARK,
)
from .builder import SectionBuilder
from .docx_pictures import Picture, paragraph_pictures
from .docx_styles import WordStyles
from .docx_tables import table_grid
from .docx_text import (
    MC,
    Piece,
    W,
    bookmark_names,
    has_tracked_changes,
    inline_pieces,
    is_drop_cap,
    plain_text,
    readable_branch,
    showing_placeholder,
    text_boxes,
)
from .text import guessed_language, parse_bullet, priority_of_word

PRIORITY_OF_STYLE = {name: priority for priority, name in PRIORITY_STYLES.items()}
HEADING_STYLE = re.compile(r"^Heading ([1-9])$")
# The contents' own paragraphs, which Word, LibreOffice and pandoc style so ("TOC 1",
# "Contents 2", "TOC Heading"); the briefing makes its contents anew when it prints.
CONTENTS_STYLE = re.compile(r"^(toc|contents)\s*(\d|heading)$", re.IGNORECASE)
# Word's caption style, and pandoc's for a figure's and a table's.
CAPTION_STYLES = frozenset({"Caption", "Image Caption", "Table Caption"})
DEFAULT_TEXT_WIDTH_EMU = 5_486_400  # six inches, Word's default page less its margins
TRACKED_CHANGES_NOTE = ("the document has tracked changes: they were accepted "
                        "(insertions kept, deletions left out), as Word's Accept All shows it")
# Content controls a ministry template names after a field we hold, by tag or title
# (w:tag, w:alias), lower case with spaces and punctuation removed. Word's own
# "Document Property" controls are titled Title, Author, Publish Date and so on.
CONTROL_FIELDS = {
    "title": "title", "documenttitle": "title", "subtitle": "subtitle",
    "date": "date", "documentdate": "date", "publishdate": "date",
    "classification": "classification", "securityclassification": "classification",
    "reference": "reference", "ref": "reference", "referencenumber": "reference",
    "author": "prepared_by", "preparedby": "prepared_by",
    **{field.replace("_", ""): field for field in METADATA_FIELDS},
}


def import_docx(path: Path, notes: list[str] | None = None) -> Briefing:
    """The document as a briefing; what the user should know about how it was read
    (tracked changes accepted) is appended to ``notes``, one sentence each."""
    document = _open(path)
    reader = _WordReader(document)
    try:
        briefing = reader.read()
    except UnreadablePart as error:
        raise ArticleImportError(path, str(error)) from error
    except Exception as error:  # a structure we did not foresee: still one line, named
        raise ArticleImportError(
            path, f"cannot read the document's body ({described(error)})") from error
    if notes is not None:
        notes.extend(reader.notes)
    return briefing


class UnreadablePart(Exception):
    """A part of the package the body refers to that is not XML: what to tell the user."""


@dataclass(frozen=True)
class Ids:
    """The ids a paragraph's bookmarks carry; "" for none."""

    item: str = ""  # its heading's section, or the block it begins
    section: str = ""  # a section without a heading that begins with it


def bookmarked_ids(paragraph: etree._Element | None) -> Ids:
    """The ids our exporter bookmarked in the paragraph; a name that is no id of ours
    (a colleague's bookmark, one Word renamed) is left alone."""
    found = {ID_BOOKMARK: "", SECTION_BOOKMARK: ""}
    for name in [] if paragraph is None else bookmark_names(paragraph):
        for prefix, taken in found.items():
            value = name.removeprefix(prefix)
            if value != name and not taken and ID.match(value):
                found[prefix] = value
    return Ids(item=found[ID_BOOKMARK], section=found[SECTION_BOOKMARK])


def _open(path: Path) -> WordDocument:
    try:
        return open_word_document(path)  # Strict Open XML read as transitional
    except PackageRefused as error:
        raise ArticleImportError(path, f"refused: {error}") from error
    except ValueError as error:
        if "macroEnabled" in str(error) or "template" in str(error):
            raise ArticleImportError(path, "a macro-enabled document or a template, not a "
                                     "Word document (.docx): save it as .docx in Word"
                                     ) from error
        raise ArticleImportError(path, "not a Word document (.docx) that can be read") from error
    except Exception as error:  # python-docx raises several kinds for a file it cannot read
        raise ArticleImportError(path, "not a Word document (.docx) that can be read") from error



class _WordReader:
    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self.meta = Metadata(date="")
        self.built = SectionBuilder()
        self.caption = ""  # a Caption paragraph waiting for its table
        self.caption_ids = Ids()
        self.bookmarked: set[str] = set()  # the ids our bookmarks gave back
        self.identified_list: BulletList | None = None  # the last list given its own id
        self.drop_cap = ""  # a drop cap's letter waiting for the rest of its word
        self.notes: list[str] = []
        self.styles = WordStyles(document)
        self.numbered: dict[str, bool] = {}  # numbering id: whether it counts (or bullets)
        self.media: dict[str, Media] = {}
        self.left_out: list[str] = []  # the pictures that could not be taken
        self.new_page = False  # a page break read, for the section that follows it

    def read(self) -> Briefing:
        self.meta.classification = document_classification(self.document)
        body = self.document.element.body
        if has_tracked_changes(body):
            self.notes.append(TRACKED_CHANGES_NOTE)
        if kept := inline_notes(self.document, body):
            self.notes.append(kept)
        self._read_blocks(body)
        if self.drop_cap:  # a drop cap with nothing after it is a paragraph of its own
            self._paragraph_text([], None)
        self._keep_pending_caption()
        if self.left_out:
            self.notes.append(f"pictures left out, as no briefing can print them: "
                              f"{'; '.join(self.left_out)}")
        briefing = Briefing(meta=self.meta, sections=self.built.sections, media=self.media)
        self.meta.language = self._language(briefing)
        # Our ids once each (a paragraph copied in Word takes its bookmark along); a
        # colleague's document gets new ones.
        briefing.give_unique_ids(keep=self.bookmarked)
        return briefing

    def _language(self, briefing: Briefing) -> str:
        """The language the document declares; but Turkish text is Turkish whatever Word
        it was written in (Turkish users often have Word set up in English)."""
        declared = (self.styles.language or self.document.core_properties.language or "").strip()
        declared = declared if is_tag(declared) else ""
        guess = guessed_language(briefing)
        return guess if guess and primary(guess) != primary(declared) else declared

    def _read_blocks(self, container: etree._Element) -> None:
        for element in container.iterchildren(tag=etree.Element):
            if element.tag == f"{W}p":
                self._paragraph(element)
            elif element.tag == f"{W}tbl":
                self._table(element)
            elif element.tag == f"{W}sdt":
                self._content_control(element)
            elif element.tag == f"{W}customXml":
                self._read_blocks(element)
            elif element.tag == f"{MC}AlternateContent":
                branch = readable_branch(element)
                if branch is not None:
                    self._read_blocks(branch)

    # ------------------------------------------------------------ paragraphs

    def _paragraph(self, element: etree._Element) -> None:
        if starts_page(element):
            self.new_page = True
        if CONTENTS_STYLE.match(self.styles.paragraph_style(element).replace(" ", "")):
            return  # an entry of the document's contents, or their heading
        if is_drop_cap(element):
            self.drop_cap += plain_text(element).strip()
        else:
            badge = self._badge(element)
            self._paragraph_text(inline_pieces(element, badge), element)
        pictures = paragraph_pictures(self.document, element, self.left_out)
        for picture in pictures:
            # A paragraph that is only its picture has the figure's id.
            self._figure(picture, bookmarked_ids(element) if len(pictures) == 1
                         and not plain_text(element).strip() else Ids())
        for box in text_boxes(element):  # anchored here: read where the reader meets it
            self._read_blocks(box)

    def _paragraph_text(self, pieces: list[Piece], paragraph: etree._Element | None) -> None:
        if self.drop_cap:
            first = pieces[0] if pieces else ("", False, False)
            pieces = [(self.drop_cap + first[0].lstrip(), *first[1:]), *pieces[1:]]
            self.drop_cap = ""
        text = marked_up(pieces)
        if not text.strip():
            return
        plain = "".join(piece[0] for piece in pieces).replace("\u00a0", " ").strip()
        fields = [] if paragraph is None else control_fields(paragraph)
        if len(fields) == 1 and fields[0][1] == plain and self._fill(*fields[0]):
            return  # the paragraph is just a control holding a field: that field
        style = "" if paragraph is None else self.styles.paragraph_style(paragraph)
        heading = HEADING_STYLE.match(style)
        ids = bookmarked_ids(paragraph)
        self._keep_pending_caption()
        if style == "Title" and not self.meta.title:
            self.meta.title = plain
        elif style == "Subtitle" and not self.meta.subtitle:
            self.meta.subtitle = plain
        elif style == DOC_TYPE_STYLE and not self.built.sections:
            # The default type, in whichever language it was printed, stays the default:
            # it is printed in the document's language.
            self.meta.doc_type = Metadata().doc_type if plain in default_doc_types() else plain
        elif heading:
            level = min(int(heading.group(1)), max(HEADING_LEVELS))
            self.built.heading(plain, level)
            self._take_page_break()
            if ids.item:
                self.built.sections[-1].id = self._ours(ids.item)
        elif style in CAPTION_STYLES:
            figure = self._uncaptioned_figure()
            if figure is not None and not _labels(plain, "table"):
                figure.caption = caption_words(plain, "figure")
            else:
                self.caption, self.caption_ids = plain, ids
        elif style == NUMBERED_PARAGRAPH_STYLE:
            # Word numbers it through its style, so the list test below would take it
            # for a numbered item: it is a paragraph of a style that numbers paragraphs.
            self._add(Paragraph(text=text.strip()), ids)
        elif paragraph is not None and self._is_list(paragraph):
            bullet = bullet_from(self._priority(self._badge(paragraph)), text)
            self._add_item(bullet, self._is_numbered(paragraph, style), ids)
        else:
            self._add(Paragraph(text=text.strip()), ids)
        for field, value in fields:  # a control inside a sentence: the sentence stays too
            self._fill(field, value)

    def _take_page_break(self) -> None:
        """The section just begun starts a page if a page break came before it (an
        annex does anyway); a break inside a section's text is not kept."""
        section = self.built.sections[-1]
        section.page_break_before = self.new_page and not section.annex
        self.new_page = False

    def _add(self, block: Block, ids: Ids) -> None:
        self._start_section(ids)
        self.new_page = False
        if ids.item:
            block.id = self._ours(ids.item)
        self.built.add(block)

    def _add_item(self, bullet: Bullet, numbered: bool, ids: Ids) -> None:
        """Add to the list before it; but an item that begins another of our lists
        (one bookmarked with its own id) begins it here, though Word shows two bullet
        lists in a row as one."""
        self._start_section(ids)
        self.new_page = False
        blocks = self.built.blocks()
        if ids.item and blocks and blocks[-1] is self.identified_list:
            self.built.add(BulletList(numbered=numbered))
        self.built.add_item(bullet, numbered=numbered)
        bullets = self.built.blocks()[-1]
        if ids.item and bullets is not self.identified_list:
            # The list's id is on its first item, or on the item the author moved up.
            bullets.id = self._ours(ids.item)
            self.identified_list = bullets

    def _figure(self, picture: Picture, ids: Ids) -> None:
        """A picture as a figure, captioned by a caption waiting before it (one that is
        not a table's) or by the next paragraph when that is a caption."""
        caption = ""
        if self.caption and not _labels(self.caption, "table"):
            caption = caption_words(self.caption, "figure")
            self.caption, self.caption_ids = "", Ids()
        self._keep_pending_caption()
        self.media.setdefault(picture.media.key, picture.media)
        width = picture.width_emu / self._text_width() if picture.width_emu else 1.0
        self._add(Figure(media=picture.media.key, caption=caption, alt=picture.alt,
                         width=round(min(max(width, 0.05), 1.0), 3)), ids)

    def _uncaptioned_figure(self) -> Figure | None:
        blocks = self.built.sections[-1].blocks if self.built.sections else []
        last = blocks[-1] if blocks else None
        return last if isinstance(last, Figure) and not last.caption else None

    def _text_width(self) -> int:
        section = self.document.sections[0]
        if section.page_width is None:
            return DEFAULT_TEXT_WIDTH_EMU
        width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
        return width if width > 0 else DEFAULT_TEXT_WIDTH_EMU

    def _ours(self, item_id: str) -> str:
        self.bookmarked.add(item_id)
        return item_id

    def _start_section(self, ids: Ids) -> None:
        """Begin the section without a heading that the paragraph begins, with its id."""
        if ids.section:
            self.built.heading("", 1)
            self._take_page_break()
            self.built.sections[-1].id = self._ours(ids.section)

    def _is_list(self, paragraph: etree._Element) -> bool:
        return (paragraph.find(f"{W}pPr/{W}numPr") is not None
                or self.styles.paragraph_style_is_list(paragraph))

    def _badge(self, paragraph: etree._Element) -> etree._Element | None:
        """The priority badge our exporter puts first in a bullet, read as a priority."""
        first = paragraph.find(f"{W}r")
        if first is None or not self._is_list(paragraph):
            return None
        return first if self.styles.run_style(first) in PRIORITY_OF_STYLE else None

    def _priority(self, badge: etree._Element | None) -> Priority:
        """The priority the badge's word names, in any language we print; a word we do
        not know (typed over in Word) leaves the priority of the badge's style."""
        if badge is None:
            return Priority.NONE
        priority = priority_of_word(plain_text_of_run(badge).strip())
        return PRIORITY_OF_STYLE[self.styles.run_style(badge)] \
            if priority is Priority.NONE else priority

    def _is_numbered(self, paragraph: etree._Element, style: str) -> bool:
        if style.startswith("List Number"):
            return True
        num_id = paragraph.find(f"{W}pPr/{W}numPr/{W}numId")
        if num_id is None:
            return False
        value = num_id.get(qn("w:val"), "")
        if value not in self.numbered:
            self.numbered[value] = numbers_with_digits(self.document, value)
        return self.numbered[value]

    def _fill(self, field: str, value: str) -> bool:
        """Put a content control's text in an empty metadata field; False if taken."""
        if not value or getattr(self.meta, field):
            return False
        setattr(self.meta, field, iso_date(value) if field == "date" else value)
        return True

    def _keep_pending_caption(self) -> None:
        """A caption not followed by a table (a figure's, say) stays as a paragraph; but
        one of ours, bookmarked, is the caption of a table without columns."""
        if self.caption:
            block = (Table(caption=caption_words(self.caption, "table")) if self.caption_ids.item
                     else Paragraph(text=self.caption))
            self._add(block, self.caption_ids)
            self.caption, self.caption_ids = "", Ids()

    # ------------------------------------------------------------ tables and the title block

    def _table(self, table: etree._Element) -> None:
        rows = table_grid(table, cell_text)
        header, *body = rows or [[]]
        caption = caption_words(self.caption, "table")
        # The table's ids are on its caption, or on its first cell when it has none.
        first_cell = next(table.iter(f"{W}tc"), None)
        cell_ids = bookmarked_ids(None if first_cell is None else first_cell.find(f"{W}p"))
        ids = Ids(item=self.caption_ids.item or cell_ids.item,
                  section=self.caption_ids.section or cell_ids.section)
        self._add(Table(header=header, rows=body, caption=caption), ids)
        self.caption, self.caption_ids = "", Ids()

    def _content_control(self, sdt: etree._Element) -> None:
        content = sdt.find(f"{W}sdtContent")
        if content is None or showing_placeholder(sdt) or is_contents(sdt):
            return
        tag = control_name(sdt, "tag")
        if tag == METADATA_CONTROL:
            for table in content.iter(f"{W}tbl"):
                self._metadata_table(table)
            return
        if tag == HEADING_LINES_CONTROL:
            self.meta.heading_lines = _texts(content, plain_text)
            return
        if tag == END_MATTER_CONTROL:
            self._end_matter(content)
            return
        field = control_field(sdt)
        if field and self._fill(field, block_text(content)):
            return  # a control the template keeps a field in: that field, not body text
        self._read_blocks(content)  # any other control: read what is inside

    def _end_matter(self, content: etree._Element) -> None:
        """The fields of our end matter, each from its own control; and what a colleague
        wrote in it beside them (not our labels), as body text, so that none is lost."""
        fields = [(field, sdt) for sdt in content.iter(f"{W}sdt")
                  if (field := end_matter_field(control_name(sdt, "tag")))]
        for field, sdt in fields:
            inner = sdt.find(f"{W}sdtContent")
            if inner is None:
                continue
            if field in LIST_FIELDS:  # a paragraph an item, or one item in a line
                text = plain_text(inner).strip()
                setattr(self.meta, field, _texts(inner, plain_text) or ([text] if text else []))
            else:
                setattr(self.meta.signatory, field, plain_text(inner).strip())
        in_fields = {element for _, sdt in fields for element in sdt.iter()}
        for paragraph in content.iter(f"{W}p"):
            if paragraph in in_fields or any(sdt in in_fields for sdt in
                                             paragraph.iter(f"{W}sdt")):
                continue
            if plain_text(paragraph).strip() not in end_matter_words():
                self._paragraph(paragraph)

    def _metadata_table(self, table: etree._Element) -> None:
        for row in table_grid(table, lambda cell: block_text(cell)):
            label, value = [*row, "", ""][:2]
            field = field_of_label().get(label)
            if field == "date":
                value = iso_date(value)
            if field:
                setattr(self.meta, field, value)


# ---------------------------------------------------------------- text of paragraphs and cells

def end_matter_field(tag: str) -> str:
    """The field of the end matter a control's tag names: a list's, or a signatory's."""
    if tag in LIST_FIELDS:
        return tag
    field = tag.removeprefix(SIGNATORY_TAG)
    return field if tag.startswith(SIGNATORY_TAG) and field in SIGNATORY_FIELDS else ""


@cache
def end_matter_words() -> frozenset[str]:
    """What our end matter prints besides its fields, in every language: "Ek:",
    "Distribution:", "Ek: Ek Listesi", "EK LİSTESİ"."""
    labels = {f"{word}:" for key in ("attachments", "distribution")
              for word in printed_words(key)}
    pointers = {f"{label}: {word}" for label in printed_words("attachments")
                for word in printed_words("attachment_list")}
    return frozenset({"", *labels, *pointers, *printed_words("attachment_list_heading")})


def is_contents(sdt: etree._Element) -> bool:
    """Whether a content control holds the document's table of contents (as Word,
    LibreOffice and pandoc put it in one)."""
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and gallery.get(qn("w:val"), "") == "Table of Contents"


def starts_page(paragraph: etree._Element) -> bool:
    """Whether a page begins with the paragraph (Word's "page break before") or in it
    (a page break typed there)."""
    before = paragraph.find(f"{W}pPr/{W}pageBreakBefore")
    if before is not None and before.get(qn("w:val"), "true") not in ("0", "false", "off"):
        return True
    return any(brk.get(qn("w:type")) == "page" for brk in paragraph.iter(f"{W}br"))


def marked_up(pieces: list[Piece]) -> str:
    """The pieces' text with bold and italic as ``**`` and ``*``.

    Word splits text into runs freely (a spelling check, a revision); neighbouring runs
    of the same formatting are joined first, so ``**Border**`` never becomes
    ``**Bor****der**``.
    """
    joined: list[Piece] = []
    for text, *style in pieces:
        if joined and list(joined[-1][1:]) == style:
            joined[-1] = (joined[-1][0] + text, *joined[-1][1:])
        elif text:
            joined.append((text, *style))
    return "".join(_marked(*piece) for piece in joined).replace("\u00a0", " ")


def block_text(container: etree._Element) -> str:
    """Plain text of block content (a control's, a cell's): paragraphs, nested tables and
    text boxes, space-separated."""
    return " ".join(_texts(container, plain_text))


def cell_text(cell: etree._Element) -> str:
    return " ".join(_texts(cell, lambda p: marked_up(inline_pieces(p))))


def _texts(container: etree._Element, paragraph_text) -> list[str]:
    found = []
    for element in container.iterchildren(tag=etree.Element):
        if element.tag == f"{W}p":
            found.append(paragraph_text(element).strip())
            for box in text_boxes(element):
                found.extend(_texts(box, paragraph_text))
        elif element.tag == f"{W}tbl":
            found.extend(table_grid_texts(element, paragraph_text))
        elif element.tag == f"{W}sdt" and not showing_placeholder(element):
            content = element.find(f"{W}sdtContent")
            if content is not None:
                found.extend(_texts(content, paragraph_text))
        elif element.tag == f"{W}customXml":
            found.extend(_texts(element, paragraph_text))
    return [text for text in found if text]


def table_grid_texts(table: etree._Element, paragraph_text) -> list[str]:
    grid = table_grid(table, lambda cell: " ".join(_texts(cell, paragraph_text)))
    return [text for row in grid for text in row if text]


def control_name(sdt: etree._Element, kind: str) -> str:
    found = sdt.find(f"{W}sdtPr/{W}{kind}")
    return "" if found is None else found.get(qn("w:val"), "")


def control_field(sdt: etree._Element) -> str:
    """The metadata field a content control's tag or title names, or ''."""
    for kind in ("tag", "alias"):
        key = re.sub(r"[\W_]+", "", control_name(sdt, kind).lower())
        if key in CONTROL_FIELDS:
            return CONTROL_FIELDS[key]
    return ""


def control_fields(paragraph: etree._Element) -> list[tuple[str, str]]:
    """(field, text) of each inline content control in the paragraph that names a field."""
    found = []
    for sdt in paragraph.iter(f"{W}sdt"):
        field = control_field(sdt)
        content = sdt.find(f"{W}sdtContent")
        if field and content is not None and not showing_placeholder(sdt):
            found.append((field, plain_text(content).strip()))
    return found


def _marked(text: str, bold: bool, italic: bool) -> str:
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marker = "***" if bold and italic else "**" if bold else "*"
    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{marker}{core}{marker}{tail}"


def bullet_from(priority: Priority, text: str) -> Bullet:
    """A bullet of the badge's ``priority``, with its bold ``Label:`` lead-in read back
    (and its own priority tag, when it has no badge)."""
    tag = "" if priority is Priority.NONE else f"[{priority.value}] "
    return parse_bullet(tag + text.strip())


def plain_text_of_run(run: etree._Element) -> str:
    return Run(run, None).text  # type: ignore[arg-type]  # text needs no parent


def numbers_with_digits(document: WordDocument, num_id: str) -> bool:
    """Whether the list numbering ``num_id`` counts (1, a, i) rather than bullets."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return False
    for num in numbering.findall(f"{W}num"):
        if num.get(qn("w:numId")) == num_id:
            abstract_id = num.find(f"{W}abstractNumId")
            if abstract_id is None:
                return False
            for abstract in numbering.findall(f"{W}abstractNum"):
                if abstract.get(qn("w:abstractNumId")) == abstract_id.get(qn("w:val")):
                    fmt = abstract.find(f"{W}lvl/{W}numFmt")
                    return fmt is not None and fmt.get(qn("w:val")) != "bullet"
    return False


def printed_words(key: str) -> set[str]:
    """The words an output of ours prints for ``key`` (``reference``, ``table``): the
    word of every language, and of every bundled house style that has its own."""
    return words_for(key) | {labels[key] for labels in _bundled_labels() if key in labels}


@cache
def _bundled_labels() -> list[dict[str, str]]:
    return [load_style(name).labels for name in available_styles()]


@cache
def field_of_label() -> dict[str, str]:
    """Title-block labels in every language and bundled house style, to the field each
    names."""
    return {word: field for field in METADATA_FIELDS for word in printed_words(field)}


def document_classification(document: WordDocument) -> str:
    """The marking a document carries: the custom property ``Classification`` (ours, and
    where labelling tools write it), or the status property when it names a level of a
    known scheme. Another status ("Draft", "Final") is no marking."""
    if (found := custom_properties(document)) is not None:
        try:
            properties = etree.fromstring(found[1], PARSER)
        except etree.XMLSyntaxError:
            properties = []
        for prop in properties:
            if (prop.get("name") or "").strip().casefold() == "classification":
                return "".join(prop.itertext()).strip()
    status = (document.core_properties.content_status or "").strip()
    return status if marking(status, "uk").level is not None else ""


NOTE_PARTS = (("footnote", RT.FOOTNOTES), ("endnote", RT.ENDNOTES))


def inline_notes(document: WordDocument, body: etree._Element) -> str:
    """Put each footnote's and endnote's text where its reference mark stands, as
    ``^[...]``, so that the paragraph readers meet it in its sentence; a sentence for
    the user saying how many notes were kept, or ''.

    The body is python-docx's parse of this import alone, so changing it in memory
    changes no file.
    """
    counts = []
    for kind, reltype in NOTE_PARTS:
        texts = note_texts(document, reltype, kind)
        kept = 0
        for reference in list(body.iter(f"{W}{kind}Reference")):
            text = texts.get(reference.get(qn("w:id"), ""), "")
            if reference.get(qn("w:customMarkFollows")) in ("1", "true", "on"):
                mark = reference.getnext()  # the author's own mark ("*"): the note replaces it
                if mark is not None and mark.tag == f"{W}t":
                    mark.getparent().remove(mark)
            note = etree.Element(f"{W}t")
            note.text = f"^[{text}]" if text else ""
            reference.getparent().replace(reference, note)
            kept += bool(text)
        if kept:
            counts.append(f"{kept} {kind}{'s' * (kept != 1)}")
    if not counts:
        return ""
    return (f"{' and '.join(counts)} kept in the text where they are referenced, "
            "written ^[like this]")


def note_texts(document: WordDocument, reltype: str, kind: str) -> dict[str, str]:
    """The text of each note in the document's footnotes or endnotes part, by note id.
    Word's separator lines (notes -1 and 0, typed ``separator``) are no notes."""
    try:
        part = document.part.part_related_by(reltype)
    except KeyError:
        return {}
    try:
        root = parse_xml(part.blob)  # python-docx's own elements, which its Run reads
    except etree.XMLSyntaxError as error:
        raise UnreadablePart(f"{part.partname.lstrip('/')} is not well-formed XML "
                         f"({error.msg})") from error
    return {note.get(qn("w:id"), ""): cell_text(note)
            for note in root.iterchildren(f"{W}{kind}")
            if note.get(qn("w:type")) in (None, "normal")}


@cache
def _caption_number(kind: str) -> re.Pattern[str]:
    """"Table 3: ", "Tablo 5.1 - ", "Şekil 2 ": the label and number Word's caption
    field or the author wrote, which our own numbered caption replaces. Only the words
    we print for a table (a figure: ``kind``) count, so "Crossings 2024: summary" keeps
    its words."""
    label = "|".join(sorted(map(re.escape, printed_words(kind)), key=len, reverse=True))
    return re.compile(rf"^(?:{label})\s+\d+(?:[.\-]\d+)*(?:\s*[:.\-–]\s*|\s+|$)",
                      re.IGNORECASE)


def caption_words(caption: str, kind: str) -> str:
    return _caption_number(kind).sub("", caption, count=1)


def _labels(caption: str, kind: str) -> bool:
    """Whether ``caption`` begins with the label of a table (a figure: ``kind``)."""
    return bool(_caption_number(kind).match(caption))
