"""The live preview, autosave and recovery, and what an unexpected error does."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.gui.app import offer_recovery
from briefing_studio.gui.crash import install_error_handler
from briefing_studio.gui.document import TextTarget
from briefing_studio.gui.main_window import MainWindow
from briefing_studio.gui.recovery import (
    SUFFIX,
    RecoveryFile,
    discard,
    keep_for_later,
    left_behind,
)
from briefing_studio.gui.settings import Settings
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from tests.gui.support import SAMPLE, named, type_text

TITLE = TextTarget("meta", name="title")


def wait_for_preview(qtbot, window):
    preview = window.preview
    qtbot.waitUntil(lambda: preview.shown_generation == preview.requested_generation
                    and not preview._busy, timeout=20000)


def test_the_preview_follows_an_edit_and_counts_the_exported_pages(window, qtbot, tmp_path):
    wait_for_preview(qtbot, window)
    first = window.preview.shown_generation
    lead = window.document.sections[0].blocks[0]
    window.document.set_text(TextTarget("paragraph", block=lead.id), "Short lead. " * 600)
    with qtbot.waitSignal(window.preview.updated, timeout=20000):
        pass
    wait_for_preview(qtbot, window)
    assert window.preview.shown_generation > first
    exported = tmp_path / "export.pdf"
    write_pdf(window.document.briefing, exported, window.preview_options())
    assert window.preview.pdf.pageCount() == len(PdfReader(exported).pages) >= 3
    assert window.page_count.text() == f"{window.preview.pdf.pageCount()} pages"


def test_a_stale_render_never_replaces_a_newer_one(window, qtbot):
    preview = window.preview
    wait_for_preview(qtbot, window)
    for step in range(5):  # edits while a render is running wait for the next one
        window.document.set_text(TITLE, f"Title {step}")
        preview.render_now()
    wait_for_preview(qtbot, window)
    shown = preview.shown_generation
    stale = preview.pdf.pageCount()
    preview._rendered(shown - 1, b"not a pdf")  # an older render arriving late
    assert preview.shown_generation == shown
    assert preview.pdf.pageCount() == stale


def test_typing_does_not_wait_for_the_preview(window, qtbot):
    wait_for_preview(qtbot, window)
    window.preview.render_now()
    assert window.preview._busy
    started = time.perf_counter()
    for step in range(20):
        window.document.set_text(TITLE, f"Title {step}")
    # Twenty edits while the renderer works in its thread: the model is already there.
    assert time.perf_counter() - started < 1.0
    assert window.document.briefing.meta.title == "Title 19"
    wait_for_preview(qtbot, window)


class RecoveryDialogs:
    """Answers the recovery dialogs as they come up, as a user does: by clicking a
    button (named by its accessible name) or pressing a key; keeps what each said."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.said: list[str] = []
        self._answers: list[str | Qt.Key] = []

    def answer(self, *answers: str | Qt.Key) -> None:
        self._answers += answers
        QTimer.singleShot(0, self._answer_one)

    def stop(self) -> None:
        self._answers.clear()

    def _answer_one(self) -> None:
        if not self._answers:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, self._answer_one)
            return
        self.said.append(f"{box.text()}\n{box.informativeText()}")
        answer = self._answers.pop(0)
        if isinstance(answer, str):
            button = next(b for b in box.buttons() if b.accessibleName() == answer)
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.keyClick(box, answer)
        QTimer.singleShot(0, self._answer_one)


@pytest.fixture
def dialogs(qtbot):
    answering = RecoveryDialogs(qtbot)
    yield answering
    answering.stop()  # a dialog that never came must not be answered in a later test


def left_by_a_crash(folder: Path, briefing: Briefing, name: str,
                    original: Path | None) -> Path:
    """A recovery file as a process leaves it when it dies: written, and no longer
    locked by anyone."""
    writer = RecoveryFile(folder)
    writer.write(briefing, name, original)
    crashed = folder / f"{uuid.uuid4().hex}{SUFFIX}"
    shutil.copyfile(writer.path, crashed)
    writer.remove()
    return crashed


