"""Trends per zone: the deepest and the latest depth each zone was treated at, as two
maps on the client's Trends tab."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from tests.screening_data import put_on_file
from ui.common.display import format_date
from ui.common.zone_paint import depth_color

from ...logbook_template import new_logbook

START = datetime(2025, 3, 3, 10, tzinfo=UTC)
# (weeks after START, areas with depths)
VISITS = (
    (0, {Area.FOREHEAD: 0.25, Area.LEFT_CHEEK: 1.0}),
    (5, {Area.FOREHEAD: 0.5, Area.LEFT_CHEEK: 1.5, Area.BACK: 1.5}),
    (10, {Area.LEFT_CHEEK: 0.75}),
)


@pytest.fixture
def client_with_visits(data_dir) -> int:
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Ann", "Lee"))
        put_on_file(logbook, client.id)
        for weeks, depths in VISITS:
            logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=START + timedelta(weeks=weeks),
                    practitioner_name="Maya",
                    device=Device.PEN,
                    areas=tuple(AreaTreatment(area, depth) for area, depth in depths.items()),
                )
            )
    return client.id


def test_trends_map_the_deepest_and_latest_depth_per_zone(
    qtbot, open_window, data_dir, client_with_visits
):
    window = open_window(data_dir)
    window.show_client(client_with_visits)
    page = window.client_page
    page.tabs.setCurrentWidget(page.trends_holder)
    maps = page.trends.zone_maps
    assert maps.isVisible()
    assert maps.deepest.depths == {Area.FOREHEAD: 0.5, Area.LEFT_CHEEK: 1.5, Area.BACK: 1.5}
    assert maps.latest.depths == {Area.FOREHEAD: 0.5, Area.LEFT_CHEEK: 0.75, Area.BACK: 1.5}
    assert maps.deepest.views == ("face", "body")  # the back was treated too
    assert maps.latest.accessibleName() == (
        "Latest depth per zone: Forehead 0.5 mm, Left cheek 0.75 mm, Back 1.5 mm"
    )
    # The latest map's left cheek, in the colour of 0.75 mm, tells when on hover.
    canvas = maps.latest
    centre = canvas.centre_of(Area.LEFT_CHEEK)
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    found = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
    assert found.name() == depth_color(0.75).name()
    QApplication.sendEvent(
        canvas, QHelpEvent(QEvent.Type.ToolTip, centre, canvas.mapToGlobal(centre))
    )
    qtbot.waitUntil(QToolTip.isVisible)
    when = format_date((START + timedelta(weeks=10)).astimezone().date())
    assert QToolTip.text() == f"Left cheek: latest 0.75 mm on {when} (usually 0.5–1.5 mm)"
    assert maps.deepest.describe(Area.LEFT_CHEEK).startswith("Left cheek: deepest 1.5 mm on ")
    assert maps.deepest.describe(Area.NOSE) == "Nose: not treated (usually 0.25–0.5 mm)"
