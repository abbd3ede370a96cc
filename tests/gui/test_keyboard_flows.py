"""Editing as a desk officer does it, key by key: every typed word reaches the file, and
the focus is always where the next key press expects it."""

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QStyle, QWidget

from briefing_studio import fileformat
from briefing_studio.model import Priority
from tests.gui.support import (
    click_cell,
    click_outline_row,
    click_section,
    double_click_cell,
    double_click_heading,
    focused,
    named,
    type_text,
)

ISSUES = 2  # "Main Issues Discussed": a paragraph, four bullets, a paragraph, a table
BULLETS, TABLE = 1, 3


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is, as the keyboard delivers it."""
    qtbot.keyClick(focused(), key, modifier)



def bullets_of(window, section=ISSUES, block=BULLETS):
    return window.document.sections[section].blocks[block].items


def saved_file(window, tmp_path, qtbot):
    """Save with Ctrl+S, as the user does, and read back what is on disk."""
    window.document.path = tmp_path / "note.briefing"
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    return fileformat.load(tmp_path / "note.briefing")


# ---------------------------------------------------------------- 1. Enter in a new bullet


def test_enter_in_a_new_bullet_keeps_its_text_and_starts_the_next(window, qtbot, capfd):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    click_cell(qtbot, bullets, 3, 2)
    press(qtbot, Qt.Key.Key_Return)  # Enter on the last bullet opens a new one
    assert isinstance(focused(), QLineEdit)
    type_text(qtbot, "Water quotas for the summer")
    press(qtbot, Qt.Key.Key_Return)
    items = bullets_of(window)
    assert [item.text for item in items[4:]] == ["Water quotas for the summer", ""]
    assert isinstance(focused(), QLineEdit)  # the next bullet is open for typing
    type_text(qtbot, "Dam safety")
    press(qtbot, Qt.Key.Key_Escape)
    assert bullets_of(window)[5].text == "Dam safety"
    assert "commitData" not in capfd.readouterr().err
    window.undo_action.trigger()
    assert window.undo_action.text() == "&Undo Add bullet"
    assert [item.text for item in bullets_of(window)[4:]] == ["Water quotas for the summer", ""]


def test_enter_on_a_bullet_in_the_middle_edits_it_where_it_ends(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    before = bullets_of(window)[1].text
    click_cell(qtbot, named(window, "Bullets"), 1, 2)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, " More to follow.")  # nothing was selected, so nothing is replaced
    press(qtbot, Qt.Key.Key_Return)
    assert bullets_of(window)[1].text == before + " More to follow."
    assert len(bullets_of(window)) == 4
    assert focused() is named(window, "Bullets")
    assert named(window, "Bullets").currentIndex().row() == 2  # on to the next bullet


def test_typing_on_a_selected_cell_adds_to_its_text(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    table = named(window, "Table")
    click_cell(qtbot, table, 0, 1)
    before = window.document.sections[ISSUES].blocks[TABLE].rows[0][1]
    type_text(qtbot, " (draft)")
    press(qtbot, Qt.Key.Key_Return)
    assert window.document.sections[ISSUES].blocks[TABLE].rows[0][1] == before + " (draft)"


# ---------------------------------------------------------------- 2. save while editing


def test_ctrl_s_while_a_bullet_is_being_edited_saves_the_edit(window, qtbot, tmp_path):
    click_section(qtbot, window, "Main Issues Discussed")
    double_click_cell(qtbot, named(window, "Bullets"), 0, 2)
    type_text(qtbot, " Typed before saving.")
    on_disk = saved_file(window, tmp_path, qtbot)
    assert on_disk.sections[ISSUES].blocks[BULLETS].items[0].text.endswith(
        "Typed before saving.")
    assert not window.isWindowModified()


def test_ctrl_s_while_a_table_cell_is_being_edited_saves_the_edit(window, qtbot, tmp_path):
    click_section(qtbot, window, "Main Issues Discussed")
    editor = double_click_cell(qtbot, named(window, "Table"), 1, 1)
    editor.selectAll()
    type_text(qtbot, "Mixed messages")
    on_disk = saved_file(window, tmp_path, qtbot)
    assert on_disk.sections[ISSUES].blocks[TABLE].rows[1][1] == "Mixed messages"


def test_switching_section_while_editing_keeps_the_edit(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    double_click_heading(qtbot, named(window, "Table"), 0)
    type_text(qtbot, " now")
    click_section(qtbot, window, "Background")
    assert window.document.sections[ISSUES].blocks[TABLE].header[0].endswith(" now")


def test_undo_while_editing_undoes_the_typing_shown_in_the_cell(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    before = bullets_of(window)[2].text
    double_click_cell(qtbot, named(window, "Bullets"), 2, 2)
    type_text(qtbot, " extra")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bullets_of(window)[2].text == before
    assert named(window, "Bullets").model().index(2, 2).data() == before


# ---------------------------------------------------------------- 3. priority and focus


def test_after_choosing_a_priority_the_down_arrow_moves_to_the_next_bullet(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    assert bullets_of(window)[0].priority is Priority.HIGH
    popup = double_click_cell(qtbot, bullets, 0, 0)
    box = bullets.indexWidget(bullets.currentIndex())
    assert isinstance(box, QComboBox)
    assert popup is box.view() and popup.isVisible()  # the choices drop down at once
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert bullets_of(window)[0].priority is Priority.MEDIUM
    assert focused() is bullets
    before = bullets_of(window)[1].priority
    press(qtbot, Qt.Key.Key_Down)
    assert bullets.currentIndex().row() == 1
    assert bullets_of(window)[1].priority is before


def test_the_priority_box_under_the_list_leaves_the_focus_in_place(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    click_cell(qtbot, bullets, 1, 2)
    double_click_cell(qtbot, bullets, 1, 2)
    type_text(qtbot, "!")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is bullets  # not thrown to the "Priority:" box


def test_the_priority_in_the_cell_is_not_cut(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    double_click_cell(qtbot, bullets, 0, 0)
    box = bullets.indexWidget(bullets.currentIndex())
    assert isinstance(box, QComboBox)
    assert box.width() >= box.sizeHint().width()
    assert bullets.columnWidth(0) >= box.sizeHint().width()


# ---------------------------------------------------------------- 4. row heights


def test_a_one_line_bullet_has_a_one_line_row(window, qtbot):
    click_section(qtbot, window, "Proposed Next Steps")
    bullets = named(window, "Bullets")
    line = bullets.fontMetrics().lineSpacing()
    rows = range(bullets.model().rowCount())
    # The sample's bullets are short enough for one or two lines at this width.
    qtbot.waitUntil(lambda: bullets.width() > 400
                    and all(bullets.rowHeight(row) <= 2 * line + 14 for row in rows))
    table = named(window, "Table")
    assert table.rowHeight(0) <= 2 * line + 14
    assert bullets.verticalScrollBar().maximum() == 0  # the list scrolls with the section


# ---------------------------------------------------------------- 5. keyboard traps


def test_ctrl_2_puts_the_focus_in_the_first_field_of_the_editor(window, qtbot):
    click_outline_row(qtbot, window, 0)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() is named(window, "Title")
    click_section(qtbot, window, "Background")
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() is named(window, "Section heading")
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.outline


def tab_names(qtbot, start: QWidget, count: int) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(count):
        names.append(focused().accessibleName())
        press(qtbot, Qt.Key.Key_Tab)
    return names


def test_tab_goes_through_the_blocks_in_order_then_the_add_buttons(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    names = tab_names(qtbot, named(window, "Section heading"), 40)
    order = ["Section heading", "Heading level", "Paragraph text", "Bullets",
             "Bullet priority", "Add bullet", "Paragraph text", "Table caption", "Table",
             "Add row", "Add paragraph"]
    positions = [names.index(name, names.index(order[i - 1]) if i else 0)
                 for i, name in enumerate(order)]
    assert positions == sorted(positions), names


def test_shift_tab_goes_back_the_same_way(window, qtbot):
    click_section(qtbot, window, "Background")
    caption = named(window, "Table caption")
    caption.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is named(window, "Table")
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is caption


def test_a_date_typed_in_the_date_field_is_kept(window, qtbot):
    click_outline_row(qtbot, window, 0)
    date = named(window, "Date")
    date.setFocus()
    date.selectAll()
    type_text(qtbot, "3.12.2026")
    press(qtbot, Qt.Key.Key_Tab)
    assert window.document.briefing.meta.date == "2026-12-03"
    date.setFocus()
    date.selectAll()
    type_text(qtbot, "next Tuesday")
    press(qtbot, Qt.Key.Key_Tab)
    assert date.text() == "next Tuesday"  # kept on screen for the user to correct
    assert "not a date" in date.toolTip()
    assert window.document.briefing.meta.date == "2026-12-03"


def test_ctrl_y_redoes(window, qtbot):
    title = named(window, "Title")
    title.setFocus()
    title.end(False)
    type_text(qtbot, " II")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.meta.title == "Regional Water and Energy Talks"
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.meta.title == "Regional Water and Energy Talks II"


# ---------------------------------------------------------------- 6. dragging a section


def drop_on_outline_row(window, source_row: int, target_row: int) -> None:
    """What a drag ends with: the outline hands the dragged row's data to its model at
    the drop row. (A test cannot run the drag's own event loop, and the outline takes
    drops only from drags it started itself.)"""
    model = window.outline.model()
    data: QMimeData = model.mimeData([model.index(source_row, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, target_row, 0, QModelIndex())


def test_a_dragged_section_stays_in_the_editor(window, qtbot):
    click_section(qtbot, window, "Background")
    drop_on_outline_row(window, 2, 5)
    headings = [s.heading for s in window.document.sections]
    assert headings.index("Background") == 3
    assert named(window, "Section heading").text() == "Background"
    assert window.outline.currentIndex().row() == 4


# ---------------------------------------------------------------- 10. labels


def test_the_heading_field_is_labelled_and_shows_its_beginning(window, qtbot):
    click_section(qtbot, window, "Assessment and Recommendation")
    heading = named(window, "Section heading")
    labels = [w for w in window.findChildren(QWidget) if getattr(w, "buddy", None)
              and w.buddy() is heading]
    assert labels and labels[0].text().replace("&", "") == "Heading"
    assert heading.cursorPosition() == 0


def test_undo_and_redo_look_like_undo_and_redo_not_like_navigation(window):
    def picture(icon):
        return icon.pixmap(24, 24).toImage()

    style = window.style()
    for action, arrow in ((window.undo_action, QStyle.StandardPixmap.SP_ArrowBack),
                          (window.redo_action, QStyle.StandardPixmap.SP_ArrowForward)):
        assert not action.icon().isNull()
        assert picture(action.icon()) != picture(style.standardIcon(arrow))
    assert picture(window.undo_action.icon()) != picture(window.redo_action.icon())
    assert "Ctrl+Y" in [key.toString() for key in window.redo_action.shortcuts()]


# ---------------------------------------------------------------- also: bold and italic


def test_ctrl_b_and_ctrl_i_mark_the_selection_in_a_paragraph_and_a_cell(window, qtbot):
    click_section(qtbot, window, "Background")
    paragraph = named(window, "Paragraph text")
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
    cursor = paragraph.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(cursor.MoveOperation.EndOfWord, cursor.MoveMode.KeepAnchor)
    paragraph.setTextCursor(cursor)  # the user's selection of the first word
    word = cursor.selectedText()
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    first = window.document.sections[1].blocks[0].text
    assert first.startswith(f"**{word}** ")
    press(qtbot, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.document.sections[1].blocks[0].text.startswith("***")
    table = named(window, "Table")
    editor = double_click_cell(qtbot, table, 0, 0)
    editor.selectAll()
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Return)
    cell = window.document.sections[1].blocks[2].rows[0][0]
    assert cell.startswith("**") and cell.endswith("**")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.sections[1].blocks[2].rows[0][0].startswith("**")


# ---------------------------------------------------------------- 11. where Save As looks


def test_the_first_save_of_an_imported_text_offers_its_folder(window, qtbot, tmp_path,
                                                              monkeypatch):
    source = tmp_path / "desk" / "talks.txt"
    source.parent.mkdir()
    source.write_text("Talks in Ankara\nThe delegations met.\n", encoding="utf-8")
    assert window.open_path(source, ask=False)
    offered = []
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda parent, title, suggestion, *a, **k: (offered.append(suggestion)
                                                                    or ("", "")))
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert offered == [str(source.parent / "talks.briefing")]


def test_ctrl_2_goes_back_to_the_field_last_edited(window, qtbot):
    click_section(qtbot, window, "Background")
    table = named(window, "Table caption")
    qtbot.mouseClick(table, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert focused() is table


# ---------------------------------------------------------------- retired editors


def test_removing_a_block_leaves_the_next_one_as_it_was(window, qtbot):
    click_section(qtbot, window, "Background")
    blocks = window.document.sections[1].blocks
    second = blocks[1].text
    remove = next(w for w in window.editor_area.widget().findChildren(QWidget)
                  if w.accessibleName() == "Remove block")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the old editors are deleted now, and must say nothing as they go
    blocks = window.document.sections[1].blocks
    assert blocks[0].text == second
    assert window.document.undo_stack.count() == 1


@pytest.mark.parametrize("row", [0, 3])
def test_tab_goes_round_the_window_once_through_named_visible_fields(window, qtbot, row):
    click_outline_row(qtbot, window, row)
    window.outline.setFocus()
    stops = []
    for _ in range(80):
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is window.outline:
            break
        stops.append(focused())
    else:
        pytest.fail("Tab never came back to the outline: " +
                    " | ".join(w.accessibleName() for w in stops[-12:]))
    assert len(set(stops)) == len(stops)  # no field twice, no loop
    assert all(w.accessibleName() and w.isVisible() for w in stops)
    assert stops[0] is window.editor_area.widget().first_field()


def visible_named(window, name: str) -> list[QWidget]:
    return [w for w in window.editor_area.widget().findChildren(QWidget)
            if w.accessibleName() == name and w.isVisible()]


def type_at_the_end_of_a_background_paragraph(window, qtbot, index: int, text: str) -> None:
    """Click the paragraph ``index`` of the Background section, go to its end, type."""
    click_section(qtbot, window, "Background")
    paragraph = visible_named(window, "Paragraph text")[index]
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, text)


def test_typing_on_after_moving_the_paragraph_goes_on_in_that_paragraph(window, qtbot):
    type_at_the_end_of_a_background_paragraph(window, qtbot, 0, " AAA")
    qtbot.mouseClick(visible_named(window, "Move block down")[0], Qt.MouseButton.LeftButton)
    type_text(qtbot, " MORE")
    blocks = window.document.sections[1].blocks
    assert blocks[1].text.endswith(" AAA MORE")
    assert not blocks[0].text.endswith("MORE")


def test_removing_another_block_leaves_the_cursor_where_it_was(window, qtbot):
    type_at_the_end_of_a_background_paragraph(window, qtbot, 1, " AAA")
    qtbot.mouseClick(visible_named(window, "Remove block")[0], Qt.MouseButton.LeftButton)
    type_text(qtbot, " MORE")
    assert window.document.sections[1].blocks[0].text.endswith(" AAA MORE")


def test_moving_a_block_with_the_keyboard_keeps_the_focus_on_its_buttons(window, qtbot):
    click_section(qtbot, window, "Background")
    moved = window.document.sections[1].blocks[0].id
    visible_named(window, "Move block down")[0].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert focused().accessibleName() in ("Move block down", "Move block up")
    assert window.document.sections[1].blocks[1].id == moved
    assert window.editor_area.widget().place_of(focused()) == moved  # with the block


def test_deleting_a_section_from_its_editor_keeps_the_focus_in_the_editor(window, qtbot):
    click_section(qtbot, window, "Background")
    named(window, "Section heading").setFocus()
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is named(window, "Section heading")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_area.widget().isAncestorOf(focused())


def test_enter_or_typing_in_an_empty_list_starts_its_first_bullet(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    for _ in range(4):
        qtbot.mouseClick(named(window, "Remove bullet"), Qt.MouseButton.LeftButton)
    assert bullets_of(window) == []
    named(window, "Bullets").setFocus()
    type_text(qtbot, "first")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "second")
    press(qtbot, Qt.Key.Key_Escape)
    assert [item.text for item in bullets_of(window)] == ["first", "second"]


def test_ctrl_z_in_the_date_and_classification_undoes_in_the_document(window, qtbot):
    box = named(window, "Classification")
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " X")
    steps = window.document.undo_stack.index()
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.undo_stack.index() == steps - 1
    assert window.document.briefing.meta.classification == "OFFICIAL-SENSITIVE"
    date = named(window, "Date")
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton)
    date.selectAll()
    type_text(qtbot, "1.2.2027")
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.meta.date == "2026-11-24"
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.document.briefing.meta.date == "2027-02-01"


def test_a_date_that_is_not_one_is_still_there_after_a_visit_elsewhere(window, qtbot,
                                                                       tmp_path):
    date = named(window, "Date")
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton)
    date.selectAll()
    type_text(qtbot, "31.02.2027")
    click_section(qtbot, window, "Background")
    click_outline_row(qtbot, window, 0)
    date = named(window, "Date")
    assert date.text() == "31.02.2027" and "not a date" in date.toolTip()
    saved_file(window, tmp_path, qtbot)
    assert "31.02.2027" in window.statusBar().currentMessage()
    assert window.document.briefing.meta.date == "2026-11-24"


def test_undoing_a_move_under_an_open_list_reads_no_block_for_another(window, qtbot):
    """After the undo, the list's place holds a paragraph: the old editor must not read
    it as a list (an exception there once crashed the app)."""
    click_section(qtbot, window, "Main Issues Discussed")
    double_click_cell(qtbot, named(window, "Bullets"), 1, 2)
    type_text(qtbot, " now")
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier
          | Qt.KeyboardModifier.ShiftModifier)
    assert window.document.sections[1].heading == "Main Issues Discussed"
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert [s.heading for s in window.document.sections][1:3] == ["Background",
                                                                  "Main Issues Discussed"]
    assert not window.document.sections[2].blocks[1].items[1].text.endswith(" now")


def test_pasting_an_empty_line_empties_no_cell(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    table = named(window, "Table")
    click_cell(qtbot, table, 0, 0)
    QApplication.clipboard().setText("\n")
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.sections[ISSUES].blocks[TABLE].rows[0][0] == "Summer releases"
    assert not window.document.undo_stack.canUndo()