def untitled_draft(title: str, text: str) -> Briefing:
    return Briefing(Metadata(title=title), [Section("", [Paragraph(text)])])


def fresh_start(window: MainWindow) -> MainWindow:
    """A second start of the app on the same settings and recovery folder."""
    fresh = MainWindow(window.settings, recovery_folder=window.recovery_folder)
    fresh.show()
    return fresh


def close_quietly(window: MainWindow) -> None:
    window.document.undo_stack.setClean()
    window.close()


def test_autosave_writes_a_recovery_file_and_a_new_window_offers_it(window, qtbot, dialogs):
    window.document.set_text(TITLE, "Work in progress")
    window.autosave()
    recovery_file = window.recovery.path
    assert recovery_file.exists()
    assert left_behind(window.recovery_folder) == []  # its writer is alive
    crashed = recovery_file.with_name(f"{uuid.uuid4().hex}{SUFFIX}")
    shutil.copyfile(recovery_file, crashed)  # as if another instance had died

    fresh = fresh_start(window)
    try:
        dialogs.answer("Restore")
        extra = offer_recovery(fresh)
        assert extra == []
        assert len(dialogs.said) == 1  # the live window's own file is not offered
        assert (f'Restore unsaved changes to "regional-water-talks.briefing" in '
                f"{SAMPLE.parent}, saved automatically on") in dialogs.said[0]
        assert ("Discard deletes these unsaved changes for good; the saved file "
                "regional-water-talks.briefing is not changed.") in dialogs.said[0]
        assert fresh.document.briefing.meta.title == "Work in progress"
        assert fresh.document.path == SAMPLE
        assert fresh.isWindowModified()
        assert not crashed.exists()  # taken over by the restored window
        assert not crashed.with_name(crashed.name.replace(SUFFIX, ".lock")).exists()
        assert fresh.recovery.path.exists()
        assert recovery_file.exists()  # the first window still works on
    finally:
        close_quietly(fresh)


def test_the_dialog_names_an_untitled_draft_by_its_title_and_first_words(window, dialogs):
    left_by_a_crash(window.recovery_folder, untitled_draft(
        "Regional water talks", "The delegations met in **Ankara** to agree on river gauges."),
        "Untitled", None)
    dialogs.answer("Keep for later")
    offer_recovery(window)
    assert ('Restore "Regional water talks", an unsaved draft beginning "The delegations '
            'met in Ankara to agree on…", saved automatically on') in dialogs.said[0]
    assert ("Discard deletes these unsaved changes for good; they were never saved to a "
            "file.") in dialogs.said[0]


def test_an_empty_untitled_draft_is_called_so(window, dialogs):
    left_by_a_crash(window.recovery_folder, untitled_draft("", ""), "Untitled", None)
    dialogs.answer("Keep for later")
    offer_recovery(window)
    assert "Restore an empty untitled draft, saved automatically on" in dialogs.said[0]


def test_keep_for_later_keeps_the_file_and_it_is_offered_again(window, dialogs):
    crashed = left_by_a_crash(window.recovery_folder, untitled_draft("Kept", "Some text."),
                              "Untitled", None)
    before = window.document.briefing.meta.title
    dialogs.answer("Keep for later")
    assert offer_recovery(window) == []
    assert crashed.exists()
    assert window.document.briefing.meta.title == before  # nothing restored

    fresh = fresh_start(window)
    try:
        dialogs.answer(Qt.Key.Key_Escape)  # Escape is Keep for later too, never Discard
        offer_recovery(fresh)
        assert len(dialogs.said) == 2
        assert dialogs.said[1] == dialogs.said[0]
        assert crashed.exists()
        assert [r.file for r in left_behind(window.recovery_folder)] == [crashed]
    finally:
        close_quietly(fresh)


def test_enter_restores(window, dialogs):
    left_by_a_crash(window.recovery_folder, untitled_draft("Restored by Enter", "Text."),
                    "Untitled", None)
    fresh = fresh_start(window)
    try:
        dialogs.answer(Qt.Key.Key_Return)
        offer_recovery(fresh)
        assert fresh.document.briefing.meta.title == "Restored by Enter"
    finally:
        close_quietly(fresh)


