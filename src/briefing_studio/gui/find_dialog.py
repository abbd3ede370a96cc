"""Edit ▸ Find and Replace (Ctrl+F, Ctrl+H; F3 and Shift+F3 find again): across the whole
briefing, field by field, as a word processor searches a document.

Each match is shown where it is edited (the outline row, the field, the words
selected). Replace changes the match selected; Replace all changes every match in one
undo step and says how many. Without Match case, Turkish İ/i and I/ı are one letter
each in a Turkish briefing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..find import find_all, replaced
from .document import TextTarget
from .emphasis import field_text
from .i18n import dialog_button, tr
from .spelling import spell_service
from .walk import Found, focused_place, search, show_text, text_targets

if TYPE_CHECKING:
    from .main_window import MainWindow


class FindDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(tr("Find and Replace"))
        self.found: Found | None = None  # the match last shown, selected in its field
        self.find_text = QLineEdit()
        self.find_text.setAccessibleName("Find")
        self.replace_text = QLineEdit()
        self.replace_text.setAccessibleName("Replace with")
        self.match_case = QCheckBox(tr("Match &case"))
        self.match_case.setAccessibleName("Match case")
        self.whole_words = QCheckBox(tr("&Whole words only"))
        self.whole_words.setAccessibleName("Whole words only")
        form = QFormLayout()
        form.addRow(tr("Fi&nd:"), self.find_text)
        form.addRow(tr("Re&place with:"), self.replace_text)
        options = QHBoxLayout()
        options.addWidget(self.match_case)
        options.addWidget(self.whole_words)
        options.addStretch()
        self.result = QLabel()
        self.result.setAccessibleName("Find result")
        buttons = QHBoxLayout()
        self.next_button = self._button(QT_TRANSLATE_NOOP("", "Find &next"),
                                        lambda: self.find_next(False), buttons)
        self.previous_button = self._button(QT_TRANSLATE_NOOP("", "Find pre&vious"),
                                            lambda: self.find_next(True), buttons)
        self._button(QT_TRANSLATE_NOOP("", "&Replace"), self.replace, buttons)
        self._button(QT_TRANSLATE_NOOP("", "Replace &all"), self.replace_all, buttons)
        self._button(QT_TRANSLATE_NOOP("", "Close"), self.close, buttons)
        self.next_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        # F3 and Shift+F3 find again from the dialog too, as from the window.
        for action in (window.find_next_action, window.find_previous_action):
            for sequence in action.shortcuts():
                QShortcut(sequence, self, action.trigger)
        for widget in (self.find_text, self.match_case, self.whole_words):
            signal = widget.textChanged if isinstance(widget, QLineEdit) else widget.toggled
            signal.connect(self._forget)

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = dialog_button(text, slot)
        row.addWidget(button)
        return button

    def open_for(self, replacing: bool) -> None:
        """Show the dialog with the focus in Find (Ctrl+F) or in Replace with (Ctrl+H);
        a selection of one line in the field being edited is what to find."""
        selected = self._selected_words()
        if selected:
            self.find_text.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        field = self.replace_text if replacing and self.find_text.text() else self.find_text
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _selected_words(self) -> str:
        focus = self.window_.focusWidget()
        found = field_text(focus) if focus is not None else None
        if found is None:
            return ""
        text, start, end = found
        words = text[start:end]
        return words if words and "\n" not in words else ""

    # ------------------------------------------------------------ finding

    def spans(self, target: TextTarget, text: str) -> list[tuple[int, int]]:
        return find_all(text, self.find_text.text(), match_case=self.match_case.isChecked(),
                        whole_words=self.whole_words.isChecked(), language=self._language())

    def _language(self) -> str:
        return (self.window_.document.briefing.meta.language
                or spell_service().default_language)

    def find_next(self, backwards: bool = False) -> Found | None:
        """Show the next match (the one before), going round the end of the briefing."""
        if not self.find_text.text():
            self.open_for(replacing=False)
            return None
        start = self._start(backwards)
        found = search(self.window_.document, self.spans, start, backwards)
        self.found = found
        if found is None:
            self._say(tr("“{word}” is not in the briefing.").format(
                word=self.find_text.text()))
            return None
        target, first, last = found
        show_text(self.window_, target, first, last)
        self._say(self._count_text(found))
        return found

    def _start(self, backwards: bool) -> tuple[TextTarget | None, int]:
        if self.found is not None and self._still_selected():
            target, first, last = self.found
            return target, first if backwards else last
        return focused_place(self.window_, backwards)

    def _still_selected(self) -> bool:
        """Whether the match last shown is still there, as it was found."""
        target, first, last = self.found
        try:
            text = self.window_.document.text(target)
        except (KeyError, IndexError):
            return False
        return (first, last) in self.spans(target, text)

    def _count_text(self, found: Found) -> str:
        document = self.window_.document
        matches = [(target, span) for target in text_targets(document)
                   for span in self.spans(target, document.text(target))]
        target, first, last = found
        number = matches.index((target, (first, last))) + 1
        return tr("Match {number} of {count}").format(number=number, count=len(matches))

    # ------------------------------------------------------------ replacing

    def replace(self) -> None:
        """Replace the match shown, then show the next one."""
        if self.found is None or not self._still_selected():
            self.find_next()
            return
        target, first, last = self.found
        document = self.window_.document
        text = document.text(target)
        new = text[:first] + self.replace_text.text() + text[last:]
        document.undo_stack.beginMacro(tr("Replace"))
        document.set_text(target, new)
        document.undo_stack.endMacro()
        # The next search starts after the replacement, which is selected.
        show_text(self.window_, target, first, first + len(self.replace_text.text()))
        self.found = None
        self.find_next()

    def replace_all(self) -> int:
        """Replace every match in the briefing as one undo step; how many there were."""
        document = self.window_.document
        changes = []
        for target in text_targets(document):
            text = document.text(target)
            spans = self.spans(target, text)
            if spans:
                changes.append((target, replaced(text, spans, self.replace_text.text()),
                                len(spans)))
        count = sum(number for _, _, number in changes)
        if count:
            document.undo_stack.beginMacro(tr("Replace all “{word}”").format(
                word=self.find_text.text()))
            for target, new, _ in changes:
                document.set_text(target, new)
            document.undo_stack.endMacro()
        self.found = None
        word = self.find_text.text()
        if count == 1:
            message = tr("Replaced 1 occurrence of “{word}”.").format(word=word)
        elif count:
            message = tr("Replaced {count} occurrences of “{word}”.").format(
                count=count, word=word)
        else:
            message = tr("“{word}” is not in the briefing.").format(word=word)
        self._say(message)
        self.window_.statusBar().showMessage(message, 8000)
        return count

    def _say(self, text: str) -> None:
        self.result.setText(text)

    def _forget(self) -> None:
        self.found = None
        self.result.clear()
