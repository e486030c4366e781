"""A client's trends: needle depth per area over the sessions, and the reactions' severity.

QtCharts is imported with this module, which the client page loads the first time its
Trends tab is opened: charts cost start-up time that most visits do not need.

The charts follow the theme (light or dark) and the history's severity colours; a line
never bridges a break of more than six months; a draft's point is a hollow ring. Each
chart is named for screen readers and has its content in words beneath it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCharts import (
    QAbstractAxis,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QEvent, QMargins, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from logger_app.i18n import translatable, translate
from logger_app.records import Session
from logger_app.vocabulary import MAX_DEPTH_MM, Area, Severity

from ..common.display import format_date
from ..common.theme import color, is_dark, severity_color
from .trend_data import (
    DEPTH_STEP_MM,
    TrendPoint,
    depth_axis_top,
    depth_runs,
    depth_summary,
    severity_runs,
    severity_summary,
)
from .zone_trends import ZoneTrendsView

DRAFT_LEGEND = translatable("TrendsView", "Draft (not signed)")


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


def _style_axis(axis: QAbstractAxis) -> None:
    axis.setLabelsBrush(color("text"))
    axis.setTitleBrush(color("text_muted"))
    axis.setGridLineColor(color("grid"))
    axis.setLinePenColor(color("border_strong"))


def _time_axis(first: datetime, last: datetime) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    start, end = _msecs(first), _msecs(last)
    # Months name the ticks of a long history; days those of a short one, where every
    # tick would otherwise read the same month.
    long_history = end - start > 86_400_000 * 180
    axis.setFormat(
        translate("TrendsAxis", "MMM yyyy")
        if long_history
        else translate("TrendsAxis", "d MMM yyyy")
    )
    axis.setTickCount(6)
    margin = max((end - start) * 0.04, 86_400_000 * 7)  # a week either side at least
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(start - margin)),
        QDateTime.fromMSecsSinceEpoch(int(end + margin)),
    )
    _style_axis(axis)
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
    chart.setLocalizeNumbers(True)  # "0,25" on the depth axis in German
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    # A line as a line and a draft's ring as a ring: the legend reads like the plot.
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    return chart


def _draft_rings(name: str, size: float) -> QScatterSeries:
    """Hollow rings over the points of drafts: a draft's values may still change."""
    rings = QScatterSeries()
    rings.setName(name)
    rings.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
    rings.setMarkerSize(size)
    rings.setBrush(color("base"))
    rings.setPen(QPen(color("text_strong"), 2))
    return rings


