"""Clinical photos: what is said about one, the record, and the outcome of an import or a check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from ..vocabulary import (
    Area,
    PhotoAngle,
    PhotoKind,
)


@dataclass(frozen=True)
class PhotoDetails:
    """What the practitioner says about a photo; ``taken_at`` overrides the capture time
    read from the file (None: use the file's own, if it has one)."""

    kind: PhotoKind
    angle: PhotoAngle
    area: Area | None = None
    note: str = ""
    taken_at: datetime | None = None


@dataclass(frozen=True)
class Photo:
    id: int
    client_id: int
    session_id: int
    sha256: str
    original_name: str
    kind: PhotoKind
    angle: PhotoAngle
    area: Area | None
    taken_at: datetime | None
    width: int
    height: int
    byte_size: int
    imported_at: datetime
    note: str = ""
    # Who imported it (None for photos from before this was kept), and whether its
    # session was already signed then: an addition to the signed record.
    added_by: str | None = None
    added_after_signing: bool = False


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class PhotoImportResult:
    """What became of one file of an import batch. ``photo_id`` is the new photo, or for
    a duplicate the photo already in the session; ``reason`` is set unless imported."""

    path: Path
    status: ImportStatus
    reason: str = ""
    photo_id: int | None = None


class PhotoFileStatus(StrEnum):
    OK = "ok"
    MISSING = "missing"
    ALTERED = "altered"  # the file's content no longer matches the hash it was stored under


@dataclass(frozen=True)
class PhotoCheckReport:
    """The photo folder against the photo rows.

    ``missing`` / ``altered``: rows whose file is gone or changed (not fixable here).
    ``orphans``: files no row refers to, left in place; ``removed``: orphans deleted on
    request; ``restored``: files put back from an interrupted deletion. ``foreign``:
    files the logbook never writes, reported and left alone (not a problem).
    """

    photos_checked: int
    files_checked: int
    missing: tuple[Photo, ...] = ()
    altered: tuple[Photo, ...] = ()
    orphans: tuple[Path, ...] = ()
    removed: tuple[Path, ...] = ()
    restored: tuple[Path, ...] = ()
    foreign: tuple[Path, ...] = ()

    @property
    def problems_left(self) -> int:
        return len(self.missing) + len(self.altered) + len(self.orphans)

    @property
    def fixed(self) -> int:
        return len(self.removed) + len(self.restored)
