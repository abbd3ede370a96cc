"""The document's language, chosen in Document info, changes the words the preview prints."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefing_studio import fileformat
from tests.gui.support import click_outline_row, focused, named


def preview_text(window) -> str:
    pdf = window.preview.pdf
    return "".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))


def wait_for_words(qtbot, window, *words: str) -> None:
    qtbot.waitUntil(lambda: all(word in preview_text(window) for word in words),
                    timeout=20000)


def test_choosing_turkish_prints_turkish_words_and_undo_brings_english_back(window, qtbot,
                                                                             tmp_path):
    click_outline_row(qtbot, window, 0)  # Document info
    wait_for_words(qtbot, window, "Briefing Note", "Reference")
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    box = named(window, "Language")
    assert focused() is box
    qtbot.keyClick(box, Qt.Key.Key_End)  # the last language: Türkçe
    assert window.document.briefing.meta.language == "tr-TR"
    wait_for_words(qtbot, window, "Brifing Notu", "Sayı", "Yüksek", "Sayfa 1 / ")
    assert "Briefing Note" not in preview_text(window)

    path = tmp_path / "turkish.briefing"
    fileformat.save(window.document.briefing, path)
    assert fileformat.load(path).meta.language == "tr-TR"

    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.meta.language == ""
    assert box.currentData() == ""
    wait_for_words(qtbot, window, "Briefing Note", "Reference")


def test_choosing_contents_never_and_always_as_a_user_does(window, qtbot):
    click_outline_row(qtbot, window, 0)  # Document info
    wait_for_words(qtbot, window, "Briefing Note")
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    box = named(window, "Contents")
    box.setFocus()  # as Tab brings the user there
    qtbot.keyClick(box, Qt.Key.Key_End)  # the last choice: Never
    assert window.document.briefing.meta.contents == "off"
    qtbot.keyClick(box, Qt.Key.Key_Up)  # Always
    assert window.document.briefing.meta.contents == "on"
    wait_for_words(qtbot, window, "Contents")
    window.undo_action.trigger()  # the choices in one field, one after the other: one step
    assert window.document.briefing.meta.contents == ""
    assert box.currentText() == "Automatic"
