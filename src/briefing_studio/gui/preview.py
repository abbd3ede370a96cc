"""The live preview: the PDF that Export PDF would write, redrawn after a pause in typing.

The PDF exporter runs in a worker thread on a copy of the model, so typing never
waits for it. One render runs at a time; edits made meanwhile are drawn by the next
one, and a render is shown only if it is newer than the one on screen. The view
keeps its place and zoom across updates, and follows the edit: the exporter says
where every heading and block starts, the window says where the user is
(``show_place``), and the view scrolls there when it is out of sight.

The zoom is always a factor of our own (QPdfView's Custom mode): "fit width" and
"fit page" are computed here from the viewport's real size, again at every resize
and every render, so that the pages' geometry is known exactly for scrolling and
never comes from a view that was not yet laid out.
"""

from __future__ import annotations

import copy
import enum
import io
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QEvent,
    QObject,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QSpinBox,
    QStackedLayout,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..model import Briefing
from ..options import ExportOptions
from ..plan import make_plan
from .garbage import collect_garbage_in_the_gui_thread
from .i18n import tr

if TYPE_CHECKING:
    from ..exporters.pdf import PagePosition, Place, PlaceMap

SWITCH_INTERVAL_S = 0.0005
# How long typing must pause before the preview is redrawn.
PAUSE_MS = 300
ZOOM_STEP = 1.25
# After a new render is shown, when its pages are asked for once more (see
# _note_new_document): after the previous render's page images have arrived.
SETTLE_MS = 400
SETTLE_MS_MOST = 3200  # each try waits twice as long as the one before, up to this
SETTLE_TRIES = 10
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
# Room left above a place the view scrolls to, and the least of it that must show
# below the viewport's top edge for it to count as in view (pixels).
ABOVE_PLACE = 16
PLACE_IN_VIEW = 24


class Fit(enum.Enum):
    """What the zoom keeps fitted to the view, whatever its size."""

    WIDTH = enum.auto()
    PAGE = enum.auto()


class PreviewRenderer(QObject):
    """Lives in the worker thread; turns a briefing into PDF bytes and its place map."""

    rendered = Signal(int, QByteArray, object)
    failed = Signal(int, str)

    @Slot(int, object, object)
    def render(self, generation: int, briefing: Briefing, options: ExportOptions) -> None:
        from ..exporters import pdf  # reportlab loads here, off the window's thread

        buffer = io.BytesIO()
        try:
            places = pdf.render_pdf(make_plan(briefing, options), buffer, options.style)
        except Exception as error:
            # An answer always goes back, or the preview would wait for it for ever;
            # the error is logged, and the window stays usable.
            logging.getLogger("briefing_studio").exception("The preview failed")
            self.failed.emit(generation, str(error) or type(error).__name__)
            return
        self.rendered.emit(generation, QByteArray(buffer.getvalue()), places or {})


