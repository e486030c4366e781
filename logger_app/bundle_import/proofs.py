"""The signatures a bundle carries, checked against the records it holds.

A session's signature covers a short document naming its record hash, who signed,
when, the meaning and the exporting logbook's audit head; the record hash covers the
whole record *with its ids there* (session and client). So each signature is checked
with the signer's public key from the bundle, and the record as the bundle holds it,
with the ids it had there, must hash to what the last signature (of the session or its
newest amendment) names: the record arrived exactly as signed. Once imported, the
record has new ids: its proof is kept in the import's audit entry (and the record is
sealed there), and ``public_key_sha256`` tells whether the signer's key is one this
logbook knows too.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from typing import Any

from ..identity.canonical import record_hash
from ..identity.documents import amendment_document, record_document, session_signature_document
from ..identity.signatures import signature_valid
from ..records import AuditHead, Session
from ..records.incoming import IncomingSession
from .parse import when

VERIFIED = "verified"
UNSIGNED = "no signature kept"  # signed before signatures existed, or an older bundle


@dataclass(frozen=True)
class ProofResult:
    status: str  # VERIFIED, UNSIGNED, or what failed
    proof: dict[str, Any] | None  # kept with the imported record
    problem: str = ""


def _bytes(text: str | None) -> bytes:
    if not text:
        return b""
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return b""


def _head(text: str | None) -> AuditHead | None:
    return AuditHead.from_text(text) if text else None


def source_record_hash(incoming: IncomingSession, source_client_id: int) -> str:
    """The record hash of the session as the bundle holds it, with its ids there."""
    session = Session(
        id=incoming.source_id,
        details=replace(incoming.details, client_id=source_client_id),
        created_at=incoming.created_at,
        updated_at=incoming.updated_at,
        acknowledgements=incoming.acknowledgements,
    )
    photos = [p.sha256 for p in incoming.photos if not p.added_after_signing]
    return record_hash(record_document(session, photos))


def check_session_proof(
    incoming: IncomingSession,
    session_json: dict[str, Any],
    source_client_id: int,
    known_keys: set[str],
) -> ProofResult:
    """``known_keys``: SHA-256 of the public keys this logbook holds."""
    if incoming.signed_at is None:
        return ProofResult("draft", None)
    signature = session_json.get("signature")
    if not signature:
        return ProofResult(UNSIGNED, None)
    sid = incoming.source_id
    try:
        document = session_signature_document(
            sid,
            signature["record_sha256"],
            signed_by=signature["signer"],
            signed_at=when(signature["signed_at"]),
            meaning=signature["meaning"],
            audit_head=_head(signature.get("audit_head")),
        )
        problem = _problem(signature, document, f"the signature of session {sid}")
        expected = signature["record_sha256"]
        by_id = {a.id: a for a in incoming.amendments}
        amendments = []
        for item in session_json.get("amendments", ()):
            kept = item.get("signature")
            what = f"amendment {item['id']} of session {sid}"
            if not kept:
                problem = problem or f"{what} carries no signature"
                continue
            amendment_doc = amendment_document(
                by_id[item["id"]], kept["amends_sha256"] or "", kept["record_sha256"],
                _head(kept.get("audit_head")),
            )  # fmt: skip
            problem = problem or _problem(kept, amendment_doc, f"the signature of {what}")
            if kept["amends_sha256"] != expected:
                problem = problem or f"{what} does not follow the record it amends"
            expected = kept["record_sha256"]
            amendments.append(kept)
    except (KeyError, TypeError, ValueError) as error:
        return ProofResult("unreadable", None, f"session {sid}: its signature cannot be read "
                           f"({type(error).__name__}: {error})")  # fmt: skip
    if not problem and source_record_hash(incoming, source_client_id) != expected:
        problem = f"session {sid} was changed after it was signed (its record hash differs)"
    keys = {s.get("public_key_sha256") for s in [signature, *amendments]}
    proof = {
        "source_session_id": sid,
        "source_client_id": source_client_id,
        "record_sha256_there": expected,
        "signature": signature,
        "amendments": amendments,
        "amendment_ids": [a.id for a in incoming.amendments],
        "keys_known_here": bool(keys) and keys <= known_keys,
        "verified": not problem,
    }
    return ProofResult("failed" if problem else VERIFIED, proof, problem)


def _problem(kept: dict[str, Any], document: dict[str, Any], what: str) -> str:
    key = _bytes(kept.get("public_key"))
    if not key:
        return f"{what} comes without the signer's public key"
    if not signature_valid(key, document, _bytes(kept.get("signature"))):
        return f"{what} by {kept.get('signer')} does not hold"
    return ""
