"""Where a problem in a ``.briefing`` file is, told as its reader sees the document.

The loader names a place by the steps into the file's JSON,
``("sections", 1, "blocks", 0, "items", 2, "priority")``. The command line prints them
as a path (``sections[1].blocks[0].items[2].priority``); the app says the same place in
words, counting from 1 as people do and quoting the file's own headings, labels and
column names where it can: ``In section 2 ("Background"), block 1 (a bullet list),
bullet 3 ("Water quotas"): the priority must be high, medium, low or empty.``
"""

from __future__ import annotations

from typing import Any

Place = tuple[str | int, ...]

QUOTED_LENGTH = 40  # enough of a heading or label to recognise it

FIELD_WORDS = {
    "version": "the format version",
    "meta": "the document info",
    "sections": "the list of sections",
    "heading": "the heading",
    "level": "the heading level",
    "blocks": "the list of blocks",
    "type": "the block type",
    "text": "the text",
    "numbered": 'the "numbered" setting',
    "items": "the list of bullets",
    "label": "the label",
    "priority": "the priority",
    "caption": "the caption",
    "header": "the header row",
    "rows": "the list of rows",
    "media": "the image",
    "alt": "the alt text",
    "width": "the width",
    "annex": 'the "annex" setting',
    "page_break_before": 'the "page_break_before" setting',
}
# The fields of an image in the file's "media", whose steps are the images' keys.
MEDIA_WORDS = {"type": "its media type", "data": "its data"}
# The document info's fields, named as the app's Document info form names them.
META_WORDS = {"doc_type": "Document type", "version_label": "Version"}
BLOCK_WORDS = {"paragraph": "a paragraph", "bullets": "a bullet list", "table": "a table",
               "figure": "a figure"}


def dotted(place: Place) -> str:
    """The place as the command line prints it: ``sections[1].blocks[0].text``."""
    text = ""
    for step in place:
        text += f"[{step}]" if isinstance(step, int) else f".{step}" if text else step
    return text


def problem_in_words(document: Any, place: Place, must_be: str) -> str:
    """One sentence: where in ``document`` (the file's parsed JSON) the value at
    ``place`` is, and what it must be."""
    *context, subject = _place_words(document, place)
    if not context:
        return f"{subject[0].upper()}{subject[1:]} must be {must_be}."
    return f"In {', '.join(context)}: {subject} must be {must_be}."


def _place_words(document: Any, place: Place) -> list[str]:
    words: list[str] = []
    value, block, previous = document, None, None
    for index, step in enumerate(place):
        child = _child(value, step)
        if isinstance(step, int):
            words.append(_element_words(previous, step, child, block))
            if previous == "blocks":
                block = child  # for a list's numbering and a table's column names
        elif index + 1 == len(place) or isinstance(place[index + 1], str):
            # A list's own name is left out when one of its elements is meant:
            # "section 2", not "the list of sections, section 2".
            words.append(_field_words(step, previous))
        previous, value = step, child
    return words


def _child(value: Any, step: str | int) -> Any:
    if isinstance(step, int):
        return value[step] if isinstance(value, list) and step < len(value) else None
    return value.get(step) if isinstance(value, dict) else None


def _field_words(key: str, owner: str | int | None) -> str:
    if owner == "meta":
        name = META_WORDS.get(key, key.replace("_", " ").capitalize())
        return f'the "{name}" field'
    if isinstance(owner, str) and owner.startswith("sha256:"):
        return MEDIA_WORDS.get(key, f'"{key}"')
    if key.startswith("sha256:"):
        return f"the image {key[:19]}…"
    return FIELD_WORDS.get(key, f'"{key}"')


def _element_words(owner: str | int | None, index: int, child: Any, block: Any) -> str:
    number = index + 1
    if owner == "sections":
        return f"section {number}{_section_name(child, number)}"
    if owner == "blocks":
        return f"block {number}{_block_kind(child)}"
    if owner == "items":
        numbered = isinstance(block, dict) and block.get("numbered") is True
        said = _text_of(child, "label") or _text_of(child, "text")
        return f"{'item' if numbered else 'bullet'} {number}" + (f" ({_quoted(said)})"
                                                                 if said else "")
    if owner == "rows":
        first = child[0] if isinstance(child, list) and child else None
        return f"row {number} under the header" + (f" ({_quoted(first)})"
                                                   if isinstance(first, str) and first else "")
    if owner == "header":
        return f"cell {number} of the header row"
    if isinstance(owner, int):  # a cell: rows are the only lists inside lists
        header = block.get("header") if isinstance(block, dict) else None
        column = _child(header, index)
        return f"cell {number}" + (f" (column {_quoted(column)})"
                                   if isinstance(column, str) and column else "")
    return f"item {number}"


def _section_name(section: Any, number: int) -> str:
    if not isinstance(section, dict):
        return ""
    heading = _text_of(section, "heading")
    if heading:
        return f" ({_quoted(heading)})"
    # As the outline names a section without a heading.
    return " (the lead, before the first heading)" if number == 1 else " (untitled)"


def _block_kind(block: Any) -> str:
    if not isinstance(block, dict):
        return ""
    kind = block.get("type")
    if kind == "bullets" and block.get("numbered") is True:
        return " (a numbered list)"
    if kind in BLOCK_WORDS:
        return f" ({BLOCK_WORDS[kind]})"
    return f" (of type {_quoted(kind)})" if isinstance(kind, str) else ""


def _text_of(item: Any, key: str) -> str:
    value = item.get(key) if isinstance(item, dict) else None
    return value.strip() if isinstance(value, str) else ""


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > QUOTED_LENGTH:
        cut = text[:QUOTED_LENGTH]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return f'"{text}"'
