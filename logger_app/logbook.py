"""The one entry point to a logbook's data: the UI and the CLI both go through it.

A Logbook owns one SQLite connection and must be used from the thread that opened it;
background work opens its own Logbook on the same folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

from .errors import ValidationError
from .records import (
    Client,
    ClientDetails,
    ClientListEntry,
    Practitioner,
    Session,
    SessionDetails,
    SessionSummary,
)
from .store import ClientStore, PractitionerStore, SessionStore, open_database
from .store.database import DATABASE_FILENAME
from .validation import validate_client, validate_session


class Logbook:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._db = open_database(self.data_dir)
        self._clients = ClientStore(self._db)
        self._practitioners = PractitionerStore(self._db)
        self._sessions = SessionStore(self._db, self._practitioners)

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


def _raise_if(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)
