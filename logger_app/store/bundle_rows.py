"""The rows of a client brought from another logbook, with the times and names they had
there: every statement an import of a bundle needs beyond the ordinary stores'.

The ordinary stores insert a record as new (made now, by whoever acts); these set what
the record said there, before it is signed (the triggers keep a signed session as it
is), and add its amendments and photos as they were kept there.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..records import Amendment
from ..records.incoming import IncomingPhoto
from .audit import integrity_gate
from .timestamps import to_db_time

# The columns of when (and by whom) a record was made, per table.
_STAMPS = {
    "clients": ("created_at", "updated_at"),
    "sessions": ("created_at", "updated_at"),
    "screenings": ("created_at",),
    "consents": ("created_at",),
    "courses": ("created_at", "created_by", "ended_on"),
    "other_treatments": ("created_at", "created_by"),
}


def _db_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_db_time(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


class BundleRows:
    def __init__(self, db: Database) -> None:
        self._db = db

    def restamp(self, table: str, row_id: int, **values: Any) -> None:
        """Set when (by whom) the row was made there, inside the caller's transaction."""
        allowed = _STAMPS[table]
        columns = [name for name in values if name in allowed]
        assignments = ", ".join(f"{name} = ?" for name in columns)
        self._db.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?",
            [_db_value(values[name]) for name in columns] + [row_id],
        )

    def stamp_acknowledgements(self, session_id: int, times: list[datetime]) -> None:
        """When each acknowledgement of a draft was made there, in their order."""
        for position, moment in enumerate(times):
            self._db.execute(
                "UPDATE session_acknowledgements SET acknowledged_at = ? "
                "WHERE session_id = ? AND position = ?",
                [to_db_time(moment), session_id, position],
            )

    def add_photo(self, client_id: int, session_id: int, photo: IncomingPhoto) -> int:
        """A photo row as it was kept there (its file stored already). Added after
        signing only to a signed session, as the triggers demand."""
        d = photo.details
        row = {
            "client_id": client_id,
            "session_id": session_id,
            "sha256": photo.sha256,
            "source_sha256": photo.sha256,
            "original_name": photo.original_name.strip() or "photo",
            "kind": d.kind.value,
            "angle": d.angle.value,
            "area": d.area.value if d.area else None,
            "taken_at": to_db_time(d.taken_at) if d.taken_at else None,
            "width": photo.width,
            "height": photo.height,
            "byte_size": photo.byte_size,
            "imported_at": to_db_time(photo.imported_at),
            "note": d.note.strip(),
            "added_by": photo.added_by,
            "after_signing": int(photo.added_after_signing),
        }
        columns = ", ".join(row)
        values = ", ".join(f":{name}" for name in row)
        return self._db.execute(
            f"INSERT INTO photos ({columns}) VALUES ({values}) RETURNING id", row
        ).fetchone()[0]

    def add_amendment(self, session_id: int, amendment: Amendment) -> int:
        """An amendment as it was made there (the session already holds its new value)."""
        with integrity_gate(self._db, "amend", session_id=session_id):
            return self._db.execute(
                "INSERT INTO amendments (session_id, field, label, old_value, new_value, "
                "reason, amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [
                    session_id,
                    amendment.field,
                    amendment.label,
                    json.dumps(amendment.old_value, ensure_ascii=False),
                    json.dumps(amendment.new_value, ensure_ascii=False),
                    amendment.reason,
                    amendment.amended_by,
                    to_db_time(amendment.amended_at),
                ],
            ).fetchone()[0]

    def add_consent_text(self, version: str, body: str, created_at: datetime, by: str) -> None:
        """A consent text this logbook does not hold yet, as read there."""
        exists = self._db.execute(
            "SELECT 1 FROM consent_texts WHERE version = ?", [version.strip()]
        ).fetchone()
        if exists is None:
            self._db.execute(
                "INSERT INTO consent_texts (version, body, created_at, created_by) "
                "VALUES (?, ?, ?, ?)",
                [version.strip(), body.strip(), to_db_time(created_at), by],
            )

    def same_person(self, first: str, last: str, birth: str | None) -> list[int]:
        """Ids of clients of the same name (any case) and birth date (ISO, or None)."""
        rows = self._db.execute(
            "SELECT id, date_of_birth FROM clients WHERE lower(first_name) = lower(?) AND "
            "lower(last_name) = lower(?) ORDER BY id",
            [first.strip(), last.strip()],
        ).fetchall()
        return [row[0] for row in rows if (str(row[1]) if row[1] else None) == birth]
