"""How fast the desktop app is, measured in the real app (offscreen) and printed.

Four figures, against the targets of the app's speed issue:

1. start: from launching the process until the main window is shown (under 1 s);
2. open: opening a briefing of 100 copies of a seed-shaped article, ~170 pages
   (under 1.5 s);
3. keystroke: one key typed into a paragraph of that briefing, model updated and
   the window repainted, also while the preview is being redrawn (under 16 ms);
4. preview: from the end of the typing pause until the preview of a 3-page briefing
   shows the change (under 300 ms).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/app_speed.py
"""

from __future__ import annotations

import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefing_studio import fileformat
from briefing_studio.gui.app import make_application
from briefing_studio.gui.block_editors import BulletTable
from briefing_studio.gui.document import TextTarget
from briefing_studio.gui.fields import BoundTextEdit
from briefing_studio.gui.main_window import MainWindow
from briefing_studio.importers.text import import_article_text
from briefing_studio.model import renew_ids

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "tests" / "fixtures" / "ankara-talks.txt"
SAMPLE = ROOT / "resources" / "samples" / "regional-water-talks.briefing"
STARTUP_PROBE = """
import sys
from PySide6.QtCore import QTimer
from briefing_studio.gui.app import make_application
from briefing_studio.gui.main_window import MainWindow
app = make_application()
window = MainWindow()
window.show()
def shown():
    print("shown", flush=True)
    window.document.undo_stack.setClean()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def start_seconds() -> float:
    """Wall time from launching a fresh process until its window is shown, best of 3."""
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", STARTUP_PROBE], stdout=subprocess.PIPE,
                                 text=True)
        assert child.stdout is not None
        child.stdout.readline()
        best = min(best, time.perf_counter() - began)
        child.wait(timeout=30)
    return best


def long_briefing_file(folder: Path) -> Path:
    single = import_article_text(ARTICLE.read_text(encoding="utf-8"))
    big = copy.deepcopy(single)
    big.sections = [renew_ids(copy.deepcopy(s)) for _ in range(100) for s in single.sections]
    path = folder / "long.briefing"
    fileformat.save(big, path)
    return path


def wait_until(app: QApplication, condition, timeout: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        time.sleep(0.001)


def keystroke_milliseconds(app: QApplication, window: MainWindow, count: int = 60) -> list[float]:
    window.select_row(50)  # a section in the middle of the long briefing
    app.processEvents()
    paragraph = window.current_editor.findChildren(BoundTextEdit)[0]
    paragraph.setFocus()
    return typing_milliseconds(app, paragraph, count)


def typing_milliseconds(app: QApplication, widget, count: int) -> list[float]:
    """Each of ``count`` letters typed into ``widget``, until the window is idle again."""
    times = []
    for index in range(count):
        began = time.perf_counter()
        QTest.keyClick(widget, Qt.Key(Qt.Key.Key_A + index % 26))
        app.processEvents()
        times.append((time.perf_counter() - began) * 1000)
    return times


def cell_keystroke_milliseconds(app: QApplication, window: MainWindow,
                                count: int = 60) -> list[float]:
    """One key typed into a bullet's cell: the document is changed at every key, and
    the list's rows are fitted again."""
    row = 50
    while True:  # the first section with a bullet list, from the middle on
        window.select_row(row)
        app.processEvents()
        tables = window.current_editor.findChildren(BulletTable)
        if tables:
            break
        row += 1
    table = tables[0]
    index = table.model().index(0, 2)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    app.processEvents()
    times = typing_milliseconds(app, table.indexWidget(index), count)
    table.finish_editing()
    return times


def preview_milliseconds(app: QApplication, window: MainWindow, rounds: int = 5) -> list[float]:
    preview = window.preview
    wait_until(app, lambda: preview.shown_generation == preview.requested_generation
               and not preview._busy)
    times = []
    for step in range(rounds):
        window.document.set_text(
            TextTarget("meta", name="title"), f"Regional talks, draft {step}")
        began = time.perf_counter()
        preview.render_now()  # what the end of the typing pause does
        target = preview.requested_generation
        wait_until(app, lambda t=target: preview.shown_generation >= t)
        times.append((time.perf_counter() - began) * 1000)
    return times


def main() -> None:
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(recovery_folder=Path(folder) / "recovery")
        window.show()
        long_file = long_briefing_file(Path(folder))

        began = time.perf_counter()
        window.open_path(long_file, ask=False)
        app.processEvents()
        open_seconds = time.perf_counter() - began

        preview = window.preview
        wait_until(app, lambda: preview.shown_generation == preview.requested_generation
                   and not preview._busy)
        idle = keystroke_milliseconds(app, window)
        cell = cell_keystroke_milliseconds(app, window)
        wait_until(app, lambda: not preview._busy)
        preview.render_now()  # a 170-page preview is being drawn while typing
        busy = keystroke_milliseconds(app, window)
        wait_until(app, lambda: not preview._busy)

        window.open_path(SAMPLE, ask=False)
        lead = window.document.sections[0].blocks[0]
        window.document.set_text(
            TextTarget("paragraph", block=lead.id), "A longer lead. " * 250)  # three pages
        preview = preview_milliseconds(app, window)
        pages = window.preview.pdf.pageCount()
        window.document.undo_stack.setClean()
        window.close()

    print(f"start to window shown        {start_seconds():6.2f} s    (target under 1 s)")
    print(f"open a {100}-copy briefing       {open_seconds:6.2f} s    (target under 1.5 s)")
    print(f"keystroke, median / worst    {statistics.median(idle):6.1f} / {max(idle):.1f} ms "
          "(target under 16 ms)")
    print(f"  in a bullet's cell         {statistics.median(cell):6.1f} / {max(cell):.1f} ms")
    print(f"  while the preview redraws  {statistics.median(busy):6.1f} / {max(busy):.1f} ms")
    print(f"preview of {pages} pages, median  {statistics.median(preview):6.0f} ms   "
          "(target under 300 ms)")


if __name__ == "__main__":
    main()
