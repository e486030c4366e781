"""Courses of treatment, and the reads behind the practitioner's day (follow-ups due,
today's sessions, drafts waiting): every SQL statement about them.

The day's reads are few set-wise queries, never one per client: on the clinic server
each statement is a round trip, and a logbook holds thousands of clients.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import Course, CourseDetails
from ..vocabulary import Area
from .dialect import dialect_of
from .timestamps import from_db_date, from_db_time, to_db_date, to_db_time, utc_now

# A client as a follow-up names them.
_CONTACT = "c.id, c.first_name, c.last_name, c.phone, c.email, c.last_session_at"


@dataclass(frozen=True)
class ClientContact:
    id: int
    first_name: str
    last_name: str
    phone: str
    email: str
    last_session_at: datetime | None


def _contact(values: tuple) -> ClientContact:
    """A contact of the values ``_CONTACT`` selects, in its order."""
    client_id, first_name, last_name, phone, email, last = values
    last_session = from_db_time(last) if last else None
    return ClientContact(client_id, first_name, last_name, phone, email, last_session)


_COURSE_COLUMNS = (
    "id", "client_id", "planned_sessions", "interval_days", "areas", "notes", "started_on",
    "ended_on", "created_at", "created_by",
)  # fmt: skip
# Newest first; two started the same day: the one recorded last.
_NEWEST = "ORDER BY started_on DESC, id DESC"


def _details_row(details: CourseDetails) -> dict[str, Any]:
    return {
        "client_id": details.client_id,
        "planned_sessions": details.planned_sessions,
        "interval_days": details.interval_days,
        "areas": json.dumps([area.value for area in details.areas]),
        "notes": details.notes.strip(),
        "started_on": to_db_date(details.started_on),
    }


def course_of_row(row: dict[str, Any]) -> Course:
    details = CourseDetails(
        client_id=row["client_id"],
        planned_sessions=row["planned_sessions"],
        interval_days=row["interval_days"],
        started_on=date.fromisoformat(row["started_on"]),
        areas=tuple(Area(value) for value in json.loads(row["areas"])),
        notes=row["notes"],
    )
    return Course(
        id=row["id"],
        details=details,
        ended_on=from_db_date(row["ended_on"]),
        created_at=from_db_time(row["created_at"]),
        created_by=row["created_by"],
    )


class CourseStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, details: CourseDetails, created_by: str) -> Course:
        row = _details_row(details) | {
            "created_at": to_db_time(utc_now()),
            "created_by": created_by,
        }
        with self._db.atomic():
            course_id = self._db["courses"].insert(row).last_pk
        return self.get(course_id)

    def update(self, course_id: int, details: CourseDetails) -> Course:
        with self._db.atomic():
            self._db["courses"].update(course_id, _details_row(details))
        return self.get(course_id)

    def end(self, course_id: int, ended_on: date) -> Course | None:
        """The course ended on ``ended_on``; None if it had ended already (another room
        ended it since the caller looked), left as that room ended it."""
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE courses SET ended_on = ? WHERE id = ? AND ended_on IS NULL",
                [to_db_date(ended_on), course_id],
            )
        return self.get(course_id) if cursor.rowcount else None

    def get(self, course_id: int) -> Course:
        row = next(self._db.query("SELECT * FROM courses WHERE id = ?", [course_id]), None)
        if row is None:
            raise NotFoundError(f"There is no course with id {course_id}.")
        return course_of_row(row)

    def of_client(self, client_id: int) -> list[Course]:
        """Newest first."""
        rows = self._db.query(f"SELECT * FROM courses WHERE client_id = ? {_NEWEST}", [client_id])
        return [course_of_row(row) for row in rows]

    def open_of(self, client_id: int) -> Course | None:
        row = next(
            self._db.query(
                "SELECT * FROM courses WHERE client_id = ? AND ended_on IS NULL", [client_id]
            ),
            None,
        )
        return course_of_row(row) if row else None

    def session_starts(self, client_id: int, since: datetime) -> list[datetime]:
        """When the client's sessions (signed and drafts) started, from ``since`` on."""
        rows = self._db.execute(
            "SELECT started_at FROM sessions WHERE client_id = ? AND started_at >= ? "
            "ORDER BY started_at",
            [client_id, to_db_time(since)],
        )
        return [from_db_time(started) for (started,) in rows.fetchall()]

    # The day's reads
    def open_courses(self) -> list[tuple[Course, ClientContact]]:
        """Every open course of an active client, with the client's contact."""
        columns = ", ".join(f"co.{name}" for name in _COURSE_COLUMNS)
        rows = self._db.execute(f"""
            SELECT {columns}, {_CONTACT} FROM courses co JOIN clients c ON c.id = co.client_id
            WHERE co.ended_on IS NULL AND c.archived = 0
        """)
        width = len(_COURSE_COLUMNS)
        return [
            (
                course_of_row(dict(zip(_COURSE_COLUMNS, row[:width], strict=True))),
                _contact(row[width:]),
            )
            for row in rows.fetchall()
        ]

    def open_course_session_starts(self) -> dict[int, list[datetime]]:
        """When the sessions of clients with an open course started, by client: those
        from the day before the course's start on (which count is the caller's call,
        by their local date)."""
        since = dialect_of(self._db).day_before("co.started_on")
        rows = self._db.execute(f"""
            SELECT s.client_id, s.started_at FROM courses co
            JOIN sessions s ON s.client_id = co.client_id AND s.started_at >= {since}
            WHERE co.ended_on IS NULL
        """)
        starts: dict[int, list[datetime]] = defaultdict(list)
        for client_id, started_at in rows.fetchall():
            starts[client_id].append(from_db_time(started_at))
        return starts

    def next_visits_due(
        self, earliest: date, latest: date
    ) -> dict[int, tuple[date, ClientContact]]:
        """Active clients whose latest session set a next visit in [earliest, latest]:
        client id -> (that date, the client's contact). Two sessions at the same latest
        time: the last saved."""
        # CROSS JOIN: SQLite walks the clients and finds each one's latest session by
        # the index, instead of reading every session.
        rows = self._db.execute(
            f"""
            SELECT s.next_visit_due, {_CONTACT}
            FROM clients c CROSS JOIN sessions s
            WHERE s.client_id = c.id AND s.started_at = c.last_session_at
              AND c.archived = 0 AND s.next_visit_due >= ? AND s.next_visit_due <= ?
            ORDER BY s.id
            """,
            [to_db_date(earliest), to_db_date(latest)],
        )
        return {row[1]: (date.fromisoformat(row[0]), _contact(row[1:])) for row in rows.fetchall()}

    def sessions_between(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Sessions started in [start, end), oldest first, with client and practitioner."""
        return self._day_rows("s.started_at >= ? AND s.started_at < ?", [start, end])

    def drafts_before(self, end: datetime) -> list[dict[str, Any]]:
        """Drafts (not signed) started before ``end``, oldest first."""
        # The time index would lead SQLite through every older session one row at a
        # time (ten times slower than one pass over the table, which it reads whole).
        scan = "" if dialect_of(self._db).is_server else "NOT INDEXED"
        return self._day_rows("s.signed_at IS NULL AND s.started_at < ?", [end], scan)

    def _day_rows(
        self, condition: str, moments: list[datetime], scan: str = ""
    ) -> list[dict[str, Any]]:
        return list(
            self._db.query(
                "SELECT s.id, s.client_id, s.started_at, s.signed_at, p.name AS practitioner, "
                f"c.first_name, c.last_name FROM sessions s {scan} "
                "JOIN clients c ON c.id = s.client_id "
                "JOIN practitioners p ON p.id = s.practitioner_id "
                f"WHERE {condition} ORDER BY s.started_at, s.id",
                [to_db_time(moment) for moment in moments],
            )
        )
