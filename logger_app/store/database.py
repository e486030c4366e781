"""Opening the logbook's SQLite file safely.

Order matters: nothing is written to a file until we know it is ours and not newer than
this app; an existing file is copied aside before any migration touches it. A folder
without a database gets a new logbook only when asked to (``create``) and only if it is
new or empty; a logbook that cannot be written (read-only media, a full disk) is opened
for reading, never migrated, and every write is refused before it starts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import weakref
from pathlib import Path

from sqlite_utils import Database

from ..crypto.data_key import WrongKeyError
from ..crypto.key_file import is_encrypted_folder
from ..crypto.sqlcipher import connect
from ..errors import (
    DataFolderError,
    DiskFullError,
    LogbookError,
    LogbookLockedError,
    NewerSchemaError,
    NotALogbookError,
    WrongDataKeyError,
)
from ..i18n import conventions, translate
from ..leftovers import UPGRADE_COPY, register
from ..photos.store import fsync_folder
from .connection import LogbookDatabase
from .data_folder import (
    DATABASE_FILENAME,
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    check_may_create,
    create_private_file,
    disk_full_message,
    make_private_folder,
    no_logbook_error,
    not_a_folder,
    out_of_space,
    tighten_permissions,
    write_probe,
    writing_problem,
)
from .expected_schema import check_schema
from .folder_upkeep import recover_data_folder
from .migrations import MIGRATION_SET, all_steps, migrations
from .timestamps import utc_now

PRE_MIGRATION_FOLDER = Path("backups") / "before-migration"
# "MNLB" in ASCII: marks the file as a logbook (PRAGMA application_id).
APPLICATION_ID = 0x4D4E4C42
_SQLITE_HEADER = b"SQLite format 3\x00"
_WAL_INDEX_BYTES = 32 * 1024  # the smallest complete -shm file
# Why a database opened read-only cannot be written: the error each write raises.
_READ_ONLY: weakref.WeakKeyDictionary[Database, LogbookError] = weakref.WeakKeyDictionary()


def ensure_data_folder(folder: Path) -> None:
    """Create the folder if needed (owner-only) and prove we can write there."""
    make_private_folder(folder)
    error = write_probe(folder)
    if error is not None:
        raise DataFolderError(
            translate(
                "LogbookDatabase",
                "The data folder {folder} is not writable: {reason}. "
                "Choose another folder with --data-dir, or fix its permissions.",
            ).format(folder=folder, reason=error.strerror or error)
        ) from error


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as error:
        raise DataFolderError(
            translate("LogbookDatabase", "{path} cannot be read: {reason}.").format(
                path=path, reason=error.strerror or error
            )
        ) from error


def _check_is_sqlite_file(path: Path) -> bytes:
    header = _read_header(path)
    # An empty file is what SQLite itself treats as a new database.
    if header and not header.startswith(_SQLITE_HEADER):
        raise NotALogbookError(
            translate(
                "LogbookDatabase",
                "{path} is not a logbook database (it is not a SQLite file). "
                "It was left untouched; move it away or choose another data folder.",
            ).format(path=path)
        )
    return header


def _connect(
    target: Path | str, *, folder: Path | None = None, data_key: bytes | None = None
) -> Database:
    """A connection to the database at ``target``, or, with ``folder`` (the data
    folder), at the ``file:`` URI ``target``; encrypted with ``data_key`` if given."""
    try:
        # Write transactions take the lock first; the busy timeout is set there too.
        db = LogbookDatabase.connect(
            target, uri=folder is not None, folder=folder, data_key=data_key
        )
        db.execute("PRAGMA foreign_keys = ON")
        return db
    except WrongKeyError:
        raise WrongDataKeyError(
            translate(
                "LogbookDatabase",
                "{path} does not open with this key: the key file beside it belongs to "
                "another logbook, or the database was replaced.",
            ).format(path=target)
        ) from None
    except sqlite3.DatabaseError as error:
        raise NotALogbookError(
            translate("LogbookDatabase", "{path} cannot be opened as a database: {error}.").format(
                path=target, error=error
            )
        ) from error


class _OutOfSpace(Exception):
    """Opening for writing failed because the disk is full."""


def _check_ownership_and_version(db: Database, path: Path) -> list[str]:
    """Return the pending migration names; refuse foreign or newer files."""
    try:
        tables = set(db.table_names())
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.OperationalError as error:
        if out_of_space(path.parent):
            raise _OutOfSpace from error
        raise NotALogbookError(_unreadable_database(path, error)) from error
    except sqlite3.DatabaseError as error:
        raise NotALogbookError(_unreadable_database(path, error)) from error
    if tables and application_id != APPLICATION_ID:
        raise NotALogbookError(
            translate(
                "LogbookDatabase",
                "{path} is a SQLite database of another program, not a logbook. "
                "It was left untouched.",
            ).format(path=path)
        )
    applied = {migration.name for migration in migrations.applied(db)}
    known = set(all_steps(migrations))
    unknown = sorted(applied - known)
    if unknown:
        raise NewerSchemaError(
            translate(
                "LogbookDatabase",
                "{path} was written by a newer version of this app "
                "(schema steps unknown here: {steps}). "
                "It was left untouched: update the app to open it.",
            ).format(path=path, steps=", ".join(unknown))
        )
    # Exactly the tables, indexes, triggers and views its recorded steps make.
    check_schema(db.conn, path, migrations)
    return [migration.name for migration in migrations.pending(db)]


# The copy kept before an upgrade. It is written as ``.part`` and renamed once complete
# and on disk, so a name without ``.part`` is always a whole copy. Its name carries a
# fingerprint of the state it copies: an upgrade interrupted and started again reuses
# the copy instead of adding another one of the same state.


def _fingerprint(db: Database, path: Path) -> str | None:
    """A hash of the logbook file once the WAL is folded into it (the whole state in
    one file); None if another connection keeps part of it in the WAL. Read once, and
    only when an upgrade is pending."""
    busy, in_wal, folded = db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    if busy or in_wal != folded:
        return None
    with path.open("rb") as handle:
        # Past the 100-byte header: its counters change with writes that change no
        # content (and the content of every change is in the pages after it).
        handle.seek(100)
        return hashlib.file_digest(handle, "sha256").hexdigest()[:16]


def _applied_steps(db: Database) -> list[str]:
    return [migration.name for migration in migrations.applied(db)]


def _complete_copy(
    folder: Path, fingerprint: str, steps: list[str], data_key: bytes | None
) -> Path | None:
    """A copy already made of this very state, if it opens and has the same steps."""
    for candidate in sorted(folder.glob(f"logbook-*-{fingerprint}.sqlite3")):
        try:
            copy = _connect(
                f"{candidate.resolve().as_uri()}?mode=ro&immutable=1",
                folder=candidate.parent,
                data_key=data_key,
            )
        except LogbookError:
            continue
        try:
            if _applied_steps(copy) == steps:
                return candidate
        except sqlite3.DatabaseError:
            continue
        finally:
            copy.close()
    return None


def _write_part(db: Database, part: Path, data_key: bytes | None) -> None:
    with contextlib.suppress(FileNotFoundError):
        part.unlink()  # left by an upgrade killed while copying this very state
    create_private_file(part)
    # An encrypted logbook's copy is encrypted with the same key: nothing plain is kept.
    copy = connect(part, data_key)
    try:
        # Worthless until renamed: no journal, and one fsync at the end, not per page.
        copy.execute("PRAGMA journal_mode = OFF")
        copy.execute("PRAGMA synchronous = OFF")
        db.conn.backup(copy)
    finally:
        copy.close()


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _publish(part: Path, target: Path) -> None:
    os.replace(part, target)
    fsync_folder(target.parent)


def _copy_before_migrating(db: Database, data_folder: Path, data_key: bytes | None) -> Path:
    """Keep a copy of the logbook as it is before upgrading it (or find the one kept
    before an interrupted upgrade of the same state)."""
    folder = data_folder / PRE_MIGRATION_FOLDER
    (data_folder / PRE_MIGRATION_FOLDER.parent).mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    folder.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    path = data_folder / DATABASE_FILENAME
    fingerprint = _fingerprint(db, path)
    if fingerprint is not None:
        found = _complete_copy(folder, fingerprint, _applied_steps(db), data_key)
        if found is not None:
            return found
    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    suffix = f"-{fingerprint}" if fingerprint else ""
    target = folder / f"logbook-{stamp}{suffix}.sqlite3"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"logbook-{stamp}-{counter}{suffix}.sqlite3"
    # Named by the state, not the time: a retry of the same upgrade replaces the part
    # its killed predecessor left.
    part = folder / (
        f"logbook-{fingerprint}.sqlite3.part" if fingerprint else f"{target.name}.part"
    )
    # Registered as this process's work, so that another process opening the folder
    # meanwhile does not sweep it away as a leftover.
    registration = register(data_folder, part, UPGRADE_COPY, final=target)
    try:
        _write_part(db, part, data_key)
        _fsync_file(part)
        _publish(part, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            part.unlink()
        if out_of_space(data_folder):
            raise DiskFullError(
                translate(
                    "LogbookDatabase",
                    "The disk holding {folder} is full: the logbook needs an upgrade to "
                    "open in this version, and a copy of it is kept first. Free some space "
                    "(at least {size} MB) and open it again.",
                ).format(
                    folder=data_folder,
                    size=f"{path.stat().st_size / 1e6:,.0f}".replace(
                        ",", conventions().thousands_separator
                    ),
                )
            ) from error
        raise DataFolderError(
            translate(
                "LogbookDatabase",
                "The copy of the logbook kept before its upgrade cannot be written in "
                "{folder}: {error}.",
            ).format(folder=folder, error=error)
        ) from error
    finally:
        registration.release()
    return target


def _open_for_writing(data_folder: Path, path: Path, data_key: bytes | None) -> Database:
    db = _connect(path, data_key=data_key)
    try:
        pending = _check_ownership_and_version(db, path)
        try:
            db.execute("PRAGMA journal_mode = WAL")
            # A clinical record outlives a power cut: fsync at every commit.
            db.execute("PRAGMA synchronous = FULL")
            if pending:
                if migrations.applied(db):
                    _copy_before_migrating(db, data_folder, data_key)
                # Marked as ours before the first step: a crash or failed step after a
                # step has committed must not leave a file we later refuse as foreign.
                if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrations.apply(db)
                db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")
        except sqlite3.OperationalError as error:
            if out_of_space(data_folder):
                raise _OutOfSpace from error
            raise DataFolderError(
                translate("LogbookDatabase", "{path} cannot be written: {error}.").format(
                    path=path, error=error
                )
            ) from error
    except BaseException:
        db.close()
        raise
    return db


def _open_for_reading(
    path: Path, header: bytes, problem: LogbookError, data_key: bytes | None
) -> Database:
    """Open without writing a byte, the WAL's content included where it can be read."""
    wal_bytes = _size(path.with_name(path.name + "-wal"))
    index_bytes = _size(path.with_name(path.name + "-shm"))
    # An encrypted header cannot be read here: take it as a WAL one, which it always is.
    in_wal_mode = data_key is not None or (len(header) > 18 and header[18] == 2)
    uri = path.resolve().as_uri()
    if in_wal_mode and index_bytes < _WAL_INDEX_BYTES and not wal_bytes:
        # Reading a WAL database needs its -shm index, which cannot be made here; with
        # no WAL content the file alone is the logbook, and nothing else can change it
        # (no one can write here either): SQLite's documented way for read-only media.
        db = _connect(f"{uri}?mode=ro&immutable=1", folder=path.parent, data_key=data_key)
    else:
        db = _connect(f"{uri}?mode=ro", folder=path.parent, data_key=data_key)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            db.close()
            raise type(problem)(
                translate(
                    "LogbookDatabase",
                    "{problem} Its latest changes are still in {file}-wal, which can only "
                    "be read with room to write beside it: copy the whole folder to a writable "
                    "disk (or free some space) and open it there.",
                ).format(problem=problem, file=path.name)
            ) from error
    try:
        db.execute("PRAGMA query_only = ON")  # defence in depth: SQLite refuses writes too
        if _check_ownership_and_version(db, path):
            raise type(problem)(
                translate(
                    "LogbookDatabase",
                    "{problem} This version of the app must first upgrade the logbook, which "
                    "cannot be done there: copy the folder to a writable disk (or free some "
                    "space) and open it again.",
                ).format(problem=problem)
            )
    except _OutOfSpace as error:
        db.close()
        raise type(problem)(str(problem)) from error
    except BaseException:
        db.close()
        raise
    _READ_ONLY[db] = problem
    return db


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _existing_database(folder: Path, path: Path) -> bool:
    if folder.exists() and not folder.is_dir():
        raise DataFolderError(not_a_folder(folder))
    if path.is_dir():
        raise DataFolderError(
            translate(
                "LogbookDatabase", "{path} cannot be read: it is a folder, not a database file."
            ).format(path=path)
        )
    return path.exists() and _size(path) > 0


