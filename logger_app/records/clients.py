"""Clients and the practitioners who treat them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ..vocabulary import (
    Concern,
    Fitzpatrick,
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
    address: str = ""
    # Not medical: "Prefers morning appointments", columns of another system kept.
    general_notes: str = ""

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
    """A profile. ``is_admin``: administers the logbook (the first profile is);
    ``protected``: has a passphrase (and a key pair) to sign in and sign with;
    ``must_change_passphrase``: an administrator reset it, they choose their own."""

    id: int
    name: str
    credentials: str = ""
    max_depth_mm: float | None = None
    is_admin: bool = False
    protected: bool = False
    must_change_passphrase: bool = False


@dataclass(frozen=True)
class PractitionerDetails:
    """A practitioner's profile as entered; ``max_depth_mm``: the deepest they are
    licensed to needle (None: no limit recorded)."""

    name: str
    credentials: str = ""
    max_depth_mm: float | None = None
