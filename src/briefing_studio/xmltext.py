"""User text made safe for XML (DOCX parts, reportlab paragraph markup, XMP)."""

from __future__ import annotations

import re

# XML 1.0 cannot hold these characters at all, escaped or not.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# xml.sax.saxutils.escape would do, but importing it pulls in urllib and http (25 ms
# of start-up for every export).
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})


def clean(text: str) -> str:
    """``text`` without the characters XML cannot hold (pasted control characters)."""
    return NOT_XML.sub("", text)


def escape(text: str) -> str:
    """``text`` as XML character data or attribute value: markup in it stays literal."""
    return text.translate(ESCAPES)
