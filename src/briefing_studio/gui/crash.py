"""What happens when the app meets an error it did not expect: the user's work is
written to the recovery files, the error goes to a log file, a dialog says so, and the
app keeps running."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .i18n import tr
from .main_window import MainWindow

LOG_NAME = "briefing-studio.log"


def install_error_handler(windows: Callable[[], list[MainWindow]],
                          folder: Path) -> tuple[Path | str, str]:
    """Route uncaught exceptions (in slots, timers, event handlers) to ``handle``; give
    where their details go (the log file, or the error output when the data folder
    cannot be used) and why the folder cannot be used ("" when it can)."""
    logger = logging.getLogger("briefing_studio")
    log_file: Path | str = folder / LOG_NAME
    problem = ""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8",
                                                       delay=True)
        log_file.open("a").close()  # written to now, or said now that it cannot be
    except OSError as error:  # the app runs on: the details go to the error output
        problem = error.strerror or str(error)
        log_file = tr("the error output")
        handler = logging.StreamHandler(sys.stderr)
    if not logger.handlers:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    showing = False

    def handle(kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        logger.error("Unexpected error", exc_info=(kind, error, trace))
        app = QApplication.instance()
        if app is not None and not app.thread().isCurrentThread():
            # Windows and dialogs belong to the window's thread: tell the user from there.
            QTimer.singleShot(0, app, lambda: keep_work_and_tell(error))
            return
        keep_work_and_tell(error)

    def keep_work_and_tell(error: BaseException) -> None:
        nonlocal showing
        for window in windows():
            try:
                window.autosave()
            except Exception:  # the other windows' work must still be kept
                logger.exception("Could not write a recovery file")
        if showing:
            return  # an error inside the dialog: logged, not shown twice
        showing = True
        try:
            QMessageBox.critical(
                QApplication.activeWindow(), tr("Unexpected error"),
                tr("Something went wrong: {error}\n\nYour work has been kept in a recovery "
                   "file and you can go on working. The details are in {log}.").format(
                    error=error, log=log_file))
        finally:
            showing = False

    sys.excepthook = handle
    return log_file, problem
