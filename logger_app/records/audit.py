"""Record integrity: the audit log and the erasure of a client."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class AuditHead:
    """The newest entry of the audit log: its id and its chain hash (what backups,
    exports and signatures name, so that a log cut short afterwards is noticed)."""

    entry_id: int
    sha256: str

    def as_text(self) -> str:
        return f"{self.entry_id}:{self.sha256}"

    @classmethod
    def from_text(cls, text: str) -> AuditHead:
        """The form ``as_text`` writes: ``ID:SHA256``; ValueError otherwise."""
        entry_id, _, digest = text.strip().partition(":")
        if not entry_id.isdigit() or len(digest) != 64 or digest.strip("0123456789abcdef"):
            raise ValueError(f"not an audit head (ID:SHA256): {text!r}")
        return cls(int(entry_id), digest)


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
