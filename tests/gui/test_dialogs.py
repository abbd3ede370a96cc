"""The Export and Preferences dialogs and the error dialog, used as a person uses them."""

import json
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from briefing_studio import fileformat
from briefing_studio.errors import BriefingFileError, ExportError
from briefing_studio.exporters import FORMATS
from briefing_studio.gui.dialogs import ExportDialog, PreferencesDialog
from briefing_studio.gui.error_dialog import error_box, show_error
from briefing_studio.style import style_title
from tests.gui.support import SAMPLE

DIALOGS = {
    "Export PDF": lambda: ExportDialog(FORMATS["pdf"], "OFFICIAL", "ministry"),
    "Export DOCX": lambda: ExportDialog(FORMATS["docx"], "OFFICIAL", "ministry",
                                        "/t/ministry.docx"),
    "Preferences": lambda: PreferencesDialog("Elif Demir", "ministry", 30),
}
MNEMONIC = re.compile(r"&([^&])")


@pytest.fixture(params=list(DIALOGS))
def dialog(request, qtbot):
    return shown(qtbot, DIALOGS[request.param]())


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def press(qtbot, dialog: QDialog, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as on a keyboard."""
    qtbot.keyClick(QApplication.focusWidget() or dialog, key, modifier)


def alt(qtbot, dialog: QDialog, letter: str) -> None:
    press(qtbot, dialog, getattr(Qt.Key, f"Key_{letter.upper()}"),
          Qt.KeyboardModifier.AltModifier)


def labels(dialog: QDialog) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def mnemonics(dialog: QDialog) -> list[str]:
    texts = [label.text() for label in labels(dialog)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)
              if button.isVisibleTo(dialog)]
    return [m.lower() for text in texts for m in MNEMONIC.findall(text)]


def test_every_label_has_a_letter_that_moves_the_focus_to_its_field(qtbot, dialog):
    rows = labels(dialog)
    assert rows
    for label in rows:
        letters = MNEMONIC.findall(label.text())
        assert len(letters) == 1, f"{label.text()!r} has no mnemonic"
        assert label.buddy() is not None, f"{label.text()!r} would show its '&'"
        alt(qtbot, dialog, letters[0])
        field = label.buddy()
        assert field.hasFocus(), f"Alt+{letters[0]} did not reach {label.text()!r}"


def test_the_word_template_is_reached_with_alt_w_and_typed_into(qtbot):
    dialog = shown(qtbot, DIALOGS["Export DOCX"]())
    dialog.template.clear()
    alt(qtbot, dialog, "w")
    qtbot.keyClicks(QApplication.focusWidget(), "/templates/embassy.docx")
    assert str(dialog.options().docx_template) == "/templates/embassy.docx"
    assert "Word template" in [label.text().replace("&", "") for label in labels(dialog)]


def test_a_pdf_exported_from_the_app_is_the_house_styles_whatever_template_is_kept(qtbot):
    # The template field is the DOCX dialog's; the PDF dialog, which does not show it,
    # must not use the one the settings remember (the preview does not either).
    pdf = shown(qtbot, ExportDialog(FORMATS["pdf"], "OFFICIAL", "ministry", "/t/ministry.docx"))
    press(qtbot, pdf, Qt.Key.Key_Return)
    assert pdf.options().docx_template is None
    document = shown(qtbot, ExportDialog(FORMATS["docx"], "OFFICIAL", "ministry",
                                         "/t/ministry.docx"))
    press(qtbot, document, Qt.Key.Key_Return)
    assert str(document.options().docx_template) == "/t/ministry.docx"


def test_no_two_controls_of_a_dialog_share_a_letter(dialog):
    letters = mnemonics(dialog)
    assert len(letters) >= 3
    assert len(letters) == len(set(letters)), letters


def test_alt_s_sorts_the_bullets(qtbot):
    dialog = shown(qtbot, DIALOGS["Export PDF"]())
    alt(qtbot, dialog, "s")
    qtbot.waitUntil(lambda: dialog.options().sort_by_priority)  # a mnemonic clicks animated


@pytest.mark.parametrize("name", ["Export PDF", "Export DOCX", "Preferences"])
def test_the_dialog_is_wide_enough_for_its_whole_title(qtbot, name):
    # A desktop with a large bold title-bar font, as GNOME and KDE can have.
    title_font = QFont(QApplication.font())
    title_font.setPointSize(16)
    QApplication.setFont(title_font, "QMdiSubWindowTitleBar")
    QGuiApplication.setApplicationDisplayName("Briefing Studio")
    try:
        dialog = shown(qtbot, DIALOGS[name]())
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        assert dialog.windowTitle() == name
        needed = metrics.horizontalAdvance(f"{name} — Briefing Studio") + 6 * metrics.height()
        assert dialog.width() >= needed
    finally:
        QApplication.setFont(QApplication.font(), "QMdiSubWindowTitleBar")
        QGuiApplication.setApplicationDisplayName("")


def test_the_export_button_says_export_and_a_click_exports(qtbot):
    dialog = shown(qtbot, DIALOGS["Export PDF"]())
    texts = [button.text() for button in dialog.findChildren(QPushButton)]
    assert "&Export" in texts and "OK" not in texts
    export = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Export")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("name", "letter"), [
    ("Export PDF", "c"), ("Export DOCX", "w"), ("Export DOCX", "h"), ("Preferences", "n"),
    ("Preferences", "a"),
])
def test_enter_in_any_field_accepts_the_dialog(qtbot, name, letter):
    dialog = shown(qtbot, DIALOGS[name]())
    alt(qtbot, dialog, letter)
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels(qtbot, dialog):
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_preferences_are_saved_with_a_save_button(qtbot):
    dialog = shown(qtbot, DIALOGS["Preferences"]())
    texts = [button.text().replace("&", "") for button in dialog.findChildren(QPushButton)]
    assert "Save" in texts and "OK" not in texts


def test_house_styles_show_by_title_and_give_their_id(qtbot, dialog):
    box = dialog.style
    titles = [box.itemText(i) for i in range(box.count())]
    assert titles == ["Ministry (A4)", "Ministerial Submission (A4)",
                      "Turkish official correspondence", "US Letter"]
    assert box.currentText() == "Ministry (A4)"
    alt(qtbot, dialog, "h")
    press(qtbot, dialog, Qt.Key.Key_T)  # a closed list jumps to the title typed
    assert box.currentText() == "Turkish official correspondence"
    assert dialog.selected_style() == "tr-resmi"
    if isinstance(dialog, ExportDialog):
        assert dialog.options().style.name == "tr-resmi"


def test_the_style_chosen_before_is_shown_chosen(qtbot):
    dialog = shown(qtbot, PreferencesDialog("", "letter", 30))
    assert dialog.style.currentText() == "US Letter"
    assert dialog.selected_style() == "letter"


def test_a_style_file_of_the_users_own_stays_the_choice(qtbot, tmp_path):
    path = tmp_path / "embassy.json"
    path.write_text(json.dumps({"title": "Embassy", "page": {"size": "Letter"}}),
                    encoding="utf-8")
    dialog = shown(qtbot, ExportDialog(FORMATS["pdf"], "", str(path)))
    assert dialog.style.currentText() == "Embassy (embassy.json)"
    assert dialog.selected_style() == str(path)
    assert dialog.options().style.page_size == "Letter"
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert shown(qtbot, PreferencesDialog("", str(broken), 30)).style.currentText() \
        == "broken.json"


def test_an_unknown_style_name_falls_back_to_the_default(qtbot):
    dialog = shown(qtbot, PreferencesDialog("", style_title("tr-resmi"), 30))
    assert dialog.selected_style() == "ministry"
    assert dialog.style.count() == 4


# ------------------------------------------------------------------ the error dialog


def answer_error_box(found: list) -> None:
    """Read the error box once it is shown, then press its OK button."""
    def read():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read)
            return
        buttons = [button.text() for button in box.findChildren(QAbstractButton)]
        found.append((box.windowTitle(), box.text(), box.detailedText(), buttons,
                      box.textFormat()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read)


def bad_priority_error(tmp_path) -> BriefingFileError:
    """What loading a briefing whose third bullet has the priority "urgent" raises."""
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["sections"][2]["blocks"][1]["items"][2]["priority"] = "urgent"
    path = tmp_path / "talks.briefing"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(BriefingFileError) as caught:
        fileformat.load(path)
    return caught.value


def test_a_bad_briefing_is_told_in_words_with_the_technical_line_in_the_details(qtbot, tmp_path):
    error = bad_priority_error(tmp_path)
    path = tmp_path / "talks.briefing"
    found: list = []
    answer_error_box(found)
    show_error(None, "Cannot open file", error)
    title, text, details, buttons, _ = found[0]
    assert title == "Cannot open file"
    assert text == ('talks.briefing cannot be opened. In section 3 ("Main Issues Discussed"), '
                    'block 2 (a bullet list), bullet 3 ("Power line"): the priority must be '
                    "high, medium, low or empty.")
    assert details == (f"{path}: sections[2].blocks[1].items[2].priority: "
                       "expected high, medium, low or null")
    assert any(button.startswith("Show Details") for button in buttons)


def test_other_errors_show_their_message_without_details(qtbot, tmp_path):
    error = ExportError(tmp_path / "out.pdf", "cannot write: No space left on device")
    found: list = []
    answer_error_box(found)
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, "Cannot export PDF", error)
    _, text, details, buttons, _ = found[0]
    assert text == str(error) and details == ""
    assert not any(button.startswith("Show Details") for button in buttons)


def test_markup_in_a_file_is_shown_as_written(qtbot, tmp_path):
    path = tmp_path / "<b>talks.briefing"
    path.write_text('{"format": "briefing-studio", "version": 1, "meta": []}',
                    encoding="utf-8")
    with pytest.raises(BriefingFileError) as caught:
        fileformat.load(path)
    found: list = []
    answer_error_box(found)
    show_error(None, "Cannot open file", caught.value)
    _, text, _, _, text_format = found[0]
    assert text.startswith("<b>talks.briefing cannot be opened.")
    assert text_format == Qt.TextFormat.PlainText


def test_enter_closes_the_error_box_after_its_details_were_shown(qtbot, tmp_path):
    box = error_box(None, "Cannot open file", bad_priority_error(tmp_path))
    qtbot.addWidget(box)
    box.show()
    details = next(b for b in box.findChildren(QAbstractButton)
                   if b.text().startswith("Show Details"))
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    details.setFocus()  # where a click or Tab leaves it
    qtbot.keyClick(details, Qt.Key.Key_Return)
    assert not box.isVisible()
