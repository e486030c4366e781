"""The sessions review window and the client's trend charts, through the real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ProductUse,
    ReactionObservation,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, Reaction, Severity
from tests.screening_data import put_on_file
from ui.review.sessions_review import SessionsReview
from ui.review.trends import DRAFT_LEGEND

from ...logbook_template import new_logbook
from ..driving import choose, click, type_into

START = datetime(2025, 3, 3, 10, tzinfo=UTC)


@pytest.fixture
def two_clients(data_dir):
    with new_logbook(data_dir) as logbook:
        ann = logbook.add_client(ClientDetails("Ann", "Lee"))
        ben = logbook.add_client(ClientDetails("Ben", "Park"))
        put_on_file(logbook, ann.id)
        put_on_file(logbook, ben.id)
        for week, client, lot, depth, severity in (
            (0, ann, "HA-1", 0.5, Severity.MILD),
            (4, ann, "HA-2", 0.75, Severity.MODERATE),
            (8, ann, "HA-2", 1.0, Severity.SEVERE),
            (2, ben, "HA-2", 1.5, Severity.NONE),
        ):
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=START + timedelta(weeks=week),
                    practitioner_name="Maya",
                    device=Device.PEN,
                    areas=(
                        AreaTreatment(Area.FOREHEAD, depth),
                        AreaTreatment(Area.CHIN, depth + 0.5),
                    ),
                    reactions=(ReactionObservation(Reaction.ERYTHEMA, severity),),
                    products=(ProductUse("HA serum", lot),),
                )
            )
    return data_dir


def test_review_finds_a_lot_sorts_and_opens_the_session(
    qtbot, qtmodeltester, open_window, two_clients
):
    window = open_window(two_clients)
    window.review_action.trigger()
    review = window.review_window
    assert isinstance(review, SessionsReview)
    qtmodeltester.check(review.model, force_py=True)
    assert review.proxy.rowCount() == 4
    assert review.summary.text() == "4 sessions of 2 clients match"

    type_into(qtbot, review.lot, "HA-2")
    qtbot.waitUntil(lambda: review.proxy.rowCount() == 3)
    assert review.summary.text().endswith("Lot HA-2 went to 2 clients.")

    # Sorting by client, then by worst reaction, uses the raw values.
    review.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    clients = [review.proxy.index(r, 1).data() for r in range(3)]
    assert clients == ["Ann Lee", "Ann Lee", "Ben Park"]
    review.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert review.proxy.index(0, 4).data() == "Erythema (severe)"

    choose(review.min_severity, int(Severity.SEVERE))
    assert review.proxy.rowCount() == 1
    review.table.setCurrentIndex(review.proxy.index(0, 0))
    click(qtbot, review.findChild(type(review.clear_button), "openSession"))
    assert window.client_page.name_label.text() == "Ann Lee"
    page_row = window.client_page.history_view.currentIndex().row()
    assert window.client_page.history_model.index(page_row, 1).data() == (
        "Forehead 1 mm, Chin 1.5 mm"
    )

    click(qtbot, review.clear_button)
    assert review.proxy.rowCount() == 4 and review.lot.text() == ""


def test_trends_chart_depth_per_area_and_severity(qtbot, open_window, two_clients):
    window = open_window(two_clients)
    window.client_view.selectRow(0)  # Lee, Ann
    page = window.client_page
    assert page.trends is None  # charts load only when looked at
    page.tabs.setCurrentWidget(page.trends_holder)
    trends = page.trends
    series = {s.name(): s for s in trends.depth_chart.series()}
    assert set(series) == {"Forehead", "Chin", DRAFT_LEGEND}  # the sessions are drafts
    assert len(series[DRAFT_LEGEND].points()) == 6
    assert [p.y() for p in series["Forehead"].points()] == [0.5, 0.75, 1.0]
    assert [p.y() for p in series["Chin"].points()] == [1.0, 1.25, 1.5]
    xs = [p.x() for p in series["Forehead"].points()]
    assert xs == sorted(xs)
    severity = {s.name(): s for s in trends.severity_chart.series()}
    assert [p.y() for p in severity["Worst severity"].points()] == [1, 2, 3]
    assert [p.y() for p in severity["Severe"].points()] == [3]

    window.client_view.selectRow(1)  # Park, Ben: one session
    assert trends.isVisible() and trends.empty.isVisible()
    assert "One session so far" in trends.empty.text()


def test_date_range_covers_whole_local_days(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QWidget

    from ui.common.date_range import DateRange

    host = QWidget()
    qtbot.addWidget(host)
    dates = DateRange(host, QDate(2025, 3, 1), QDate(2025, 3, 31))
    assert dates.since() is None and dates.before() is None
    assert not dates.date_from.isEnabled()
    with qtbot.waitSignal(dates.changed):
        dates.use_from.setChecked(True)
    dates.use_to.setChecked(True)
    assert dates.date_from.isEnabled()
    since, before = dates.since(), dates.before()
    assert (since.date().isoformat(), since.hour, since.minute) == ("2025-03-01", 0, 0)
    assert (before.date().isoformat(), before.hour) == ("2025-04-01", 0)  # all of 31 March
    assert since.tzinfo is not None
    with qtbot.assertNotEmitted(dates.changed):
        dates.clear()
    assert dates.since() is None and not dates.use_to.isChecked()
