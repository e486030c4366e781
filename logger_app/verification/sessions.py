"""One signed session against its signatures: every signature holds, with the key of the
practitioner named, valid then; the amendments follow each other from the first
signature; and the record reads now as the last signature (or the upgrade's seal) says."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from ..i18n import translate
from ..identity.documents import amendment_document, session_signature_document
from ..identity.signatures import signature_valid
from ..records import PractitionerKey, Session, StoredSignature
from .report import Finding, SealStatus, SessionSeal


def when(moment: datetime | None) -> str:
    return "" if moment is None else f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def _signed_by(signer: str, moment: datetime | None) -> str:
    return translate("SessionCheck", "signed by {signer} on {when}").format(
        signer=signer, when=when(moment)
    )


def _key_problem(
    signature: StoredSignature, keys: Mapping[int, PractitionerKey], what: str
) -> str | None:
    key = keys.get(signature.key_id)
    if key is None:
        return translate(
            "SessionCheck", "{what} names a signing key the logbook does not have"
        ).format(what=what)
    if key.practitioner_name != signature.signer:
        return translate(
            "SessionCheck", "{what} was made with the key of {owner}, not {signer}"
        ).format(what=what, owner=key.practitioner_name, signer=signature.signer)
    if not key.valid_at(signature.signed_at):
        return translate(
            "SessionCheck", "{what} was made with a key of {signer} not valid at that time"
        ).format(what=what, signer=signature.signer)
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
        text = translate("SessionCheck", "session {id}: {problem}").format(id=sid, problem=message)
        findings.append(Finding("session", text, sid))

    own = [s for s in signatures if s.amendment_id is None]
    by_amendment = {s.amendment_id: s for s in signatures if s.amendment_id is not None}
    if not session.is_signed:
        if not own:
            return SessionSeal(sid, SealStatus.DRAFT)
        first = own[0]
        fail(
            translate("SessionCheck", "{signed}, now shown as a draft").format(
                signed=_signed_by(first.signer, first.signed_at)
            )
        )
        return SessionSeal(sid, SealStatus.FAILED, first.signer, first.signed_at,
                           first.meaning, findings=tuple(findings))  # fmt: skip

    signer, signed_at, meaning = session.signed_by, session.signed_at, ""
    legacy_amendments = 0
    if own:
        signature = own[0]
        signer, signed_at, meaning = signature.signer, signature.signed_at, signature.meaning
        by = _signed_by(signer, signed_at)
        problem = _key_problem(signature, keys, translate("SessionCheck", "its signature"))
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
                fail(translate("SessionCheck", "the signature ({by}) does not hold").format(by=by))
        if session.signed_by != signature.signer or session.signed_at != signature.signed_at:
            fail(
                translate(
                    "SessionCheck", "shows it was signed by {signer} on {when}, but it was {by}"
                ).format(signer=session.signed_by, when=when(session.signed_at), by=by)
            )
        expected, status = signature.record_sha256, SealStatus.VERIFIED
    elif seal is not None:
        expected, legacy_amendments = seal
        sealed = (
            translate("SessionCheck", "{signed}, sealed at the import")
            if sealed_at_import
            else translate("SessionCheck", "{signed}, sealed at the upgrade")
        )
        by = sealed.format(signed=_signed_by(signer, signed_at))
        status = SealStatus.SEALED
    else:
        fail(
            translate(
                "SessionCheck", "marked signed by {signer} on {when} without a signature"
            ).format(signer=signer, when=when(signed_at))
        )
        return SessionSeal(sid, SealStatus.FAILED, signer, signed_at, findings=tuple(findings))

    amendments = sorted(session.amendments, key=lambda a: a.id)
    signed_amendments = 0
    for amendment in amendments[legacy_amendments:]:
        signature = by_amendment.pop(amendment.id, None)
        what = translate("SessionCheck", "amendment {id} ({label}, {when})").format(
            id=amendment.id, label=amendment.label, when=when(amendment.amended_at)
        )
        if signature is None:
            fail(translate("SessionCheck", "{what} is not signed").format(what=what))
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
            fail(
                translate(
                    "SessionCheck", "the signature of {what} by {signer} does not hold"
                ).format(what=what, signer=signature.signer)
            )
        if amendment.amended_by != signature.signer:
            fail(
                translate(
                    "SessionCheck", "{what} shows {shown}, but it was signed by {signer}"
                ).format(what=what, shown=amendment.amended_by, signer=signature.signer)
            )
        if signature.amends_sha256 != expected:
            fail(
                translate(
                    "SessionCheck",
                    "{what} does not follow the record it amends (changed before it)",
                ).format(what=what)
            )
        expected = signature.record_sha256
        signed_amendments += 1
    for amendment_id in sorted(by_amendment):
        fail(
            translate("SessionCheck", "amendment {id}, signed by {signer}, is missing").format(
                id=amendment_id, signer=by_amendment[amendment_id].signer
            )
        )
    if current_hash != expected:
        fail(translate("SessionCheck", "changed after it was {by}").format(by=by))
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
