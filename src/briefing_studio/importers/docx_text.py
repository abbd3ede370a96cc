"""The text of a Word paragraph as Word shows it, read from the body XML.

python-docx's ``Paragraph.runs`` sees only the runs that are direct children of the
paragraph and its hyperlinks, so a reviewer's inserted words (``w:ins``), moved text
(``w:moveTo``), an inline content control (``w:sdt``), a simple field and an equation
vanish. Here a paragraph is walked in document order instead, showing the document as
Word's "Accept All Changes" would (ECMA-376 Part 1, 17.13.5): insertions and moves in
kept, deletions (``w:del``, ``w:moveFrom``, ``w:delText``) left out.

Text boxes are block content anchored in a run; they are not part of the paragraph's
line of text, so :func:`text_boxes` hands them to the block reader instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.oxml.ns import qn
from docx.text.run import Run
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Containers whose runs are part of the text around them (17.3.2, 17.5.1, 17.13.5,
# 17.16.19): read through them in order.
INLINE_CONTAINERS = {f"{W}{name}" for name in (
    "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir")}
# Text that "Accept All" removes.
REMOVED = {f"{W}del", f"{W}moveFrom"}
TRACKED_CHANGES = (f"{W}ins", f"{W}del", f"{W}moveTo", f"{W}moveFrom")
# Markup-compatibility branches we can read: a mc:Choice that requires anything else is
# skipped for its mc:Fallback (ECMA-376 Part 3, 10.2), so a text box is read once.
UNDERSTOOD = {"wps", "wpg", "wpc", "wp14", "w14", "w15", "w16se", "w16cid", "a14", "m",
              "v", "o", "w10"}

Piece = tuple[str, bool, bool]  # text, bold, italic


def inline_pieces(paragraph: etree._Element, skip: etree._Element | None = None) -> list[Piece]:
    """The paragraph's text with each run's bold and italic, leaving out the run ``skip``
    (a priority badge the caller reads itself)."""
    return [piece for piece in _pieces(paragraph, skip) if piece[0]]


def _pieces(container: etree._Element, skip: etree._Element | None) -> Iterator[Piece]:
    for child in container.iterchildren(tag=etree.Element):
        tag = child.tag
        if tag == f"{W}r":
            if child is not skip:
                run = Run(child, None)  # type: ignore[arg-type]  # no part: text and b/i only
                yield run.text, bool(run.bold), bool(run.italic)
        elif tag in INLINE_CONTAINERS:
            yield from _pieces(child, skip)
        elif tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None and not showing_placeholder(child):
                yield from _pieces(content, skip)
        elif tag == f"{MC}AlternateContent":
            branch = readable_branch(child)
            if branch is not None:
                yield from _pieces(branch, skip)
        elif tag in (f"{M}oMath", f"{M}oMathPara"):
            yield linear_math(child), False, False
        elif tag == f"{W}ruby":
            base = child.find(f"{W}rubyBase")  # the text; the small reading guide above is not
            if base is not None:
                yield from _pieces(base, skip)


def plain_text(paragraph: etree._Element) -> str:
    return "".join(text for text, _, _ in inline_pieces(paragraph)).replace("\u00a0", " ")


def bookmark_names(container: etree._Element) -> Iterator[str]:
    """The names of the bookmarks that start in the paragraph's own text, in order:
    through the containers its text is read through, not in a text box anchored in it
    (whose paragraphs are read on their own)."""
    for child in container.iterchildren(tag=etree.Element):
        if child.tag == f"{W}bookmarkStart":
            yield child.get(qn("w:name"), "")
        elif child.tag in INLINE_CONTAINERS:
            yield from bookmark_names(child)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from bookmark_names(content)


def text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """The ``w:txbxContent`` of each text box anchored in the paragraph, in order.

    A text box Word 2010+ writes sits in ``mc:AlternateContent`` twice, as a DrawingML
    shape (``wps:txbx``) and as a VML fallback (``v:textbox``); only one branch is read.
    """
    found: list[etree._Element] = []
    _collect_boxes(paragraph, found)
    return found


def _collect_boxes(element: etree._Element, found: list[etree._Element]) -> None:
    for child in element.iterchildren(tag=etree.Element):
        if child.tag == f"{W}txbxContent":
            found.append(child)  # boxes inside this box are the block reader's
        elif child.tag in REMOVED:
            continue
        elif child.tag == f"{MC}AlternateContent":
            branch = readable_branch(child)
            if branch is not None:
                _collect_boxes(branch, found)
        elif child.tag == f"{W}sdt" and showing_placeholder(child):
            continue
        else:
            _collect_boxes(child, found)


def readable_branch(alternate: etree._Element) -> etree._Element | None:
    """The first ``mc:Choice`` whose requirements we understand, else ``mc:Fallback``."""
    for choice in alternate.iterchildren(f"{MC}Choice"):
        if set(choice.get("Requires", "").split()) <= UNDERSTOOD:
            return choice
    return alternate.find(f"{MC}Fallback")


def showing_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("Click or tap here to enter text."),
    which is the template's, not the author's (17.5.2.39)."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def has_tracked_changes(body: etree._Element) -> bool:
    return any(next(body.iter(tag), None) is not None for tag in TRACKED_CHANGES)


def is_drop_cap(paragraph: etree._Element) -> bool:
    """A frame holding a paragraph's enlarged first letter (17.3.1.11, ``w:dropCap``)."""
    frame = paragraph.find(f"{W}pPr/{W}framePr")
    return frame is not None and frame.get(qn("w:dropCap"), "none") in ("drop", "margin")


