"""The small map of a session's zones: its colours at the zones' centres, in light and
dark, and its place in the session record (areas and depths first, with alt text)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QImage, QTextDocument

from logger_app.records import AreaTreatment, Session, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.common.theme import apply_theme, color
from ui.common.zone_paint import depth_color, map_point, render_map
from ui.common.zone_shapes import views_for, zone_of
from ui.session.area_map import MAP_HEIGHT, map_url
from ui.session.session_detail import SessionDetailView

DEPTHS = {Area.FOREHEAD: 0.25, Area.LEFT_CHEEK: 1.25, Area.CHIN: 0.75, Area.BACK: 2.0}


def pixel(image: QImage, area: Area, views: tuple[str, ...], height: int) -> str:
    point = map_point(zone_of(area).view, zone_of(area).anchor, height, views)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)).name()


@pytest.mark.parametrize("dark", [False, True])
def test_the_map_fills_each_treated_zone_with_its_depths_colour(dark, _application):
    apply_theme(_application, dark)
    try:
        views = views_for(DEPTHS)
        assert views == ("face", "body")
        image = render_map(DEPTHS, height=160, scale=2.0)
        assert image.width() == pytest.approx(2 * (2 * 160 * 200 / 260 + 8), abs=2)
        for area, depth in DEPTHS.items():
            assert pixel(image, area, views, 160) == depth_color(depth).name(), area
        assert pixel(image, Area.NOSE, views, 160) == color("zone_idle").name()
        assert depth_color(0.25) != depth_color(0.75) != depth_color(1.25) != depth_color(2.0)
    finally:
        apply_theme(_application, False)


def test_a_face_only_session_maps_the_face_alone():
    assert views_for({Area.NOSE: 0.25}) == ("face",)
    assert views_for({Area.SCAR_SITE: 1.5}) == ("body",)


def session_with(areas: tuple[AreaTreatment, ...]) -> Session:
    details = SessionDetails(
        client_id=1,
        started_at=datetime(2026, 3, 3, 10, tzinfo=UTC),
        practitioner_name="Maya Okafor",
        device=Device.PEN,
        areas=areas,
        notes="Tolerated well.",
    )
    return Session(
        id=7, details=details, created_at=details.started_at, updated_at=details.started_at
    )


def test_the_record_shows_areas_and_depths_first_beside_their_map(qtbot):
    session = session_with(
        (AreaTreatment(Area.FOREHEAD, 0.25), AreaTreatment(Area.LEFT_CHEEK, 1.25, 4))
    )
    view = SessionDetailView()
    qtbot.addWidget(view)
    view.show_session(session)
    text = view.toPlainText()
    assert text.index("Areas treated") < text.index("Practitioner") < text.index("Aftercare")
    html = view.toHtml()
    assert 'alt="Map of the treated areas: Forehead 0.25 mm, Left cheek 1.25 mm"' in html
    image = view.document().resource(QTextDocument.ResourceType.ImageResource, map_url(session))
    assert isinstance(image, QImage) and not image.isNull()
    centre = map_point("face", zone_of(Area.LEFT_CHEEK).anchor, MAP_HEIGHT, ("face",))
    ratio = image.devicePixelRatio()
    found = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
    assert found.name() == depth_color(1.25).name()


def test_a_record_without_areas_has_no_map(qtbot):
    view = SessionDetailView()
    qtbot.addWidget(view)
    view.show_session(session_with(()))
    assert "<img" not in view.toHtml()
