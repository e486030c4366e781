"""Practitioners: who performed a session."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import Practitioner, PractitionerDetails
from .dialect import dialect_of
from .timestamps import to_db_time, utc_now


def _practitioner(row: dict[str, Any]) -> Practitioner:
    return Practitioner(
        row["id"],
        row["name"],
        row["credentials"],
        row["max_depth_mm"],
        is_admin=bool(row["is_admin"]),
        protected=row["sealed_key"] is not None,
        must_change_passphrase=bool(row["must_change_passphrase"]),
    )


class PractitionerStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Practitioner]:
        return [
            _practitioner(row)
            for row in self._db.query(
                f"SELECT * FROM practitioners ORDER BY {dialect_of(self._db).nocase('name')}"
            )
        ]

    def find(self, name: str) -> Practitioner | None:
        row = next(
            self._db.query("SELECT * FROM practitioners WHERE name = ?", [name.strip()]), None
        )
        return _practitioner(row) if row else None

    def get_or_add(self, name: str) -> Practitioner:
        """The practitioner of that name, added first if new (inside the caller's
        transaction when there is one)."""
        existing = self.find(name)
        if existing:
            return existing
        with self._db.atomic():
            self._db["practitioners"].insert(
                {
                    "name": name.strip(),
                    "created_at": to_db_time(utc_now()),
                    # The first profile of a logbook administers it.
                    "is_admin": int(self.count() == 0),
                }
            )
        found = self.find(name)
        assert found is not None
        return found

    def get(self, practitioner_id: int) -> Practitioner:
        row = next(
            self._db.query("SELECT * FROM practitioners WHERE id = ?", [practitioner_id]), None
        )
        if row is None:
            raise NotFoundError(f"There is no practitioner with id {practitioner_id}.")
        return _practitioner(row)

    def named_like(self, name: str) -> Practitioner | None:
        """The practitioner whose name is ``name`` ignoring case and outer spaces."""
        same_name = dialect_of(self._db).equal_nocase("name", "?")
        row = next(
            self._db.query(
                f"SELECT * FROM practitioners WHERE {same_name}",
                [name.strip()],
            ),
            None,
        )
        return _practitioner(row) if row else None

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM practitioners").fetchone()[0]

    def add(self, details: PractitionerDetails) -> Practitioner:
        """Add a profile; the first of the logbook is its administrator."""
        first = self.count() == 0
        practitioner_id = (
            self._db["practitioners"]
            .insert(_row(details) | {"created_at": to_db_time(utc_now()), "is_admin": int(first)})
            .last_pk
        )
        return self.get(practitioner_id)

    def update(self, practitioner_id: int, details: PractitionerDetails) -> Practitioner:
        self._db["practitioners"].update(practitioner_id, _row(details))
        return self.get(practitioner_id)

    def signed_session_count(self, practitioner_id: int) -> int:
        return self._db.execute(
            "SELECT count(*) FROM sessions WHERE practitioner_id = ? AND signed_at IS NOT NULL",
            [practitioner_id],
        ).fetchone()[0]


def _row(details: PractitionerDetails) -> dict[str, Any]:
    depth = details.max_depth_mm
    return {
        "name": details.name.strip(),
        "credentials": details.credentials.strip(),
        "max_depth_mm": None if depth is None else round(float(depth), 2),
    }
