"""The status bar's word count and reading time, for the briefing and for the words
selected in the field being edited."""

from PySide6.QtCore import Qt

from briefing_studio import fileformat
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from tests.gui.support import named, select_section


def test_the_status_bar_counts_the_briefing_and_the_selection(window, qtbot, tmp_path):
    path = tmp_path / "long.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Talks"), sections=[
        Section("Water", [Paragraph("Flows fell again this summer. " * 90)])]), path)
    assert window.open_path(path, ask=False)
    label = window.word_count
    qtbot.waitUntil(lambda: label.text() == "452 words · 3 min read")  # with the title and heading
    select_section(window, "Water")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    paragraph = named(window, "Paragraph text")
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(paragraph, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        qtbot.keyClick(paragraph, Qt.Key.Key_Right,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: label.text() == "3 of 452 words · under 1 min read")
    qtbot.keyClick(paragraph, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: label.text() == "452 words · 3 min read")
