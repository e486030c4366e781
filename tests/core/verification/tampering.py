"""Forging a logbook as another program would: a raw connection to its database (the
sqlite3 shell, psql), with none of the app's functions or settings, that may drop (or
disable) triggers, rewrite rows, recompute the audit chain and re-sign with a key whose
passphrase it knows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from logger_app.identity.chain import GENESIS, EntrySubject, entry_hash, subject_hash
from logger_app.identity.keys import SealedKey, UnlockedKey, unlock
from logger_app.logbook import Logbook

from ...database_rules import on_server
from ...signing import TEST_PASSPHRASE


class Raw:
    """Another program's connection to ``logbook``'s database; each statement commits
    at once (``transaction`` groups some). ``?`` parameters on both homes."""

    def __init__(self, logbook: Logbook) -> None:
        self.server = on_server(logbook)
        self.conn: Any
        if self.server:
            import psycopg

            assert logbook.database_url is not None
            self.conn = psycopg.connect(logbook.database_url, autocommit=True)
        else:
            self.conn = sqlite3.connect(logbook.database_path, isolation_level=None, timeout=10)

    def run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self.server:
            sql = sql.replace("?", "%s")
        cursor = self.conn.execute(sql, list(params))
        if cursor.description is None:
            return []
        return [tuple(row) for row in cursor.fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        [(value,)] = self.run(sql, params)
        return value

    @contextmanager
    def transaction(self) -> Iterator[Raw]:
        if self.server:
            with self.conn.transaction():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextmanager
    def triggers_off(self, *tables: str) -> Iterator[Raw]:
        """The tables' triggers dropped and made again afterwards, as they were (on the
        server: disabled and enabled again, foreign keys' too, as a superuser may)."""
        if self.server:
            for table in tables:
                self.run(f"ALTER TABLE {table} DISABLE TRIGGER ALL")
            try:
                yield self
            finally:
                for table in tables:
                    self.run(f"ALTER TABLE {table} ENABLE TRIGGER ALL")
            return
        marks = ", ".join("?" for _ in tables)
        saved = self.run(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marks})",
            tables,
        )
        for name, _ in saved:
            self.run(f"DROP TRIGGER {name}")
        try:
            yield self
        finally:
            for _, sql in saved:
                self.run(sql)

    def rechain(self, first: int = 1) -> int:
        """Recompute every entry's subject hash (with its own salt) and chain hash from
        entry ``first`` on, as a forger covering a change would (from the values as
        stored, as ``verify`` reads them); returns how many."""
        previous = GENESIS
        if first > 1:
            previous = self.one(
                "SELECT entry_sha256 FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1",
                [first],
            )
        rows = self.run(
            "SELECT id, at, actor, action, entity, entity_id, client_id, summary, details, "
            "subject_salt, subject_sha256 FROM audit_log WHERE id >= ? ORDER BY id",
            [first],
        )
        with self.triggers_off("audit_log"):
            for row in rows:
                entry_id, at, actor, action, entity, entity_id, client_id, summary = row[:8]
                details, salt, subject = row[8:]
                if salt is not None:
                    subject = subject_hash(
                        EntrySubject(entity_id, client_id, summary, details), salt
                    )
                previous = entry_hash(
                    previous, at=at, actor=actor, action=action, entity=entity,
                    subject_sha256=subject or "",
                )  # fmt: skip
                self.run(
                    "UPDATE audit_log SET subject_sha256 = ?, entry_sha256 = ? WHERE id = ?",
                    [subject, previous, entry_id],
                )
        return len(rows)

    def close(self) -> None:
        self.conn.close()


@contextmanager
def raw_connection(logbook: Logbook) -> Iterator[Raw]:
    raw = Raw(logbook)
    try:
        yield raw
    finally:
        raw.close()


def key_of(raw: Raw, practitioner: str) -> tuple[int, UnlockedKey]:
    """(key id, opened key) of ``practitioner``'s current key: the forger knows the
    passphrase (their own, say)."""
    key_id, sealed = raw.run(
        "SELECT k.id, p.sealed_key FROM practitioners p JOIN practitioner_keys k "
        "ON k.practitioner_id = p.id AND k.valid_until IS NULL WHERE p.name = ?",
        [practitioner],
    )[0]
    return key_id, unlock(SealedKey(bytes(sealed)), TEST_PASSPHRASE)
