"""Figures in the app: the figure editor (a thumbnail, the caption, the alt text and the
width), and the ways an image comes in: a file chosen in a dialog, a file dropped on the
editor, or an image on the clipboard. Every image is checked by ``media`` before it is
taken; one that is refused is named in a dialog with the reason, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, QMimeData, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import ImageError
from ..media import PNG, SUFFIXES, SVG, ImageProblem, checked, read_image
from ..model import Figure, Media
from .document import Document, TextTarget
from .error_dialog import show_error
from .fields import BoundLineEdit, image_files
from .i18n import tr

THUMBNAIL_LINES = 8  # the picture's longer side, in lines of the interface's text
# Translated where they are shown.
CANNOT_ADD = QT_TRANSLATE_NOOP("", "Cannot add the image")
IMAGE_PATTERNS = " ".join(f"*{suffix}" for suffix in SUFFIXES)
NO_ALT_WARNING = QT_TRANSLATE_NOOP("", "No alt text: a reader who cannot see the picture "
                                       "learns nothing from it. Say what it shows.")


def thumbnail(media: Media, side: int) -> QPixmap:
    """The image scaled to fit ``side`` pixels, its shape kept."""
    if media.is_vector:
        renderer = QSvgRenderer(QByteArray(media.data))
        size = renderer.defaultSize()
        size.scale(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return QPixmap.fromImage(image)
    image = QImage.fromData(media.data)
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))


def read_image_file(path: Path, parent: QWidget) -> Media | None:
    """The image in ``path``, or None after a dialog that says why it cannot be taken."""
    try:
        return read_image(path)
    except ImageProblem as problem:
        show_error(parent, tr(CANNOT_ADD), ImageError(path, str(problem)))
    except OSError as error:
        show_error(parent, tr(CANNOT_ADD), ImageError(
            path, tr("cannot read: {reason}").format(reason=error.strerror or error)))
    return None


def choose_image(parent: QWidget, folder: str = "") -> Media | None:
    """An image file the user picks in a file dialog, checked; None when cancelled or
    refused (after a dialog)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Add figure"), folder, tr("Images ({patterns})").format(patterns=IMAGE_PATTERNS))
    return read_image_file(Path(name), parent) if name else None


def clipboard_image(data: QMimeData | None, parent: QWidget) -> Media | None:
    """The image on the clipboard: an SVG as itself, a picture (copied from a browser
    or an image editor) as a PNG, or an image file copied in a file manager."""
    if data is None:
        return None
    try:
        if data.hasFormat(SVG):
            return checked(bytes(data.data(SVG)), SVG, decode=True)
        if data.hasImage():
            image = QImage(data.imageData())
            buffer = QBuffer()
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buffer, "PNG")
            return checked(bytes(buffer.data()), PNG, decode=True)
    except ImageProblem as problem:
        show_error(parent, tr(CANNOT_ADD),
                   ImageError(tr("the image on the clipboard"), str(problem)))
        return None
    files = image_files(data)
    return read_image_file(files[0], parent) if files else None


class FigureEditor(QWidget):
    """A figure: its picture small, its caption, its alt text (marked when missing) and
    its width as a share of the text's width."""

    def __init__(self, document: Document, block: str) -> None:
        super().__init__()
        self.document, self.block = document, block
        self.picture = QLabel()
        self.picture.setAccessibleName("Figure image")
        # As big as the desktop's text is: larger with a large-print theme.
        self.side = self.fontMetrics().height() * THUMBNAIL_LINES
        self.picture.setFixedSize(self.side, self.side)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = BoundLineEdit(document, TextTarget("caption", block=block),
                                     "Figure caption")
        self.caption.setPlaceholderText(tr("Printed below the figure, numbered: Figure 1: ..."))
        self.alt = BoundLineEdit(document, TextTarget("alt", block=block), "Alt text")
        self.alt.setPlaceholderText(tr("What the picture shows, for those who cannot see it"))
        self.alt.textChanged.connect(self._show_alt_warning)
        self.warning = QLabel(tr(NO_ALT_WARNING))
        self.warning.setWordWrap(True)
        bold = self.warning.font()
        bold.setBold(True)  # in the theme's own colour, which a high-contrast theme sets
        self.warning.setFont(bold)
        self.warning.setAccessibleName("Alt text missing")
        self.width_box = QSpinBox()
        self.width_box.setRange(10, 100)
        self.width_box.setSingleStep(10)
        # The number inside a sentence: what goes before it is the prefix, what follows
        # the suffix (" % of the text width"; Turkish puts "%" before the number).
        prefix, _, suffix = tr("{percent} % of the text width").partition("{percent}")
        self.width_box.setPrefix(prefix)
        self.width_box.setSuffix(suffix)
        self.width_box.setAccessibleName("Figure width")
        self.width_box.setKeyboardTracking(False)  # typed digits count once, on Enter
        self.width_box.valueChanged.connect(self._width_chosen)
        self.replace = QPushButton(tr("Replace image..."))
        self.replace.setAccessibleName("Replace image")
        self.replace.clicked.connect(self._replace_image)
        self.form = form = QFormLayout()
        for text, field in ((tr("&Caption"), self.caption), (tr("&Alt text"), self.alt),
                            ("", self.warning), (tr("&Width"), self.width_box)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.replace)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(self.picture)
        column.addStretch(1)
        layout.addLayout(column)
        layout.addLayout(form, 1)
        self._shown_media = ""
        self.refresh()

    @property
    def figure(self) -> Figure:
        return self.document.block(self.block)

    def focus_chain(self) -> list[QWidget]:
        return [self.caption, self.alt, self.width_box, self.replace]

    def refresh(self) -> None:
        if not self.document.has(self.block):
            return
        figure = self.figure
        self.caption.refresh()
        self.alt.refresh()
        if figure.media != self._shown_media:
            self.picture.setPixmap(thumbnail(self.document.media(figure.media), self.side))
            self._shown_media = figure.media
        self.width_box.blockSignals(True)  # showing the model's value is no edit
        self.width_box.setValue(round(figure.width * 100))
        self.width_box.blockSignals(False)
        self._show_alt_warning()

    def _show_alt_warning(self) -> None:
        alt = self.alt.text().strip()
        self.form.setRowVisible(self.warning, not alt)
        # The picture, as a screen reader or a tooltip tells it: by its alt text.
        self.picture.setAccessibleDescription(alt or tr("No alt text"))
        self.picture.setToolTip(alt or tr(NO_ALT_WARNING))

    def _width_chosen(self, percent: int) -> None:
        self.document.set_figure_width(self.block, percent / 100)

    def _replace_image(self) -> None:
        media = choose_image(self)
        if media is not None:
            self.document.replace_figure_image(self.block, media)
