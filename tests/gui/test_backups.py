"""Saving keeps the version it replaces (NAME.briefing.bak); File > Revert to saved drops
the changes since the last save, File > Restore the backup takes the version before."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefing_studio import fileformat
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from tests.gui.support import named, shown_dialog, type_text, when_shown


@pytest.fixture
def note(window, tmp_path, qtbot):
    path = tmp_path / "note.briefing"
    fileformat.save(Briefing(meta=Metadata(title="First title"),
                             sections=[Section("Talks", [Paragraph("They met.")])]), path)
    assert window.open_path(path, ask=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return path


def retitle(qtbot, window, title: str) -> None:
    field = named(window, "Title")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    type_text(qtbot, title)


def save(qtbot, window) -> None:
    qtbot.keyClick(named(window, "Title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()


def choose_from_the_file_menu(qtbot, window, action) -> None:
    """Open File as a user does and click ``action`` in it (which must be enabled)."""
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    assert action.isEnabled(), f"{action.text()} is not offered"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def answer_yes() -> None:
    when_shown(lambda: shown_dialog(QMessageBox),
               lambda box: box.button(QMessageBox.StandardButton.Yes).click())


def test_saving_keeps_the_version_it_replaces(window, qtbot, note):
    retitle(qtbot, window, "Second title")
    save(qtbot, window)
    assert fileformat.load(note).meta.title == "Second title"
    assert fileformat.load(fileformat.backup_path(note)).meta.title == "First title"
    assert fileformat.backup_path(note).name == "note.briefing.bak"


def test_revert_to_saved_drops_the_changes_since_the_last_save(window, qtbot, note):
    retitle(qtbot, window, "Unsaved title")
    answer_yes()
    choose_from_the_file_menu(qtbot, window, window.revert_action)
    assert named(window, "Title").text() == "First title"
    assert not window.isWindowModified()


def test_restore_the_backup_brings_back_the_version_before_the_last_save(
        window, qtbot, note):
    retitle(qtbot, window, "Second title")
    save(qtbot, window)
    choose_from_the_file_menu(qtbot, window, window.restore_backup_action)
    assert named(window, "Title").text() == "First title"
    assert window.isWindowModified()  # not yet what the file holds
    save(qtbot, window)
    assert fileformat.load(note).meta.title == "First title"


def test_no_backup_is_kept_when_the_preference_is_off(window, qtbot, note):
    window.settings.keep_backups = False
    retitle(qtbot, window, "Second title")
    save(qtbot, window)
    assert not fileformat.backup_path(note).exists()
    window.settings.keep_backups = True
