"""The output formats, each registered once: its name, its file extension and its writer.

The command line's options (``--pdf OUT``) and the app's Export menu come from this
registry. Each writer renders the plan (``briefing_studio.plan``) and nothing else; its
module, and the library it needs, loads only when its format is first written.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from ..model import Briefing
from ..options import ExportOptions


@dataclass(frozen=True)
class OutputFormat:
    name: str  # "pdf": the command line's --pdf
    title: str  # "PDF": what menus and dialogs call it
    extension: str  # ".pdf"
    summary: str  # what the command line's help says it writes
    shortcut: str  # the app's key for Export (a Qt key sequence, as text)
    icon: str  # the app's icon for it: the name of one of Qt's standard pixmaps
    uses_template: bool = False  # whether a Word template shapes it (the export dialog asks)

    def write(self, briefing: Briefing, path: Path, options: ExportOptions) -> None:
        """``write_NAME`` of this package's module ``NAME``, loaded on first use."""
        module = importlib.import_module(f"{__name__}.{self.name}")
        getattr(module, f"write_{self.name}")(briefing, path, options)


FORMATS: dict[str, OutputFormat] = {}


def register(output: OutputFormat) -> None:
    FORMATS[output.name] = output


register(OutputFormat("docx", "DOCX", ".docx", "a Word document", "Ctrl+Shift+D",
                      "SP_FileDialogDetailedView", uses_template=True))
register(OutputFormat("pdf", "PDF", ".pdf", "a print-ready PDF", "Ctrl+Shift+E",
                      "SP_FileDialogContentsView"))

