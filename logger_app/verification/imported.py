"""Sessions imported from another logbook's bundle: their signatures there, kept as the
proof in the import's audit entry (see ``logbook.bundles``), checked again.

Each kept signature must hold with the public key kept beside it; the record as it reads
now, with the ids it had there, must hash to what the last of them names (while it has
no amendment made here since); and where that key is one of this logbook's own keys
(the signer works here too), of the practitioner named, it counts as checked with a key
this logbook knows. The seal of the import entry still holds the record (``check_session``)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..errors import NotFoundError
from ..i18n import translate
from ..identity.canonical import record_hash
from ..identity.documents import amendment_document, record_document, session_signature_document
from ..identity.signatures import signature_valid
from ..records import AuditHead, PractitionerKey, Session
from .report import Finding


@dataclass
class ImportedProofs:
    findings: list[Finding]
    checked: int = 0  # sessions whose kept signatures all hold
    with_known_keys: int = 0  # of those, signed with keys this logbook knows


def _proofs(db: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    for (details,) in db.execute(
        "SELECT details FROM audit_log WHERE action = 'import' AND entity = 'client' ORDER BY id"
    ).fetchall():
        try:
            sealed = json.loads(details).get("sealed") or {}
        except (ValueError, AttributeError):
            continue
        for key, seal in sealed.items():
            if isinstance(seal, dict) and isinstance(seal.get("proof"), dict):
                yield int(key), seal["proof"]


def _b64(text: object) -> bytes:
    try:
        return base64.b64decode(str(text or ""), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _head(text: str | None) -> AuditHead | None:
    return AuditHead.from_text(text) if text else None


def _holds(kept: Mapping[str, Any], document: dict[str, Any]) -> bool:
    return signature_valid(_b64(kept.get("public_key")), document, _b64(kept.get("signature")))


def check_imported(
    context: Any, keys: Mapping[int, PractitionerKey], photos: Mapping[int, list[str]]
) -> ImportedProofs:
    """``photos``: the hashes of each session's photos that are part of its record."""
    known = {hashlib.sha256(k.public_key).hexdigest(): k for k in keys.values()}
    result = ImportedProofs([])
    for session_id, proof in _proofs(context.db):
        try:
            session = context.sessions.get(session_id)
        except NotFoundError:
            continue  # erased with its client
        problem = _problem(session, proof, photos.get(session_id, []))
        if problem:
            text = translate("SessionCheck", "session {id}: {problem}").format(
                id=session_id, problem=problem
            )
            result.findings.append(Finding("session", text, session_id))
            continue
        result.checked += 1
        kept = [proof["signature"], *proof.get("amendments", [])]
        if all(
            (key := known.get(str(s.get("public_key_sha256")))) is not None
            and key.practitioner_name == s.get("signer")
            for s in kept
        ):
            result.with_known_keys += 1
    return result


def _problem(session: Session, proof: dict[str, Any], photos: list[str]) -> str:
    try:
        source_id = int(proof["source_session_id"])
        kept = proof["signature"]
        document = session_signature_document(
            source_id, kept["record_sha256"], signed_by=kept["signer"],
            signed_at=datetime.fromisoformat(kept["signed_at"]), meaning=kept["meaning"],
            audit_head=_head(kept.get("audit_head")),
        )  # fmt: skip
        if not _holds(kept, document):
            return translate(
                "ImportedSeals", "its signature made in another logbook (by {signer}) does not hold"
            ).format(signer=kept["signer"])
        ids = proof.get("amendment_ids", [])
        expected = kept["record_sha256"]
        for amendment, kept_amendment, there in zip(
            session.amendments, proof.get("amendments", []), ids, strict=False
        ):
            as_there = replace(amendment, id=there, session_id=source_id)
            document = amendment_document(
                as_there, kept_amendment["amends_sha256"] or "",
                kept_amendment["record_sha256"], _head(kept_amendment.get("audit_head")),
            )  # fmt: skip
            if not _holds(kept_amendment, document):
                return translate(
                    "ImportedSeals",
                    "the signature of amendment {id}, made in another logbook, does not hold",
                ).format(id=amendment.id)
            expected = kept_amendment["record_sha256"]
        if len(session.amendments) == len(ids):
            record = record_document(session, photos)
            record["session_id"] = source_id
            record["record"]["client_id"] = int(proof["source_client_id"])
            if record_hash(record) != expected:
                return translate(
                    "ImportedSeals", "reads otherwise than the record signed in the other logbook"
                )
    except (KeyError, TypeError, ValueError) as error:
        return translate(
            "ImportedSeals", "the proof kept at its import cannot be read ({error})"
        ).format(error=type(error).__name__)
    return ""
