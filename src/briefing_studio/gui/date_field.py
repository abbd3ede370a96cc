"""The briefing's date: typed in any common form, or picked from a calendar.

A whole date goes to the document as it is typed, so Save never misses it. Text that
is not (yet) a date stays in the field, marked, for the user to finish or correct, even
after a visit to another section (the document holds it as ``unparsed_date``): it is
never dropped silently, and the briefing keeps its last good date meanwhile.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ..dates import display_date, parse_date
from .document import Document, DocumentListener, TextTarget
from .fields import mark_problem
from .i18n import shown_language, tr
from .keys import leave_window_keys

DATE = TextTarget("meta", name="date")


def examples() -> str:
    """The forms a date is typed in (``dates.EXAMPLES``), in the interface's words: a
    translation names the months in its language, which ``parse_date`` reads too."""
    return tr("24.11.2026 or 24 November 2026")


class DateField(QWidget, DocumentListener):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edit = QLineEdit()
        self.edit.setAccessibleName("Date")
        self.edit.setAccessibleDescription(tr("Alt+Down opens a calendar"))
        leave_window_keys(self.edit)
        self.edit.installEventFilter(self)
        self.edit.setPlaceholderText(tr("No date (type {examples})").format(examples=examples()))
        self.listen(self.edit.textEdited, self._typed)
        self.listen(self.edit.editingFinished, self._finished)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.listen(self.calendar.clicked, self._picked)
        self.listen(self.calendar.activated, self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_calendar_date)
        self.menu = menu
        self.pick = QToolButton()
        # A theme's calendar icon, or three dots: an emoji may have no font to draw it.
        self.pick.setIcon(QIcon.fromTheme("x-office-calendar"))
        self.pick.setText("…")
        self.pick.setAccessibleName("Choose the date")
        self.pick.setToolTip(tr("Choose the date from a calendar"))
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        if document.unparsed_date:  # typed before the editor was last closed: kept
            self.edit.setText(document.unparsed_date)
            self._mark(valid=False)
        else:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Alt+Down or F4 opens the calendar from the field, as in a date box of any desktop.
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and (
                (event.key() == Qt.Key.Key_Down
                 and event.modifiers() == Qt.KeyboardModifier.AltModifier)
                or (event.key() == Qt.Key.Key_F4 and not event.modifiers())):
            self.pick.showMenu()
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Show the document's date, unless the field already says it another way."""
        if self.retired:
            return
        self.document.unparsed_date = ""
        stored = self._stored()
        if self._typed_date() != stored or stored is None:
            self.edit.setText(display_date(stored, shown_language()) if stored else "")
            self._mark(valid=True)

    def _stored(self) -> datetime.date | None:
        try:
            return datetime.date.fromisoformat(self.document.briefing.meta.date)
        except ValueError:
            return None

    def _typed_date(self) -> datetime.date | None:
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def _typed(self, text: str) -> None:
        date = self._typed_date()
        self.document.unparsed_date = text if text.strip() and date is None else ""
        if not text.strip():
            self.document.set_text(DATE, "")
            self._mark(valid=True)
        elif date is not None:
            self.document.set_text(DATE, date.isoformat())
            self._mark(valid=True)

    def _finished(self) -> None:
        text = self.edit.text()
        if not text.strip():
            return
        date = self._typed_date()
        if date is None:
            self._mark(valid=False)
        else:
            self.edit.setText(display_date(date, shown_language()))
            self._mark(valid=True)

    def _mark(self, valid: bool) -> None:
        mark_problem(self.edit, "" if valid else tr(
            "“{text}” is not a date: write it as {examples}. "
            "The briefing keeps its previous date until then.").format(
                text=self.edit.text(), examples=examples()))

    def _show_calendar_date(self) -> None:
        stored = self._stored() or datetime.date.today()
        self.calendar.setSelectedDate(QDate(stored.year, stored.month, stored.day))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, date: QDate) -> None:
        self.menu.hide()
        self.document.set_text(DATE, date.toString(Qt.DateFormat.ISODate))
        self.edit.setText(display_date(datetime.date(date.year(), date.month(), date.day()),
                                       shown_language()))
        self._mark(valid=True)
        # Back to the field, in its window: the calendar's popup may have been the
        # active window (it is on some platforms), and taken the focus with it.
        self.edit.window().activateWindow()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
