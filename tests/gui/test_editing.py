"""The desktop app as a user drives it: forms change the model, undo restores it."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget

from briefing_studio import fileformat
from briefing_studio.exporters import FORMATS
from briefing_studio.gui import commands
from briefing_studio.gui.document import TextTarget
from briefing_studio.model import Priority
from tests.gui.support import (
    SAMPLE,
    click_cell,
    click_outline_row,
    click_section,
    double_click_heading,
    named,
    read_next_message,
    select_section,
)

CONTRACT_NAMES_ON_INFO = ("Document outline", "Title", "Classification", "Reference", "Date",
                          "Prepared for", "Prepared by", "Preview")
CONTRACT_NAMES_ON_SECTION = ("Section heading", "Paragraph text", "Bullets", "Bullet priority",
                             "Table")


def saved(window) -> str:
    return fileformat.dumps(window.document.briefing)


def test_every_accessible_name_of_the_contract_is_there(window):
    for name in CONTRACT_NAMES_ON_INFO:
        named(window, name)
    select_section(window, "Main Issues Discussed")
    for name in CONTRACT_NAMES_ON_SECTION:
        named(window, name)


def test_every_named_widget_is_reachable_with_the_tab_key(window, qtbot):
    select_section(window, "Main Issues Discussed")
    window.outline.setFocus()
    reached = set()
    for _ in range(80):
        widget = QGuiApplication.focusObject()
        if isinstance(widget, QWidget):
            reached.add(widget.accessibleName())
        qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab)
    for name in ("Document outline", "Section heading", "Paragraph text", "Bullets",
                 "Bullet priority", "Table"):
        assert name in reached, name


def test_typing_a_title_changes_the_model_and_one_undo_restores_it(window, qtbot):
    title = named(window, "Title")
    title.selectAll()
    qtbot.keyClicks(title, "Water talks")
    assert window.document.briefing.meta.title == "Water talks"
    assert window.document.undo_stack.count() == 1  # typing merges into one step
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert window.document.briefing.meta.title == "Regional Water and Energy Talks"
    assert title.text() == "Regional Water and Energy Talks"


def test_a_pause_in_typing_starts_a_new_undo_step(window, qtbot, monkeypatch):
    clock = iter([0.0, 0.1, 5.0, 5.1])
    monkeypatch.setattr(commands.time, "monotonic", lambda: next(clock))
    reference = named(window, "Reference")
    reference.setFocus()
    reference.end(False)
    qtbot.keyClicks(reference, "ab")
    qtbot.keyClicks(reference, "cd")
    assert window.document.undo_stack.count() == 2
    window.undo_action.trigger()
    assert window.document.briefing.meta.reference == "BRF-2026-0417ab"


def test_the_edit_menu_names_what_undo_will_undo(window, qtbot):
    select_section(window, "Main Issues Discussed")
    heading = named(window, "Section heading")
    heading.selectAll()
    qtbot.keyClicks(heading, "Issues")
    assert window.undo_action.text() == "&Undo Edit heading"
    assert window.document.sections[2].heading == "Issues"
    assert window.outline_model.index(3).data() == "Issues"
    window.undo_action.trigger()
    assert window.document.sections[2].heading == "Main Issues Discussed"
    assert heading.text() == "Main Issues Discussed"


def test_typing_in_a_paragraph_changes_it_and_undo_restores_it(window, qtbot):
    select_section(window, "Background")
    paragraph = named(window, "Paragraph text")
    paragraph.moveCursor(paragraph.textCursor().MoveOperation.End)
    qtbot.keyClicks(paragraph, " Added.")
    assert window.document.sections[1].blocks[0].text.endswith("diplomatic track. Added.")
    window.undo_action.trigger()
    assert window.document.sections[1].blocks[0].text.endswith("diplomatic track.")
    assert paragraph.toPlainText().endswith("diplomatic track.")


def test_table_cells_and_caption_are_edited_in_place(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    editor = double_click_heading(qtbot, named(window, "Table"), 1)
    editor.selectAll()
    qtbot.keyClicks(editor, "Position now")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    caption = named(window, "Table caption")
    qtbot.mouseClick(caption, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(caption, "Issues and gaps")
    block = window.document.sections[2].blocks[3]
    assert block.header[1] == "Position now" and block.caption == "Issues and gaps"


def test_classification_and_date_edit_the_metadata(window, qtbot):
    box = named(window, "Classification")
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "SECRET")
    assert window.document.briefing.meta.classification == "SECRET"
    date = named(window, "Date")
    date.selectAll()
    qtbot.keyClicks(date, "25 November 2026")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert window.document.briefing.meta.date == "2026-11-25"
    assert date.text() == "25 November 2026"


def test_choosing_a_bullet_priority_sets_it_and_undo_restores_it(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    click_cell(qtbot, bullets, 3, 2)
    box: QComboBox = next(w for w in window.findChildren(QComboBox)
                          if w.accessibleName() == "Bullet priority" and w.isVisible())
    assert box.currentText() == "Low"
    box.setFocus()
    for _ in range(2):  # Low -> Medium -> High, as the arrow keys go up the list
        qtbot.keyClick(box, Qt.Key.Key_Up)
    items = window.document.sections[2].blocks[1].items
    assert items[3].priority is Priority.HIGH
    assert bullets.model().index(3, 0).data() == "High"
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.sections[2].blocks[1].items[3].priority is Priority.MEDIUM


def test_enter_on_the_last_bullet_adds_one(window, qtbot):
    click_section(qtbot, window, "Main Issues Discussed")
    bullets = named(window, "Bullets")
    click_cell(qtbot, bullets, 3, 2)
    qtbot.keyClick(bullets, Qt.Key.Key_Return)
    assert len(window.document.sections[2].blocks[1].items) == 5
    assert bullets.model().rowCount() == 5


def test_sort_by_priority_orders_the_list(window, qtbot):
    select_section(window, "Proposed Next Steps")
    items = window.document.sections[3].blocks[1].items
    items.reverse()  # low first, as if typed that way
    qtbot.mouseClick(named(window, "Sort by priority"), Qt.MouseButton.LeftButton)
    assert [i.priority for i in window.document.sections[3].blocks[1].items] == [
        Priority.HIGH, Priority.MEDIUM, Priority.MEDIUM, Priority.LOW]


def test_pasting_cells_from_a_spreadsheet_fills_and_grows_the_table(window, qtbot):
    select_section(window, "Main Issues Discussed")
    table = named(window, "Table")
    click_cell(qtbot, table, 2, 1)
    before = saved(window)
    QGuiApplication.clipboard().setText("One\tTwo\tThree\r\nFour\tFive\tSix\r\n")
    qtbot.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    data = window.document.sections[2].blocks[3]
    assert data.rows[2] == ["Electricity supply", "One", "Two", "Three"]
    assert data.rows[3] == ["", "Four", "Five", "Six"]
    assert data.header[3] == ""
    assert table.model().rowCount() == 4 and table.model().columnCount() == 4
    window.undo_action.trigger()
    assert saved(window) == before


def test_table_rows_and_columns_are_added_and_removed(window, qtbot):
    select_section(window, "Main Issues Discussed")
    table = named(window, "Table")
    click_cell(qtbot, table, 0, 0)
    qtbot.mouseClick(named(window, "Add row"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named(window, "Add column"), Qt.MouseButton.LeftButton)
    def table_data():
        return window.document.sections[2].blocks[3]

    assert len(table_data().rows) == 4 and table_data().column_count == 4
    assert table_data().rows[0] == ["Summer releases", "", "Set each year at short notice",
                                    "No agreed timetable"]
    qtbot.mouseClick(named(window, "Remove column"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(named(window, "Remove row"), Qt.MouseButton.LeftButton)
    assert table_data().column_count == 3 and len(table_data().rows) == 3


def test_blocks_are_added_moved_and_removed(window, qtbot):
    select_section(window, "Background")
    before = saved(window)
    qtbot.mouseClick(named(window, "Add paragraph"), Qt.MouseButton.LeftButton)
    blocks = window.document.sections[1].blocks
    assert len(blocks) == 4
    up = [w for w in window.findChildren(QWidget) if w.accessibleName() == "Move block up"][-1]
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert type(window.document.sections[1].blocks[2]).__name__ == "Paragraph"
    for _ in range(2):
        window.undo_action.trigger()
    assert saved(window) == before


def test_section_structure_changes_and_undo_restores_the_document_exactly(window):
    before = saved(window)
    window.select_row(2)
    window.add_section_action.trigger()
    window.duplicate_action.trigger()
    window.move_up_action.trigger()
    window.delete_action.trigger()
    assert saved(window) != before
    while window.document.undo_stack.canUndo():
        window.document.undo_stack.undo()
    assert saved(window) == before


def test_dragging_a_section_in_the_outline_reorders_it(window):
    model = window.outline_model
    data = model.mimeData([model.index(2)])  # "Background"
    model.dropMimeData(data, Qt.DropAction.MoveAction, 5, 0, model.index(-1))
    assert [s.heading for s in window.document.sections][1:] == [
        "Main Issues Discussed", "Proposed Next Steps", "Background",
        "Assessment and Recommendation"]


OPERATIONS = st.lists(st.sampled_from([
    "title", "heading", "add_section", "duplicate", "delete", "move_down", "priority",
    "add_bullet", "paste", "sort",
]), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_any_sequence_of_edits_undoes_and_redoes_exactly(window, operations):
    document = window.document
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    document.undo_stack.clear()
    original = saved(window)
    for step, operation in enumerate(operations):
        sections = document.sections
        lists = [b.id for s in sections for b in s.blocks if type(b).__name__ == "BulletList"]
        match operation:
            case "title":
                document.set_text(TextTarget("meta", name="title"), f"Title {step}")
            case "heading" if sections:
                document.set_text(TextTarget("heading", sections[0].id), f"Heading {step}")
            case "add_section":
                document.insert_section(len(sections) // 2)
            case "duplicate" if sections:
                document.duplicate_section(0)
            case "delete" if len(sections) > 1:
                document.delete_section(len(sections) - 1)
            case "move_down" if len(sections) > 1:
                document.move_section(0, 1)
            case "priority" if lists:
                document.set_priority(lists[0], 0, Priority.LOW)
            case "add_bullet" if lists:
                document.add_bullet(lists[0], 0)
            case "sort" if lists:
                document.sort_bullets(lists[0])
            case "paste":
                tables = [b.id for s in sections for b in s.blocks if type(b).__name__ == "Table"]
                if tables:
                    document.paste_cells(tables[0], 0, 1, f"x{step}\ty\nz\tw")
    final = saved(window)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert saved(window) == original
    while document.undo_stack.canRedo():
        document.undo_stack.redo()
    assert saved(window) == final


def test_save_as_then_open_gives_the_same_document(window, tmp_path, monkeypatch):
    named(window, "Title").setText("ignored")  # a programmatic set is not an edit
    window.document.set_text(TextTarget("meta", name="title"), "Saved title")
    target = tmp_path / "copy"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    assert window.save_as()
    path = tmp_path / "copy.briefing"
    assert window.windowTitle() == "copy.briefing[*] — Briefing Studio"
    assert not window.isWindowModified()
    before = saved(window)
    assert window.open_path(path, ask=False)
    assert saved(window) == before
    assert json.loads(path.read_text(encoding="utf-8"))["meta"]["title"] == "Saved title"


def test_export_actions_write_pdf_and_docx(window, tmp_path, monkeypatch):
    from briefing_studio.gui.dialogs import ExportDialog

    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    for kind in ("pdf", "docx"):
        out = tmp_path / f"out.{kind}"
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                            lambda *a, o=out, **k: (str(o), ""))
        window.export_actions[kind].trigger()
        assert out.exists() and out.stat().st_size > 1000


def test_export_options_reach_the_exporter(window, monkeypatch):
    from briefing_studio.gui.dialogs import ExportDialog

    dialog = ExportDialog(FORMATS["docx"], "SECRET", "tr-resmi", "/templates/ministry.docx")
    dialog.minimum.setCurrentIndex(1)
    dialog.sort.setChecked(True)
    options = dialog.options()
    assert options.classification == "SECRET"
    assert options.style.name == "tr-resmi"
    assert options.min_priority is Priority.HIGH and options.sort_by_priority
    assert str(options.docx_template) == "/templates/ministry.docx"
    dialog.template.clear()
    assert dialog.options().docx_template is None


def test_opening_article_text_imports_it_as_an_unsaved_briefing(window, tmp_path):
    text = tmp_path / "talks.txt"
    text.write_text("Talks in Ankara\nThe delegations met.\n", encoding="utf-8")
    assert window.open_path(text, ask=False)
    assert window.document.briefing.meta.title == "Talks in Ankara"
    assert window.document.path is None
    assert window.windowTitle() == "talks.briefing[*] — Briefing Studio"
    assert window.isWindowModified()


def test_a_file_that_cannot_be_read_gives_a_dialog_and_keeps_the_document(window, tmp_path):
    shown = []
    read_next_message(shown)
    bad = tmp_path / "bad.briefing"
    bad.write_text("{", encoding="utf-8")
    assert not window.open_path(bad, ask=False)
    assert shown and shown[0][0] == "Cannot open file"
    assert "bad.briefing" in shown[0][1] and "JSON" in shown[0][1] + shown[0][2]
    assert window.document.briefing.meta.title == "Regional Water and Energy Talks"


def test_dropping_a_file_on_the_window_opens_it(window, tmp_path):
    text = tmp_path / "dropped.md"
    text.write_text("# Dropped\n\nText.\n", encoding="utf-8")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(text))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.document.briefing.meta.title == "Dropped"


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, monkeypatch):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    window.document.set_text(TextTarget("meta", name="source"), "changed")
    assert not window.close()
    assert asked == ["Save the changes to regional-water-talks.briefing?"]
    window.document.undo_stack.setClean()


def test_new_from_a_template_fills_in_the_users_name(window):
    window.settings.user_name = "Elif Demir"
    window.new("talking-points")
    meta = window.document.briefing.meta
    assert meta.doc_type == "Talking Points" and meta.prepared_by == "Elif Demir"
    assert [s.heading for s in window.document.sections][:2] == ["Objectives", "Points to make"]
    assert window.windowTitle() == "Untitled[*] — Briefing Studio"


def test_file_new_offers_a_ministerial_submission_in_the_uk_shape(window):
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    new_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&New")
    choice = next(a for a in new_menu.actions() if a.text() == "&Ministerial Submission")
    choice.trigger()  # what a click on the menu item does
    assert window.document.briefing.meta.doc_type == "Ministerial Submission"
    assert [s.heading for s in window.document.sections] == [
        "Issue", "Recommendation", "Timing", "Background", "Argument", "Presentation"]


def test_recent_files_remember_what_was_opened(window):
    assert window.settings.recent_files[0] == SAMPLE.resolve()


def test_an_empty_title_is_marked_and_says_why(window, qtbot):
    title = named(window, "Title")
    assert not [mark for mark in title.actions() if mark.isVisible()]
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    marks = [mark for mark in title.actions() if mark.isVisible()]
    assert len(marks) == 1 and not marks[0].icon().isNull()  # a sign, not a colour
    assert title.toolTip() == title.accessibleDescription() == "The title is empty"
    qtbot.keyClicks(title, "Talks")
    assert not [mark for mark in title.actions() if mark.isVisible()]
    assert title.toolTip() == title.accessibleDescription() == ""


def test_preferences_are_kept_in_the_settings(window, monkeypatch):
    from briefing_studio.gui.dialogs import PreferencesDialog

    def accept(dialog):
        dialog.user_name.setText("Kerem Aydın")
        dialog.style.setCurrentIndex(dialog.style.findData("tr-resmi"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", accept)
    window.preferences_action.trigger()
    assert window.settings.user_name == "Kerem Aydın"
    assert window.settings.default_style == "tr-resmi"


def test_a_failed_export_is_reported_and_writes_nothing(window, tmp_path, monkeypatch):
    from briefing_studio.gui.dialogs import ExportDialog

    shown = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: ExportDialog.DialogCode.Accepted)
    out = tmp_path / "missing" / "out.pdf"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    read_next_message(shown)
    window.export_actions["pdf"].trigger()
    assert shown and "cannot write" in shown[0][1]
    assert not out.exists()


def test_a_moved_section_stays_selected_through_undo(window, qtbot):
    click_outline_row(qtbot, window, 3)
    qtbot.keyClick(window.outline, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_section() == 3
    qtbot.keyClick(window.outline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == 2  # the section went back, and the editor with it
    assert named(window, "Section heading").text() == "Main Issues Discussed"


def test_an_undated_briefing_says_so_and_any_date_can_be_chosen(window, qtbot):
    date = named(window, "Date")
    date.selectAll()
    qtbot.keyClick(date, Qt.Key.Key_Delete)
    assert window.document.briefing.meta.date == ""
    assert date.text() == "" and date.placeholderText().startswith("No date")
    qtbot.keyClicks(date, "1.12.2026")
    assert window.document.briefing.meta.date == "2026-12-01"


def test_opening_a_reviewed_word_file_says_its_changes_were_accepted(window, tmp_path):
    from tests.docx_fixtures import write_fixture

    source = write_fixture("tracked-changes", tmp_path)
    assert window.open_path(source, ask=False)
    assert "tracked changes" in window.statusBar().currentMessage()
