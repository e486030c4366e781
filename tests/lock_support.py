"""Another program holding the logbook's write lock, a short busy timeout, and a small
disk that fills up: for the tests of two writers and of a full disk."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from logger_app.store.connection import BUSY_TIMEOUT_ENV

# Long enough for a lock released "in time" to be waited for, short enough for tests.
SHORT_TIMEOUT_SECONDS = 0.3


def shorten_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    """Logbooks opened from now on (and child processes) wait this long for the lock."""
    monkeypatch.setenv(BUSY_TIMEOUT_ENV, str(SHORT_TIMEOUT_SECONDS))
    return SHORT_TIMEOUT_SECONDS


@contextmanager
def write_lock_held(database: Path, *, write: str | None = None) -> Iterator[sqlite3.Connection]:
    """Hold the write lock from a second connection (as another window saving would)
    until the block ends; ``write``: a statement it runs meanwhile (rolled back)."""
    with closing(sqlite3.connect(database, isolation_level=None, check_same_thread=False)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if write:
                conn.execute(write)
            yield conn
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")


def commit_later(conn: sqlite3.Connection, seconds: float) -> threading.Timer:
    """Commit ``conn``'s open transaction after ``seconds`` (from another thread)."""
    timer = threading.Timer(seconds, lambda: conn.execute("COMMIT"))
    timer.start()
    return timer


def database_dump(database: Path) -> list[str]:
    """Every row and schema object of the file, as SQL text: equal dumps, equal data."""
    with closing(sqlite3.connect(database)) as conn:
        return list(conn.iterdump())


@contextmanager
def small_disk(mount_point: Path, size: str = "4m") -> Iterator[Path]:
    """An empty tmpfs of ``size`` mounted at ``mount_point`` (root only; the test is
    skipped otherwise), unmounted afterwards."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_disk(folder: Path, leave_bytes: int) -> Path:
    """Fill the disk holding ``folder`` until about ``leave_bytes`` are free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free - leave_bytes
    with filler.open("ab") as out:
        chunk = b"\0" * 65536
        while free > 0:
            try:
                out.write(chunk[: min(free, len(chunk))])
                out.flush()
            except OSError:
                break
            free -= len(chunk)
    return filler
