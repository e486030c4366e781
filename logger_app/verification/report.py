"""What ``verify`` finds, as it crosses the boundary."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from ..records import AuditHead


class SealStatus(StrEnum):
    DRAFT = "draft"  # not signed: nothing to verify
    VERIFIED = "verified"  # every signature holds and the record is what was signed
    SEALED = "sealed"  # signed before verifiable signatures; unchanged since the upgrade
    FAILED = "failed"


@dataclass(frozen=True)
class Finding:
    """One thing that does not hold, in words fit to print: ``subject`` is "session",
    "audit", "key" or "photo"."""

    subject: str
    message: str
    session_id: int | None = None


@dataclass(frozen=True)
class SessionSeal:
    """A signed session's standing, for its record view: who signed, when, what it
    means, and what fails if anything."""

    session_id: int
    status: SealStatus
    signer: str = ""
    signed_at: datetime | None = None
    meaning: str = ""
    amendments_signed: int = 0
    findings: tuple[Finding, ...] = ()
    # SEALED by the import that brought it from another logbook, not by the upgrade.
    sealed_at_import: bool = False


@dataclass
class VerificationReport:
    findings: list[Finding] = field(default_factory=list)
    sessions_verified: int = 0
    sessions_sealed: int = 0
    # Sealed at an import from another logbook, whose signatures there still hold (and
    # of those, made with keys this logbook knows).
    imported_verified: int = 0
    sessions_sealed_at_import: int = 0  # of ``sessions_sealed``
    imported_known_keys: int = 0
    signatures_checked: int = 0
    entries_checked: int = 0
    photos_checked: int = 0
    anchors_checked: int = 0
    head: AuditHead | None = None

    @property
    def ok(self) -> bool:
        return not self.findings
