"""The plan: what a briefing prints, decided once for every output.

``make_plan`` walks the model once and settles everything the outputs share: which
bullets the export keeps and in what order, the numbers of headings, paragraphs and
captions, the words in the document's language ("Yüksek", "Tablo 2", "Sayfa 1 / 3"),
the title block's rows, each priority badge (its word and its colour) and the page
marking with its colour. The renderers (``exporters.pdf``, ``exporters.docx``, and the
preview through the PDF) turn the plan into their format and decide nothing of this:
only how it looks there.

A plan is a small tree of named tuples (cheap to make, and to import: the plan is
made for every export and every preview) that keep the model's ids, so that the preview
finds the block being edited in what was printed, and the DOCX carries each id for the
importer to read back. A new block type is one node here and one function per renderer.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import NamedTuple

from .classification import Marking, marking
from .inline import REFERENCE, number_notes, plain_text
from .language import default_doc_types, language_of, priority_word, words_for
from .model import (
    CONTENTS_FROM_SECTIONS,
    CONTENTS_OFF,
    CONTENTS_ON,
    HEADING_LEVELS,
    Block,
    Briefing,
    Bullet,
    BulletList,
    Figure,
    Media,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from .options import ExportOptions
from .style import HouseStyle
from .titleblock import metadata_rows
from .xmltext import clean

BULLET = "\u2022"
CAPTION_SEPARATOR = ": "  # between "Table 3" and the caption's text
# More attachments than this move to a page of their own, as the Turkish rules for
# official correspondence have it (the "EK LİSTESİ").
LONGEST_ATTACHMENT_LIST = 5
# Where the preview finds the end matter: not an id, which has no spaces.
END_MATTER_PLACE = "end matter"


class DocumentInfo(NamedTuple):
    """What both formats put in their document properties: plain text, no markup, nothing
    XML cannot hold."""

    title: str
    author: str
    subject: str
    keywords: str
    classification: str
    language: str


class Badge(NamedTuple):
    """A bullet's priority as printed: the word carries it, the colour only repeats it."""

    priority: Priority
    word: str
    colour: str


class TitleBlock(NamedTuple):
    doc_type: str
    title: str
    subtitle: str
    rows: tuple[tuple[str, str], ...]  # (label, value), empty fields left out
    heading_lines: tuple[str, ...] = ()  # above it all, centred: "T.C.", the ministry


class SignatureLine(NamedTuple):
    field: str  # the signatory's: "name", "title", "on_behalf_of"
    before: str  # the words of the language around the value: "On behalf of " ...
    value: str
    after: str  # ... or " a." ("Bakan a.")

    @property
    def text(self) -> str:
        return f"{self.before}{self.value}{self.after}"


class EndList(NamedTuple):
    field: str  # "attachments", "distribution"
    label: str  # "Ek", "Dağıtım"
    items: tuple[str, ...]

    @property
    def numbered(self) -> bool:
        return self.field == "attachments" and len(self.items) > 1


class EndMatter(NamedTuple):
    """What a letter ends with, after the body and before the annexes: the signature,
    then the attachments and the distribution, as Turkish and UK correspondence order
    them."""

    signature: tuple[SignatureLine, ...] = ()  # in the language's order
    signature_align: str = "left"
    lists: tuple[EndList, ...] = ()  # those with items
    # A long list of attachments stands on a page of its own ("EK LİSTESİ"), and the
    # attachments line names that page.
    attachment_page: EndList | None = None
    attachment_page_title: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.signature and not self.lists


class HeadingNode(NamedTuple):
    id: str  # the section's
    text: str  # an annex's begins with its label: "Annex A: Crossing points"
    level: int
    number: str  # "2.1." where the style numbers headings, else ""


class ParagraphNode(NamedTuple):
    id: str
    text: str
    number: str  # "12." where the style numbers paragraphs, else ""


class ItemNode(NamedTuple):
    text: str
    label: str
    badge: Badge | None
    marker: str  # "•", or "3." in a numbered list


class ListNode(NamedTuple):
    id: str
    items: tuple[ItemNode, ...]
    numbered: bool


class Caption(NamedTuple):
    word: str  # "Table", "Tablo"; "Figure", "Şekil"
    number: int  # counted over captioned tables (figures), as Word's SEQ field counts them
    text: str

    @property
    def label(self) -> str:
        return f"{self.word} {self.number}"


class TableNode(NamedTuple):
    id: str
    caption: Caption | None
    header: list[str]
    rows: list[list[str]]

    @property
    def column_count(self) -> int:
        return len(self.header)


class FigureNode(NamedTuple):
    id: str
    media: Media
    caption: Caption | None  # printed below the picture
    alt: str  # plain text, for those who cannot see the picture
    width: float  # a share of the text width


Node = ParagraphNode | ListNode | TableNode | FigureNode


