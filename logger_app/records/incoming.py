"""A client's history as it arrives from another logbook (an exported bundle): every
record with the times and names it had there, so that it reads here as it did there.

Ids are the other logbook's (``source_id``); the import gives each record a new one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .clients import ClientDetails
from .day import CourseDetails
from .other_treatments import OtherTreatmentDetails
from .photos import PhotoDetails
from .safety import ConsentDetails, SafetyAcknowledgement, ScreeningDetails
from .sessions import Amendment, SessionDetails


@dataclass(frozen=True)
class IncomingPhoto:
    sha256: str
    original_name: str
    details: PhotoDetails  # ``taken_at`` is the photo's capture time there
    width: int
    height: int
    byte_size: int
    imported_at: datetime
    added_by: str | None
    added_after_signing: bool


@dataclass(frozen=True)
class IncomingSession:
    """``details.client_id`` is ignored (the imported client's); ``amendments`` keep their
    ids there. ``proof``: the signatures checked at import, kept in the audit log."""

    source_id: int
    details: SessionDetails
    created_at: datetime
    updated_at: datetime
    acknowledgements: tuple[SafetyAcknowledgement, ...] = ()
    signed_at: datetime | None = None
    signed_by: str = ""
    amendments: tuple[Amendment, ...] = ()
    photos: tuple[IncomingPhoto, ...] = ()
    proof: dict[str, Any] | None = None


@dataclass(frozen=True)
class Stamped:
    """A record of the client with when (and by whom) it was made there."""

    source_id: int
    details: Any  # ScreeningDetails, ConsentDetails, CourseDetails or OtherTreatmentDetails
    created_at: datetime
    created_by: str = ""
    ended_on: date | None = None  # a course's
    source: str = ""  # an other treatment's


@dataclass(frozen=True)
class IncomingHistory:
    """One client with everything recorded about them there. ``origin``: names the
    logbook and client it came from (the import link's source and id)."""

    origin: str
    source_id: str
    client: ClientDetails
    created_at: datetime
    updated_at: datetime
    archived: bool = False
    screenings: tuple[Stamped, ...] = ()
    consents: tuple[Stamped, ...] = ()
    consent_texts: tuple[tuple[str, str], ...] = ()  # (version, body) as read there
    courses: tuple[Stamped, ...] = ()
    other_treatments: tuple[Stamped, ...] = ()
    sessions: tuple[IncomingSession, ...] = field(default=())

    @property
    def photo_count(self) -> int:
        return sum(len(s.photos) for s in self.sessions)


__all__ = [
    "ConsentDetails",
    "CourseDetails",
    "IncomingHistory",
    "IncomingPhoto",
    "IncomingSession",
    "OtherTreatmentDetails",
    "ScreeningDetails",
    "Stamped",
]
