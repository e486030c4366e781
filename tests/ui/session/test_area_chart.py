"""The face and body chart of the session form, through the real widgets: clicks on the
zones' centres, the keyboard, hover, presets, and the list of areas kept in step."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip

from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device, suggested_depth_mm
from tests.screening_data import put_on_file
from ui.common.form_support import combo_enum
from ui.common.zone_paint import depth_color
from ui.common.zone_shapes import VIEW_WIDTH, VIEWS, labels, zone_at, zone_of, zones
from ui.session.area_chart import CHART_SHOWN, PRESETS
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ..driving import choose, click, type_into, wait_closed


@pytest.fixture
def client_on_file(data_dir) -> int:
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Anna", "Smith"))
        put_on_file(logbook, client.id, date.today())
    return client.id


@pytest.fixture
def form(qtbot, open_window, data_dir, client_on_file):
    """A new session's form for a client with nothing to review: its fields open."""
    window = open_window(data_dir)
    window.show_client(client_on_file)
    click(qtbot, window.client_page.new_session_button)
    dialog = window.current_dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog.treatment_part.isEnabled()
    dialog.window_under_test = window
    return dialog


def listed(form) -> list[tuple[Area | None, float]]:
    return [(combo_enum(r.area, Area), r.depth_editor.value()) for r in form.areas.rows]


def click_zone(qtbot, chart, area: Area) -> None:
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=chart.canvas.centre_of(area))


def test_every_area_has_one_zone_whose_centre_hits_it():
    on_views = [zone.area for view in VIEWS for zone in zones(view)]
    assert sorted(on_views, key=lambda a: a.value) == sorted(Area, key=lambda a: a.value)
    for view in VIEWS:
        for zone in zones(view):
            assert zone_at(view, zone.anchor) is zone.area, zone.area


def test_the_clients_left_cheek_is_on_the_viewers_right_and_says_so():
    assert zone_of(Area.LEFT_CHEEK).anchor.x() > VIEW_WIDTH / 2
    assert zone_of(Area.RIGHT_CHEEK).anchor.x() < VIEW_WIDTH / 2
    sides = {text: box.center().x() for box, text, _align in labels("face")}
    assert sides["Client's left"] > VIEW_WIDTH / 2 > sides["Client's right"]


def test_clicking_zones_adds_and_removes_areas_and_the_session_keeps_them(qtbot, form):
    chart = form.fields.area_chart
    click_zone(qtbot, chart, Area.FOREHEAD)
    click_zone(qtbot, chart, Area.LEFT_CHEEK)
    click_zone(qtbot, chart, Area.NOSE)
    assert listed(form) == [
        (Area.FOREHEAD, suggested_depth_mm(Area.FOREHEAD)),
        (Area.LEFT_CHEEK, suggested_depth_mm(Area.LEFT_CHEEK)),
        (Area.NOSE, suggested_depth_mm(Area.NOSE)),
    ]
    click_zone(qtbot, chart, Area.NOSE)  # a toggle: the row goes
    assert [area for area, _ in listed(form)] == [Area.FOREHEAD, Area.LEFT_CHEEK]
    # The body view: the back, at the depth typed afterwards.
    click(qtbot, chart.view_buttons["body"])
    click_zone(qtbot, chart, Area.BACK)
    type_into(qtbot, form.areas.rows[2].depth, "1.5")
    assert chart.view_buttons["face"].text() == "Face (2)"
    assert chart.view_buttons["body"].text() == "Body (1)"

    click(qtbot, form.save_button)
    window = form.window_under_test
    wait_closed(qtbot, window)
    [session] = window.logbook.sessions_of(window.client_page.client.id)
    assert [(a.area, a.depth_mm) for a in session.details.areas] == [
        (Area.FOREHEAD, 0.25),
        (Area.LEFT_CHEEK, 0.5),
        (Area.BACK, 1.5),
    ]


