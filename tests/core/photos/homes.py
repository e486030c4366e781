"""What the photo tests need to see of either home's stored photo files: the data
folder's photo files, or the bytes in the clinic server's database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from logger_app.logbook import Logbook
from logger_app.photos.store import files_under, photo_path, stored_name_sha256

from ...database_rules import on_server


def refusal(logbook: Logbook) -> type[BaseException]:
    """The error a database rule raises on this home."""
    if not on_server(logbook):
        return sqlite3.IntegrityError
    import psycopg

    return psycopg.IntegrityError


def stored_hashes(logbook: Logbook) -> list[str]:
    """The hashes of the stored photo files, sorted."""
    if on_server(logbook):
        rows = logbook._db.execute("SELECT DISTINCT sha256 FROM photo_blobs ORDER BY sha256")
        return [row[0] for row in rows]
    root = logbook.data_dir / "photos"
    return sorted(filter(None, (stored_name_sha256(p, root) for p in files_under(root))))


def is_stored(logbook: Logbook, sha256: str) -> bool:
    if on_server(logbook):
        return sha256 in stored_hashes(logbook)
    return photo_path(logbook.data_dir, sha256).is_file()


def remove_stored(logbook: Logbook, sha256: str) -> None:
    if on_server(logbook):
        logbook._db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [sha256])
    else:
        photo_path(logbook.data_dir, sha256).unlink()


def damage_stored(logbook: Logbook, sha256: str) -> None:
    """Change a byte of the stored file (its size stays)."""
    if on_server(logbook):
        logbook._db.execute(
            "UPDATE photo_blobs SET data = overlay(data PLACING '\\x00'::bytea FROM 100) "
            "WHERE sha256 = ? AND part = 0",
            [sha256],
        )
    else:
        path = photo_path(logbook.data_dir, sha256)
        data = bytearray(path.read_bytes())
        data[100] ^= 0xFF
        path.write_bytes(bytes(data))


def stored_name(logbook: Logbook, sha256: str) -> Path:
    """How check's report names the stored file."""
    if on_server(logbook):
        from logger_app.photos.server_content import server_name

        return server_name(logbook.data_dir, sha256)
    return photo_path(logbook.data_dir, sha256)
