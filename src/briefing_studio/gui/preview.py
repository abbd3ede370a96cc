"""The live preview: the PDF that Export PDF would write, redrawn after a pause in typing.

The PDF exporter runs in a worker thread on a copy of the model, so typing never
waits for it. One render runs at a time; edits made meanwhile are drawn by the next
one, and a render is shown only if it is newer than the one on screen. The view
keeps its page and zoom across updates.
"""

from __future__ import annotations

import copy
import io
import logging

from PySide6.QtCore import QBuffer, QByteArray, QObject, QPointF, QThread, QTimer, Signal, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from ..exporters import ExportOptions, prepare
from ..model import Briefing

# How long typing must pause before the preview is redrawn.
PAUSE_MS = 300


class PreviewRenderer(QObject):
    """Lives in the worker thread; turns a briefing into PDF bytes."""

    rendered = Signal(int, QByteArray)
    failed = Signal(int, str)

    @Slot(int, object, object)
    def render(self, generation: int, briefing: Briefing, options: ExportOptions) -> None:
        from ..exporters.pdf import render_pdf  # reportlab loads here, off the window's thread

        buffer = io.BytesIO()
        try:
            render_pdf(prepare(briefing, options), buffer, options.style)
        except Exception as error:
            # An answer always goes back, or the preview would wait for it for ever;
            # the error is logged, and the window stays usable.
            logging.getLogger("briefing_studio").exception("The preview failed")
            self.failed.emit(generation, str(error) or type(error).__name__)
            return
        self.rendered.emit(generation, QByteArray(buffer.getvalue()))


class PreviewPane(QWidget):
    requested = Signal(int, object, object)
    updated = Signal(int)  # the generation now on screen
    pageCountChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Preview")
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Preview page")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel("Preview")
        layout = QStackedLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        self._stack = layout
        self._buffer: QBuffer | None = None
        self.briefing: Briefing | None = None
        self.options = ExportOptions()
        self.requested_generation = 0
        self.shown_generation = 0
        self._busy = False
        self._pending = False
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.render_now)
        self._thread = QThread(self)
        self._renderer = PreviewRenderer()
        self._renderer.moveToThread(self._thread)
        self.requested.connect(self._renderer.render)
        self._renderer.rendered.connect(self._rendered)
        self._renderer.failed.connect(self._failed)
        # The renderer lives in its thread and is deleted there, when the thread ends.
        self._thread.finished.connect(self._renderer.deleteLater)
        self._thread.start()

    def show_briefing(self, briefing: Briefing, options: ExportOptions) -> None:
        self.briefing, self.options = briefing, options
        self.render_now()

    def schedule(self) -> None:
        """The model changed: redraw after the user pauses."""
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        if self.briefing is None:
            return
        if self._busy:
            self._pending = True
            return
        self._busy = True
        self.requested_generation += 1
        # A copy, so that typing can go on changing the model while it is drawn.
        snapshot = copy.deepcopy(self.briefing)
        self.requested.emit(self.requested_generation, snapshot, self.options)

    def shutdown(self) -> None:
        """Stop the render thread, after the render in progress; the window is closing."""
        self.timer.stop()
        self._thread.quit()
        self._thread.wait()

    @Slot(int, QByteArray)
    def _rendered(self, generation: int, data: QByteArray) -> None:
        self._render_finished()
        if generation <= self.shown_generation:
            return  # a newer render is already on screen
        navigator = self.view.pageNavigator()
        page, location, zoom = (navigator.currentPage(), navigator.currentLocation(),
                                navigator.currentZoom())
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._stack.setCurrentWidget(self.view)
        if page < self.pdf.pageCount():
            navigator.jump(page, location if location is not None else QPointF(), zoom)
        self.shown_generation = generation
        self.pageCountChanged.emit(self.pdf.pageCount())
        self.updated.emit(generation)

    @Slot(int, str)
    def _failed(self, generation: int, message: str) -> None:
        self._render_finished()
        self.message.setText(f"The preview cannot be drawn: {message}")
        self._stack.setCurrentWidget(self.message)

    def _render_finished(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self.render_now()
