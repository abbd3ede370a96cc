"""Bold and italic in the text fields: Ctrl+B and Ctrl+I write the markup, and the
paragraph editor shows it as it will print.

The model stays plain text with ``**bold**`` and ``*italic*``; the markers stay
visible, drawn faintly, so that what the user sees is exactly what is saved.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ..inline import NOTE, SPAN, STYLE_OF_MARKER, toggle_emphasis

# Red, as every spell checker draws its wave; the wave's shape tells it from the rest.
MISSPELT_COLOUR = QColor("#D0021B")


def _utf16(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units, Python in code points."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_utf16(text: str, position: int) -> int:
    units = 0
    for index, character in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(character) > 0xFFFF else 1
    return len(text)


def field_text(widget: QWidget) -> tuple[str, int, int] | None:
    """A line or text edit's text and its selection (or cursor), in code points; None
    for any other widget."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
        if widget.hasSelectedText():
            start = widget.selectionStart()
            end = start + widget.selectionLength()
        else:
            start = end = widget.cursorPosition()
    elif isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        cursor = widget.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
    else:
        return None
    return text, _from_utf16(text, start), _from_utf16(text, end)


def replace_text(widget: QWidget, new: str, selection: tuple[int, int]) -> None:
    """Make the field's text ``new`` by replacing only what changed, as one edit the
    field sends on to the document (its cursor and scroll stay where they are), and
    select ``selection`` (code points) of it."""
    text, _, _ = field_text(widget)
    prefix = 0
    while prefix < min(len(text), len(new)) and text[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(text), len(new)) - prefix
           and text[len(text) - 1 - suffix] == new[len(new) - 1 - suffix]):
        suffix += 1
    old_span = (_utf16(text, prefix), _utf16(text, len(text) - suffix))
    inserted = new[prefix:len(new) - suffix]
    if isinstance(widget, QLineEdit):
        widget.setSelection(old_span[0], old_span[1] - old_span[0])
        widget.insert(inserted)  # an edit, like typing: the field tells the document
    else:
        cursor = widget.textCursor()
        cursor.setPosition(old_span[0])
        cursor.setPosition(old_span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(inserted)
    set_cursor(widget, *selection)


def set_cursor(widget: QWidget, start: int, end: int) -> None:
    """Select ``start`` to ``end`` (code points) of a line or text edit's text."""
    text, _, _ = field_text(widget)
    first, last = _utf16(text, start), _utf16(text, end)
    if isinstance(widget, QLineEdit):
        widget.setSelection(first, last - first)
    else:
        cursor = widget.textCursor()
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)


def toggle(widget: QWidget, marker: str) -> bool:
    """Toggle ``marker`` around the selection of a line or text edit, as one edit the
    field sends on to the document. False if the widget holds no text to format."""
    found = field_text(widget)
    if found is None:
        return False
    text, first, last = found
    new, new_first, new_last = toggle_emphasis(text, first, last, marker)
    replace_text(widget, new, (new_first, new_last))
    return True


class MarkupHighlighter(QSyntaxHighlighter):
    """Draws ``**bold**`` bold and ``*italic*`` italic, the markers faint, and each note
    ``^[...]`` as a marked span (Insert > Footnote on it opens it for editing); with a
    ``spelling`` (gui.spelling.FieldSpelling), misspelt words underlined in red."""

    def __init__(self, document, spelling=None) -> None:
        super().__init__(document)
        self.spelling = spelling

    def highlightBlock(self, text: str) -> None:
        # The desktop theme's colours, so that a high-contrast theme holds here too.
        palette = QGuiApplication.palette()
        faint = QTextCharFormat()
        faint.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        note = QTextCharFormat()
        note.setBackground(palette.color(QPalette.ColorRole.AlternateBase))
        note.setForeground(palette.color(QPalette.ColorRole.Link))
        for match in NOTE.finditer(text):
            start, end = _utf16(text, match.start()), _utf16(text, match.end())
            self.setFormat(start, end - start, note)
        for match in SPAN.finditer(text):
            bold, italic = STYLE_OF_MARKER[match.group("marker")]
            body = QTextCharFormat()
            if bold:
                body.setFontWeight(QFont.Weight.Bold)
            body.setFontItalic(italic)
            size = len(match.group("marker"))
            start, end = _utf16(text, match.start()), _utf16(text, match.end())
            marker = _utf16(text, match.start() + size) - start
            self.setFormat(start, marker, faint)
            self.setFormat(start + marker, end - start - 2 * marker, body)
            self.setFormat(end - marker, marker, faint)
        if self.spelling is not None:
            self._underline(text, self.spelling.misspelt(text))

    def _underline(self, text: str, spans: list[tuple[int, int]]) -> None:
        """The red wave under each span, over whatever format its letters have."""
        for start, end in spans:
            for position in range(_utf16(text, start), _utf16(text, end)):
                spelt = self.format(position)
                spelt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
                spelt.setUnderlineColor(MISSPELT_COLOUR)
                self.setFormat(position, 1, spelt)
