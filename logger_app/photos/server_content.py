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

Once the logbook has a data key (known when someone holding it signs in), files are stored
encrypted (``sealed.py``), and the local copies are those encrypted bytes as they are;
thumbnails are cached encrypted too. Older plain files still read, and are hashed as
they are; an encrypted one is hashed decrypted.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..crypto.stream import MAGIC, encrypted_size, is_encrypted
from ..errors import PhotoFileError
from ..i18n import translate
from ..leftovers import PHOTO_IMPORT, TempFile
from ..owner_only import make_private_folders
from ..records import PhotoFileStatus
from ..store.server.photo_blobs import PART_SIZE, BlobStore
from . import store
from .sealed import (
    KeySource,
    PartsReader,
    is_sealed_file,
    key_source,
    photo_identity,
    plain_sha256,
    read_full,
    read_plain,
    sealed_reader,
    write_sealed,
)
from .store import ContentChanged, HashingReader, StoredFile

__all__ = ["ContentChanged", "ServerContent", "cache_path", "server_name"]

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


class _PartSink:
    """Where an encrypted stream is written: cut into parts as it comes."""

    def __init__(self, blobs: BlobStore, sha256: str) -> None:
        self._blobs = blobs
        self._sha256 = sha256
        self._buffer = bytearray()
        self._number = 0

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            room = PART_SIZE - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]
            if len(self._buffer) == PART_SIZE:
                self._flush()
        return len(data)

    def close(self) -> None:
        if self._buffer:
            self._flush()

    def _flush(self) -> None:
        # The buffer itself is the part (no copy); a new one follows.
        self._blobs.write_part(self._sha256, self._number, self._buffer)  # type: ignore[arg-type]
        self._buffer = bytearray()
        self._number += 1


