"""Photo rows: every SQL statement about photos. The files themselves are handled by
``logger_app.photos`` (no SQL there)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from ..errors import NotFoundError
from ..records import Photo, PhotoDetails
from ..vocabulary import Area, PhotoAngle, PhotoKind
from .dialect import dialect_of
from .timestamps import from_db_time, to_db_time, utc_now

if TYPE_CHECKING:
    from .audit import AuditStore

_COLUMNS = (
    "p.id, p.client_id, p.session_id, p.sha256, p.original_name, p.kind, p.angle, p.area, "
    "p.taken_at, p.width, p.height, p.byte_size, p.imported_at, p.note, p.added_by, "
    "p.after_signing"
)
# Undated photos after the dated ones, then in import order.
_PHOTO_ORDER = "p.taken_at IS NULL, p.taken_at, p.id"


def _photo(row: tuple[Any, ...]) -> Photo:
    (photo_id, client_id, session_id, sha256, name, kind, angle, area, taken_at) = row[:9]
    width, height, byte_size, imported_at, note, added_by, after_signing = row[9:]
    return Photo(
        id=photo_id,
        client_id=client_id,
        session_id=session_id,
        sha256=sha256,
        original_name=name,
        kind=PhotoKind(kind),
        angle=PhotoAngle(angle),
        area=Area(area) if area else None,
        taken_at=from_db_time(taken_at) if taken_at else None,
        width=width,
        height=height,
        byte_size=byte_size,
        imported_at=from_db_time(imported_at),
        note=note,
        added_by=added_by,
        added_after_signing=bool(after_signing),
    )


def is_unique_violation(error: BaseException) -> bool:
    """On either home (PostgreSQL's SQLSTATE 23505: unique_violation)."""
    return "UNIQUE constraint failed" in str(error) or getattr(error, "sqlstate", None) == "23505"


class PhotoStore:
    """``audit``: where each new photo row is recorded, in the row's own transaction."""

    def __init__(self, db: Database, audit: AuditStore | None = None) -> None:
        self._db = db
        self._audit = audit

    def add(
        self,
        *,
        client_id: int,
        session_id: int,
        sha256: str,
        source_sha256: str,
        original_name: str,
        details: PhotoDetails,
        taken_at: datetime | None,
        width: int,
        height: int,
        byte_size: int,
    ) -> int:
        """Insert one photo row in its own transaction (a batch import may be long: each
        photo is kept as soon as its file is safe). A photo added to a signed session is
        marked so, as the session stands at the insert (decided in the INSERT itself, so
        a signing by another window in between cannot slip past), and audited so."""
        row = {
            "client_id": client_id,
            "session_id": session_id,
            "sha256": sha256,
            "source_sha256": source_sha256,
            "original_name": original_name.strip() or "photo",
            "kind": details.kind.value,
            "angle": details.angle.value,
            "area": details.area.value if details.area else None,
            "taken_at": to_db_time(taken_at) if taken_at else None,
            "width": width,
            "height": height,
            "byte_size": byte_size,
            "imported_at": to_db_time(utc_now()),
            "note": details.note.strip(),
            "added_by": (self._audit.actor.strip() or None) if self._audit is not None else None,
        }
        columns = ", ".join(row)
        values = ", ".join(f":{name}" for name in row)
        with self._db.atomic():
            cursor = self._db.execute(
                f"INSERT INTO photos ({columns}, after_signing) VALUES ({values}, "
                "(SELECT CASE WHEN signed_at IS NULL THEN 0 ELSE 1 END FROM sessions "
                "WHERE id = :session_id)) RETURNING id",
                row,
            )
            photo_id = cursor.fetchone()[0]
            if self._audit is not None:
                after = self._db.execute(
                    "SELECT after_signing FROM photos WHERE id = ?", [photo_id]
                ).fetchone()[0]
                summary = f"Photo {photo_id} added to session {session_id}"
                self._audit.record(
                    "create",
                    "photo",
                    summary + (" after it was signed" if after else ""),
                    entity_id=photo_id,
                    client_id=client_id,
                    session_id=session_id,
                    details={
                        "session_id": session_id,
                        "original_name": row["original_name"],
                        "after_signing": bool(after),
                    },
                )
            return photo_id

    def get(self, photo_id: int) -> Photo:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM photos p WHERE p.id = ?", [photo_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no photo with id {photo_id}.")
        return _photo(row)

    def for_session(self, session_id: int) -> list[Photo]:
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM photos p WHERE p.session_id = ? ORDER BY {_PHOTO_ORDER}",
            [session_id],
        )
        return [_photo(row) for row in cursor.fetchall()]

    def for_client(self, client_id: int) -> list[Photo]:
        """Oldest session first (a course of treatment reads forwards), then by capture
        time within a session."""
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM photos p JOIN sessions s ON s.id = p.session_id "
            f"WHERE p.client_id = ? ORDER BY s.started_at, s.id, {_PHOTO_ORDER}",
            [client_id],
        )
        return [_photo(row) for row in cursor.fetchall()]

    def all(self) -> list[Photo]:
        cursor = self._db.execute(f"SELECT {_COLUMNS} FROM photos p ORDER BY p.id")
        return [_photo(row) for row in cursor.fetchall()]

    def count(self) -> int:
        return self._db["photos"].count

    def in_session(
        self, session_id: int, *, source_sha256: str | None = None, sha256: str | None = None
    ) -> int | None:
        """The id of a photo of the session made from that source file, or stored as that
        file; None if there is none."""
        column, value = ("source_sha256", source_sha256) if source_sha256 else ("sha256", sha256)
        row = self._db.execute(
            f"SELECT id FROM photos WHERE session_id = ? AND {column} = ? ORDER BY id LIMIT 1",
            [session_id, value],
        ).fetchone()
        return row[0] if row else None

    def delete(self, photo_id: int) -> Photo:
        """Delete the row (inside the caller's ``write_lock``) and return what it was."""
        photo = self.get(photo_id)
        self._db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        return photo

    def referenced(self, hashes: Iterable[str]) -> set[str]:
        """Those of ``hashes`` that at least one photo row refers to."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        # Chunked to stay far below SQLite's limit on bound parameters.
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            placeholders = ", ".join("?" * len(chunk))
            cursor = self._db.execute(
                f"SELECT DISTINCT sha256 FROM photos WHERE sha256 IN ({placeholders})", chunk
            )
            found.update(row[0] for row in cursor.fetchall())
        return found

    @contextmanager
    def write_lock(self) -> Iterator[bool]:
        """A transaction holding SQLite's write lock from its first statement (every
        ``atomic()`` does: see ``store.connection``). While it is held no other
        connection can add a photo row, so a file found unreferenced inside it can be
        removed without racing an import.

        Yields whether this transaction commits on leaving the block: inside a caller's
        transaction (``Logbook.batch``) it is a savepoint, which the caller may still roll
        back, so files must not be removed then."""
        commits = not self._db.in_transaction
        with self._db.atomic():
            if dialect_of(self._db).is_server:
                # The server has no database-wide write lock: the photo files' own lock.
                from .server.photo_blobs import BlobStore

                BlobStore(self._db).lock_exclusive()
            yield commits