def test_a_row_chosen_in_the_list_lights_its_zone_in_its_depths_colour(qtbot, form):
    chart, canvas = form.fields.area_chart, form.fields.area_chart.canvas
    click(qtbot, form.areas.add_button)
    choose(form.areas.rows[0].area, Area.RIGHT_CHEEK)
    type_into(qtbot, form.areas.rows[0].depth, "1.25")
    assert canvas.depths == {Area.RIGHT_CHEEK: 1.25}
    image = canvas.grab().toImage()
    ratio = image.devicePixelRatio()
    centre = canvas.centre_of(Area.RIGHT_CHEEK)
    pixel = image.pixelColor(int(centre.x() * ratio), int(centre.y() * ratio))
    assert pixel.name() == depth_color(1.25).name()
    # A zone clicked fills a row still waiting for its area before adding one.
    click(qtbot, form.areas.add_button)
    click_zone(qtbot, chart, Area.CHIN)
    assert [area for area, _ in listed(form)] == [Area.RIGHT_CHEEK, Area.CHIN]
    click(qtbot, form.areas.rows[0].remove)
    assert set(canvas.depths) == {Area.CHIN}


def test_repeating_the_last_session_lights_its_areas(qtbot, open_window, data_dir):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(ClientDetails("Anna", "Smith"))
        six_weeks_ago = datetime.now(UTC) - timedelta(weeks=6)
        put_on_file(logbook, client.id, six_weeks_ago.date() - timedelta(days=1))
        areas = (AreaTreatment(Area.NECK, 0.75), AreaTreatment(Area.DECOLLETAGE, 1.0))
        logbook.record_session(SessionDetails(client.id, six_weeks_ago, "Maya", Device.PEN, areas))
    window = open_window(data_dir)
    window.show_client(client.id)
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert form.fields.area_chart.canvas.depths == {}
    click(qtbot, form.copy_button)
    assert form.fields.area_chart.canvas.depths == {Area.NECK: 0.75, Area.DECOLLETAGE: 1.0}


def test_presets_add_only_what_is_missing(qtbot, form):
    chart = form.fields.area_chart
    click_zone(qtbot, chart, Area.LEFT_CHEEK)
    click(qtbot, chart.preset_buttons["Both cheeks"])
    assert [area for area, _ in listed(form)] == [Area.LEFT_CHEEK, Area.RIGHT_CHEEK]
    click(qtbot, chart.preset_buttons["Full face"])
    areas = [area for area, _ in listed(form)]
    assert len(areas) == len(set(areas)) == 10
    assert Area.NECK not in areas and Area.PERIORBITAL in areas
    click(qtbot, chart.preset_buttons["Neck and décolletage"])
    assert [area for area, _ in listed(form)][-2:] == [Area.NECK, Area.DECOLLETAGE]


def arrows_reach(qtbot, canvas, start: Area) -> set[Area]:
    """The zones reached from ``start`` by arrow keys: a walk over every zone found."""
    reached, waiting = {start}, [start]
    while waiting:
        here = waiting.pop()
        for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            canvas.focused = here
            qtbot.keyClick(canvas, key)
            if canvas.focused not in reached:
                reached.add(canvas.focused)
                waiting.append(canvas.focused)
    return reached


def test_the_keyboard_reaches_and_toggles_every_zone(qtbot, form):
    chart, canvas = form.fields.area_chart, form.fields.area_chart.canvas
    # One stop in the Tab order, just before the list (its buttons are for the mouse).
    add_area = form.areas.add_button
    add_area.setFocus()
    qtbot.keyClick(add_area, Qt.Key.Key_Backtab)
    assert canvas.hasFocus()
    assert "Décolletage" in canvas.accessibleName()  # entered backwards: its last zone
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.focused is Area.FOREHEAD
    assert canvas.accessibleName() == (
        "Face and body chart: Forehead: usually 0.25–0.5 mm; not treated"
    )
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert listed(form) == [(Area.FOREHEAD, 0.25)]
    assert canvas.hasFocus()  # kept on the chart: the next zone is one key away
    assert canvas.accessibleName().endswith("treated at 0.25 mm; treated")
    # Down from the forehead, then across the face: the client's right cheek, then left.
    for key, expected in (
        (Qt.Key.Key_Down, Area.GLABELLA),
        (Qt.Key.Key_Down, Area.NOSE),
        (Qt.Key.Key_Left, Area.RIGHT_CHEEK),
        (Qt.Key.Key_Right, Area.NOSE),
        (Qt.Key.Key_Right, Area.LEFT_CHEEK),
    ):
        qtbot.keyClick(canvas, key)
        assert canvas.focused is expected, (key, canvas.focused)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert [area for area, _ in listed(form)] == [Area.FOREHEAD, Area.LEFT_CHEEK]
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert [area for area, _ in listed(form)] == [Area.FOREHEAD]
    # Every zone of the face is reached by the arrows alone.
    assert arrows_reach(qtbot, canvas, Area.FOREHEAD) == {zone.area for zone in zones("face")}
    # Page Down shows the body, its first zone in focus; Page Up the face again.
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    assert chart.view_buttons["body"].isChecked() and canvas.focused is Area.SCALP
    assert arrows_reach(qtbot, canvas, Area.SCALP) == {zone.area for zone in zones("body")}
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp)
    assert canvas.views == ("face",) and canvas.focused is Area.FOREHEAD
    # Tab leaves the chart for the list: one stop in the form's order, not one per zone.
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert form.areas.isAncestorOf(QApplication.focusWidget())


