"""The chart's zones for screen readers: the canvas is a group of check boxes, one per
zone on show, each named by its area, checked when the area is in the list, with the
usual depth range (and the depth used) as its description."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from logger_app.vocabulary import Area

from .zone_shapes import zone_text

if TYPE_CHECKING:
    from .zone_canvas import ZoneCanvas

_installed = False


def install() -> None:
    """Have Qt ask this module for a zone canvas's accessible interface (once)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def _factory(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    from .zone_canvas import ZoneCanvas

    if isinstance(target, ZoneCanvas):
        return CanvasAccessible(target)
    return None


class CanvasAccessible(QAccessibleWidget):
    def __init__(self, canvas: ZoneCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.Grouping)
        self._canvas = canvas
        self._zones: dict[Area, ZoneAccessible] = {}  # kept: Qt holds them by pointer

    def _areas(self) -> list[Area]:
        return self._canvas.zone_areas()

    def childCount(self) -> int:
        return len(self._areas())

    def child(self, index: int) -> QAccessibleInterface | None:
        areas = self._areas()
        if not 0 <= index < len(areas):
            return None
        area = areas[index]
        if area not in self._zones:
            self._zones[area] = ZoneAccessible(self, self._canvas, area)
        return self._zones[area]

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        areas = self._areas()
        for area, zone in self._zones.items():
            if zone is child and area in areas:
                return areas.index(area)
        return -1

    def focusChild(self) -> QAccessibleInterface | None:
        canvas = self._canvas
        if canvas.hasFocus() and canvas.focused in self._areas():
            return self.child(self._areas().index(canvas.focused))
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        area = self._canvas.zone_at(self._canvas.mapFromGlobal(QRect(x, y, 1, 1).topLeft()))
        return self.child(self._areas().index(area)) if area in self._areas() else None


class ZoneAccessible(QAccessibleInterface):
    def __init__(self, parent: CanvasAccessible, canvas: ZoneCanvas, area: Area) -> None:
        super().__init__()
        self._parent = parent
        self._canvas = canvas
        self.area = area

    def isValid(self) -> bool:
        return self.area in self._canvas.zone_areas()

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self._canvas.window().windowHandle()

    def parent(self) -> QAccessibleInterface:
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.area.label
        if kind == QAccessible.Text.Description:
            return zone_text(self.area, self._canvas.depths.get(self.area))
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # the zones' names are the vocabulary's

    def rect(self) -> QRect:
        local = self._canvas.zone_rect(self.area)
        return QRect(self._canvas.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.CheckBox

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.checkable = True
        state.checked = self.area in self._canvas.depths
        state.focused = self._canvas.hasFocus() and self._canvas.focused == self.area
        return state
