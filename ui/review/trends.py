"""A client's trends: needle depth per area over the sessions, and the reactions' severity.

QtCharts is imported with this module, which the client page loads the first time its
Trends tab is opened: charts cost start-up time that most visits do not need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from logger_app.records import Session
from logger_app.vocabulary import MAX_DEPTH_MM, Area, Severity

from ..common.theme import color, is_dark

# Theme roles, as in the history.
SEVERITY_COLORS = {
    Severity.NONE: "severity_none",
    Severity.MILD: "severity_mild",
    Severity.MODERATE: "severity_moderate",
    Severity.SEVERE: "severity_severe",
}


def _msecs(moment: datetime) -> float:
    return float(QDateTime(moment.astimezone()).toMSecsSinceEpoch())


def depth_points(sessions: Sequence[Session]) -> dict[Area, list[tuple[datetime, float]]]:
    """Per area, (session time, depth) oldest first."""
    points: dict[Area, list[tuple[datetime, float]]] = defaultdict(list)
    for session in sorted(sessions, key=lambda s: s.details.started_at):
        for area in session.details.areas:
            points[area.area].append((session.details.started_at, area.depth_mm))
    return dict(points)


def severity_points(sessions: Sequence[Session]) -> list[tuple[datetime, Severity]]:
    """Per session, its worst reaction's severity (none recorded counts as none)."""
    return [
        (
            session.details.started_at,
            max((r.severity for r in session.details.reactions), default=Severity.NONE),
        )
        for session in sorted(sessions, key=lambda s: s.details.started_at)
    ]


def _time_axis(first: datetime, last: datetime) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    axis.setFormat("MMM yyyy")
    axis.setTickCount(6)
    start, end = _msecs(first), _msecs(last)
    margin = max((end - start) * 0.04, 86_400_000 * 7)  # a week either side at least
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(start - margin)),
        QDateTime.fromMSecsSinceEpoch(int(end + margin)),
    )
    return axis


def _chart_theme() -> QChart.ChartTheme:
    dark = is_dark()
    return QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTheme(_chart_theme())
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.depth_chart = _chart("Needle depth per area (mm)")
        self.severity_chart = _chart("Worst reaction per session")
        self.depth_view = QChartView(self.depth_chart)
        self.severity_view = QChartView(self.severity_chart)
        self.depth_view.setAccessibleName("Chart: needle depth per area over the sessions")
        self.severity_view.setAccessibleName("Chart: worst reaction per session")
        for view in (self.depth_view, self.severity_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(objectName="emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.depth_view, 3)
        layout.addWidget(self.severity_view, 2)

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        for chart in (self.depth_chart, self.severity_chart):
            chart.setTheme(_chart_theme())  # light or dark as the window is now
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
        has_data = bool(sessions)
        self.empty.setVisible(len(sessions) < 2)
        self.empty.setText(
            "Trends appear once the client has sessions."
            if not has_data
            else "One session so far: trends show from the second session on."
        )
        self.depth_view.setVisible(has_data)
        self.severity_view.setVisible(has_data)
        if not has_data:
            return
        times = [s.details.started_at for s in sessions]
        self._fill_depths(sessions, min(times), max(times))
        self._fill_severity(sessions, min(times), max(times))

    def _fill_depths(self, sessions: Sequence[Session], first, last) -> None:
        chart = self.depth_chart
        x_axis = _time_axis(first, last)
        y_axis = QValueAxis()
        deepest = max(a.depth_mm for s in sessions for a in s.details.areas)
        y_axis.setRange(0, min(MAX_DEPTH_MM, max(0.5, round(deepest + 0.25, 1))))
        y_axis.setLabelFormat("%.2f")
        y_axis.setTitleText("mm")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for area, points in depth_points(sessions).items():
            series = QLineSeries()
            series.setName(area.label)
            series.setPointsVisible(True)
            for moment, depth in points:
                series.append(_msecs(moment), depth)
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _fill_severity(self, sessions: Sequence[Session], first, last) -> None:
        chart = self.severity_chart
        x_axis = _time_axis(first, last)
        y_axis = QValueAxis()
        y_axis.setRange(-0.25, 3.25)
        # Ticks on the four severities only: 0 none, 1 mild, 2 moderate, 3 severe.
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(1)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText("0 none … 3 severe")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        line = QLineSeries()
        line.setName("Worst severity")
        line.setColor(color("chart_line"))
        by_severity: dict[Severity, QScatterSeries] = {}
        for moment, severity in severity_points(sessions):
            line.append(_msecs(moment), int(severity))
            if severity not in by_severity:
                dots = QScatterSeries()
                dots.setName(severity.label)
                dots.setColor(color(SEVERITY_COLORS[severity]))
                dots.setMarkerSize(10)
                by_severity[severity] = dots
            by_severity[severity].append(_msecs(moment), int(severity))
        for series in (line, *(by_severity[s] for s in sorted(by_severity))):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
