"""The logbook's SQLite connection: how write transactions start, and what a locked
database or a full disk becomes.

SQLite's plain ``BEGIN`` (what ``sqlite_utils.Database.atomic`` issues) is deferred: the
transaction first reads, and only its first write asks for the write lock. If another
connection wrote in between, SQLite cannot let this transaction wait (its reads would
be stale) and fails at once with "database is locked", whatever the busy timeout. So
every write transaction here starts with ``BEGIN IMMEDIATE``: it waits (up to the busy
timeout) for the write lock before reading anything, and then cannot fail for a lock.

Statements outside ``atomic()`` that write start a transaction implicitly (the
connection's ``isolation_level``): that is IMMEDIATE too. Reads never need the lock.

Errors are translated in this one layer: a lock held past the timeout becomes
``LogbookBusyError``, a full disk ``DiskFullError``; the transaction is rolled back first,
so nothing of the change is half saved.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import secrets
import sqlite3
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import DiskFullError, LogbookBusyError
from .dialect import SQLITE

# How long a write waits for another window or program to finish saving.
BUSY_TIMEOUT_SECONDS = 10.0
# Overrides it (seconds): lets tests, and their child processes, wait less.
BUSY_TIMEOUT_ENV = "LOGGER_APP_BUSY_TIMEOUT"
# A writer waiting for the lock tries again this often (SQLite's own busy handler backs
# off to 100 ms and so misses the short gaps between another writer's transactions).
LOCK_POLL_SECONDS = (0.0002, 0.002)
# After holding the lock this long (a batch), a writer pauses before its next
# transaction, so that one waiting gets its turn instead of timing out.
LONG_TRANSACTION_SECONDS = 0.05
TURN_SECONDS = 0.05

_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_FULL = 13
_SQLITE_IOERR_SHMSIZE = 4874  # the shared-memory file could not grow: no space
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def busy_timeout() -> float:
    """Seconds a write waits for the write lock before giving up."""
    value = os.environ.get(BUSY_TIMEOUT_ENV, "")
    try:
        seconds = float(value) if value else BUSY_TIMEOUT_SECONDS
    except ValueError:
        seconds = BUSY_TIMEOUT_SECONDS
    return max(seconds, 0.0)


def _error_code(error: sqlite3.Error) -> int | None:
    return getattr(error, "sqlite_errorcode", None)


def is_busy(error: BaseException) -> bool:
    """A lock held by another connection (SQLITE_BUSY or SQLITE_LOCKED)."""
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = _error_code(error)
    if code is not None:
        return code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED)
    text = str(error)
    return "database is locked" in text or "database table is locked" in text


def is_disk_full(error: BaseException) -> bool:
    """No space left: SQLITE_FULL from SQLite, ENOSPC (or a full quota) from the system."""
    if isinstance(error, OSError):
        return error.errno in _NO_SPACE
    if not isinstance(error, sqlite3.OperationalError):
        return False
    code = _error_code(error)
    if code is not None:
        return code & 0xFF == _SQLITE_FULL or code == _SQLITE_IOERR_SHMSIZE
    return "database or disk is full" in str(error)


def disk_full_message(folder: Path) -> str:
    return (
        f"The disk holding the logbook ({folder}) is full: nothing of this change was "
        "saved; everything saved before is kept. Free some space and try again."
    )


@contextlib.contextmanager
def translated_errors(folder: Path) -> Iterator[None]:
    """Turn a lock held too long, or a full disk, into the logbook's own errors."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as error:
        if is_busy(error):
            raise LogbookBusyError() from error
        if is_disk_full(error):
            raise DiskFullError(disk_full_message(folder)) from error
        raise


# Called by the trigger that guards the integrity gate (schema step m009): only the
# app's own connections define it, so a gate opened from another program (the sqlite3
# shell, say) fails with "no such function" and nothing passes it.
APP_GATE_FUNCTION = "logbook_app_gate"


def _app_gate() -> int:
    return 1


