"""File ▸ Print: the PDF the preview shows, sent to a printer page by page.

Qt cannot hand a PDF to a printer, so each page is rasterised by QPdfDocument at the
printer's resolution and painted onto the printer's paper: the printout is the
preview's PDF, whatever printer (or PDF file) Qt drives.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ..errors import BriefingError
from ..inline import plain_text
from ..model import Briefing
from ..options import ExportOptions
from ..plan import make_plan
from .i18n import tr

# Beyond this a printout looks no sharper, but each page costs four times the memory and
# time: Qt's PDF and CUPS engines report 1200 dpi.
MAX_DPI = 600
# A page is rasterised in bands of this many pixel rows, so that an A4 page at 600 dpi
# never needs one 140 MB image.
BAND_ROWS = 1024


class PrintError(Exception):
    """A printout that cannot be made, told in one line the user can act on."""


def briefing_pdf(briefing: Briefing, options: ExportOptions) -> bytes:
    """The PDF the preview shows and Export PDF writes, in memory."""
    from ..exporters.pdf import render_pdf  # reportlab loads here, as for the preview

    buffer = io.BytesIO()
    render_pdf(make_plan(briefing, options), buffer, options.style)
    return buffer.getvalue()


class PrintablePdf:
    """A PDF opened for printing; it keeps the buffer QPdfDocument reads from alive."""

    def __init__(self, pdf: bytes) -> None:
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise PrintError(tr("the PDF cannot be read ({error})").format(
                error=self.document.error().name))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, page: int) -> QPageSize:
        """The page's paper (A4, Letter ...), which the print dialog starts from."""
        return QPageSize(self.document.pagePointSize(page), QPageSize.Unit.Point)

    def print_to(self, printer: QPrinter) -> int:
        """Print the pages the printer's page range asks for; returns how many. The
        printer's driver makes the copies."""
        pages = pages_to_print(printer, self.page_count)
        if not pages:
            raise PrintError(tr("the chosen pages are not in this briefing of {count} "
                                "pages").format(count=self.page_count))
        if not printer.isValid():
            raise PrintError(tr("no printer is available"))
        if printer.resolution() > MAX_DPI:
            printer.setResolution(MAX_DPI)  # a request: some drivers keep their own
        printer.setFullPage(True)  # the PDF has its own margins: map it onto the whole sheet
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(_cannot_open(printer))
        try:
            for count, page in enumerate(pages):
                if count and not printer.newPage():
                    raise PrintError(tr("page {page} cannot be sent to the printer").format(
                        page=page + 1))
                self._paint_page(painter, printer, page)
        except BaseException:
            printer.abort()  # no half printout
            raise
        finally:
            painter.end()
        return len(pages)

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        target = fit(self.document.pagePointSize(page), paper)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(target.size())
        for top in range(0, target.height(), BAND_ROWS):
            rows = min(BAND_ROWS, target.height() - top)
            options.setScaledClipRect(QRect(0, top, target.width(), rows))
            band = self.document.render(page, QSize(target.width(), rows), options)
            if band.isNull():
                raise PrintError(tr("page {page} cannot be drawn").format(page=page + 1))
            painter.drawImage(target.left(), target.top() + top, on_white(band))


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print ``pdf`` on a printer already set up (by the print dialog, or a test)."""
    return PrintablePdf(pdf).print_to(printer)


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (from 0) the printer's range selects, in the order asked for."""
    ranges = printer.pageRanges()
    if printer.printRange() == QPrinter.PrintRange.PageRange and not ranges.isEmpty():
        pages = [page for page in range(page_count) if ranges.contains(page + 1)]
    else:
        pages = list(range(page_count))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def fit(page_points: QSizeF, paper: QRect) -> QRect:
    """The page scaled to the paper, keeping its shape, centred: a Letter briefing on A4
    paper, or the reverse, prints whole."""
    scale = min(paper.width() / page_points.width(), paper.height() / page_points.height())
    size = QSize(round(page_points.width() * scale), round(page_points.height() * scale))
    target = QRect(paper.topLeft(), size)
    target.moveCenter(paper.center())
    return target


def on_white(band: QImage) -> QImage:
    """The band over white paper. PDFium leaves the page transparent, and an image with
    an alpha channel makes every printed page carry a soft mask as large as itself."""
    opaque = QImage(band.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, band)
    painter.end()
    return opaque


def _cannot_open(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        if printer.outputFileName():
            return tr("{file} cannot be written").format(file=printer.outputFileName())
        return tr("the PDF file cannot be written")
    return tr("the printer {name} cannot be used").format(name=printer.printerName())


def print_briefing(parent: QWidget | None, briefing: Briefing, options: ExportOptions) -> bool:
    """Ask for a printer, pages and copies, and print the briefing as the preview shows
    it. False when the user cancels or the printout fails; a failure is told in a dialog."""
    try:
        pdf = PrintablePdf(briefing_pdf(briefing, options))
    except Exception as error:
        return _tell(parent, error)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(plain_text(briefing.display_title()) or tr("Briefing"))
    printer.setPageSize(pdf.page_size(0))
    # Qt's dialog offers printing to a file, a page range and collated copies by default.
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, pdf.page_count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        with _busy_cursor():
            pdf.print_to(printer)
    except Exception as error:
        return _tell(parent, error)
    return True


@contextmanager
def _busy_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def _tell(parent: QWidget | None, error: Exception) -> bool:
    """Show the failure in one line; a failure we did not foresee is logged in full."""
    if not isinstance(error, PrintError | BriefingError):
        logging.getLogger("briefing_studio").exception("Printing failed", exc_info=error)
    lines = str(error).strip().splitlines()
    reason = lines[0] if lines else type(error).__name__
    QMessageBox.critical(parent, tr("Cannot print"),
                         tr("The briefing cannot be printed: {reason}").format(reason=reason))
    return False
