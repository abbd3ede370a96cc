"""Ids stay with their blocks as the user moves, duplicates, undoes and saves."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from briefing_studio import fileformat
from tests.gui.support import SAMPLE, click_section, focused, named

BACKGROUND = 1


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def ids_of(briefing) -> list[list[str]]:
    return [[section.id, *(block.id for block in section.blocks)]
            for section in briefing.sections]


def every_id(briefing) -> list[str]:
    return [item for ids in ids_of(briefing) for item in ids]


def test_a_moved_block_keeps_its_id_through_undo_save_and_load(window, qtbot, tmp_path):
    path = tmp_path / "talks.briefing"
    fileformat.save(fileformat.load(SAMPLE), path)
    assert window.open_path(path, ask=False)
    before = ids_of(window.document.briefing)
    moved = before[BACKGROUND][1]
    click_section(qtbot, window, "Background")
    buttons = [w for w in window.editor_area.widget().findChildren(QWidget)
               if w.accessibleName() == "Move block down" and w.isVisible()]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.document.sections[BACKGROUND].blocks[1].id == moved
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = fileformat.load(path)
    assert ids_of(saved)[BACKGROUND][2] == moved
    assert sorted(every_id(saved)) == sorted(every_id(window.document.briefing))
    assert ids_of(saved) != before
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ids_of(fileformat.load(path)) == before


def test_a_duplicated_section_is_another_section_with_ids_of_its_own(window, qtbot):
    click_section(qtbot, window, "Background")
    named(window, "Section heading").setFocus()
    original = ids_of(window.document.briefing)[BACKGROUND]
    press(qtbot, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
          | Qt.KeyboardModifier.ShiftModifier)
    copy = ids_of(window.document.briefing)[BACKGROUND + 1]
    assert len(copy) == len(original) and not set(copy) & set(original)
    everything = every_id(window.document.briefing)
    assert len(everything) == len(set(everything))
    # Typing in the copy's heading changes the copy only.
    heading = named(window, "Section heading")
    heading.setFocus()
    qtbot.keyClick(heading, Qt.Key.Key_End)
    qtbot.keyClicks(heading, " (copy)")
    assert window.document.sections[BACKGROUND + 1].heading.endswith("(copy)")
    assert not window.document.sections[BACKGROUND].heading.endswith("(copy)")
