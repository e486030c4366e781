"""The audit log as a hash chain.

Each entry's hash is SHA-256 over the previous entry's hash and the entry's own
canonical content: deleting, inserting, reordering or changing an entry breaks every
link after it. What an entry says about a client (which client, which record, the
summary and details) is not hashed directly but through a *subject hash* salted with a
random value kept beside it: the erasure of a client blanks those parts and the salt,
and the chain still verifies, while the erased client's entries cannot be matched
against guesses afterwards (no salt, nothing to test a guess with).

Frozen: these functions define every chain ever written. A change needs a new version
field in the content, never an edit.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from .canonical import canonical_bytes

GENESIS = ""  # the "previous hash" of the first entry
SALT_BYTES = 16


def new_salt() -> str:
    return secrets.token_hex(SALT_BYTES)


@dataclass(frozen=True)
class EntrySubject:
    """The parts of an entry that erasure may blank. ``details``: the stored JSON text."""

    entity_id: int | None
    client_id: int | None
    summary: str
    details: str


def subject_hash(subject: EntrySubject, salt: str) -> str:
    return hashlib.sha256(
        canonical_bytes(
            {
                "salt": salt,
                "entity_id": subject.entity_id,
                "client_id": subject.client_id,
                "summary": subject.summary,
                "details": subject.details,
            }
        )
    ).hexdigest()


def entry_hash(
    previous: str, *, at: str, actor: str, action: str, entity: str, subject_sha256: str
) -> str:
    """The chain hash of an entry (``at``: the stored time text)."""
    return hashlib.sha256(
        canonical_bytes(
            {
                "chain": 1,
                "previous": previous,
                "at": at,
                "actor": actor,
                "action": action,
                "entity": entity,
                "subject": subject_sha256,
            }
        )
    ).hexdigest()
