"""The app as a screen reader hears it, read through Qt's accessibility interfaces (what
the AT-SPI bridge hands to Orca)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from briefing_studio import fileformat
from briefing_studio.gui.dialogs import PreferencesDialog
from briefing_studio.model import Briefing, Bullet, BulletList, Metadata, Paragraph, Section, Table
from tests.gui.support import named, select_section, type_text


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
