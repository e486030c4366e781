"""A painted face and body view: the session form's chart (zones clicked and reached by
keys) and the maps of trends (tooltips only), with the legend of depth colours.

The canvas takes focus as one stop in the Tab order (as a list or a radio group does):
the arrow keys move between its zones, Home/End go to the first and last, Space or
Enter toggles the focused one, Page Down/Up switch views. Its accessible name follows
the focused zone and says whether it is treated; to screen readers each zone is also a
check box of its own (``zone_accessibility``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QToolTip, QWidget

from logger_app.i18n import translate
from logger_app.text import depth_text
from logger_app.vocabulary import Area

from . import zone_accessibility
from .display import plain_label
from .theme import color
from .zone_paint import DEPTH_BANDS, paint_view
from .zone_shapes import (
    VIEW_HEIGHT,
    VIEW_WIDTH,
    view_of,
    view_transform,
    zone_at,
    zone_of,
    zone_text,
    zones,
)

_GAP = 8  # between two views side by side
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_KEYS_TOGGLE = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select)
_DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class ZoneCanvas(QWidget):
    """One or more views side by side, zones filled by depth. ``interactive``: zones
    are clicked and reached by keys (``toggled``); otherwise a map with tooltips."""

    toggled = Signal(object)  # the Area clicked, or toggled with Space/Enter
    pointing = Signal()  # the zone under the pointer or in focus changed
    page_requested = Signal(int)  # Page Down (1) or Page Up (-1): the next or previous view
    letter_pressed = Signal(str)  # a letter key, for what the chart around does with it

    def __init__(
        self, views: tuple[str, ...] = ("face",), interactive: bool = True, name: str = ""
    ) -> None:
        super().__init__()
        zone_accessibility.install()  # each zone a check box for screen readers
        self._views = views
        self._interactive = interactive
        self._name = name or translate("ZoneCanvas", "Area chart")
        self.depths: dict[Area, float] = {}
        self.hovered: Area | None = None
        self.focused: Area | None = None
        # What a zone's tooltip says (a map of trends says more than the chart).
        self.describe: Callable[[Area], str] = lambda area: zone_text(area, self.depths.get(area))
        self.setMouseTracking(True)
        self.setMinimumSize(self._size_for(150))
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setAccessibleDescription(
                translate(
                    "ZoneCanvas",
                    "Arrow keys move between the zones; Space or Enter adds or removes the "
                    "area; Page Down shows the body, Page Up the face. The face is seen from "
                    "the front: the client's left is on the right.",
                )
            )
        self._update_accessible()

    # What is shown
    @property
    def views(self) -> tuple[str, ...]:
        return self._views

    def set_views(self, views: tuple[str, ...]) -> None:
        self._views = views
        if self.focused is not None and view_of(self.focused) not in views:
            self.focused = self.zone_areas()[0] if self.hasFocus() else None
        self.setMinimumSize(self._size_for(150))
        self.updateGeometry()
        self._update_accessible()
        self.update()

    def set_depths(self, depths: Mapping[Area, float]) -> None:
        self.depths = dict(depths)
        self._update_accessible()
        self.update()

    def _size_for(self, height: int) -> QSize:
        views = len(self._views)
        width = height * VIEW_WIDTH / VIEW_HEIGHT * views + _GAP * (views - 1)
        return QSize(int(width), height)

    def sizeHint(self) -> QSize:
        return self._size_for(250)

    def _rects(self) -> list[tuple[str, QRectF]]:
        count = len(self._views)
        width = (self.width() - _GAP * (count - 1)) / count
        return [
            (view, QRectF(index * (width + _GAP), 0, width, self.height()))
            for index, view in enumerate(self._views)
        ]

    # Geometry between the widget and the shapes
    def zone_at(self, pos: QPointF | QPoint) -> Area | None:
        point = QPointF(pos)
        for view, rect in self._rects():
            if rect.contains(point):
                inverse, _ok = view_transform(rect).inverted()
                return zone_at(view, inverse.map(point))
        return None

    def centre_of(self, area: Area) -> QPoint:
        """The zone's centre in widget pixels (where a click lands on it)."""
        zone = zone_of(area)
        for view, rect in self._rects():
            if view == zone.view:
                return view_transform(rect).map(zone.anchor).toPoint()
        raise ValueError(f"{area.label} is not on this chart's view")

    def pointed(self) -> Area | None:
        """The zone under the pointer, else the one in focus."""
        return self.hovered or (self.focused if self.hasFocus() else None)

    def zone_areas(self) -> list[Area]:
        """The zones on show, in order (the order of the keys and of screen readers)."""
        return [zone.area for view in self._views for zone in zones(view)]

    def zone_rect(self, area: Area) -> QRect:
        """The zone's bounding box in widget pixels."""
        zone = zone_of(area)
        for view, rect in self._rects():
            if view == zone.view:
                return view_transform(rect).mapRect(zone.path.boundingRect()).toAlignedRect()
        return QRect()

    # Painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        focused = self.focused if self.hasFocus() else None
        for view, rect in self._rects():
            paint_view(painter, view, rect, self.depths, self.hovered, focused)
        painter.end()

    # The mouse
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        area = self.zone_at(event.position())
        if area != self.hovered:
            self.hovered = area
            self.update()
            self.pointing.emit()
        if self._interactive:
            cursor = Qt.CursorShape.PointingHandCursor if area else Qt.CursorShape.ArrowCursor
            self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered = None
        self.update()
        self.pointing.emit()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        area = self.zone_at(event.position()) if self._interactive else None
        if area is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._focus_zone(area)
        self.toggled.emit(area)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            area = self.zone_at(event.pos())
            if area is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.describe(area), self)
            return True
        return super().event(event)

    # The keyboard
    def focusInEvent(self, event: QFocusEvent) -> None:
        areas = self.zone_areas()
        if self.focused not in areas and areas:
            backwards = event.reason() == Qt.FocusReason.BacktabFocusReason
            self.focused = areas[-1] if backwards else areas[0]
        self._update_accessible(focus=True)
        self.update()
        self.pointing.emit()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        self.pointing.emit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        areas = self.zone_areas()
        if not self._interactive or not areas:
            return super().keyPressEvent(event)
        if key in _KEYS_TOGGLE and self.focused is not None:
            self.toggled.emit(self.focused)
        elif key in _DIRECTIONS:
            self._focus_zone(self._neighbour(*_DIRECTIONS[key]))
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self.page_requested.emit(1 if key == Qt.Key.Key_PageDown else -1)
        elif key == Qt.Key.Key_Home:
            self._focus_zone(areas[0])
        elif key == Qt.Key.Key_End:
            self._focus_zone(areas[-1])
        elif event.text().isalpha() and not event.modifiers() & ~_SHIFT:
            self.letter_pressed.emit(event.text())  # the chart's sets (F, C, N)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def _neighbour(self, dx: int, dy: int) -> Area | None:
        """The nearest zone from the focused one in a direction: distance along it, and
        three times as much across it, so "down" from an eye goes to the cheek below."""
        if self.focused is None:
            return self.zone_areas()[0]
        here = QPointF(self.centre_of(self.focused))
        best: tuple[float, Area] | None = None
        for area in self.zone_areas():
            there = QPointF(self.centre_of(area)) - here
            along = there.x() * dx + there.y() * dy
            across = abs(there.x() * dy) + abs(there.y() * dx)
            if area == self.focused or along <= 1:
                continue
            score = along + 3 * across
            if best is None or score < best[0]:
                best = (score, area)
        return best[1] if best else self.focused

    def _focus_zone(self, area: Area | None) -> None:
        if area is None:
            return
        self.focused = area
        self._update_accessible(focus=True)
        self.update()
        self.pointing.emit()

    def _update_accessible(self, focus: bool = False) -> None:
        if self.focused is None or not self._interactive:
            treated = ", ".join(
                f"{a.label} {depth_text(self.depths[a])}"
                for a in self.zone_areas()
                if a in self.depths
            )
            self.setAccessibleName(
                f"{self._name}: {treated or translate('ZoneCanvas', 'no area treated')}"
            )
        else:
            state = (
                translate("ZoneCanvas", "treated")
                if self.focused in self.depths
                else translate("ZoneCanvas", "not treated")
            )
            depth = self.depths.get(self.focused)
            self.setAccessibleName(f"{self._name}: {zone_text(self.focused, depth)}; {state}")
        if focus and self.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
            interface = QAccessible.queryAccessibleInterface(self)
            zone = interface.focusChild() if interface is not None else None
            if zone is not None:  # the zone itself, for readers that follow focus
                QAccessible.updateAccessibility(QAccessibleEvent(zone, QAccessible.Event.Focus))


class DepthLegend(QWidget):
    """The fill colours of the depth bands, one swatch and its text each."""

    def __init__(self, columns: int = 1) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.swatches: list[_Swatch] = []
        for index, (_upper, text, role) in enumerate(DEPTH_BANDS):
            swatch = _Swatch(role)
            self.swatches.append(swatch)
            cell = QHBoxLayout()
            cell.setSpacing(5)
            cell.addWidget(swatch)
            cell.addWidget(plain_label(translate("DepthLegend", text), objectName="legendText"))
            cell.addStretch(1)
            grid.addLayout(cell, index // columns, index % columns)
        self.setAccessibleName(
            translate("DepthLegend", "Depth colours: {bands}").format(
                bands="; ".join(translate("DepthLegend", text) for _u, text, _r in DEPTH_BANDS)
            )
        )


class _Swatch(QWidget):
    def __init__(self, role: str) -> None:
        super().__init__()
        self.role = role
        self.setFixedSize(14, 14)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(color("text_strong"))
        painter.setBrush(color(self.role))
        painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3)
        painter.end()
