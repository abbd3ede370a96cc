"""A ministry's Word template, opened for use: its styles found as Word finds them.

Both exporters read the template: the DOCX is built on it, and the PDF takes its look
(``template_look``).
"""

from __future__ import annotations

import re
from pathlib import Path

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section as DocxSection
from docx.styles.style import BaseStyle, StyleFactory

from ..docx_package import PackageRefused, open_word_document, unreadable_part
from ..errors import StyleError, described


def open_template(template: Path) -> Document:
    if not template.is_file():
        raise StyleError(template, "cannot read: no such Word template")
    try:
        document = open_word_document(template, as_template=True)
    except PackageRefused as error:
        raise StyleError(template, f"refused as a Word template: {error}") from error
    except ValueError as error:
        if "macroEnabled" not in str(error):
            raise StyleError(template, "not a Word document (.docx) to use as a template: "
                             f"{unreadable_part(template) or described(error)}") from error
        # Macros do not belong in a .docx: Word refuses the file that would carry them.
        raise StyleError(template, "a macro-enabled document or template (.docm, .dotm): "
                         "save it as .docx or .dotx in Word to use it as a template"
                         ) from error
    except Exception as error:  # python-docx raises several kinds for a file it cannot read
        reason = unreadable_part(template) or described(error)
        raise StyleError(template, "not a Word document (.docx) to use as a template: "
                         f"{reason}") from error
    body = document.element.body
    for element in list(body):
        if element is not body.sectPr:
            body.remove(element)  # the template's sample content, if any
    body.get_or_add_sectPr()  # where the body ends; a template may have none
    return document


def find_style(document: Document, name: str, kind: WD_STYLE_TYPE) -> BaseStyle | None:
    """The document's style of this kind that Word takes for ``name``: by its name, its
    style id or an alias, whatever the case and spacing, as templates written by other
    programs or in other languages name built-in styles (LibreOffice "Heading 1", Word
    "heading 1", a Turkish Word "Başlık 1" with id "Heading1")."""
    wanted = style_key(name)
    kind_name = {WD_STYLE_TYPE.PARAGRAPH: "paragraph", WD_STYLE_TYPE.CHARACTER: "character",
                 WD_STYLE_TYPE.TABLE: "table"}[kind]
    candidates = [s for s in document.styles.element.findall(qn("w:style"))
                  if (s.get(qn("w:type")) or "paragraph") == kind_name]
    for keys in (_names, _style_id, _aliases):
        for element in candidates:
            if wanted in keys(element):
                return StyleFactory(element)
    if name == "Normal":  # Word's default paragraph style, whatever it is called
        return document.styles.default(kind)
    return None


def has_page_set_up(section: DocxSection) -> bool:
    return None not in (section.page_width, section.left_margin, section.right_margin,
                        section.top_margin, section.bottom_margin)


def style_key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def _names(style: BaseOxmlElement) -> set[str]:
    name = style.find(qn("w:name"))
    return {style_key(name.get(qn("w:val"), ""))} if name is not None else set()


def _style_id(style: BaseOxmlElement) -> set[str]:
    return {style_key(style.get(qn("w:styleId"), ""))}


def _aliases(style: BaseOxmlElement) -> set[str]:
    aliases = style.find(qn("w:aliases"))
    if aliases is None:
        return set()
    return {style_key(alias) for alias in aliases.get(qn("w:val"), "").split(",")}