class PreviewPane(QWidget):
    """The preview with its navigation bar. The window hands it the briefing
    (``show_briefing``), says when the model changed (``schedule``) and where the user
    is (``show_place``)."""

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
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        # A scroll bar that came and went would change the width that "fit width"
        # fits, which would bring it back or take it away again.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.message = QLabel(tr("Preview"))
        self._stack = QStackedLayout()
        self._stack.addWidget(self.message)
        self._stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._navigation_bar())
        layout.addLayout(self._stack)
        self._viewport = self.view.viewport()
        self._viewport.installEventFilter(self)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._buffer: QBuffer | None = None
        self._fit: Fit | None = Fit.WIDTH
        self._places: PlaceMap = {}
        self._place: Place = None
        self._wheel_angle = 0
        self._watch_page_images()
        self.briefing: Briefing | None = None
        self.options = ExportOptions()
        self.requested_generation = 0
        self.shown_generation = 0
        self._busy = False
        self._pending = False
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.render_now)
        collect_garbage_in_the_gui_thread()  # before the render thread allocates
        # The render thread runs Python for a second or more; the window's thread, to
        # handle a keystroke, needs the interpreter lock several times, each time
        # waiting up to the switch interval (5 ms by default) for the renderer to let go.
        # Half a millisecond keeps typing at about 2 ms a key while a long preview is
        # drawn (benchmarks/app_speed.py: 12 ms before), for a few per cent of its speed.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._thread = QThread(self)
        self._renderer = PreviewRenderer()
        self._renderer.moveToThread(self._thread)
        self.requested.connect(self._renderer.render)
        self._renderer.rendered.connect(self._rendered)
        self._renderer.failed.connect(self._failed)
        # The renderer lives in its thread and is deleted there, when the thread ends.
        self._thread.finished.connect(self._renderer.deleteLater)
        self._thread.start()

    # ------------------------------------------------------------ the navigation bar

    def _navigation_bar(self) -> QToolBar:
        bar = QToolBar(tr("Preview navigation"), self)
        bar.setIconSize(QSize(16, 16))
        pixmap = QStyle.StandardPixmap
        self.previous_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Previous page"), tr("Previous"), self.previous_page,
            [Qt.Key.Key_PageUp],
            self.style().standardIcon(pixmap.SP_ArrowUp))
        self.next_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Next page"), tr("Next"), self.next_page,
            [Qt.Key.Key_PageDown],
            self.style().standardIcon(pixmap.SP_ArrowDown))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName("Page")
        self.page_box.setToolTip(tr("Page: type a number and press Enter"))
        self.page_box.setRange(0, 0)
        # The view moves when the number is entered, not at every digit typed.
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        bar.addWidget(self.page_box)
        self.page_total = QLabel(self._of_pages(0))
        bar.addWidget(self.page_total)
        bar.addSeparator()
        self.fit_width_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Fit width"), tr("Fit width"),
            lambda: self.set_fit(Fit.WIDTH),
            [QKeySequence("Ctrl+0")])
        self.fit_page_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Fit page"), tr("Fit page"),
            lambda: self.set_fit(Fit.PAGE), [])
        fits = QActionGroup(self)
        fits.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
            fits.addAction(action)
        self.fit_width_action.setChecked(True)
        bar.addSeparator()
        zoom_out_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Zoom out"), "\u2212", lambda: self.zoom_by(1 / ZOOM_STEP),
            zoom_out_keys,
            QIcon.fromTheme("zoom-out"))
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName("Zoom level")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance(
            f" {self._percent(4.0)} "))
        bar.addWidget(self.zoom_label)
        # Ctrl+= as well: on most keyboards "+" needs Shift, and people press Ctrl and "=".
        zoom_in_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                        QKeySequence("Ctrl+=")]
        self.zoom_in_action = self._bar_action(
            bar, QT_TRANSLATE_NOOP("", "Zoom in"), "+", lambda: self.zoom_by(ZOOM_STEP),
            zoom_in_keys,
            QIcon.fromTheme("zoom-in"))
        self._show_zoom(self.view.zoomFactor())
        return bar

    def _bar_action(self, bar: QToolBar, name: str, short: str, slot, keys: list,
                    icon: QIcon | None = None) -> QAction:
        """A button of the bar: ``name`` in English (its button's accessible name),
        shown translated; ``short`` (translated) on the button when it has no icon."""
        label = tr(name)
        action = QAction(label, self)
        action.setIconText(short)
        if icon is not None and not icon.isNull():
            action.setIcon(icon)
        shortcuts = [QKeySequence(key) for key in keys]
        action.setShortcuts(shortcuts)
        # Only while the preview has the focus: the editors need PageUp and Ctrl+-.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shown = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
        action.setToolTip(f"{label} ({shown})" if shown else label)
        action.triggered.connect(slot)
        bar.addAction(action)
        bar.widgetForAction(action).setAccessibleName(name)
        self.addAction(action)
        return action

    # ------------------------------------------------------------ the window's API

    def show_briefing(self, briefing: Briefing, options: ExportOptions) -> None:
        self.briefing, self.options = briefing, options
        self.render_now()

    def schedule(self) -> None:
        """The model changed: redraw after the user pauses."""
        self.timer.start()

    def shows(self, place: Place) -> bool:
        """Whether the document on screen prints the place (a block's or section's id)."""
        return place in self._places

    def show_place(self, place: Place) -> None:
        """The user is now at ``place``: a block's id, a section's id for its heading,
        ``None`` for the document info. Shown at once if the view is elsewhere; a place
        the preview has not drawn yet is shown by the next render."""
        if place == self._place:
            return
        self._place = place
        self._follow()

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

    # ------------------------------------------------------------ pages and zoom

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.pdf.pageCount():
            self.view.verticalScrollBar().setValue(self._page_tops()[page])

    def set_fit(self, fit: Fit) -> None:
        self._fit = fit
        self._apply_fit()

    def zoom_by(self, factor: float, anchor: float = 0.0) -> None:
        """Zoom in or out; the point ``anchor`` pixels below the view's top stays put."""
        self._fit = None
        self.fit_width_action.setChecked(False)
        self.fit_page_action.setChecked(False)
        zoom = min(max(self.view.zoomFactor() * factor, MIN_ZOOM), MAX_ZOOM)
        self._set_zoom(zoom, anchor)

    def _apply_fit(self) -> None:
        if self._fit is None or self.pdf.pageCount() == 0:
            return
        self.fit_width_action.setChecked(self._fit is Fit.WIDTH)
        self.fit_page_action.setChecked(self._fit is Fit.PAGE)
        sizes = [self.pdf.pagePointSize(page) for page in range(self.pdf.pageCount())]
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        scale = _pixels_per_point()
        # Half a pixel short, so that rounding never makes a page a pixel too wide.
        width = viewport.width() - margins.left() - margins.right() - 0.5
        zoom = width / (max(size.width() for size in sizes) * scale)
        if self._fit is Fit.PAGE:
            height = viewport.height() - margins.top() - margins.bottom() - 0.5
            zoom = min(zoom, height / (max(size.height() for size in sizes) * scale))
        # A view not laid out yet may be a few pixels wide; it is fitted again when it is.
        self._set_zoom(max(zoom, 0.05))

    def _set_zoom(self, zoom: float, anchor: float = 0.0) -> None:
        spot = self._document_point(self.view.verticalScrollBar().value() + anchor)
        self.view.setZoomFactor(zoom)
        if spot is not None:
            self.view.verticalScrollBar().setValue(round(self._pixel_y(*spot) - anchor))

    @Slot(float)
    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self._percent(zoom))
        self.zoom_out_action.setEnabled(zoom > MIN_ZOOM + 1e-6)
        self.zoom_in_action.setEnabled(zoom < MAX_ZOOM - 1e-6)

    @Slot(int)
    def _show_page_number(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(page > 0)
        self.next_action.setEnabled(page < self.pdf.pageCount() - 1)

    def _show_page_count(self, pages: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setRange(min(1, pages), pages)
        self.page_box.blockSignals(False)
        self.page_total.setText(self._of_pages(pages))
        self._show_page_number(self.current_page())

    @staticmethod
    def _of_pages(pages: int) -> str:
        """Beside the page number: " of 12 "."""
        return " " + tr("of {pages}").format(pages=pages) + " "

    @staticmethod
    def _percent(zoom: float) -> str:
        return tr("{percent} %").format(percent=round(zoom * 100))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Compared as Python objects: while the pane is being deleted, asking the view
        # for its viewport would reach a C++ object that is already gone.
        if watched is self._viewport:
            if event.type() == QEvent.Type.Resize:
                self._apply_fit()
            elif (event.type() == QEvent.Type.Wheel
                  and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
                self._wheel_zoom(event.angleDelta().y(), event.position().y())
                return True
        return super().eventFilter(watched, event)

    def _wheel_zoom(self, angle: int, at: float) -> None:
        # A mouse wheel turns in steps of 120; a touchpad sends small deltas that add up.
        self._wheel_angle += angle
        steps = int(self._wheel_angle / 120)
        if steps:
            self._wheel_angle -= steps * 120
            self.zoom_by(ZOOM_STEP ** steps, anchor=at)

    # ------------------------------------------------------------ page geometry

    def _page_tops(self) -> list[int]:
        """Each page's top in the view's scrolled area, in pixels. QPdfView stacks the
        pages (each its point size times the zoom, rounded) with ``pageSpacing`` between
        them inside ``documentMargins``; at page tops its own navigation agrees."""
        scale = _pixels_per_point() * self.view.zoomFactor()
        tops, y = [], self.view.documentMargins().top()
        for page in range(self.pdf.pageCount()):
            tops.append(y)
            y += (self.pdf.pagePointSize(page) * scale).toSize().height() \
                + self.view.pageSpacing()
        return tops

    def _document_point(self, y: float) -> tuple[int, float] | None:
        """The page and the points from its top at ``y`` pixels into the scrolled area."""
        tops = self._page_tops()
        if not tops:
            return None
        page = max((p for p, top in enumerate(tops) if top <= y), default=0)
        return page, (y - tops[page]) / (_pixels_per_point() * self.view.zoomFactor())

    def _pixel_y(self, page: int, points: float) -> float:
        tops = self._page_tops()
        page = min(page, len(tops) - 1)
        return tops[page] + points * _pixels_per_point() * self.view.zoomFactor()

    # ------------------------------------------------------------ following the edit

    def _position(self, place: Place) -> PagePosition | None:
        """Where ``place`` starts in the PDF on screen; a block the PDF does not show
        (a bullet list left empty) is found at its section's start."""
        if place in self._places:
            return self._places[place]
        if place is not None and self.briefing is not None:
            found = self.briefing.find(place)
            if found is not None:
                return self._places.get(self.briefing.sections[found[0]].id)
        return None

    def _follow(self) -> None:
        """Bring the start of the user's place into view, unless it already is."""
        position = self._position(self._place)
        if position is None or position.page >= self.pdf.pageCount():
            return
        y = self._pixel_y(position.page, position.top)
        top = self.view.verticalScrollBar().value()
        if top <= y <= top + self.view.viewport().height() - PLACE_IN_VIEW:
            return
        self.view.verticalScrollBar().setValue(round(y - ABOVE_PLACE))

    # ------------------------------------------------------------ sharp pages

    def _watch_page_images(self) -> None:
        """QPdfView keeps one image per page and draws it scaled to the page's current
        size. An image asked for before a resize or a zoom, and finished after it, is
        kept as if it were current, and the page stays blurred: the first preview comes
        while the window is still being laid out (after a restore, the dialog closes
        and the window settles just then). Such an image is found when it arrives, and
        the pages are asked for again."""
        self._refresh = QTimer(self, singleShot=True, interval=0)
        self._refresh.timeout.connect(self._refresh_pages)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._settle_pages)
        self._settle_tries = 0
        self._first_new_request = 0  # requests from this id on are of the new document
        self._page_renderer = self.view.findChild(QPdfPageRenderer)
        if self._page_renderer is not None:
            self._page_renderer.pageRendered.connect(self._page_image_arrived)

    def _wanted_size(self, page: int) -> QSize:
        scale = _pixels_per_point() * self.view.zoomFactor()
        return (self.pdf.pagePointSize(page) * scale).toSize() * self.view.devicePixelRatioF()

    def _note_new_document(self) -> None:
        """The same holds for a page image of the previous render, asked for before the
        new document was loaded and finished after: it would stand for the page until
        the next zoom. The renderer works through its requests in order, so an image
        asked for now, at a size no page has, comes back after every such image, and
        its odd size asks for the pages again, from the new document.

        And again a little later, until a page image of the right size has come: a page
        asked for while the previous document's images were still arriving may never be
        drawn, and would stay blank until the next scroll (seen in about half the runs
        of the test that swaps documents under a zoom). Asking again costs one image per
        page in view. Only an image asked for after the new document was loaded counts
        as drawn (an old one can have the right size); on a loaded machine that takes
        a while, so each try waits longer than the last."""
        if self._page_renderer is not None and self.pdf.pageCount():
            marker = self._page_renderer.requestPage(0, self._wanted_size(0) + QSize(3, 3))
            self._first_new_request = marker + 1
        self._settle_tries = 0
        self._settle.start(SETTLE_MS)

    def _settle_pages(self) -> None:
        if self._settle_tries >= SETTLE_TRIES:
            return
        self._settle_tries += 1
        self._refresh_pages()
        self._settle.start(min(SETTLE_MS << self._settle_tries, SETTLE_MS_MOST))

    def _page_image_arrived(self, page: int, size: QSize, _image, _options,
                            request: int) -> None:
        if page >= self.pdf.pageCount():
            return  # a page the new document no longer has is never drawn
        wanted = self._wanted_size(page)
        if (abs(wanted.width() - size.width()) > 1
                or abs(wanted.height() - size.height()) > 1):
            self._refresh.start()
        elif request >= self._first_new_request:  # a page of the new document, drawn
            self._settle.stop()

    def _refresh_pages(self) -> None:
        # Setting the zoom is the public way to empty QPdfView's page images; setting
        # the same factor does nothing, so it is set a hair away and back.
        zoom = self.view.zoomFactor()
        self.view.setZoomFactor(zoom * (1 + 1e-9))
        self.view.setZoomFactor(zoom)

    # ------------------------------------------------------------ renders arriving

    @Slot(int, QByteArray, object)
    def _rendered(self, generation: int, data: QByteArray, places: PlaceMap | None = None) -> None:
        self._render_finished()
        if generation <= self.shown_generation:
            return  # a newer render is already on screen
        # Where the view stands, as a place in the document, so that it stands there
        # again in the new one.
        spot = self._document_point(self.view.verticalScrollBar().value())
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._places = places or {}
        self._stack.setCurrentWidget(self.view)
        self._apply_fit()
        self._note_new_document()
        if spot is not None and self.pdf.pageCount():
            self.view.verticalScrollBar().setValue(round(self._pixel_y(*spot)))
        self._follow()
        self.shown_generation = generation
        self._show_page_count(self.pdf.pageCount())
        self.pageCountChanged.emit(self.pdf.pageCount())
        self.updated.emit(generation)

    @Slot(int, str)
    def _failed(self, generation: int, message: str) -> None:
        self._render_finished()
        self.message.setText(tr("The preview cannot be drawn: {reason}").format(
            reason=message))
        self._stack.setCurrentWidget(self.message)

    def _render_finished(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self.render_now()


def _pixels_per_point() -> float:
    # QPdfView's own scale at zoom 1: the primary screen's logical resolution.
    return QGuiApplication.primaryScreen().logicalDotsPerInch() / 72
