"""Treatment sessions, their whole lifecycle: reviewed before saving, recorded as a
draft, rewritten, signed, amended once signed, or deleted while a draft."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ..amendments import AmendableField, amendable_fields, check_amendment
from ..errors import SignedSessionError, ValidationError
from ..i18n import translate
from ..identity.canonical import record_hash
from ..identity.documents import (
    IMPORTED_MEANING,
    SIGNED_MEANING,
    amendment_document,
    record_document,
    session_signature_document,
)
from ..records import ImportedFrom, Session, SessionDetails, SessionSummary
from ..screening import depth_checks, review_session
from ..session_review import Question, SessionReview
from ..store.import_links import ImportLinkStore
from ..store.timestamps import utc_now
from ..validation import validate_session
from ..vocabulary import USUAL_DEPTH_MM
from .context import LogbookContext, raise_if
from .identity import Identity
from .safety import Safety


class Sessions:
    def __init__(self, context: LogbookContext, safety: Safety, identity: Identity) -> None:
        self._c = context
        self._safety = safety
        self._identity = identity

    # Before saving
    def review_session(
        self,
        details: SessionDetails,
        now: datetime | None = None,
        *,
        draft_id: int | None = None,
        enforce_safety: bool = True,
        reasons: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """What saving ``details`` would meet, without saving: ``problems`` are exactly
        what ``record_session`` (``update_draft_session`` of ``draft_id``) would refuse
        it for; ``questions`` the depths above their area's usual range not yet
        acknowledged, which the practitioner confirms first (by acknowledging them)."""
        review, _ = self._review(details, now, enforce_safety, draft_id, reasons)
        if draft_id is not None:
            before = self._c.sessions.get(draft_id)
            if details.client_id != before.details.client_id:
                review.problems["client_id"] = translate(
                    "Sessions", "A session stays with its client."
                )
        return review

    def _review(
        self,
        details: SessionDetails,
        now: datetime | None,
        enforce_safety: bool,
        replacing: int | None,
        reasons: Mapping[str, str] | None = None,
    ) -> tuple[SessionReview, list[tuple[str, str, str]]]:
        """The review of a session to save (``replacing``: the draft it rewrites), and
        the acknowledgements to keep with it."""
        client = self._c.clients.get(details.client_id)
        problems = validate_session(details, client.details.date_of_birth, now)
        acknowledgements: list[tuple[str, str, str]] = []
        practitioner = self._c.practitioners.find(details.practitioner_name)
        limit = practitioner.max_depth_mm if practitioner else None
        if "started_at" not in problems:
            safety_problems, acknowledgements = review_session(
                details,
                self._safety.warnings_at(
                    client, details.started_at, exclude=replacing, session=details
                ),
                limit,
                USUAL_DEPTH_MM,
                enforce=enforce_safety,
                reasons=reasons,
            )
            problems = safety_problems | problems  # range problems of a depth come first
        _, confirmations = depth_checks(
            details.areas, limit, USUAL_DEPTH_MM, details.practitioner_name
        )
        questions = tuple(
            Question(finding.code, finding.message, f"areas.{finding.index}.depth_mm")
            for finding in confirmations
            if finding.code not in details.acknowledged
        )
        return SessionReview(problems, questions), acknowledgements

    def _checked(
        self,
        details: SessionDetails,
        now: datetime | None,
        enforce_safety: bool,
        replacing: int | None = None,
        reasons: Mapping[str, str] | None = None,
    ) -> list[tuple[str, str, str]]:
        """The acknowledgements to keep; ValidationError if it cannot be saved."""
        review, acknowledgements = self._review(details, now, enforce_safety, replacing, reasons)
        raise_if(review.problems)
        return acknowledgements

    # Drafts and signing
    def record_session(
        self,
        details: SessionDetails,
        now: datetime | None = None,
        enforce_safety: bool = True,
        *,
        sign: bool = False,
        imported: bool = False,
        reasons: Mapping[str, str] | None = None,
        imported_from: ImportedFrom | None = None,
    ) -> Session:
        """Validate and save a session with all its parts in one transaction: a draft,
        or with ``sign`` signed at once by the signed-in practitioner (see
        ``sign_session``); ``imported``: a record brought in from another system, signed
        with that meaning.

        ``enforce_safety`` (a session recorded at the point of care): a depth above the
        practitioner's licensed maximum is refused, and so is a session whose
        ``acknowledged`` misses a warning that applies on its day (see
        ``warnings_for_new_session``) or a stop acknowledged without its reason in
        ``reasons`` (by code). Imported history and demo data pass False: they
        were not treated through this app, nobody was shown the warnings. Either way,
        the acknowledged codes that apply are saved with the session, with their message
        as it reads now and the time."""
        acknowledgements = self._checked(details, now, enforce_safety, reasons=reasons)
        if sign:
            self._identity.signer()  # before anything is saved: signed in, key open
        with self._c.db.atomic():
            session = self._c.sessions.record(
                details, acknowledgements, saved_by=self._c.audit.actor
            )
            if imported_from is not None:  # importing the source again finds it by this
                ImportLinkStore(self._c.db).remember(
                    imported_from.source,
                    "session",
                    imported_from.source_id,
                    details.client_id,
                    session.id,
                )
            self._c.audit.record(
                "create",
                "session",
                f"Session {session.id} recorded",
                entity_id=session.id,
                client_id=details.client_id,
                details={"practitioner": details.practitioner_name},
            )
            if sign:
                self._sign(session, meaning=IMPORTED_MEANING if imported else SIGNED_MEANING)
        return self._c.sessions.get(session.id) if sign else session

    def update_draft_session(
        self,
        session_id: int,
        details: SessionDetails,
        now: datetime | None = None,
        enforce_safety: bool = True,
        *,
        sign: bool = False,
        version: int | None = None,
        reasons: Mapping[str, str] | None = None,
    ) -> Session:
        """Rewrite a draft session whole (validated like a new one); with ``sign``,
        signed by the actor in the same transaction. A signed session is refused
        (SignedSessionError): amend it instead. ``version``: the one the editor read
        (``Session.version``); a draft saved since at another workstation is not
        overwritten (StaleDraftError). None: the version as it is now."""
        before = self._session_to_change(session_id, signed=False)
        if version is not None and version != before.version:
            raise self._c.sessions.stale(session_id)
        if details.client_id != before.details.client_id:
            raise ValidationError(
                {"client_id": translate("Sessions", "A session stays with its client.")}
            )
        acknowledgements = self._checked(details, now, enforce_safety, session_id, reasons)
        if sign:
            self._identity.signer()
        changed = [
            name
            for name in SessionDetails.__dataclass_fields__
            if getattr(before.details, name) != getattr(details, name)
        ]
        with self._c.db.atomic():
            self._c.sessions.rewrite_draft(
                session_id,
                details,
                acknowledgements,
                version=before.version,
                saved_by=self._c.audit.actor,
            )
            self._c.audit.record(
                "update",
                "session",
                f"Draft session {session_id} edited: {', '.join(changed) or 'nothing changed'}",
                entity_id=session_id,
                client_id=details.client_id,
                details={"fields": changed},
            )
            if sign:
                self._sign(before)
        return self._c.sessions.get(session_id)

    def sign_session(self, session_id: int, version: int | None = None) -> Session:
        """Sign a draft; ``version``: the one the signer was shown (StaleDraftError if
        it was saved since at another workstation)."""
        session = self._session_to_change(session_id, signed=False)
        if version is not None and version != session.version:
            raise self._c.sessions.stale(session_id)
        self._identity.signer()
        with self._c.db.atomic():
            self._sign(session, session.version)
        return self._c.sessions.get(session_id)

    def _sign(
        self, session: Session, version: int | None = None, meaning: str = SIGNED_MEANING
    ) -> None:
        """Sign a draft with the signed-in practitioner's key, inside the caller's
        transaction: the record's hash, who, when and what it means, with the audit
        log's head at that moment."""
        practitioner, key, key_id = self._identity.signer()
        head = self._c.audit.head(locked=True)
        signed_at = utc_now()
        if not self._c.signing.sign(session.id, practitioner.name, version, signed_at):
            raise self._c.sessions.stale(session.id)
        record_sha256 = self.record_hash(session.id)
        document = session_signature_document(
            session.id,
            record_sha256,
            signed_by=practitioner.name,
            signed_at=signed_at,
            meaning=meaning,
            audit_head=head,
        )
        self._c.signatures.add(
            session_id=session.id, amendment_id=None, key_id=key_id, signer=practitioner.name,
            signed_at=signed_at, meaning=meaning, record_sha256=record_sha256,
            amends_sha256=None, audit_head=head, signature=key.sign(document),
        )  # fmt: skip
        self._c.audit.record(
            "sign",
            "session",
            f"Session {session.id} signed",
            entity_id=session.id,
            client_id=session.details.client_id,
            details={"record_sha256": record_sha256, "key_id": key_id},
        )

    def record_hash(self, session_id: int) -> str:
        """The hash of the session's record as it reads now (what a signature names)."""
        session = self._c.sessions.get(session_id)
        photos = self._c.signing.record_photo_hashes(session_id)
        return record_hash(record_document(session, photos))

    def _signed_hash(self, session_id: int) -> str:
        """The record hash the newest signature (or the upgrade's seal) vouches for."""
        latest = self._c.signatures.latest_record_hash(session_id)
        if latest is None:
            sealed = self._c.audit.sealed_record_hash(session_id)
            latest = sealed[0] if sealed else None
        return latest or self.record_hash(session_id)

    def delete_draft_session(self, session_id: int) -> None:
        """Delete a draft, its parts and its photos (their files too, unless another
        photo uses them). A signed session is never deleted (SignedSessionError)."""
        from ..photos.upkeep import delete_rows_and_files

        session = self._session_to_change(session_id, signed=False)
        photos = self._c.photos.for_session(session_id)

        def delete_rows() -> tuple[None, list[str]]:
            for photo in photos:
                self._c.photos.delete(photo.id)
            self._c.signing.delete_draft(session_id)
            self._c.audit.record(
                "delete",
                "session",
                f"Draft session {session_id} deleted with its {len(photos)} photo(s)",
                entity_id=session_id,
                client_id=session.details.client_id,
                details={"photo_ids": [photo.id for photo in photos]},
            )
            return None, [photo.sha256 for photo in photos]

        delete_rows_and_files(self._c.photo_content, self._c.photos, delete_rows)

    # Amendments of a signed session
    def amendable_fields(self, session_id: int) -> list[AmendableField]:
        return amendable_fields(self._session_to_change(session_id, signed=True))

    def amend_session(self, session_id: int, field: str, new_value: Any, reason: str) -> Session:
        """Correct one field of a signed session (see ``amendable_fields``): the session
        shows the new value, and the amendment keeps the old one, the reason, who and
        when. ValidationError keys: ``field``, ``new_value``, ``reason``."""
        practitioner, key, key_id = self._identity.signer()
        with self._c.db.atomic():
            # Read and checked inside the transaction, after any other room's amendment of
            # this session: what the amendment keeps as the old value is the current one.
            self._c.signing.hold(session_id)
            head = self._c.audit.head(locked=True)
            session = self._session_to_change(session_id, signed=True)
            checked = check_amendment(session, field, new_value, reason)
            amends = self._signed_hash(session_id)
            amendment_id = self._c.signing.amend(
                session_id,
                checked.key,
                checked.label,
                checked.old_json,
                checked.new_json,
                reason,
                practitioner.name,
            )
            amended = self._c.sessions.get(session_id)
            amendment = next(a for a in amended.amendments if a.id == amendment_id)
            record_sha256 = self.record_hash(session_id)
            document = amendment_document(amendment, amends, record_sha256, head)
            self._c.signatures.add(
                session_id=session_id, amendment_id=amendment_id, key_id=key_id,
                signer=practitioner.name, signed_at=amendment.amended_at,
                meaning=document["meaning"], record_sha256=record_sha256,
                amends_sha256=amends, audit_head=head, signature=key.sign(document),
            )  # fmt: skip
            self._c.audit.record(
                "amend",
                "session",
                f"Session {session_id} amended: {checked.label}",
                entity_id=session_id,
                client_id=session.details.client_id,
                details={"amendment_id": amendment_id, "field": checked.key},
            )
        return self._c.sessions.get(session_id)

    def _session_to_change(self, session_id: int, signed: bool) -> Session:
        session = self._c.sessions.get(session_id)
        if session.is_signed and not signed:
            raise SignedSessionError(
                translate(
                    "SessionRules",
                    "Session {id} is signed: its record cannot be changed or deleted. "
                    "Correct it with an amendment (with the reason).",
                ).format(id=session_id)
            )
        if signed and not session.is_signed:
            raise SignedSessionError(
                translate(
                    "SessionRules",
                    "Session {id} is a draft: edit it directly; only a signed session is amended.",
                ).format(id=session_id)
            )
        return session

    # Reading
    def session(self, session_id: int) -> Session:
        return self._c.sessions.get(session_id)

    def latest_session(self, client_id: int) -> Session | None:
        self._c.clients.get(client_id)
        return self._c.sessions.latest_for_client(client_id)

    def history(self, client_id: int) -> list[SessionSummary]:
        self._c.clients.get(client_id)
        return self._c.sessions.history(client_id)

    def sessions_of(self, client_id: int) -> list[Session]:
        self._c.clients.get(client_id)
        return self._c.sessions.for_client(client_id)
