"""The interface in Turkish: every menu, action, label, button, tooltip and dialog the
app shows speaks Turkish once the Turkish translation is installed, and the accessible
names stay English, as the contract with screen readers and tests says.

A string is left in English when one of its words is right in English and wrong in
Turkish (both Hunspell dictionaries are asked); names that are the same in both
languages (PDF, Word, LibreOffice) are allowed."""

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from briefing_studio.gui.app import ask_about_recovered
from briefing_studio.gui.document import TextTarget
from briefing_studio.gui.i18n import install_translations
from briefing_studio.gui.main_window import MainWindow
from briefing_studio.gui.recovery import Recovered
from briefing_studio.gui.settings import Settings
from briefing_studio.gui.spelling import spell_service
from briefing_studio.language import languages
from briefing_studio.resources import resource_path
from briefing_studio.spelling import checked_words
from tests.gui.support import named, select_section, shown_dialog, when_shown

# Names and words that read the same in a Turkish interface.
ALLOWED = {"PDF", "DOCX", "Word", "LibreOffice", "Briefing", "Studio", "Enchant", "Hunspell",
           "English", "UK", "US", "Ctrl", "Shift", "Alt", "Tab", "Esc", "Enter", "Del", "Home",
           "End", "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Backspace", "Space",
           "Menu", "Ins", "Return", "Escape",
           "briefing",  # a file name in a window title: mektup.briefing
           "Letter",  # the paper size, as A4
           "Liberation", "Open"}  # the fonts, and their licence: SIL Open Font


# The languages a document can be in are named in their own words ("Deutsch (de-DE)").
ALLOWED |= {word for language in languages().values()
            for word in (*language.name.split(), *language.tag.split("-"))}


@pytest.fixture
def turkish(qapp):
    locale = QLocale()
    translators = install_translations(qapp, "tr")
    assert len(translators) == 2, "the app's and Qt's Turkish translations are both there"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


@pytest.fixture
def english_words(qapp):
    english, turkish = spell_service().wait("en-GB"), spell_service().wait("tr-TR")

    def left_in_english(text: str) -> list[str]:
        return [word for _, _, word in checked_words(text)
                if word not in ALLOWED and english.is_right(word)
                and not turkish.is_right(word)]

    return left_in_english


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text the widget and its children show: labels, buttons,
    group titles, choices, placeholders, tooltips, window titles, table headers."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        where = widget.accessibleName() or type(widget).__name__
        texts = [widget.toolTip(), widget.windowTitle() if widget.isWindow() else ""]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            texts += [str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
                      for column in range(model.columnCount())
                      for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)]
            # What a screen reader says for each row: "Madde 2", "Satır 2".
            texts += [str(model.headerData(row, Qt.Orientation.Vertical,
                                           Qt.ItemDataRole.AccessibleTextRole) or "")
                      for row in range(model.rowCount())]
        found += [(where, text) for text in texts if text]
    return found


def menu_texts(window: MainWindow) -> list[tuple[str, str]]:
    found = []
    for menu in window.menuBar().findChildren(QMenu):
        found.append(("menu", menu.title()))
        for action in menu.actions():
            found += [(menu.title(), text) for text in (action.text(), action.toolTip(),
                                                         action.statusTip()) if text]
    return found


def english_in(texts: list[tuple[str, str]], left_in_english) -> list[tuple[str, str, list]]:
    return [(where, text, words) for where, text in texts
            if (words := left_in_english(text.replace("&", "")))]


def test_every_menu_and_action_speaks_turkish(turkish, english_words, qtbot, tmp_path):
    window = MainWindow(Settings(), recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    assert english_in(menu_texts(window), english_words) == []
    assert window.menuBar().actions()[0].text() == "&Dosya"
    assert window.menuBar().actions()[0].menu().accessibleName() == "File"  # the contract


def test_the_editors_speak_turkish_and_their_names_stay_english(turkish, english_words,
                                                                 letter, qtbot, tmp_path):
    window = MainWindow(Settings(), recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(letter, ask=False)
    window.select_row(0)
    assert english_in(visible_texts(window), english_words) == []
    names = {widget.accessibleName() for widget in window.findChildren(QWidget)}
    assert {"Title", "Classification", "Reference", "Date", "Prepared for", "Prepared by",
            "Document outline", "Add attachment", "Signatory name"} <= names
    select_section(window, "Görüşme")
    assert english_in(visible_texts(window), english_words) == []
    names = {widget.accessibleName() for widget in window.findChildren(QWidget)}
    assert {"Section heading", "Paragraph text", "Bullets", "Bullet priority", "Table",
            "Alt text", "Annex", "Start on a new page"} <= names


def open_dialog(qtbot, window: MainWindow, which: str) -> None:
    """Open one of the app's dialogs as a user does; each waits for an answer."""
    match which:
        case "save question":
            window.document.set_text(TextTarget("meta", name="subtitle"), "Taslak")
            window.maybe_save()
        case "about":
            window.about()
        case "footnote":
            select_section(window, "Görüşme")
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            paragraph = named(window, "Paragraph text")
            qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
            qtbot.keyClick(paragraph, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
        case "recovery":
            recovered = Recovered(file=Path("x"), briefing=window.document.briefing,
                                  name="Sınır", original=None,
                                  saved_at=datetime.datetime(2026, 12, 1, 9, 30), lock=None)
            ask_about_recovered(window, recovered)
        case "export_pdf":
            window.export_actions["pdf"].trigger()
        case _:
            getattr(window, f"{which}_action").trigger()


@pytest.mark.parametrize("which", ["preferences", "find", "spelling", "shortcuts",
                                   "export_pdf", "save question", "about", "footnote",
                                   "recovery"])
def test_every_dialog_speaks_turkish(turkish, english_words, letter, qtbot, tmp_path, which):
    window = MainWindow(Settings(), recovery_folder=tmp_path / "recovery")
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(letter, ask=False)
    seen: list[tuple[str, str]] = []

    def read_dialog(dialog: QDialog) -> None:
        seen.extend(visible_texts(dialog))
        if isinstance(dialog, QMessageBox):
            seen.extend(("message", button.text()) for button in dialog.buttons())
        dialog.reject()

    when_shown(shown_dialog, read_dialog)
    open_dialog(qtbot, window, which)
    qtbot.waitUntil(lambda: bool(seen))
    assert english_in(seen, english_words) == []
    window.document.undo_stack.setClean()


def test_the_committed_translation_is_built_from_its_source(tmp_path):
    """The .qm the app loads is the .ts compiled: an edit of the .ts was not forgotten."""
    source = resource_path("translations", "briefing_studio_tr.ts")
    built = tmp_path / "built.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == resource_path("translations",
                                               "briefing_studio_tr.qm").read_bytes()
