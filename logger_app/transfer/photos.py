"""The photo files of a logbook, wherever its home keeps them, and their copy.

``photo_content(db, data_dir)`` is the one place that says where a logbook's photo
bytes live. Today both homes keep them in the data folder's content-addressed photo
folder (a logbook on the server keeps them in the workstation's folder). When the server
keeps photo content in the database itself, only that function changes: it then returns
the server's store for a server connection, with the same three methods.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..photos.store import photo_path, put


class PhotoContent(Protocol):
    """Photo bytes by their SHA-256."""

    def read(self, sha256: str) -> bytes | None:
        """The bytes, or None if missing (or damaged: not hashing to ``sha256``)."""
        ...

    def has(self, sha256: str) -> bool: ...

    def write(self, sha256: str, data: bytes) -> None: ...


class PhotoFolder:
    """The content-addressed photo folder of a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)

    def read(self, sha256: str) -> bytes | None:
        try:
            data = photo_path(self.data_dir, sha256).read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == sha256 else None

    def has(self, sha256: str) -> bool:
        return self.read(sha256) is not None

    def write(self, sha256: str, data: bytes) -> None:
        if put(self.data_dir, data).sha256 != sha256:
            raise ValueError(f"bytes given for photo {sha256} hash to something else")


def photo_content(db: Any, data_dir: Path) -> PhotoContent:
    """Where the logbook open as ``db`` (data folder ``data_dir``) keeps photo bytes.
    The seam for photo content on the server: see the module's docstring."""
    del db  # both homes keep them in the data folder for now
    return PhotoFolder(data_dir)


@dataclass(frozen=True)
class PhotoCopy:
    copied: int  # files written into the target
    present: int  # already there with the right bytes (the same folder, say)
    missing: tuple[str, ...]  # referred to by a row, but missing or damaged in the source


def photo_hashes(db: Any) -> list[str]:
    """Every photo content the logbook's rows refer to, each once."""
    return [row[0] for row in db.execute("SELECT DISTINCT sha256 FROM photos ORDER BY sha256")]


def copy_photos(source: PhotoContent, target: PhotoContent, hashes: list[str]) -> PhotoCopy:
    """Copy the photo bytes ``hashes`` from ``source`` to ``target``; those already in
    ``target`` are kept, those missing in ``source`` are listed (never invented)."""
    copied = present = 0
    missing: list[str] = []
    for sha256 in hashes:
        if target.has(sha256):
            present += 1
            continue
        data = source.read(sha256)
        if data is None:
            missing.append(sha256)
            continue
        target.write(sha256, data)
        copied += 1
    return PhotoCopy(copied, present, tuple(missing))