def test_discard_deletes_the_recovered_changes_and_not_the_saved_file(window, dialogs):
    saved = SAMPLE.read_bytes()
    window.document.set_text(TITLE, "Changes to throw away")
    crashed = left_by_a_crash(window.recovery_folder, window.document.briefing,
                              window.document.name, window.document.path)
    fresh = fresh_start(window)
    try:
        dialogs.answer("Discard")
        offer_recovery(fresh)
        assert len(dialogs.said) == 1
        assert not crashed.exists()
        assert not list(window.recovery_folder.glob("*.lock"))
        assert fresh.document.briefing.meta.title == ""  # nothing restored
        assert SAMPLE.read_bytes() == saved
        dialogs.answer("Discard")
        offer_recovery(fresh)
        assert len(dialogs.said) == 1  # gone for good: not offered again
    finally:
        close_quietly(fresh)


def test_a_file_being_offered_is_not_offered_by_a_second_start(tmp_path):
    crashed = left_by_a_crash(tmp_path, untitled_draft("Once", "Only once."), "Untitled", None)
    first = left_behind(tmp_path)
    assert [r.file for r in first] == [crashed]
    assert left_behind(tmp_path) == []  # a second instance starting meanwhile
    keep_for_later(first[0])
    again = left_behind(tmp_path)
    assert [r.file for r in again] == [crashed]
    discard(again[0])
    assert list(tmp_path.iterdir()) == []


# Writes a recovery file of the sample, as an open window of another running Briefing
# Studio does, and runs until its standard input closes.
LIVE_WRITER = """
import sys
from pathlib import Path
from briefing_studio import fileformat
from briefing_studio.gui.recovery import RecoveryFile
sample = Path(sys.argv[2])
RecoveryFile(Path(sys.argv[1])).write(fileformat.load(sample), sample.name, sample)
print("written", flush=True)
sys.stdin.read()
"""


def test_a_running_writers_file_is_never_offered(window, dialogs):
    writer = subprocess.Popen(
        [sys.executable, "-c", LIVE_WRITER, str(window.recovery_folder), str(SAMPLE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline() == "written\n"
        dialogs.answer("Keep for later")  # answers the dialog if it wrongly comes
        offer_recovery(window)
        assert dialogs.said == []
    finally:
        writer.stdin.close()  # it ends without removing its file, as a crash does
        writer.wait(timeout=30)
        writer.stdout.close()
    offer_recovery(window)
    assert len(dialogs.said) == 1  # its lock went with it


def test_two_windows_never_share_a_recovery_file(window, tmp_path):
    other = MainWindow(window.settings, recovery_folder=window.recovery_folder)
    try:
        assert other.recovery.path != window.recovery.path
        for each in (window, other):
            each.document.set_text(TITLE, f"Window {id(each)}")
            each.autosave()
        assert len(list(window.recovery_folder.glob("*.recovery.json"))) == 2
        assert left_behind(window.recovery_folder) == []  # both writers are alive
    finally:
        other.document.undo_stack.setClean()
        other.close()


def test_a_clean_save_or_close_removes_the_recovery_file(window, tmp_path, monkeypatch):
    window.document.set_text(TITLE, "Changed")
    window.autosave()
    assert window.recovery.path.exists()
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "saved.briefing"), ""))
    assert window.save_as()
    assert not window.recovery.path.exists()
    window.document.set_text(TITLE, "Changed again")
    window.autosave()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.recovery.path.exists()
    assert list(window.recovery_folder.iterdir()) == []  # its lock file too


