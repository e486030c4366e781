"""Sign-in and keys: each practitioner's sealed key, the sign-in throttle, the
administrator flag, the public keys with their validity, and the logbook's own settings.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from ..records import PractitionerKey
from .timestamps import from_db_time, to_db_time

_KEY_COLUMNS = (
    "k.id, k.practitioner_id, p.name, k.public_key, k.valid_from, k.valid_until, k.reason"
)


def _bytes(value: Any) -> bytes:
    """A BLOB (SQLite) or bytea (the server) as bytes."""
    return bytes(value)


def _key(row: tuple[Any, ...]) -> PractitionerKey:
    key_id, practitioner_id, name, public_key, valid_from, valid_until, reason = row
    return PractitionerKey(
        key_id,
        practitioner_id,
        name,
        _bytes(public_key),
        from_db_time(valid_from),
        from_db_time(valid_until) if valid_until else None,
        reason,
    )


class IdentityStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # A practitioner's sealed key and sign-in state
    def sealed_key(self, practitioner_id: int) -> bytes | None:
        row = self._db.execute(
            "SELECT sealed_key FROM practitioners WHERE id = ?", [practitioner_id]
        ).fetchone()
        return None if row is None or row[0] is None else _bytes(row[0])

    def set_sealed_key(self, practitioner_id: int, sealed: bytes, *, must_change: bool) -> None:
        self._db.execute(
            "UPDATE practitioners SET sealed_key = ?, must_change_passphrase = ?, "
            "failed_signins = 0, signin_blocked_until = NULL WHERE id = ?",
            [sealed, int(must_change), practitioner_id],
        )

    def throttle(self, practitioner_id: int) -> tuple[int, datetime | None]:
        """(wrong passphrases in a row, the time before which no new try is taken)."""
        row = self._db.execute(
            "SELECT failed_signins, signin_blocked_until FROM practitioners WHERE id = ?",
            [practitioner_id],
        ).fetchone()
        if row is None:
            return 0, None
        return row[0], from_db_time(row[1]) if row[1] else None

    def record_failure(self, practitioner_id: int, blocked_until: datetime | None) -> int:
        """Count one more wrong passphrase; returns the count."""
        self._db.execute(
            "UPDATE practitioners SET failed_signins = failed_signins + 1, "
            "signin_blocked_until = ? WHERE id = ?",
            [to_db_time(blocked_until) if blocked_until else None, practitioner_id],
        )
        return self.throttle(practitioner_id)[0]

    def clear_failures(self, practitioner_id: int) -> None:
        self._db.execute(
            "UPDATE practitioners SET failed_signins = 0, signin_blocked_until = NULL "
            "WHERE id = ? AND (failed_signins != 0 OR signin_blocked_until IS NOT NULL)",
            [practitioner_id],
        )

    def set_admin(self, practitioner_id: int, is_admin: bool) -> None:
        self._db.execute(
            "UPDATE practitioners SET is_admin = ? WHERE id = ?", [int(is_admin), practitioner_id]
        )

    def admin_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM practitioners WHERE is_admin = 1").fetchone()[
            0
        ]

    # Public keys
    def add_key(self, practitioner_id: int, public_key: bytes, reason: str, now: datetime) -> int:
        """Make ``public_key`` the practitioner's current key from ``now``, retiring the
        one before it at the same moment; returns its id."""
        at = to_db_time(now)
        self._db.execute(
            "UPDATE practitioner_keys SET valid_until = ? "
            "WHERE practitioner_id = ? AND valid_until IS NULL",
            [at, practitioner_id],
        )
        return self._db.execute(
            "INSERT INTO practitioner_keys (practitioner_id, public_key, valid_from, reason) "
            "VALUES (?, ?, ?, ?) RETURNING id",
            [practitioner_id, public_key, at, reason],
        ).fetchone()[0]

    def current_key(self, practitioner_id: int) -> PractitionerKey | None:
        row = self._db.execute(
            f"SELECT {_KEY_COLUMNS} FROM practitioner_keys k "
            "JOIN practitioners p ON p.id = k.practitioner_id "
            "WHERE k.practitioner_id = ? AND k.valid_until IS NULL",
            [practitioner_id],
        ).fetchone()
        return None if row is None else _key(row)

    def keys(self, practitioner_id: int | None = None) -> list[PractitionerKey]:
        """Every key (of one practitioner), oldest first."""
        where, params = (
            ("WHERE k.practitioner_id = ?", [practitioner_id]) if practitioner_id else ("", [])
        )
        cursor = self._db.execute(
            f"SELECT {_KEY_COLUMNS} FROM practitioner_keys k "
            f"JOIN practitioners p ON p.id = k.practitioner_id {where} ORDER BY k.id",
            params,
        )
        return [_key(row) for row in cursor.fetchall()]

    # The logbook's own settings (JSON values by key)
    def setting(self, key: str, default: Any = None) -> Any:
        row = self._db.execute("SELECT value FROM logbook_settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        self._db.execute("DELETE FROM logbook_settings WHERE key = ?", [key])
        if value is not None:
            self._db.execute(
                "INSERT INTO logbook_settings (key, value) VALUES (?, ?)", [key, json.dumps(value)]
            )
