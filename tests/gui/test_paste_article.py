"""Pasting an article as a new briefing (Ctrl+Shift+V), and fixing the importer's guess
about sections in one key each (Merge with previous section, Make heading), undoably."""

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.gui.support import all_named, click_section, focused

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

COPIED_PAGE = """<html><body><!--StartFragment-->
<nav><a href="/">Home</a> <a href="/world">World news</a></nav>
<h1>Water talks resume in Ankara</h1>
<p>Delegations from three countries met in Ankara on Monday to resume the talks.</p>
<h2>What is on the table</h2>
<p>Negotiators will discuss a joint monitoring station.</p>
<ul><li>Joint monitoring</li><li>Minimum flows</li></ul>
<h2>The figures</h2>
<table><tr><th>Country</th><th>Share</th></tr><tr><td>Turkey</td><td>40%</td></tr></table>
<!--EndFragment--></body></html>"""

COPIED_TEXT = """Water talks resume in Ankara
Delegations from three countries met in Ankara on Monday to resume the talks.
What is on the table
Negotiators will discuss a joint monitoring station.
"""


@pytest.fixture(autouse=True)
def clipboard_left_empty():
    """Qt owns what is on the clipboard; left there, it is freed after Qt itself at exit
    (a crash of the test run, not of the app, which only reads the clipboard)."""
    yield
    QApplication.clipboard().clear()


def put_on_clipboard(html: str = "", text: str = "") -> None:
    """What another program (a browser) left on the clipboard."""
    data = QMimeData()
    if html:
        data.setHtml(html)
    if text:
        data.setText(text)
    QApplication.clipboard().setMimeData(data)


def headings(window) -> list[str]:
    return [section.heading for section in window.document.sections]


def test_ctrl_shift_v_makes_a_new_briefing_of_a_copied_web_page(window, qtbot):
    put_on_clipboard(COPIED_PAGE, COPIED_TEXT)
    qtbot.keyClick(window.outline, Qt.Key.Key_V, CTRL_SHIFT)
    briefing = window.document.briefing
    assert briefing.meta.title == "Water talks resume in Ankara"
    assert headings(window) == ["", "What is on the table", "The figures"]
    assert "World news" not in " ".join(briefing.words())
    assert window.statusBar().currentMessage() == (
        "Pasted as a new briefing: 3 sections, 1 table, 1 list.")
    assert not window.document.undo_stack.isClean()  # not saved yet: closing asks
    assert window.document.name == "Water talks resume in Ankara.briefing"  # Save As offers it


def test_plain_text_on_the_clipboard_is_read_as_pasted_text(window, qtbot):
    put_on_clipboard(text=COPIED_TEXT)
    qtbot.keyClick(window.outline, Qt.Key.Key_V, CTRL_SHIFT)
    assert window.document.briefing.meta.title == "Water talks resume in Ankara"
    assert headings(window) == ["", "What is on the table"]


def test_an_empty_clipboard_is_told_and_the_open_briefing_stays(window, qtbot):
    put_on_clipboard(text="   ")
    before = window.document
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if isinstance(box, QMessageBox) else "")
        box.close()

    QTimer.singleShot(0, answer)
    qtbot.keyClick(window.outline, Qt.Key.Key_V, CTRL_SHIFT)
    assert window.document is before
    assert seen and "no text to import" in seen[0]


def test_merge_with_previous_section_turns_the_heading_into_a_paragraph(window, qtbot):
    put_on_clipboard(text=COPIED_TEXT)
    qtbot.keyClick(window.outline, Qt.Key.Key_V, CTRL_SHIFT)
    click_section(qtbot, window, "What is on the table")
    qtbot.keyClick(focused(), Qt.Key.Key_M, CTRL_SHIFT)
    assert headings(window) == [""]
    assert [block.text for block in window.document.sections[0].blocks] == [
        "Delegations from three countries met in Ankara on Monday to resume the talks.",
        "What is on the table", "Negotiators will discuss a joint monitoring station."]
    assert window.undo_action.text() == "&Undo Merge with previous section"
    assert focused().toPlainText() == "What is on the table"  # in the paragraph it became
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert headings(window) == ["", "What is on the table"]


def test_make_heading_starts_a_section_at_the_paragraph_being_edited(window, qtbot):
    put_on_clipboard(text="Lead paragraph of the story.\nBackground\nThe dam was built in 1990."
                          "\nIt holds two billion cubic metres.\nRepairs begin in May.\n")
    qtbot.keyClick(window.outline, Qt.Key.Key_V, CTRL_SHIFT)
    assert headings(window) == ["", "Background"]
    click_section(qtbot, window, "Background")
    second = all_named(window.current_editor, "Paragraph text")[1]  # "It holds two…"
    qtbot.mouseClick(second.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Qt.Key.Key_H, CTRL_SHIFT)
    assert headings(window) == ["", "Background", "It holds two billion cubic metres."]
    assert [b.text for b in window.document.sections[1].blocks] == ["The dam was built in 1990."]
    assert [b.text for b in window.document.sections[2].blocks] == ["Repairs begin in May."]
    assert focused() is window.current_editor.heading  # ready to shorten the new heading
    qtbot.keyClick(focused(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert headings(window) == ["", "Background"]


def test_make_heading_outside_a_paragraph_says_where_to_put_the_cursor(window, qtbot):
    click_section(qtbot, window, window.document.sections[1].heading)
    before = headings(window)
    qtbot.keyClick(window.outline, Qt.Key.Key_H, CTRL_SHIFT)
    assert headings(window) == before
    assert window.statusBar().currentMessage().startswith("Make heading: put the cursor")


def test_ctrl_shift_v_in_a_paragraph_pastes_a_new_briefing_not_into_the_paragraph(window, qtbot):
    click_section(qtbot, window, window.document.sections[1].heading)
    paragraph = all_named(window.current_editor, "Paragraph text")[0]
    qtbot.mouseClick(paragraph.viewport(), Qt.MouseButton.LeftButton)
    before = paragraph.toPlainText()
    put_on_clipboard(text=COPIED_TEXT)
    qtbot.keyClick(focused(), Qt.Key.Key_V, CTRL_SHIFT)
    assert window.document.briefing.meta.title == "Water talks resume in Ankara"
    assert before not in " ".join(window.document.briefing.words())
