"""Follow-ups due: per active client the earliest of their latest session's next visit and
their course's next session, sorted by date then name; and the day's overview."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from logger_app.logbook import Logbook
from logger_app.records import CourseDetails, FollowUpDue

from ...signing import sign_in_admin

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

TODAY = date(2025, 6, 2)


def _due(logbook: Logbook, **options: object) -> list[tuple[str, date, str, str]]:
    return [
        (entry.client_name, entry.due_on, entry.reason, entry.course_label)
        for entry in logbook.follow_ups_due(TODAY, **options)  # type: ignore[arg-type]
    ]


def test_the_latest_sessions_next_visit_within_the_window(
    logbook: Logbook, add_client, session_on
) -> None:
    ann = add_client("Ann", "Smith", phone="+44 20 7946 0001", email="ann@example.org")
    bo, cy, di, ed = (add_client(name, "Jones") for name in ("Bo", "Cy", "Di", "Ed"))
    session_on(ann.id, date(2025, 5, 5), next_visit_due=date(2025, 6, 2))
    session_on(bo.id, date(2025, 5, 5), next_visit_due=date(2025, 5, 19))  # 14 days late
    session_on(cy.id, date(2025, 5, 5), next_visit_due=date(2025, 5, 18))  # 15: too old
    session_on(di.id, date(2025, 5, 5), next_visit_due=date(2025, 6, 17))  # 15 days ahead
    # Ed's earlier session was due now, but his latest set a later visit: not due.
    session_on(ed.id, date(2025, 4, 1), next_visit_due=date(2025, 6, 1))
    session_on(ed.id, date(2025, 5, 30), next_visit_due=date(2025, 8, 1))

    assert _due(logbook) == [
        ("Bo Jones", date(2025, 5, 19), "next_visit", ""),
        ("Ann Smith", date(2025, 6, 2), "next_visit", ""),
    ]
    assert [entry[0] for entry in _due(logbook, within_days=15)] == [
        "Cy Jones", "Bo Jones", "Ann Smith", "Di Jones",
    ]  # fmt: skip
    entry = logbook.follow_ups_due(TODAY)[1]
    assert entry == FollowUpDue(
        client_id=ann.id, client_name="Ann Smith", initials="A.S.", phone="+44 20 7946 0001",
        email="ann@example.org", due_on=date(2025, 6, 2), reason="next_visit",
        course_label="", last_session_on=date(2025, 5, 5),
    )  # fmt: skip
    assert not entry.overdue_on(TODAY) and entry.overdue_on(TODAY + timedelta(days=1))


def test_a_courses_next_session_and_a_course_behind_plan(
    logbook: Logbook, add_client, session_on
) -> None:
    ann, bo, cy, di = (add_client(name, "Smith") for name in ("Ann", "Bo", "Cy", "Di"))
    # Ann: one of three done on 10 May, the next due 28 days later.
    logbook.start_course(CourseDetails(ann.id, 3, 28, date(2025, 5, 10)))
    session_on(ann.id, date(2025, 5, 10))
    # Bo: started in January, nothing since: due on its first day, however late.
    logbook.start_course(CourseDetails(bo.id, 6, 30, date(2025, 1, 15)))
    # Cy: complete, nothing more due.
    logbook.start_course(CourseDetails(cy.id, 1, 30, date(2025, 5, 1)))
    session_on(cy.id, date(2025, 5, 1))
    # Di: next session due in 20 days, beyond the window.
    logbook.start_course(CourseDetails(di.id, 4, 30, date(2025, 5, 23)))
    session_on(di.id, date(2025, 5, 23))

    assert _due(logbook) == [
        ("Bo Smith", date(2025, 1, 15), "course", "0 of 6"),
        ("Ann Smith", date(2025, 6, 7), "course", "1 of 3"),
    ]
    assert _due(logbook, within_days=20)[-1] == ("Di Smith", date(2025, 6, 22), "course", "1 of 4")


def test_one_entry_per_client_the_earliest(logbook: Logbook, add_client, session_on) -> None:
    ann, bo = add_client("Ann", "Smith"), add_client("Bo", "Jones")
    logbook.start_course(CourseDetails(ann.id, 3, 28, date(2025, 5, 10)))
    session_on(ann.id, date(2025, 5, 10), next_visit_due=date(2025, 6, 1))  # before 7 June
    logbook.start_course(CourseDetails(bo.id, 3, 14, date(2025, 5, 20)))
    session_on(bo.id, date(2025, 5, 20), next_visit_due=date(2025, 6, 10))  # after 3 June

    assert _due(logbook) == [
        ("Ann Smith", date(2025, 6, 1), "next_visit", ""),
        ("Bo Jones", date(2025, 6, 3), "course", "1 of 3"),
    ]


def test_archived_clients_and_ended_courses_are_not_followed_up(
    logbook: Logbook, add_client, session_on
) -> None:
    ann, bo = add_client("Ann", "Smith"), add_client("Bo", "Jones")
    session_on(ann.id, date(2025, 5, 5), next_visit_due=date(2025, 6, 2))
    logbook.start_course(CourseDetails(ann.id, 3, 28, date(2025, 5, 10)))
    logbook.archive_client(ann.id)
    course = logbook.start_course(CourseDetails(bo.id, 3, 28, date(2025, 5, 10)))
    logbook.end_course(course.id, date(2025, 5, 11))
    assert _due(logbook) == []
    logbook.unarchive_client(ann.id)
    assert [entry[0] for entry in _due(logbook)] == ["Ann Smith"]


def test_same_day_sorted_by_name(logbook: Logbook, add_client, session_on) -> None:
    for first, last in (("Zoe", "Adams"), ("amy", "Zimmer"), ("Bea", "Brown")):
        client = add_client(first, last)
        session_on(client.id, date(2025, 5, 5), next_visit_due=date(2025, 6, 3))
    assert [entry[0] for entry in _due(logbook)] == ["amy Zimmer", "Bea Brown", "Zoe Adams"]


def test_the_days_overview(logbook: Logbook, add_client, session_on, zone) -> None:
    zone("Europe/Berlin")  # UTC+2 in June: 23:30 UTC on 1 June is already 2 June there
    sign_in_admin(logbook)
    ann, bo = add_client("Ann", "Smith"), add_client("Bo", "Jones")
    late = session_on(bo.id, datetime(2025, 6, 1, 23, 30, tzinfo=UTC))  # 01:30 today, draft
    signed = session_on(ann.id, datetime(2025, 6, 2, 8, 0, tzinfo=UTC), sign=True)
    session_on(ann.id, datetime(2025, 6, 2, 22, 30, tzinfo=UTC))  # 00:30 tomorrow
    old = session_on(ann.id, date(2025, 5, 20), next_visit_due=date(2025, 6, 1))
    session_on(bo.id, date(2025, 5, 21), sign=True)  # signed: not waiting

    day = logbook.day_overview(TODAY)

    assert day.today == TODAY
    assert [(e.session_id, e.client_name, e.signed) for e in day.sessions] == [
        (late.id, "Bo Jones", False), (signed.id, "Ann Smith", True),
    ]  # fmt: skip
    assert day.sessions[0].started_at.hour == 1  # shown in local time
    assert day.sessions[0].practitioner == "Dr Jane Doe"
    assert [(e.session_id, e.client_id) for e in day.old_drafts] == [(old.id, ann.id)]
    # Ann's latest session is tomorrow's draft, which set no next visit.
    assert day.follow_ups == []


@pytest.mark.parametrize("home", ["file"])
def test_the_follow_ups_query_count_does_not_grow_with_clients(
    logbook: Logbook, add_client, session_on
) -> None:
    """A fixed number of statements however many clients are due: no round trip per
    client (on the clinic server each would cross the network)."""

    def statements() -> int:
        seen: list[str] = []
        logbook._db.conn.set_trace_callback(seen.append)
        try:
            logbook.follow_ups_due(TODAY)
        finally:
            logbook._db.conn.set_trace_callback(None)
        return sum(statement.lstrip().startswith("SELECT") for statement in seen)

    def add_due(count: int) -> None:
        for index in range(count):
            client = add_client(f"Client{len(logbook.client_ids())}", "Due")
            session_on(client.id, date(2025, 5, 5), next_visit_due=date(2025, 6, 1))
            if index % 2:
                logbook.start_course(CourseDetails(client.id, 3, 7, date(2025, 5, 1)))

    add_due(2)
    few = statements()
    add_due(20)
    assert len(logbook.follow_ups_due(TODAY)) == 22
    assert statements() == few == 3  # latest next visits, open courses, contacts


def test_a_window_is_not_negative(logbook: Logbook) -> None:
    with pytest.raises(ValueError):
        logbook.follow_ups_due(TODAY, within_days=-1)
    assert logbook.follow_ups_due(TODAY, within_days=0) == []