def test_an_unexpected_error_shows_a_dialog_keeps_the_work_and_the_app_runs(window, qtbot,
                                                                          tmp_path,
                                                                          monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file, _ = install_error_handler(lambda: [window], tmp_path / "logs")
    window.document.set_text(TITLE, "Unsaved before the error")

    def broken_slot():
        raise RuntimeError("the slot broke")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "the slot broke" in shown[0]
    assert "RuntimeError: the slot broke" in log_file.read_text(encoding="utf-8")
    assert window.recovery.path.exists()
    window.document.set_text(TITLE, "Still working")  # the app goes on
    assert window.document.briefing.meta.title == "Still working"


def test_work_survives_the_app_being_killed_before_it_is_reaped(tmp_path, qtbot, dialogs):
    config, data = tmp_path / "config", tmp_path / "data"
    (config / "Briefing Studio").mkdir(parents=True)
    (config / "Briefing Studio" / "Briefing Studio.conf").write_text(
        "[General]\nautosaveSeconds=1\n", encoding="utf-8")
    article = tmp_path / "notes.txt"
    article.write_text("Talks on the Euphrates\nThe delegations agreed on gauges.\n",
                       encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(data),
           "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "briefing_studio.cli", str(article)], env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    folder = data / "Briefing Studio" / "Briefing Studio" / "recovery"
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob("*.recovery.json")) and time.monotonic() < deadline:
            time.sleep(0.2)
        app.send_signal(signal.SIGKILL)
        # Dead but not reaped, as right after kill -9: a zombie whose pid still answers.
        os.waitid(os.P_PID, app.pid, os.WEXITED | os.WNOWAIT)

        restarted = MainWindow(recovery_folder=folder)
        restarted.show()
        try:
            dialogs.answer("Restore")
            offer_recovery(restarted)
            assert len(dialogs.said) == 1
            assert ('Restore "Talks on the Euphrates", an unsaved draft beginning "The '
                    'delegations agreed on gauges.", saved automatically on'
                    ) in dialogs.said[0]
            assert restarted.document.briefing.meta.title == "Talks on the Euphrates"
            assert restarted.document.name == "notes.briefing"
            assert restarted.document.briefing.sections[0].blocks[0].text == (
                "The delegations agreed on gauges.")
        finally:
            close_quietly(restarted)
    finally:
        app.kill()
        app.wait(timeout=30)


def test_autosave_keeps_typing_that_merged_into_the_last_undo_step(window):
    window.document.set_text(TITLE, "D")
    window.autosave()
    window.document.set_text(TITLE, "Draft typed without a pause")  # merges with "D"
    assert window.document.undo_stack.count() == 1
    window.autosave()
    record = json.loads(window.recovery.path.read_text(encoding="utf-8"))
    assert record["briefing"]["meta"]["title"] == "Draft typed without a pause"


def test_a_failing_render_is_reported_and_the_next_one_still_shows(window, qtbot, monkeypatch):
    wait_for_preview(qtbot, window)
    import briefing_studio.exporters.pdf as pdf

    real = pdf.render_pdf
    monkeypatch.setattr(pdf, "render_pdf", lambda *a: (_ for _ in ()).throw(ValueError("boom")))
    window.preview.render_now()
    qtbot.waitUntil(lambda: not window.preview._busy, timeout=10000)
    assert "boom" in window.preview.message.text()
    monkeypatch.setattr(pdf, "render_pdf", real)
    window.document.set_text(TITLE, "After the failure")
    window.preview.render_now()
    wait_for_preview(qtbot, window)
    assert window.preview._stack.currentWidget() is window.preview.view


def test_a_data_folder_that_cannot_be_used_never_stops_the_app(qtbot, tmp_path):
    blocked = tmp_path / "data"
    blocked.write_text("a file where the data folder should be", encoding="utf-8")
    folder = blocked / "Briefing Studio"
    _, problem = install_error_handler(lambda: [window], folder)
    assert problem == "Not a directory"
    window = MainWindow(Settings(), recovery_folder=folder / "recovery")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(named(window, "Title"), Qt.MouseButton.LeftButton)
    type_text(qtbot, "Typed all the same")
    window.autosave()  # the timer's work, now
    assert "Cannot write the recovery file" in window.statusBar().currentMessage()
    assert window.document.briefing.meta.title.endswith("Typed all the same")
    window.document.undo_stack.setClean()
    window.close()