class SectionNode(NamedTuple):
    id: str
    heading: HeadingNode | None  # None: the lead, or a heading the selection emptied
    blocks: tuple[Node, ...]
    new_page: bool = False  # it starts a page: an annex, or the author's page break


class ContentsEntry(NamedTuple):
    id: str  # the section's, whose heading it names
    text: str  # as the heading prints: "2.1. Crossing points", "Annex A: Figures"
    level: int


class Plan(NamedTuple):
    language: str  # the BCP 47 tag both outputs declare
    words: dict[str, str]
    meta: Metadata  # as printed: with the export's marking and language
    info: DocumentInfo
    marking: Marking
    badges: dict[Priority, Badge]  # each priority's, whether a bullet has it or not
    title_block: TitleBlock
    sections: tuple[SectionNode, ...]
    # The notes' texts, note 1 first: a text's references to them are numbered spans
    # (inline.parse_inline), counted through the printed document in reading order.
    notes: tuple[str, ...] = ()
    # The table of contents: its entries, one per printed heading; printed when
    # ``contents_wanted`` is True, or when None (automatic) if the document runs to
    # CONTENTS_FROM_PAGES pages, which only its layout knows.
    contents: tuple[ContentsEntry, ...] = ()
    contents_wanted: bool | None = False
    end_matter: EndMatter = EndMatter()
    # The sections before the end matter: the body; the annexes come after it.
    body_sections: int = 0

    def page_label(self, page: int | str, pages: int | str) -> str:
        return self.words["page_numbers"].format(page=page, pages=pages)


def make_plan(briefing: Briefing, options: ExportOptions) -> Plan:
    """The plan of ``briefing`` as ``options`` want it printed; the briefing is left
    as it is."""
    style = options.style
    chosen = selected(briefing, options)
    meta = chosen.meta
    words = style.words(meta.language)
    doc_type = words["doc_type"] if meta.doc_type in default_doc_types() else meta.doc_type
    badges = {priority: Badge(priority, words[priority_word(priority)],
                              style.priority_colour(priority))
              for priority in Priority.ranked()}
    planner = _Planner(style, words, badges, chosen.media)
    # The sections first: planning them numbers the notes and gives the contents.
    sections = tuple(planner.sections(chosen.sections))
    entries = contents_entries(sections)
    return Plan(
        language=meta.language,
        words=words,
        meta=meta,
        info=_document_info(chosen, doc_type),
        marking=marking(meta.classification, style.classification_scheme),
        badges=badges,
        title_block=TitleBlock(
            doc_type=doc_type, title=meta.title, subtitle=meta.subtitle,
            rows=tuple(metadata_rows(meta, words, style.date_format,
                                     language_of(meta.language).months)),
            heading_lines=lines(meta.heading_lines)),
        sections=sections,
        notes=tuple(planner.notes),
        contents=entries,
        contents_wanted=contents_wanted(meta.contents, len(entries)),
        end_matter=end_matter(meta, words, style),
        body_sections=next((index for index, section in enumerate(chosen.sections)
                            if section.annex), len(sections)),
    )


class _Planner:
    """Numbers and words, counted through the document in reading order."""

    def __init__(self, style: HouseStyle, words: dict[str, str],
                 badges: dict[Priority, Badge], media: dict[str, Media]) -> None:
        self.style, self.words, self.badges, self.media = style, words, badges, media
        self.paragraphs = 0
        self.captions = {"table": 0, "figure": 0}
        self.notes: list[str] = []

    def noted(self, text: str) -> str:
        """``text`` with its notes numbered after those before it."""
        return number_notes(text, self.notes) if "^[" in text else text

    def sections(self, sections: list[Section]) -> list[SectionNode]:
        numbers = heading_numbers(sections)
        labels = annex_labels(sections, self.words["annex"])
        return [SectionNode(
            id=section.id,
            heading=HeadingNode(section.id, self.heading_text(section, label), section.level,
                                number if self.style.numbered_headings else "")
            if section.heading or label else None,
            blocks=tuple(self.block(block) for block in section.blocks),
            new_page=section.annex or section.page_break_before,
        ) for section, number, label in zip(sections, numbers, labels, strict=True)]

    def heading_text(self, section: Section, label: str) -> str:
        text = self.noted(section.heading)
        if not label:
            return text
        # A file may hold the label in the heading too ("Annex A: ..."): it is printed
        # once, and with the annex's letter as it now stands.
        text = annex_heading(text)[1]
        return f"{label}{CAPTION_SEPARATOR}{text}" if text else label

    def block(self, block: Block) -> Node:
        match block:
            case Paragraph():
                number = ""
                if self.style.numbered_paragraphs:
                    self.paragraphs += 1  # through the document, as a submission counts
                    number = f"{self.paragraphs}."
                return ParagraphNode(block.id, self.noted(block.text), number)
            case BulletList():
                return ListNode(block.id, tuple(
                    self.item(item, f"{number}." if block.numbered else BULLET)
                    for number, item in enumerate(block.items, start=1)), block.numbered)
            case Table():
                return TableNode(block.id, self.caption("table", block.caption),
                                 [self.noted(cell) for cell in block.header],
                                 [[self.noted(cell) for cell in row] for row in block.rows])
            case Figure():
                if block.media not in self.media:
                    raise ValueError(f"a figure ({block.caption or block.alt or block.id}) "
                                     "has lost its image")
                return FigureNode(block.id, self.media[block.media],
                                  self.caption("figure", block.caption), clean(block.alt),
                                  min(max(block.width, 0.05), 1.0))
        raise TypeError(f"not a block: {block!r}")

    def caption(self, kind: str, text: str) -> Caption | None:
        """A table's or figure's caption, numbered among those of its kind."""
        if not text:
            return None
        self.captions[kind] += 1
        return Caption(self.words[kind], self.captions[kind], self.noted(text))

    def item(self, item: Bullet, marker: str) -> ItemNode:
        label = self.noted(item.label)  # the label is read first
        return ItemNode(self.noted(item.text), label, self.badges.get(item.priority), marker)


