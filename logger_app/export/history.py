"""The one read model every export writer works from: a client's complete history.

Built only through the Logbook's public API, so the exports see exactly what the app
shows: screenings and consents too, oldest first like the sessions. Amendments come with
the session they correct (``Session.amendments``); the history-wide list format version 1
declared for them stays empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from .. import __version__
from ..logbook import Logbook
from ..records import (
    AuditHead,
    Client,
    Consent,
    ConsentText,
    Course,
    OtherTreatment,
    Photo,
    Practitioner,
    Screening,
    Session,
    StoredSignature,
)
from .zone import ExportZone, computer_zone, export_zone

GENERATOR_NAME = "logger-app"


@dataclass(frozen=True)
class SessionRecord:
    """One session with the photos taken at it (capture time order)."""

    session: Session
    photos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class ClientHistory:
    client: Client
    sessions: tuple[SessionRecord, ...]  # oldest first: a course of treatment reads forwards
    practitioners: tuple[Practitioner, ...]  # those who performed at least one session
    generated_at: datetime  # UTC
    app_version: str = __version__
    # Oldest first, like the sessions.
    screenings: tuple[Screening, ...] = ()
    consents: tuple[Consent, ...] = ()
    courses: tuple[Course, ...] = ()
    # Always empty: each session carries its own amendments.
    amendments: tuple[()] = ()
    # The audit log's newest entry when the history was read: the export names it, so
    # that the logbook can later be checked to still hold what was exported.
    audit_head: AuditHead | None = None
    # The kept texts of the versions the consents were signed on (those the logbook has).
    consent_texts: tuple[ConsentText, ...] = ()
    # Peels, laser, facials...: newest first, as the window lists them.
    other_treatments: tuple[OtherTreatment, ...] = ()
    # Where people read the times: the clinic's zone (the JSON states its name).
    zone: ExportZone = field(default_factory=computer_zone)
    # The signatures of the signed sessions and their amendments, and the public key of
    # each signing key they name (by key id): an import elsewhere checks them.
    signatures: tuple[StoredSignature, ...] = ()
    public_keys: tuple[tuple[int, bytes], ...] = ()

    def consent_text(self, version: str) -> str | None:
        """The text of ``version`` the client read (None: the logbook holds none)."""
        return next((t.body for t in self.consent_texts if t.version == version), None)

    def local_day(self, moment: datetime) -> date:
        """The day of a stored time in the clinic."""
        return self.zone.local(moment).date()

    @property
    def photo_count(self) -> int:
        return sum(len(record.photos) for record in self.sessions)


def load_history(
    logbook: Logbook,
    client_id: int,
    *,
    generated_at: datetime | None = None,
    practitioners: Iterable[Practitioner] | None = None,
    audit_head: AuditHead | None = None,
    zone: ExportZone | None = None,
) -> ClientHistory:
    """The client's whole history. NotFoundError for an unknown id.

    ``practitioners``: the logbook's practitioner list when the caller already has it
    (an export of every client reads it once, not once per client); ``audit_head``
    likewise (an export of every client names one head; None: read now); ``zone``
    likewise (None: the clinic's, read now)."""
    client = logbook.client(client_id)
    sessions = sorted(logbook.sessions_of(client_id), key=lambda s: (s.details.started_at, s.id))
    photos: dict[int, list[Photo]] = defaultdict(list)
    for photo in logbook.photos_of_client(client_id):
        photos[photo.session_id].append(photo)
    used = {session.details.practitioner_name for session in sessions}
    known = logbook.practitioners() if practitioners is None else practitioners
    consents = tuple(reversed(logbook.consents_of(client_id)))
    versions = dict.fromkeys(c.details.consent_version for c in consents)
    texts = (logbook.consent_text(version) for version in versions)
    signatures = tuple(
        signature
        for session in sessions
        if session.is_signed
        for signature in logbook.session_signatures(session.id)
    )
    used_keys = {signature.key_id for signature in signatures}
    public_keys = tuple(
        (key.id, key.public_key) for key in logbook.practitioner_keys() if key.id in used_keys
    )
    return ClientHistory(
        client=client,
        sessions=tuple(SessionRecord(s, tuple(photos.get(s.id, ()))) for s in sessions),
        practitioners=tuple(p for p in known if p.name in used),
        generated_at=(generated_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0),
        screenings=tuple(reversed(logbook.screenings_of(client_id))),
        consents=consents,
        courses=tuple(reversed(logbook.courses_of(client_id))),
        audit_head=audit_head or logbook.audit_head(),
        consent_texts=tuple(text for text in texts if text is not None),
        other_treatments=tuple(logbook.other_treatments_of(client_id)),
        zone=zone or clinic_export_zone(logbook),
        signatures=signatures,
        public_keys=public_keys,
    )


def clinic_export_zone(logbook: Logbook) -> ExportZone:
    """The zone the clinic set (blank: this computer's)."""
    return export_zone(logbook.clinic_details().time_zone)
