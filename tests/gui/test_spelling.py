"""Spell checking as a user meets it: words typed into a field are underlined in the
document's language, the Menu key on a misspelt word offers corrections, Add to
dictionary and Ignore all, and F7 walks the whole briefing."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from briefing_studio import fileformat
from briefing_studio.gui.spelling import spell_service
from briefing_studio.model import Briefing, Metadata, Paragraph, Section, Table
from tests.gui.support import named, select_section, type_text

pytestmark = pytest.mark.usefixtures("dictionaries")


@pytest.fixture
def dictionaries(window):
    for language in ("tr-TR", "en-GB", "en-US"):
        if spell_service().wait(language) is None:
            pytest.fail(f"no dictionary for {language}: is libenchant-2-2 installed?")


def open_briefing(window, tmp_path, language: str, text: str = "", rows=None) -> None:
    blocks = [Paragraph(text)]
    if rows is not None:
        blocks.append(Table(header=["Heyet", "Görev"], rows=rows))
    path = tmp_path / "note.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Not", language=language),
                             sections=[Section("Görüşme", blocks)]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Görüşme")


def words_underlined(edit) -> list[str]:
    """Runs of underlined letters joined into words (the highlighter marks letters)."""
    block = edit.document().firstBlock()
    text, marked = block.text(), set()
    for r in block.layout().formats():
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            marked.update(range(r.start, r.start + r.length))
    words, current = [], ""
    for index, character in enumerate(text + " "):
        if index in marked:
            current += character
        elif current:
            words.append(current)
            current = ""
    return words


def type_into_paragraph(qtbot, window, words: str):
    window.activateWindow()  # back from a menu, as a user's window is
    qtbot.waitUntil(window.isActiveWindow)
    paragraph = named(window, "Paragraph text")
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(paragraph, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, words)
    return paragraph


def menu_choice(qtbot, widget, choose: str | None, seen: list[str],
                then: str | None = None, word: str = "") -> None:
    """Right-click ``word`` (its first place) in the field, note what its menu offers in
    ``seen``, and take ``choose`` with the arrow keys and Enter (or close it); with
    ``then``, ``choose`` is a submenu, opened with the Right key, and ``then`` taken
    in it."""
    def pick(menu: QMenu, wanted: str, opens: bool) -> None:
        for _ in range(len(menu.actions())):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() is not None and menu.activeAction().text() == wanted:
                qtbot.keyClick(menu, Qt.Key.Key_Right if opens else Qt.Key.Key_Return)
                return
        raise AssertionError(f"{wanted!r} not in the menu: {seen}")

    def answer(level: int = 0, tries: int = 100):
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or (level and menu.title() != choose):
            if tries:  # a menu not open yet; never a timer left to fire in the next test
                QTimer.singleShot(20, lambda: answer(level, tries - 1))
            return
        if level == 0:
            seen.extend(action.text() for action in menu.actions() if action.text())
            if choose is None:
                qtbot.keyClick(menu, Qt.Key.Key_Escape)
                return
            pick(menu, choose, opens=then is not None)
            if then is not None:
                QTimer.singleShot(0, lambda: answer(1))
        else:
            pick(menu, then, opens=False)

    QTimer.singleShot(0, answer)
    # A right-click on the word, as the window hands it to the field. (QTest's own clicks
    # through the window find the wrong widget once another window came before.)
    text = widget.toPlainText()
    cursor = widget.textCursor()
    cursor.setPosition(text.index(word) + 1)
    point = widget.cursorRect(cursor).center()
    QApplication.sendEvent(widget.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, widget.viewport().mapToGlobal(point)))


def test_a_turkish_misspelling_is_underlined_and_corrected_from_the_menu(window, qtbot,
                                                                         tmp_path):
    open_briefing(window, tmp_path, "tr-TR")
    paragraph = type_into_paragraph(
        qtbot, window, "Dışişleri Bakanlığı'nın görüşmelerindee koordinasyonundan")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["görüşmelerindee"])
    seen: list[str] = []
    menu_choice(qtbot, paragraph, "görüşmelerinde", seen, word="görüşmelerindee")
    assert seen[0] == "görüşmelerinde"
    text = window.document.sections[0].blocks[0].text
    assert text == "Dışişleri Bakanlığı'nın görüşmelerinde koordinasyonundan"
    assert words_underlined(paragraph) == []
    window.undo_action.trigger()  # the correction is a step of its own
    assert "görüşmelerindee" in window.document.sections[0].blocks[0].text


def test_an_english_briefing_flags_recieve_and_knows_its_own_spelling(window, qtbot,
                                                                      tmp_path):
    open_briefing(window, tmp_path, "en-GB")
    paragraph = type_into_paragraph(qtbot, window, "We recieve the Authorise form")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["recieve"])
    seen: list[str] = []
    menu_choice(qtbot, paragraph, None, seen, word="recieve")
    assert "receive" in seen[:3]
    # The same words in an American briefing: "Authorise" is British.
    open_briefing(window, tmp_path, "en-US")
    paragraph = type_into_paragraph(qtbot, window, "We recieve the Authorise form")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["recieve", "Authorise"])


def test_add_to_dictionary_is_kept_for_the_user_and_every_field(window, qtbot, tmp_path):
    open_briefing(window, tmp_path, "tr-TR", rows=[["Karagözlüoğlu heyeti", "Başkan"]])
    paragraph = type_into_paragraph(qtbot, window, "Karagözlüoğlu geldi")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["Karagözlüoğlu"])
    menu_choice(qtbot, paragraph, "Add to dictionary", [], word="Karagözlüoğlu")
    assert words_underlined(paragraph) == []
    saved = tmp_path / "dictionaries" / "words-tr_TR.txt"
    assert saved.read_text(encoding="utf-8").split() == ["Karagözlüoğlu"]


def test_ignore_all_passes_the_word_over_in_this_document(window, qtbot, tmp_path):
    open_briefing(window, tmp_path, "en-GB", "Brexitology is new.")
    paragraph = type_into_paragraph(qtbot, window, " More Brexitology")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["Brexitology", "Brexitology"])
    menu_choice(qtbot, paragraph, "Ignore all", [], word="Brexitology")
    assert words_underlined(paragraph) == []
    assert not (tmp_path / "dictionaries" / "words-en_GB.txt").exists()


def test_a_field_can_be_checked_in_the_other_language(window, qtbot, tmp_path):
    open_briefing(window, tmp_path, "en-GB")
    paragraph = type_into_paragraph(qtbot, window, "görüşmelerinde")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == ["görüşmelerinde"])
    menu_choice(qtbot, paragraph, "Check this field in", [], then="Türkçe",
                word="görüşmelerinde")
    qtbot.waitUntil(lambda: words_underlined(paragraph) == [])
    # Only that field: the document stays English.
    assert window.document.briefing.meta.language == "en-GB"


def test_arabic_words_and_acronyms_are_left_alone(window, qtbot, tmp_path):
    open_briefing(window, tmp_path, "en-GB")
    paragraph = type_into_paragraph(qtbot, window, "The UNHCR office in دمشق opened")
    qtbot.wait(200)
    assert words_underlined(paragraph) == []


def test_f7_walks_the_briefing_word_by_word(window, qtbot, tmp_path):
    path = tmp_path / "walk.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Sınır görüşmelerindee", language="tr-TR"),
                             sections=[Section("Görüşme", [
                                 Paragraph("Heyet Karagözlüoğlu ile toplanttı."),
                                 Table(header=["Heyet", "Görevv"], rows=[["Ankara", "Başkan"]]),
                             ])]), path)
    assert window.open_path(path, ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    dialog = window.spelling_dialog
    qtbot.waitUntil(dialog.isVisible)
    word = named(dialog, "Not in the dictionary")
    assert word.text() == "<b>görüşmelerindee</b>"
    assert window.focusWidget().accessibleName() == "Title"  # shown where it is edited
    assert named(dialog, "Change to").text() == "görüşmelerinde"
    qtbot.mouseClick(named(dialog, "Change"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.meta.title == "Sınır görüşmelerinde"
    assert word.text() == "<b>Karagözlüoğlu</b>"
    assert window.outline.currentIndex().row() == 1
    qtbot.mouseClick(named(dialog, "Add to dictionary"), Qt.MouseButton.LeftButton)
    assert word.text() == "<b>toplanttı</b>"
    qtbot.mouseClick(named(dialog, "Ignore"), Qt.MouseButton.LeftButton)
    assert word.text() == "<b>Görevv</b>"
    change_to = named(dialog, "Change to")
    qtbot.mouseClick(change_to, Qt.MouseButton.LeftButton)
    qtbot.keyClick(change_to, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Görev")
    qtbot.mouseClick(named(dialog, "Change"), Qt.MouseButton.LeftButton)
    assert window.document.briefing.sections[0].blocks[1].header == ["Heyet", "Görev"]
    assert word.text() == "The spelling check is complete."
    assert (tmp_path / "dictionaries" / "words-tr_TR.txt").read_text(
        encoding="utf-8").split() == ["Karagözlüoğlu"]
    assert "toplanttı" in window.document.briefing.sections[0].blocks[0].text  # ignored


def test_a_footnote_is_checked_as_its_paragraph_is(window, qtbot, tmp_path):
    from tests.gui.test_figures_and_notes import when_the_note_dialog_opens

    open_briefing(window, tmp_path, "en-GB", "The figures fell.")
    paragraph = type_into_paragraph(qtbot, window, "")
    flagged = []

    def answer(dialog) -> None:
        qtbot.keyClicks(dialog.text, "Weekly reprot of the cell")
        qtbot.waitUntil(lambda: words_underlined(dialog.text) == ["reprot"])
        flagged.extend(words_underlined(dialog.text))
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    when_the_note_dialog_opens(answer)
    qtbot.keyClick(paragraph, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert flagged == ["reprot"]
    assert "^[Weekly reprot of the cell]" in window.document.sections[0].blocks[0].text
