"""Starting the desktop app."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .crash import install_error_handler
from .i18n import chosen, install_translations, message_button, moment, tr
from .main_window import APP_NAME, MainWindow, default_recovery_folder, window_icon
from .recovery import Recovered, discard, keep_for_later, left_behind
from .settings import Settings


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(window_icon())
    # Before the first window: its words are translated as it is made.
    app.translators = install_translations(app, Settings().interface_language)
    return app


def run_app(file: Path | None) -> int:
    app = make_application()
    windows: list[MainWindow] = []
    recovery_folder = default_recovery_folder()
    _, problem = install_error_handler(lambda: windows, recovery_folder.parent)
    window = MainWindow(recovery_folder=recovery_folder)
    windows.append(window)
    window.show()
    if problem:  # said, and the app works on: only autosave and the log are missing
        window.statusBar().showMessage(tr(
            "The data folder {folder} cannot be used ({problem}): unsaved work is not "
            "kept for recovery, and errors are not logged to a file.").format(
                folder=recovery_folder.parent, problem=problem), 30000)
    if file is not None:
        # A file that cannot be read gets a dialog; the app keeps running.
        window.open_path(file, ask=False)
    windows += offer_recovery(window)
    return app.exec()


def offer_recovery(window: MainWindow) -> list[MainWindow]:
    """Offer every document left by a crash; the first restored goes into ``window``
    unless it already holds a file, the others into windows of their own, which are
    returned. What the user keeps for later is offered again at the next start."""
    extra: list[MainWindow] = []
    offered = left_behind(window.recovery_folder)
    try:
        for recovered in offered:
            choice = ask_about_recovered(window, recovered)
            if choice is RecoveryChoice.KEEP:
                keep_for_later(recovered)
                continue
            if choice is RecoveryChoice.DISCARD:
                discard(recovered)
                continue
            target = window
            if not _untouched(window):
                target = MainWindow(settings=window.settings,
                                    recovery_folder=window.recovery_folder)
                target.show()
                extra.append(target)
            target.restore(recovered)
    finally:
        # Whatever was not answered (an error above) stays for the next start.
        for recovered in offered:
            keep_for_later(recovered)
    return extra


class RecoveryChoice(Enum):
    RESTORE = "restore"
    KEEP = "keep"
    DISCARD = "discard"


def ask_about_recovered(parent: QWidget, recovered: Recovered) -> RecoveryChoice:
    """Ask what to do with one recovered document: Enter restores it; Escape, or
    closing the dialog, keeps it for later, never the choice that loses work."""
    when = moment(recovered.saved_at)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Restore unsaved work"),
                      tr("Briefing Studio did not close properly. Restore {document}, saved "
                         "automatically on {when}?").format(document=recovered.description,
                                                            when=when),
                      QMessageBox.StandardButton.NoButton, parent)
    if recovered.original is not None:
        box.setInformativeText(tr(
            "Discard deletes these unsaved changes for good; the saved file {name} is not "
            "changed. Keep for later leaves them to be offered again at the next start."
        ).format(name=recovered.original.name))
    else:
        box.setInformativeText(tr(
            "Discard deletes these unsaved changes for good; they were never saved to a "
            "file. Keep for later leaves them to be offered again at the next start."))
    role = QMessageBox.ButtonRole
    buttons = {
        RecoveryChoice.RESTORE: message_button(
            box, tr("&Restore"), "Restore", role.AcceptRole,
            tr("Open the unsaved changes to go on working")),
        RecoveryChoice.KEEP: message_button(
            box, tr("&Keep for later"), "Keep for later", role.RejectRole,
            tr("Leave the unsaved changes to be offered at the next start")),
        RecoveryChoice.DISCARD: message_button(
            box, tr("&Discard"), "Discard", role.DestructiveRole,
            tr("Delete the unsaved changes for good")),
    }
    box.setDefaultButton(buttons[RecoveryChoice.RESTORE])
    box.setEscapeButton(buttons[RecoveryChoice.KEEP])
    return chosen(box, buttons, RecoveryChoice.KEEP)


def _untouched(window: MainWindow) -> bool:
    """Whether the window still holds the blank briefing it opened with."""
    document = window.document
    return document.path is None and document.undo_stack.isClean() and document.name == "Untitled"