class ServerContent:
    """``db``: the logbook's connection, used from the thread that opened the logbook;
    other threads (thumbnail workers, the report's pool) fetch on a connection of their
    own made from ``database_url``."""

    def __init__(
        self, db: Any, data_dir: Path, database_url: str, data_key: KeySource | None = None
    ) -> None:
        self.data_dir = Path(data_dir)
        self._db = db
        self._url = database_url
        self._owner = threading.get_ident()
        self._key = key_source(data_key)
        self.blobs = BlobStore(db)

    @property
    def data_key(self) -> bytes | None:
        return self._key()

    # Storing
    @contextlib.contextmanager
    def storing(self, data: bytes) -> Iterator[StoredFile]:
        sha256 = hashlib.sha256(data).hexdigest()
        with self._db.atomic():
            self.blobs.lock_shared()
            self._store(sha256, io.BytesIO(data))  # shares ``data``: no copy
            yield StoredFile(sha256, cache_path(self.data_dir, sha256), len(data))

    def ensure_present(self, sha256: str, data: bytes) -> None:
        """Nothing to do: the bytes and the row were committed together."""

    def put_file(self, source: Path) -> StoredFile:
        source = Path(source)
        sha256 = store.sha256_of_file(source)  # the name first: a first pass of reading
        with source.open("rb") as handle:
            return self.put_stream(sha256, handle)

    def put_stream(self, sha256: str, source: BinaryIO) -> StoredFile:
        with self._db.atomic():
            self.blobs.lock_shared()
            size = self._store(sha256, source)
        return StoredFile(sha256, cache_path(self.data_dir, sha256), size)

    def _store(self, sha256: str, source: BinaryIO) -> int:
        """Write the plain bytes of ``source`` (encrypted if there is a key) unless the
        same bytes are there, in the same form; ContentChanged (all undone with the
        transaction) if what was written does not hash to ``sha256``. Returns the plain
        size."""
        key = self.data_key
        present = self._plain_size(self.blobs, sha256)
        if present is not None and (key is None or self._sealed(sha256)):
            return present
        hashed = HashingReader(source)
        self.blobs.delete(sha256)
        if key is None:  # as read, one part at a time
            parts = iter(lambda: read_full(hashed, PART_SIZE), b"")
            for number, part in enumerate(parts):
                self.blobs.write_part(sha256, number, part)
        else:
            sink = _PartSink(self.blobs, sha256)
            write_sealed(sink, hashed, key, photo_identity(sha256))  # type: ignore[arg-type]
            sink.close()
        summary = self.blobs.summary(sha256)
        size = hashed.size if key is None else encrypted_size(hashed.size)
        if hashed.digest.hexdigest() != sha256 or summary is None or summary.byte_size != size:
            raise ContentChanged(f"the photo's bytes changed while they were stored ({sha256})")
        return hashed.size

    def plain_files(self) -> list[str]:
        """The photo files stored before the logbook had its data key (plain blobs)."""
        return sorted(sha256 for sha256 in self.blobs.summaries() if not self._sealed(sha256))

    def seal(self, sha256: str) -> None:
        """Store a plain blob again, encrypted (one transaction: the plain parts go as the
        encrypted ones come). Read whole first: the parts are rewritten in place."""
        data = self.read_bytes(sha256)  # checked against its hash as it is read
        with self._db.atomic():
            self.blobs.lock_shared()
            self._store(sha256, io.BytesIO(data))

    def _sealed(self, sha256: str) -> bool:
        return is_encrypted(next(iter(self.blobs.read(sha256)), b"")[: len(MAGIC)])

    # Reading
    def local_path(self, sha256: str) -> Path:
        """The verified local copy of the stored bytes, as stored (encrypted or not)."""
        path = cache_path(self.data_dir, sha256)
        if path.is_file():  # kept only once verified
            if self.data_key is not None and not is_sealed_file(path):
                self._seal_cached(path, sha256)
            return path
        with self._connection() as db:
            if self._fetch(BlobStore(db), sha256, path):
                return path
        raise PhotoFileError(
            translate(
                "PhotoFiles",
                "The photo file {file} is missing or damaged on the clinic server "
                "(run `logger-app check`).",
            ).format(file=path.name)
        )

    def _seal_cached(self, path: Path, sha256: str) -> None:
        """A copy cached before the logbook had its data key, encrypted in place now
        that it has: no plain copy of a photo stays on this workstation."""
        temp = TempFile(self.data_dir, path.parent, store.TEMP_PREFIX, PHOTO_IMPORT, final=path)
        try:
            with path.open("rb") as plain, temp.path.open("wb") as out:
                write_sealed(out, plain, self.data_key, photo_identity(sha256))
        except BaseException:
            temp.discard()
            raise
        temp.keep_as(path, durable=False)

    @contextlib.contextmanager
    def open(self, sha256: str) -> Iterator[BinaryIO]:
        with self.local_path(sha256).open("rb") as handle:
            yield sealed_reader(handle, self.data_key, photo_identity(sha256))

    def read_bytes(self, sha256: str) -> bytes:
        path = self.local_path(sha256)
        return read_plain(path, self.data_key, photo_identity(sha256), "The photo's copy")

    def thumbnail(self, sha256: str, size: int) -> Path:
        from .thumbnails import ensure_thumbnail, thumbnail_path

        target = thumbnail_path(self.data_dir, sha256, size)
        with contextlib.suppress(OSError):
            if target.stat().st_size > 0:
                return target
        source = self.local_path(sha256)
        return ensure_thumbnail(self.data_dir, sha256, size, source=source, key=self.data_key)

    def thumbnail_bytes(self, sha256: str, size: int) -> bytes:
        from .sealed import thumbnail_identity
        from .thumbnails import thumbnail_bytes, thumbnail_path

        target = thumbnail_path(self.data_dir, sha256, size)
        with contextlib.suppress(OSError, PhotoFileError):
            # A cached one first: no fetch from the server for it (one cached plain
            # before the logbook had its key is made again, encrypted).
            if self.data_key is None or is_sealed_file(target):
                return read_plain(target, self.data_key, thumbnail_identity(sha256, size), "")
        store.discard(target)
        source = self.local_path(sha256)
        return thumbnail_bytes(self.data_dir, sha256, size, source=source, key=self.data_key)

    def status(self, sha256: str) -> PhotoFileStatus:
        """The server's bytes, read through and hashed (not the local copy)."""
        with self._connection() as db:
            ok = self._verified(BlobStore(db), sha256)
        return PhotoFileStatus.OK if ok else PhotoFileStatus.MISSING

    def verified(self, sha256: str) -> bool:
        return self._verified(self.blobs, sha256)

    def _verified(self, blobs: BlobStore, sha256: str) -> bool:
        return self._plain_size(blobs, sha256) is not None

    def _plain_size(self, blobs: BlobStore, sha256: str) -> int | None:
        """The plain size of the stored file if it is whole and its plain bytes (decrypted
        if it is encrypted) hash to ``sha256``; else None. LogbookLockedError if it is
        encrypted and the key is not known."""
        summary = blobs.summary(sha256)
        if summary is None or not summary.whole:
            return None
        digest, size = hashlib.sha256(), 0
        try:
            plain = sealed_reader(
                PartsReader(blobs.read(sha256)),  # type: ignore[arg-type]
                self.data_key,
                photo_identity(sha256),
            )
            while part := plain.read(PART_SIZE):
                digest.update(part)
                size += len(part)
        except PhotoFileError:  # does not decrypt
            return None
        return size if digest.hexdigest() == sha256 else None

    def _fetch(self, blobs: BlobStore, sha256: str, path: Path) -> bool:
        """Stream the stored bytes into ``path`` as they are; False (nothing kept) unless
        their plain bytes hash to ``sha256``."""
        make_private_folders(path.parent)
        temp = TempFile(self.data_dir, path.parent, store.TEMP_PREFIX, PHOTO_IMPORT, final=path)
        try:
            with temp.path.open("wb") as out:
                for part in blobs.read(sha256):
                    out.write(part)
            good = plain_sha256(temp.path, self.data_key, photo_identity(sha256)) == sha256
        except BaseException:
            temp.discard()
            raise
        if not good:
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
