"""A client's course of treatment through the window: planned from the client page, its
progress on the page's course line (behind plan said in words), the core's refusals
next to the field, ended; and a new session of the course starting from the plan."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from logger_app.records import AreaTreatment, ClientDetails, CourseDetails, SessionDetails
from logger_app.vocabulary import Area, Device, suggested_depth_mm
from tests.screening_data import put_on_file
from ui.clients.course_dialog import CourseDialog
from ui.common.display import format_date
from ui.session.session_form import SessionDialog

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import click, type_into, wait_closed

MAYA = "Maya Okafor"


@pytest.fixture
def client_book(data_dir: Path) -> dict[str, int]:
    """Ann, on file, with nothing planned; Ben, on file, with a course of 3 sessions two
    weeks apart over both cheeks begun eight weeks ago, and one session six weeks ago
    (forehead 0.75 mm)."""
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)
        ann = logbook.add_client(ClientDetails("Ann", "Lee")).id
        ben = logbook.add_client(ClientDetails("Ben", "Park")).id
        today = date.today()
        for client in (ann, ben):  # screened lately: no warning to acknowledge
            put_on_file(logbook, client, on=today - timedelta(days=30))
        logbook.record_session(
            SessionDetails(
                client_id=ben,
                started_at=datetime.now().astimezone() - timedelta(weeks=6),
                practitioner_name=MAYA,
                device=Device.PEN,
                areas=(AreaTreatment(Area.FOREHEAD, 0.75),),
            ),
            enforce_safety=False,
        )
        logbook.start_course(
            CourseDetails(
                ben, 3, 14, today - timedelta(weeks=8), (Area.LEFT_CHEEK, Area.RIGHT_CHEEK)
            )
        )
    return {"Ann": ann, "Ben": ben}


def tick(qtbot, dialog: CourseDialog, *areas: Area) -> None:
    """Tick areas the keyboard way: move to the item, press Space."""
    dialog.areas.setFocus()
    for area in areas:
        row = next(
            r
            for r in range(dialog.areas.count())
            if dialog.areas.item(r).data(Qt.ItemDataRole.UserRole) == area.value
        )
        dialog.areas.setCurrentRow(row)
        qtbot.keyClick(dialog.areas.viewport(), Qt.Key.Key_Space)


def open_course_dialog(qtbot, window) -> CourseDialog:
    click(qtbot, window.client_page.course_line.button)
    dialog = window.current_dialog
    assert isinstance(dialog, CourseDialog)
    return dialog


def area_rows(form: SessionDialog) -> list[tuple[Area, float]]:
    return [(value.area, value.depth_mm) for row in form.areas.rows if (value := row.value())]


def test_a_course_planned_on_the_client_page_shows_and_starts_the_next_session(
    qtbot, open_window, client_book, data_dir
):
    window = open_window(data_dir)
    window.flows.open_client(client_book["Ann"])
    line = window.client_page.course_line
    assert line.label.text() == "No course planned."
    assert line.button.text() == "Plan a course…"

    dialog = open_course_dialog(qtbot, window)
    assert not dialog.end_button.isVisible()
    type_into(qtbot, dialog.planned_sessions, "5")
    type_into(qtbot, dialog.interval_weeks, "6")
    tick(qtbot, dialog, Area.FOREHEAD, Area.CHIN)
    type_into(qtbot, dialog.notes, "Acne scars; photos each visit")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)

    course = window.logbook.open_course(client_book["Ann"])
    assert course is not None
    assert course.details.planned_sessions == 5
    assert course.details.interval_days == 42
    assert course.details.areas == (Area.FOREHEAD, Area.CHIN)
    assert course.details.notes == "Acne scars; photos each visit"
    assert course.details.started_on == date.today()
    assert line.label.text() == f"Course: 0 of 5 · next due {format_date(date.today())}"
    assert line.button.text() == "Course plan…"
    assert window.statusBar().currentMessage() == "Course plan saved: 5 sessions, 6 weeks apart."

    # The next session starts from the plan: its areas at their suggested depths.
    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    assert area_rows(form) == [
        (Area.FOREHEAD, suggested_depth_mm(Area.FOREHEAD)),
        (Area.CHIN, suggested_depth_mm(Area.CHIN)),
    ]
    form.mark_unchanged()
    form.reject()


def test_behind_plan_is_said_in_words_and_repeat_last_session_still_repeats(
    qtbot, open_window, client_book, data_dir
):
    window = open_window(data_dir)
    window.flows.open_client(client_book["Ben"])
    line = window.client_page.course_line
    # The session six weeks ago counts; the next was due two weeks after it.
    due = format_date(date.today() - timedelta(weeks=4))
    assert line.label.text() == f"Course: 1 of 3 · next was due {due}: behind plan"
    assert line.label.property("state") == "behind"

    click(qtbot, window.client_page.new_session_button)
    form = window.current_dialog
    assert isinstance(form, SessionDialog)
    assert area_rows(form) == [(Area.LEFT_CHEEK, 0.5), (Area.RIGHT_CHEEK, 0.5)]
    click(qtbot, form.copy_button)  # the last session's areas instead
    assert area_rows(form) == [(Area.FOREHEAD, 0.75)]
    form.mark_unchanged()
    form.reject()


def test_what_the_core_refuses_is_said_next_to_the_field(qtbot, open_window, client_book, data_dir):
    window = open_window(data_dir)
    window.flows.open_client(client_book["Ann"])
    dialog = open_course_dialog(qtbot, window)
    dialog.started_on.setDate(QDate.currentDate().addYears(2))
    click(qtbot, dialog.save_button)
    message = dialog.errors.label_for("started_on")
    assert message.isVisible()
    assert message.text() == "A course can be planned at most a year ahead."
    assert dialog.isVisible()
    assert window.logbook.open_course(client_book["Ann"]) is None


def test_a_course_is_changed_then_ended(qtbot, open_window, client_book, data_dir, prompter):
    window = open_window(data_dir)
    window.flows.open_client(client_book["Ben"])
    window.course_action.trigger()  # Client → Course plan…
    dialog = window.current_dialog
    assert isinstance(dialog, CourseDialog)
    assert dialog.planned_sessions.value() == 3
    assert dialog.checked_areas() == (Area.LEFT_CHEEK, Area.RIGHT_CHEEK)
    assert dialog.interval_weeks.value() == 2
    type_into(qtbot, dialog.planned_sessions, "4")
    click(qtbot, dialog.save_button)
    wait_closed(qtbot, window)
    course = window.logbook.open_course(client_book["Ben"])
    assert course is not None and course.details.planned_sessions == 4
    assert course.details.interval_days == 14  # untouched: not rounded
    assert window.client_page.course_line.label.text().startswith("Course: 1 of 4")

    dialog = open_course_dialog(qtbot, window)
    assert dialog.end_button.isVisible()
    click(qtbot, dialog.end_button)
    assert prompter.asked[-1] == "End the course?"
    wait_closed(qtbot, window)
    assert window.logbook.open_course(client_book["Ben"]) is None
    assert window.logbook.courses_of(client_book["Ben"])[0].ended_on == date.today()
    assert window.client_page.course_line.label.text() == "No course planned."
