"""Practitioners: who performed a session."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..records import Practitioner
from .timestamps import to_db_time, utc_now


def _practitioner(row: dict[str, Any]) -> Practitioner:
    return Practitioner(row["id"], row["name"], row["credentials"], row["max_depth_mm"])


class PractitionerStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Practitioner]:
        return [
            _practitioner(row)
            for row in self._db.query("SELECT * FROM practitioners ORDER BY name COLLATE NOCASE")
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
                {"name": name.strip(), "created_at": to_db_time(utc_now())}
            )
        found = self.find(name)
        assert found is not None
        return found
