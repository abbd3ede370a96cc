"""A briefing two people open: the second is told who has it and since when, and opens
it read-only, as a copy, or not at all; a lock left by a crash is offered for removal.
The other user is a second process holding the lock, as a colleague's app would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from briefing_studio import fileformat
from briefing_studio.document_lock import lock_path, read_owner
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from tests.gui.support import named, shown_dialog, when_shown
from tests.test_document_lock import hold_in_another_process


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "share" / "talks.briefing"
    path.parent.mkdir()
    fileformat.save(Briefing(meta=Metadata(title="Water talks"),
                             sections=[Section("Talks", [Paragraph("They met.")])]), path)
    return path


@pytest.fixture
def colleague(shared):
    """Another user's app with the briefing open, until the test ends."""
    process = hold_in_another_process(shared, "Elif Demir")
    yield process
    if process.poll() is None:
        process.communicate("")


def answer_lock_dialog(button: str, seen: list) -> None:
    """Press ``button`` (its accessible name) in the lock dialog once it is up, keeping
    what it said."""
    def press(box: QMessageBox) -> None:
        seen.append((box.text(), [b.accessibleName() for b in box.buttons()]))
        next(b for b in box.buttons() if b.accessibleName() == button).click()

    when_shown(lambda: shown_dialog(QMessageBox), press)


def test_a_second_user_is_told_who_has_it_and_opens_it_read_only(
        window, qtbot, shared, colleague):
    seen = []
    answer_lock_dialog("Open read-only", seen)
    assert window.open_path(shared, ask=False)
    text, buttons = seen[0]
    assert "talks.briefing is open by Elif Demir" in text and "since" in text
    assert buttons == ["Open read-only", "Open a copy", "Cancel"]
    assert window.document.read_only and "(read-only)" in window.windowTitle()
    assert named(window, "Title").text() == "Water talks"
    assert read_owner(shared).name == "Elif Demir"  # her lock, untouched
    # Ctrl+S asks for another name: her file is never written over.
    asked = []
    window.save_as = lambda: asked.append(True) or False
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(named(window, "Title"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]


def test_a_copy_is_a_new_briefing_and_cancel_opens_nothing(window, qtbot, shared, colleague):
    answer_lock_dialog("Cancel", [])
    before = window.document
    assert not window.open_path(shared, ask=False)
    assert window.document is before
    answer_lock_dialog("Open a copy", [])
    assert window.open_path(shared, ask=False)
    assert window.document.path is None and window.document.name == "Copy of talks.briefing"
    assert not window.document.undo_stack.isClean()  # a copy to be saved
    assert read_owner(shared).name == "Elif Demir"


def test_opening_takes_the_lock_and_closing_lets_it_go(window, qtbot, shared):
    assert window.open_path(shared, ask=False)
    assert read_owner(shared) is not None and not window.document.read_only
    window.close()
    assert not lock_path(shared).exists()


def test_saving_under_a_name_someone_has_open_is_refused(window, qtbot, shared, colleague,
                                                         monkeypatch):
    shown = []
    monkeypatch.setattr("briefing_studio.gui.main_window.show_error",
                        lambda parent, title, error: shown.append(str(error)))
    assert not window._write(shared)
    assert shown and "it is open by Elif Demir" in shown[0]
    assert fileformat.load(shared).meta.title == "Water talks"  # not written over


def test_a_lock_left_by_a_killed_app_is_offered_for_removal(window, qtbot, shared, colleague):
    colleague.kill()
    colleague.wait()
    colleague.stdin.close()
    colleague.stdout.close()
    seen = []
    answer_lock_dialog("Remove the lock and open", seen)
    assert window.open_path(shared, ask=False)
    assert "no longer running" in seen[0][0]
    assert not window.document.read_only
    assert read_owner(shared).host and read_owner(shared).name != "Elif Demir"  # ours now
