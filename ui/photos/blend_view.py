"""Two photos in one frame: one over the other with an opacity, or split by a line.

Both are drawn into the same fitted rectangle (the first photo's proportions), so the
same framing lines up — what a practitioner needs to see change between sessions, and
to match the framing of a new photo to an earlier one (the "ghost").
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common.theme import color


class BlendMode(Enum):
    OVERLAY = "overlay"
    SPLIT = "split"


class BlendView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blendView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 180)
        self._base: QImage | None = None
        self._top: QImage | None = None
        self.mode = BlendMode.OVERLAY
        self.opacity = 0.5  # of the top image, in overlay mode
        self.split = 0.5  # fraction of the width showing the base image, in split mode

    def set_images(self, base: QImage | None, top: QImage | None) -> None:
        self._base, self._top = base, top
        self.update()

    def set_mode(self, mode: BlendMode) -> None:
        self.mode = mode
        self.update()

    def set_opacity(self, opacity: float) -> None:
        self.opacity = max(0.0, min(1.0, opacity))
        self.update()

    def set_split(self, split: float) -> None:
        self.split = max(0.0, min(1.0, split))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def image_rect(self) -> QRectF:
        """Where the photos are drawn: the base photo's shape, fitted and centred."""
        reference = self._base or self._top
        area = QRectF(self.rect())
        if reference is None or reference.isNull():
            return area
        scale = min(area.width() / reference.width(), area.height() / reference.height())
        width, height = reference.width() * scale, reference.height() * scale
        return QRectF(
            area.x() + (area.width() - width) / 2,
            area.y() + (area.height() - height) / 2,
            width,
            height,
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), color("photo_backdrop"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = self.image_rect()
        if self._base is not None and not self._base.isNull():
            painter.drawImage(target, self._base)
        if self._top is not None and not self._top.isNull():
            if self.mode is BlendMode.OVERLAY:
                painter.setOpacity(self.opacity)
                painter.drawImage(target, self._top)
                painter.setOpacity(1.0)
            else:
                x = target.x() + target.width() * self.split
                painter.save()
                painter.setClipRect(QRectF(x, target.y(), target.right() - x, target.height()))
                painter.drawImage(target, self._top)
                painter.restore()
                painter.setPen(QPen(color("photo_divider"), 2))
                painter.drawLine(int(x), int(target.top()), int(x), int(target.bottom()))
        painter.end()

    def mousePressEvent(self, event) -> None:
        self._drag_split(event)

    def mouseMoveEvent(self, event) -> None:
        self._drag_split(event)

    def _drag_split(self, event) -> None:
        if self.mode is BlendMode.SPLIT and event.buttons() & Qt.MouseButton.LeftButton:
            target = self.image_rect()
            if target.width() > 0:
                self.set_split((event.position().x() - target.x()) / target.width())
