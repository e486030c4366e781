"""The face and body chart's geometry: one ``QPainterPath`` per treatment area, drawn
from scratch, shared by the session form's chart and the small maps (``zone_paint``).

Two views, each in its own model space of ``VIEW_WIDTH`` × ``VIEW_HEIGHT`` units:
"face" (face, neck and décolletage, seen from the front) and "body" (a front and a
back figure, and a scar-site badge). The face is drawn as the practitioner sees the
client across the couch: the client's left cheek is on the viewer's right, and the
chart says so ("Client's right" / "Client's left")."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QPainterPath,
    QPolygonF,
    QTransform,
)

from logger_app.i18n import translatable, translate
from logger_app.text import depth_text, range_text
from logger_app.vocabulary import USUAL_DEPTH_MM, Area

VIEW_WIDTH, VIEW_HEIGHT = 200.0, 260.0
VIEWS = ("face", "body")


class _ViewLabels(Mapping[str, str]):
    """A view's name ("Face", "Body") in the window's language when it is read."""

    def __init__(self) -> None:
        self._english = {
            "face": translatable("ZoneShapes", "Face"),
            "body": translatable("ZoneShapes", "Body"),
        }

    def __getitem__(self, view: str) -> str:
        return translate("ZoneShapes", self._english[view])

    def __iter__(self) -> Iterator[str]:
        return iter(self._english)

    def __len__(self) -> int:
        return len(self._english)


VIEW_LABELS: Mapping[str, str] = _ViewLabels()


@dataclass(frozen=True)
class Zone:
    area: Area
    view: str
    path: QPainterPath  # in the view's model space
    anchor: QPointF  # a point well inside the zone: its centre for clicks and keys


def usual_range(area: Area) -> str:
    """e.g. "0.5–1.5 mm"."""
    return range_text(*USUAL_DEPTH_MM[area])


def zone_text(area: Area, depth_mm: float | None = None) -> str:
    """What a zone says on hover and to a screen reader."""
    if depth_mm is None:
        return translate("ZoneShapes", "{area}: usually {range}").format(
            area=area.label, range=usual_range(area)
        )
    return translate("ZoneShapes", "{area}: usually {range}; treated at {depth}").format(
        area=area.label, range=usual_range(area), depth=depth_text(depth_mm)
    )


# Building blocks, in model units
def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _poly(*points: tuple[float, float]) -> QPainterPath:
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()
    return path


def _rounded(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return path


def _mirrored(path: QPainterPath, axis_x: float) -> QPainterPath:
    return QTransform(-1, 0, 0, 1, 2 * axis_x, 0).map(path)


def _both_sides(path: QPainterPath, axis_x: float) -> QPainterPath:
    return path.united(_mirrored(path, axis_x))


def _rect(x: float, y: float, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(x, y, w, h))
    return path


# The face view: centred on x = 100
_HEAD = _ellipse(100, 95, 62, 82)


def _nose() -> QPainterPath:
    path = QPainterPath(QPointF(95, 70))
    path.lineTo(105, 70)
    path.cubicTo(107, 88, 112, 100, 114, 110)
    path.cubicTo(112, 118, 88, 118, 86, 110)
    path.cubicTo(88, 100, 93, 88, 95, 70)
    path.closeSubpath()
    return path


def _shoulders() -> QPainterPath:
    path = QPainterPath(QPointF(70, 200))
    path.lineTo(130, 200)
    path.cubicTo(140, 214, 170, 216, 192, 230)
    path.lineTo(198, 260)
    path.lineTo(2, 260)
    path.lineTo(8, 230)
    path.cubicTo(30, 216, 60, 214, 70, 200)
    path.closeSubpath()
    return path


def _face_zones() -> list[Zone]:
    glabella = _rounded(92, 55, 16, 14, 5)
    forehead = _HEAD.intersected(_rect(30, 24, 140, 34)).subtracted(glabella)
    periorbital = _both_sides(_ellipse(75, 75, 17, 11), 100)
    nose = _nose()
    upper_lip = _rounded(86, 118.5, 28, 12, 5)
    mouth = _ellipse(100, 136, 14, 5)
    perioral = _ellipse(100, 137, 30, 18).subtracted(upper_lip).subtracted(mouth)
    cheek = _ellipse(67, 108, 24, 25).subtracted(nose).subtracted(perioral)
    cheek = cheek.subtracted(periorbital)
    chin = _ellipse(100, 166, 24, 13).intersected(_HEAD).subtracted(perioral)
    jaw_band = _HEAD.subtracted(_ellipse(100, 90, 50, 70)).intersected(_rect(0, 118, 200, 80))
    jawline = jaw_band.subtracted(chin).subtracted(perioral).subtracted(cheek)
    jawline = jawline.subtracted(_mirrored(cheek, 100))
    neck = _rect(72, 150, 56, 56).subtracted(_HEAD)
    decolletage = _poly((72, 206), (128, 206), (170, 228), (160, 256), (40, 256), (30, 228))
    return [
        Zone(Area.FOREHEAD, "face", forehead, QPointF(100, 40)),
        Zone(Area.GLABELLA, "face", glabella, QPointF(100, 62)),
        Zone(Area.PERIORBITAL, "face", periorbital, QPointF(67, 75)),
        Zone(Area.NOSE, "face", nose, QPointF(100, 98)),
        # The client's right cheek on the viewer's left, their left on the viewer's right.
        Zone(Area.RIGHT_CHEEK, "face", cheek, QPointF(64, 106)),
        Zone(Area.LEFT_CHEEK, "face", _mirrored(cheek, 100), QPointF(136, 106)),
        Zone(Area.UPPER_LIP, "face", upper_lip, QPointF(100, 124.5)),
        Zone(Area.PERIORAL, "face", perioral, QPointF(78, 140)),
        Zone(Area.CHIN, "face", chin, QPointF(100, 168)),
        Zone(Area.JAWLINE, "face", jawline, QPointF(58, 150)),
        Zone(Area.NECK, "face", neck, QPointF(100, 190)),
        Zone(Area.DECOLLETAGE, "face", decolletage, QPointF(100, 236)),
    ]


# The body view: a front figure centred on x = 52, a back figure on x = 148
_FRONT, _BACK = 52.0, 148.0


def _figure_head(cx: float) -> QPainterPath:
    return _ellipse(cx, 30, 13, 16)


def _arm(cx: float) -> QPainterPath:
    return _both_sides(_poly((cx - 21, 56), (cx - 29, 58), (cx - 36, 124), (cx - 27, 126)), cx)


def _hand(cx: float) -> QPainterPath:
    return _both_sides(_ellipse(cx - 32, 136, 5.5, 9), cx)


def _torso(cx: float) -> QPainterPath:
    path = QPainterPath(QPointF(cx - 20, 54))
    path.lineTo(cx + 20, 54)
    path.cubicTo(cx + 22, 80, cx + 17, 100, cx + 19, 132)
    path.lineTo(cx - 19, 132)
    path.cubicTo(cx - 17, 100, cx - 22, 80, cx - 20, 54)
    path.closeSubpath()
    return path


def _thigh(cx: float) -> QPainterPath:
    return _both_sides(_poly((cx - 19, 133), (cx - 1.5, 133), (cx - 3, 182), (cx - 15, 182)), cx)


def _figure(cx: float) -> QPainterPath:
    """The silhouette behind a figure's zones."""
    parts = [
        _figure_head(cx),
        _rect(cx - 5, 42, 10, 14),
        _torso(cx),
        _arm(cx),
        _hand(cx),
        _thigh(cx),
        _both_sides(_poly((cx - 15, 181), (cx - 3, 181), (cx - 5, 232), (cx - 13, 232)), cx),
        _both_sides(_ellipse(cx - 9, 234, 6, 3.5), cx),
    ]
    result = QPainterPath()
    for part in parts:
        result = result.united(part)
    return result


