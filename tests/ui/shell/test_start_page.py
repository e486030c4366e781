"""The start page, shown while no client is selected: today's sessions, follow-ups due,
drafts waiting to be signed, the clients opened lately; one click or Enter opens them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, CourseDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from tests.screening_data import put_on_file
from ui.clients.client_form import ClientDialog
from ui.common.preferences import recent_client_ids
from ui.common.theme import color
from ui.session.session_form import SessionDialog
from ui.shell.start_page import Section

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..driving import click

TODAY = date(2026, 3, 10)
MAYA = "Maya Okafor"


def at(day: date, hour: int) -> datetime:
    """``hour`` o'clock on ``day`` in this computer's time zone."""
    return datetime(day.year, day.month, day.day, hour).astimezone()


def session(client_id: int, day: date, hour: int = 10, next_visit: date | None = None):
    return SessionDetails(
        client_id=client_id,
        started_at=at(day, hour),
        practitioner_name=MAYA,
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
        next_visit_due=next_visit,
    )


@pytest.fixture
def day_book(data_dir: Path) -> dict[str, int]:
    """Ann treated today (a draft), Ben's draft of five days ago with his next visit two
    days overdue, Cara signed with her next visit in five days, Dan's course planned two
    months ago and never begun, Eve with nothing due."""
    with new_logbook(data_dir) as logbook:
        sign_in(logbook, MAYA)
        ids = {}
        for first, last in (("Ann", "Lee"), ("Ben", "Park"), ("Cara", "Diaz"), ("Dan", "Roe")):
            ids[first] = logbook.add_client(ClientDetails(first, last, phone="0170 1234")).id
            put_on_file(logbook, ids[first])
        ids["Eve"] = logbook.add_client(ClientDetails("Eve", "Sol")).id
        record = logbook.record_session
        ids["ann_today"] = record(session(ids["Ann"], TODAY, 9), enforce_safety=False).id
        ids["ben_draft"] = record(
            session(ids["Ben"], TODAY - timedelta(days=5), next_visit=TODAY - timedelta(days=2)),
            enforce_safety=False,
        ).id
        record(
            session(ids["Cara"], TODAY - timedelta(days=20), next_visit=TODAY + timedelta(days=5)),
            enforce_safety=False,
            sign=True,
        )
        logbook.start_course(
            CourseDetails(ids["Dan"], 6, 28, TODAY - timedelta(days=60), (Area.LEFT_CHEEK,))
        )
    return ids


def rows(section: Section) -> list[list[str]]:
    model = section.model
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def click_row(qtbot, section: Section, row: int) -> None:
    view = section.table
    rect = view.visualRect(section.model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def read_after(qtbot, page, change: Callable[[], object]) -> None:
    """Do ``change`` and wait for the page's reading of the day it starts (read off the
    window's thread)."""
    before = page.reads_done
    change()
    qtbot.waitUntil(lambda: page.reads_done > before)


def on_day(qtbot, window, day: date = TODAY) -> None:
    """The page's clock set to ``day`` and its minute's check run: the day turned."""
    page = window.start_page
    page.today = lambda: day
    read_after(qtbot, page, page.date_timer.timeout.emit)


def test_the_page_shows_the_day_and_reads_it_again_when_it_turns(
    qtbot, qtmodeltester, open_window, day_book, data_dir
):
    window = open_window(data_dir)
    page = window.start_page
    assert window.pages.currentWidget() is page
    on_day(qtbot, window)
    assert page.day_label.text() == "Tuesday, 10 March 2026"
    for section in page.sections():
        qtmodeltester.check(section.model, force_py=True)

    assert rows(page.today_section) == [["09:00", "Ann Lee", "Draft"]]
    assert page.today_section.title.text() == "Today (1)"
    assert rows(page.follow_ups_section) == [
        ["9 Jan 2026 (overdue 60 days)", "Dan Roe", "Course 0 of 6"],
        ["8 Mar 2026 (overdue 2 days)", "Ben Park", "Next visit"],
        ["15 Mar 2026 (in 5 days)", "Cara Diaz", "Next visit"],
    ]
    model = page.follow_ups_section.model
    foreground = [model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) for row in range(3)]
    assert [brush.color() if brush else None for brush in foreground] == [
        color("danger"),
        color("danger"),
        None,
    ]
    assert rows(page.drafts_section) == [["5 Mar 2026", "Ben Park", MAYA]]
    assert page.recent_section.empty.isVisible()
    assert not page.recent_section.table.isVisible()

    # The next day: Ann's draft is a day old now, and nobody was treated yet.
    on_day(qtbot, window, TODAY + timedelta(days=1))
    assert page.day_label.text() == "Wednesday, 11 March 2026"
    assert rows(page.today_section) == []
    assert page.today_section.empty.isVisible()
    assert page.today_section.empty.text() == "No session recorded today yet."
    assert [r[1] for r in rows(page.drafts_section)] == ["Ben Park", "Ann Lee"]


def test_a_session_recorded_shows_without_a_hand_refresh(qtbot, open_window, day_book, data_dir):
    window = open_window(data_dir)
    page = window.start_page
    on_day(qtbot, window)
    read_after(
        qtbot,
        page,
        lambda: window.logbook.record_session(
            session(day_book["Eve"], TODAY, 11), enforce_safety=False
        ),
    )
    assert rows(page.today_section) == [
        ["09:00", "Ann Lee", "Draft"],
        ["11:00", "Eve Sol", "Draft"],
    ]


