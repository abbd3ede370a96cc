"""The briefing's plan as a Word document built from real styles, lists and fields.

Everything a colleague may want to restyle is a named style (Title, Heading 1-3, Body
Text, List Bullet, List Number, Caption, the "Briefing Table" table style, the
"Priority High/Medium/Low" character styles), so Word's navigation pane, "restyle
everything" and "update styles from template" work on the exported file.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import io
import re
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Inches, Length, Mm, Pt, RGBColor
from docx.styles import BabelFish
from docx.styles.style import BaseStyle

from ..atomicfile import replacing
from ..errors import BriefingError, ExportError, StyleError
from ..inline import parse_inline
from ..layout import LEAST_ROWS_ON_A_PAGE, column_widths_mm, figure_size, numeric_columns
from ..media import pixel_size
from ..model import HEADING_LEVELS, Briefing
from ..options import ExportOptions
from ..plan import (
    CAPTION_SEPARATOR,
    Caption,
    EndList,
    FigureNode,
    ItemNode,
    ListNode,
    ParagraphNode,
    Plan,
    SectionNode,
    TableNode,
    make_plan,
)
from ..script import split_by_direction
from ..spacing import TextSpacing, block_gaps, furniture, text_spacing
from ..style import HouseStyle
from ..titleblock import (
    END_MATTER_CONTROL,
    HEADING_LINES_CONTROL,
    METADATA_CONTROL,
    SIGNATORY_TAG,
)
from ..word_styles import (
    BUILT_IN_STYLES,
    DOC_TYPE_STYLE,
    FOOTNOTE_REFERENCE_STYLE,
    FOOTNOTE_TEXT_STYLE,
    ID_BOOKMARK,
    NUMBERED_PARAGRAPH_STYLE,
    PRIORITY_STYLES,
    SECTION_BOOKMARK,
)
from ..xmltext import clean
from . import docx_xml as xml
from .docx_parts import (
    clear_core_properties,
    drop_empty_core_properties,
    drop_template_leftovers,
    write_application_properties,
)
from .template_look import look_of
from .word_template import find_style, has_page_set_up, open_template, style_key

TABLE_STYLE = "Briefing Table"
# Word's names for the contents' styles, which Word and LibreOffice restyle as such.
CONTENTS_HEADING_STYLE = "TOC Heading"
CONTENTS_STYLES = ("toc 1", "toc 2", "toc 3")
# Cell text has paragraph styles of its own: a paragraph style's font and colour win
# over a table style's in LibreOffice (and over Normal-based text in Word).
TABLE_HEADING_STYLE = "Table Heading"
TABLE_TEXT_STYLE = "Table Text"
MARKING_STYLE = "Classification Marking"
TITLE_BLOCK_STYLE = "Document Information"
LETTERHEAD_STYLE = "Letterhead"  # the heading lines, and the title of the attachments' page
SIGNATURE_STYLE = "Signature"  # Word's own name
END_LABEL_STYLE = "End Matter Label"
END_ITEM_STYLE = "End Matter Item"
LABEL_COLUMN_MM = 32
CORE_PROPERTY_LIMIT = 255
# An SVG's fallback picture is sharp when printed at this resolution.
SVG_FALLBACK_DPI = 220
MM_PER_INCH = 25.4
FIELD_PLACEHOLDER = re.compile(r"(\{page\}|\{pages\})")


def write_docx(briefing: Briefing, path: Path, options: ExportOptions) -> None:
    """Write the DOCX to ``path``; the file appears only when it is complete."""
    document = build_docx(make_plan(briefing, options), options.style, options.docx_template)
    # Zipped in memory, then written at once: a zip left half written on a full disk
    # would complain again when Python collects it, in a second line of errors.
    packed = io.BytesIO()
    document.save(packed)
    try:
        with replacing(path) as temporary:
            temporary.write_bytes(packed.getvalue())
    except OSError as error:
        raise ExportError(path, f"cannot write: {error.strerror or error}") from error


def build_docx(plan: Plan, style: HouseStyle, template: Path | None = None) -> Document:
    """The plan as a Word document, on the ministry's own template when given: its
    page set-up, its styles and its header and footer content are kept, and the
    house style only fills in the styles the template does not have."""
    if template is None:
        return _DocxBuilder(plan, style, None).build()
    try:
        return _DocxBuilder(plan, style, template).build()
    except BriefingError:
        raise
    except Exception as error:  # a template another program wrote, in a shape we did not foresee
        raise StyleError(template, "cannot be used as a Word template "
                         f"({type(error).__name__}: {error})") from error


class _DocxBuilder:
    def __init__(self, plan: Plan, style: HouseStyle, template: Path | None) -> None:
        self.plan = plan
        self.marking = plan.marking
        self.template = template
        self.document = open_template(template) if template else docx.Document()
        # On a template, the spacing the PDF takes from it, for the spaces we write
        # ourselves (below a list), so that both outputs agree there too.
        self.style = style if template is None else look_of(style, self.document, template)
        self.spacing, self.gaps = text_spacing(self.style), block_gaps(self.style)
        self.furniture = furniture(self.style, bool(self.marking.text))
        # The template's own styles, by style id: they win over the house style.
        self.template_styles = ({s.get(qn("w:styleId")) for s in self._style_elements()}
                                if template else set())
        self.found: dict[str, BaseStyle] = {}  # our style name: the style in the document
        self.numbering = xml.Numbering(self.document)
        self.heading_list = self.numbering.new_instance(self.numbering.heading_abstract)
        self.body: list[str] = []
        # Bookmark ids are unique in a document: ours follow a template's own.
        self.bookmarks = max((int(mark.get(qn("w:id"), 0))
                              for mark in self.document.element.iter(qn("w:bookmarkStart"))),
                             default=0)
        # A section without a heading (the lead) has its id on its first block's too.
        self.headless_section = ""
        self.pictures = 0  # the drawings so far: each has a number of its own
        self.svg_parts: dict[str, str] = {}  # an SVG's key: its part's relationship id

    def build(self) -> Document:
        if self.template is None or not has_page_set_up(self.document.sections[0]):
            self._set_up_page()
        self._set_up_styles()
        self.ids = {name: style.style_id for name, style in self.found.items()}
        self._add_page_furniture()
        self._add_title_block()
        self._add_contents()
        body = self.plan.body_sections
        for section in self.plan.sections[:body]:
            self._add_section(section)
        self._add_end_matter()
        for section in self.plan.sections[body:]:
            self._add_section(section)
        xml.append_body(self.document, self.body)
        if self.plan.notes:
            xml.write_footnotes(self.document, [
                xml.footnote(number, self.ids[FOOTNOTE_TEXT_STYLE],
                             self.ids[FOOTNOTE_REFERENCE_STYLE], self._runs(text))
                for number, text in enumerate(self.plan.notes, start=1)])
        self._set_properties()
        drop_template_leftovers(self.document)
        return self.document

    # ------------------------------------------------------------ page and styles

    def _set_up_page(self) -> None:
        width, height = self.style.page_size_mm
        margins = self.style.margins
        section = self.document.sections[0]
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.top_margin, section.bottom_margin = Mm(margins.top), Mm(margins.bottom)
        section.left_margin, section.right_margin = Mm(margins.left), Mm(margins.right)
        section.header_distance = Mm(self.furniture.header_mm)
        section.footer_distance = Mm(self.furniture.footer_mm)

    def _set_up_styles(self) -> None:
        xml.set_language(self.document, self.plan.language)
        fonts, colours = self.style.docx_fonts, self.style.colours
        spacing, gaps = self.spacing, self.gaps
        normal = self._paragraph_style("Normal", fonts.body, spacing["meta"], colours.text)
        # No line of a paragraph alone at the foot or head of a page, as in the PDF.
        normal.paragraph_format.widow_control = True
        self._paragraph_style("Body Text", fonts.body, spacing["body"], colours.text)
        title = self._paragraph_style("Title", fonts.heading, spacing["title"], colours.heading)
        title.font.bold = True
        # python-docx's default Title has a blue rule under it; ours is under the title
        # block, as in the PDF. (A template's own Title is left as it is: see _style.)
        xml.remove_border(title.element.get_or_add_pPr())
        subtitle = self._paragraph_style("Subtitle", fonts.heading, spacing["subtitle"],
                                         colours.muted)
        # python-docx's default Subtitle is italic, letter-spaced and in a list; ours is
        # upright plain text, as in the PDF.
        subtitle.font.italic = False
        xml.remove_children(subtitle.element.get_or_add_rPr(), "w:iCs", "w:spacing")
        xml.remove_children(subtitle.element.get_or_add_pPr(), "w:numPr")
        for level in HEADING_LEVELS:
            heading = self._paragraph_style(f"Heading {level}", fonts.heading,
                                            spacing[f"heading{level}"], colours.heading)
            heading.font.bold = True
            heading.font.italic = False
            heading.paragraph_format.keep_with_next = True
        for name, kind in (("List Bullet", "bullet"), ("List Number", "numbered")):
            listed = self._paragraph_style(name, fonts.body, spacing[kind], colours.text)
            # Word's default list styles drop the space between items of one list; the
            # PDF keeps it.
            xml.keep_space_between_like_paragraphs(listed.element.get_or_add_pPr())
        if self.style.numbered_paragraphs:
            # One numbering through the document, through the style itself: Word counts
            # the paragraphs on as they are added, moved or deleted.
            numbered = self._paragraph_style(NUMBERED_PARAGRAPH_STYLE, fonts.body,
                                             spacing["body"], colours.text, base="Body Text")
            xml.set_numbering(numbered.element.get_or_add_pPr(),
                              self.numbering.new_instance(self.numbering.number_abstract))
        # One bullet list instance serves every bullet list, through the style itself.
        xml.set_numbering(self.found["List Bullet"].element.get_or_add_pPr(),
                          self.numbering.new_instance(self.numbering.bullet_abstract))
        self._paragraph_style(FOOTNOTE_TEXT_STYLE, fonts.body, spacing["note"], colours.text)
        contents_heading = self._paragraph_style(CONTENTS_HEADING_STYLE, fonts.heading,
                                                 spacing["heading1"], colours.heading)
        contents_heading.font.bold = True
        for level in HEADING_LEVELS:
            # The page number at the right margin, a dotted leader before it, as the PDF.
            entry = self._paragraph_style(CONTENTS_STYLES[level - 1], fonts.body,
                                          dataclasses.replace(spacing["body"], before=0,
                                                              after=2), colours.text)
            entry.font.bold = level == 1
            entry.paragraph_format.left_indent = Mm(6 * (level - 1))
            entry.paragraph_format.tab_stops.add_tab_stop(
                Mm(self.style.text_width_mm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        self._style(FOOTNOTE_REFERENCE_STYLE, WD_STYLE_TYPE.CHARACTER).font.superscript = True
        self._set_up_end_matter_styles()
        caption = self._paragraph_style("Caption", fonts.body, spacing["caption"], colours.muted)
        caption.font.bold, caption.font.italic = True, False
        caption.paragraph_format.keep_with_next = True
        cell_spacing = dataclasses.replace(spacing["table_cell"],
                                           before=gaps.cell_padding_vertical,
                                           after=gaps.cell_padding_vertical)
        for name in (TABLE_HEADING_STYLE, TABLE_TEXT_STYLE):
            self._paragraph_style(name, fonts.body, cell_spacing, colours.text, base="Normal")
        heading_cell = self.found[TABLE_HEADING_STYLE]
        heading_cell.font.bold = True
        xml.set_colour(heading_cell.element.get_or_add_rPr(), colours.table_header_text)
        row_spacing = dataclasses.replace(spacing["meta"], before=gaps.title_block_row_padding,
                                          after=gaps.title_block_row_padding)
        self._paragraph_style(TITLE_BLOCK_STYLE, fonts.body, row_spacing, colours.text,
                              base="Normal")
        for name in ("Header", "Footer"):
            self._paragraph_style(name, fonts.body, spacing["footer"], colours.muted)
        marking_style = self._paragraph_style(
            MARKING_STYLE, fonts.heading, spacing["banner"], self.marking.colour, base="Normal"
        )
        marking_style.font.bold = True
        marking_style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc_type = self._paragraph_style(DOC_TYPE_STYLE, fonts.heading, spacing["doc_type"],
                                         colours.muted, base="Normal")
        doc_type.font.bold = True
        for priority, name in PRIORITY_STYLES.items():
            character = self._style(name, WD_STYLE_TYPE.CHARACTER)
            character.font.bold = True
            character.font.color.rgb = RGBColor.from_string("FFFFFF")
            xml.shade(character.element.get_or_add_rPr(), self.plan.badges[priority].colour)
        table_style = self._find(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        if table_style is None:
            xml.add_table_style(
                self.document, TABLE_STYLE, border=colours.table_border,
                header_fill=colours.table_header, header_text=colours.table_header_text,
                zebra_fill=colours.table_zebra,
                size_half_points=round(spacing["table_cell"].size * 2),
                cell_margin_twips=round(gaps.cell_padding_horizontal * 20),
            )
            table_style = self._find(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
        self.found[TABLE_STYLE] = table_style

    def _set_up_end_matter_styles(self) -> None:
        fonts, colours, body = self.style.docx_fonts, self.style.colours, self.spacing["body"]
        tight = dataclasses.replace(body, before=0, after=0)
        letterhead = self._paragraph_style(LETTERHEAD_STYLE, fonts.heading, tight,
                                           colours.heading)
        letterhead.font.bold = True
        letterhead.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        signature = self._paragraph_style(SIGNATURE_STYLE, fonts.body, tight, colours.text)
        if self.style.signature_align == "right":
            # On the right half of the text, each line centred there, as the PDF.
            signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            signature.paragraph_format.left_indent = Mm(self.style.text_width_mm / 2)
        self._paragraph_style(END_LABEL_STYLE, fonts.body,
                              dataclasses.replace(body, before=body.leading, after=2),
                              colours.text).paragraph_format.keep_with_next = True
        item = self._paragraph_style(END_ITEM_STYLE, fonts.body, tight, colours.text)
        item.paragraph_format.left_indent = Inches(0.25)  # where a numbered item's text is

    def _style(self, name: str, kind: WD_STYLE_TYPE, base: str | None = None) -> BaseStyle:
        existing = self._find(name, kind)
        if existing is not None:
            self.found[name] = existing
            if existing.style_id in self.template_styles:
                if name in BUILT_IN_STYLES:
                    _name_as_word_does(existing.element, name)
                # The template's own style wins: the house style is set on a copy that
                # is thrown away, so the code that sets up styles need not know.
                return type(existing)(copy.deepcopy(existing.element))
            return existing
        styles = self.document.styles
        try:
            created = styles.add_style(name, kind)
        except ValueError:  # the template has a style of another kind by this name
            created = styles.add_style(f"Briefing {name}", kind)
        if base:
            created.base_style = self.found[base]
        created.quick_style = True
        self.found[name] = created
        return created

    def _find(self, name: str, kind: WD_STYLE_TYPE) -> BaseStyle | None:
        return find_style(self.document, name, kind)

    def _style_elements(self) -> list:
        return self.document.styles.element.findall(qn("w:style"))

    def _paragraph_style(self, name: str, font: str, spacing: TextSpacing, colour: str,
                         base: str | None = None) -> BaseStyle:
        """A paragraph style in ``font``, sized and spaced as ``spacing`` says: its lines
        at least the PDF's leading apart, so that both break pages alike."""
        style = self._style(name, WD_STYLE_TYPE.PARAGRAPH, base)
        style.font.size = Pt(spacing.size)
        r_pr = style.element.get_or_add_rPr()
        xml.set_fonts(r_pr, font, self.style.docx_fonts.arabic)
        xml.set_complex_script_size(r_pr, round(spacing.size * 2))
        xml.set_colour(r_pr, colour)
        paragraph = style.paragraph_format
        paragraph.space_before, paragraph.space_after = Pt(spacing.before), Pt(spacing.after)
        paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
        paragraph.line_spacing = Pt(spacing.leading)
        return style

    # ------------------------------------------------------------ page furniture

    def _add_page_furniture(self) -> None:
        section = self.document.sections[0]
        one_line = self.furniture.one_line_footer
        banner = []
        if self.marking.text:
            marking_run = xml.run(clean(self.marking.text))
            banner = [xml.paragraph(self.ids[MARKING_STYLE], marking_run)]
        folio = [xml.run(clean(self.plan.meta.reference)), xml.run("\t")]
        if one_line:  # the marking between the reference and the page number
            folio += [xml.run(clean(self.marking.text), bold=True, colour=self.marking.colour,
                              half_points=round(self.style.sizes.banner * 2)), xml.run("\t")]
        for piece in FIELD_PLACEHOLDER.split(self.plan.words["page_numbers"]):
            if piece == "{page}":
                folio.append(xml.field("PAGE", "1"))
            elif piece == "{pages}":
                folio.append(xml.field("NUMPAGES", "1"))
            elif piece:
                folio.append(xml.run(piece))
        # The folio's tabs go to the middle and the right margin of this page, whatever
        # tab stops the Footer style (the template's, set for another paper) brings.
        text_width = Length(section.page_width - section.left_margin
                            - section.right_margin).twips
        inherited = [stop.position.twips
                     for stop in self.found["Footer"].paragraph_format.tab_stops]
        tabs = xml.tab_stops([text_width // 2] if one_line else [], text_width, inherited)
        folio_paragraph = xml.paragraph(self.ids["Footer"], "".join(folio), tabs=tabs)
        footer = [folio_paragraph] if one_line else [*banner, folio_paragraph]
        headers = [section.header]
        footers = [section.footer]
        if section.different_first_page_header_footer:  # a letterhead's own first page
            headers.append(section.first_page_header)
            footers.append(section.first_page_footer)
        if self.document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
            footers.append(section.even_page_footer)
        for header, footer_story in zip(headers, footers, strict=True):
            if self.template is None:
                xml.set_story(header._element, banner or [xml.paragraph("", "")])
                xml.set_story(footer_story._element, footer)
            else:
                # The template's header and footer (a crest, an address) stay; the
                # marking goes above the one and the folio below the other.
                xml.add_to_story(header._element, banner, at_start=True)
                xml.add_to_story(footer_story._element, footer, at_start=False)

    # ------------------------------------------------------------ title block

    def _add_title_block(self) -> None:
        block = self.plan.title_block
        if block.heading_lines:
            lines = "".join(xml.paragraph(self.ids[LETTERHEAD_STYLE], self._runs(line))
                            for line in block.heading_lines)
            self.body.append(xml.content_control(HEADING_LINES_CONTROL, lines,
                                                 self.plan.words["heading_lines"]))
            self.body.append(xml.spacer(self.gaps.title_block_before))
        if block.doc_type:
            self._paragraph(DOC_TYPE_STYLE, block.doc_type)
        if block.title:
            self._paragraph("Title", block.title)
        if block.subtitle:
            self._paragraph("Subtitle", block.subtitle)
        rows, gaps = block.rows, self.gaps
        if rows:
            style = self.ids[TITLE_BLOCK_STYLE]
            cells = [
                [xml.paragraph(style, xml.run(label, bold=True, colour=self.style.colours.muted)),
                 xml.paragraph(style, self._runs(value))]
                for label, value in rows
            ]
            label_width = Mm(LABEL_COLUMN_MM).twips
            widths = [label_width, Mm(self.style.text_width_mm).twips - label_width]
            table = xml.table(cells, widths, rule_below=self.style.colours.rule,
                              cell_margins=False)
            self.body.append(xml.spacer(gaps.title_block_before))
            self.body.append(xml.content_control(METADATA_CONTROL, table,
                                                 self.plan.words["document_information"]))
        if block.doc_type or block.title or block.subtitle or rows:
            # An empty title block takes no room: the first section starts the page.
            self.body.append(xml.spacer(gaps.title_block_after))

    # ------------------------------------------------------------ end matter

    def _add_end_matter(self) -> None:
        """The signature, the attachments and the distribution, as the PDF prints them,
        in one content control; each field's text in a control of its own, for the
        importer to read back whatever a colleague changed around it."""
        end = self.plan.end_matter
        if end.is_empty:  # a page of attachments is named in the lists: never alone
            return
        markup = [xml.spacer(self.gaps.title_block_after)]
        if end.signature:
            markup.append(xml.spacer(self.gaps.signing_room))
            for number, line in enumerate(end.signature, start=1):
                runs = "".join((xml.run(line.before) if line.before else "",
                                self._field(SIGNATORY_TAG + line.field, self._runs(line.value)),
                                xml.run(line.after) if line.after else ""))
                markup.append(xml.paragraph(self.ids[SIGNATURE_STYLE], runs,
                                            keep_next=number < len(end.signature) or
                                            bool(end.lists)))
        for listed in end.lists:
            markup += self._end_list(listed)
        if end.attachment_page is not None:
            markup.append(xml.paragraph(self.ids[LETTERHEAD_STYLE],
                                        self._runs(end.attachment_page_title), new_page=True))
            markup.append(xml.spacer(self.gaps.title_block_after))
            markup.append(self._field(end.attachment_page.field,
                                      self._end_items(end.attachment_page)))
        self.body.append(xml.content_control(END_MATTER_CONTROL, "".join(markup),
                                             self.plan.words["end_matter"]))

    def _end_list(self, listed: EndList) -> list[str]:
        label = xml.run(f"{listed.label}:", bold=True)
        style = self.ids[END_LABEL_STYLE]
        if len(listed.items) == 1:
            return [xml.paragraph(style, label + xml.run(" ") + self._field(
                listed.field, self._runs(listed.items[0])))]
        return [xml.paragraph(style, label, keep_next=True),
                self._field(listed.field, self._end_items(listed))]

    def _end_items(self, listed: EndList) -> str:
        num_id = self.numbering.new_instance(self.numbering.number_abstract) \
            if listed.numbered else None
        style = self.ids["List Number" if listed.numbered else END_ITEM_STYLE]
        return "".join(xml.paragraph(style, self._runs(item), num_id=num_id,
                                     keep_next=number < len(listed.items))
                       for number, item in enumerate(listed.items, start=1))

    def _field(self, tag: str, content: str) -> str:
        return xml.content_control(tag, content, self.plan.words.get(tag, tag))

    # ------------------------------------------------------------ contents

    def _add_contents(self) -> None:
        """Word's own contents (a TOC field, which Word and LibreOffice update), its
        entries filled in already, with the pages the PDF puts the headings on, so that
        they show before anyone updates the field."""
        if self.plan.contents_wanted is False or not self.plan.contents:
            return
        from .pdf import heading_pages  # reportlab loads only for a document with contents

        pages = heading_pages(self.plan, self.style)
        if pages is None:  # automatic, and the document is too short for contents
            return
        entries = [(self.ids[CONTENTS_STYLES[entry.level - 1]], ID_BOOKMARK + entry.id,
                    entry.text, str(pages.get(entry.id, ""))) for entry in self.plan.contents]
        self.body.append(xml.table_of_contents(
            self.ids[CONTENTS_HEADING_STYLE], self.plan.words["contents"], entries))

    # ------------------------------------------------------------ body

    def _add_section(self, section: SectionNode) -> None:
        heading = section.heading
        self.headless_section = section.id if heading is None else ""
        if heading is not None:
            # Word's multilevel list numbers the headings, as the plan numbers them.
            numbering = self.heading_list if heading.number else None
            self._paragraph(f"Heading {heading.level}", heading.text, num_id=numbering,
                            level=heading.level - 1, item_id=section.id,
                            new_page=section.new_page)
        elif section.new_page:
            self.body.append(xml.PAGE_BREAK)
        for block in section.blocks:
            match block:
                case ParagraphNode():
                    # Word numbers the paragraphs through the style, as the plan does.
                    self._paragraph(NUMBERED_PARAGRAPH_STYLE if block.number else "Body Text",
                                    block.text, item_id=block.id)
                case ListNode():
                    self._add_list(block)
                case TableNode():
                    self._add_table(block)
                case FigureNode():
                    self._add_figure(block)
                case _:
                    raise TypeError(f"no DOCX for {block!r}")

    def _add_list(self, bullets: ListNode) -> None:
        # Every numbered list has its own numbering instance, so each starts at 1.
        num_id = self.numbering.new_instance(self.numbering.number_abstract) \
            if bullets.numbered else None
        style = self.ids["List Number" if bullets.numbered else "List Bullet"]
        # The space below a list, as the PDF leaves it: on its last item.
        kind = "numbered" if bullets.numbered else "bullet"
        last_after = self.spacing[kind].after + self.gaps.list_end
        for number, item in enumerate(bullets.items, start=1):
            runs = self._bullet_runs(item)
            self.body.append(xml.paragraph(
                style, self._bookmarked(bullets.id, runs) if number == 1 else runs,
                num_id=num_id, space_after=last_after if number == len(bullets.items) else None))

    def _bullet_runs(self, item: ItemNode) -> str:
        runs = []
        if item.badge is not None:
            # The word itself carries the priority; the style's shading only repeats it.
            runs.append(xml.run(f"\u00a0{clean(item.badge.word)}\u00a0",
                                style_id=self.ids[PRIORITY_STYLES[item.badge.priority]]))
            runs.append(xml.run(" "))
        if item.label:
            runs.append(self._runs(f"{item.label}:", bold=True))
            runs.append(xml.run(" "))
        runs.append(self._runs(item.text))
        return "".join(runs)

    def _add_table(self, table: TableNode) -> None:
        caption = table.caption
        if caption is not None:
            self.body.append(xml.paragraph(
                self.ids["Caption"], self._bookmarked(table.id, self._caption_runs(caption))))
        if not table.column_count:  # the caption is printed, with no table to caption
            return
        widths = column_widths_mm(table, self.style.text_width_mm, self.style.sizes.table)
        heading, text = self.ids[TABLE_HEADING_STYLE], self.ids[TABLE_TEXT_STYLE]
        right = numeric_columns(table)
        body_rows = len(table.rows)
        # The header and the first rows stay together, and the last rows: no page holds
        # fewer than LEAST_ROWS_ON_A_PAGE body rows of the table (the PDF splits alike).
        kept = {0, *range(1, min(LEAST_ROWS_ON_A_PAGE, body_rows)),
                *range(max(1, body_rows - LEAST_ROWS_ON_A_PAGE + 1), body_rows)}
        # Without a caption, the table's id is in its first cell.
        first_runs = self._runs(table.header[0])
        if caption is None:
            first_runs = self._bookmarked(table.id, first_runs)
        rows = [[xml.paragraph(heading if index == 0 else text,
                               first_runs if index == column == 0 else self._runs(cell),
                               keep_next=index in kept, align="right" if aligned_right else "")
                 for column, (cell, aligned_right) in enumerate(zip(row, right, strict=True))]
                for index, row in enumerate([table.header, *table.rows])]
        self.body.append(xml.table(rows, [Mm(width).twips for width in widths],
                                   style_id=self.ids[TABLE_STYLE], header_rows=1, centred=True))
        # The space below a table, as a paragraph of that height: without a paragraph
        # between them Word glues consecutive tables into one.
        self.body.append(xml.spacer(self.gaps.after_table))

    def _add_figure(self, figure: FigureNode) -> None:
        """The picture centred, as wide as the plan says, its caption below it and kept
        with it; an SVG is the picture's SVG, over a PNG of it for older readers."""
        media, caption = figure.media, figure.caption
        text_width = self.style.text_width_mm
        page_height = self.style.page_size_mm[1]
        text_height = page_height - self.style.margins.top - self.style.margins.bottom
        caption_room = self.spacing["caption"]
        caption_height = ((caption_room.leading + caption_room.before + caption_room.after)
                          * MM_PER_INCH / 72 if caption is not None else 0)
        svg_rid = ""
        picture = media.data
        if media.is_vector:
            from .svg_drawing import svg_png  # resvg is loaded for SVGs only

            pixels = round(figure.width * text_width / MM_PER_INCH * SVG_FALLBACK_DPI)
            picture = svg_png(media.data, pixels, self.style.pdf_fonts.body)
            if media.key not in self.svg_parts:
                self.svg_parts[media.key] = xml.add_svg_image(self.document, media.data)
            svg_rid = self.svg_parts[media.key]
        # python-docx stores an image used twice once.
        image_rid = self.document.part.get_or_add_image(io.BytesIO(picture))[0]
        width, height = figure_size(figure.width, pixel_size(picture), text_width,
                                    text_height, caption_height)
        self.pictures += 1
        runs = xml.picture(image_rid, (Mm(width).emu, Mm(height).emu), self.pictures,
                           figure.alt, svg_rid)
        self.body.append(xml.spacer(self.gaps.after_table))
        self.body.append(xml.paragraph(self.ids["Normal"], self._bookmarked(figure.id, runs),
                                       keep_next=caption is not None, align="center",
                                       space_after=0))
        if caption is not None:
            self.body.append(xml.paragraph(self.ids["Caption"],
                                           self._caption_runs(caption, "Figure"), align="center"))
        self.body.append(xml.spacer(self.gaps.after_table))

    def _caption_runs(self, caption: Caption, sequence: str = "Table") -> str:
        """"Table 2: ..." with its number in Word's SEQ field, which counts the captions
        of its ``sequence`` as the plan does."""
        number = xml.field(f"SEQ {sequence} \\* ARABIC", str(caption.number))
        return (f"{xml.run(f'{clean(caption.word)} ')}{number}{xml.run(CAPTION_SEPARATOR)}"
                f"{self._runs(caption.text)}")

    # ------------------------------------------------------------ text

    def _paragraph(self, style: str, text: str, *, num_id: int | None = None,
                   level: int = 0, item_id: str = "", new_page: bool = False) -> None:
        runs = self._runs(text)
        self.body.append(xml.paragraph(self.ids[style], self._bookmarked(item_id, runs)
                                       if item_id else runs, num_id=num_id, level=level,
                                       new_page=new_page))

    def _bookmarked(self, item_id: str, runs: str) -> str:
        """``runs`` in the hidden bookmark that carries the id of their section or block
        (and of a section without a heading, at its first block), for the importer."""
        self.bookmarks += 1
        marked = xml.bookmark(ID_BOOKMARK + item_id, self.bookmarks, runs)
        if self.headless_section:
            self.bookmarks += 1
            marked = xml.bookmark(SECTION_BOOKMARK + self.headless_section, self.bookmarks,
                                  marked)
            self.headless_section = ""
        return marked

    def _runs(self, text: str, bold: bool = False) -> str:
        """Text with its inline markup as real bold and italic runs, Arabic runs marked
        right to left, line breaks kept, and notes as Word's footnotes."""
        return "".join(
            xml.footnote_reference(span.note, self.ids[FOOTNOTE_REFERENCE_STYLE])
            if span.note else "".join(
                xml.run(piece, bold=span.bold or bold, italic=span.italic, rtl=rtl)
                for piece, rtl in split_by_direction(span.text))
            for span in parse_inline(clean(text))
        )

    # ------------------------------------------------------------ properties

    def _set_properties(self) -> None:
        meta, info = self.plan.meta, self.plan.info
        properties = self.document.core_properties
        clear_core_properties(self.document)
        for name, value in (
            ("title", info.title), ("subject", info.subject), ("author", info.author),
            ("last_modified_by", info.author),
            ("category", self.plan.title_block.doc_type),
            ("keywords", info.keywords), ("identifier", meta.reference),
            ("version", meta.version_label), ("content_status", meta.classification),
            ("comments", meta.source), ("language", self.plan.language),
        ):
            # The core-properties part holds at most 255 characters a property.
            setattr(properties, name, clean(value)[:CORE_PROPERTY_LIMIT])
        properties.revision = 1
        now = datetime.datetime.now(datetime.UTC).replace(microsecond=0, tzinfo=None)
        try:
            properties.created = datetime.datetime.fromisoformat(meta.date)
        except ValueError:
            properties.created = now
        properties.modified = now
        drop_empty_core_properties(self.document)
        write_application_properties(self.document, clean(meta.organisation))
        if info.classification:
            xml.set_custom_property(self.document, "Classification", info.classification)


def _name_as_word_does(style: BaseOxmlElement, name: str) -> None:
    """Give a template's built-in style, found by its id or an alias under another name
    ("Başlık 1", written by a converter), the name by which Word and LibreOffice know it
    as built in ("heading 1"); Word shows it in the reader's language anyway. The name
    it had stays, as an alias."""
    internal = BabelFish.ui2internal(name)
    element = style.find(qn("w:name"))
    if element is None:
        element = style.makeelement(qn("w:name"), {})
        style.insert(0, element)
    current = element.get(qn("w:val"), "")
    if style_key(current) == style_key(internal):
        return
    element.set(qn("w:val"), internal)
    if not current:
        return
    aliases = style.find(qn("w:aliases"))
    if aliases is None:
        aliases = style.makeelement(qn("w:aliases"), {})
        element.addnext(aliases)  # w:aliases follows w:name (17.7.4.1)
    known = [alias for alias in aliases.get(qn("w:val"), "").split(",") if alias]
    aliases.set(qn("w:val"), ",".join([*known, current] if current not in known else known))
