"""Fixtures shared by the core tests: an open logbook and small record factories.

Times and dates are fixed so that validation ("not in the future") never depends on the
day the tests run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, Client, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device

from ..logbook_template import new_logbook
from ..screening_data import SCREENED_ON, put_on_file

FIXED_NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
FIXED_TODAY = FIXED_NOW.date()
# Every table the logbook owns (not the FTS shadow tables, not sqlite-utils' own).
OWN_TABLES = (
    "practitioners",
    "clients",
    "sessions",
    "session_areas",
    "session_reactions",
    "session_products",
    "photos",
)
SESSION_TABLES = ("sessions", "session_areas", "session_reactions", "session_products")


@pytest.fixture
def now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def today() -> date:
    return FIXED_TODAY


@pytest.fixture
def logbook(data_dir: Path, database_url: str | None) -> Iterator[Logbook]:
    """A new logbook: in the data folder, or (``both_homes`` tests) on the server too."""
    if database_url is None:
        book = new_logbook(data_dir)
    else:
        book = Logbook.open(data_dir, database_url=database_url)
    try:
        yield book
    finally:
        book.close()


@pytest.fixture
def add_client(logbook: Logbook) -> Callable[..., Client]:
    """``add_client("Ann", "Smith", phone=...)``: a client saved through the Logbook,
    screened and with consent on file since ``SCREENED_ON`` if born by then (so that
    sessions after it meet no safety warning but those a test makes on purpose)."""

    def add(first_name: str = "Ann", last_name: str = "Smith", **fields: Any) -> Client:
        details = ClientDetails(first_name=first_name, last_name=last_name, **fields)
        client = logbook.add_client(details, today=FIXED_TODAY)
        if details.date_of_birth is None or details.date_of_birth <= SCREENED_ON:
            put_on_file(logbook, client.id)
        return client

    return add


@pytest.fixture
def client(add_client: Callable[..., Client]) -> Client:
    return add_client("Ann", "Smith", date_of_birth=date(1985, 3, 14))


@pytest.fixture
def make_session() -> Callable[..., SessionDetails]:
    """A minimal valid session for a client; any field can be overridden."""

    def make(client_id: int, **overrides: Any) -> SessionDetails:
        fields: dict[str, Any] = {
            "client_id": client_id,
            "started_at": datetime(2025, 5, 1, 10, 0, tzinfo=UTC),
            "practitioner_name": "Dr Jane Doe",
            "device": Device.PEN,
            "areas": (AreaTreatment(Area.FOREHEAD, 0.5),),
        }
        fields.update(overrides)
        return SessionDetails(**fields)

    return make


@pytest.fixture
def row_counts(logbook: Logbook) -> Callable[[], dict[str, int]]:
    """Rows per table of the logbook, read with SQL (not through the API)."""

    def counts() -> dict[str, int]:
        return {
            table: logbook._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in OWN_TABLES
        }

    return counts


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def file_hash() -> Callable[[Path], str]:
    return sha256_of


@pytest.fixture(scope="session")
def bomb_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 24000×24000 PNG of ~70 KB (576 megapixels once decoded): made once per run."""
    from .photo_files import one_bit_png

    return one_bit_png(tmp_path_factory.mktemp("bomb") / "bomb.png", 24000, 24000)
