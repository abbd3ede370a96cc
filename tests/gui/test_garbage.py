"""Reference cycles holding Qt objects are collected in the window's thread, never in
the preview's render thread, where destroying a widget crashes Qt."""

import gc
import threading
import weakref
from typing import ClassVar

from PySide6.QtWidgets import QApplication, QWidget

from briefing_studio.gui.garbage import MainThreadCollector
from briefing_studio.gui.preview import PreviewPane


class CycleWidget(QWidget):
    deleted_in: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a cycle, as a lambda holding its widget makes one

    def __del__(self) -> None:
        CycleWidget.deleted_in.append(threading.current_thread().name)


def test_cycles_are_collected_by_the_window_thread_not_by_the_render_thread(qtbot):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    try:
        assert not gc.isenabled()  # no collection wherever a thread happens to allocate
        collector = QApplication.instance().findChild(MainThreadCollector)
        assert collector is not None and collector.timer.isActive()
        CycleWidget.deleted_in.clear()
        widget = CycleWidget()
        alive = weakref.ref(widget)
        del widget

        def allocate_as_the_render_thread_does() -> None:
            kept = [[] for _ in range(50_000)]  # far past Python's collection threshold
            del kept

        worker = threading.Thread(target=allocate_as_the_render_thread_does, name="render")
        worker.start()
        worker.join(10)
        assert alive() is not None  # the render thread collected nothing
        kept = [[] for _ in range(2 * gc.get_threshold()[0])]
        collector.collect()  # what the window thread's timer does, now that it is time
        del kept
        assert alive() is None
        assert CycleWidget.deleted_in == [threading.main_thread().name]
    finally:
        pane.shutdown()
