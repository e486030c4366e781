"""What a signature covers, as documents of JSON values (then ``canonical_bytes``).

A session's *record* document holds every field of the record (``SessionDetails`` whole,
walked field by field so that a field added later is covered without anyone remembering
to add it here; a test freezes the shape, so that such a field also gets a new
``RECORD_VERSION`` and old signatures keep verifying), the acknowledgements and the
hashes of the photos that were part of the record when it was signed. An
acknowledgement's reason (added later) is in the document only when one was given: the
records signed before it hash exactly as they did. It leaves out what changes without
changing the record: the save counter, who saved a draft last, who signed it and the
amendments. Its SHA-256 is the *record hash*.

A signature never covers the record directly but a short document naming the record
hash, with who signed, when, what the signature means (21 CFR 11.50: the name, the time
and the meaning go with it) and the newest audit entry at that moment (the log's head,
so that each signature also vouches for the log up to then). An amendment's signature
covers the change, its reason, the record hash before it (``amends``) and after it
(``record_sha256``): the chain from the first signature to the record as it reads now.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from ..i18n import translatable, translate
from ..records import Amendment, SafetyAcknowledgement, Session
from ..records.audit import AuditHead

# What a signature means, signed in these English words whatever the window speaks (the
# signed bytes must not depend on a language); shown translated with ``meaning_text``.
SIGNED_MEANING = translatable(
    "SignatureMeaning", "Signed: the signer performed this session and recorded it as shown."
)
IMPORTED_MEANING = translatable(
    "SignatureMeaning",
    "Imported: the signer brought this record in from another system as shown; it was "
    "not recorded through this app.",
)
AMENDED_MEANING = translatable(
    "SignatureMeaning", "Amended: the signer corrected this record, for the reason given."
)
MEANINGS = (SIGNED_MEANING, IMPORTED_MEANING, AMENDED_MEANING)


def meaning_text(meaning: str) -> str:
    """A signature's meaning as the reader's language says it (a meaning this version
    does not know is shown as signed)."""
    return translate("SignatureMeaning", meaning)


RECORD_VERSION = 1
SIGNATURE_VERSION = 1


# Each record class's field names, read once (``dataclasses.fields`` is slow, and
# ``verify`` walks every field of every session).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


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
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    raise TypeError(f"{type(value).__name__} has no signed form")


def record_document(session: Session, photo_hashes: Sequence[str]) -> dict[str, Any]:
    """The record of ``session`` as it reads now. ``photo_hashes``: the SHA-256 of each
    photo that is part of the record (not those added after signing), in any order."""
    return {
        "document": "record",
        "version": RECORD_VERSION,
        "session_id": session.id,
        "record": plain(session.details),
        "acknowledgements": [_acknowledgement(a) for a in session.acknowledgements],
        "photos": sorted(photo_hashes),
        "created_at": plain(session.created_at),
    }


def _acknowledgement(acknowledgement: SafetyAcknowledgement) -> dict[str, Any]:
    """An acknowledgement as signed: the reason given for going on past a stop only when
    there is one, so that a record signed before reasons existed hashes as it did."""
    document = plain(acknowledgement)
    if not document["reason"]:
        del document["reason"]
    return document


def _head(head: AuditHead | None) -> dict[str, Any] | None:
    return None if head is None else {"id": head.entry_id, "sha256": head.sha256}


def session_signature_document(
    session_id: int,
    record_sha256: str,
    *,
    signed_by: str,
    signed_at: datetime,
    meaning: str,
    audit_head: AuditHead | None,
) -> dict[str, Any]:
    """What the signature of a session covers: its record hash, who, when, what it means."""
    return {
        "document": "session-signature",
        "version": SIGNATURE_VERSION,
        "meaning": meaning,
        "session_id": session_id,
        "record_sha256": record_sha256,
        "signed_by": signed_by,
        "signed_at": plain(signed_at),
        "audit_head": _head(audit_head),
    }


def amendment_document(
    amendment: Amendment,
    amends: str,
    record_sha256: str,
    audit_head: AuditHead | None,
) -> dict[str, Any]:
    """What an amendment's signature covers: the change, why, who, when, the record hash
    before it (``amends``) and after it."""
    return {
        "document": "amendment",
        "version": SIGNATURE_VERSION,
        "meaning": AMENDED_MEANING,
        "session_id": amendment.session_id,
        "amendment_id": amendment.id,
        "field": amendment.field,
        "old_value": plain(amendment.old_value),
        "new_value": plain(amendment.new_value),
        "reason": amendment.reason,
        "amended_by": amendment.amended_by,
        "amended_at": plain(amendment.amended_at),
        "amends": amends,
        "record_sha256": record_sha256,
        "audit_head": _head(audit_head),
    }
