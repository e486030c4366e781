"""Review → Follow-ups due: who is due within N days, opened with a double click, saved
to a calendar file that names nobody."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from logger_app.records import AreaTreatment, ClientDetails, CourseDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.common.display import format_date
from ui.review.follow_ups import FollowUpsWindow

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import click, type_into

MAYA = "Maya Okafor"
TODAY = date.today()


def visit(client_id: int, days_ago: int, next_in: int) -> SessionDetails:
    """A session ``days_ago`` days ago setting the next visit ``next_in`` days from today."""
    day = TODAY - timedelta(days=days_ago)
    return SessionDetails(
        client_id=client_id,
        started_at=datetime(day.year, day.month, day.day, 10).astimezone(),
        practitioner_name=MAYA,
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
        next_visit_due=TODAY + timedelta(days=next_in),
    )


@pytest.fixture
def due_book(data_dir: Path) -> dict[str, int]:
    """Ben two days overdue, Cara due in five days, Dan's course never begun (due two
    months ago), Fay due in twenty days."""
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)
        ids = {}
        for first, last, phone in (
            ("Ben", "Park", "0151 200"),
            ("Cara", "Diaz", "0151 300"),
            ("Dan", "Roe", ""),
            ("Fay", "Holm", "0151 600"),
        ):
            details = ClientDetails(first, last, phone=phone, email=f"{first.lower()}@mail.test")
            ids[first] = logbook.add_client(details).id
        for name, days_ago, next_in in (("Ben", 30, -2), ("Cara", 20, 5), ("Fay", 10, 20)):
            logbook.record_session(visit(ids[name], days_ago, next_in), enforce_safety=False)
        logbook.start_course(
            CourseDetails(ids["Dan"], 6, 28, TODAY - timedelta(days=60), (Area.CHIN,))
        )
    return ids


def table(window: FollowUpsWindow) -> list[list[str]]:
    proxy = window.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def open_follow_ups(window) -> FollowUpsWindow:
    window.follow_ups_action.trigger()  # Review → Follow-ups due…
    follow_ups = window.follow_ups_window
    assert isinstance(follow_ups, FollowUpsWindow)
    return follow_ups


def test_the_follow_ups_due_within_n_days_and_a_double_click_opens_one(
    qtbot, qtmodeltester, open_window, due_book, data_dir
):
    window = open_window(data_dir)
    follow_ups = open_follow_ups(window)
    qtmodeltester.check(follow_ups.model, force_py=True)
    dan_due = format_date(TODAY - timedelta(days=60))
    assert table(follow_ups) == [
        [f"{dan_due} (overdue 60 days)", "Dan Roe", "", "dan@mail.test", "Course", "0 of 6"],
        [
            f"{format_date(TODAY - timedelta(days=2))} (overdue 2 days)",
            "Ben Park", "0151 200", "ben@mail.test", "Next visit", "",
        ],
        [
            f"{format_date(TODAY + timedelta(days=5))} (in 5 days)",
            "Cara Diaz", "0151 300", "cara@mail.test", "Next visit", "",
        ],
    ]  # fmt: skip
    assert follow_ups.summary.text() == "3 follow-ups due, 2 overdue."

    type_into(qtbot, follow_ups.within, "30")
    assert [row[1] for row in table(follow_ups)] == ["Dan Roe", "Ben Park", "Cara Diaz", "Fay Holm"]
    follow_ups.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by client
    assert [row[1] for row in table(follow_ups)][:2] == ["Ben Park", "Cara Diaz"]

    view = follow_ups.table
    rect = view.visualRect(follow_ups.proxy.index(1, 1))
    # A double click as the mouse makes it: a click, then the second press.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.client_page.name_label.text() == "Cara Diaz"
    assert window.selected_client_id() == due_book["Cara"]


def test_a_session_recorded_moves_the_list_without_a_hand_refresh(
    qtbot, open_window, due_book, data_dir
):
    window = open_window(data_dir)
    follow_ups = open_follow_ups(window)
    assert "Ben Park" in [row[1] for row in table(follow_ups)]
    window.logbook.record_session(visit(due_book["Ben"], 0, 40), enforce_safety=False)
    assert [row[1] for row in table(follow_ups)] == ["Dan Roe", "Cara Diaz"]
    assert follow_ups.summary.text() == "2 follow-ups due, 1 overdue."


def test_saved_to_a_calendar_file_that_names_nobody(
    qtbot, open_window, due_book, data_dir, prompter, tmp_path
):
    window = open_window(data_dir)
    follow_ups = open_follow_ups(window)
    prompter.save_answer = tmp_path / "follow-ups"
    click(qtbot, follow_ups.ics_button)
    saved = tmp_path / "follow-ups.ics"
    assert prompter.file_dialogs[-1][0] == "Save follow-ups to a calendar file"
    assert follow_ups.status.text() == (
        f"Saved 3 follow-ups to {saved} (clients named by initials and id only)."
    )
    text = saved.read_text(encoding="utf-8")
    assert text.count("BEGIN:VEVENT") == 3
    assert f"SUMMARY:Follow-up: B.P. (client {due_book['Ben']})" in text
    for word in ("Ben", "Park", "Cara", "0151", "mail.test", "Course", "Forehead"):
        assert word not in text
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600

    # A folder that is not there: said, nothing claimed as saved.
    prompter.save_answer = tmp_path / "gone" / "due.ics"
    follow_ups.status.clear()
    click(qtbot, follow_ups.ics_button)
    assert prompter.errors[-1].startswith("The calendar file was not saved: ")
    assert follow_ups.status.text() == ""
