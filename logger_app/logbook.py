"""The one entry point to a logbook's data: the UI and the CLI both go through it.

A Logbook owns one SQLite connection and must be used from the thread that opened it;
background work opens its own Logbook on the same folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from .errors import ValidationError
from .records import (
    Client,
    ClientDetails,
    ClientListEntry,
    Photo,
    PhotoCheckReport,
    PhotoDetails,
    PhotoFileStatus,
    PhotoImportResult,
    Practitioner,
    Session,
    SessionDetails,
    SessionFilter,
    SessionListing,
    SessionSummary,
)
from .store import ClientStore, PhotoStore, PractitionerStore, SessionStore, open_database
from .store.database import DATABASE_FILENAME
from .store.session_search import SessionSearch
from .validation import validate_client, validate_photo_details, validate_session


class Logbook:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._db = open_database(self.data_dir)
        self._clients = ClientStore(self._db)
        self._practitioners = PractitionerStore(self._db)
        self._sessions = SessionStore(self._db, self._practitioners)
        self._search = SessionSearch(self._db)
        self._photos = PhotoStore(self._db)

    @classmethod
    def open(cls, data_dir: Path | str) -> Logbook:
        return cls(Path(data_dir))

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

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
        return self._clients.add(details)

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
        return self._clients.update(client_id, details)

    def client(self, client_id: int) -> Client:
        return self._clients.get(client_id)

    def list_clients(self, search: str = "") -> list[ClientListEntry]:
        return self._clients.list_entries(search)

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
    def record_session(self, details: SessionDetails, now: datetime | None = None) -> Session:
        """Validate and save a session with all its parts in one transaction."""
        client = self._clients.get(details.client_id)
        _raise_if(validate_session(details, client.details.date_of_birth, now))
        return self._sessions.record(details)

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
        """Delete a photo; its file goes too unless another photo row uses it."""
        from .photos.upkeep import delete_photo

        delete_photo(self.data_dir, self._photos, photo_id)

    def check_photos(
        self,
        remove_orphans: bool = False,
        progress: Callable[[int, int], None] | None = None,
    ) -> PhotoCheckReport:
        """Photo rows against photo files: missing or altered files, and files no row
        uses (removed only with ``remove_orphans``). Reads and hashes every photo."""
        from .photos.upkeep import check_photos

        return check_photos(self.data_dir, self._photos, remove_orphans, progress)

    # Export
    def client_ids(self) -> list[int]:
        """Every client's id, archived ones too, oldest first: what an export of the
        whole logbook walks through, one client at a time."""
        return self._clients.all_ids()


def _raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
