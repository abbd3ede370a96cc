"""Starting the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from .crash import install_error_handler
from .main_window import APP_NAME, MainWindow, default_recovery_folder, window_icon
from .recovery import discard, left_behind


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(window_icon())
    return app


def run_app(file: Path | None) -> int:
    app = make_application()
    windows: list[MainWindow] = []
    recovery_folder = default_recovery_folder()
    install_error_handler(lambda: windows, recovery_folder.parent)
    window = MainWindow(recovery_folder=recovery_folder)
    windows.append(window)
    window.show()
    if file is not None:
        # A file that cannot be read gets a dialog; the app keeps running.
        window.open_path(file, ask=False)
    windows += offer_recovery(window)
    return app.exec()


def offer_recovery(window: MainWindow) -> list[MainWindow]:
    """Offer every document left by a crash; the first goes into ``window`` unless it
    already holds a file, the others into windows of their own, which are returned."""
    extra: list[MainWindow] = []
    for recovered in left_behind(window.recovery_folder):
        when = recovered.saved_at.strftime("%d %B %Y at %H:%M")
        answer = QMessageBox.question(
            window, "Restore unsaved work",
            f"Briefing Studio did not close properly. Restore {recovered.name}, saved "
            f"automatically on {when}?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            discard(recovered)
            continue
        target = window
        if not _untouched(window):
            target = MainWindow(settings=window.settings, recovery_folder=window.recovery_folder)
            target.show()
            extra.append(target)
        target.restore(recovered)
    return extra


def _untouched(window: MainWindow) -> bool:
    """Whether the window still holds the blank briefing it opened with."""
    document = window.document
    return document.path is None and document.undo_stack.isClean() and document.name == "Untitled"
