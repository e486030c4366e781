"""Whether a logbook file is free to be converted: nobody else has it open."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from ..store.snapshot import release_for_move


def release_database(path: Path, key: bytes | None, timeout: float = 2.0) -> bool:
    """Fold the WAL into the file and leave WAL mode, which SQLite allows only when no
    other connection has the file open: False means it is in use. ``key``: the data key
    of an encrypted file (the plain check cannot read it)."""
    if key is None:
        return release_for_move(path, timeout)
    from ..crypto.sqlcipher import connect_encrypted

    try:
        connection = connect_encrypted(path, key, timeout=timeout)
    except sqlite3.OperationalError:
        return False
    with closing(connection):
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                return False
            raise
        return str(mode).lower() == "delete"
