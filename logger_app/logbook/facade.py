"""The one entry point to a logbook's data: the UI and the CLI both go through it.

``Logbook`` is a facade: each use case is one line handing over to a service of this
package (clients, practitioners, sessions with their whole lifecycle, safety, photos,
the audit trail), all sharing one ``LogbookContext``. A Logbook owns one SQLite
connection and must be used from the thread that opened it; background work opens its
own Logbook on the same folder.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ..amendments import AmendableField
from ..changes import ChangeAnnouncer
from ..crypto.data_key import recovery_text
from ..errors import DuplicateClientError
from ..i18n import translatable
from ..identity.keys import UnlockedKey
from ..records import (
    AuditEntry,
    AuditFilter,
    AuditHead,
    Client,
    ClientDetails,
    ClientListEntry,
    ClinicDetails,
    Consent,
    ConsentDetails,
    ConsentText,
    Course,
    CourseDetails,
    CourseProgress,
    DayOverview,
    ErasureReport,
    FollowUpDue,
    ImportedFrom,
    OtherTreatment,
    OtherTreatmentDetails,
    Photo,
    PhotoCheckReport,
    PhotoDetails,
    PhotoFileStatus,
    PhotoImportResult,
    Practitioner,
    PractitionerDetails,
    PractitionerKey,
    SafetySettings,
    SafetyWarning,
    Screening,
    ScreeningDetails,
    Session,
    SessionDetails,
    SessionFilter,
    SessionListing,
    SessionSummary,
    StoredSignature,
)
from ..records.incoming import IncomingHistory
from ..session_review import SessionReview
from ..store.database import DATABASE_FILENAME
from .audit import AuditTrail
from .bundles import BundleImports, OpenPhoto
from .clients import Clients
from .clinic import Clinic
from .context import LogbookContext
from .day import Day
from .guard import guard_writes
from .history import History
from .identity import Identity, SignedIn
from .legacy_seal import seal_pending_sessions
from .photos import Photos
from .practitioners import Practitioners
from .safety import Safety
from .sessions import Sessions

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..backup import BackupInfo, RestoreInfo
    from ..store.server.listener import ServerChangeListener
    from ..verification import SessionSeal, VerificationReport
    from .unlocking import NewLogbookKeys


@guard_writes
class Logbook:
    """``actor``: who the audit log records for each write (``set_actor`` changes it);
    by default the computer's user. Every write use case records exactly one audit entry
    per change, in the transaction of the change, and ``changes`` announces it once
    that transaction commits (see ``logger_app.changes``)."""

    def __init__(
        self,
        data_dir: Path,
        actor: str | None = None,
        *,
        create: bool = False,
        database_url: str | None = None,
        data_key: bytes | None = None,
    ) -> None:
        context = LogbookContext(
            data_dir, actor, create=create, database_url=database_url, data_key=data_key
        )
        self._context = context
        self.data_dir = context.data_dir
        self.database_url = database_url
        self._closed = False
        self._db = context.db  # the connection, for tests and upkeep that need SQL
        self._sessions = context.sessions
        self._audit_trail = AuditTrail(context)
        self._clients = Clients(context)
        self._identity = Identity(context)
        self._practitioners = Practitioners(context, self._identity)
        self._safety = Safety(context)
        self._clinic = Clinic(context)
        self._session_cases = Sessions(context, self._safety, self._identity)
        if context.read_only is None:
            try:
                seal_pending_sessions(context, self._session_cases.record_hash)
            except BaseException:
                context.db.close()  # a failed open leaves no connection behind
                raise
        self._photos = Photos(context, self._audit_trail)
        self._day = Day(context)
        self._history = History(context)
        self._bundles = BundleImports(context, self._session_cases.record_hash)
        _log_opened(self)

    @classmethod
    def open(
        cls,
        data_dir: Path | str,
        actor: str | None = None,
        *,
        create: bool = False,
        database_url: str | None = None,
        data_key: bytes | None = None,
    ) -> Logbook:
        """Open the logbook in ``data_dir`` (NoLogbookError if there is none). ``create``:
        a new or empty folder gets a new logbook (the window's first start, ``demo``,
        ``restore``, ``import-csv``); a folder with traces of a logbook but no database
        never does. A logbook on read-only media or a full disk opens for reading only
        (``read_only``).

        ``database_url``: the logbook is on the clinic server (``postgresql://...``); an
        empty database there gets a new logbook, and ``data_dir`` keeps this
        workstation's caches and settings.

        ``data_key``: the key of an encrypted logbook (``logbook.unlocking`` gets it from
        a passphrase or the recovery sheet; a background job takes its window's
        ``data_key``). An encrypted folder without it: LogbookLockedError."""
        return cls(
            Path(data_dir), actor, create=create, database_url=database_url, data_key=data_key
        )

    @property
    def data_key(self) -> bytes | None:
        """The key the logbook is encrypted with (None: a plain logbook), for a
        background job's own Logbook on the same logbook. Never written anywhere."""
        return self._context.data_key

    @property
    def encrypted(self) -> bool:
        """The file is encrypted, and so are the photos (on the server: the photos)."""
        return self._context.data_key is not None

    def start_encryption(self) -> NewLogbookKeys:
        """On the clinic server: give the logbook its data key, so that the photo files
        (and this workstation's thumbnails) are stored encrypted from now on; older
        ones stay readable as they are. The signed-in administrator (with their
        passphrase given in the last minutes: else PassphraseNeededError) holds it, as
        does the recovery key returned, shown once for the recovery sheet. Only an
        administrator, or anyone while the logbook has no profile; refused if the
        logbook has its key already, and on the file (``logger-app encrypt``)."""
        from .unlocking import NewLogbookKeys

        identity = self._identity
        identity.require_admin(translatable("AdminOnly", "encrypt the logbook's photos"))
        holder = None
        if self._context.practitioners.count() and self._context.database_url is not None:
            practitioner, opened, _ = identity.signer()
            holder = (practitioner, opened)
        data_key, recovery_key = identity.keyring.start(holder)
        return NewLogbookKeys(data_key, recovery_key)

    def new_recovery_key(self) -> str:
        """An administrator replaces the recovery sheet: a new recovery key (returned as
        printed, shown once) wraps the data key, and the old sheet opens nothing."""
        self._identity.require_admin(translatable("AdminOnly", "make a new recovery sheet"))
        return recovery_text(self._identity.keyring.new_recovery())

    def encrypt_older_photos(self, progress: Callable[[int, int], None] | None = None) -> int:
        """On the clinic server after ``start_encryption``: the photo files stored before
        it encrypted in place (an administrator). Returns how many."""
        self._identity.require_admin(translatable("AdminOnly", "encrypt the logbook's photos"))
        return self._photos.encrypt_older_photos(progress)

    def key_holders(self) -> list[tuple[int, str]]:
        """The profiles whose passphrase opens the logbook (id, name), the recovery
        sheet apart."""
        holders = self._identity.keyring.holders()
        if holders is None:
            return []
        seen: dict[int, str] = {}
        for entry in holders.practitioners():
            assert entry.practitioner_id is not None
            seen[entry.practitioner_id] = entry.name
        return sorted(seen.items())

    @property
    def on_server(self) -> bool:
        return self.database_url is not None

    @property
    def schema_version(self) -> int:
        """How many schema steps the logbook has (the file's ``user_version``): the
        version of its database's layout."""
        return len(self.schema_steps)

    @property
    def schema_steps(self) -> list[str]:
        """The names of the schema steps applied to the logbook, oldest first."""
        if self.on_server:
            from ..store.server.opening import applied_steps

            return applied_steps(self._db)  # type: ignore[arg-type]
        from ..store.migrations import migrations

        return [step.name for step in migrations.applied(self._db)]

    @property
    def location(self) -> str:
        """Where the records are, as a person reads it: the file, or the server (never
        its password)."""
        return self._context.location

    def listen_to_server(self) -> ServerChangeListener:
        """A new listener to the other workstations' changes (on the server only),
        skipping this Logbook's own, which ``changes`` announces already."""
        if self.database_url is None:
            raise ValueError("only a logbook on the clinic server hears other workstations")
        from ..store.server.listener import ServerChangeListener

        own = self.server_backend_pid()
        return ServerChangeListener(self.database_url, skip_pids=[] if own is None else [own])

    def server_backend_pid(self) -> int | None:
        """This Logbook's connection on the server (None for the file)."""
        return None if self.database_url is None else self._db.backend_pid

    @property
    def changes(self) -> ChangeAnnouncer:
        """``changes.subscribe(listener)``: ``listener(Change)`` after each commit."""
        return self._context.changes

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def read_only(self) -> bool:
        """The logbook can be read and exported, not changed: each write use case
        raises ReadOnlyLogbookError (DiskFullError on a full disk) before it starts."""
        return self._context.read_only is not None

    @property
    def read_only_reason(self) -> str:
        """Why it is read-only, in the user's words ("" when it is not)."""
        return str(self._context.read_only or "")

    def _check_writable(self) -> None:
        self._context.check_writable()

    @contextmanager
    def batch(self) -> Iterator[Logbook]:
        """Group many use cases into one transaction (bulk imports, demo data): all of
        them are kept, or none; their changes are announced once it commits. A
        passphrase given within two minutes of its start signs to its end."""
        with self._identity.key_held(), self._db.atomic():
            yield self

    def close(self) -> None:
        if not self._closed:
            _log.debug("Logbook closed")
        self._closed = True
        self._db.close()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Logbook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Who is acting, and the audit log
    @property
    def actor(self) -> str:
        """Who the audit log records for every write from now on."""
        return self._audit_trail.actor

    def set_actor(self, name: str) -> None:
        """The practitioner (or program) making the changes: recorded with each write,
        and the name a session is signed or amended by."""
        self._audit_trail.set_actor(name)

    def record_event(self, action: str, summary: str, **options: Any) -> int:
        """See ``AuditTrail.record_event``; options: ``entity`` ("logbook"),
        ``entity_id``, ``client_id``, ``details``, ``actor``."""
        return self._audit_trail.record_event(action, summary, **options)

    def record_backup(
        self, path: Path, backup: BackupInfo | None = None, *, automatic: bool = False
    ) -> int:
        """A backup of this logbook was saved at ``path`` (``backup``: what it holds);
        an ``automatic`` one is recorded as the system's."""
        return self._audit_trail.record_backup(path, backup, automatic=automatic)

    def record_restore(self, restored: RestoreInfo) -> int:
        """This logbook was just restored from a backup (recorded in the restored one)."""
        return self._audit_trail.record_restore(restored)

    def audit_entries(
        self, search: AuditFilter | None = None, limit: int = 5000
    ) -> list[AuditEntry]:
        """Newest first, at most ``limit``."""
        return self._audit_trail.audit_entries(search, limit)

    def audit_count(self, search: AuditFilter | None = None) -> int:
        return self._audit_trail.audit_count(search)

    def audit_actors(self) -> list[str]:
        return self._audit_trail.audit_actors()

    def audit_actions(self) -> list[str]:
        return self._audit_trail.audit_actions()

    def export_audit_csv(self, entries: list[AuditEntry], path: Path) -> Path:
        """Write ``entries`` as CSV (written whole or not at all), and record it."""
        return self._audit_trail.export_audit_csv(entries, path)

    # Clients
    def add_client(
        self,
        details: ClientDetails,
        today: date | None = None,
        imported_from: ImportedFrom | None = None,
    ) -> Client:
        return self._clients.add_client(details, today, imported_from)

    def update_client(
        self, client_id: int, details: ClientDetails, today: date | None = None
    ) -> Client:
        return self._clients.update_client(client_id, details, today)

    def client(self, client_id: int) -> Client:
        return self._clients.client(client_id)

    def list_clients(self, search: str = "", archived: bool = False) -> list[ClientListEntry]:
        """Active clients by name; ``archived``: archived ones too (marked)."""
        return self._clients.list_clients(search, archived)

    def matching_client_ids(self, search: str) -> set[int] | None:
        """The ids ``list_clients(search)`` would list, without building the entries: for
        filtering a list already at hand. None means no filter (nothing to search for)."""
        return self._clients.matching_client_ids(search)

    def client_count(self) -> int:
        return self._clients.client_count()

    def client_ids(self) -> list[int]:
        """Every client's id, archived ones too, oldest first: what an export of the
        whole logbook walks through, one client at a time."""
        return self._clients.client_ids()

    def archive_client(self, client_id: int) -> Client:
        """Hide a client from the client list; nothing is deleted (``unarchive_client``)."""
        return self._clients.set_archived(client_id, True)

    def unarchive_client(self, client_id: int) -> Client:
        return self._clients.set_archived(client_id, False)

    def erase_client(self, client_id: int, confirm_name: str) -> ErasureReport:
        self._identity.require_admin(translatable("AdminOnly", "erase a client"))
        return self._clients.erase_client(client_id, confirm_name)

    # Practitioners
    def practitioners(self) -> list[Practitioner]:
        return self._practitioners.practitioners()

    def practitioner(self, practitioner_id: int) -> Practitioner:
        return self._practitioners.practitioner(practitioner_id)

    def add_practitioner(
        self, details: PractitionerDetails, passphrase: str | None = None
    ) -> Practitioner:
        """The logbook's first profile (its administrator) may be added by anyone, with
        the passphrase they choose (then signed in); later ones by an administrator,
        with a temporary passphrase (or none) that its practitioner replaces."""
        return self._practitioners.add_practitioner(details, passphrase)

    def update_practitioner(
        self, practitioner_id: int, details: PractitionerDetails
    ) -> Practitioner:
        """Change a profile. A practitioner who signed sessions keeps their name (it is
        on those records): add a new profile for a new name."""
        return self._practitioners.update_practitioner(practitioner_id, details)

    # Signing in (see ``logbook.identity``)
    def sign_in(
        self, name: str, passphrase: str, *, opened: UnlockedKey | None = None
    ) -> Practitioner:
        return self._identity.sign_in(name, passphrase, opened=opened)

    def set_first_passphrase(self, name: str, passphrase: str) -> Practitioner:
        return self._identity.set_first_passphrase(name, passphrase)

    def change_passphrase(self, name: str, old: str, new: str) -> Practitioner:
        return self._identity.change_passphrase(name, old, new)

    def recover_passphrase(self, name: str, new: str) -> Practitioner:
        """A forgotten passphrase replaced, on a logbook opened with its recovery sheet
        only (``unlocking.open_with_recovery``); NotAllowedError otherwise."""
        return self._identity.recover_passphrase(name, new)

    @property
    def opened_by_recovery(self) -> bool:
        """Opened with the recovery sheet, and no passphrase replaced since."""
        return self._context.opened_by_recovery

    def confirm_passphrase(self, passphrase: str) -> None:
        """To sign (for the next two minutes) or to unlock the window."""
        self._identity.confirm_passphrase(passphrase)

    def sign_out(self) -> None:
        self._identity.sign_out()

    @property
    def signed_in(self) -> Practitioner | None:
        """The signed-in practitioner, as their profile reads now."""
        return self._identity.current()

    def sign_in_handle(self) -> SignedIn | None:
        """For a background job's own Logbook to act (and sign) as the same person."""
        return self._identity.signed_in

    def adopt_sign_in(self, handle: SignedIn) -> None:
        self._identity.adopt(handle)

    def unprotected_practitioners(self) -> list[Practitioner]:
        return self._identity.unprotected()

    def practitioner_keys(self, practitioner_id: int | None = None) -> list[PractitionerKey]:
        return self._identity.keys(practitioner_id)

    def reset_passphrase(self, practitioner_id: int, temporary: str) -> Practitioner:
        return self._identity.reset_passphrase(practitioner_id, temporary)

    def set_admin(self, practitioner_id: int, is_admin: bool) -> Practitioner:
        return self._identity.set_admin(practitioner_id, is_admin)

    def auto_lock_minutes(self) -> int:
        return self._identity.auto_lock_minutes()

    def set_auto_lock_minutes(self, minutes: int) -> int:
        return self._identity.set_auto_lock_minutes(minutes)

    # Proof (see ``logger_app.verification``)
    def verify_records(
        self,
        *,
        anchors: Iterable[tuple[str, AuditHead]] = (),
        check_photos: bool = True,
        progress: Callable[[int, int], None] | None = None,
    ) -> VerificationReport:
        """Check every signature, record, photo file of a signed record and the audit
        chain (against ``anchors``: (where read, head) pairs, e.g. from backups)."""
        from ..verification import verify_records

        return verify_records(
            self._context, anchors=anchors, check_photos=check_photos, progress=progress
        )

    def session_seal(self, session_id: int) -> SessionSeal:
        """Whether a session's signatures hold and its record is what was signed."""
        from ..verification import seal_of_session

        return seal_of_session(self._context, session_id)

    def audit_head(self) -> AuditHead | None:
        """The newest audit entry: what backups, exports and the PDF name."""
        return self._context.audit.head()

    # Sessions, their whole lifecycle (see ``logbook.sessions``)
    def review_session(
        self,
        details: SessionDetails,
        now: datetime | None = None,
        *,
        draft_id: int | None = None,
        enforce_safety: bool = True,
        reasons: Mapping[str, str] | None = None,
    ) -> SessionReview:
        """``reasons``: why the practitioner goes on past each stop, by warning code."""
        return self._session_cases.review_session(
            details, now, draft_id=draft_id, enforce_safety=enforce_safety, reasons=reasons
        )

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
        return self._session_cases.record_session(
            details,
            now,
            enforce_safety,
            sign=sign,
            imported=imported,
            reasons=reasons,
            imported_from=imported_from,
        )

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
        """``version``: the draft's version the editor read (StaleDraftError if another
        workstation saved it since)."""
        return self._session_cases.update_draft_session(
            session_id, details, now, enforce_safety, sign=sign, version=version, reasons=reasons
        )

    def sign_session(self, session_id: int, version: int | None = None) -> Session:
        """Sign a draft as the current actor: from now on it is read-only."""
        return self._session_cases.sign_session(session_id, version)

    def delete_draft_session(self, session_id: int) -> None:
        self._session_cases.delete_draft_session(session_id)

    def amendable_fields(self, session_id: int) -> list[AmendableField]:
        """What of a signed session may be amended, with the current values."""
        return self._session_cases.amendable_fields(session_id)

    def amend_session(self, session_id: int, field: str, new_value: Any, reason: str) -> Session:
        return self._session_cases.amend_session(session_id, field, new_value, reason)

    def session(self, session_id: int) -> Session:
        return self._session_cases.session(session_id)

    def latest_session(self, client_id: int) -> Session | None:
        return self._session_cases.latest_session(client_id)

    def history(self, client_id: int) -> list[SessionSummary]:
        """The client's sessions, newest first."""
        return self._session_cases.history(client_id)

    def sessions_of(self, client_id: int) -> list[Session]:
        return self._session_cases.sessions_of(client_id)

    def session_count(self) -> int:
        return self._sessions.count()

    def find_sessions(self, search: SessionFilter, limit: int = 1000) -> list[SessionListing]:
        """Sessions of all (active) clients matching ``search``, newest first."""
        return self._context.search.find(search, limit)

    def count_sessions(self, search: SessionFilter) -> tuple[int, int]:
        """(sessions, distinct clients) matching ``search``: "lot X went to N clients"."""
        return self._context.search.count(search)

    # Clinical safety: screenings, consent, the clinic's settings, warnings
    def add_screening(self, details: ScreeningDetails, today: date | None = None) -> Screening:
        return self._safety.add_screening(details, today)

    def screenings_of(self, client_id: int) -> list[Screening]:
        """Newest first."""
        return self._safety.screenings_of(client_id)

    def latest_screening(
        self, client_id: int, on_or_before: date | None = None
    ) -> Screening | None:
        return self._safety.latest_screening(client_id, on_or_before)

    def add_consent(self, details: ConsentDetails, today: date | None = None) -> Consent:
        return self._safety.add_consent(details, today)

    def consents_of(self, client_id: int) -> list[Consent]:
        """Newest first."""
        return self._safety.consents_of(client_id)

    def latest_consent(self, client_id: int, on_or_before: date | None = None) -> Consent | None:
        return self._safety.latest_consent(client_id, on_or_before)

    def safety_settings(self) -> SafetySettings:
        return self._safety.safety_settings()

    def save_safety_settings(self, settings: SafetySettings) -> SafetySettings:
        self._identity.require_admin(translatable("AdminOnly", "change the safety rules"))
        return self._safety.save_safety_settings(settings)

    def warnings_for_new_session(
        self,
        client_id: int,
        today: date | datetime | None = None,
        session: SessionDetails | None = None,
        exclude: int | None = None,
    ) -> list[SafetyWarning]:
        """Every safety rule that applies to a new session of the client: on ``today``
        (a date: any time that day, local time), or at a session's start time (what
        ``record_session`` checks). None: now. ``session``: the session as planned so far
        (intervals of its areas only, the allergy cross-check of its numbing and
        products); ``exclude``: the draft it rewrites."""
        return self._safety.warnings_for_new_session(client_id, today, session, exclude)

    # Courses of treatment, follow-ups and the day (see ``logbook.day``)
    def start_course(self, details: CourseDetails) -> Course:
        """A client's course under way (at most one at a time), audited."""
        return self._day.start_course(details)

    def update_course(self, course_id: int, details: CourseDetails) -> Course:
        return self._day.update_course(course_id, details)

    def end_course(self, course_id: int, ended_on: date | None = None) -> Course:
        """End a course under way (today by default)."""
        return self._day.end_course(course_id, ended_on)

    def course(self, course_id: int) -> Course:
        return self._day.course(course_id)

    def courses_of(self, client_id: int) -> list[Course]:
        """Newest first."""
        return self._day.courses_of(client_id)

    def open_course(self, client_id: int) -> Course | None:
        return self._day.open_course(client_id)

    def course_progress(self, client_id: int, today: date | None = None) -> CourseProgress | None:
        """Where the client's open course stands (None without one): the sessions on or
        after its start date (local dates, up to ``today``) and when the next is due."""
        return self._day.course_progress(client_id, today)

    def follow_ups_due(self, today: date | None = None, within_days: int = 14) -> list[FollowUpDue]:
        """Active clients to call back: per client the earliest of their latest
        session's next visit (within ``within_days`` either side of ``today``) and their
        open course's next session (due within ``within_days``, or late however long);
        by due date, then name."""
        return self._day.follow_ups_due(today, within_days)

    def day_overview(self, today: date | None = None) -> DayOverview:
        """Today's sessions, older drafts waiting to be signed, follow-ups due."""
        return self._day.day_overview(today)

    # The clinic's own texts: its details for the client, its consent text (versions kept)
    def clinic_details(self) -> ClinicDetails:
        return self._clinic.clinic_details()

    def save_clinic_details(self, details: ClinicDetails) -> ClinicDetails:
        """The clinic's name and phone, printed on what the client takes home."""
        self._identity.require_admin(translatable("AdminOnly", "change the clinic's details"))
        return self._clinic.save_clinic_details(details)

    def consent_texts(self) -> list[ConsentText]:
        """Every version of the consent text ever saved, newest first."""
        return self._clinic.consent_texts()

    def consent_text(self, version: str) -> ConsentText | None:
        """The text of ``version`` (None: none saved under it)."""
        return self._clinic.consent_text(version)

    def current_consent_text(self) -> ConsentText | None:
        """The text of the version the safety settings ask clients to sign."""
        return self._clinic.current_consent_text()

    def save_consent_text(self, version: str, body: str) -> ConsentText:
        """A new version of the consent text (a saved one is never changed), made the
        current one: the safety settings' ``consent_version`` follows, in the same
        transaction. A version used before is a field error."""
        self._identity.require_admin(translatable("AdminOnly", "change the consent text"))
        return self._clinic.save_consent_text(version, body)

    # Other treatments, import sources, the clinic's time zone (see ``logbook.history``)
    def add_other_treatment(
        self, details: OtherTreatmentDetails, imported_from: ImportedFrom | None = None
    ) -> OtherTreatment:
        """A peel, laser, filler… on the client's history, audited."""
        return self._history.add_other_treatment(details, imported_from)

    def update_other_treatment(
        self, treatment_id: int, details: OtherTreatmentDetails
    ) -> OtherTreatment:
        return self._history.update_other_treatment(treatment_id, details)

    def delete_other_treatment(self, treatment_id: int) -> None:
        self._history.delete_other_treatment(treatment_id)

    def other_treatment(self, treatment_id: int) -> OtherTreatment:
        return self._history.other_treatment(treatment_id)

    def other_treatments_of(self, client_id: int) -> list[OtherTreatment]:
        """Newest first."""
        return self._history.other_treatments_of(client_id)

    def other_treatment_count(self) -> int:
        return self._history.other_treatment_count()

    def clinic_zone(self) -> tzinfo:
        """The clinic's time zone (``ClinicDetails.time_zone``; blank: this computer's)."""
        return self._history.clinic_zone()

    def import_links(self, source: str, kind: str) -> dict[str, tuple[int, int]]:
        """``{source id: (client id, record id)}`` of the records (``kind``: client,
        session, other_treatment) imported from ``source``."""
        return self._history.import_links(source, kind)

    def value_mappings(self, source: str) -> dict[str, dict[str, str]]:
        """``{field: {source value: logbook value}}`` remembered for ``source``."""
        return self._history.value_mappings(source)

    def remember_value_mappings(
        self,
        source: str,
        maps: dict[str, dict[str, str]],
        forget: dict[str, set[str]] | None = None,
    ) -> None:
        """Remember ``maps`` for ``source`` and forget the mappings of the source values
        in ``forget`` (``{field: {source value}}``), in one audited change."""
        self._history.remember_value_mappings(source, maps, forget)

    # A client from another logbook (see ``logbook.bundles``)
    def import_client_history(
        self, history: IncomingHistory, open_photo: OpenPhoto, *, as_new: bool = False
    ) -> Client:
        """Add a client exported by another logbook whole, all or nothing, as it read
        there; DuplicateClientError if already here (``as_new``: the same person again)."""
        return self._bundles.import_client_history(history, open_photo, as_new=as_new)

    def bundle_duplicate(self, history: IncomingHistory) -> DuplicateClientError | None:
        """Why importing ``history`` would be refused as already here (None: it is new)."""
        return self._bundles.duplicate_of(history)

    def session_signatures(self, session_id: int) -> list[StoredSignature]:
        """The session's signature, then its amendments' (what an export carries)."""
        return self._context.signatures.of_session(session_id)

    # Photos (see ``logbook.photos``)
    def import_photos(
        self,
        session_id: int,
        files: Sequence[Path],
        defaults: PhotoDetails,
        per_file: Mapping[Path, PhotoDetails] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[PhotoImportResult]:
        return self._photos.import_photos(session_id, files, defaults, per_file, progress)

    def photo(self, photo_id: int) -> Photo:
        return self._photos.photo(photo_id)

    def photos_of_session(self, session_id: int) -> list[Photo]:
        return self._photos.photos_of_session(session_id)

    def photos_of_client(self, client_id: int) -> list[Photo]:
        """Oldest session first, then by capture time within each session."""
        return self._photos.photos_of_client(client_id)

    def photo_count(self) -> int:
        return self._photos.photo_count()

    # photo_file, photo_thumbnail and photo_status, unlike the other use cases, may be
    # called from a worker thread (the gallery's, the PDF's): file work, and on the
    # server a connection of that thread's own (see ``photos.server_content``).
    def photo_file(self, photo: Photo) -> Path:
        """A path to the photo's stored file on this workstation (on the server, a
        verified local copy; PhotoFileError if the server's is missing or damaged). In an
        encrypted logbook the file is encrypted: to read the picture, ``photo_bytes`` or
        ``open_photo``."""
        return self._photos.photo_file(photo)

    def photo_thumbnail(self, photo: Photo, size: int = 256) -> Path:
        """Made on first use, and kept in the data folder's thumbnail cache (encrypted
        in an encrypted logbook: read it with ``thumbnail_bytes``)."""
        return self._photos.photo_thumbnail(photo, size)

    def photo_bytes(self, photo: Photo) -> bytes:
        """The photo's JPEG, decrypted if the logbook is encrypted (in memory only).
        PhotoFileError if its file is missing or does not decrypt (altered)."""
        return self._photos.content.read_bytes(photo.sha256)

    def open_photo(self, photo: Photo) -> AbstractContextManager[BinaryIO]:
        """The photo's JPEG as a readable stream, decrypted as it is read (a large file
        is never whole in memory): for copying it out. PhotoFileError if it is missing,
        or, while reading, if it does not decrypt."""
        return self._photos.content.open(photo.sha256)

    def thumbnail_bytes(self, photo: Photo, size: int = 256) -> bytes:
        """The thumbnail's JPEG (made on first use, cached encrypted like the photos)."""
        return self._photos.content.thumbnail_bytes(photo.sha256, size)

    def photo_status(self, photo: Photo) -> PhotoFileStatus:
        """Whether the photo's file is there and unchanged (reads and hashes it)."""
        return self._photos.photo_status(photo)

    def delete_photo(self, photo_id: int) -> None:
        self._photos.delete_photo(photo_id)

    def check_photos(
        self,
        remove_orphans: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PhotoCheckReport:
        return self._photos.check_photos(remove_orphans, progress)


def _log_opened(logbook: Logbook) -> None:
    if threading.current_thread() is not threading.main_thread():
        # A background job's own opening (one per job, thumbnails included): not news.
        _log.debug("Logbook opened for a background job")
        return
    # The kind of home only: a path or a server's name is not for the log.
    _log.info(
        "Logbook opened: %s, schema version %d%s%s",
        "clinic server" if logbook.on_server else "file in the data folder",
        logbook.schema_version,
        ", encrypted" if logbook.encrypted else "",
        ", read-only" if logbook.read_only else "",
    )
