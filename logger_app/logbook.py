"""The one entry point to a logbook's data: the UI and the CLI both go through it.

A Logbook owns one SQLite connection and must be used from the thread that opened it;
background work opens its own Logbook on the same folder.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from .errors import SignedSessionError, ValidationError
from .integrity import RecordIntegrity, default_actor
from .records import (
    Client,
    ClientDetails,
    ClientListEntry,
    Consent,
    ConsentDetails,
    Photo,
    PhotoCheckReport,
    PhotoDetails,
    PhotoFileStatus,
    PhotoImportResult,
    Practitioner,
    SafetySettings,
    SafetyWarning,
    Screening,
    ScreeningDetails,
    Session,
    SessionDetails,
    SessionFilter,
    SessionListing,
    SessionSummary,
)
from .screening import review_session, warnings_for_new_session
from .store import (
    ClientStore,
    PhotoStore,
    PractitionerStore,
    ScreeningStore,
    SessionStore,
    SettingsStore,
    open_database,
)
from .store.audit import AuditStore
from .store.database import DATABASE_FILENAME, read_only_error
from .store.erasure import ErasureStore
from .store.session_search import SessionSearch
from .store.signing import SigningStore
from .validation import (
    validate_client,
    validate_consent,
    validate_photo_details,
    validate_safety_settings,
    validate_screening,
    validate_session,
)
from .vocabulary import USUAL_DEPTH_MM


class Logbook(RecordIntegrity):
    """``actor``: who the audit log records for each write (``set_actor`` changes it);
    by default the computer's user. Every write use case records exactly one audit entry
    per change, in the transaction of the change (see ``logger_app.integrity``)."""

    def __init__(self, data_dir: Path, actor: str | None = None, *, create: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self._db = open_database(self.data_dir, create=create)
        self._read_only = read_only_error(self._db)
        self._audit = AuditStore(self._db, actor or default_actor())
        self._clients = ClientStore(self._db)
        self._practitioners = PractitionerStore(self._db)
        self._sessions = SessionStore(self._db, self._practitioners)
        self._signing = SigningStore(self._db, self._practitioners, self._sessions)
        self._erasure = ErasureStore(self._db)
        self._search = SessionSearch(self._db)
        self._photos = PhotoStore(self._db, self._audit)
        self._screenings = ScreeningStore(self._db)
        self._settings = SettingsStore(self._db)

    @classmethod
    def open(
        cls, data_dir: Path | str, actor: str | None = None, *, create: bool = False
    ) -> Logbook:
        """Open the logbook in ``data_dir`` (NoLogbookError if there is none). ``create``:
        a new or empty folder gets a new logbook (the window's first start, ``demo``,
        ``restore``, ``import-csv``); a folder with traces of a logbook but no database
        never does. A logbook on read-only media or a full disk opens for reading only
        (``read_only``)."""
        return cls(Path(data_dir), actor, create=create)

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def read_only(self) -> bool:
        """The logbook can be read and exported, not changed: each write use case
        raises ReadOnlyLogbookError (DiskFullError on a full disk) before it starts."""
        return self._read_only is not None

    @property
    def read_only_reason(self) -> str:
        """Why it is read-only, in the user's words ("" when it is not)."""
        return str(self._read_only or "")

    def _check_writable(self) -> None:
        if self._read_only is not None:
            raise type(self._read_only)(str(self._read_only))

    def record_event(self, action: str, summary: str, **options: Any) -> int:
        """See ``RecordIntegrity.record_event``. A read-only logbook cannot keep the
        entry (an export from read-only media is not in its audit log): 0, no entry."""
        if self._read_only is not None:
            return 0
        return super().record_event(action, summary, **options)

    @contextmanager
    def batch(self) -> Iterator[Logbook]:
        """Group many use cases into one transaction (bulk imports, demo data): all of
        them are kept, or none."""
        with self._db.atomic():
            yield self

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Logbook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # Clients
    def add_client(self, details: ClientDetails, today: date | None = None) -> Client:
        _raise_if(validate_client(details, today))
        with self._db.atomic():
            client = self._clients.add(details)
            self._audit.record(
                "create", "client", f"Client {client.id} added", entity_id=client.id,
                client_id=client.id,
            )  # fmt: skip
        return client

    def update_client(
        self, client_id: int, details: ClientDetails, today: date | None = None
    ) -> Client:
        problems = validate_client(details, today)
        born = details.date_of_birth
        if born and "date_of_birth" not in problems:
            first = self._sessions.first_started_at(client_id)
            if first and born > first.date():
                problems["date_of_birth"] = (
                    f"The client has a session on {first:%d %b %Y}, before this birth date."
                )
        _raise_if(problems)
        before = self._clients.get(client_id).details
        changed = [
            name for name in ClientDetails.__dataclass_fields__
            if getattr(before, name) != getattr(details, name)
        ]  # fmt: skip
        with self._db.atomic():
            client = self._clients.update(client_id, details)
            self._audit.record(
                "update",
                "client",
                f"Client {client_id} details changed: {', '.join(changed) or 'nothing'}",
                entity_id=client_id,
                client_id=client_id,
                details={"fields": changed},
            )
        return client

    def client(self, client_id: int) -> Client:
        return self._clients.get(client_id)

    def list_clients(self, search: str = "", archived: bool = False) -> list[ClientListEntry]:
        """Active clients by name; ``archived``: archived ones too (marked)."""
        return self._clients.list_entries(search, archived)

    def matching_client_ids(self, search: str) -> set[int] | None:
        """The ids ``list_clients(search)`` would list, without building the entries: for
        filtering a list already at hand. None means no filter (nothing to search for)."""
        return self._clients.matching_ids(search)

    def client_count(self) -> int:
        return self._clients.count()

    # Practitioners
    def practitioners(self) -> list[Practitioner]:
        return self._practitioners.all()

    # Sessions
    def record_session(
        self,
        details: SessionDetails,
        now: datetime | None = None,
        enforce_safety: bool = True,
        *,
        sign: bool = False,
    ) -> Session:
        """Validate and save a session with all its parts in one transaction: a draft,
        or with ``sign`` signed by the actor at once (see ``sign_session``).

        ``enforce_safety`` (a session recorded at the point of care): a depth above the
        practitioner's licensed maximum is refused, and so is a session whose
        ``acknowledged`` misses a warning that applies on its day (see
        ``warnings_for_new_session``). Imported history and demo data pass False: they
        were not treated through this app, nobody was shown the warnings. Either way,
        the acknowledged codes that apply are saved with the session, with their message
        as it reads now and the time."""
        acknowledgements = self._checked_session(details, now, enforce_safety)
        with self._db.atomic():
            session = self._sessions.record(details, acknowledgements)
            self._audit.record(
                "create",
                "session",
                f"Session {session.id} recorded",
                entity_id=session.id,
                client_id=details.client_id,
                details={"practitioner": details.practitioner_name},
            )
            if sign:
                self._sign(session)
        return self._sessions.get(session.id) if sign else session

    def _checked_session(
        self,
        details: SessionDetails,
        now: datetime | None,
        enforce_safety: bool,
        replacing: int | None = None,
    ) -> list[tuple[str, str]]:
        """Validate a session to save (``replacing``: the draft it rewrites) and return
        the acknowledgements to keep with it; ValidationError if it cannot be saved."""
        client = self._clients.get(details.client_id)
        problems = validate_session(details, client.details.date_of_birth, now)
        acknowledgements: list[tuple[str, str]] = []
        if "started_at" not in problems:
            practitioner = self._practitioners.find(details.practitioner_name)
            safety_problems, acknowledgements = review_session(
                details,
                self._warnings_at(client, details.started_at, exclude=replacing),
                practitioner.max_depth_mm if practitioner else None,
                USUAL_DEPTH_MM,
                enforce=enforce_safety,
            )
            problems = safety_problems | problems  # range problems of a depth come first
        _raise_if(problems)
        return acknowledgements

    def session(self, session_id: int) -> Session:
        return self._sessions.get(session_id)

    def latest_session(self, client_id: int) -> Session | None:
        self._clients.get(client_id)
        return self._sessions.latest_for_client(client_id)

    def history(self, client_id: int) -> list[SessionSummary]:
        """The client's sessions, newest first."""
        self._clients.get(client_id)
        return self._sessions.history(client_id)

    def sessions_of(self, client_id: int) -> list[Session]:
        self._clients.get(client_id)
        return self._sessions.for_client(client_id)

    def session_count(self) -> int:
        return self._sessions.count()

    # Clinical safety: screenings, consent, the clinic's settings, warnings
    def add_screening(self, details: ScreeningDetails, today: date | None = None) -> Screening:
        client = self._clients.get(details.client_id)
        _raise_if(validate_screening(details, client.details.date_of_birth, today))
        with self._db.atomic():
            screening = self._screenings.add_screening(details)
            self._audit.record(
                "create",
                "screening",
                f"Screening {screening.id} recorded",
                entity_id=screening.id,
                client_id=details.client_id,
            )
        return screening

    def screenings_of(self, client_id: int) -> list[Screening]:
        """Newest first."""
        self._clients.get(client_id)
        return self._screenings.screenings_of(client_id)

    def latest_screening(
        self, client_id: int, on_or_before: date | None = None
    ) -> Screening | None:
        self._clients.get(client_id)
        return self._screenings.latest_screening(client_id, on_or_before)

    def add_consent(self, details: ConsentDetails, today: date | None = None) -> Consent:
        client = self._clients.get(details.client_id)
        _raise_if(validate_consent(details, client.details.date_of_birth, today))
        with self._db.atomic():
            consent = self._screenings.add_consent(details)
            self._audit.record(
                "create",
                "consent",
                f"Consent {consent.id} recorded (version {details.consent_version.strip()})",
                entity_id=consent.id,
                client_id=details.client_id,
            )
        return consent

    def consents_of(self, client_id: int) -> list[Consent]:
        """Newest first."""
        self._clients.get(client_id)
        return self._screenings.consents_of(client_id)

    def latest_consent(self, client_id: int, on_or_before: date | None = None) -> Consent | None:
        self._clients.get(client_id)
        return self._screenings.latest_consent(client_id, on_or_before)

    def safety_settings(self) -> SafetySettings:
        return self._settings.safety()

    def save_safety_settings(self, settings: SafetySettings) -> SafetySettings:
        _raise_if(validate_safety_settings(settings))
        before = self._settings.safety()
        changed = [
            name
            for name in SafetySettings.__dataclass_fields__
            if getattr(before, name) != getattr(settings, name)
        ]
        with self._db.atomic():
            saved = self._settings.save_safety(settings)
            self._audit.record(
                "update",
                "safety_settings",
                f"Safety settings changed: {', '.join(changed) or 'nothing'}",
                details={"fields": changed},
            )
        return saved

    def warnings_for_new_session(
        self, client_id: int, today: date | datetime | None = None
    ) -> list[SafetyWarning]:
        """Every safety rule that applies to a new session of the client: on ``today``
        (a date: any time that day, local time), or at a session's start time (what
        ``record_session`` checks). None: now."""
        client = self._clients.get(client_id)
        if today is None or not isinstance(today, datetime):
            local = datetime.now().astimezone().tzinfo
            day = today or datetime.now(local).date()
            moment = datetime.combine(day + timedelta(days=1), time.min, tzinfo=local)
            return self._warnings_at(client, moment, day)
        return self._warnings_at(client, today)

    def _warnings_at(
        self, client: Client, moment: datetime, day: date | None = None, exclude: int | None = None
    ):
        """The warnings for a session starting at ``moment`` (its day: ``day``, or the
        moment's own date in its time zone)."""
        day = day or moment.date()
        settings = self._settings.safety()
        screening = self._screenings.latest_screening(client.id, day)
        consent = self._screenings.latest_consent(client.id, day)
        # Only recent sessions can be too recent: a day of slack for time zones.
        since = moment - timedelta(weeks=settings.min_interval_same_area_weeks, days=1)
        previous = [
            session
            for session in self._sessions.for_client_between(client.id, since, moment)
            if session.id != exclude  # a draft being rewritten is not its own predecessor
        ]
        return warnings_for_new_session(
            client.details,
            screening.details if screening else None,
            consent.details if consent else None,
            [session.details for session in previous],
            settings,
            day,
            moment.tzinfo,
        )

    # Review across clients
    def find_sessions(self, search: SessionFilter, limit: int = 1000) -> list[SessionListing]:
        """Sessions of all (active) clients matching ``search``, newest first."""
        return self._search.find(search, limit)

    def count_sessions(self, search: SessionFilter) -> tuple[int, int]:
        """(sessions, distinct clients) matching ``search``: "lot X went to N clients"."""
        return self._search.count(search)

    # Photos. The pipeline (Pillow, pillow-heif: ~80 ms to import) loads on first use,
    # not at start-up.
    def import_photos(
        self,
        session_id: int,
        files: Sequence[Path],
        defaults: PhotoDetails,
        per_file: Mapping[Path, PhotoDetails] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[PhotoImportResult]:
        """Attach photo files to a session: one result per file, in order. Each photo
        is committed on its own as soon as its file is safely stored; a refused file
        does not stop the others. ``per_file`` overrides ``defaults`` for some files."""
        from .photos.importer import ImportTarget, import_batch

        session = self._sessions.get(session_id)
        _raise_if(validate_photo_details(defaults))
        target = ImportTarget(self.data_dir, self._photos, session.details.client_id, session.id)
        return import_batch(target, files, defaults, per_file, progress)

    def photo(self, photo_id: int) -> Photo:
        return self._photos.get(photo_id)

    def photos_of_session(self, session_id: int) -> list[Photo]:
        self._sessions.get(session_id)
        return self._photos.for_session(session_id)

    def photos_of_client(self, client_id: int) -> list[Photo]:
        """Oldest session first, then by capture time within each session."""
        self._clients.get(client_id)
        return self._photos.for_client(client_id)

    def photo_count(self) -> int:
        return self._photos.count()

    def photo_file(self, photo: Photo) -> Path:
        from .photos.store import photo_path

        return photo_path(self.data_dir, photo.sha256)

    def photo_thumbnail(self, photo: Photo, size: int = 256) -> Path:
        """Made on first use. Pure file work: a worker thread may call
        ``logger_app.photos.thumbnails.ensure_thumbnail`` directly instead."""
        from .photos.thumbnails import ensure_thumbnail

        return ensure_thumbnail(self.data_dir, photo.sha256, size)

    def photo_status(self, photo: Photo) -> PhotoFileStatus:
        """Whether the photo's file is there and unchanged (reads and hashes it)."""
        from .photos.upkeep import photo_status

        return photo_status(self.data_dir, photo)

    def delete_photo(self, photo_id: int) -> None:
        """Delete a photo of a draft session; its file goes too unless another photo row
        uses it. A signed session's photos are part of the record and stay."""
        from .photos.upkeep import delete_photo

        photo = self._photos.get(photo_id)
        if self._sessions.get(photo.session_id).signed_at is not None:
            raise SignedSessionError(
                "This photo belongs to a signed session: it is part of the clinical record "
                "and cannot be deleted."
            )

        def audited(photo: Photo) -> None:
            self._audit.record(
                "delete",
                "photo",
                f"Photo {photo.id} of session {photo.session_id} deleted",
                entity_id=photo.id,
                client_id=photo.client_id,
                details={"original_name": photo.original_name},
            )

        delete_photo(self.data_dir, self._photos, photo_id, audited)

    def check_photos(
        self,
        remove_orphans: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PhotoCheckReport:
        """Photo rows against photo files: missing or altered files, and files no row
        uses (removed only with ``remove_orphans``). Reads and hashes every photo."""
        from .photos.upkeep import check_photos

        if remove_orphans:
            self._check_writable()
        report = check_photos(self.data_dir, self._photos, remove_orphans, progress)
        if report.fixed:  # files only: recorded once they are gone
            self.record_event(
                "repair",
                f"Photo check removed {len(report.removed)} unused file(s) and put back "
                f"{len(report.restored)}",
                entity="photo_files",
                details={
                    "removed": [path.name for path in report.removed],
                    "restored": [path.name for path in report.restored],
                },
            )
        return report

    # Export
    def client_ids(self) -> list[int]:
        """Every client's id, archived ones too, oldest first: what an export of the
        whole logbook walks through, one client at a time."""
        return self._clients.all_ids()


# Every use case that changes the logbook or its files: on a read-only logbook each
# raises before it starts (``Logbook._check_writable``). Reading use cases are listed in
# the tests, so that a new use case has to be put on one side or the other.
WRITE_USE_CASES = (
    "add_client",
    "update_client",
    "archive_client",
    "unarchive_client",
    "erase_client",
    "add_practitioner",
    "update_practitioner",
    "record_session",
    "update_draft_session",
    "sign_session",
    "amend_session",
    "delete_draft_session",
    "add_screening",
    "add_consent",
    "save_safety_settings",
    "import_photos",
    "delete_photo",
    "batch",
)


def _guarded(name: str) -> Callable[..., Any]:
    use_case = getattr(Logbook, name)

    @functools.wraps(use_case)
    def guarded(self: Logbook, *args: Any, **kwargs: Any) -> Any:
        self._check_writable()
        return use_case(self, *args, **kwargs)

    return guarded


for _name in WRITE_USE_CASES:
    setattr(Logbook, _name, _guarded(_name))


def _raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
