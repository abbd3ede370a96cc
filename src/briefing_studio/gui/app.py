"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ..errors import BriefingError
from ..importers import import_file
from ..model import Briefing
from .main_window import MainWindow


def run_app(file: Path | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Studio")
    app.setOrganizationName("Briefing Studio")
    window = MainWindow()
    window.show()
    if file is not None:
        open_into(window, file)
    return app.exec()


def open_into(window: MainWindow, file: Path) -> None:
    """Show ``file`` in ``window``, or say in a dialog why it cannot be opened."""
    try:
        briefing: Briefing = import_file(file)
    except BriefingError as error:
        QMessageBox.critical(window, "Cannot open file", str(error))
        return
    window.show_briefing(briefing, file)
