"""Painting the zones: a view into a rectangle, treated zones filled by depth; and the
small map (an image) of a session's or a client's zones, from the same shapes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from logger_app.i18n import translatable
from logger_app.vocabulary import Area

from .theme import color
from .zone_shapes import (
    VIEW_HEIGHT,
    VIEW_WIDTH,
    areas_of,
    details,
    labels,
    silhouette,
    view_transform,
    views_for,
    zone_at,
    zone_of,
    zones,
)

# Depth bands of the fill colours: (upper bound in mm or None, legend text, theme role);
# the text is said through ``translate("DepthLegend", text)``.
DEPTH_BANDS: tuple[tuple[float | None, str, str], ...] = (
    (0.5, translatable("DepthLegend", "up to 0.5 mm"), "depth_1"),
    (1.0, translatable("DepthLegend", "0.5–1.0 mm"), "depth_2"),
    (1.5, translatable("DepthLegend", "1.0–1.5 mm"), "depth_3"),
    (None, translatable("DepthLegend", "over 1.5 mm"), "depth_4"),
)


def depth_role(depth_mm: float) -> str:
    for upper, _text, role in DEPTH_BANDS:
        if upper is None or depth_mm <= upper + 1e-9:
            return role
    raise AssertionError("the last band has no upper bound")


def depth_color(depth_mm: float) -> QColor:
    """The fill of a zone treated at ``depth_mm`` in the theme in use."""
    return color(depth_role(depth_mm))


def paint_view(
    painter: QPainter,
    view: str,
    rect: QRectF,
    depths: Mapping[Area, float],
    hovered: Area | None = None,
    focused: Area | None = None,
    show_labels: bool = True,
) -> None:
    """Draw ``view`` into ``rect``: treated zones filled by depth, the others plain."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    transform = view_transform(rect)
    scale = transform.m11()
    painter.setTransform(transform, True)
    thin = 1.0 / scale  # one device pixel, whatever the size
    painter.setPen(QPen(color("border_strong"), thin))
    painter.setBrush(color("silhouette"))
    painter.drawPath(silhouette(view))
    for zone in zones(view):
        treated = zone.area in depths
        fill = depth_color(depths[zone.area]) if treated else color("zone_idle")
        outline = color("text_strong") if treated else color("border_strong")
        painter.setPen(QPen(outline, thin * (1.6 if treated else 1.0)))
        painter.setBrush(fill)
        painter.drawPath(zone.path)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(color("text_muted"), thin * 1.2))
    painter.drawPath(details(view))
    if hovered is not None and hovered in areas_of(view):
        painter.setPen(QPen(color("accent_hover"), thin * 2.5))
        painter.drawPath(zone_of(hovered).path)
    if focused is not None and focused in areas_of(view):
        pen = QPen(color("accent"), thin * 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawPath(zone_of(focused).path)
    if show_labels:
        font = QFont(painter.font())
        font.setPixelSize(max(9, round(10 / scale)))  # 10 pixels at least, on any size
        painter.setFont(font)
        for box, text, align in labels(view, short=scale < 0.8):
            # A label on a treated zone (the scar badge) contrasts with its fill.
            under = zone_at(view, box.center())
            fill = depth_color(depths[under]) if under in depths else None
            ink = "text_muted" if fill is None else "ink" if fill.lightnessF() > 0.55 else "paper"
            painter.setPen(color(ink))
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), text)
    painter.restore()


def render_map(
    depths: Mapping[Area, float],
    height: int = 170,
    scale: float = 2.0,
    views: tuple[str, ...] | None = None,
) -> QImage:
    """A small map of treated zones coloured by depth: the views that hold them, side by
    side, ``height`` logical pixels high, rendered at ``scale`` for sharp text and lines."""
    views = views or views_for(depths)
    view_width = height * VIEW_WIDTH / VIEW_HEIGHT
    size = QSizeF(view_width * len(views) + 8 * (len(views) - 1), height)
    image = QImage(
        int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32
    )
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    for index, view in enumerate(views):
        rect = QRectF(index * (view_width + 8), 0, view_width, height)
        paint_view(painter, view, rect, depths)
    painter.end()
    return image


def map_point(depths_view: str, point: QPointF, height: int, views: tuple[str, ...]) -> QPointF:
    """Where a model ``point`` of ``depths_view`` lands in a ``render_map`` image (logical
    pixels): for tests and for tooltips over a rendered map."""
    view_width = height * VIEW_WIDTH / VIEW_HEIGHT
    index = views.index(depths_view)
    rect = QRectF(index * (view_width + 8), 0, view_width, height)
    return view_transform(rect).map(point)
