"""Courses of treatment through the Logbook: validated plans, one under way per client,
changes and endings audited and announced, and progress counted by local dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from logger_app.changes import Change
from logger_app.courses import ONE_OPEN_COURSE
from logger_app.errors import NotFoundError, ValidationError
from logger_app.logbook import Logbook
from logger_app.records import CourseDetails
from logger_app.vocabulary import Area

from ...signing import sign_in_admin

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

MAY_1 = date(2025, 5, 1)


def _plan(client_id: int, **fields: object) -> CourseDetails:
    values: dict[str, object] = {
        "client_id": client_id,
        "planned_sessions": 6,
        "interval_days": 28,
        "started_on": MAY_1,
        "areas": (Area.FOREHEAD, Area.LEFT_CHEEK),
        "notes": "Acne scars, cheeks first.",
    }
    values.update(fields)
    return CourseDetails(**values)  # type: ignore[arg-type]


def _course_rows(logbook: Logbook) -> int:
    return logbook._db.execute("SELECT count(*) FROM courses").fetchone()[0]


def test_a_course_is_started_kept_and_read_back(logbook: Logbook, client) -> None:
    logbook.set_actor("Maya Okafor")
    course = logbook.start_course(_plan(client.id))

    assert course.details == _plan(client.id)
    assert course.ended_on is None and course.created_by == "Maya Okafor"
    assert logbook.open_course(client.id) == course
    assert logbook.courses_of(client.id) == [course]
    assert logbook.course(course.id) == course
    [entry] = logbook.audit_entries(limit=1)
    assert (entry.action, entry.entity, entry.entity_id, entry.client_id) == (
        "create", "course", course.id, client.id,
    )  # fmt: skip
    assert "Smith" not in entry.summary and "Acne" not in entry.summary


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"planned_sessions": 0}, "planned_sessions"),
        ({"planned_sessions": 51}, "planned_sessions"),
        ({"interval_days": 0}, "interval_days"),
        ({"interval_days": 731}, "interval_days"),
        ({"areas": (Area.NOSE, Area.NOSE)}, "areas"),
        ({"areas": ("nose",)}, "areas"),
        ({"started_on": date.today() + timedelta(days=400)}, "started_on"),
        ({"started_on": date(1980, 1, 1)}, "started_on"),  # before the client was born
        ({"notes": "x" * 10_001}, "notes"),
        ({"notes": "a\x00b"}, "notes"),
    ],
)
def test_a_plan_out_of_bounds_is_refused_next_to_its_field(
    logbook: Logbook, client, fields: dict[str, object], key: str
) -> None:
    entries = logbook.audit_count()
    with pytest.raises(ValidationError) as refused:
        logbook.start_course(_plan(client.id, **fields))
    assert list(refused.value.problems) == [key]
    assert _course_rows(logbook) == 0 and logbook.audit_count() == entries


def test_bounds_themselves_are_accepted(logbook: Logbook, add_client) -> None:
    one = logbook.start_course(_plan(add_client("Bo").id, planned_sessions=1, interval_days=1))
    most = logbook.start_course(
        _plan(add_client("Cy").id, planned_sessions=50, interval_days=730, areas=(),
              started_on=date.today() + timedelta(days=365))
    )  # fmt: skip
    assert one.details.planned_sessions == 1 and most.details.interval_days == 730


def test_one_course_under_way_per_client(logbook: Logbook, client, add_client) -> None:
    first = logbook.start_course(_plan(client.id))
    with pytest.raises(ValidationError) as refused:
        logbook.start_course(_plan(client.id, started_on=date(2025, 5, 20)))
    assert refused.value.problems == {"client_id": ONE_OPEN_COURSE}
    assert logbook.start_course(_plan(add_client("Bo").id))  # another client may

    logbook.end_course(first.id, date(2025, 5, 30))
    second = logbook.start_course(_plan(client.id, started_on=date(2025, 6, 1)))
    assert [course.id for course in logbook.courses_of(client.id)] == [second.id, first.id]
    assert logbook.open_course(client.id) == second


def test_the_database_refuses_a_second_open_course_the_check_missed(
    logbook: Logbook, client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two rooms starting a course for one client at once: the later insert is refused by
    the database and told in the same words."""
    logbook.start_course(_plan(client.id))
    store = logbook._day._courses
    real = store.open_of
    calls: list[int] = []

    def missed_once(client_id: int):
        calls.append(client_id)
        return None if len(calls) == 1 else real(client_id)

    monkeypatch.setattr(store, "open_of", missed_once)
    entries = logbook.audit_count()
    with pytest.raises(ValidationError) as refused:
        logbook.start_course(_plan(client.id, started_on=date(2025, 5, 2)))
    assert refused.value.problems == {"client_id": ONE_OPEN_COURSE}
    assert _course_rows(logbook) == 1 and logbook.audit_count() == entries


def test_plans_change_and_the_client_stays(logbook: Logbook, client, add_client) -> None:
    course = logbook.start_course(_plan(client.id))
    changed = logbook.update_course(
        course.id, replace(course.details, planned_sessions=4, interval_days=42, areas=())
    )
    assert changed.details.planned_sessions == 4 and changed.details.interval_days == 42
    assert changed.details.areas == () and changed.created_at == course.created_at
    assert logbook.audit_entries(limit=1)[0].action == "update"
    with pytest.raises(ValidationError) as refused:
        logbook.update_course(course.id, replace(course.details, client_id=add_client("Bo").id))
    assert "client_id" in refused.value.problems
    with pytest.raises(ValidationError):
        logbook.update_course(course.id, replace(course.details, interval_days=0))
    assert logbook.course(course.id) == changed
    with pytest.raises(NotFoundError):
        logbook.update_course(course.id + 100, course.details)


