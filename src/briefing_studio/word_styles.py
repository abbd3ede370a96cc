"""The names of the Word styles our DOCX is made of that mean something beyond their look,
so that the importer reads back what the exporter wrote: one vocabulary for both."""

from __future__ import annotations

from .model import Priority

DOC_TYPE_STYLE = "Document Type"
# A body paragraph of a house style that numbers its paragraphs (a submission's 1, 2, 3):
# a paragraph of text, though Word numbers it as a list.
NUMBERED_PARAGRAPH_STYLE = "Numbered Paragraph"
PRIORITY_STYLES = {p: f"Priority {p.word}" for p in Priority if p is not Priority.NONE}