def test_a_click_opens_the_client_and_the_start_page_lists_them_after(
    qtbot, open_window, day_book, data_dir
):
    window = open_window(data_dir)
    page = window.start_page
    on_day(qtbot, window)
    click_row(qtbot, page.follow_ups_section, 1)
    assert window.pages.currentWidget() is window.client_page
    assert window.client_page.name_label.text() == "Ben Park"
    assert window.selected_client_id() == day_book["Ben"]

    # Back to the start page (the toolbar's button, or Alt+Home): Ben was opened lately.
    assert window.start_page_action.shortcut().toString() == "Alt+Home"
    toolbar = window.findChild(QToolBar, "mainToolbar")
    click(qtbot, toolbar.widgetForAction(window.start_page_action))
    assert window.pages.currentWidget() is page
    assert window.selected_client_id() is None
    assert rows(page.recent_section) == [["Ben Park", "0170 1234"]]
    assert recent_client_ids() == [day_book["Ben"]]

    # Enter on a row opens it too.
    page.follow_ups_section.table.setFocus()
    page.follow_ups_section.table.setCurrentIndex(page.follow_ups_section.model.index(2, 0))
    qtbot.keyClick(page.follow_ups_section.table, Qt.Key.Key_Return)
    assert window.client_page.name_label.text() == "Cara Diaz"
    window.start_page_action.trigger()
    assert [r[0] for r in rows(page.recent_section)] == ["Cara Diaz", "Ben Park"]


def test_a_click_on_a_draft_opens_its_form(qtbot, open_window, day_book, data_dir):
    window = open_window(data_dir)
    page = window.start_page
    on_day(qtbot, window)
    click_row(qtbot, page.drafts_section, 0)
    dialog = window.current_dialog
    assert isinstance(dialog, SessionDialog)
    assert dialog._session is not None and dialog._session.id == day_book["ben_draft"]
    assert window.client_page.name_label.text() == "Ben Park"
    dialog.reject()


def test_archived_and_erased_clients_leave_the_recent_list(qtbot, open_window, day_book, data_dir):
    window = open_window(data_dir)
    for name in ("Ann", "Ben", "Cara"):
        window.flows.open_client(day_book[name])
    window.show_start_page()
    page = window.start_page
    assert [r[0] for r in rows(page.recent_section)] == ["Cara Diaz", "Ben Park", "Ann Lee"]

    window.logbook.archive_client(day_book["Ben"])
    window.logbook.erase_client(day_book["Cara"], "Cara Diaz")
    assert [r[0] for r in rows(page.recent_section)] == ["Ann Lee"]
    assert recent_client_ids() == [day_book["Ann"]]


def test_a_first_start_offers_a_new_client_or_an_import(qtbot, open_window, data_dir):
    window = open_window(data_dir)
    page = window.start_page
    assert window.pages.currentWidget() is page
    assert "The logbook is empty" in page.text()
    assert page.welcome.isVisible()
    qtbot.waitUntil(lambda: page.reads_done == 1)  # read off the window's thread
    for section in page.sections():
        assert section.empty.isVisible() and not section.table.isVisible()
    assert page.follow_ups_section.empty.text().startswith("Nobody is due")
    click(qtbot, page.new_client_button)
    assert isinstance(window.current_dialog, ClientDialog)
    window.current_dialog.reject()


def test_hidden_it_only_notes_a_change_and_reads_once_shown(
    qtbot, open_window, day_book, data_dir, monkeypatch
):
    window = open_window(data_dir)
    page = window.start_page
    on_day(qtbot, window)
    reads: list[date] = []
    overview = Logbook.day_overview  # the page reads with its own connection, off-thread

    def counted(logbook, today=None):
        reads.append(today)
        return overview(logbook, today)

    monkeypatch.setattr(Logbook, "day_overview", counted)
    window.flows.open_client(day_book["Eve"])
    window.logbook.record_session(session(day_book["Eve"], TODAY, 11), enforce_safety=False)
    assert reads == []  # hidden: nothing read
    assert page.reads_done == 1

    # A search matching nobody shows the page: read once, not again on each key.
    read_after(qtbot, page, lambda: qtbot.keyClicks(window.search, "zzz"))
    assert window.pages.currentWidget() is page
    assert [r[1] for r in rows(page.today_section)] == ["Ann Lee", "Eve Sol"]
    assert reads == [TODAY] and page.reads_done == 2


def test_a_long_list_of_follow_ups_shows_the_most_pressing_and_says_where_the_rest_are(
    qtbot, open_window, day_book, data_dir, monkeypatch
):
    monkeypatch.setattr("ui.shell.start_page.FOLLOW_UPS_SHOWN", 2)
    window = open_window(data_dir)
    on_day(qtbot, window)
    section = window.start_page.follow_ups_section
    assert [r[1] for r in rows(section)] == ["Dan Roe", "Ben Park"]  # the most overdue
    assert section.title.text() == (
        "Follow-ups due (3: the first 2 here, all in Review → Follow-ups due…)"
    )


def test_before_a_restore_a_reading_under_way_ends_and_is_not_shown(
    qtbot, open_window, day_book, data_dir, monkeypatch
):
    # A restore swaps the logbook's files: no reading may hold the database meanwhile.
    window = open_window(data_dir)
    page = window.start_page
    on_day(qtbot, window)
    started, finished = threading.Event(), threading.Event()
    release = threading.Event()
    overview = Logbook.day_overview

    def slow(logbook, today=None):
        started.set()
        release.wait(5)
        try:
            return overview(logbook, today)
        finally:
            finished.set()

    monkeypatch.setattr(Logbook, "day_overview", slow)
    window.start_page.refresh()
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()  # the reading ends a moment later
    done = page.reads_done
    window._close_logbook()
    assert finished.is_set()  # it ended before the logbook was closed
    QApplication.processEvents()  # the finished reading's callback is delivered now
    assert page.reads_done == done  # and its rows were not shown
