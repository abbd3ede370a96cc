"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from .main_window import APP_NAME, MainWindow, window_icon


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(window_icon())
    return app


def run_app(file: Path | None) -> int:
    app = make_application()
    window = MainWindow()
    window.show()
    if file is not None:
        # A file that cannot be read gets a dialog; the app keeps running.
        window.open_path(file, ask=False)
    return app.exec()
