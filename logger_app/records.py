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
    archived: bool = False

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
class PractitionerDetails:
    """A practitioner's profile as entered; ``max_depth_mm``: the deepest they are
    licensed to needle (None: no limit recorded)."""

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
    # Codes of the safety warnings (and depth confirmations) the practitioner
    # acknowledged before treating: see logger_app.screening.
    acknowledged: tuple[str, ...] = ()

    @property
    def glide(self) -> ProductUse | None:
        return next((p for p in self.products if p.role is ProductRole.GLIDE), None)


@dataclass(frozen=True)
class Amendment:
    """A correction of a signed session: which field (``field`` is its stable key, e.g.
    ``"areas.left_cheek.depth_mm"``; ``label`` how it read, "Depth (Left cheek)"), the
    value before and after (as exported: JSON values; ``*_text`` as shown), why, who
    and when."""

    id: int
    session_id: int
    field: str
    label: str
    old_value: object
    new_value: object
    old_text: str
    new_text: str
    reason: str
    amended_by: str
    amended_at: datetime

    def describe(self) -> str:
        """As "Depth (Left cheek): 1 mm → 1.25 mm" (without who, when and why)."""
        return f"{self.label}: {self.old_text} → {self.new_text}"


@dataclass(frozen=True)
class Session:
    id: int
    details: SessionDetails
    created_at: datetime
    updated_at: datetime
    # What was acknowledged before treatment, as saved with the session.
    acknowledgements: tuple[SafetyAcknowledgement, ...] = ()
    # A draft until signed; a signed session is read-only and changes only by
    # amendments (oldest first). ``details`` holds the current, amended values.
    signed_at: datetime | None = None
    signed_by: str = ""
    amendments: tuple[Amendment, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


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
    signed_at: datetime | None = None  # None: a draft
    amendment_count: int = 0


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


# Clinical safety: screenings, consent and the rules at the point of care.


@dataclass(frozen=True)
class ScreeningDetails:
    """A dated contraindication screening: what the client answered on ``screened_on``.
    Dates of past events (last isotretinoin dose, filler, neurotoxin) are None when
    the client never had them (or not recently enough to matter)."""

    client_id: int
    screened_on: date
    isotretinoin_last_dose: date | None = None
    pregnant_or_breastfeeding: bool = False
    anticoagulants_or_bleeding: bool = False
    # Active infection, acne, eczema, psoriasis or rosacea in the area to treat.
    active_skin_condition: bool = False
    active_skin_condition_note: str = ""  # which condition, where
    keloid_history: bool = False
    herpes_history: bool = False
    antiviral_prophylaxis: bool = False  # only with a herpes history
    filler_on: date | None = None
    neurotoxin_on: date | None = None
    chemo_or_malignancy: bool = False
    metal_or_anaesthetic_allergy: bool = False
    notes: str = ""


@dataclass(frozen=True)
class Screening:
    id: int
    details: ScreeningDetails
    created_at: datetime


@dataclass(frozen=True)
class ConsentDetails:
    """Consent to treatment: the version of the consent text the client signed, when,
    and the signature: drawn (a PNG image), typed (the full name), or both."""

    client_id: int
    consent_version: str
    signed_on: date
    signature_png: bytes | None = None
    typed_name: str = ""


@dataclass(frozen=True)
class Consent:
    id: int
    details: ConsentDetails
    created_at: datetime


@dataclass(frozen=True)
class SafetySettings:
    """The clinic's choices where sources disagree; kept in the logbook, so every
    workstation applies the same. 0 weeks / months turns a wash-out or interval off.
    Why these defaults: README, "Clinical safety"."""

    isotretinoin_washout_months: int = 6
    filler_washout_weeks: int = 4
    neurotoxin_washout_weeks: int = 2
    min_interval_same_area_weeks: int = 4
    screening_valid_months: int = 6
    # The consent text currently in use ("" = any signed version will do).
    consent_version: str = ""


class WarningSeverity(StrEnum):
    STOP = "stop"  # treating is usually contraindicated: only with a clinical reason
    CAUTION = "caution"  # treat with care, or adjust the plan


@dataclass(frozen=True)
class SafetyWarning:
    """One rule that applies before a session. ``code`` is stable (it is stored with
    the acknowledgement): "no_screening", "washout.isotretinoin", "interval.left_cheek"."""

    code: str
    message: str
    severity: WarningSeverity = WarningSeverity.CAUTION


@dataclass(frozen=True)
class SafetyAcknowledgement:
    """A warning the practitioner acknowledged, as it read when the session was saved."""

    code: str
    message: str
    acknowledged_at: datetime


# Record integrity: the audit log and the erasure of a client.


@dataclass(frozen=True)
class AuditEntry:
    """One write, as the audit log keeps it. ``summary`` never holds a name or typed
    text; ``details`` may (a file name), and is blanked when the client is erased."""

    id: int
    at: datetime
    actor: str
    action: str  # create, update, sign, amend, delete, archive, erase, export, ...
    entity: str  # client, session, photo, practitioner, logbook, ...
    entity_id: int | None
    client_id: int | None
    summary: str
    details: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class AuditFilter:
    """What the audit view narrows to; None (or empty) means any. ``client_ids``: the
    entries of these clients only (an empty set matches nothing)."""

    since: datetime | None = None
    before: datetime | None = None
    action: str = ""
    actor: str = ""
    entity: str = ""
    client_ids: frozenset[int] | None = None


@dataclass(frozen=True)
class ErasureReport:
    """What the erasure of a client removed; ``tombstone_id`` is the one audit entry
    left about them."""

    client_id: int
    sessions: int
    photos: int
    photo_files: int
    amendments: int
    other_rows: int
    tombstone_id: int
