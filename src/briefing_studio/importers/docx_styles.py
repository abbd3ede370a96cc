"""The styles part of a Word document, indexed once by style id.

python-docx looks a paragraph's style up by scanning every style (and again for the
default when the id is unknown), which took 25 s for a 3,000-paragraph document;
the importer asks for each paragraph's style several times, so the names, the
based-on chain and list numbering are read once here.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

from .docx_text import W


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str
    numbered: bool  # the style itself carries list numbering (w:pPr/w:numPr)


class WordStyles:
    def __init__(self, document: WordDocument) -> None:
        self.styles: dict[tuple[str, str], _Style] = {}
        self.defaults: dict[str, str] = {}
        for style in document.styles.element.iterchildren(f"{W}style"):
            kind = style.get(qn("w:type"), "paragraph")
            style_id = style.get(qn("w:styleId"), "")
            self.styles[kind, style_id] = _Style(
                name=BabelFish.internal2ui(_value(style, "name") or style_id),
                based_on=_value(style, "basedOn"),
                numbered=style.find(f"{W}pPr/{W}numPr") is not None)
            if style.get(qn("w:default")) in ("1", "true", "on") and kind not in self.defaults:
                self.defaults[kind] = style_id
        # The language the document declares for its text, "" if none: the default run
        # properties' w:lang (17.3.2.20), where Word's status bar and spelling look.
        self.language = _value(
            document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"), "lang")

    def paragraph_style(self, paragraph: etree._Element) -> str:
        """The name of the paragraph's style (Word's default style when it names none or
        one the document lacks), as python-docx's ``Paragraph.style.name`` gives it."""
        return self._name("paragraph", _value(paragraph.find(f"{W}pPr"), "pStyle"))

    def run_style(self, run: etree._Element) -> str:
        return self._name("character", _value(run.find(f"{W}rPr"), "rStyle"))

    def paragraph_style_is_list(self, paragraph: etree._Element) -> bool:
        """Whether the paragraph's style, or one it is based on, is a list style."""
        style_id = _value(paragraph.find(f"{W}pPr"), "pStyle")
        if ("paragraph", style_id) not in self.styles:
            style_id = self.defaults.get("paragraph", "")
        seen: set[str] = set()
        while ("paragraph", style_id) in self.styles and style_id not in seen:
            seen.add(style_id)  # a based-on loop in a damaged document ends here
            style = self.styles["paragraph", style_id]
            if style.name.startswith("List") or style.numbered:
                return True
            style_id = style.based_on
        return False

    def _name(self, kind: str, style_id: str) -> str:
        style = self.styles.get((kind, style_id)) or self.styles.get(
            (kind, self.defaults.get(kind, "")))
        return style.name if style is not None else ""


def _value(parent: etree._Element | None, child: str) -> str:
    found = None if parent is None else parent.find(f"{W}{child}")
    return "" if found is None else found.get(qn("w:val"), "")
