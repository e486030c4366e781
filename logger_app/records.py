"""Records that cross the boundary between the core and its callers.

Small immutable dataclasses: the UI, the CLI and the exports never see sqlite rows.
"Details" classes are what a caller fills in; the others add what the logbook assigns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from .vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    PhotoAngle,
    PhotoKind,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)


@dataclass(frozen=True)
class ClientDetails:
    first_name: str
    last_name: str
    date_of_birth: date | None = None
    phone: str = ""
    email: str = ""
    fitzpatrick: Fitzpatrick | None = None
    skin_type: SkinType | None = None
    concerns: tuple[Concern, ...] = ()
    allergies: str = ""
    medical_notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Client:
    id: int
    details: ClientDetails
    created_at: datetime
    updated_at: datetime
    archived: bool = False

    @property
    def full_name(self) -> str:
        return self.details.full_name


@dataclass(frozen=True)
class ClientListEntry:
    """One line of the client list: just what the list shows."""

    id: int
    first_name: str
    last_name: str
    date_of_birth: date | None
    phone: str
    last_session_at: datetime | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class Practitioner:
    id: int
    name: str
    credentials: str = ""
    max_depth_mm: float | None = None


@dataclass(frozen=True)
class Numbing:
    agent: str
    strength: str = ""
    minutes: int | None = None

    def describe(self) -> str:
        parts = [self.agent]
        if self.strength:
            parts.append(self.strength)
        text = " ".join(parts)
        return f"{text}, {self.minutes} min" if self.minutes is not None else text


@dataclass(frozen=True)
class ProductUse:
    product: str
    lot: str = ""
    expiry: date | None = None
    role: ProductRole = ProductRole.GLIDE


@dataclass(frozen=True)
class AreaTreatment:
    area: Area
    depth_mm: float
    passes: int | None = None
    note: str = ""


@dataclass(frozen=True)
class ReactionObservation:
    reaction: Reaction
    severity: Severity
    observed: ObservedWhen = ObservedWhen.IMMEDIATELY_AFTER
    note: str = ""


@dataclass(frozen=True)
class SessionDetails:
    client_id: int
    started_at: datetime
    practitioner_name: str
    device: Device
    areas: tuple[AreaTreatment, ...]
    cartridge: str = ""
    duration_minutes: int | None = None
    numbing: Numbing | None = None
    products: tuple[ProductUse, ...] = ()
    endpoint: Endpoint | None = None
    reactions: tuple[ReactionObservation, ...] = ()
    aftercare: tuple[Aftercare, ...] = ()
    next_visit_due: date | None = None
    notes: str = ""

    @property
    def glide(self) -> ProductUse | None:
        return next((p for p in self.products if p.role is ProductRole.GLIDE), None)


@dataclass(frozen=True)
class Session:
    id: int
    details: SessionDetails
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SessionSummary:
    """One row of a client's history: enough to scan, the full record is a click away."""

    id: int
    started_at: datetime
    practitioner_name: str
    device: Device
    cartridge: str
    areas: tuple[AreaTreatment, ...]
    numbing: Numbing | None
    worst_reaction: ReactionObservation | None
    lots: tuple[str, ...] = field(default=())


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


@dataclass(frozen=True)
class SessionFilter:
    """What the sessions review narrows to; None (or empty) means any."""

    started_from: datetime | None = None
    started_before: datetime | None = None
    area: Area | None = None
    device: Device | None = None
    reaction: Reaction | None = None
    min_severity: Severity | None = None
    practitioner: str = ""
    lot: str = ""
    client_id: int | None = None


@dataclass(frozen=True)
class SessionListing:
    """One line of the sessions review across clients."""

    session_id: int
    client_id: int
    client_name: str
    started_at: datetime
    practitioner: str
    device: Device
    cartridge: str
    areas: tuple[tuple[Area, float], ...]
    worst_reaction: tuple[Reaction, Severity] | None
    lots: str
