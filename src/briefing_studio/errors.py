"""One exception type per failure family, each naming the file and the problem.

The command line prints ``str(error)`` as its one line; the app shows it in a dialog.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem with a file the user gave us, told in words the user can act on."""

    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


class BriefingFileError(BriefingError):
    """A ``.briefing`` file that cannot be read or written."""


class ArticleImportError(BriefingError):
    """A source document (text, Markdown, DOCX) that cannot be imported."""


class ExportError(BriefingError):
    """An output (DOCX, PDF) that cannot be written."""


class StyleError(BriefingError):
    """A house-style file, classification scheme or Word template that cannot be used."""
