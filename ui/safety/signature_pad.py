"""A signature pad: the client signs with the mouse, a pen or a finger; kept as a PNG.

Pens and touch screens reach the widget as mouse events (Qt synthesises them), so one
set of handlers serves them all. Strokes are kept as point lists in the pad's own
coordinates and drawn again, black on white, into the exported image.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from logger_app.i18n import translate

from ..common.theme import color

PAD_SIZE = QSize(520, 170)
MIN_INK_LENGTH = 12.0  # px of stroke: less is a slip, not a signature


class SignaturePad(QWidget):
    """Draw with the left button held down. ``changed`` after each stroke and clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setFixedSize(PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(translate("SignaturePad", "Signature pad"))
        self.setToolTip(translate("SignaturePad", "Sign here with the mouse, a pen or a finger"))
        self._strokes: list[list[QPointF]] = []
        self._drawing = False

    # Drawing
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drawing = True
            self._strokes.append([event.position()])
            self.update()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.buttons() & Qt.MouseButton.LeftButton:
            self._strokes[-1].append(event.position())
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drawing and event.button() == Qt.MouseButton.LeftButton:
            self._drawing = False
            self._strokes[-1].append(event.position())
            self.update()
            self.changed.emit()
        event.accept()

    def clear(self) -> None:
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def ink_length(self) -> float:
        total = 0.0
        for stroke in self._strokes:
            for before, after in pairwise(stroke):
                total += (after - before).manhattanLength()
        return total

    def is_empty(self) -> bool:
        return self.ink_length() < MIN_INK_LENGTH

    # Painting and export
    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(color("ink"), 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            if len(stroke) == 1:
                painter.drawPoint(stroke[0])
                continue
            path = QPainterPath(stroke[0])
            for point in stroke[1:]:
                path.lineTo(point)
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), color("paper"))
        # The line to sign on, and a frame: drawn on screen only, not exported.
        painter.setPen(QPen(color("paper_rule"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() - 38
        painter.setPen(QPen(color("paper_hint"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.setPen(color("paper_hint"))
        painter.drawText(24, baseline + 18, translate("SignaturePad", "Sign above the line"))
        self._paint_strokes(painter)
        painter.end()

    def to_image(self) -> QImage:
        image = QImage(self.size(), QImage.Format.Format_RGB32)
        image.fill(color("paper"))
        painter = QPainter(image)
        self._paint_strokes(painter)
        painter.end()
        return image

    def to_png(self) -> bytes | None:
        """The signature as PNG bytes; None when nothing (or only a slip) was drawn."""
        if self.is_empty():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