def lines(texts: list[str]) -> tuple[str, ...]:
    """The lines a user filled in, as printed: plain text, the empty ones left out."""
    return tuple(line for text in texts if (line := clean(text).strip()))


def end_matter(meta: Metadata, words: dict[str, str], style: HouseStyle) -> EndMatter:
    signatory = meta.signatory
    before, _, after = words["on_behalf_of"].partition("{name}")
    signature = tuple(
        SignatureLine(field, *((before, value, after) if field == "on_behalf_of"
                               else ("", value, "")))
        for field in language_of(meta.language).signature_order
        if (value := clean(getattr(signatory, field)).strip()))
    attachments = EndList("attachments", words["attachments"], lines(meta.attachments))
    page = None
    if len(attachments.items) > LONGEST_ATTACHMENT_LIST:
        page = attachments
        attachments = attachments._replace(items=(words["attachment_list"],))
    return EndMatter(
        signature=signature, signature_align=style.signature_align,
        lists=tuple(found for found in (
            attachments, EndList("distribution", words["distribution"],
                                 lines(meta.distribution))) if found.items),
        attachment_page=page, attachment_page_title=words["attachment_list_heading"])


def _document_info(briefing: Briefing, doc_type: str) -> DocumentInfo:
    meta = briefing.meta
    keywords = ", ".join(p for p in (meta.classification, doc_type, meta.reference) if p)
    return DocumentInfo(
        title=clean(plain_text(briefing.display_title(doc_type))),
        author=clean(meta.prepared_by),
        subject=clean(plain_text(meta.subject or meta.subtitle or doc_type)),
        keywords=clean(keywords),
        classification=clean(meta.classification),
        language=meta.language,
    )


def contents_entries(sections: tuple[SectionNode, ...]) -> tuple[ContentsEntry, ...]:
    return tuple(ContentsEntry(section.id, plain_text(REFERENCE.sub("", f"{heading.number} "
                                                                   f"{heading.text}").strip()),
                               heading.level)
                 for section in sections if (heading := section.heading) is not None)


def contents_wanted(setting: str, headings: int) -> bool | None:
    """Whether the contents print: as the document says, or (automatic) from
    CONTENTS_FROM_SECTIONS headings on, or None: from CONTENTS_FROM_PAGES pages on."""
    if setting == CONTENTS_ON:
        return True
    if setting == CONTENTS_OFF or headings < 2:  # one heading needs no contents
        return False
    return True if headings >= CONTENTS_FROM_SECTIONS else None


def heading_numbers(sections: list[Section]) -> list[str]:
    """``1.``, ``1.1.``, ``2.`` ... for each section's heading ("" for the lead), as
    Word's multilevel heading list counts them. Annexes and the sections under them
    are lettered instead, and leave the body's numbers as they are."""
    deepest = len(HEADING_LEVELS)
    counters = [0] * deepest
    numbers = []
    for section, annexed in zip(sections, in_annexes(sections), strict=True):
        if not section.heading or annexed:
            numbers.append("")
            continue
        counters[section.level - 1] += 1
        counters[section.level:] = [0] * (deepest - section.level)
        numbers.append("".join(f"{count}." for count in counters[:section.level]))
    return numbers


def in_annexes(sections: list[Section]) -> list[bool]:
    """For each section, whether it is an annex or stands under one (a deeper level,
    before the next section of the annex's level or higher)."""
    found, annex_level = [], 0
    for section in sections:
        if section.annex:
            annex_level = section.level
        elif annex_level and section.heading and section.level <= annex_level:
            annex_level = 0
        found.append(bool(annex_level))
    return found


