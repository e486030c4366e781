"""Trends per zone: two small maps of a client's sessions, the deepest depth each zone
was ever treated at and the depth of its latest treatment, coloured as in the session
record's map (the legend beneath). A zone's tooltip gives the depth and the date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from logger_app.i18n import translate
from logger_app.records import Session
from logger_app.text import depth_text
from logger_app.vocabulary import Area

from ..common.display import format_date, plain_label
from ..common.zone_canvas import DepthLegend, ZoneCanvas
from ..common.zone_shapes import usual_range, views_for

# Per area: (depth in mm, when)
ZoneDepths = dict[Area, tuple[float, datetime]]


def deepest_depths(sessions: Sequence[Session]) -> ZoneDepths:
    """Each zone's deepest treatment (the first session that reached it)."""
    result: ZoneDepths = {}
    for session in sorted(sessions, key=lambda s: s.details.started_at):
        for item in session.details.areas:
            if item.area not in result or item.depth_mm > result[item.area][0]:
                result[item.area] = (item.depth_mm, session.details.started_at)
    return result


def latest_depths(sessions: Sequence[Session]) -> ZoneDepths:
    """Each zone's depth at its latest treatment."""
    result: ZoneDepths = {}
    for session in sorted(sessions, key=lambda s: s.details.started_at):
        for item in session.details.areas:
            if item.area in result and result[item.area][1] == session.details.started_at:
                depth = max(item.depth_mm, result[item.area][0])  # listed twice: the deeper
            else:
                depth = item.depth_mm
            result[item.area] = (depth, session.details.started_at)
    return result


class ZoneTrendsView(QWidget):
    """The deepest and the latest depth per zone, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("zoneTrends")
        self.deepest = ZoneCanvas(
            interactive=False, name=translate("ZoneTrendsView", "Deepest depth per zone")
        )
        self.latest = ZoneCanvas(
            interactive=False, name=translate("ZoneTrendsView", "Latest depth per zone")
        )
        self._data: dict[ZoneCanvas, ZoneDepths] = {self.deepest: {}, self.latest: {}}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        for column, (canvas, title) in enumerate(
            (
                (self.deepest, translate("ZoneTrendsView", "Deepest")),
                (self.latest, translate("ZoneTrendsView", "Latest")),
            )
        ):
            canvas.describe = lambda area, c=canvas: self._describe(c, area)
            # Small: the depth chart beside and the severity chart below keep their room.
            canvas.setMinimumSize(110, 143)
            canvas.setMaximumSize(160, 208)
            grid.addWidget(plain_label(title, objectName="columnHeader"), 0, column)
            grid.addWidget(canvas, 1, column)
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 8, 0)
        layout.addWidget(
            plain_label(translate("ZoneTrendsView", "Depth per zone"), objectName="sectionTitle")
        )
        layout.addLayout(grid)
        layout.addWidget(DepthLegend(columns=2), 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        deepest, latest = deepest_depths(sessions), latest_depths(sessions)
        views = views_for(set(deepest))
        for canvas, data in ((self.deepest, deepest), (self.latest, latest)):
            self._data[canvas] = data
            canvas.set_views(views)
            canvas.set_depths({area: depth for area, (depth, _when) in data.items()})

    def _describe(self, canvas: ZoneCanvas, area: Area) -> str:
        depth = self._data[canvas].get(area)
        if depth is None:
            return translate("ZoneTrendsView", "{area}: not treated (usually {usual})").format(
                area=area.label, usual=usual_range(area)
            )
        described = (
            translate("ZoneTrendsView", "{area}: deepest {depth} on {day} (usually {usual})")
            if canvas is self.deepest
            else translate("ZoneTrendsView", "{area}: latest {depth} on {day} (usually {usual})")
        )
        return described.format(
            area=area.label,
            depth=depth_text(depth[0]),
            day=format_date(depth[1].astimezone().date()),
            usual=usual_range(area),
        )
