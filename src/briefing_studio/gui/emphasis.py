"""Bold and italic in the text fields: Ctrl+B and Ctrl+I write the markup, and the
paragraph editor shows it as it will print.

The model stays plain text with ``**bold**`` and ``*italic*``; the markers stay
visible, drawn faintly, so that what the user sees is exactly what is saved.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ..inline import SPAN, STYLE_OF_MARKER, toggle_emphasis

MARKER_COLOUR = QColor("#9AA3AD")


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


def toggle(widget: QWidget, marker: str) -> bool:
    """Toggle ``marker`` around the selection of a line or text edit, as one edit the
    field sends on to the document. False if the widget holds no text to format."""
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
        return False
    first, last = _from_utf16(text, start), _from_utf16(text, end)
    new, new_first, new_last = toggle_emphasis(text, first, last, marker)
    # Replace only what changed, so the field's cursor and scroll stay where they are.
    prefix = 0
    while prefix < min(len(text), len(new)) and text[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < min(len(text), len(new)) - prefix
           and text[len(text) - 1 - suffix] == new[len(new) - 1 - suffix]):
        suffix += 1
    old_span = (_utf16(text, prefix), _utf16(text, len(text) - suffix))
    inserted = new[prefix:len(new) - suffix]
    selection = (_utf16(new, new_first), _utf16(new, new_last))
    if isinstance(widget, QLineEdit):
        widget.setSelection(old_span[0], old_span[1] - old_span[0])
        widget.insert(inserted)  # an edit, like typing: the field tells the document
        widget.setSelection(selection[0], selection[1] - selection[0])
    else:
        cursor = widget.textCursor()
        cursor.setPosition(old_span[0])
        cursor.setPosition(old_span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(inserted)
        cursor.setPosition(selection[0])
        cursor.setPosition(selection[1], QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
    return True


class MarkupHighlighter(QSyntaxHighlighter):
    """Draws ``**bold**`` bold and ``*italic*`` italic, the markers faint."""

    def highlightBlock(self, text: str) -> None:
        faint = QTextCharFormat()
        faint.setForeground(MARKER_COLOUR)
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
