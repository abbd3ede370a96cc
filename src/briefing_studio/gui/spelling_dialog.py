"""Tools ▸ Check spelling (F7): the briefing's misspelt words one after another, from the
field being edited on, each shown where it is edited, with the dictionary's
suggestions: Change (Change all), Ignore (Ignore all), Add to dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
)

from ..find import find_all, replaced
from .document import TextTarget
from .i18n import dialog_button, tr
from .spelling import FieldSpelling, spell_service
from .walk import Found, focused_place, search, show_text, text_targets

if TYPE_CHECKING:
    from .main_window import MainWindow


class SpellingDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(tr("Check Spelling"))
        self.found: Found | None = None
        # The words passed over once (Ignore): by field and place, for this walk only.
        self.passed: set[tuple[TextTarget, int, str]] = set()
        self.word = QLabel()
        self.word.setAccessibleName("Not in the dictionary")
        self.change_to = QLineEdit()
        self.change_to.setAccessibleName("Change to")
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName("Suggestions")
        self.suggestions.currentTextChanged.connect(self.change_to.setText)
        self.suggestions.itemActivated.connect(lambda _item: self.change())
        layout = QGridLayout(self)
        heading = QLabel(tr("Not in the dictionary:"))
        layout.addWidget(heading, 0, 0)
        layout.addWidget(self.word, 0, 1)
        change_label = QLabel(tr("C&hange to:"))
        change_label.setBuddy(self.change_to)
        layout.addWidget(change_label, 1, 0)
        layout.addWidget(self.change_to, 1, 1)
        suggestions_label = QLabel(tr("&Suggestions:"))
        suggestions_label.setBuddy(self.suggestions)
        layout.addWidget(suggestions_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.suggestions, 2, 1, 6, 1)
        self.buttons = []
        for row, (text, slot) in enumerate((
                (QT_TRANSLATE_NOOP("", "&Change"), self.change),
                (QT_TRANSLATE_NOOP("", "Change a&ll"), self.change_all),
                (QT_TRANSLATE_NOOP("", "&Ignore"), self.ignore),
                (QT_TRANSLATE_NOOP("", "I&gnore all"), self.ignore_all),
                (QT_TRANSLATE_NOOP("", "&Add to dictionary"), self.add_to_dictionary),
                (QT_TRANSLATE_NOOP("", "Close"), self.close))):
            button = dialog_button(text, slot)
            layout.addWidget(button, row + 2, 2)
            self.buttons.append(button)
        self.buttons[0].setDefault(True)

    def start(self) -> None:
        """Show the dialog at the first misspelt word from the focus on."""
        self.passed.clear()
        self.found = None
        self.show()
        self.raise_()
        self.next_word(focused_place(self.window_))

    # ------------------------------------------------------------ the walk

    def misspelt(self, target: TextTarget, text: str) -> list[tuple[int, int]]:
        spelling = FieldSpelling(self.window_.document, target)
        if spelling.speller() is None:
            spell_service().wait(spelling.language)
        return [(start, end) for start, end in spelling.misspelt(text)
                if (target, start, text[start:end]) not in self.passed]

    def next_word(self, start: tuple[TextTarget | None, int]) -> None:
        self.found = search(self.window_.document, self.misspelt, start)
        enabled = self.found is not None
        for button in self.buttons[:-1]:
            button.setEnabled(enabled)
        self.suggestions.clear()
        if not enabled:
            self.word.setText(tr("The spelling check is complete."))
            self.change_to.clear()
            self.buttons[-1].setFocus()
            return
        target, first, last = self.found
        text = self.window_.document.text(target)
        word = text[first:last]
        self.word.setText(f"<b>{word}</b>")
        show_text(self.window_, target, first, last)
        speller = FieldSpelling(self.window_.document, target).speller()
        self.suggestions.addItems(speller.suggestions(word) if speller else [])
        self.change_to.setText(self.suggestions.item(0).text() if self.suggestions.count()
                               else word)
        self.activateWindow()
        self.change_to.setFocus()
        self.change_to.selectAll()

    def _word(self) -> str:
        target, first, last = self.found
        return self.window_.document.text(target)[first:last]

    # ------------------------------------------------------------ the buttons

    def change(self) -> None:
        if self.found is None:
            return
        target, first, last = self.found
        document = self.window_.document
        text, new_word = document.text(target), self.change_to.text()
        document.undo_stack.beginMacro(tr("Correct spelling"))
        document.set_text(target, text[:first] + new_word + text[last:])
        document.undo_stack.endMacro()
        self.next_word((target, first + len(new_word)))

    def change_all(self) -> None:
        """Every occurrence of the word, as a whole word with its case, in one step."""
        if self.found is None:
            return
        word, new_word = self._word(), self.change_to.text()
        document = self.window_.document
        document.undo_stack.beginMacro(tr("Correct “{word}” everywhere").format(word=word))
        for target in text_targets(document):
            text = document.text(target)
            spans = find_all(text, word, match_case=True, whole_words=True)
            if spans:
                document.set_text(target, replaced(text, spans, new_word))
        document.undo_stack.endMacro()
        target, first, _ = self.found
        self.next_word((target, first + len(new_word)))

    def ignore(self) -> None:
        if self.found is not None:
            target, first, last = self.found
            self.passed.add((target, first, self._word()))
            self.next_word((target, last))

    def ignore_all(self) -> None:
        if self.found is not None:
            self.window_.document.ignored_words.add(self._word())
            spell_service().changed.emit()
            target, _, last = self.found
            self.next_word((target, last))

    def add_to_dictionary(self) -> None:
        if self.found is not None:
            target, _, last = self.found
            speller = FieldSpelling(self.window_.document, target).speller()
            if speller is not None:
                speller.add(self._word())
                spell_service().changed.emit()
            self.next_word((target, last))
