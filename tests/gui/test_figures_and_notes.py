"""Figures and footnotes in the app, as a user adds them: Add figure and Insert >
Figure with the file dialog, a file dropped on the section, an image on the clipboard,
the figure editor's fields typed into; Insert > Footnote (Ctrl+Shift+F) in a paragraph, a
heading and a table cell."""

import json

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
)

from briefing_studio import fileformat
from briefing_studio.gui.notes import NoteDialog
from briefing_studio.model import Briefing, Figure, Metadata, Paragraph, Section, Table
from tests.figure_fixtures import CHART_SVG, bomb_png, png
from tests.gui.support import (
    all_named,
    double_click_cell,
    focused,
    named,
    read_next_message,
    select_section,
    type_text,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def convoys(window, tmp_path):
    """The window on a short briefing of our own: a paragraph and a table."""
    path = tmp_path / "convoys.briefing"
    fileformat.save(Briefing(meta=Metadata(title="Convoys"), sections=[
        Section("Routes", blocks=[
            Paragraph("The routes run east of the river."),
            Table(header=["Route", "Trucks"], rows=[["North", "12"]]),
        ])]), path)
    assert window.open_path(path, ask=False)
    select_section(window, "Routes")
    return path


def figures(window) -> list[Figure]:
    return [block for section in window.document.sections for block in section.blocks
            if isinstance(block, Figure)]


def answer_file_dialog(monkeypatch, path) -> None:
    """The file dialog, as a user who picks ``path`` in it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(path), "Images"))


def test_add_figure_puts_the_picture_in_with_the_focus_on_its_alt_text(
        window, convoys, qtbot, tmp_path, monkeypatch):
    image = tmp_path / "routes.png"
    image.write_bytes(png())
    answer_file_dialog(monkeypatch, image)
    adder = next(b for b in window.current_editor.findChildren(QPushButton)
                 if b.accessibleName() == "Add figure")
    qtbot.mouseClick(adder, Qt.MouseButton.LeftButton)
    (figure,) = figures(window)
    assert window.document.media(figure.media).data == png()
    qtbot.waitUntil(lambda: bool(all_named(window, "Alt text missing")))
    assert focused() is named(window, "Alt text")
    assert named(window, "Figure image").accessibleDescription() == "No alt text"
    type_text(qtbot, "Map of the convoy routes")
    assert not all_named(window, "Alt text missing")
    titles = [label.text() for label in window.current_editor.findChildren(QLabel)
              if label.text().startswith("<b>Figure")]
    assert titles == ["<b>Figure</b>"]  # no longer marked "no alt text"
    # A screen reader tells the picture by its alt text.
    assert named(window, "Figure image").accessibleDescription() == "Map of the convoy routes"
    qtbot.mouseClick(named(window, "Figure caption"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Convoy routes")
    width = named(window, "Figure width")
    qtbot.mouseClick(width, Qt.MouseButton.LeftButton)
    qtbot.keyClick(width, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "60")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = json.loads(convoys.read_text(encoding="utf-8"))
    block = saved["sections"][0]["blocks"][-1]
    assert (block["type"], block["alt"], block["caption"], block["width"]) == (
        "figure", "Map of the convoy routes", "Convoy routes", 0.6)
    assert list(saved["media"]) == [block["media"]]
    qtbot.waitUntil(lambda: window.preview.shows(figure.id), timeout=20_000)


def test_insert_figure_goes_after_the_block_being_edited_and_undo_takes_it_out(
        window, convoys, qtbot, tmp_path, monkeypatch):
    image = tmp_path / "chart.svg"
    image.write_bytes(CHART_SVG)
    answer_file_dialog(monkeypatch, image)
    qtbot.mouseClick(named(window, "Paragraph text"), Qt.MouseButton.LeftButton)
    window.figure_action.trigger()  # what Insert > Figure... does
    blocks = window.document.sections[0].blocks
    assert [type(block).__name__ for block in blocks] == ["Paragraph", "Figure", "Table"]
    assert window.document.media(blocks[1].media).type == "image/svg+xml"
    window.undo_action.trigger()
    assert [type(block).__name__ for block in window.document.sections[0].blocks] == [
        "Paragraph", "Table"]


def test_an_image_that_cannot_be_taken_is_named_in_a_dialog_and_nothing_changes(
        window, convoys, qtbot, tmp_path, monkeypatch):
    image = tmp_path / "huge.png"
    image.write_bytes(bomb_png())
    answer_file_dialog(monkeypatch, image)
    before = fileformat.dumps(window.document.briefing)
    shown: list = []
    read_next_message(shown)
    window.figure_action.trigger()
    (title, text, _), = shown
    assert title == "Cannot add the image"
    assert "huge.png" in text and "30,000 x 30,000 pixels" in text
    assert fileformat.dumps(window.document.briefing) == before


def drop(widget, mime: QMimeData) -> None:
    """A file manager's drag, entering ``widget`` and let go over it."""
    point = QPointF(widget.rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(point, Qt.DropAction.CopyAction, mime,
                                              Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


@pytest.mark.parametrize("target", ["section", "Section heading", "Paragraph text"])
def test_an_image_file_dropped_on_the_section_becomes_a_figure_not_text(
        window, convoys, qtbot, tmp_path, target):
    image = tmp_path / "depot.png"
    image.write_bytes(png(200, 100))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(image))])
    mime.setText(QUrl.fromLocalFile(str(image)).toString())
    widget = window.current_editor if target == "section" else named(window, target)
    drop(getattr(widget, "viewport", lambda: widget)(), mime)
    (figure,) = figures(window)
    assert window.document.media(figure.media).data == png(200, 100)
    assert window.document.sections[0].heading == "Routes"
    assert window.document.sections[0].blocks[0].text == "The routes run east of the river."