_SCAR_BADGE = QRectF(62, 238, 76, 20)


def _body_zones() -> list[Zone]:
    scalp = _figure_head(_FRONT).intersected(_rect(0, 10, 200, 14)).united(_figure_head(_BACK))
    both = (_FRONT, _BACK)
    arms = _arm(_FRONT).united(_arm(_BACK))
    hands = _hand(_FRONT).united(_hand(_BACK))
    abdomen = _torso(_FRONT).intersected(_rounded(_FRONT - 17, 92, 34, 38, 8))
    back = _torso(_BACK)
    thighs = _thigh(both[0]).united(_thigh(both[1]))
    scar = QPainterPath()
    scar.addRoundedRect(_SCAR_BADGE, 6, 6)
    return [
        Zone(Area.SCALP, "body", scalp, QPointF(_BACK, 28)),
        Zone(Area.ARMS, "body", arms, QPointF(_FRONT - 28, 90)),
        Zone(Area.HANDS, "body", hands, QPointF(_FRONT - 32, 136)),
        Zone(Area.ABDOMEN, "body", abdomen, QPointF(_FRONT, 112)),
        Zone(Area.BACK, "body", back, QPointF(_BACK, 90)),
        Zone(Area.THIGHS, "body", thighs, QPointF(_FRONT - 9, 156)),
        Zone(Area.SCAR_SITE, "body", scar, _SCAR_BADGE.center()),
    ]


