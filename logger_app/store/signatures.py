"""The signatures of sessions and amendments, as kept (append-only: schema step m009)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from ..records import AuditHead, StoredSignature
from .timestamps import from_db_time, to_db_time

_COLUMNS = (
    "id, session_id, amendment_id, key_id, signer, signed_at, meaning, record_sha256, "
    "amends_sha256, audit_head_id, audit_head_sha256, signature"
)


def _signature(row: tuple[Any, ...]) -> StoredSignature:
    (sig_id, session_id, amendment_id, key_id, signer, signed_at, meaning, record_sha256,
     amends, head_id, head_sha, signature) = row  # fmt: skip
    return StoredSignature(
        id=sig_id,
        session_id=session_id,
        amendment_id=amendment_id,
        key_id=key_id,
        signer=signer,
        signed_at=from_db_time(signed_at),
        meaning=meaning,
        record_sha256=record_sha256,
        amends_sha256=amends,
        audit_head=None if head_id is None else AuditHead(head_id, head_sha),
        signature=bytes(signature),
    )


class SignatureStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        *,
        session_id: int,
        amendment_id: int | None,
        key_id: int,
        signer: str,
        signed_at: Any,
        meaning: str,
        record_sha256: str,
        amends_sha256: str | None,
        audit_head: AuditHead | None,
        signature: bytes,
    ) -> int:
        return self._db.execute(
            f"INSERT INTO signatures ({_COLUMNS.removeprefix('id, ')}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [
                session_id,
                amendment_id,
                key_id,
                signer,
                to_db_time(signed_at),
                meaning,
                record_sha256,
                amends_sha256,
                None if audit_head is None else audit_head.entry_id,
                None if audit_head is None else audit_head.sha256,
                signature,
            ],
        ).fetchone()[0]

    def of_session(self, session_id: int) -> list[StoredSignature]:
        """The session's signature first, then its amendments' in order."""
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM signatures WHERE session_id = ? ORDER BY id", [session_id]
        )
        return [_signature(row) for row in cursor.fetchall()]

    def latest_record_hash(self, session_id: int) -> str | None:
        """The record hash the session's newest signature vouches for."""
        row = self._db.execute(
            "SELECT record_sha256 FROM signatures WHERE session_id = ? ORDER BY id DESC LIMIT 1",
            [session_id],
        ).fetchone()
        return None if row is None else row[0]

    def all(self, batch: int = 2000) -> Iterator[StoredSignature]:
        """Every signature, by session then in order (for ``verify``)."""
        last = -1
        while True:
            cursor = self._db.execute(
                f"SELECT {_COLUMNS} FROM signatures WHERE id > ? ORDER BY id LIMIT ?",
                [last, batch],
            )
            rows = cursor.fetchall()
            if not rows:
                return
            for row in rows:
                yield _signature(row)
            last = rows[-1][0]

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM signatures").fetchone()[0]
