"""Asking what to do with a briefing someone else has open (see ``document_lock``)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from ..document_lock import DocumentLocked
from .i18n import chosen, message_button, moment, tr


class LockChoice(Enum):
    REMOVE = "remove"  # a stale lock: take its place and open the briefing
    READ_ONLY = "read-only"
    COPY = "copy"
    CANCEL = "cancel"


def ask_about_lock(parent: QWidget | None, locked: DocumentLocked) -> LockChoice:
    """Who has the briefing and since when, and what to do: open it read-only, open a
    copy, or (a lock its holder left behind) remove the lock; Escape cancels."""
    owner, name = locked.owner, locked.document.name
    since = moment(owner.since) if owner.since else tr("a time it does not say")
    if locked.stale:
        text = tr("{file} was left locked by {who} on {since}, and that program is no "
                  "longer running (or the lock is more than a day old).").format(
                      file=name, who=owner.describe(), since=since)
        more = tr("If nobody else is working on it, remove the lock and open it.")
    else:
        text = tr("{file} is open by {who}, since {since}.").format(
            file=name, who=owner.describe(), since=since)
        more = tr("Open it read-only to read, print or export it, or open a copy to work on "
                  "and save under another name.")
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Briefing in use"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(more)
    role = QMessageBox.ButtonRole
    buttons = {}
    if locked.stale:
        buttons[LockChoice.REMOVE] = message_button(
            box, tr("&Remove the lock and open"), "Remove the lock and open",
            role.AcceptRole, tr("Open the briefing for editing, as its own again"))
    buttons[LockChoice.READ_ONLY] = message_button(
        box, tr("Open &read-only"), "Open read-only", role.AcceptRole,
        tr("Read, print and export it; Save asks for another name"))
    buttons[LockChoice.COPY] = message_button(
        box, tr("Open a &copy"), "Open a copy", role.AcceptRole,
        tr("Work on a copy, saved under another name"))
    buttons[LockChoice.CANCEL] = message_button(
        box, tr("Cancel"), "Cancel", role.RejectRole, tr("Do not open it"))
    box.setDefaultButton(buttons[LockChoice.REMOVE if locked.stale else LockChoice.READ_ONLY])
    box.setEscapeButton(buttons[LockChoice.CANCEL])
    return chosen(box, buttons, LockChoice.CANCEL)
