"""Treatment sessions: what is recorded, how it reads back, and the sessions review."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ..vocabulary import (
    Aftercare,
    Area,
    Device,
    Endpoint,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
)
from .safety import SafetyAcknowledgement


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
    # Counts the saves of the record: a draft is saved only over the version its editor
    # read (another room's save in between is not overwritten). Who saved it last.
    version: int = 1
    updated_by: str = ""

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
