"""The photo files of a logbook copied between two homes' photo contents.

Either end is a ``logger_app.photos.content.PhotoContent``: the data folder's photo
folder, or the clinic server's ``photo_blobs``. Files are copied one at a time, streamed
in parts: a large photo is never whole in memory. Each end encrypts or decrypts with its
own data key (if it has one): what passes between them is the plain stream. A file is taken from the
source only if its bytes there still hash to its name; one missing or damaged there is
listed, never invented.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import PhotoFileError
from ..photos.content import FolderContent, PhotoContent
from ..photos.server_content import ContentChanged  # no psycopg in that module
from ..records import PhotoFileStatus

# Temporary folders of a transfer (a server's fetched photos, a temporary logbook).
TEMP_PREFIX = ".logbook-transfer-"


@dataclass(frozen=True)
class PhotoCopy:
    copied: int  # files written into the target
    present: int  # already there with the right bytes (the same folder, say)
    missing: tuple[str, ...]  # referred to by a row, but missing or damaged in the source


def photo_hashes(db: Any) -> list[str]:
    """Every photo content the logbook's rows refer to, each once."""
    return [row[0] for row in db.execute("SELECT DISTINCT sha256 FROM photos ORDER BY sha256")]


@contextlib.contextmanager
def server_photos(db: Any, conninfo: str, data_key: bytes | None = None) -> Iterator[PhotoContent]:
    """The photo files on the server open as ``db``, for a transfer: its local copies go
    to a temporary folder of their own (removed at the end), never to a workstation's
    cache, whose copies are not read back against the server's bytes. ``data_key``: the
    logbook's, if it has one (its photo files are stored encrypted with it)."""
    from ..photos.server_content import ServerContent  # psycopg: server-only path

    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX) as fetched:
        yield ServerContent(db, Path(fetched), conninfo, lambda: data_key)


def copy_photos(source: PhotoContent, target: PhotoContent, hashes: Iterable[str]) -> PhotoCopy:
    """Copy the photo files ``hashes`` from ``source`` to ``target``: those already in
    ``target`` are kept, those missing or damaged in ``source`` are listed."""
    copied = present = 0
    missing: list[str] = []
    for sha256 in hashes:
        if target.status(sha256) is PhotoFileStatus.OK:
            present += 1
        elif source.status(sha256) is PhotoFileStatus.OK and _copy_one(source, target, sha256):
            copied += 1
        else:
            missing.append(sha256)
    return PhotoCopy(copied, present, tuple(missing))


def _copy_one(source: PhotoContent, target: PhotoContent, sha256: str) -> bool:
    """Whether the file went into ``target`` with the bytes of its name (False if they
    changed or vanished in ``source`` since its status was read)."""
    try:
        path = source.local_path(sha256)
    except PhotoFileError:
        return False
    try:
        with source.open(sha256) as plain:
            return target.put_stream(sha256, plain).sha256 == sha256
    except (PhotoFileError, FileNotFoundError, ContentChanged):
        return False
    finally:
        if not isinstance(source, FolderContent):
            # A copy fetched for this file alone: dropped at once, so that the fetched
            # files never pile up to a logbook's worth on this disk.
            path.unlink(missing_ok=True)