# ------------------------------------------------------------------ equations

def linear_math(element: etree._Element) -> str:
    """An Office Math equation in a linear form close to Word's own (``x^2+y``,
    ``(a)/(b)``), so that its symbols are kept rather than lost (22.1)."""
    tag = element.tag
    if tag == f"{M}t":
        return element.text or ""
    if tag.endswith("Pr") or tag == f"{M}ctrlPr":
        return ""  # properties: how the equation looks, not what it says
    part = {child.tag: linear_math(child) for child in element.iterchildren(tag=etree.Element)}
    if tag == f"{M}f":
        return f"{_grouped(part.get(f'{M}num', ''))}/{_grouped(part.get(f'{M}den', ''))}"
    if tag in (f"{M}sSup", f"{M}sSub", f"{M}sSubSup", f"{M}sPre", f"{M}nary"):
        base = part.get(f"{M}e", "")
        scripts = "".join(f"{mark}{_grouped(part[key])}" for mark, key in (
            ("_", f"{M}sub"), ("^", f"{M}sup")) if part.get(key))
        if tag == f"{M}nary":
            return f"{_nary_symbol(element)}{scripts} {base}"
        return f"{scripts} {base}" if tag == f"{M}sPre" else f"{base}{scripts}"
    if tag == f"{M}rad":
        degree = part.get(f"{M}deg", "")
        return f"√{'(' + degree + ')' if degree else ''}{_grouped(part.get(f'{M}e', ''))}"
    if tag == f"{M}d":
        return _delimited(element)
    if tag == f"{M}func":
        return f"{part.get(f'{M}fName', '')} {part.get(f'{M}e', '')}"
    if tag == f"{M}oMathPara":
        return " ".join(linear_math(math) for math in element.iterchildren(f"{M}oMath"))
    return "".join(linear_math(child) for child in element.iterchildren(tag=etree.Element))


def _grouped(text: str) -> str:
    return text if len(text) <= 1 else f"({text})"


def _nary_symbol(nary: etree._Element) -> str:
    symbol = nary.find(f"{M}naryPr/{M}chr")
    return "∫" if symbol is None else symbol.get(f"{M}val", "∫")


def _delimited(delimiter: etree._Element) -> str:
    properties = delimiter.find(f"{M}dPr")

    def character(name: str, default: str) -> str:
        found = properties.find(f"{M}{name}") if properties is not None else None
        return default if found is None else found.get(f"{M}val", default)

    inner = character("sepChr", "|").join(
        linear_math(e) for e in delimiter.iterchildren(f"{M}e"))
    return f"{character('begChr', '(')}{inner}{character('endChr', ')')}"
