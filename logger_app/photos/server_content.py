"""The photo files on the clinic server: bytes in the database (``photo_blobs``), local
copies per workstation.

Storing streams the bytes in parts of 1 MiB, hashing them on the way, in the transaction
that adds the photo's row and under the shared photo-files lock: a row never refers to
bytes that are not all there, and a removal of unused files (exclusive lock) cannot slip
in between. Reading fetches the parts one at a time into ``cache/photos/ab/<sha>.jpg``
under the data folder (owner-only), kept only if the bytes hash to the name. Thumbnails are
made from that copy and cached as on the file.

A stored file whose parts are missing or whose bytes no longer hash to its name is reported
as missing: the photo cannot be shown from it.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import PhotoFileError
from ..leftovers import PHOTO_IMPORT, TempFile
from ..owner_only import make_private_folders
from ..records import PhotoFileStatus
from ..store.server.photo_blobs import PART_SIZE, BlobStore
from . import store
from .store import StoredFile

CACHE_FOLDER = Path("cache") / "photos"
# Where check's report names a stored file no row uses (not a real path: the bytes are
# on the server).
SERVER_FOLDER = "clinic-server-photos"


def cache_path(data_dir: Path, sha256: str) -> Path:
    store.photo_path(data_dir, sha256)  # validates the hash
    return Path(data_dir) / CACHE_FOLDER / sha256[:2] / f"{sha256}.jpg"


def server_name(data_dir: Path, sha256: str) -> Path:
    """How check's report names a stored file on the server."""
    return Path(data_dir) / SERVER_FOLDER / sha256[:2] / f"{sha256}.jpg"


def parts_of_bytes(data: bytes) -> Iterator[bytes]:
    view = memoryview(data)
    for start in range(0, len(view), PART_SIZE):
        yield bytes(view[start : start + PART_SIZE])


def parts_of_file(path: Path) -> Iterator[bytes]:
    with Path(path).open("rb") as handle:
        while part := handle.read(PART_SIZE):
            yield part


class ContentChanged(OSError):
    """The bytes sent did not hash to the name they were stored under."""


class ServerContent:
    """``db``: the logbook's connection, used from the thread that opened the logbook;
    other threads (thumbnail workers, the report's pool) fetch on a connection of their
    own made from ``database_url``."""

    def __init__(self, db: Any, data_dir: Path, database_url: str) -> None:
        self.data_dir = Path(data_dir)
        self._db = db
        self._url = database_url
        self._owner = threading.get_ident()
        self.blobs = BlobStore(db)

    # Storing
    @contextlib.contextmanager
    def storing(self, data: bytes) -> Iterator[StoredFile]:
        sha256 = hashlib.sha256(data).hexdigest()
        with self._db.atomic():
            self.blobs.lock_shared()
            self._store(sha256, len(data), parts_of_bytes(data))
            yield StoredFile(sha256, cache_path(self.data_dir, sha256), len(data))

    def ensure_present(self, sha256: str, data: bytes) -> None:
        """Nothing to do: the bytes and the row were committed together."""

    def put_file(self, source: Path) -> StoredFile:
        source = Path(source)
        sha256 = store.sha256_of_file(source)  # the name first: a first pass of reading
        size = source.stat().st_size
        with self._db.atomic():
            self.blobs.lock_shared()
            self._store(sha256, size, parts_of_file(source))
        return StoredFile(sha256, cache_path(self.data_dir, sha256), size)

    def _store(self, sha256: str, size: int, parts: Iterable[bytes]) -> None:
        """Write the parts unless the same bytes are there; ContentChanged (all undone
        with the transaction) if what was written does not hash to ``sha256``."""
        if self._verified(self.blobs, sha256):
            return
        digest = hashlib.sha256()

        def hashed() -> Iterator[bytes]:
            for part in parts:
                digest.update(part)
                yield part

        self.blobs.write(sha256, hashed())
        summary = self.blobs.summary(sha256)
        if digest.hexdigest() != sha256 or summary is None or summary.byte_size != size:
            raise ContentChanged(f"the photo's bytes changed while they were stored ({sha256})")

    # Reading
    def local_path(self, sha256: str) -> Path:
        path = cache_path(self.data_dir, sha256)
        if path.is_file():  # kept only once verified
            return path
        with self._connection() as db:
            if self._fetch(BlobStore(db), sha256, path):
                return path
        raise PhotoFileError(
            f"The photo file {path.name} is missing or damaged on the clinic server "
            "(run `logger-app check`)."
        )

    def thumbnail(self, sha256: str, size: int) -> Path:
        from .thumbnails import ensure_thumbnail, thumbnail_path

        target = thumbnail_path(self.data_dir, sha256, size)
        with contextlib.suppress(OSError):
            if target.stat().st_size > 0:
                return target
        return ensure_thumbnail(self.data_dir, sha256, size, source=self.local_path(sha256))

    def status(self, sha256: str) -> PhotoFileStatus:
        """The server's bytes, read through and hashed (not the local copy)."""
        with self._connection() as db:
            ok = self._verified(BlobStore(db), sha256)
        return PhotoFileStatus.OK if ok else PhotoFileStatus.MISSING

    def verified(self, sha256: str) -> bool:
        return self._verified(self.blobs, sha256)

    @staticmethod
    def _verified(blobs: BlobStore, sha256: str) -> bool:
        summary = blobs.summary(sha256)
        if summary is None or not summary.whole:
            return False
        digest = hashlib.sha256()
        for part in blobs.read(sha256):
            digest.update(part)
        return digest.hexdigest() == sha256

    def _fetch(self, blobs: BlobStore, sha256: str, path: Path) -> bool:
        """Stream the stored bytes into ``path``; False (nothing kept) unless they hash to
        ``sha256``."""
        make_private_folders(path.parent)
        temp = TempFile(self.data_dir, path.parent, store.TEMP_PREFIX, PHOTO_IMPORT, final=path)
        digest = hashlib.sha256()
        try:
            with temp.path.open("wb") as out:
                for part in blobs.read(sha256):
                    digest.update(part)
                    out.write(part)
        except BaseException:
            temp.discard()
            raise
        if digest.hexdigest() != sha256:
            temp.discard()
            return False
        temp.keep_as(path, durable=False)  # a copy: fetched again if a power cut eats it
        return True

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Any]:
        if threading.get_ident() == self._owner:
            yield self._db
            return
        from ..store.server.connection import ServerDatabase

        db = ServerDatabase.connect(self._url)
        try:
            yield db
        finally:
            db.close()

    # Removing (inside ``PhotoStore.write_lock``, which holds the exclusive lock)
    def set_aside(self, sha256: str) -> str | None:
        return sha256 if self.blobs.delete(sha256) else None

    def put_back(self, token: str) -> None:
        """Nothing to do: the deletion is undone with its transaction."""

    def finish_removal(self, hashes: Iterable[str], tokens: Iterable[str]) -> None:
        from .thumbnails import remove_thumbnails

        for sha256 in {*hashes, *tokens}:
            store.discard(cache_path(self.data_dir, sha256))
            remove_thumbnails(self.data_dir, sha256)