def _summary_label(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setContentsMargins(10, 0, 10, 4)
    return label


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[Session] | None = None
        self.depth_view, self.severity_view = self._new_views()
        self._new_charts()
        # The charts in words: for a screen reader, and for reading exact values.
        self.depth_summary = _summary_label("depthSummary")
        self.severity_summary = _summary_label("severitySummary")
        self.depth_summary.setAccessibleName(
            translate("TrendsView", "Needle depth per area, in words")
        )
        self.severity_summary.setAccessibleName(
            translate("TrendsView", "Worst reaction per session, in words")
        )
        self.empty = QLabel(objectName="emptyHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.empty)
        self.zone_maps = ZoneTrendsView()  # the deepest and latest depth per zone
        depth_row = QHBoxLayout()
        depth_row.addWidget(self.depth_view, 1)
        depth_row.addWidget(self.zone_maps)
        layout.addLayout(depth_row, 3)
        layout.addWidget(self.depth_summary)
        layout.addWidget(self.severity_view, 2)
        layout.addWidget(self.severity_summary)

    def _new_views(self) -> tuple[QChartView, QChartView]:
        depth_view = QChartView(objectName="depthChart")
        severity_view = QChartView(objectName="severityChart")
        depth_view.setAccessibleName(
            translate("TrendsView", "Chart: needle depth per area over the sessions")
        )
        severity_view.setAccessibleName(
            translate("TrendsView", "Chart: worst reaction per session")
        )
        for view in (depth_view, severity_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(160)
            # On the page's own surface, like the words beneath: only the plot is filled.
            view.setStyleSheet("background: transparent")
        return depth_view, severity_view

    def _new_charts(self) -> None:
        """New charts for each showing: Qt Charts leaves the labels of an axis removed
        from a chart in the scene (another client's dates under this one's), and draws
        a chart given another theme over its old drawing. A chart is never reused."""
        self.depth_chart = _chart(translate("TrendsView", "Needle depth per area (mm)"))
        # Beside the zone maps the chart is narrow: its legend goes under the plot, which
        # keeps the width for the dates and the depths.
        self.depth_chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.depth_chart.plotAreaChanged.connect(self._fit_depth_labels)
        self.severity_chart = _chart(translate("TrendsView", "Worst reaction per session"))
        for view, chart in (
            (self.depth_view, self.depth_chart),
            (self.severity_view, self.severity_chart),
        ):
            old = view.chart()
            view.setChart(chart)  # the view lets go of the old one: deleted here
            if old is not None and old is not chart:
                old.deleteLater()
            self._style_chart(chart)

    def show_sessions(self, sessions: Sequence[Session]) -> None:
        self._sessions = list(sessions)
        self._new_charts()
        has_data = bool(sessions)
        self.empty.setVisible(len(sessions) < 2)
        self.empty.setText(
            translate("TrendsView", "Trends appear once the client has sessions.")
            if not has_data
            else translate(
                "TrendsView", "One session so far: trends show from the second session on."
            )
        )
        for widget in (
            self.depth_view,
            self.severity_view,
            self.depth_summary,
            self.severity_summary,
        ):
            widget.setVisible(has_data)
        self.zone_maps.setVisible(has_data)
        self.zone_maps.show_sessions(sessions)
        if not has_data:
            return
        times = [s.details.started_at for s in sessions]
        self._fill_depths(sessions, min(times), max(times))
        self._fill_severity(sessions, min(times), max(times))
        self.depth_summary.setText(depth_summary(sessions, format_date))
        self.severity_summary.setText(severity_summary(sessions, format_date))
        self.depth_view.setAccessibleDescription(self.depth_summary.text())
        self.severity_view.setAccessibleDescription(self.severity_summary.text())

    def changeEvent(self, event: QEvent) -> None:
        # Light or dark chosen while the charts are shown: draw them again in its colours.
        if event.type() == QEvent.Type.PaletteChange and self._sessions is not None:
            self.show_sessions(self._sessions)
        super().changeEvent(event)

    def _style_chart(self, chart: QChart) -> None:
        chart.setBackgroundVisible(False)
        chart.setPlotAreaBackgroundVisible(True)
        chart.setPlotAreaBackgroundBrush(color("base"))
        chart.setPlotAreaBackgroundPen(QPen(color("border")))
        chart.setTitleBrush(color("text_strong"))
        chart.legend().setLabelColor(color("text"))

    def _attach(self, chart: QChart, series: QXYSeries) -> None:
        chart.addSeries(series)
        for axis in chart.axes():
            series.attachAxis(axis)

    def _add_runs(self, chart: QChart, name: str, runs: list[list[TrendPoint]]) -> QLineSeries:
        """One line per run, all in the first one's colour and named once in the legend."""
        first: QLineSeries | None = None
        for run in runs:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            for point in run:
                series.append(_msecs(point.moment), point.value)
            self._attach(chart, series)
            if first is None:
                first = series
            else:
                series.setColor(first.color())
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)
        assert first is not None
        return first

    def _add_drafts(self, chart: QChart, points: list[TrendPoint], size: float) -> None:
        if not points:
            return
        rings = _draft_rings(translate("TrendsView", DRAFT_LEGEND), size)
        for point in points:
            rings.append(_msecs(point.moment), point.value)
        self._attach(chart, rings)

    def _fill_depths(self, sessions: Sequence[Session], first, last) -> None:
        chart = self.depth_chart
        y_axis = QValueAxis()
        deepest = max((a.depth_mm for s in sessions for a in s.details.areas), default=0.5)
        y_axis.setRange(0, depth_axis_top(deepest, MAX_DEPTH_MM))
        # Ticks on quarter millimetres, the steps depths are chosen in: "0.25", "0.50"…
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(DEPTH_STEP_MM)
        y_axis.setLabelFormat("%.2f")
        y_axis.setTitleText("mm")
        _style_axis(y_axis)
        chart.addAxis(_time_axis(first, last), Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        self._fit_depth_labels()
        drafts: list[TrendPoint] = []
        for area, runs in depth_runs(sessions).items():
            self._add_runs(chart, area.label, runs)
            drafts += [point for run in runs for point in run if point.draft]
        self._add_drafts(chart, drafts, 11)

    def _fit_depth_labels(self, *_args: object) -> None:
        """Labels on each quarter millimetre while they fit; in a chart too short for
        them (a deep range on a small screen), on each half with the quarters as minor
        grid lines, rather than labels cut to "…"."""
        axes = self.depth_chart.axes(Qt.Orientation.Vertical)
        if not axes or not isinstance(axes[0], QValueAxis):
            return
        axis = axes[0]
        steps = max(1.0, (axis.max() - axis.min()) / DEPTH_STEP_MM)
        room = self.depth_chart.plotArea().height() / steps
        # Qt cuts a label to "…" well before labels touch: keep half a line between them.
        crowded = 0 < room < 1.5 * QFontMetrics(axis.labelsFont()).height() + 4
        interval, minor = (2 * DEPTH_STEP_MM, 1) if crowded else (DEPTH_STEP_MM, 0)
        if axis.tickInterval() != interval:
            axis.setTickInterval(interval)
            axis.setMinorTickCount(minor)
            axis.setMinorGridLineColor(color("grid"))

    def _fill_severity(self, sessions: Sequence[Session], first, last) -> None:
        chart = self.severity_chart
        # The four severities named on the axis, each on its line.
        y_axis = QCategoryAxis()
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        y_axis.setStartValue(-0.25)
        for severity in Severity:
            y_axis.append(severity.label, int(severity))
        y_axis.setRange(-0.25, 3.25)
        _style_axis(y_axis)
        chart.addAxis(_time_axis(first, last), Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        runs = severity_runs(sessions)
        self._add_runs(chart, translate("TrendsView", "Worst severity"), runs)

        for series in chart.series():  # the line only joins the coloured dots
            series.setColor(color("text_faint"))
        points = [point for run in runs for point in run]
        # A ring around a draft's dot, drawn first: the dot keeps its severity's colour.
        self._add_drafts(chart, [p for p in points if p.draft], 17)
        by_severity: dict[Severity, QScatterSeries] = {}
        for point in points:
            severity = Severity(int(point.value))
            if severity not in by_severity:
                dots = QScatterSeries()
                dots.setName(severity.label)
                dots.setColor(severity_color(severity))
                dots.setBorderColor(severity_color(severity))
                dots.setMarkerSize(10)
                by_severity[severity] = dots
            by_severity[severity].append(_msecs(point.moment), point.value)
        for severity in sorted(by_severity):
            self._attach(chart, by_severity[severity])
            for marker in chart.legend().markers(by_severity[severity]):
                marker.setVisible(False)  # the axis names the severities
