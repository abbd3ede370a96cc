"""The app as a screen reader hears it, read through Qt's accessibility interfaces (what
the AT-SPI bridge hands to Orca)."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from briefing_studio import fileformat
from briefing_studio.gui.dialogs import PreferencesDialog
from briefing_studio.model import Briefing, Bullet, BulletList, Metadata, Paragraph, Section, Table
from tests.gui.support import (
    click_cell,
    double_click_heading,
    focused,
    named,
    select_section,
    type_text,
)


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_an_open_menu_is_announced_by_its_title(window, qtbot):
    menus = {menu.title().replace("&", ""): accessible_name(menu)
             for menu in window.menuBar().findChildren(QMenu) if menu.title()}
    assert menus == {name: name for name in ("File", "New", "Open Recent", "Edit", "Section",
                                             "Insert", "Tools", "View", "Help")}


def test_ctrl_comma_opens_the_preferences(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []

    def answer(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            if tries:
                QTimer.singleShot(20, lambda: answer(tries - 1))
            return
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window.outline, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+, opened no Preferences"


def test_a_table_is_described_by_its_caption_as_it_is_typed(window, qtbot):
    heading = next(s.heading for s in window.document.sections
                   if any(type(b).__name__ == "Table" for b in s.blocks))
    select_section(window, heading)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table, caption = named(window, "Table"), named(window, "Table caption")
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    qtbot.keyClick(caption, Qt.Key.Key_End)
    type_text(qtbot, " (2026)")
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface.text(QAccessible.Text.Description) == caption.text()
    assert caption.text().endswith(" (2026)")


def test_each_blocks_panel_and_buttons_say_which_block(window, qtbot, tmp_path):
    path = tmp_path / "blocks.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Talks"), sections=[Section("Water", [
        Paragraph("One."), BulletList(items=[Bullet(text="A")]), Paragraph("Two."),
        Table(caption="Delegations", header=["Name"], rows=[["Ankara"]])])]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Water")
    panels = [frame for frame in window.current_editor.frames]
    assert [accessible_name(frame) for frame in panels] == [
        "Paragraph 1", "Bullet list 1", "Paragraph 2", "Table 1: Delegations"]
    removers = [button for button in window.current_editor.findChildren(QToolButton)
                if button.accessibleName() == "Remove block"]
    told = {QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Description)
            for button in removers}
    assert len(removers) == 4 and len(told) == 4  # four buttons, four blocks told apart


# ---------------------------------------------------------------- table headings


def delegations(window, tmp_path) -> None:
    path = tmp_path / "delegations.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Talks"), sections=[Section("Who", [
        BulletList(items=[Bullet(text="Arrive"), Bullet(text="Sign"), Bullet(text="Leave")]),
        Table(caption="Delegations", header=["Delegation", "Role", "Focus Area"],
              rows=[["Türkiye", "Lead Negotiator", "Dams"],
                    ["Iraq", "Observer", "Quotas"]])])]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Who")


def cells_heard(view) -> dict[str, tuple[list[str], list[str]]]:
    """Each cell's text, with the column and row headers a screen reader gives it."""
    table = QAccessible.queryAccessibleInterface(view)
    heard = {}
    for number in range(table.childCount()):
        child = table.child(number)
        cell = child.tableCellInterface()
        if child.role() == QAccessible.Role.Cell and cell is not None:
            heard[child.text(QAccessible.Text.Name)] = (
                [h.text(QAccessible.Text.Name) for h in cell.columnHeaderCells()],
                [h.text(QAccessible.Text.Name) for h in cell.rowHeaderCells()])
    return heard


def test_a_cell_is_heard_with_its_columns_real_heading_and_its_row_number(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    heard = cells_heard(named(window, "Table"))
    assert heard["Lead Negotiator"] == (["Role"], ["Row 1"])
    assert heard["Quotas"] == (["Focus Area"], ["Row 2"])
    assert "Delegation" not in heard  # the heading row is no row of cells


def test_each_bullet_is_heard_by_its_number(window, qtbot, tmp_path):
    delegations(window, tmp_path)
    heard = cells_heard(named(window, "Bullets"))
    assert heard["Sign"] == (["Text"], ["Bullet 2"])
    assert heard["Leave"][1] == ["Bullet 3"]


def test_a_double_click_on_a_heading_renames_the_column_in_one_undo_step(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    field = double_click_heading(qtbot, table, 1)
    assert field.text() == "Role"
    qtbot.keyClicks(field, " in talks")
    assert window.document.sections[0].blocks[1].header[1] == "Role in talks"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert focused() is table and table.currentIndex().column() == 1
    assert cells_heard(table)["Lead Negotiator"][0] == ["Role in talks"]
    window.undo_action.trigger()
    assert window.document.sections[0].blocks[1].header[1] == "Role"
    assert cells_heard(table)["Lead Negotiator"][0] == ["Role"]


def test_the_keyboard_reaches_a_heading_from_the_first_row_and_goes_back(
        window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    click_cell(qtbot, table, 0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    field = focused()
    assert field.accessibleName() == "Column heading"
    assert QAccessible.queryAccessibleInterface(field).text(
        QAccessible.Text.Description) == "Column 3 of 3"
    type_text(qtbot, " ve su")
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the typing is kept, as in a cell
    assert window.document.sections[0].blocks[1].header[2] == "Focus Area ve su"
    assert focused() is table and table.currentIndex().row() == 0


def test_f2_on_a_clicked_heading_renames_it(window, qtbot, tmp_path):
    delegations(window, tmp_path)
    table = named(window, "Table")
    header = table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, header.height() // 2))
    assert focused() is header
    qtbot.keyClick(header, Qt.Key.Key_F2)
    field = focused()
    field.selectAll()
    qtbot.keyClicks(field, "Party")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert window.document.sections[0].blocks[1].header[0] == "Party"
    assert focused() is named(window, "Add row")
