"""The live preview, autosave and recovery, and what an unexpected error does."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.gui.app import offer_recovery
from briefing_studio.gui.crash import install_error_handler
from briefing_studio.gui.document import TextTarget
from briefing_studio.gui.main_window import MainWindow
from briefing_studio.gui.recovery import left_behind
from tests.gui.support import SAMPLE

TITLE = TextTarget("meta", name="title")


def wait_for_preview(qtbot, window):
    preview = window.preview
    qtbot.waitUntil(lambda: preview.shown_generation == preview.requested_generation
                    and not preview._busy, timeout=20000)


def test_the_preview_follows_an_edit_and_counts_the_exported_pages(window, qtbot, tmp_path):
    wait_for_preview(qtbot, window)
    first = window.preview.shown_generation
    window.document.set_text(TextTarget("paragraph", 0, 0), "Short lead. " * 600)
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


def dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return int(finished.stdout)


def as_left_by_a_crash(recovery_file: Path) -> None:
    record = json.loads(recovery_file.read_text(encoding="utf-8"))
    record["pid"] = dead_pid()
    recovery_file.write_text(json.dumps(record), encoding="utf-8")


def test_autosave_writes_a_recovery_file_and_a_new_window_offers_it(window, qtbot,
                                                                    monkeypatch):
    window.document.set_text(TITLE, "Work in progress")
    window.autosave()
    recovery_file = window.recovery.path
    assert recovery_file.exists()
    as_left_by_a_crash(recovery_file)

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: asked.append(args[2])
                        or QMessageBox.StandardButton.Yes)
    fresh = MainWindow(window.settings, recovery_folder=window.recovery_folder)
    try:
        extra = offer_recovery(fresh)
        assert extra == []
        assert "Restore regional-water-talks.briefing" in asked[0]
        assert fresh.document.briefing.meta.title == "Work in progress"
        assert fresh.document.path == SAMPLE
        assert fresh.isWindowModified()
        assert not recovery_file.exists()  # taken over by the restored window
    finally:
        fresh.document.undo_stack.setClean()
        fresh.close()


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


def test_an_unexpected_error_shows_a_dialog_keeps_the_work_and_the_app_runs(window, qtbot,
                                                                          tmp_path,
                                                                          monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_file = install_error_handler(lambda: [window], tmp_path / "logs")
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


def test_work_survives_the_app_being_killed(tmp_path, qtbot, monkeypatch):
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
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=30)
    recovered = left_behind(folder)
    assert len(recovered) == 1
    assert recovered[0].briefing.meta.title == "Talks on the Euphrates"
    assert recovered[0].name == "notes.briefing"

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    restarted = MainWindow(recovery_folder=folder)
    try:
        offer_recovery(restarted)
        assert restarted.document.briefing.meta.title == "Talks on the Euphrates"
        assert restarted.document.briefing.sections[0].blocks[0].text == (
            "The delegations agreed on gauges.")
    finally:
        restarted.document.undo_stack.setClean()
        restarted.close()


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
