"""User text made safe for XML (DOCX parts, reportlab paragraph markup, XMP)."""

from __future__ import annotations

import re

# XML 1.0 cannot hold these characters at all, escaped or not; DEL is invisible debris.
NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
# Word's manual line break (vertical tab) and page break (form feed), as pasted.
LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
# xml.sax.saxutils.escape would do, but importing it pulls in urllib and http (25 ms
# of start-up for every export).
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold (pasted control characters);
    pasted line and page breaks become line breaks."""
    return NOT_XML.sub("", text.translate(LINE_BREAKS))


def escape(text: str) -> str:
    """``text`` as XML character data or attribute value: markup in it stays literal."""
    return text.translate(ESCAPES)
