"""Getting material into a briefing: article text, Markdown, a web page, Word, or a
``.briefing``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import fileformat
from ..errors import ArticleImportError
from ..model import Briefing, BulletList, Table
from ..textfile import read_text
from .text import import_article_text


def import_markdown(text: str, path: Path | None = None) -> Briefing:
    # markdown-it loads only when a Markdown file is imported.
    from .markdown import import_markdown as markdown_importer

    return markdown_importer(text, path)


def _import_article(text: str, path: Path | None = None) -> Briefing:
    return import_article_text(text)


def import_web_page(page: str | bytes, origin: str = "the page") -> Briefing:
    # lxml and trafilatura load only when a web page is imported.
    from .html import import_html

    return import_html(page, origin)


def import_pasted(html: str, text: str, origin: str = "the clipboard") -> Briefing:
    """What a clipboard holds as a new briefing: its HTML (a copied web page keeps its
    structure) when that has text, its plain text otherwise."""
    if html.strip():
        try:
            return import_web_page(html, origin)
        except ArticleImportError:
            if not text.strip():
                raise
    if not text.strip():
        raise ArticleImportError(origin, "it holds no text to import")
    return import_article_text(text)


def found_summary(briefing: Briefing) -> str:
    """What an import found, in a few words: "12 sections, 3 tables, 2 lists"."""
    blocks = [block for section in briefing.sections for block in section.blocks]
    counts = ((len(briefing.sections), "section"),
              (sum(isinstance(block, Table) for block in blocks), "table"),
              (sum(isinstance(block, BulletList) for block in blocks), "list"))
    return ", ".join(f"{count} {noun}{'s' * (count != 1)}" for count, noun in counts)


def import_word(path: Path, notes: list[str] | None = None) -> Briefing:
    # python-docx loads only when a Word document is imported.
    from .docx import import_docx

    return import_docx(path, notes)


# Each takes the text and its file (a Markdown file's images are found from its folder).
TEXT_IMPORTERS: dict[str, Callable[[str, Path], Briefing]] = {
    ".txt": _import_article,
    ".text": _import_article,
    ".md": import_markdown,
    ".markdown": import_markdown,
}
HTML_SUFFIXES = (".html", ".htm")
# A long book is 2 MB of text; reading takes some 0.7 s a megabyte.
MOST_TEXT_BYTES = 8 * 1024 * 1024
IMPORTABLE_SUFFIXES = (*TEXT_IMPORTERS, *HTML_SUFFIXES, ".docx", fileformat.SUFFIX)


def import_file(path: str | Path, notes: list[str] | None = None) -> Briefing:
    """Any importable file as a briefing, or an error naming the file and the problem.
    What the user should know about the import (tracked changes accepted) is added to
    ``notes``, one sentence each."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == fileformat.SUFFIX:
        return fileformat.load(path)
    if suffix == ".docx":
        if not path.is_file():
            read_text(path, ArticleImportError)  # the same message as any unreadable file
        return import_word(path, notes)
    if suffix in HTML_SUFFIXES:
        return import_web_page(_read_page(path), str(path))
    importer = TEXT_IMPORTERS.get(suffix)
    if importer is None:
        kind = f"'{suffix}' files" if suffix else "files without an extension"
        expected = ", ".join(IMPORTABLE_SUFFIXES)
        raise ArticleImportError(path, f"cannot import {kind} (expected {expected})")
    text = read_text(path, ArticleImportError, MOST_TEXT_BYTES, "article")
    if not text.strip():
        raise ArticleImportError(path, "the file is empty: there is nothing to import")
    return importer(text, path)


def _read_page(path: Path) -> bytes:
    """A web page's bytes (lxml reads the encoding the page declares), or an error; a
    page too big to be an article is refused before it is read."""
    from .html import size_problem

    try:
        if problem := size_problem(path.stat().st_size):
            raise ArticleImportError(path, problem)
        return path.read_bytes()
    except OSError as failure:
        raise ArticleImportError(path, f"cannot read: {failure.strerror or failure}") from failure
