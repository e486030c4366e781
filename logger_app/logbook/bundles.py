"""A client brought whole from another logbook (an exported bundle): the client, their
sessions with every part, amendment and photo, screenings, consents with the drawn
signature, courses and other treatments, in one transaction, as they read there.

Signed sessions keep who signed them and when. Their signatures cannot be made again
here (the signers' keys stay with them), and what they cover names the record's id
there; so each signed session is sealed by this logbook's audit chain at the import:
the one "import" entry names every imported session's record hash here (and how many
amendments it had), with the proof checked against the bundle (``proof``). ``verify``
then reads such a session as sealed, like one signed before signatures existed: any
later change of its record no longer matches.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import Any, BinaryIO

from ..errors import DuplicateClientError
from ..i18n import translate
from ..records import Client
from ..records.incoming import IncomingHistory, IncomingSession
from ..store.bundle_rows import BundleRows
from ..store.courses import CourseStore
from ..store.import_links import ImportLinkStore
from ..store.other_treatments import OtherTreatmentStore
from ..validation import validate_client
from .context import LogbookContext, raise_if

OpenPhoto = Callable[[str], AbstractContextManager[BinaryIO]]
IMPORT_ACTION = "import"


class BundleImports:
    def __init__(self, context: LogbookContext, record_hash: Callable[[int], str]) -> None:
        self._c = context
        self._record_hash = record_hash
        self._rows = BundleRows(context.db)
        self._links = ImportLinkStore(context.db)

    def duplicate_of(self, history: IncomingHistory) -> DuplicateClientError | None:
        """Why ``history`` would be refused as already here (None: it is new)."""
        link = self._links.links(history.origin, "client").get(history.source_id)
        if link is not None:
            return DuplicateClientError(
                translate(
                    "BundleDuplicates",
                    "{name} was imported from this bundle before (client {id} here): "
                    "nothing to import again.",
                ).format(name=history.client.full_name, id=link[0]),
                link[0],
                same_record=True,
            )
        d = history.client
        birth = d.date_of_birth.isoformat() if d.date_of_birth else None
        same = self._rows.same_person(d.first_name, d.last_name, birth)
        if same:
            born = (
                translate("BundleDuplicates", ", born {date}").format(date=birth) if birth else ""
            )
            return DuplicateClientError(
                translate(
                    "BundleDuplicates",
                    "{name}{born} is already in this logbook (client {id}). "
                    "Import as a new client to keep both.",
                ).format(name=d.full_name, born=born, id=same[0]),
                same[0],
                same_record=False,
            )
        return None

    def import_client_history(
        self, history: IncomingHistory, open_photo: OpenPhoto, *, as_new: bool = False
    ) -> Client:
        """Add ``history`` as one new client, all or nothing (DuplicateClientError when
        it is here already; with ``as_new`` the same person is added again, but the same
        record imported twice never is). ``open_photo(sha256)``: the photo's bytes."""
        raise_if(validate_client(history.client))
        c = self._c
        with c.db.atomic():
            duplicate = self.duplicate_of(history)
            if duplicate is not None and (duplicate.same_record or not as_new):
                raise duplicate
            client = c.clients.add(history.client)
            cid = client.id
            if history.archived:
                c.clients.set_archived(cid, True)
            self._rows.restamp(
                "clients", cid, created_at=history.created_at, updated_at=history.updated_at
            )
            self._links.remember(history.origin, "client", history.source_id, cid, cid)
            self._add_safety(cid, history)
            self._add_courses_and_treatments(cid, history)
            sealed: dict[str, Any] = {}
            photos = 0
            for incoming in history.sessions:
                session_id = self._add_session(cid, incoming, open_photo, history)
                photos += len(incoming.photos)
                if incoming.signed_at is not None:
                    sealed[str(session_id)] = {
                        "record_sha256": self._record_hash(session_id),
                        "amendments": len(incoming.amendments),
                        "source_session_id": incoming.source_id,
                        "proof": incoming.proof,
                    }
            c.audit.record(
                IMPORT_ACTION,
                "client",
                f"Client {cid} imported from another logbook with {len(history.sessions)} "
                f"session(s) and {photos} photo(s)",
                entity_id=cid,
                client_id=cid,
                details={
                    "source": history.origin,
                    "source_id": history.source_id,
                    "sessions": len(history.sessions),
                    "photos": photos,
                    "sealed": sealed,
                },
            )
        return c.clients.get(cid)

    def _add_safety(self, cid: int, history: IncomingHistory) -> None:
        store = self._c.screenings
        for item in history.screenings:
            added = store.add_screening(replace(item.details, client_id=cid))
            self._rows.restamp("screenings", added.id, created_at=item.created_at)
        for item in history.consents:
            added = store.add_consent(replace(item.details, client_id=cid))
            self._rows.restamp("consents", added.id, created_at=item.created_at)
        # A text this logbook lacks is kept as of the first consent signed on it there.
        first = {c.details.consent_version: c.created_at for c in reversed(history.consents)}
        for version, body in history.consent_texts:
            self._rows.add_consent_text(version, body, first.get(version, history.created_at), "")

    def _add_courses_and_treatments(self, cid: int, history: IncomingHistory) -> None:
        courses = CourseStore(self._c.db)
        for item in history.courses:
            course = courses.add(replace(item.details, client_id=cid), item.created_by)
            self._rows.restamp(
                "courses",
                course.id,
                created_at=item.created_at,
                ended_on=item.ended_on,
            )
        treatments = OtherTreatmentStore(self._c.db)
        for item in history.other_treatments:
            added = treatments.add(
                replace(item.details, client_id=cid), item.created_by, item.source
            )
            self._rows.restamp("other_treatments", added.id, created_at=item.created_at)
            self._links.remember(
                history.origin, "other_treatment", f"{history.source_id}: {item.source_id}",
                cid, added.id,
            )  # fmt: skip

    def _add_session(
        self, cid: int, incoming: IncomingSession, open_photo: OpenPhoto, history: IncomingHistory
    ) -> int:
        c = self._c
        details = replace(incoming.details, client_id=cid)
        acknowledgements = [(a.code, a.message, a.reason) for a in incoming.acknowledgements]
        session = c.sessions.record(details, acknowledgements, saved_by=incoming.signed_by)
        sid = session.id
        self._rows.restamp(
            "sessions", sid, created_at=incoming.created_at, updated_at=incoming.updated_at
        )
        self._rows.stamp_acknowledgements(
            sid, [a.acknowledged_at for a in incoming.acknowledgements]
        )
        for photo in incoming.photos:
            with open_photo(photo.sha256) as source:
                c.photo_content.put_stream(photo.sha256, source)
        for photo in incoming.photos:
            if not photo.added_after_signing:
                self._rows.add_photo(cid, sid, photo)
        if incoming.signed_at is not None:
            c.signing.sign(sid, incoming.signed_by, signed_at=incoming.signed_at)
            for amendment in incoming.amendments:
                self._rows.add_amendment(sid, amendment)
        for photo in incoming.photos:
            if photo.added_after_signing:
                self._rows.add_photo(cid, sid, photo)
        # Ids are the other logbook's: unique under the client's own source id.
        self._links.remember(
            history.origin, "session", f"{history.source_id}: {incoming.source_id}", cid, sid
        )
        return sid
