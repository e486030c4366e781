"""The photo files' bytes on the clinic server: every SQL statement about ``photo_blobs``.

A file is stored under its SHA-256 in parts of ``PART_SIZE`` bytes (part 0, 1, ...), one
row each, so that writing or reading it never holds more than one part in memory. The
hashing and the local copies are ``logger_app.photos.server_content``'s (no SQL there).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

PART_SIZE = 1 << 20
# Held shared while a photo file is stored and its row added, exclusively while files
# found unused are removed (``PhotoStore.write_lock``): a removal never races an import.
PHOTO_FILES_LOCK = 0x4D4E5046


@dataclass(frozen=True)
class BlobSummary:
    parts: int
    byte_size: int

    @property
    def whole(self) -> bool:
        """Parts 0..n-1, each full but the last: what ``write`` leaves (checked by size)."""
        full, rest = divmod(self.byte_size, PART_SIZE)
        return self.byte_size > 0 and self.parts == full + (1 if rest else 0)


class BlobStore:
    def __init__(self, db: Any) -> None:
        self._db = db

    def lock_shared(self) -> None:
        """Until the open transaction ends: no removal of unused files meanwhile."""
        self._db.execute("SELECT pg_advisory_xact_lock_shared(?)", [PHOTO_FILES_LOCK])

    def lock_exclusive(self) -> None:
        self._db.execute("SELECT pg_advisory_xact_lock(?)", [PHOTO_FILES_LOCK])

    def summary(self, sha256: str) -> BlobSummary | None:
        row = self._db.execute(
            "SELECT count(*), coalesce(sum(length(data)), 0) FROM photo_blobs WHERE sha256 = ?",
            [sha256],
        ).fetchone()
        return BlobSummary(row[0], row[1]) if row[0] else None

    def summaries(self) -> dict[str, BlobSummary]:
        """Every stored file (without reading its bytes)."""
        cursor = self._db.execute(
            "SELECT sha256, count(*), sum(length(data)) FROM photo_blobs GROUP BY sha256 "
            "ORDER BY sha256"
        )
        return {sha256: BlobSummary(parts, size) for sha256, parts, size in cursor}

    def write(self, sha256: str, parts: Iterable[bytes]) -> None:
        """Store ``parts`` (in the caller's transaction) over whatever was there. A part
        already written by a concurrent store of the same file is kept: same hash, same
        bytes."""
        self.delete(sha256)
        for number, data in enumerate(parts):
            self.write_part(sha256, number, data)

    def write_part(self, sha256: str, number: int, data: bytes) -> None:
        """One part, in order from 0 after a ``delete``. Of two concurrent stores of one
        file the first to write part 0 makes the other wait there until it commits, and
        then keeps all its parts: an encrypted file (its bytes differ on each writing)
        is never a mix of two."""
        self._db.execute(
            "INSERT INTO photo_blobs (sha256, part, data) VALUES (?, ?, ?) "
            "ON CONFLICT (sha256, part) DO NOTHING",
            [sha256, number, data],
        )

    def read(self, sha256: str) -> Iterator[bytes]:
        """The file's parts in order, one query each (one part in memory at a time); stops
        early at a missing part (the caller's hash then tells)."""
        number = 0
        while True:
            row = self._db.execute(
                "SELECT data FROM photo_blobs WHERE sha256 = ? AND part = ?", [sha256, number]
            ).fetchone()
            if row is None:
                return
            yield bytes(row[0])
            number += 1

    def delete(self, sha256: str) -> bool:
        """Remove the file's parts (in the caller's transaction); whether there were any."""
        cursor = self._db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [sha256])
        return cursor.rowcount > 0
