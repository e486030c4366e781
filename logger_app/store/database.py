"""Opening the logbook's SQLite file safely.

Order matters: nothing is written to a file until we know it is ours and not newer than
this app; an existing file is copied aside before any migration touches it.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from sqlite_utils import Database

from ..errors import DataFolderError, NewerSchemaError, NotALogbookError
from .connection import LogbookDatabase
from .migrations import MIGRATION_SET, migrations
from .timestamps import utc_now

DATABASE_FILENAME = "logbook.sqlite3"
PRE_MIGRATION_FOLDER = Path("backups") / "before-migration"
# "MNLB" in ASCII: marks the file as a logbook (PRAGMA application_id).
APPLICATION_ID = 0x4D4E4C42
_SQLITE_HEADER = b"SQLite format 3\x00"


def ensure_data_folder(folder: Path) -> None:
    """Create the folder if needed and prove we can write there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataFolderError(
            f"The data folder {folder} cannot be created: {error.strerror or error}."
        ) from error
    if not folder.is_dir():
        raise DataFolderError(f"The data folder {folder} is not a folder.")
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
            pass
    except OSError as error:
        raise DataFolderError(
            f"The data folder {folder} is not writable: {error.strerror or error}. "
            "Choose another folder with --data-dir, or fix its permissions."
        ) from error


def _check_is_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as error:
        raise DataFolderError(f"{path} cannot be read: {error.strerror or error}.") from error
    # An empty file is what SQLite itself treats as a new database.
    if header and header != _SQLITE_HEADER:
        raise NotALogbookError(
            f"{path} is not a logbook database (it is not a SQLite file). "
            "It was left untouched; move it away or choose another data folder."
        )


def _connect(path: Path) -> Database:
    try:
        # Write transactions take the lock first; the busy timeout is set there too.
        db = LogbookDatabase.connect(path)
        db.execute("PRAGMA foreign_keys = ON")
        return db
    except sqlite3.DatabaseError as error:
        raise NotALogbookError(f"{path} cannot be opened as a database: {error}.") from error


def _check_ownership_and_version(db: Database, path: Path) -> list[str]:
    """Return the pending migration names; refuse foreign or newer files."""
    try:
        tables = set(db.table_names())
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise NotALogbookError(f"{path} is not a readable SQLite database: {error}.") from error
    if tables and application_id != APPLICATION_ID:
        raise NotALogbookError(
            f"{path} is a SQLite database of another program, not a logbook. It was left untouched."
        )
    applied = {migration.name for migration in migrations.applied(db)}
    known = {migration.name for migration in migrations._migrations}
    unknown = sorted(applied - known)
    if unknown:
        raise NewerSchemaError(
            f"{path} was written by a newer version of this app "
            f"(schema steps unknown here: {', '.join(unknown)}). "
            "It was left untouched: update the app to open it."
        )
    return [migration.name for migration in migrations.pending(db)]


def _copy_before_migrating(db: Database, data_folder: Path) -> Path:
    folder = data_folder / PRE_MIGRATION_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"logbook-{stamp}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"logbook-{stamp}-{counter}.sqlite3"
    copy = sqlite3.connect(target)
    try:
        db.conn.backup(copy)
    finally:
        copy.close()
    os.chmod(target, 0o600)
    return target


def open_database(data_folder: Path, *, create: bool = True) -> Database:
    """Open (creating if ``create``, migrating as needed) the logbook in ``data_folder``."""
    ensure_data_folder(data_folder)
    path = data_folder / DATABASE_FILENAME
    if path.exists():
        _check_is_sqlite_file(path)
    db = _connect(path)
    try:
        pending = _check_ownership_and_version(db, path)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            # A clinical record outlives a power cut: fsync at every commit.
            db.execute("PRAGMA synchronous = FULL")
            if pending:
                if migrations.applied(db):
                    _copy_before_migrating(db, data_folder)
                # Marked as ours before the first step: a crash or failed step after a
                # step has committed must not leave a file we later refuse as foreign.
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.apply(db)
                db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
        except sqlite3.OperationalError as error:
            raise DataFolderError(f"{path} cannot be written: {error}.") from error
    except BaseException:
        db.close()
        raise
    return db


def schema_steps() -> list[str]:
    """Names of every schema step this app knows, oldest first."""
    return [migration.name for migration in migrations._migrations]


__all__ = ["DATABASE_FILENAME", "MIGRATION_SET", "open_database", "schema_steps"]
