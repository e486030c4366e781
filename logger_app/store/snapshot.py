"""Whole-database work for backups: the SQL side of ``logger_app.backup``.

A snapshot is taken with SQLite's online backup API in one step, that is inside one read
transaction: in WAL mode it sees exactly the committed state at its start and does not
block the app, which may keep writing meanwhile.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from ..crypto.data_key import WrongKeyError
from ..crypto.sqlcipher import cipher_version, connect
from ..errors import NotALogbookError, WrongDataKeyError
from ..records import AuditHead
from . import database
from .database import APPLICATION_ID
from .expected_schema import schema_differences
from .migrations import MIGRATION_SET

_SQLITE_HEADER = b"SQLite format 3\x00"
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DatabaseFacts:
    """What a backup's manifest says about its database, read from the file itself."""

    application_id: int
    schema_steps: tuple[str, ...]  # applied, oldest first
    clients: int
    sessions: int
    photos: int
    photo_hashes: frozenset[str]  # the stored files the photo rows refer to
    sound: bool  # SQLite's quick_check passed
    # How its tables, indexes, triggers and views differ from what its recorded schema
    # steps make (plain words, most telling first); empty when they are exactly that.
    schema_differences: tuple[str, ...]
    # The audit log's newest entry (None: an empty log, or one older than its chain).
    audit_head: AuditHead | None = None


def database_files(path: Path) -> list[Path]:
    """The database file and its companions (WAL, shared memory, journal) that exist."""
    return [
        candidate
        for suffix in _DATABASE_SUFFIXES
        if (candidate := path.with_name(path.name + suffix)).exists()
    ]


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def snapshot_database(source: Path, target: Path, data_key: bytes | None = None) -> str:
    """Copy the live database ``source`` to the new file ``target``, consistently.

    The copy is switched to a rollback journal so that it is one self-contained file
    (no -wal beside it); opening it as a logbook turns WAL on again. With ``data_key``
    (an encrypted logbook) both ends are SQLCipher connections keyed alike: the pages
    are re-encrypted on their way and the copy never exists in plain. Returns
    SQLCipher's version ("" for a plain copy)."""
    # mode=rw: never create a missing database (plain connect would).
    uri = f"{source.resolve().as_uri()}?mode=rw"
    try:
        source_conn = connect(uri, data_key, uri=True, timeout=30)
    except WrongKeyError:
        raise WrongDataKeyError(f"{source.name} does not open with this key") from None
    with closing(source_conn), closing(connect(target, data_key)) as copy:
        source_conn.execute("PRAGMA busy_timeout = 30000")
        source_conn.backup(copy)  # all pages in one step: one read transaction
        copy.execute("PRAGMA journal_mode = DELETE")
        return cipher_version(copy) if data_key is not None else ""


def describe_database(path: Path, data_key: bytes | None = None) -> DatabaseFacts:
    """Facts of a database file nobody else is using (a snapshot, a file taken from a
    backup), encrypted with ``data_key`` if given. Read-only; NotALogbookError if it is
    not a readable SQLite file (WrongDataKeyError: not with this key)."""
    if data_key is None and not is_sqlite_file(path):
        raise NotALogbookError(f"{path.name} is not a SQLite database")
    # immutable: no locks, no -wal/-shm files made beside a file no one else has open.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        try:
            opened = connect(uri, data_key, uri=True)
        except WrongKeyError:
            raise WrongDataKeyError(f"{path.name} does not open with this key") from None
        with closing(opened) as conn:
            sound = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            steps: tuple[str, ...] = ()
            if "_sqlite_migrations" in tables:
                steps = tuple(
                    row[0]
                    for row in conn.execute(
                        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
                        "ORDER BY rowid",
                        [MIGRATION_SET],
                    )
                )

            def count(table: str) -> int:
                if table not in tables:  # an older schema (photos came in m003)
                    return 0
                return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]

            hashes: frozenset[str] = frozenset()
            if "photos" in tables:
                hashes = frozenset(
                    row[0] for row in conn.execute("SELECT DISTINCT sha256 FROM photos")
                )
            return DatabaseFacts(
                application_id=application_id,
                schema_steps=steps,
                clients=count("clients"),
                sessions=count("sessions"),
                photos=count("photos"),
                photo_hashes=hashes,
                sound=sound,
                schema_differences=tuple(schema_differences(conn, database.migrations)),
                audit_head=_audit_head(conn, tables),
            )
    except sqlite3.DatabaseError as error:
        raise NotALogbookError(f"{path.name} cannot be read as a database: {error}") from error


def _audit_head(conn: sqlite3.Connection, tables: set[str]) -> AuditHead | None:
    if "audit_log" not in tables:
        return None
    columns = {row[1] for row in conn.execute("PRAGMA table_info(audit_log)")}
    if "entry_sha256" not in columns:  # before schema step m009: no chain
        return None
    row = conn.execute("SELECT id, entry_sha256 FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None or row[1] is None else AuditHead(row[0], row[1])


def release_for_move(path: Path, timeout: float = 2.0, keys: tuple[bytes, ...] = ()) -> bool:
    """Prepare a logbook file to be moved aside: fold its WAL into the main file so the
    moved copy is whole. SQLite allows leaving WAL mode only when no other connection
    has the file open, so False means it is in use (by the app or another program); the
    file is then left as it was. A file that is not ours is not written to. An
    encrypted file is opened with the first of ``keys`` that opens it (none: moved
    aside as it is, its -wal with it)."""
    uri = f"{path.resolve().as_uri()}?mode=rw"
    conn = None
    if is_sqlite_file(path):
        keys = (b"",)
    for key in keys:
        try:
            conn = connect(uri, key or None, uri=True, timeout=timeout)
            break
        except (sqlite3.DatabaseError, WrongKeyError):
            continue
    if conn is None:
        return True  # unreadable: moved aside as it is
    with closing(conn):
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return True
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                return False
            raise
        except sqlite3.DatabaseError:
            return True
        return str(mode).lower() == "delete"