class LogbookDatabase(Database):
    """A ``sqlite_utils.Database`` whose write transactions take the write lock first
    (``BEGIN IMMEDIATE``) and report a busy logbook or a full disk in plain words.
    ``folder``: the data folder, named in those messages."""

    dialect = SQLITE

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        folder: Path,
        timeout: float = BUSY_TIMEOUT_SECONDS,
        **kwargs: Any,
    ) -> None:
        self.folder = Path(folder)
        self.timeout = timeout
        self._next_turn = 0.0  # when this connection may take the lock again
        # What the open transaction will announce once committed (``after_commit``).
        self._kept: list[object] = []
        self.commit_listeners: list[Callable[[list[object]], None]] = []
        super().__init__(conn, **kwargs)
        # The integrity gate's trigger calls it: defined on the app's connections only.
        conn.create_function(APP_GATE_FUNCTION, 0, _app_gate, deterministic=True)

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def after_commit(self, item: object) -> None:
        """Hand ``item`` to the ``commit_listeners`` once the open transaction commits;
        it is forgotten if that transaction, or the savepoint it was kept in, rolls
        back. Call it inside ``atomic()``."""
        self._kept.append(item)

    @classmethod
    def connect(
        cls,
        target: Path | str,
        *,
        uri: bool = False,
        folder: Path | None = None,
        data_key: bytes | None = None,
    ) -> LogbookDatabase:
        """Open ``target`` (a path, or a ``file:`` URI with ``uri``; ``folder``: the
        data folder, named in messages; by default the path's folder), encrypted with
        ``data_key`` if given. No sqlite-utils plugins: nothing outside the app may touch
        clinical data, and scanning for them costs start-up time."""
        from ..crypto.sqlcipher import connect

        timeout = busy_timeout()
        # isolation_level: a write outside atomic() starts an IMMEDIATE transaction too.
        connection = connect(
            target, data_key, timeout=timeout, isolation_level="IMMEDIATE", uri=uri
        )
        if folder is None:
            folder = Path(target).parent  # a path; with a URI, ``folder`` is given
        try:
            db = cls(connection, folder=folder, timeout=timeout, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        except BaseException:
            connection.close()
            raise
        return db

    @contextlib.contextmanager
    def atomic(self) -> Generator[LogbookDatabase, None, None]:
        """One transaction, holding the write lock from its start; nested: a savepoint.
        Whatever fails inside rolls the whole block back."""
        with translated_errors(self.folder):
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
                return
            self._begin_immediate()
            self._kept = []
            began = time.monotonic()
            try:
                yield self
            except BaseException:
                self._kept = []
                self.rollback()  # a no-op if the error already ended the transaction
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self._kept = []
                self.rollback()
                raise
            finally:
                if time.monotonic() - began >= LONG_TRANSACTION_SECONDS:
                    self._next_turn = time.monotonic() + TURN_SECONDS
            committed, self._kept = self._kept, []
            if committed:
                for listener in list(self.commit_listeners):
                    listener(committed)

    def _begin_immediate(self) -> None:
        """BEGIN IMMEDIATE, tried again every few milliseconds until the busy timeout
        has passed (then SQLITE_BUSY, which becomes LogbookBusyError)."""
        pause = self._next_turn - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        deadline = time.monotonic() + self.timeout
        self.conn.execute("PRAGMA busy_timeout = 0")  # this loop does the waiting
        try:
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if not is_busy(error) or time.monotonic() >= deadline:
                        raise
                time.sleep(random.uniform(*LOCK_POLL_SECONDS))
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"logbook_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {name}")
        kept = len(self._kept)
        try:
            yield
        except BaseException:
            del self._kept[kept:]  # what the savepoint did is undone
            # An error such as SQLITE_FULL may have ended the whole transaction.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def execute(
        self, sql: str, parameters: Sequence | dict[str, Any] | None = None
    ) -> sqlite3.Cursor:
        with translated_errors(self.folder):
            if self.conn.in_transaction:
                return super().execute(sql, parameters)
            # On its own, a statement that failed changed nothing, so it can run again:
            # SQLite refuses some at once, without waiting (switching a new file to WAL
            # while another program opens it too); they wait here instead.
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    return super().execute(sql, parameters)
                except sqlite3.OperationalError as error:
                    if not is_busy(error) or time.monotonic() >= deadline:
                        raise
                time.sleep(random.uniform(*LOCK_POLL_SECONDS))

    def executescript(self, sql: str) -> sqlite3.Cursor:
        with translated_errors(self.folder):
            return super().executescript(sql)


__all__ = [
    "BUSY_TIMEOUT_ENV",
    "BUSY_TIMEOUT_SECONDS",
    "LogbookDatabase",
    "busy_timeout",
    "disk_full_message",
    "is_busy",
    "is_disk_full",
    "translated_errors",
]