def test_a_course_ends_once_and_not_before_it_started(logbook: Logbook, client) -> None:
    course = logbook.start_course(_plan(client.id))
    with pytest.raises(ValidationError) as early:
        logbook.end_course(course.id, date(2025, 4, 30))
    assert list(early.value.problems) == ["ended_on"]
    with pytest.raises(ValidationError):
        logbook.end_course(course.id, date.today() + timedelta(days=1))

    ended = logbook.end_course(course.id)  # today by default
    assert ended.ended_on == datetime.now().astimezone().date()
    assert logbook.open_course(client.id) is None
    assert logbook.audit_entries(limit=1)[0].action == "end"
    with pytest.raises(ValidationError) as twice:
        logbook.end_course(course.id)
    assert twice.value.problems == {"ended_on": "This course has ended already."}


def test_course_writes_announce_a_course_change(logbook: Logbook, client) -> None:
    heard: list[Change] = []
    logbook.changes.subscribe(heard.append)
    course = logbook.start_course(_plan(client.id))
    logbook.update_course(course.id, replace(course.details, planned_sessions=3))
    logbook.end_course(course.id, date(2025, 6, 1))
    with pytest.raises(ValidationError):
        logbook.end_course(course.id, date(2025, 6, 1))  # refused: announces nothing
    assert heard == [
        Change("course", client.id, None, action) for action in ("create", "update", "end")
    ]


def test_progress_counts_the_sessions_since_the_start(logbook: Logbook, client, session_on):
    assert logbook.course_progress(client.id) is None
    logbook.start_course(_plan(client.id, planned_sessions=3, interval_days=28))
    progress = logbook.course_progress(client.id)
    assert progress is not None
    assert (progress.done, progress.next_due, progress.label) == (0, MAY_1, "0 of 3")

    session_on(client.id, date(2025, 4, 30))  # before the course: not counted
    session_on(client.id, MAY_1)  # a draft counts
    session_on(client.id, date(2025, 5, 29))
    progress = logbook.course_progress(client.id, today=date(2025, 6, 2))
    assert progress is not None and not progress.complete
    assert (progress.done, progress.next_due, progress.label) == (2, date(2025, 6, 26), "2 of 3")
    # Seen on a day before the second session, only the first had happened.
    earlier = logbook.course_progress(client.id, today=date(2025, 5, 10))
    assert earlier is not None and (earlier.done, earlier.next_due) == (1, date(2025, 5, 29))

    session_on(client.id, date(2025, 6, 2))
    done = logbook.course_progress(client.id, today=date(2025, 6, 2))
    assert done is not None and done.complete and done.next_due is None
    assert done.label == "3 of 3"


def test_signed_sessions_count_like_drafts(logbook: Logbook, client, session_on) -> None:
    sign_in_admin(logbook)
    logbook.start_course(_plan(client.id, planned_sessions=2))
    session_on(client.id, date(2025, 5, 3), sign=True)
    progress = logbook.course_progress(client.id, today=date(2025, 6, 2))
    assert progress is not None and progress.done == 1
    assert progress.next_due == date(2025, 5, 31)


@pytest.mark.parametrize(
    ("zone_name", "counted"),
    [("Pacific/Auckland", 1), ("UTC", 0), ("America/Los_Angeles", 0)],
)
def test_a_sessions_day_is_its_local_date(
    logbook: Logbook, client, session_on, zone, zone_name: str, counted: int
) -> None:
    """20:00 UTC on 30 April is already 1 May in Auckland, not in London or California."""
    zone(zone_name)
    logbook.start_course(_plan(client.id))
    session_on(client.id, datetime(2025, 4, 30, 20, 0, tzinfo=UTC))
    progress = logbook.course_progress(client.id, today=date(2025, 6, 2))
    assert progress is not None and progress.done == counted


def test_erasing_a_client_erases_their_courses(logbook: Logbook, client, add_client) -> None:
    sign_in_admin(logbook)
    other = add_client("Bo", "Jones")
    ended = logbook.start_course(_plan(client.id))
    logbook.end_course(ended.id, date(2025, 5, 20))
    logbook.start_course(_plan(client.id, started_on=date(2025, 5, 21)))
    kept = logbook.start_course(_plan(other.id))

    report = logbook.erase_client(client.id, client.full_name)

    assert report.other_rows >= 2
    rows = logbook._db.execute("SELECT id, client_id FROM courses").fetchall()
    assert [tuple(row) for row in rows] == [(kept.id, other.id)]
    tombstone = logbook.audit_entries(limit=1)[0]
    assert tombstone.action == "erase"
    # The course entries about the client lost their link to them, as every other did.
    assert all(
        entry.client_id != client.id
        for entry in logbook.audit_entries()
        if entry.entity == "course" and entry.id != tombstone.id
    )


def test_a_course_another_room_ended_meanwhile_stays_as_they_ended_it(
    logbook: Logbook, client, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = logbook.start_course(_plan(client.id))
    store = logbook._day._courses
    store.end(course.id, date(2025, 5, 20))  # the other room, after this one looked
    monkeypatch.setattr(store, "get", lambda course_id, real=store.get: course)  # stale read
    entries = logbook.audit_count()
    with pytest.raises(ValidationError) as refused:
        logbook.end_course(course.id, date(2025, 6, 1))
    assert list(refused.value.problems) == ["ended_on"]
    monkeypatch.undo()
    assert logbook.course(course.id).ended_on == date(2025, 5, 20)
    assert logbook.audit_count() == entries
