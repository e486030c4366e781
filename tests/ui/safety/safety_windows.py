"""The safety tests' windows: a client on file or not, the session form opened from the
client page, and the ways its widgets are driven."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt

from logger_app.records import ClientDetails, PractitionerDetails
from logger_app.vocabulary import Area
from tests.screening_data import put_on_file
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ..driving import choose, click, type_into


def window_with_client(open_window, data_dir, *, on_file: bool, allergies: str = ""):
    with new_logbook(data_dir) as logbook:
        client = logbook.add_client(
            ClientDetails("Nia", "Bell", date(1990, 4, 2), allergies=allergies)
        )
        if on_file:
            put_on_file(logbook, client.id, on=date.today())
        logbook.add_practitioner(PractitionerDetails("Olu Brown", max_depth_mm=1.0))
    window = open_window(data_dir)
    window.client_view.selectRow(0)
    return window


def open_session_form(qtbot, window) -> SessionDialog:
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    return form


def add_area(qtbot, form: SessionDialog, area: Area, depth: str):
    click(qtbot, form.areas.add_button)
    row = form.areas.rows[-1]
    choose(row.area, area)
    type_into(qtbot, row.depth, depth)
    return row


def tick(qtbot, box) -> None:
    """Click a checkbox on its box (a wide checkbox does not toggle on its blank end)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
