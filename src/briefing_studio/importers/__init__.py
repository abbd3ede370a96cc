"""Getting material into a briefing: article text, Markdown, Word, or a ``.briefing``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import fileformat
from ..errors import ArticleImportError
from ..model import Briefing
from ..textfile import read_text
from .text import import_article_text


def import_markdown(text: str) -> Briefing:
    # markdown-it loads only when a Markdown file is imported.
    from .markdown import import_markdown as markdown_importer

    return markdown_importer(text)


def import_word(path: Path, notes: list[str] | None = None) -> Briefing:
    # python-docx loads only when a Word document is imported.
    from .docx import import_docx

    return import_docx(path, notes)


TEXT_IMPORTERS: dict[str, Callable[[str], Briefing]] = {
    ".txt": import_article_text,
    ".text": import_article_text,
    ".md": import_markdown,
    ".markdown": import_markdown,
}
IMPORTABLE_SUFFIXES = (*TEXT_IMPORTERS, ".docx", fileformat.SUFFIX)


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
    importer = TEXT_IMPORTERS.get(suffix)
    if importer is None:
        kind = f"'{suffix}' files" if suffix else "files without an extension"
        expected = ", ".join(IMPORTABLE_SUFFIXES)
        raise ArticleImportError(path, f"cannot import {kind} (expected {expected})")
    text = read_text(path, ArticleImportError)
    if not text.strip():
        raise ArticleImportError(path, "the file is empty: there is nothing to import")
    return importer(text)
