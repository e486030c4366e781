"""Erasing a client (right to erasure): every row of theirs, in one transaction.

Rows go from every table that holds a ``client_id`` or a ``session_id`` column (found at
run time, so tables added by later schema steps — screenings, consents, acknowledgements —
go too), then the sessions and the client. The audit log keeps one tombstone entry (the
client's id, who, when, what was removed: no name) and its earlier entries about the
client lose every link to them. The caller holds the write lock (``PhotoStore.write_lock``)
and removes the photo files no other row uses once this has committed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from .audit import AuditStore, integrity_gate
from .dialect import dialect_of, is_database_error

# Handled explicitly below, or not a client's data.
_OWN = {"clients", "sessions", "photos", "audit_log", "integrity_gate", "practitioners"}


@dataclass(frozen=True)
class ErasedRows:
    sessions: int
    photos: int
    amendments: int
    other_rows: int
    unused_hashes: tuple[str, ...]  # photo files no other client's photo uses
    tombstone_id: int


@contextlib.contextmanager
def overwriting_deleted(db: Database) -> Iterator[None]:
    """On the file, deleted content is overwritten, not left in free pages, and the
    write-ahead log that held it is folded into the file afterwards. On the server,
    freed space is the server's to reclaim (its own VACUUM; README for IT)."""
    if dialect_of(db).is_server:
        yield
        return
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute("PRAGMA secure_delete = OFF")
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except Exception as error:  # another reader keeps the log: it is folded later
        if not is_database_error(error):
            raise


class ErasureStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def erase(self, client_id: int, audit: AuditStore) -> ErasedRows:
        db = self._db
        sessions = [
            row[0] for row in db.execute("SELECT id FROM sessions WHERE client_id = ?", [client_id])
        ]
        unused = tuple(
            row[0]
            for row in db.execute(
                "SELECT DISTINCT sha256 FROM photos WHERE client_id = :client AND sha256 NOT IN "
                "(SELECT sha256 FROM photos WHERE client_id != :client) ORDER BY sha256",
                {"client": client_id},
            )
        )
        photos = db.execute("SELECT count(*) FROM photos WHERE client_id = ?", [client_id])
        photo_count = photos.fetchone()[0]
        session_list = "(SELECT id FROM sessions WHERE client_id = :client)"
        amendments = db.execute(
            f"SELECT count(*) FROM amendments WHERE session_id IN {session_list}",
            {"client": client_id},
        ).fetchone()[0]
        other = 0
        with integrity_gate(db, "erase", client_id=client_id):
            # Rows of one client point at each other (a consent at its screening, an
            # acknowledgement at its session): the foreign keys are checked at commit.
            db.execute(dialect_of(db).defer_foreign_keys)
            for table, column in self._client_tables():
                condition = (
                    f"session_id IN {session_list}"
                    if column == "session_id"
                    else "client_id = :client"
                )
                cursor = db.execute(
                    f'DELETE FROM "{table}" WHERE {condition}', {"client": client_id}
                )
                if table not in ("amendments", "session_areas", "session_reactions",
                                 "session_products"):  # fmt: skip
                    other += max(cursor.rowcount, 0)
            db.execute("DELETE FROM photos WHERE client_id = ?", [client_id])
            db.execute("DELETE FROM sessions WHERE client_id = ?", [client_id])
            db.execute("DELETE FROM clients WHERE id = ?", [client_id])
            details = {
                # Their entries are scrubbed below: the chain check knows them by this.
                "scrubbed_entries": audit.entries_of_client(client_id),
                "sessions": len(sessions),
                "photos": photo_count,
                "photo_files": len(unused),
                "amendments": amendments,
                "other_rows": other,
            }
            tombstone = audit.record(
                "erase",
                "client",
                f"Client {client_id} erased at their request: {len(sessions)} session(s), "
                f"{photo_count} photo(s), {amendments} amendment(s) and {other} other "
                "record(s) deleted",
                entity_id=client_id,
                client_id=client_id,
                details=details,
            )
            audit.scrub_client(client_id, tombstone)
            # The search index keeps a deleted name's words until its segments merge.
            if "clients_fts" in db.table_names():
                db.execute("INSERT INTO clients_fts (clients_fts) VALUES ('optimize')")
        return ErasedRows(len(sessions), photo_count, amendments, other, unused, tombstone)

    def _client_tables(self) -> list[tuple[str, str]]:
        """(table, column) of every table holding a client's rows by ``session_id`` or
        ``client_id``: session-linked ones first."""
        by_session, by_client = [], []
        for table in self._db.table_names():
            if table in _OWN or table.startswith(("_", "sqlite_", "clients_fts")):
                continue
            columns = set(self._db[table].columns_dict)
            if "session_id" in columns:
                by_session.append((table, "session_id"))
            elif "client_id" in columns:
                by_client.append((table, "client_id"))
        return by_session + by_client