def annex_labels(sections: list[Section], label: str) -> list[str]:
    """"Annex A", "Annex B" ... ("Ek-1", "Ek-2" in Turkish: ``label`` says which) for
    each annex, "" for every other section."""
    labels, count = [], 0
    for section in sections:
        if section.annex:
            count += 1
            labels.append(label.format(letter=annex_letter(count), number=count))
        else:
            labels.append("")
    return labels


@cache
def _annex_label() -> re.Pattern[str]:
    labels = (re.escape(label).replace(r"\{letter\}", "[A-Z]{1,2}").replace(
        r"\{number\}", r"\d{1,3}") for label in words_for("annex"))
    return re.compile(rf"^(?:{'|'.join(labels)})(?:\s*[:.\-–]\s*|$)")


def annex_heading(heading: str) -> tuple[bool, str]:
    """Whether ``heading`` is an annex's, and its text without the label."""
    found = _annex_label().match(heading)
    return (True, heading[found.end():].strip()) if found else (False, heading)


def annex_letter(number: int) -> str:
    """A, B, ... Z, AA, AB ...: as spreadsheets letter their columns."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# ---------------------------------------------------------------- the selection


def selected(briefing: Briefing, options: ExportOptions) -> Briefing:
    """The briefing as the options want it printed, in its language; the original is
    left unchanged. Sections and blocks keep their ids.

    ``min_priority`` makes a summary: bullets marked with a lower priority go, and with
    them a list left empty, the lead-in that introduced it ("Key topics include:") and a
    heading left with nothing under it. Paragraphs, tables, numbered lists (decisions,
    steps) and bullets without a priority stay: nobody ranked them below anything.
    """
    meta = dataclasses.replace(
        briefing.meta,
        classification=briefing.meta.classification if options.classification is None
        else options.classification,
        language=options.language or briefing.meta.language or options.style.language)
    sections = [_with_blocks(section, _kept_blocks(section.blocks, options))
                for section in briefing.sections]
    return dataclasses.replace(briefing, meta=meta, sections=_without_empty_headings(
        sections, briefing.sections))


def _with_blocks(section: Section, blocks: list[Block]) -> Section:
    unchanged = len(blocks) == len(section.blocks) and all(
        kept is block for kept, block in zip(blocks, section.blocks, strict=True))
    return section if unchanged else dataclasses.replace(section, blocks=blocks)


def _kept_blocks(blocks: list[Block], options: ExportOptions) -> list[Block]:
    chosen = [_select(block, options) for block in blocks]
    # A list the options emptied; a list the author left empty is no one's doing.
    emptied = [kept is None and isinstance(block, BulletList) and bool(block.items)
               for block, kept in zip(blocks, chosen, strict=True)]
    return [kept for index, kept in enumerate(chosen) if kept is not None
            and not (index + 1 < len(blocks) and emptied[index + 1]
                     and _is_lead_in(blocks[index]))]


def _is_lead_in(block: Block) -> bool:
    return isinstance(block, Paragraph) and plain_text(block.text).rstrip().endswith(":")


def _without_empty_headings(sections: list[Section], originals: list[Section]) -> list[Section]:
    """Sections whose heading the options left with nothing to head, neither blocks nor
    a subsection with blocks, lose their heading. They stay, empty, so that the preview
    still finds them; an empty section prints nothing and takes no heading number. A
    heading the author left empty stays."""
    printed, written = _content_under(sections), _content_under(originals)
    return [dataclasses.replace(section, heading="")
            if section.heading and written[index] and not printed[index] else section
            for index, section in enumerate(sections)]


def _content_under(sections: list[Section]) -> list[bool]:
    """For each section, whether it or a section below it (up to the next heading of its
    level or higher) has blocks."""
    found = [False] * len(sections)
    # below[level]: blocks in the sections after this one, before the next of that level
    below = dict.fromkeys(HEADING_LEVELS, False)
    for index in range(len(sections) - 1, -1, -1):
        section = sections[index]
        found[index] = bool(section.blocks) or below[section.level]
        for level in below:
            below[level] = False if level >= section.level else (
                below[level] or bool(section.blocks))
    return found


def _select(block: Block, options: ExportOptions) -> Block | None:
    if not isinstance(block, BulletList):
        return block
    items = block.items
    if options.min_priority is not None and not block.numbered:
        items = [item for item in items if item.priority is Priority.NONE
                 or item.priority.rank <= options.min_priority.rank]
    if options.sort_by_priority:
        items = sorted(items, key=lambda item: item.priority.rank)  # stable: ties keep order
    if block.items and not items:
        return None  # the options emptied it; a list the author left empty stays, empty
    return block if items == block.items else dataclasses.replace(block, items=items)
