"""Where the photo files' bytes live, chosen by the logbook's home.

The file keeps them in its data folder (``store.py``, unchanged); the clinic server keeps
them in its database so that every room sees every photo (``server_content.py``), each
workstation keeping local copies under its own data folder for whatever needs a path.
Everything that stores, reads, checks or removes a photo file goes through one of these.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from ..records import PhotoFileStatus
from . import store
from .store import StoredFile


class PhotoContent(Protocol):
    data_dir: Path

    def storing(self, data: bytes) -> AbstractContextManager[StoredFile]:
        """Store ``data``; the photo row is added inside the block (on the server, in the
        same transaction as the bytes)."""
        ...

    def ensure_present(self, sha256: str, data: bytes) -> None: ...

    def put_file(self, source: Path) -> StoredFile:
        """Store a file read in parts (never whole in memory); its hash is its name."""
        ...

    def local_path(self, sha256: str) -> Path:
        """A path to the photo's bytes on this workstation (may not exist on the file)."""
        ...

    def thumbnail(self, sha256: str, size: int) -> Path: ...

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

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    @contextlib.contextmanager
    def storing(self, data: bytes) -> Iterator[StoredFile]:
        yield store.put(self.data_dir, data)

    def ensure_present(self, sha256: str, data: bytes) -> None:
        store.ensure_present(self.data_dir, sha256, data)

    def put_file(self, source: Path) -> StoredFile:
        return store.put_file(self.data_dir, source)

    def local_path(self, sha256: str) -> Path:
        return store.photo_path(self.data_dir, sha256)

    def thumbnail(self, sha256: str, size: int) -> Path:
        from .thumbnails import ensure_thumbnail

        return ensure_thumbnail(self.data_dir, sha256, size)

    def status(self, sha256: str) -> PhotoFileStatus:
        path = store.photo_path(self.data_dir, sha256)
        if not path.is_file():
            return PhotoFileStatus.MISSING
        if not store.file_matches(path, sha256):
            return PhotoFileStatus.ALTERED
        return PhotoFileStatus.OK

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


def content_for(db: Any, data_dir: Path, database_url: str | None) -> PhotoContent:
    """The photo files of a logbook open on ``db``: its folder, or the clinic server."""
    if database_url is None:
        return FolderContent(data_dir)
    from .server_content import ServerContent  # psycopg: never on the file's path

    return ServerContent(db, data_dir, database_url)
