"""One exception type per failure family, each naming the file and the problem.

The command line prints ``str(error)`` as its one line; the app shows it in a dialog,
in ``words`` where the error has them.
"""

from __future__ import annotations

from pathlib import Path


class BriefingError(Exception):
    """A problem with a file the user gave us, told in words the user can act on."""

    def __init__(self, path: str | Path, problem: str, words: str = "") -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem
        # The problem as the app tells it to someone who never reads the file's JSON,
        # when the technical line needs explaining; empty when that line says it all.
        self.words = words


def described(error: Exception) -> str:
    """An unforeseen error in a few words, for a line that names what could not be read."""
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__


class BriefingFileError(BriefingError):
    """A ``.briefing`` file that cannot be read or written.

    ``place`` is where in the file, as steps into its JSON (``("sections", 1,
    "blocks", 0)``: see ``problem_words``); empty when the file as a whole is at fault.
    """

    def __init__(self, path: str | Path, problem: str, words: str = "",
                 place: tuple[str | int, ...] = ()) -> None:
        super().__init__(path, problem, words)
        self.place = place


class ArticleImportError(BriefingError):
    """A source document (text, Markdown, DOCX) that cannot be imported."""


class ExportError(BriefingError):
    """An output (DOCX, PDF) that cannot be written."""


class StyleError(BriefingError):
    """A house-style file, classification scheme or Word template that cannot be used."""


class ImageError(BriefingError):
    """An image that cannot be put in a briefing: unreadable, not one we print, unsafe."""
