"""Python's garbage collector, run only in the window's thread.

Python collects reference cycles in whichever thread allocates when a threshold is
reached. While the preview renders, that is often the render thread, and a cycle that
holds a Qt object (an editor's lambda and its widget, a dialog and its slot) is then
destroyed outside the window's thread: Qt crashes ("Segmentation fault ...
Garbage-collecting" in the render thread). So automatic collection is turned off, and
a timer in the window's thread collects, generation by generation, as often as Python
itself would. The same is done by other Qt applications with worker threads, e.g.
pyqtgraph's GarbageCollector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)


def collect_garbage_in_the_gui_thread() -> None:
    """Once per application, from the window's thread, before any worker thread runs."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(MainThreadCollector) is None:
        MainThreadCollector(app)
