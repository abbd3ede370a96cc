"""Finding widgets the way a screen reader or a black-box test does."""

from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMessageBox, QWidget

from briefing_studio.gui.main_window import MainWindow

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "regional-water-talks.briefing"


def named(root: QWidget, name: str) -> QWidget:
    """The visible widget with this accessible name (the GUI's contract)."""
    found = all_named(root, name)
    assert found, f"no widget named {name!r}"
    return found[0]


def all_named(root: QWidget, name: str) -> list[QWidget]:
    """Every visible widget with this accessible name, in the order they were made."""
    return [w for w in root.findChildren(QWidget) if w.accessibleName() == name
            and w.isVisibleTo(root)]


def select_section(window: MainWindow, heading: str) -> None:
    index = next(i for i, s in enumerate(window.document.sections) if s.heading == heading)
    window.select_row(index + 1)


def when_shown(find, act, tries: int = 100) -> None:
    """Do ``act(widget)`` once ``find()`` gives the widget (a dialog or a menu the next
    step opens, whose exec() holds the test until it is answered), asked from the event
    loop every 20 ms."""
    def poll(left: int = tries) -> None:
        widget = find()
        if widget is None:
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        act(widget)

    QTimer.singleShot(0, poll)


def shown_dialog(kind: type = QDialog) -> QWidget | None:
    """The dialog of ``kind`` being shown: the modal one, or one open beside the window."""
    dialog = QApplication.activeModalWidget() or next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()),
        None)
    return dialog if isinstance(dialog, kind) else None


def focused() -> QWidget:
    """The widget that has the keyboard focus: where the user's next key press goes."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def cell_centre(view: QAbstractItemView, row: int, column: int) -> QPoint:
    view.scrollTo(view.model().index(row, column))
    return view.visualRect(view.model().index(row, column)).center()


def click_cell(qtbot, view: QAbstractItemView, row: int, column: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=cell_centre(view, row, column))


def double_click_cell(qtbot, view: QAbstractItemView, row: int, column: int) -> QWidget:
    """Open the cell's editor as a user does, and return it (it has the focus)."""
    click_cell(qtbot, view, row, column)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton,
                      pos=cell_centre(view, row, column))
    editor = focused()
    assert editor is not view, "no editor opened"
    return editor


def double_click_heading(qtbot, view: QAbstractItemView, column: int) -> QWidget:
    """Open a table column's heading for renaming as a user does; return its field."""
    header = view.horizontalHeader()
    centre = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                    header.height() // 2)
    qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    field = focused()
    assert field.accessibleName() == "Column heading", "no heading field opened"
    return field


def click_outline_row(qtbot, window: MainWindow, row: int) -> None:
    outline = window.outline
    index = outline.model().index(row, 0)
    outline.scrollTo(index)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton,
                     pos=outline.visualRect(index).center())


def click_section(qtbot, window: MainWindow, heading: str) -> None:
    """Select a section by clicking its row in the outline."""
    index = next(i for i, s in enumerate(window.document.sections) if s.heading == heading)
    click_outline_row(qtbot, window, index + 1)


def type_text(qtbot, text: str) -> None:
    """Type key by key, each key going where the focus is then (the first key may open
    an editor that takes the rest). Letters QTest has no key for (ş, İ, د) arrive as a
    keyboard layout delivers them: a key event carrying the text."""
    for character in text:
        if character.isascii():
            qtbot.keyClicks(focused(), character)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                        character))


def read_next_message(found: list) -> None:
    """Answer the next message box as a user does: read it, press Enter. What it said
    goes into ``found`` as (title, text, details)."""
    def read() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        found.append((box.windowTitle(), box.text(), box.detailedText()))
        QTest.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, read)
