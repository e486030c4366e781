"""One signed session against its signatures: every signature holds, with the key of the
practitioner named, valid then; the amendments follow each other from the first
signature; and the record reads now as the last signature (or the upgrade's seal) says."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from ..identity.documents import amendment_document, session_signature_document
from ..identity.signatures import signature_valid
from ..records import PractitionerKey, Session, StoredSignature
from .report import Finding, SealStatus, SessionSeal


def when(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _key_problem(
    signature: StoredSignature, keys: Mapping[int, PractitionerKey], what: str
) -> str | None:
    key = keys.get(signature.key_id)
    if key is None:
        return f"{what} names a signing key the logbook does not have"
    if key.practitioner_name != signature.signer:
        return f"{what} was made with the key of {key.practitioner_name}, not {signature.signer}"
    if not key.valid_at(signature.signed_at):
        return f"{what} was made with a key of {signature.signer} not valid at that time"
    return None


def check_session(
    session: Session,
    signatures: Sequence[StoredSignature],
    keys: Mapping[int, PractitionerKey],
    seal: tuple[str, int] | None,
    current_hash: str,
    sealed_at_import: bool = False,
) -> SessionSeal:
    """``signatures``: the session's, in order; ``seal``: (record hash, amendments then)
    of the upgrade's seal entry, or of the import that brought the session from another
    logbook (``sealed_at_import``); ``current_hash``: the record hash as it reads now."""
    sid = session.id
    findings: list[Finding] = []

    def fail(message: str) -> None:
        findings.append(Finding("session", f"session {sid}: {message}", sid))

    own = [s for s in signatures if s.amendment_id is None]
    by_amendment = {s.amendment_id: s for s in signatures if s.amendment_id is not None}
    if not session.is_signed:
        if not own:
            return SessionSeal(sid, SealStatus.DRAFT)
        first = own[0]
        fail(f"signed by {first.signer} on {when(first.signed_at)}, now shown as a draft")
        return SessionSeal(sid, SealStatus.FAILED, first.signer, first.signed_at,
                           first.meaning, findings=tuple(findings))  # fmt: skip

    signer, signed_at, meaning = session.signed_by, session.signed_at, ""
    legacy_amendments = 0
    if own:
        signature = own[0]
        signer, signed_at, meaning = signature.signer, signature.signed_at, signature.meaning
        by = f"signed by {signer} on {when(signed_at)}"
        problem = _key_problem(signature, keys, "its signature")
        if problem:
            fail(problem)
        else:
            document = session_signature_document(
                sid, signature.record_sha256, signed_by=signature.signer,
                signed_at=signature.signed_at, meaning=signature.meaning,
                audit_head=signature.audit_head,
            )  # fmt: skip
            if not signature_valid(keys[signature.key_id].public_key, document,
                                   signature.signature):  # fmt: skip
                fail(f"the signature ({by}) does not hold")
        if session.signed_by != signature.signer or session.signed_at != signature.signed_at:
            fail(
                f"shows it was signed by {session.signed_by} on {when(session.signed_at)}, "
                f"but it was {by}"
            )
        expected, status = signature.record_sha256, SealStatus.VERIFIED
    elif seal is not None:
        expected, legacy_amendments = seal
        sealed_by = "the import" if sealed_at_import else "the upgrade"
        by = f"signed by {signer} on {when(signed_at)}, sealed at {sealed_by}"
        status = SealStatus.SEALED
    else:
        fail(f"marked signed by {signer} on {when(signed_at)} without a signature")
        return SessionSeal(sid, SealStatus.FAILED, signer, signed_at, findings=tuple(findings))

    amendments = sorted(session.amendments, key=lambda a: a.id)
    signed_amendments = 0
    for amendment in amendments[legacy_amendments:]:
        signature = by_amendment.pop(amendment.id, None)
        what = f"amendment {amendment.id} ({amendment.label}, {when(amendment.amended_at)})"
        if signature is None:
            fail(f"{what} is not signed")
            continue
        problem = _key_problem(signature, keys, what)
        document = amendment_document(
            amendment, signature.amends_sha256 or "", signature.record_sha256,
            signature.audit_head,
        )  # fmt: skip
        if problem:
            fail(problem)
        elif not signature_valid(keys[signature.key_id].public_key, document,
                                 signature.signature):  # fmt: skip
            fail(f"the signature of {what} by {signature.signer} does not hold")
        if amendment.amended_by != signature.signer:
            fail(f"{what} shows {amendment.amended_by}, but it was signed by {signature.signer}")
        if signature.amends_sha256 != expected:
            fail(f"{what} does not follow the record it amends (changed before it)")
        expected = signature.record_sha256
        signed_amendments += 1
    for amendment_id in sorted(by_amendment):
        fail(f"amendment {amendment_id}, signed by {by_amendment[amendment_id].signer}, is missing")
    if current_hash != expected:
        fail(f"changed after it was {by}")
    return SessionSeal(
        sid,
        SealStatus.FAILED if findings else status,
        signer,
        signed_at,
        meaning,
        signed_amendments,
        tuple(findings),
        sealed_at_import=seal is not None and sealed_at_import,
    )
