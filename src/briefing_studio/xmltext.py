"""User text made safe for XML (DOCX parts, reportlab paragraph markup, XMP)."""

from __future__ import annotations

import re

# XML 1.0 cannot hold these characters at all, escaped or not; DEL is invisible debris.
NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold (pasted control characters);
    Word's manual line break and page break (vertical tab, form feed), as pasted, and a
    carriage return (Windows' line end, alone or before a line feed) become line breaks."""
    return NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace(
        "\x0b", "\n").replace("\x0c", "\n"))


def escape(text: str) -> str:
    """``text`` as XML character data or attribute value: markup in it stays literal.

    xml.sax.saxutils.escape would do, but importing it pulls in urllib and http (25 ms
    of start-up for every export); chained replaces beat str.translate here.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&quot;")
