"""Markdown (CommonMark with pipe tables) into a briefing, parsed by markdown-it-py.

A lone level-1 heading at the top is the title and the headings below it move up a
level; otherwise every heading is a section. Bold and italic are kept as ``**`` and
``*`` in the text, which is the briefing's own inline markup. Bullets read priority
tags and labels as in article text, and also take a bold lead-in (``**Label:** text``)
as the label. Footnotes, ``[^label]`` with their definitions and pandoc's inline
``^[...]`` (read by mdit-py-plugins), become the briefing's notes, ``^[note text]`` at
the place of their reference. An image standing alone in its paragraph,
``![alt](path "title")``, is a figure: the file (its path relative to the Markdown
file's folder) is read into the briefing, its alt text kept, and its title or else its
alt text is its caption, as pandoc makes an image alone in a paragraph a figure. Images
on the web are not fetched. The language is guessed as for article text.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from ..errors import ArticleImportError
from ..media import ImageProblem, checked, read_image
from ..model import (
    HEADING_LEVELS,
    Briefing,
    BulletList,
    Figure,
    Media,
    Metadata,
    Paragraph,
    Table,
)
from .builder import SectionBuilder
from .text import guessed_language, parse_bullet

INLINE_MARKUP = {"strong_open": "**", "strong_close": "**", "em_open": "*", "em_close": "*",
                 "softbreak": " ", "hardbreak": "\n"}
LIST_OPENERS = {"bullet_list_open": False, "ordered_list_open": True}
# An address with a scheme ("https:", "data:"), but not a Windows drive ("C:").
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
# markdown-it drops what lies deeper than its maxNesting (a list and its item count as
# two levels, ten nested lists already reached its default of 20): it is given room
# above this, and a text that reaches it is refused rather than read short.
MOST_NESTING = 100
DATA_IMAGE = re.compile(r"^data:(image/(?:png|jpeg|svg\+xml));base64,", re.IGNORECASE)


def import_markdown(text: str, path: Path | None = None) -> Briefing:
    """The Markdown ``text`` as a briefing; ``path`` is its file, whose folder holds the
    images it shows (without one, an image must be written into the text)."""
    parser = MarkdownIt("commonmark", {"maxNesting": MOST_NESTING + 2}).enable(
        "table").use(footnote_plugin)
    env: dict = {}
    tokens = parser.parse(unicodedata.normalize("NFC", text), env)
    if any(token.level >= MOST_NESTING for token in tokens):
        raise ArticleImportError(path or "the text", (
            f"refused: lists or quotes nested more than {MOST_NESTING // 2} deep, beyond "
            "which Markdown is not read (their text would be lost)"))
    briefing = _MarkdownReader(tokens, _notes(tokens, env), path).read()
    briefing.meta.language = guessed_language(briefing)
    briefing.give_unique_ids(keep=())  # the same text, the same ids
    return briefing


def inline_text(token: Token, notes: dict[int, str] | None = None,
                images: bool = True) -> str:
    """An inline token as briefing text: emphasis as ``**``/``*``, a link as its text
    followed by its address, so that a printed briefing still cites its source, a
    footnote's reference as the note itself, ``^[text]`` (``notes`` by footnote id), and
    an image as its alt text unless ``images`` is False (it is then a figure)."""
    parts: list[str] = []
    links: list[tuple[int, str]] = []
    for child in token.children or []:
        if child.type == "image" and not images:
            continue
        if child.type in INLINE_MARKUP:
            parts.append(INLINE_MARKUP[child.type])
        elif child.type in ("text", "code_inline", "html_inline", "image"):
            parts.append(child.content)
        elif child.type == "footnote_ref" and (notes or {}).get(child.meta["id"]):
            parts.append(f"^[{notes[child.meta['id']]}]")
        elif child.type == "link_open":
            links.append((len(parts), str(child.attrs.get("href", ""))))
        elif child.type == "link_close" and links:
            start, href = links.pop()
            if href and "".join(parts[start:]) != href:
                parts.append(f" ({href})")
    return "".join(parts).strip()


def _notes(tokens: list[Token], env: dict) -> dict[int, str]:
    """Each footnote's text by its id: a definition's paragraphs (``[^label]: …``), or an
    inline note's content."""
    notes: dict[int, list[str]] = {}
    current = None
    for token in tokens:
        if token.type == "footnote_open":
            current = notes.setdefault(token.meta["id"], [])
        elif token.type == "footnote_close":
            current = None
        elif token.type == "inline" and current is not None:
            current.append(inline_text(token))
    found = {number: " ".join(part for part in parts if part) for number, parts in notes.items()}
    for number, note in env.get("footnotes", {}).get("list", {}).items():
        if "content" in note:  # ^[...] written in the sentence
            found[number] = note["content"].strip()
    return found


