"""The trend charts on records made in the test: quarter-millimetre ticks, the history's
severity colours, no line across a long break, drafts marked, and the charts in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from logger_app.records import AreaTreatment, ReactionObservation, Session, SessionDetails
from logger_app.records.sessions import SessionListing, SessionSummary
from logger_app.vocabulary import Area, Device, Reaction, Severity
from ui.common.models import HistoryModel
from ui.common.theme import apply_theme
from ui.review.sessions_review import SessionsReviewModel
from ui.review.trend_data import TrendPoint, months_later, split_at_gaps
from ui.review.trends import DRAFT_LEGEND, TrendsView


def _session(
    number: int, when: datetime, depth: float, severity: Severity, signed: bool = True
) -> Session:
    details = SessionDetails(
        client_id=1,
        started_at=when,
        practitioner_name="Maya",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, depth),),
        reactions=(ReactionObservation(Reaction.ERYTHEMA, severity),),
    )
    return Session(number, details, when, when, signed_at=when if signed else None)


def _at(year: int, month: int, day: int = 3) -> datetime:
    return datetime(year, month, day, 10, tzinfo=UTC)


@pytest.fixture
def trends(qtbot):
    view = TrendsView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def _lines(chart, name: str) -> list[QLineSeries]:
    return [s for s in chart.series() if isinstance(s, QLineSeries) and s.name() == name]


def test_more_than_six_months_apart_starts_a_new_run():
    def runs(*moments):
        return [len(run) for run in split_at_gaps([TrendPoint(m, 1, False) for m in moments])]

    assert runs(_at(2025, 1), _at(2025, 9)) == [1, 1]  # eight months: two runs
    assert runs(_at(2025, 1), _at(2025, 6)) == [2]  # five months: one
    # Six months to the day still joins; a day more does not.
    assert runs(_at(2025, 1), _at(2025, 7), _at(2026, 1, 4)) == [2, 1]
    assert months_later(_at(2025, 8, 31), 6) == _at(2026, 2, 28)  # no 31 February


def test_a_break_of_eight_months_splits_the_line_and_five_do_not(qtbot, trends):
    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.MILD),
            _session(2, _at(2025, 9), 0.75, Severity.MILD),
        ]
    )
    split = _lines(trends.depth_chart, "Forehead")
    assert [[p.y() for p in s.points()] for s in split] == [[0.5], [0.75]]
    assert split[0].color() == split[1].color()  # one area, one colour
    legend = trends.depth_chart.legend()
    # The area is named once in the legend (markers show once the chart is laid out).
    qtbot.waitUntil(lambda: legend.markers(split[0])[0].isVisible())
    assert [m.isVisible() for s in split for m in legend.markers(s)] == [True, False]
    assert len(_lines(trends.severity_chart, "Worst severity")) == 2

    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.MILD),
            _session(2, _at(2025, 6), 0.75, Severity.MILD),
        ]
    )
    [joined] = _lines(trends.depth_chart, "Forehead")
    assert [p.y() for p in joined.points()] == [0.5, 0.75]
    assert "Forehead: 2 sessions" in trends.depth_summary.text()


def test_depth_ticks_on_quarter_millimetres(trends):
    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.NONE),
            _session(2, _at(2025, 2), 1.1, Severity.NONE),
        ]
    )
    [axis] = [a for a in trends.depth_chart.axes(Qt.Orientation.Vertical)]
    assert isinstance(axis, QValueAxis)
    assert axis.tickType() is QValueAxis.TickType.TicksDynamic
    assert (axis.tickAnchor(), axis.tickInterval(), axis.labelFormat()) == (0, 0.25, "%.2f")
    assert (axis.min(), axis.max()) == (0, 1.25)  # the next quarter above 1.1 mm


@pytest.mark.parametrize("dark", [False, True])
def test_severity_colours_are_the_historys(trends, dark):
    apply_theme(QApplication.instance(), dark)
    try:
        sessions = [
            _session(n, _at(2025, n), 0.5, severity) for n, severity in enumerate(Severity, start=1)
        ]
        trends.show_sessions(sessions)
        dots = {
            s.name(): s.color().name()
            for s in trends.severity_chart.series()
            if isinstance(s, QScatterSeries) and s.name() != DRAFT_LEGEND
        }
        history = HistoryModel()
        history.set_rows(
            [
                SessionSummary(
                    s.id,
                    s.details.started_at,
                    "Maya",
                    Device.PEN,
                    "",
                    s.details.areas,
                    None,
                    s.details.reactions[0],
                )
                for s in sessions
            ]
        )
        worst_column = [c.title for c in history.columns].index("Worst reaction")
        shown = {
            severity.label: history.index(row, worst_column)
            .data(Qt.ItemDataRole.ForegroundRole)
            .color()
            .name()
            for row, severity in enumerate(Severity)
        }
        assert dots == shown
        assert len(set(shown.values())) == 4
        # The sessions review across clients colours them the same.
        review = SessionsReviewModel()
        review.set_rows(
            [
                SessionListing(
                    s.id,
                    1,
                    "Ann Lee",
                    s.details.started_at,
                    "Maya",
                    Device.PEN,
                    "",
                    (),
                    (Reaction.ERYTHEMA, s.details.reactions[0].severity),
                    "",
                )
                for s in sessions
            ]
        )
        review_column = [c.title for c in review.columns].index("Worst reaction")
        assert {
            severity.label: review.index(row, review_column)
            .data(Qt.ItemDataRole.ForegroundRole)
            .color()
            .name()
            for row, severity in enumerate(Severity)
        } == shown
    finally:
        apply_theme(QApplication.instance(), False)


def test_drafts_are_hollow_rings_named_in_the_legend(trends):
    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.MILD),
            _session(2, _at(2025, 2), 0.75, Severity.SEVERE, signed=False),
        ]
    )
    for chart in (trends.depth_chart, trends.severity_chart):
        [rings] = [s for s in chart.series() if s.name() == DRAFT_LEGEND]
        assert isinstance(rings, QScatterSeries)
        assert [p.y() for p in rings.points()] == [0.75 if chart is trends.depth_chart else 3]
        assert rings.brush().color() != rings.pen().color()  # hollow: a ring, not a dot
        assert any(m.label() == DRAFT_LEGEND for m in chart.legend().markers(rings))
    assert "1 draft not signed yet" in trends.severity_summary.text()

    trends.show_sessions([_session(1, _at(2025, 1), 0.5, Severity.MILD)] * 1)
    assert not [s for s in trends.depth_chart.series() if s.name() == DRAFT_LEGEND]


def test_charts_are_named_and_said_in_words(trends):
    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.MILD),
            _session(2, _at(2025, 3), 1.0, Severity.MODERATE),
        ]
    )
    assert trends.depth_view.accessibleName() == ("Chart: needle depth per area over the sessions")
    assert trends.severity_view.accessibleName() == "Chart: worst reaction per session"
    words = trends.depth_summary.text()
    assert words.startswith("Forehead: 2 sessions, 0.5 mm on 3 Jan 2025")
    assert "latest 1 mm on 3 Mar 2025" in words
    assert trends.depth_view.accessibleDescription() == words
    assert trends.depth_summary.textFormat() is Qt.TextFormat.PlainText
    assert trends.severity_summary.text() == (
        "Worst reaction per session: mild 1, moderate 1. Latest, 3 Mar 2025: moderate."
    )


def test_a_deep_range_in_a_short_chart_labels_halves_with_quarter_grid_lines(qtbot, trends):
    trends.resize(900, 420)
    trends.show_sessions(
        [
            _session(1, _at(2025, 1), 0.5, Severity.NONE),
            _session(2, _at(2025, 2), 3.0, Severity.NONE),
        ]
    )
    [axis] = trends.depth_chart.axes(Qt.Orientation.Vertical)
    # Thirteen quarter labels do not fit: halves labelled, quarters as minor lines.
    qtbot.waitUntil(lambda: axis.tickInterval() == 0.5)
    assert axis.minorTickCount() == 1
    trends.resize(900, 1400)  # room for every quarter
    qtbot.waitUntil(lambda: axis.tickInterval() == 0.25)
    assert axis.minorTickCount() == 0
