"""Where the photo files' bytes live, chosen by the logbook's home.

The file keeps them in its data folder (``store.py``, unchanged); the clinic server keeps
them in its database so that every room sees every photo (``server_content.py``), each
workstation keeping local copies under its own data folder for whatever needs a path.
Everything that stores, reads, checks or removes a photo file goes through one of these.
With the logbook's data key, both write every photo file and thumbnail encrypted
(``sealed.py``); whatever shows or copies a photo reads it through ``open``,
``read_bytes`` or ``thumbnail_bytes``, never through a stored file's path.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from ..errors import PhotoFileError
from ..i18n import translate
from ..records import PhotoFileStatus
from . import store
from .sealed import (
    KeySource,
    key_source,
    photo_identity,
    plain_sha256,
    read_plain,
    sealed_reader,
)
from .store import StoredFile


class PhotoContent(Protocol):
    data_dir: Path

    def storing(self, data: bytes) -> AbstractContextManager[StoredFile]:
        """Store ``data``; the photo row is added inside the block (on the server, in the
        same transaction as the bytes)."""
        ...

    def ensure_present(self, sha256: str, data: bytes) -> None: ...

    @property
    def data_key(self) -> bytes | None:
        """The key files are written with now (None: plain)."""
        ...

    def put_file(self, source: Path) -> StoredFile:
        """Store a file read in parts (never whole in memory); its hash is its name."""
        ...

    def put_stream(self, sha256: str, source: BinaryIO) -> StoredFile:
        """Store the plain bytes read from ``source`` as the file ``sha256``, streamed;
        ContentChanged (nothing kept) if they do not hash to it."""
        ...

    def local_path(self, sha256: str) -> Path:
        """Where the photo's stored file is on this workstation, as stored (encrypted in
        an encrypted logbook: for file work, not for reading the picture)."""
        ...

    def open(self, sha256: str) -> AbstractContextManager[BinaryIO]:
        """The photo's plain bytes as a stream (decrypted as read). PhotoFileError if it
        is missing, or (while reading) does not decrypt."""
        ...

    def read_bytes(self, sha256: str) -> bytes: ...

    def thumbnail(self, sha256: str, size: int) -> Path:
        """The thumbnail's cached file, made if needed (encrypted like the photos)."""
        ...

    def thumbnail_bytes(self, sha256: str, size: int) -> bytes: ...

    def status(self, sha256: str) -> PhotoFileStatus: ...

    def set_aside(self, sha256: str) -> Any | None:
        """Inside the transaction deleting its last row: take the file out of use; None if
        there was none. Undone by ``put_back`` if the transaction fails."""
        ...

    def put_back(self, token: Any) -> None: ...

    def finish_removal(self, hashes: Iterable[str], tokens: Iterable[Any]) -> None:
        """Once committed: remove what was set aside, and the local copies of ``hashes``."""
        ...


class FolderContent:
    """The photo folder of the data folder (the file home): today's behaviour."""

    def __init__(self, data_dir: Path, data_key: bytes | KeySource | None = None) -> None:
        self.data_dir = Path(data_dir)
        self._key = key_source(data_key)

    @property
    def data_key(self) -> bytes | None:
        return self._key()

    @contextlib.contextmanager
    def storing(self, data: bytes) -> Iterator[StoredFile]:
        yield store.put(self.data_dir, data, self.data_key)

    def ensure_present(self, sha256: str, data: bytes) -> None:
        store.ensure_present(self.data_dir, sha256, data, self.data_key)

    def put_file(self, source: Path) -> StoredFile:
        return store.put_file(self.data_dir, source, self.data_key)

    def put_stream(self, sha256: str, source: BinaryIO) -> StoredFile:
        return store.put_stream(self.data_dir, sha256, source, self.data_key)

    def local_path(self, sha256: str) -> Path:
        return store.photo_path(self.data_dir, sha256)

    @contextlib.contextmanager
    def open(self, sha256: str) -> Iterator[BinaryIO]:
        path = store.photo_path(self.data_dir, sha256)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            raise PhotoFileError(
                translate(
                    "PhotoFiles",
                    "The photo file {file} is missing from the data folder "
                    "(run `logger-app check`).",
                ).format(file=path.name)
            ) from None
        with handle:
            yield sealed_reader(handle, self.data_key, photo_identity(sha256))

    def read_bytes(self, sha256: str) -> bytes:
        path = store.photo_path(self.data_dir, sha256)
        what = f"The photo file {path.name}"
        return read_plain(path, self.data_key, photo_identity(sha256), what)

    def thumbnail(self, sha256: str, size: int) -> Path:
        from .thumbnails import ensure_thumbnail

        return ensure_thumbnail(self.data_dir, sha256, size, key=self.data_key)

    def thumbnail_bytes(self, sha256: str, size: int) -> bytes:
        from .thumbnails import thumbnail_bytes

        return thumbnail_bytes(self.data_dir, sha256, size, key=self.data_key)

    def status(self, sha256: str) -> PhotoFileStatus:
        """Read through and hashed (decrypted first if encrypted): a file that does not
        decrypt is as altered as one whose bytes changed."""
        path = store.photo_path(self.data_dir, sha256)
        if not path.is_file():
            return PhotoFileStatus.MISSING
        try:
            matches = plain_sha256(path, self.data_key, photo_identity(sha256)) == sha256
        except OSError:
            matches = False
        return PhotoFileStatus.OK if matches else PhotoFileStatus.ALTERED

    def set_aside(self, sha256: str) -> Path | None:
        return store.park(store.photo_path(self.data_dir, sha256))

    def put_back(self, token: Path) -> None:
        store.unpark(token)

    def finish_removal(self, hashes: Iterable[str], tokens: Iterable[Path]) -> None:
        from .thumbnails import remove_thumbnails

        parked = list(tokens)
        for aside in parked:
            store.discard(aside)
        for folder in {aside.parent for aside in parked}:
            store.fsync_folder(folder)
        for sha256 in hashes:
            remove_thumbnails(self.data_dir, sha256)


def content_for(
    db: Any, data_dir: Path, database_url: str | None, data_key: KeySource | None = None
) -> PhotoContent:
    """The photo files of a logbook open on ``db``: its folder, or the clinic server.
    ``data_key``: asked for the logbook's key each time a file is written or read."""
    if database_url is None:
        return FolderContent(data_dir, data_key)
    from .server_content import ServerContent  # psycopg: never on the file's path

    return ServerContent(db, data_dir, database_url, data_key)
