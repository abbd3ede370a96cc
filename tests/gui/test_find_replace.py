"""Find and replace across the whole briefing, as a user types it: Ctrl+F and Ctrl+H
open the dialog, F3 jumps from field to field (the outline follows), Replace all is
one undo step that says how many, and Turkish İ/i and I/ı match without case."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from briefing_studio import fileformat
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Section,
    Table,
)
from tests.gui.support import named, type_text


@pytest.fixture
def syria(window, tmp_path, qtbot):
    path = tmp_path / "suriye.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Suriye sınırı", language="tr-TR"), sections=[
        Section("Giriş", [Paragraph("Suriye ile görüşmeler sürüyor. ISPARTA heyeti katıldı.")]),
        Section("Suriyeli mülteciler", [
            BulletList(items=[Bullet(label="Suriye", text="Sınır kapıları açık.")]),
            Table(header=["Ülke", "Durum"], rows=[["Suriye", "Görüşme"], ["Irak", "Bekleniyor"]]),
        ]),
    ]), path)
    assert window.open_path(path, ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return path


def open_with(qtbot, window, key: Qt.Key):
    """Ctrl+F or Ctrl+H pressed while typing in a field, as a user does (a line edit
    would take Ctrl+H for Backspace)."""
    window.select_row(0)
    qtbot.mouseClick(named(window, "Subtitle"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(
        QApplication.focusWidget()))
    return dialog


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(named(dialog, name), Qt.MouseButton.LeftButton)


def test_replace_all_changes_every_field_in_one_undo_step(window, syria, qtbot):
    dialog = open_with(qtbot, window, Qt.Key.Key_H)
    assert QApplication.focusWidget() is named(dialog, "Find")
    type_text(qtbot, "Suriye")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is named(dialog, "Replace with")
    type_text(qtbot, "Suriye Arap Cumhuriyeti")
    qtbot.mouseClick(named(dialog, "Whole words only"), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "Replace all")
    briefing = window.document.briefing
    assert briefing.meta.title == "Suriye Arap Cumhuriyeti sınırı"
    assert briefing.sections[0].blocks[0].text.startswith("Suriye Arap Cumhuriyeti ile")
    assert briefing.sections[1].heading == "Suriyeli mülteciler"  # a whole word only
    assert briefing.sections[1].blocks[0].items[0].label == "Suriye Arap Cumhuriyeti"
    assert briefing.sections[1].blocks[1].rows[0][0] == "Suriye Arap Cumhuriyeti"
    assert named(dialog, "Find result").text() == \
        "Replaced 4 occurrences of “Suriye”."
    window.undo_action.trigger()
    assert window.document.briefing.meta.title == "Suriye sınırı"
    assert window.document.briefing.sections[1].blocks[1].rows[0][0] == "Suriye"


def test_find_next_goes_to_each_field_and_the_outline_follows(window, syria, qtbot):
    dialog = open_with(qtbot, window, Qt.Key.Key_F)
    type_text(qtbot, "suriye")
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F3)
        visited.append((window.outline.currentIndex().row(), *where(window.focusWidget())))
    # From the field the user was in (the subtitle, under the title) on.
    assert visited == [
        (1, "Paragraph text", "Suriye"),
        (2, "Section heading", "Suriye"),  # in "Suriyeli": not whole words only
        (2, "Bullets", "Suriye"),  # the label's cell, open for editing
        (2, "Table", "Suriye"),
        (0, "Title", "Suriye"),  # round the end, back to the top
        (1, "Paragraph text", "Suriye"),
    ]
    assert named(dialog, "Find result").text() == "Match 2 of 5"


def where(field) -> tuple[str, str]:
    """The field's name (a table's, for the editor of one of its cells) and the words
    selected in it."""
    selected = field.selectedText() if hasattr(field, "selectedText") \
        else field.textCursor().selectedText()
    view = field.parentWidget().parentWidget() if not field.accessibleName() else field
    return view.accessibleName(), selected


def test_turkish_capitals_match_their_own_small_letters(window, syria, qtbot):
    dialog = open_with(qtbot, window, Qt.Key.Key_F)
    type_text(qtbot, "ısparta")
    click(qtbot, dialog, "Find next")
    field = window.focusWidget()
    assert field.accessibleName() == "Paragraph text"
    assert field.textCursor().selectedText() == "ISPARTA"
    # Dotted and dotless are two letters: "isparta" is not "ISPARTA" in Turkish.
    find = named(dialog, "Find")
    qtbot.mouseClick(find, Qt.MouseButton.LeftButton)
    find.selectAll()
    type_text(qtbot, "isparta")
    click(qtbot, dialog, "Find next")
    assert named(dialog, "Find result").text() == "“isparta” is not in the briefing."


def test_replace_changes_one_match_then_shows_the_next(window, syria, qtbot):
    dialog = open_with(qtbot, window, Qt.Key.Key_H)
    type_text(qtbot, "Görüşme")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, "Müzakere")
    qtbot.mouseClick(named(dialog, "Match case"), Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "Find next")
    click(qtbot, dialog, "Replace")
    assert window.document.briefing.sections[1].blocks[1].rows[0][1] == "Müzakere"
    # "görüşmeler" in the paragraph has another case: not a match.
    assert "görüşmeler" in window.document.briefing.sections[0].blocks[0].text


def test_a_match_in_a_column_heading_is_shown_and_replaced_in_the_heading(
        window, syria, qtbot):
    dialog = open_with(qtbot, window, Qt.Key.Key_H)
    type_text(qtbot, "Durum")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    type_text(qtbot, "Aşama")
    click(qtbot, dialog, "Find next")
    field = window.focusWidget()
    assert (field.accessibleName(), field.selectedText()) == ("Column heading", "Durum")
    click(qtbot, dialog, "Replace")
    assert window.document.briefing.sections[1].blocks[1].header == ["Ülke", "Aşama"]
