"""What a signature covers: a session record, or an amendment of one, as a document of
JSON values (then ``canonical_bytes``).

A session's document holds every field of the record (``SessionDetails`` whole, walked
field by field so that a field added later is signed without anyone remembering to add
it here), the acknowledgements, the hashes of the photos that were part of the record
when it was signed, who signed it, when, and what the signature means (21 CFR 11.50: the
name, the time and the meaning go with it). It leaves out what changes without changing
the record: the save counter, who saved a draft last, and the amendments, which are
signed each on its own and name the hash of the record they amend.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from ..records import Amendment, Session

SIGNED_MEANING = "Signed: the signer performed this session and recorded it as shown."
AMENDED_MEANING = "Amended: the signer corrected this record, for the reason given."
DOCUMENT_VERSION = 1


def plain(value: Any) -> Any:
    """``value`` in JSON's types: records field by field, enums by value, times in UTC
    (ISO 8601), dates ISO, tuples as lists. A time without a zone is refused: its instant
    is unknown, and a signature must not depend on the computer's clock settings."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Enum):
        return plain(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"a time without a time zone cannot be signed: {value!r}")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: plain(getattr(value, field.name)) for field in dataclasses.fields(value)
        }
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    raise TypeError(f"{type(value).__name__} has no signed form")


def session_document(
    session: Session, photo_hashes: Sequence[str], *, signed_by: str, signed_at: datetime
) -> dict[str, Any]:
    """The document a session's signature covers, for ``session`` as it stands (to check
    the signature of a record amended since, pass it with the values it was signed with).
    ``photo_hashes``: the SHA-256 of each photo that is part of the record (not those
    added after signing), in any order."""
    return {
        "document": "session",
        "version": DOCUMENT_VERSION,
        "meaning": SIGNED_MEANING,
        "session_id": session.id,
        "record": plain(session.details),
        "acknowledgements": plain(session.acknowledgements),
        "photos": sorted(photo_hashes),
        "created_at": plain(session.created_at),
        "signed_by": signed_by,
        "signed_at": plain(signed_at),
    }


def amendment_document(amendment: Amendment, amends_hash: str) -> dict[str, Any]:
    """The document an amendment's signature covers: the change, why, who, when, and the
    hash of the record as it stood before (``record_hash`` of its document)."""
    return {
        "document": "amendment",
        "version": DOCUMENT_VERSION,
        "meaning": AMENDED_MEANING,
        "session_id": amendment.session_id,
        "field": amendment.field,
        "old_value": plain(amendment.old_value),
        "new_value": plain(amendment.new_value),
        "reason": amendment.reason,
        "amended_by": amendment.amended_by,
        "amended_at": plain(amendment.amended_at),
        "amends": amends_hash,
    }
