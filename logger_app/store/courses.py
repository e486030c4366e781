"""Courses of treatment, and the reads behind the practitioner's day (follow-ups due,
today's sessions, drafts waiting): every SQL statement about them.

The day's reads are few set-wise queries, never one per client: on the clinic server
each statement is a round trip, and a logbook holds thousands of clients.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import Course, CourseDetails
from ..vocabulary import Area
from .dialect import dialect_of
from .timestamps import from_db_date, from_db_time, to_db_date, to_db_time, utc_now

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

    def end(self, course_id: int, ended_on: date) -> Course:
        with self._db.atomic():
            self._db.execute(
                "UPDATE courses SET ended_on = ? WHERE id = ?", [to_db_date(ended_on), course_id]
            )
        return self.get(course_id)

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
    def open_courses_with_sessions(self) -> dict[int, tuple[Course, list[datetime]]]:
        """Every open course of an active client, by client, with when that client's
        sessions started (all of them: which count is the caller's local-date call)."""
        rows = self._db.query("""
            SELECT co.*, s.started_at AS session_started_at
            FROM courses co
            JOIN clients c ON c.id = co.client_id
            LEFT JOIN sessions s ON s.client_id = co.client_id
            WHERE co.ended_on IS NULL AND c.archived = 0
        """)
        found: dict[int, tuple[Course, list[datetime]]] = {}
        for row in rows:
            client_id = row["client_id"]
            if client_id not in found:
                found[client_id] = (course_of_row(row), [])
            if row["session_started_at"]:
                found[client_id][1].append(from_db_time(row["session_started_at"]))
        return found

    def next_visits_due(self, earliest: date, latest: date) -> dict[int, date]:
        """Active clients whose latest session set a next visit in [earliest, latest]:
        client id -> that date. Two sessions at the same latest time: the last saved."""
        rows = self._db.execute(
            """
            SELECT c.id, s.next_visit_due
            FROM clients c
            JOIN sessions s ON s.client_id = c.id AND s.started_at = c.last_session_at
            WHERE c.archived = 0 AND s.next_visit_due >= ? AND s.next_visit_due <= ?
              AND s.id = (SELECT max(t.id) FROM sessions t
                          WHERE t.client_id = c.id AND t.started_at = c.last_session_at)
            """,
            [to_db_date(earliest), to_db_date(latest)],
        )
        return {client_id: date.fromisoformat(due) for client_id, due in rows.fetchall()}

    def contacts(self, client_ids: Iterable[int]) -> dict[int, dict[str, Any]]:
        """Name, phone, email and latest session time of each client named."""
        ids = json.dumps(sorted(set(client_ids)))
        condition = dialect_of(self._db).in_json_list("id", ":ids")
        rows = self._db.query(
            "SELECT id, first_name, last_name, phone, email, last_session_at FROM clients "
            f"WHERE {condition}",
            {"ids": ids},
        )
        return {row["id"]: row for row in rows}

    def sessions_between(self, start: datetime, end: datetime) -> list[dict[str, Any]]:
        """Sessions started in [start, end), oldest first, with client and practitioner."""
        return self._day_rows("s.started_at >= ? AND s.started_at < ?", [start, end])

    def drafts_before(self, end: datetime) -> list[dict[str, Any]]:
        """Drafts (not signed) started before ``end``, oldest first."""
        return self._day_rows("s.signed_at IS NULL AND s.started_at < ?", [end])

    def _day_rows(self, condition: str, moments: list[datetime]) -> list[dict[str, Any]]:
        return list(
            self._db.query(
                "SELECT s.id, s.client_id, s.started_at, s.signed_at, p.name AS practitioner, "
                "c.first_name, c.last_name FROM sessions s "
                "JOIN clients c ON c.id = s.client_id "
                "JOIN practitioners p ON p.id = s.practitioner_id "
                f"WHERE {condition} ORDER BY s.started_at, s.id",
                [to_db_time(moment) for moment in moments],
            )
        )
