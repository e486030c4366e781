"""The thumbnail beside each file of the photo import list: a placeholder while the
file is decoded off the GUI thread, the picture once it is, a broken-file mark when it
cannot be read (the row says why)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from ..common.theme import color

ICON_EDGE = 56
# Made at twice the drawn size: sharp on a high-density screen too.
THUMBNAIL_EDGE = 2 * ICON_EDGE


def icon_size() -> QSize:
    return QSize(ICON_EDGE, ICON_EDGE)


def _tile() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(THUMBNAIL_EDGE, THUMBNAIL_EDGE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color("border_strong"), 2))
    painter.setBrush(color("alternate_base"))
    painter.drawRoundedRect(QRectF(2, 2, THUMBNAIL_EDGE - 4, THUMBNAIL_EDGE - 4), 8, 8)
    return pixmap, painter


def loading_icon() -> QIcon:
    """Three dots on a tile: the picture is being read."""
    pixmap, painter = _tile()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color("text_faint"))
    middle = THUMBNAIL_EDGE / 2
    for offset in (-20, 0, 20):
        painter.drawEllipse(QRectF(middle + offset - 5, middle - 5, 10, 10))
    painter.end()
    return QIcon(pixmap)


def broken_icon() -> QIcon:
    """A crossed tile: the file cannot be read as a photo and will be refused."""
    pixmap, painter = _tile()
    pen = QPen(color("danger"), 6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    low, high = THUMBNAIL_EDGE * 0.32, THUMBNAIL_EDGE * 0.68
    painter.drawLine(int(low), int(low), int(high), int(high))
    painter.drawLine(int(high), int(low), int(low), int(high))
    painter.end()
    return QIcon(pixmap)


def picture_icon(thumbnail: QImage) -> QIcon:
    """The file's thumbnail (made in the worker) centred on a square, so rows line up."""
    pixmap = QPixmap(THUMBNAIL_EDGE, THUMBNAIL_EDGE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.drawImage(
        (THUMBNAIL_EDGE - thumbnail.width()) // 2,
        (THUMBNAIL_EDGE - thumbnail.height()) // 2,
        thumbnail,
    )
    painter.end()
    return QIcon(pixmap)


def centre_in_row(widget: QWidget, row_height: int) -> None:
    """Keep a cell's widget (a choice box) its own height, centred in a row made tall
    by the thumbnail, instead of stretched to the row's height."""
    spare = max(0, row_height - widget.sizeHint().height())
    widget.setStyleSheet(f"margin-top: {spare // 2}px; margin-bottom: {spare - spare // 2}px;")
