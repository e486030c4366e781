"""Signing and amendments, and deleting a draft: the SQL of a saved session's lifecycle
(a draft is rewritten by ``SessionStore.rewrite_draft``).

A draft (``signed_at IS NULL``) may be rewritten or deleted. Signing sets ``signed_at``
and ``signed_by``, once. A signed session changes only by ``amend``, which applies one
field and keeps the amendment row, inside the gate the m006 triggers ask for.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from .audit import integrity_gate
from .dialect import dialect_of
from .timestamps import to_db_time, utc_now

# The columns an amendment of a session field writes (whitelist: keys come from the core).
_SESSION_COLUMNS = {"duration_minutes", "cartridge", "endpoint", "next_visit_due", "notes"}
_AREA_COLUMNS = {"depth_mm", "passes", "note"}
_REACTION_COLUMNS = {"severity", "note"}


class SigningStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def hold(self, session_id: int) -> None:
        """Inside a transaction: wait for any other one changing this session to end
        (the file's write transaction already excludes every other writer)."""
        statement = dialect_of(self._db).serialized(f"session.{int(session_id)}")
        if statement is not None:
            self._db.execute(statement)

    def is_signed(self, session_id: int) -> bool:
        row = self._db.execute(
            "SELECT signed_at IS NOT NULL FROM sessions WHERE id = ?", [session_id]
        ).fetchone()
        return bool(row and row[0])

    def sign(
        self,
        session_id: int,
        signed_by: str,
        version: int | None = None,
        signed_at: datetime | None = None,
    ) -> bool:
        """Mark a draft signed (counting up its version); with ``version``, only that
        version of it. False when no such draft was there to sign."""
        matching = "" if version is None else " AND version = ?"
        return (
            self._db.execute(
                "UPDATE sessions SET signed_at = ?, signed_by = ?, version = version + 1 "
                f"WHERE id = ? AND signed_at IS NULL{matching}",
                [to_db_time(signed_at or utc_now()), signed_by.strip(), session_id]
                + ([] if version is None else [version]),
            ).rowcount
            == 1
        )

    def record_photo_hashes(self, session_id: int) -> list[str]:
        """The photos that are part of the session's record: not those added after it
        was signed (each of those is in the audit log on its own)."""
        cursor = self._db.execute(
            "SELECT sha256 FROM photos WHERE session_id = ? AND after_signing = 0", [session_id]
        )
        return [row[0] for row in cursor.fetchall()]

    def delete_draft(self, session_id: int) -> None:
        """Delete a draft and its parts (its photos must be gone already)."""
        self._db.execute("DELETE FROM sessions WHERE id = ? AND signed_at IS NULL", [session_id])

    def amend(
        self,
        session_id: int,
        key: str,
        label: str,
        old_json: Any,
        new_json: Any,
        reason: str,
        amended_by: str,
    ) -> int:
        """Apply one field's new value and keep the amendment; returns its id."""
        now = to_db_time(utc_now())
        with integrity_gate(self._db, "amend", session_id=session_id):
            self._apply(session_id, key, new_json)
            self._db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [now, session_id])
            return self._db.execute(
                "INSERT INTO amendments (session_id, field, label, old_value, new_value, "
                "reason, amended_by, amended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [
                    session_id,
                    key,
                    label,
                    json.dumps(old_json, ensure_ascii=False),
                    json.dumps(new_json, ensure_ascii=False),
                    reason.strip(),
                    amended_by.strip(),
                    now,
                ],
            ).fetchone()[0]

    def _apply(self, session_id: int, key: str, value: Any) -> None:
        parts = key.split(".")
        if key == "numbing":
            numbing = value or {}
            self._db.execute(
                "UPDATE sessions SET numbing_agent = ?, numbing_strength = ?, "
                "numbing_minutes = ? WHERE id = ?",
                [numbing.get("agent"), numbing.get("strength", ""), numbing.get("minutes"),
                 session_id],
            )  # fmt: skip
        elif key == "aftercare":
            self._db.execute(
                "UPDATE sessions SET aftercare = ? WHERE id = ?", [json.dumps(value), session_id]
            )
        elif key in _SESSION_COLUMNS:
            self._db.execute(f"UPDATE sessions SET {key} = ? WHERE id = ?", [value, session_id])
        elif parts[0] == "areas" and len(parts) == 3 and parts[2] in _AREA_COLUMNS:
            self._changed_one(
                f"UPDATE session_areas SET {parts[2]} = ? WHERE session_id = ? AND area = ?",
                [value, session_id, parts[1]],
            )
        elif parts[0] == "reactions" and len(parts) == 3:  # a reaction added
            position = self._db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM session_reactions WHERE session_id = ?",
                [session_id],
            ).fetchone()[0]
            self._db["session_reactions"].insert(
                {
                    "session_id": session_id,
                    "position": position,
                    "reaction": value["reaction"],
                    "severity": value["severity"],
                    "observed": value["observed"],
                    "note": value["note"],
                }
            )
        elif parts[0] == "reactions" and len(parts) == 4 and parts[3] in _REACTION_COLUMNS:
            self._changed_one(
                f"UPDATE session_reactions SET {parts[3]} = ? "
                "WHERE session_id = ? AND reaction = ? AND observed = ?",
                [value, session_id, parts[1], parts[2]],
            )
        elif parts[0] == "products" and len(parts) == 3 and parts[2] == "lot":
            self._changed_one(
                "UPDATE session_products SET lot = ? WHERE session_id = ? AND position = ?",
                [value, session_id, int(parts[1])],
            )
        else:
            raise ValueError(f"not an amendable field: {key}")

    def _changed_one(self, sql: str, params: list[Any]) -> None:
        if self._db.execute(sql, params).rowcount != 1:
            raise ValueError("the amended row is not part of the session")
