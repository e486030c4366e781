"""Keys and signatures as they cross the boundary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .audit import AuditHead


@dataclass(frozen=True)
class PractitionerKey:
    """A practitioner's public key and when it was theirs to sign with (``valid_until``
    None: their current key)."""

    id: int
    practitioner_id: int
    practitioner_name: str
    public_key: bytes
    valid_from: datetime
    valid_until: datetime | None
    reason: str  # passphrase_set, reset

    def valid_at(self, moment: datetime) -> bool:
        return self.valid_from <= moment and (
            self.valid_until is None or moment <= self.valid_until
        )


@dataclass(frozen=True)
class StoredSignature:
    """One signature as kept: of a session (``amendment_id`` None) or of an amendment."""

    id: int
    session_id: int
    amendment_id: int | None
    key_id: int
    signer: str
    signed_at: datetime
    meaning: str
    record_sha256: str
    amends_sha256: str | None
    audit_head: AuditHead | None
    signature: bytes
