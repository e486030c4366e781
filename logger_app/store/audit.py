"""The audit log: one entry per write, in the transaction of the write; append-only.

What an entry may say: who (the actor), when, what kind of change (action), to what
(entity and its id) and for which client (by id). Summaries never hold a name or text a
person typed; anything identifying (a file name, say) goes in ``details``, which the
erasure of the client blanks. Triggers (schema step m006) refuse any other change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from ..changes import Change
from ..identity.chain import GENESIS, EntrySubject, entry_hash, new_salt, subject_hash
from ..records import AuditEntry, AuditFilter
from ..records.audit import AuditHead
from .connection import LogbookDatabase
from .dialect import Dialect, dialect_of
from .timestamps import from_db_time, to_db_time, utc_now

# What an erased client's earlier entries say instead (see ``scrub_client``).
SCRUBBED_SUMMARY = "'Record of an erased client (see entry ' || :tombstone || ')'"

_COLUMNS = "id, at, actor, action, entity, entity_id, client_id, summary, details"


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    entry_id, at, actor, action, entity, entity_id, client_id, summary, details = row
    return AuditEntry(
        id=entry_id,
        at=from_db_time(at),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        client_id=client_id,
        summary=summary,
        details=json.loads(details),
    )


class AuditStore:
    """``actor`` is who every new entry is recorded for (the Logbook sets it)."""

    def __init__(self, db: LogbookDatabase, actor: str) -> None:
        self._db = db
        self.actor = actor

    def record(
        self,
        action: str,
        entity: str,
        summary: str,
        *,
        entity_id: int | None = None,
        client_id: int | None = None,
        details: Mapping[str, Any] | None = None,
        actor: str | None = None,
        session_id: int | None = None,
    ) -> int:
        """Append one entry inside the caller's transaction (its own when there is
        none), and announce it as a ``Change`` (and its head) once that transaction
        commits.
        ``session_id``: the session the change concerns (a session's own id by default);
        announced only, not kept in the entry."""
        if not self._db.in_transaction:
            with self._db.atomic():
                return self.record(
                    action, entity, summary, entity_id=entity_id, client_id=client_id,
                    details=details, actor=actor, session_id=session_id,
                )  # fmt: skip
        if session_id is None and entity == "session":
            session_id = entity_id
        head = self.head(locked=True)
        at = to_db_time(utc_now())
        who = (actor or self.actor).strip() or "system"
        details_text = json.dumps(dict(details or {}), ensure_ascii=False, default=str)
        salt = new_salt()
        subject = subject_hash(EntrySubject(entity_id, client_id, summary, details_text), salt)
        chained = entry_hash(
            head.sha256 if head else GENESIS,
            at=at, actor=who, action=action, entity=entity, subject_sha256=subject,
        )  # fmt: skip
        cursor = self._db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, "
            "summary, details, subject_salt, subject_sha256, entry_sha256) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [at, who, action, entity, entity_id, client_id, summary, details_text, salt,
             subject, chained],
        )  # fmt: skip
        entry_id = cursor.fetchone()[0]
        self._db.after_commit(Change(entity, client_id, session_id, action))
        # The head this write made: this computer's anchor once committed.
        self._db.after_commit(AuditHead(entry_id, chained))
        return entry_id

    def head(self, *, locked: bool = False) -> AuditHead | None:
        """The newest entry (None for an empty log). ``locked``: inside a write
        transaction, holding the head until it commits (on the server, the write lock;
        on SQLite the transaction holds the file's)."""
        if locked:
            statement = dialect_of(self._db).serialized("audit_chain")
            if statement is not None:
                self._db.execute(statement)
        row = self._db.execute(
            "SELECT id, entry_sha256 FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else AuditHead(row[0], row[1])

    def entries(self, search: AuditFilter, limit: int = 5000) -> list[AuditEntry]:
        """Matching entries, newest first, at most ``limit``."""
        where, params = _where(search, dialect_of(self._db))
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM audit_log WHERE {where} ORDER BY at DESC, id DESC "
            "LIMIT :limit",
            params | {"limit": limit},
        )
        return [_entry(row) for row in cursor.fetchall()]

    def count(self, search: AuditFilter | None = None) -> int:
        where, params = _where(search or AuditFilter(), dialect_of(self._db))
        return self._db.execute(f"SELECT count(*) FROM audit_log WHERE {where}", params).fetchone()[
            0
        ]

    def distinct(self, column: str) -> list[str]:
        if column not in ("actor", "action", "entity"):
            raise ValueError(column)
        nocase = dialect_of(self._db).nocase(column)
        return [
            row[0]
            for row in self._db.execute(
                f"SELECT DISTINCT {column}, {nocase} FROM audit_log ORDER BY {nocase}"
            )
        ]

    def sealed_record_hash(self, session_id: int) -> tuple[str, int] | None:
        """(record hash, amendments before the seal) of a session signed before
        signatures existed, as its upgrade seal entry says; None if it has none."""
        row = self._db.execute(
            "SELECT details FROM audit_log WHERE action = 'seal' AND entity = 'session' "
            "AND entity_id = ? ORDER BY id LIMIT 1",
            [session_id],
        ).fetchone()
        if row is None:
            return import_seals(self._db, session_id).get(session_id)
        details = json.loads(row[0])
        return details.get("record_sha256"), int(details.get("amendments", 0))

    def sealed_at_import(self, session_id: int) -> bool:
        """Whether the session's seal is an import's (brought from another logbook),
        not the upgrade's."""
        row = self._db.execute(
            "SELECT 1 FROM audit_log WHERE action = 'seal' AND entity = 'session' "
            "AND entity_id = ? LIMIT 1",
            [session_id],
        ).fetchone()
        return row is None and session_id in import_seals(self._db, session_id)

    def highest_erased_client_id(self) -> int:
        row = self._db.execute(
            "SELECT max(client_id) FROM audit_log WHERE action = 'erase' AND entity = 'client'"
        ).fetchone()
        return row[0] or 0

    def entries_of_client(self, client_id: int) -> list[int]:
        """Ids of the entries linked to the client (what their erasure scrubs)."""
        cursor = self._db.execute(
            "SELECT id FROM audit_log WHERE client_id = ? ORDER BY id", [client_id]
        )
        return [row[0] for row in cursor.fetchall()]

    def scrub_client(self, client_id: int, tombstone_id: int) -> int:
        """Unlink the client's earlier entries from them (inside the erasure's gate):
        who did what and when stays, and so do their chain hashes; which client, which
        record, any details and the salt that could test a guess at them go."""
        erased_with = dialect_of(self._db).json_object("'erased_with'", ":tombstone")
        cursor = self._db.execute(
            "UPDATE audit_log SET client_id = NULL, entity_id = NULL, subject_salt = NULL, "
            f"summary = {SCRUBBED_SUMMARY}, details = {erased_with} "
            "WHERE client_id = :client AND id != :tombstone",
            {"client": client_id, "tombstone": tombstone_id},
        )
        return cursor.rowcount


def _where(search: AuditFilter, dialect: Dialect) -> tuple[str, dict[str, Any]]:
    parts: list[str] = ["1 = 1"]
    params: dict[str, Any] = {}
    if search.since is not None:
        parts.append("at >= :since")
        params["since"] = to_db_time(search.since)
    if search.before is not None:
        parts.append("at < :before")
        params["before"] = to_db_time(search.before)
    if search.action:
        parts.append("action = :action")
        params["action"] = search.action
    if search.actor:
        parts.append("actor = :actor")
        params["actor"] = search.actor
    if search.entity:
        parts.append("entity = :entity")
        params["entity"] = search.entity
    if search.client_ids is not None:
        parts.append(dialect.in_json_list("client_id", ":client_ids"))
        params["client_ids"] = json.dumps(sorted(search.client_ids))
    return " AND ".join(parts), params


@contextmanager
def integrity_gate(
    db: LogbookDatabase, action: str, *, session_id: int | None = None, client_id: int | None = None
) -> Iterator[None]:
    """Let the triggers allow one amendment or one erasure, within the caller's
    transaction only: the gate row is removed before that transaction ends.

    The gate and what passes through it share a savepoint: if the block fails, both are
    undone. (A refused statement leaves a PostgreSQL transaction unusable until rolled
    back, so the gate could not be deleted after it.)"""
    if not db.in_transaction:
        raise RuntimeError("an integrity gate is opened inside a transaction only")
    with db.atomic():
        if dialect_of(db).is_server:
            # The server's gate trigger wants this transaction-local setting: defence in
            # depth only (anyone with the database role may set it); signatures are the proof.
            db.execute("SELECT set_config('logbook.gate', 'open', true)")
        gate_id = db.execute(
            "INSERT INTO integrity_gate (action, session_id, client_id) VALUES (?, ?, ?) "
            "RETURNING id",
            [action, session_id, client_id],
        ).fetchone()[0]
        yield
        db.execute("DELETE FROM integrity_gate WHERE id = ?", [gate_id])


def import_seals(db: LogbookDatabase, session_id: int | None = None) -> dict[int, tuple[str, int]]:
    """``{session id: (record hash, amendments then)}`` of the signed sessions an import
    of a bundle sealed (its entry's ``sealed``; see ``logbook.bundles``); of
    ``session_id``'s client only when given."""
    sql = "SELECT details FROM audit_log WHERE action = 'import' AND entity = 'client'"
    params: list[Any] = []
    if session_id is not None:
        sql += " AND client_id = (SELECT client_id FROM sessions WHERE id = ?)"
        params.append(session_id)
    seals: dict[int, tuple[str, int]] = {}
    for (details,) in db.execute(sql + " ORDER BY id", params).fetchall():
        try:
            sealed = json.loads(details).get("sealed") or {}
            for key, seal in sealed.items():
                seals.setdefault(int(key), (seal["record_sha256"], int(seal["amendments"])))
        except (ValueError, KeyError, TypeError, AttributeError):
            continue
    return seals
