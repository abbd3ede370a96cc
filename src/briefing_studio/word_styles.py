"""The names of the Word styles our DOCX is made of that mean something beyond their look,
so that the importer reads back what the exporter wrote: one vocabulary for both."""

from __future__ import annotations

from .model import Priority

DOC_TYPE_STYLE = "Document Type"
# A body paragraph of a house style that numbers its paragraphs (a submission's 1, 2, 3):
# a paragraph of text, though Word numbers it as a list.
NUMBERED_PARAGRAPH_STYLE = "Numbered Paragraph"
PRIORITY_STYLES = {p: f"Priority {p.word}" for p in Priority if p is not Priority.NONE}
# Word's built-in styles among ours, which a template may hold under another name.
BUILT_IN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                   "Body Text", "List Bullet", "List Number", "Caption", "Header", "Footer")
# The kinds of text of the spacing table (spacing.text_spacing) that are written in a
# built-in style, which a template's own style of that name decides.
ROLE_STYLES = {"body": "Body Text", "bullet": "List Bullet", "numbered": "List Number",
               "title": "Title",
               "subtitle": "Subtitle", "heading1": "Heading 1", "heading2": "Heading 2",
               "heading3": "Heading 3", "caption": "Caption", "footer": "Footer"}
