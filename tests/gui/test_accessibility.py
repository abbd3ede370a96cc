"""The app as a screen reader hears it, read through Qt's accessibility interfaces (what
the AT-SPI bridge hands to Orca)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMenu

from briefing_studio.gui.dialogs import PreferencesDialog
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