def open_database(
    data_folder: Path, *, create: bool = False, data_key: bytes | None = None
) -> Database:
    """Open the logbook in ``data_folder``, migrating it as needed.

    Without a database there: NoLogbookError, unless ``create`` and the folder is new or
    empty (then a new logbook is made, owner-only). A logbook that cannot be written is
    opened for reading: ``read_only_error`` tells why.

    A folder with a key file holds an encrypted logbook, opened (or made) with
    ``data_key`` only (LogbookLockedError without it); a folder without one, a plain
    logbook, and the key is not used."""
    folder = Path(data_folder)
    recover_data_folder(folder)  # an interrupted restore finished, leftovers removed
    path = folder / DATABASE_FILENAME
    if is_encrypted_folder(folder):
        if data_key is None:
            raise LogbookLockedError(
                translate(
                    "LogbookDatabase",
                    "The logbook in {folder} is encrypted: sign in with your passphrase, or "
                    "use the recovery sheet, to open it.",
                ).format(folder=folder)
            )
    else:
        data_key = None
    if not _existing_database(folder, path):
        if not create:
            raise no_logbook_error(folder)
        # An empty database file is a logbook being made, by another program opening
        # the same new folder at this moment (or by a start cut short): SQLite makes
        # it, the schema steps wait for each other; its journal is not a trace.
        if not path.exists():
            check_may_create(folder)
            ensure_data_folder(folder)
            create_private_file(path)
        return _open_for_writing(folder, path, data_key)
    header = _check_is_sqlite_file(path) if data_key is None else _read_header(path)
    problem = writing_problem(folder, path)
    if problem is None:
        tighten_permissions(folder)
        try:
            return _open_for_writing(folder, path, data_key)
        except _OutOfSpace:
            problem = DiskFullError(disk_full_message(folder))
    return _open_for_reading(path, header, problem, data_key)


def read_only_error(db: Database) -> LogbookError | None:
    """For a database ``open_database`` opened read-only: the error a write raises."""
    return _READ_ONLY.get(db)


def schema_steps() -> list[str]:
    """Names of every schema step this app knows, oldest first."""
    return all_steps(migrations)


__all__ = [
    "DATABASE_FILENAME",
    "MIGRATION_SET",
    "PRIVATE_FILE",
    "open_database",
    "read_only_error",
    "schema_steps",
]


def _unreadable_database(path: Path, error: sqlite3.Error) -> str:
    return translate(
        "LogbookDatabase", "{path} is not a readable SQLite database: {error}."
    ).format(path=path, error=error)
