"""``verify``: every signature, every amendment's place in its chain, every record
against what was signed, the photo files of signed records, the audit log's hash chain,
and the chain against the heads named elsewhere (signatures, backups, this computer's
anchor). Reads only."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from ..identity.canonical import record_hash
from ..identity.documents import record_document
from ..records import AuditHead, PhotoFileStatus, PractitionerKey, StoredSignature
from ..store.audit import import_seals
from .chain import ChainWalk
from .imported import check_imported
from .report import Finding, SealStatus, SessionSeal, VerificationReport
from .sessions import check_session, when

if TYPE_CHECKING:
    from ..logbook.context import LogbookContext

__all__ = [
    "Finding",
    "SealStatus",
    "SessionSeal",
    "VerificationReport",
    "seal_of_session",
    "verify_records",
]

Progress = Callable[[int, int], None]


def _seals(db: Any) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Every session's seal, and which of them an import made (not the upgrade)."""
    seals: dict[int, tuple[str, int]] = {}
    cursor = db.execute(
        "SELECT entity_id, details FROM audit_log WHERE action = 'seal' AND entity = 'session' "
        "AND entity_id IS NOT NULL ORDER BY id"
    )
    for session_id, details in cursor.fetchall():
        try:
            parsed = json.loads(details)
            seals.setdefault(session_id, (parsed["record_sha256"], int(parsed["amendments"])))
        except (ValueError, KeyError, TypeError):
            continue
    imported = set()
    for session_id, seal in import_seals(db).items():
        if session_id not in seals:
            seals[session_id] = seal
            imported.add(session_id)
    return seals, imported


def seal_of_session(context: LogbookContext, session_id: int) -> SessionSeal:
    """The standing of one session (its record view's seal or red banner)."""
    session = context.sessions.get(session_id)
    signatures = context.signatures.of_session(session_id)
    if not session.is_signed and not signatures:
        return SessionSeal(session_id, SealStatus.DRAFT)
    keys = {key.id: key for key in context_keys(context)}
    own = any(signature.amendment_id is None for signature in signatures)
    seal = None if own else context.audit.sealed_record_hash(session_id)
    at_import = seal is not None and context.audit.sealed_at_import(session_id)
    photos = context.signing.record_photo_hashes(session_id)
    current = record_hash(record_document(session, photos))
    return check_session(session, signatures, keys, seal, current, at_import)


def context_keys(context: LogbookContext) -> list[PractitionerKey]:
    from ..store.identity import IdentityStore

    return IdentityStore(context.db).keys()


def verify_records(
    context: LogbookContext,
    *,
    anchors: Iterable[tuple[str, AuditHead]] = (),
    check_photos: bool = True,
    progress: Progress | None = None,
) -> VerificationReport:
    db = context.db
    report = VerificationReport()
    keys = {key.id: key for key in context_keys(context)}
    report.findings.extend(_check_keys(db, keys))

    signatures: dict[int, list[StoredSignature]] = defaultdict(list)
    for signature in context.signatures.all():
        signatures[signature.session_id].append(signature)
        report.signatures_checked += 1
    seals, sealed_at_import = _seals(db)
    photos: dict[int, list[tuple[int, str, bool]]] = defaultdict(list)
    for photo_id, session_id, sha256, after in db.execute(
        "SELECT id, session_id, sha256, after_signing FROM photos ORDER BY id"
    ).fetchall():
        photos[session_id].append((photo_id, sha256, bool(after)))

    total = context.sessions.count()
    done, last, seen = 0, 0, set[int]()
    while batch := context.sessions.batch_after(last):
        for session in batch:
            seen.add(session.id)
            of_record = [sha for _, sha, after in photos.get(session.id, ()) if not after]
            current = record_hash(record_document(session, of_record))
            seal = check_session(
                session, signatures.get(session.id, ()), keys, seals.get(session.id), current,
                session.id in sealed_at_import,
            )  # fmt: skip
            report.findings.extend(seal.findings)
            if seal.status is SealStatus.VERIFIED:
                report.sessions_verified += 1
            elif seal.status is SealStatus.SEALED:
                report.sessions_sealed += 1
                report.sessions_sealed_at_import += seal.sealed_at_import
            if check_photos and session.is_signed:
                for photo_id, sha256, _ in photos.get(session.id, ()):
                    report.photos_checked += 1
                    status = context.photo_content.status(sha256)
                    if status is not PhotoFileStatus.OK:
                        state = "missing" if status is PhotoFileStatus.MISSING else "changed"
                        report.findings.append(Finding(
                            "photo", f"session {session.id}: photo {photo_id}'s file is "
                            f"{state} (it no longer matches what was recorded)", session.id,
                        ))  # fmt: skip
        last = batch[-1].id
        done += len(batch)
        if progress:
            progress(done, total)
    record_photos = {sid: [sha for _, sha, after in group if not after]
                     for sid, group in photos.items()}  # fmt: skip
    imported = check_imported(context, keys, record_photos)
    report.findings.extend(imported.findings)
    report.imported_verified = imported.checked
    report.imported_known_keys = imported.with_known_keys
    report.findings.extend(_missing_sessions(db, seen, signatures))
    report.findings.extend(_unrecorded_signatures(db, signatures))

    walk = ChainWalk().walk(db)
    report.entries_checked = walk.count
    report.head = walk.head
    signed_heads = [
        (f"the signature of session {s.session_id} by {s.signer} on {when(s.signed_at)}",
         s.audit_head)
        for group in signatures.values() for s in group if s.audit_head is not None
    ]  # fmt: skip
    report.anchors_checked = walk.check_anchors([*signed_heads, *anchors])
    report.findings.extend(walk.findings)  # the chain's breaks, then the anchors' misses
    return report