def test_hovering_a_zone_tells_its_usual_depth(qtbot, form):
    canvas = form.fields.area_chart.canvas
    centre = canvas.centre_of(Area.LEFT_CHEEK)
    event = QHelpEvent(QEvent.Type.ToolTip, centre, canvas.mapToGlobal(centre))
    QApplication.sendEvent(canvas, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Left cheek: usually 0.5–1.5 mm"
    moved = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(centre), QPointF(canvas.mapToGlobal(centre)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(canvas, moved)  # the pointer over the cheek, no button down
    assert canvas.hovered is Area.LEFT_CHEEK
    assert form.fields.area_chart.status.text() == "Left cheek: usually 0.5–1.5 mm"
    nothing = QPoint(2, canvas.height() - 2)  # the corner under the shoulder line
    assert canvas.zone_at(nothing) is None


def test_the_chart_folds_away_and_stays_folded(qtbot, form, open_window, data_dir):
    panel = form.fields.areas_panel
    assert panel.chart.isVisible() and not panel.show_button.isVisible()
    click(qtbot, panel.chart.hide_button)
    assert not panel.chart.isVisible() and panel.show_button.isVisible()
    assert CHART_SHOWN.get() == 0
    assert form.areas.add_button.isVisible()  # the list alone is left
    click(qtbot, panel.show_button)
    assert panel.chart.isVisible() and CHART_SHOWN.get() == 1


def test_screen_readers_find_each_zone_as_a_check_box(qtbot, form):
    chart, canvas = form.fields.area_chart, form.fields.area_chart.canvas
    interface = QAccessible.queryAccessibleInterface(canvas)
    names = [interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())]
    assert names == [zone.area.label for zone in zones("face")]
    cheek = interface.child(names.index("Left cheek"))
    assert cheek.role() == QAccessible.Role.CheckBox
    assert not cheek.state().checked
    assert cheek.text(QAccessible.Text.Description) == "Left cheek: usually 0.5–1.5 mm"
    assert canvas.rect().contains(canvas.mapFromGlobal(cheek.rect().center()))
    click_zone(qtbot, chart, Area.LEFT_CHEEK)
    assert cheek.state().checked and cheek.state().focused
    assert interface.focusChild() is cheek
    assert cheek.text(QAccessible.Text.Description).endswith("treated at 0.5 mm")
    # The buttons and the legend say what they are too.
    assert chart.legend.accessibleName().startswith("Depth colours: up to 0.5 mm")
    assert chart.preset_buttons["Both cheeks"].toolTip() == (
        "Add right cheek, left cheek (those not in the list yet). Key C on the chart does it too."
    )
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)
    body = QAccessible.queryAccessibleInterface(canvas)
    assert body.childCount() == len(zones("body"))


def test_the_sets_are_added_from_the_keyboard_on_the_chart(qtbot, form):
    # The preset buttons are for the mouse; their letters do the same on the chart.
    canvas = form.fields.area_chart.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_C)
    assert [area for area, _ in listed(form)] == [Area.RIGHT_CHEEK, Area.LEFT_CHEEK]
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    assert [area for area, _ in listed(form)][2:] == [Area.NECK, Area.DECOLLETAGE]
    qtbot.keyClick(canvas, Qt.Key.Key_F)
    assert {area for area, _ in listed(form)} >= set(PRESETS["Full face"])
    assert len(listed(form)) == len(PRESETS["Full face"]) + 2  # nothing added twice
    assert "F adds the full face" in canvas.accessibleDescription()
    assert canvas.hasFocus()
