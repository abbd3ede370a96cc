"""A Word document (a colleague's, or one of our own exports edited in Word) into a
briefing.

Structure comes from Word's styles, as a reader of the document would see it: Title
and Subtitle, Heading 1-3 for sections, list paragraphs for bullets and numbered
items, tables with their first row as the header, Caption paragraphs as table
captions. Bold and italic runs become ``**``/``*``. The title block and priority
badges that our DOCX exporter writes are read back into metadata and priorities, so
a briefing survives the trip through Word.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run

from ..errors import ArticleImportError
from ..model import Briefing, Bullet, Metadata, Paragraph, Table
from ..style import available_styles, load_style
from ..titleblock import METADATA_CONTROL, METADATA_FIELDS, iso_date
from .builder import SectionBuilder
from .text import parse_bullet

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

PRIORITY_WORDS = {"high": "HIGH", "medium": "MEDIUM", "low": "LOW"}
CAPTION_NUMBER = re.compile(r"^\w+\s+\d+\s*[:.\-–]\s*")
HEADING_STYLE = re.compile(r"^Heading ([1-9])$")


def import_docx(path: Path) -> Briefing:
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises several kinds for a file it cannot read
        raise ArticleImportError(path, "not a Word document (.docx) that can be read") from error
    return _WordReader(document).read()


class _WordReader:
    def __init__(self, document: WordDocument) -> None:
        self.document = document
        self.meta = Metadata(date="")
        self.built = SectionBuilder()
        self.caption = ""  # a Caption paragraph waiting for its table

    def read(self) -> Briefing:
        self.meta.classification = self.document.core_properties.content_status or ""
        self._read_blocks(self.document.element.body)
        self._keep_pending_caption()
        return Briefing(meta=self.meta, sections=self.built.sections)

    def _read_blocks(self, container) -> None:
        for element in container.iterchildren():
            if element.tag == f"{W}p":
                self._paragraph(WordParagraph(element, self.document._body))
            elif element.tag == f"{W}tbl":
                self._table(WordTable(element, self.document._body))
            elif element.tag == f"{W}sdt":
                self._content_control(element)

    # ------------------------------------------------------------ paragraphs

    def _paragraph(self, paragraph: WordParagraph) -> None:
        style = paragraph.style.name if paragraph.style is not None else ""
        text = marked_up_text(paragraph)
        if not text.strip():
            return
        heading = HEADING_STYLE.match(style)
        self._keep_pending_caption()
        if style == "Title" and not self.meta.title:
            self.meta.title = paragraph.text.strip()
        elif style == "Subtitle" and not self.meta.subtitle:
            self.meta.subtitle = paragraph.text.strip()
        elif style == "Document Type" and not self.built.sections:
            self.meta.doc_type = paragraph.text.strip()
        elif heading:
            level = min(int(heading.group(1)), 3)
            self.built.heading(paragraph.text.strip(), level)
        elif style == "Caption":
            self.caption = paragraph.text.strip()
        elif is_list_paragraph(paragraph):
            self.built.add_item(bullet_from(paragraph), numbered=is_numbered(paragraph, style))
        else:
            self.built.add(Paragraph(text=text.strip()))

    def _keep_pending_caption(self) -> None:
        """A caption not followed by a table (a figure's, say) stays as a paragraph."""
        if self.caption:
            self.built.add(Paragraph(text=self.caption))
            self.caption = ""

    # ------------------------------------------------------------ tables and the title block

    def _table(self, table: WordTable) -> None:
        rows = [[cell_text(cell) for cell in row.cells] for row in table.rows]
        header, *body = rows or [[]]
        caption = CAPTION_NUMBER.sub("", self.caption)  # "Table 3: " is the field's
        self.built.add(Table(header=header, rows=body, caption=caption))
        self.caption = ""

    def _content_control(self, sdt) -> None:
        tag = sdt.find(f"{W}sdtPr/{W}tag")
        content = sdt.find(f"{W}sdtContent")
        if content is None:
            return
        if tag is not None and tag.get(qn("w:val")) == METADATA_CONTROL:
            for table in content.iter(f"{W}tbl"):
                self._metadata_table(WordTable(table, self.document._body))
        else:
            self._read_blocks(content)  # any other control: read what is inside

    def _metadata_table(self, table: WordTable) -> None:
        for row in table.rows:
            label, value = (cell.text.strip() for cell in row.cells[:2])
            field = field_of_label().get(label)
            if field == "date":
                value = iso_date(value)
            if field:
                setattr(self.meta, field, value)


def marked_up_text(paragraph: WordParagraph, skip_runs: int = 0) -> str:
    """The paragraph's text, links included, with bold and italic as ``**`` and ``*``.

    Word splits text into runs freely (a spelling check, a revision); neighbouring runs
    of the same formatting are joined first, so ``**Border**`` never becomes
    ``**Bor****der**``.
    """
    pieces: list[tuple[str, bool, bool]] = []
    for run in text_runs(paragraph)[skip_runs:]:
        if not run.text:
            continue
        style = (bool(run.bold), bool(run.italic))
        if pieces and pieces[-1][1:] == style:
            pieces[-1] = (pieces[-1][0] + run.text, *style)
        else:
            pieces.append((run.text, *style))
    return "".join(_marked(*piece) for piece in pieces).replace("\u00a0", " ")


def text_runs(paragraph: WordParagraph) -> list[Run]:
    """The paragraph's runs in order, including those inside hyperlinks."""
    runs = []
    for item in paragraph.iter_inner_content():
        runs.extend(item.runs if isinstance(item, Hyperlink) else [item])
    return runs


def _marked(text: str, bold: bool, italic: bool) -> str:
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marker = "***" if bold and italic else "**" if bold else "*"
    lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    return f"{lead}{marker}{core}{marker}{tail}"


def bullet_from(paragraph: WordParagraph) -> Bullet:
    """A bullet, with the priority badge and bold ``Label:`` lead-in read back."""
    runs = text_runs(paragraph)
    priority_text = ""
    skip = 0
    if runs and runs[0].style is not None and runs[0].style.name.startswith("Priority "):
        priority_text = f"[{PRIORITY_WORDS.get(runs[0].text.strip().lower(), '')}] "
        skip = 1
    return parse_bullet(priority_text + marked_up_text(paragraph, skip).strip())


def is_list_paragraph(paragraph: WordParagraph) -> bool:
    if paragraph._p.find(f"{W}pPr/{W}numPr") is not None:
        return True
    style = paragraph.style
    while style is not None:
        if style.name.startswith("List") or style.element.find(f"{W}pPr/{W}numPr") is not None:
            return True
        style = style.base_style
    return False


def is_numbered(paragraph: WordParagraph, style: str) -> bool:
    if style.startswith("List Number"):
        return True
    num_id = paragraph._p.find(f"{W}pPr/{W}numPr/{W}numId")
    if num_id is None:
        return False
    try:
        numbering = paragraph.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return False
    value = num_id.get(qn("w:val"))
    for num in numbering.findall(f"{W}num"):
        if num.get(qn("w:numId")) == value:
            abstract_id = num.find(f"{W}abstractNumId").get(qn("w:val"))
            for abstract in numbering.findall(f"{W}abstractNum"):
                if abstract.get(qn("w:abstractNumId")) == abstract_id:
                    fmt = abstract.find(f"{W}lvl/{W}numFmt")
                    return fmt is not None and fmt.get(qn("w:val")) != "bullet"
    return False


def cell_text(cell) -> str:
    return " ".join(marked_up_text(p).strip() for p in cell.paragraphs if p.text.strip())


@cache
def field_of_label() -> dict[str, str]:
    """Title-block labels of every bundled house style, to the field each names."""
    found = {}
    for name in available_styles():
        labels = load_style(name).labels
        found.update({labels[field]: field for field in METADATA_FIELDS})
    return found