class _MarkdownReader:
    def __init__(self, tokens: list[Token], notes: dict[int, str], path: Path | None) -> None:
        self.tokens = tokens
        self.notes = notes
        self.path = path
        self.meta = Metadata()
        self.built = SectionBuilder()
        self.level_shift = 0
        self.media: dict[str, Media] = {}

    def read(self) -> Briefing:
        self._take_title()
        stream = iter(self.tokens)
        for token in stream:
            if token.type == "footnote_block_open":  # the notes, read at their references
                for token in stream:
                    if token.type == "footnote_block_close":
                        break
            elif token.type == "heading_open":
                level = int(token.tag[1]) - self.level_shift
                heading = inline_text(next(stream), self.notes)
                self.built.heading(heading, level=min(max(level, 1), max(HEADING_LEVELS)))
            elif token.type == "paragraph_open":
                self._read_paragraph(next(stream))
            elif token.type in LIST_OPENERS:
                self.built.add(self._read_list(stream, numbered=LIST_OPENERS[token.type]))
            elif token.type == "table_open":
                self.built.add(self._read_table(stream))
            elif token.type in ("fence", "code_block", "html_block") and token.content.strip():
                self.built.add(Paragraph(text=token.content.strip()))
        return Briefing(meta=self.meta, sections=self.built.sections, media=self.media)

    def _read_paragraph(self, inline: Token) -> None:
        """A paragraph, and after its text the figures of the images in it."""
        images = [child for child in inline.children or [] if child.type == "image"]
        text = inline_text(inline, self.notes, images=not images)
        if text or not images:
            self.built.add(Paragraph(text=text))
        for image in images:
            media = self._image(str(image.attrs.get("src", "")))
            alt = image.content.strip()
            caption = str(image.attrs.get("title") or "").strip() or alt
            self.built.add(Figure(media=media.key, caption=caption, alt=alt))
            self.media.setdefault(media.key, media)

    def _image(self, source: str) -> Media:
        """The image at ``source`` (a path from the Markdown file's folder, or the image
        itself as a data address), or an error naming it."""
        origin = self.path or "the Markdown text"
        shown = source if len(source) <= 80 else source[:77] + "..."
        try:
            if written := DATA_IMAGE.match(source):
                data = base64.b64decode(source[written.end():], validate=False)
                return checked(data, written.group(1).lower(), decode=True)
            if SCHEME.match(source):
                raise ImageProblem("images on the web are not fetched; save the image and "
                                   "refer to the file")
            if self.path is None:
                raise ImageProblem("a Markdown text without a file has no folder to find it in")
            return read_image(self.path.parent / unquote(source))
        except ImageProblem as problem:
            raise ArticleImportError(origin, f"image {shown}: {problem}") from problem
        except (binascii.Error, ValueError) as error:
            raise ArticleImportError(origin, f"image {shown}: damaged data") from error
        except OSError as error:
            raise ArticleImportError(
                origin, f"image {shown}: cannot read: {error.strerror or error}") from error

    def _take_title(self) -> None:
        top_headings = [t for t in self.tokens if t.type == "heading_open" and t.tag == "h1"]
        if len(top_headings) == 1 and self.tokens and self.tokens[0] is top_headings[0]:
            self.meta.title = inline_text(self.tokens[1], self.notes)
            self.tokens = self.tokens[3:]  # heading_open, inline, heading_close
            self.level_shift = 1

    def _read_list(self, stream: Iterator[Token], numbered: bool) -> BulletList:
        """The list and every list nested in it, flattened in reading order."""
        texts: list[list[str]] = []
        open_items: list[list[str]] = []
        depth = 1
        for token in stream:
            if token.type in LIST_OPENERS:
                depth += 1
            elif token.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if depth == 0:
                    break
            elif token.type == "list_item_open":
                open_items.append([])
                texts.append(open_items[-1])
            elif token.type == "list_item_close":
                open_items.pop()
            elif token.type == "inline" and open_items:
                open_items[-1].append(inline_text(token, self.notes))
            elif token.type in ("fence", "code_block") and open_items:
                open_items[-1].append(token.content.strip())
        items = [parse_bullet(" ".join(part for part in parts if part)) for parts in texts]
        return BulletList(items=items, numbered=numbered)

    def _read_table(self, stream: Iterator[Token]) -> Table:
        rows: list[list[str]] = []
        for token in stream:
            if token.type == "table_close":
                break
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline":
                rows[-1].append(inline_text(token, self.notes))
        header, *body = rows or [[]]
        return Table(header=header, rows=body)
