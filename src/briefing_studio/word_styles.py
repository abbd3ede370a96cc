"""The names of the Word styles our DOCX is made of that mean something beyond their look,
so that the importer reads back what the exporter wrote: one vocabulary for both."""

from __future__ import annotations

from .model import Priority

DOC_TYPE_STYLE = "Document Type"
# A body paragraph of a house style that numbers its paragraphs (a submission's 1, 2, 3):
# a paragraph of text, though Word numbers it as a list.
NUMBERED_PARAGRAPH_STYLE = "Numbered Paragraph"
PRIORITY_STYLES = {p: f"Priority {p.value.capitalize()}" for p in Priority.ranked()}
# Word's built-in styles of footnotes, by the names Word knows them by.
FOOTNOTE_TEXT_STYLE = "footnote text"
FOOTNOTE_REFERENCE_STYLE = "footnote reference"
# Word's built-in styles among ours, which a template may hold under another name.
BUILT_IN_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                   "Body Text", "List Bullet", "List Number", "Caption", "Header", "Footer")
# The kinds of text of the spacing table (spacing.text_spacing) that are written in a
# built-in style, which a template's own style of that name decides.
ROLE_STYLES = {"body": "Body Text", "bullet": "List Bullet", "numbered": "List Number",
               "title": "Title",
               "subtitle": "Subtitle", "heading1": "Heading 1", "heading2": "Heading 2",
               "heading3": "Heading 3", "caption": "Caption", "footer": "Footer"}
# Each heading and block carries its id in a hidden bookmark (a name starting "_"):
# ID_BOOKMARK and the id on a heading (its section's) or a block's first paragraph, and
# SECTION_BOOKMARK and the id where a section without a heading (the lead) starts.
ID_BOOKMARK = "_bs_"
SECTION_BOOKMARK = "_bss_"
