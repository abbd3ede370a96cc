"""A problem with the user's file, shown in words, with the technical line at hand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BriefingError


def error_box(parent: QWidget | None, title: str, error: BriefingError) -> QMessageBox:
    """The message box ``show_error`` shows: the error's words where it has them, its
    one technical line (what the command line prints) under "Show Details..."."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, error.words or str(error),
                      QMessageBox.StandardButton.Ok, parent)
    # File names and headings come from the user: "<b>" in them is text, not markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if error.words:
        box.setDetailedText(str(error))
        # Enter closes the box even after "Show Details...", which keeps the focus: the
        # details button must not take Enter for itself.
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
                button.setAutoDefault(False)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, title: str, error: BriefingError) -> None:
    error_box(parent, title, error).exec()