def _check_keys(db: Any, keys: Mapping[int, PractitionerKey]) -> list[Finding]:
    """Every public key was made by the app: an audit entry names it with its hash."""
    announced: dict[int, str] = {}
    for (details,) in db.execute(
        "SELECT details FROM audit_log WHERE action = 'key' AND entity = 'practitioner'"
    ).fetchall():
        try:
            parsed = json.loads(details)
            announced[int(parsed["key_id"])] = parsed["public_key_sha256"]
        except (ValueError, KeyError, TypeError):
            continue
    findings = []
    for key in keys.values():
        if announced.get(key.id) != hashlib.sha256(key.public_key).hexdigest():
            findings.append(Finding(
                "key", f"signing key {key.id} of {key.practitioner_name} was not made by the "
                "app (no audit entry names it)",
            ))  # fmt: skip
    return findings


def _unrecorded_signatures(
    db: Any, signatures: Mapping[int, list[StoredSignature]]
) -> list[Finding]:
    """Every signature was made by the app: the session's "sign" entry names its key and
    record hash, an amendment's "amend" entry its id. A signature made (or replaced)
    elsewhere, even with a practitioner's real key, has no such entry; rewriting the
    entry breaks the chain (or, chained again, the heads named since)."""
    signed: dict[int, tuple[int, dict[str, Any]]] = {}
    amended: set[int] = set()
    for entry_id, action, session_id, details in db.execute(
        "SELECT id, action, entity_id, details FROM audit_log WHERE action IN ('sign', "
        "'amend') AND entity = 'session' AND entity_id IS NOT NULL ORDER BY id"
    ).fetchall():
        try:
            parsed = json.loads(details)
        except (ValueError, TypeError):
            continue
        if not isinstance(parsed, dict):
            continue
        if action == "sign":
            signed.setdefault(session_id, (entry_id, parsed))
        elif isinstance(parsed.get("amendment_id"), int):
            amended.add(parsed["amendment_id"])
    findings = []
    for session_id, group in sorted(signatures.items()):
        for signature in group:
            by = f"by {signature.signer} on {when(signature.signed_at)}"
            if signature.amendment_id is not None:
                if signature.amendment_id not in amended:
                    findings.append(Finding(
                        "session", f"session {session_id}: the signature of amendment "
                        f"{signature.amendment_id} {by} is not in the audit log", session_id,
                    ))  # fmt: skip
                continue
            entry = signed.get(session_id)
            if entry is None:
                findings.append(Finding(
                    "session", f"session {session_id}: its signature {by} is not in the "
                    "audit log (no entry of its signing)", session_id,
                ))  # fmt: skip
            elif _recorded(entry[1]) != (signature.key_id, signature.record_sha256):
                findings.append(Finding(
                    "session", f"session {session_id}: its signature {by} is not the one the "
                    f"audit log recorded (entry {entry[0]})", session_id,
                ))  # fmt: skip
    return findings


def _recorded(details: dict[str, Any]) -> tuple[object, object]:
    """(key id, record hash) a "sign" entry names."""
    return details.get("key_id"), details.get("record_sha256")


def _missing_sessions(
    db: Any, seen: set[int], signatures: Mapping[int, list[StoredSignature]]
) -> list[Finding]:
    """Signed sessions the log (or a signature) knows that are gone, their client not
    erased (an erasure scrubs its entries, so they name no session any more)."""
    findings = []
    gone: dict[int, str] = {}
    for entry_id, session_id, actor, at in db.execute(
        "SELECT id, entity_id, actor, at FROM audit_log WHERE action IN ('sign', 'seal') "
        "AND entity = 'session' AND entity_id IS NOT NULL ORDER BY id"
    ).fetchall():
        if session_id not in seen:
            gone.setdefault(session_id, f"signed by {actor} on {at[:16].replace('T', ' ')} UTC "
                                        f"(audit entry {entry_id})")  # fmt: skip
    for session_id in signatures:
        if session_id not in seen:
            gone.setdefault(session_id, "its signature is still kept")
    for session_id in sorted(gone):
        findings.append(Finding(
            "session", f"session {session_id} is missing: {gone[session_id]}", session_id
        ))  # fmt: skip
    return findings
