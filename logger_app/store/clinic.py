"""The clinic's own texts: its name and phone (printed for the client) and its consent
texts, every version kept as the client read it. Every SQL statement about them."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import ClinicDetails, ConsentText
from .timestamps import from_db_time, to_db_time, utc_now


def _consent_text(row: dict[str, Any]) -> ConsentText:
    return ConsentText(
        id=row["id"],
        version=row["version"],
        body=row["body"],
        created_at=from_db_time(row["created_at"]),
        created_by=row["created_by"],
    )


class ClinicStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def details(self) -> ClinicDetails:
        """No row yet: nothing set (blank name and phone)."""
        row = next(
            self._db.query("SELECT name, phone, time_zone FROM clinic_details WHERE id = 1"), None
        )
        return (
            ClinicDetails(row["name"], row["phone"], row["time_zone"]) if row else ClinicDetails()
        )

    def save_details(self, details: ClinicDetails) -> ClinicDetails:
        row = {
            "id": 1,
            "name": details.name.strip(),
            "phone": details.phone.strip(),
            "time_zone": details.time_zone.strip(),
            "updated_at": to_db_time(utc_now()),
        }
        with self._db.atomic():
            self._db["clinic_details"].upsert(row, pk="id")
        return self.details()

    def consent_texts(self) -> list[ConsentText]:
        """Newest first (by when saved; the id breaks a tie within a second)."""
        return [
            _consent_text(row)
            for row in self._db.query(
                "SELECT * FROM consent_texts ORDER BY created_at DESC, id DESC"
            )
        ]

    def consent_text(self, version: str) -> ConsentText | None:
        row = next(
            self._db.query("SELECT * FROM consent_texts WHERE version = ?", [version.strip()]),
            None,
        )
        return _consent_text(row) if row else None

    def consent_text_by_id(self, text_id: int) -> ConsentText:
        row = next(self._db.query("SELECT * FROM consent_texts WHERE id = ?", [text_id]), None)
        if row is None:
            raise NotFoundError(f"There is no consent text with id {text_id}.")
        return _consent_text(row)

    def add_consent_text(self, version: str, body: str, created_by: str) -> ConsentText:
        row = {
            "version": version.strip(),
            "body": body.strip(),
            "created_at": to_db_time(utc_now()),
            "created_by": created_by,
        }
        with self._db.atomic():
            text_id = self._db["consent_texts"].insert(row).last_pk
        return self.consent_text_by_id(text_id)