@cache
def zones(view: str) -> tuple[Zone, ...]:
    """The zones of ``view`` in painting order (a later zone is on top)."""
    return tuple(_face_zones() if view == "face" else _body_zones())


@cache
def _zone_index() -> dict[Area, Zone]:
    return {zone.area: zone for view in VIEWS for zone in zones(view)}


def zone_of(area: Area) -> Zone:
    return _zone_index()[area]


def view_of(area: Area) -> str:
    return zone_of(area).view


@cache
def silhouette(view: str) -> QPainterPath:
    if view == "face":
        ears = _both_sides(_ellipse(38, 98, 7, 15), 100)
        return _shoulders().united(_rect(72, 150, 56, 60)).united(ears).united(_HEAD)
    return _figure(_FRONT).united(_figure(_BACK))


@cache
def details(view: str) -> QPainterPath:
    """Lines drawn over the zones for a likeness: eyes, brows, mouth, a scar's stitches."""
    path = QPainterPath()
    if view == "face":
        for side in (75, 125):
            path.addEllipse(QPointF(side, 76), 8, 3.5)
            path.moveTo(side - 13, 61)
            path.quadTo(side, 55, side + 13, 61)
        path.addEllipse(QPointF(100, 136), 14, 5)
        path.moveTo(86, 136)
        path.lineTo(114, 136)
    else:
        badge = _SCAR_BADGE
        y = badge.top() + 6
        path.moveTo(badge.left() + 8, y)
        path.lineTo(badge.left() + 26, y)
        for step in range(4):
            x = badge.left() + 10 + step * 5
            path.moveTo(x, y - 2.5)
            path.lineTo(x, y + 2.5)
    return path


def labels(view: str, short: bool = False) -> list[tuple[QRectF, str, Qt.AlignmentFlag]]:
    """Text drawn on the view: which side is the client's, which figure is which;
    ``short`` for a small map, where the text is large against the figure."""
    left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    centre = Qt.AlignmentFlag.AlignHCenter
    if view == "face":
        return [
            (
                QRectF(0, 0, 98, 16),
                translate("ZoneShapes", "Client's R")
                if short
                else translate("ZoneShapes", "Client's right"),
                left,
            ),
            (
                QRectF(102, 0, 98, 16),
                translate("ZoneShapes", "Client's L")
                if short
                else translate("ZoneShapes", "Client's left"),
                right,
            ),
        ]
    return [
        (QRectF(_FRONT - 30, 0, 60, 12), translate("ZoneShapes", "Front"), centre),
        (QRectF(_BACK - 30, 0, 60, 12), translate("ZoneShapes", "Back"), centre),
        (
            QRectF(_SCAR_BADGE.left() + 30, _SCAR_BADGE.top(), 44, 12),
            translate("ZoneShapes", "Scar site"),
            left,
        ),
    ]


def view_transform(rect: QRectF) -> QTransform:
    """Model space to ``rect``, scaled to fit and centred (the aspect ratio kept)."""
    scale = min(rect.width() / VIEW_WIDTH, rect.height() / VIEW_HEIGHT)
    dx = rect.left() + (rect.width() - VIEW_WIDTH * scale) / 2
    dy = rect.top() + (rect.height() - VIEW_HEIGHT * scale) / 2
    return QTransform(scale, 0, 0, scale, dx, dy)


def zone_at(view: str, point: QPointF) -> Area | None:
    """The zone under ``point`` (model space): the topmost one."""
    for zone in reversed(zones(view)):
        if zone.path.contains(point):
            return zone.area
    return None


@cache
def areas_of(view: str) -> frozenset[Area]:
    return frozenset(zone.area for zone in zones(view))


def views_for(areas: set[Area] | frozenset[Area] | Mapping[Area, float]) -> tuple[str, ...]:
    """The views that show ``areas`` (the face when there is none)."""
    shown = tuple(view for view in VIEWS if areas_of(view) & set(areas))
    return shown or ("face",)