def test_an_image_on_the_clipboard_becomes_a_figure(window, convoys, qtbot):
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QApplication.clipboard().setImage(image)
    try:
        window.clipboard_figure_action.trigger()
    finally:
        QApplication.clipboard().clear()
    (figure,) = figures(window)
    media = window.document.media(figure.media)
    assert media.type == "image/png"
    assert QImage.fromData(media.data).size() == image.size()


# ---------------------------------------------------------------- footnotes


def when_the_note_dialog_opens(answer) -> None:
    """Call ``answer(dialog)`` once the footnote dialog is on screen."""
    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, NoteDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, look)
        else:
            answer(dialog)

    QTimer.singleShot(0, look)


def click(qtbot, dialog: NoteDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(button),
                     Qt.MouseButton.LeftButton)


def write_note(qtbot, text: str, seen: list[str] | None = None, enter: bool = False) -> None:
    """Answer the footnote dialog as a user: read it (what it held goes into ``seen``),
    type the note over it, click OK (or press Enter)."""
    def answer(dialog: NoteDialog) -> None:
        if seen is not None:
            seen.append(dialog.text.toPlainText())
        qtbot.keyClick(dialog.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.text, text)
        if enter:
            qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
        else:
            click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    when_the_note_dialog_opens(answer)


def test_a_footnote_goes_in_at_the_cursor_and_opens_again_for_editing(window, convoys, qtbot):
    field = named(window, "Paragraph text")
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Left)  # before the full stop
    write_note(qtbot, "Joint monitoring cell, weekly report.")
    qtbot.keyClick(field, Qt.Key.Key_F, CTRL_SHIFT)
    paragraph = window.document.sections[0].blocks[0]
    assert paragraph.text == ("The routes run east of the river"
                              "^[Joint monitoring cell, weekly report.].")
    qtbot.keyClicks(field, "!")  # the cursor stands after the note
    assert paragraph.text.endswith("report.]!.")
    # A click on the note, and the same key opens it. (Offscreen, no window manager
    # gives the window back its activation when a dialog closes.)
    qtbot.waitUntil(lambda: not any(isinstance(w, NoteDialog)
                                    for w in QApplication.topLevelWidgets()))
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    inside = QTextCursor(field.document())
    inside.setPosition(paragraph.text.index("weekly"))
    qtbot.mouseClick(field.viewport(), Qt.MouseButton.LeftButton,
                     pos=field.cursorRect(inside).center())
    seen: list[str] = []
    write_note(qtbot, "Joint cell, report of 20 November.", seen)
    qtbot.keyClick(field, Qt.Key.Key_F, CTRL_SHIFT)
    assert seen == ["Joint monitoring cell, weekly report."]
    assert paragraph.text == ("The routes run east of the river"
                              "^[Joint cell, report of 20 November.]!.")
    window.undo_action.trigger()  # the note's edit is a step of its own
    assert window.document.sections[0].blocks[0].text == (
        "The routes run east of the river^[Joint monitoring cell, weekly report.]!.")


def test_a_footnote_in_a_table_cell_keeps_what_was_typed_there(window, convoys, qtbot):
    table = named(window, "Table")
    editor = double_click_cell(qtbot, table, 0, 0)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " route")
    write_note(qtbot, "Closed on Fridays.")
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.document.sections[0].blocks[1].rows[0][0] == (
        "North route^[Closed on Fridays.]")
    # The cell is still being edited, its cursor after the note.
    editor = table.indexWidget(table.currentIndex())
    qtbot.keyClicks(editor, ", and Sundays")
    assert window.document.sections[0].blocks[1].rows[0][0] == (
        "North route^[Closed on Fridays.], and Sundays")


def test_a_cancelled_footnote_leaves_the_cell_as_it_was_with_its_cursor(
        window, convoys, qtbot):
    table = named(window, "Table")
    editor = double_click_cell(qtbot, table, 0, 0)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, " route")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Right)  # after "North"

    when_the_note_dialog_opens(
        lambda dialog: click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClicks(table.indexWidget(table.currentIndex()), "X")
    assert window.document.sections[0].blocks[1].rows[0][0] == "NorthX route"


def test_a_footnote_in_a_heading_prints_at_the_foot_of_the_preview_page(
        window, convoys, qtbot):
    heading = named(window, "Section heading")
    qtbot.mouseClick(heading, Qt.MouseButton.LeftButton)
    qtbot.keyClick(heading, Qt.Key.Key_End)
    write_note(qtbot, "Agreed in Ankara.", enter=True)
    qtbot.keyClick(heading, Qt.Key.Key_F, CTRL_SHIFT)
    assert window.document.sections[0].heading == "Routes^[Agreed in Ankara.]"
    preview = window.preview

    def printed() -> str:
        return " ".join(preview.pdf.getAllText(page).text()
                        for page in range(preview.pdf.pageCount()))

    qtbot.waitUntil(lambda: "Agreed in Ankara." in printed(), timeout=20_000)
    assert "Routes1" in printed().replace(" ", "")  # the heading's reference
