"""The demo is repeatable down to every stored value: a seed and a day give one logbook.

The digests below were taken from the demo before it was split into a package; any change
to what the generator draws, or in which order, changes them.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.demo import generate_demo
from logger_app.logbook import Logbook

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
# Columns the clock of the machine fills in while the demo is written, not the demo.
CLOCK_COLUMNS = frozenset({"applied_at", "at", "created_at", "updated_at", "signed_at"})
# sha256 (first 16 hex digits) of each table's rows, sorted, as JSON without CLOCK_COLUMNS.
EXPECTED = {
    "amendments": "e3b0c44298fc1c14",
    "audit_log": "fedf7817e0a1c567",
    "clients": "cb99b2090e22c4a4",
    "consents": "4681c0c3ee8bba43",
    "integrity_gate": "e3b0c44298fc1c14",
    "photos": "e3b0c44298fc1c14",
    "practitioners": "f04eab61eb75e549",
    "safety_settings": "e3b0c44298fc1c14",
    "screenings": "df39f9713b702799",
    "session_acknowledgements": "e3b0c44298fc1c14",
    "session_areas": "c3e3347dd78a3c1e",
    "session_products": "72cac12110958ba5",
    "session_reactions": "5b9b442db1a2a43f",
    # With m008's version and updated_by (who recorded each session) in each row.
    "sessions": "e21f23b52b9c83b6",
}


@pytest.fixture
def utc_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Session start times are local: the digests hold in one zone, so fix it."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone cannot be changed on this platform")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _digests(database: Path) -> dict[str, str]:
    connection = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            # sqlite-utils' own bookkeeping and the search index's shadow tables
            if not name.startswith("_") and "_fts" not in name
        ]
        digests = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [column[0] for column in cursor.description]
            rows = sorted(
                json.dumps(
                    {c: v for c, v in zip(columns, row, strict=True) if c not in CLOCK_COLUMNS},
                    sort_keys=True,
                )
                for row in cursor
            )
            digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
        return digests
    finally:
        connection.close()


@pytest.mark.usefixtures("utc_zone")
def test_a_seed_and_a_day_give_the_same_logbook_as_ever(data_dir: Path) -> None:
    book = Logbook.open(data_dir, create=True)
    try:
        generate_demo(book, clients=12, seed=7, now=NOW)
    finally:
        book.close()
    assert _digests(data_dir / "logbook.sqlite3") == EXPECTED


@pytest.mark.usefixtures("utc_zone")
def test_another_seed_gives_another_logbook(data_dir: Path) -> None:
    book = Logbook.open(data_dir, create=True)
    try:
        generate_demo(book, clients=12, seed=8, now=NOW)
    finally:
        book.close()
    digests = _digests(data_dir / "logbook.sqlite3")
    assert digests["clients"] != EXPECTED["clients"]
    assert digests["sessions"] != EXPECTED["sessions"]
