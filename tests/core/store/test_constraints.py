"""The database refuses bad rows on its own (CHECK, UNIQUE, FOREIGN KEY, STRICT types),
even when the Python validation is bypassed by writing rows directly."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from logger_app.logbook import Logbook

from ...database_rules import (
    CHECK,
    FOREIGN_KEY,
    NOT_NULL,
    UNIQUE,
    file_only,
    refused_by_database,
    strict,
    type_of,
)

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
STAMP = "2025-05-01T10:00:00+00:00"


@pytest.fixture
def parents(logbook: Logbook, client, make_session) -> dict[str, int]:
    """A client, a practitioner and a session (with a forehead area) saved the normal way."""
    session = logbook.record_session(make_session(client.id), now=NOW)
    practitioner = logbook.practitioners()[0]
    return {"client_id": client.id, "practitioner_id": practitioner.id, "session_id": session.id}


def valid_row(table: str, parents: dict[str, int]) -> dict[str, Any]:
    """A row the database accepts; each case below breaks exactly one thing in it."""
    rows: dict[str, dict[str, Any]] = {
        "practitioners": {"name": "Dr Other", "created_at": STAMP},
        "clients": {
            "first_name": "Bea",
            "last_name": "Jones",
            "date_of_birth": "1990-02-01",
            "fitzpatrick": 3,
            "skin_type": "dry",
            "concerns": '["acne_scars"]',
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "sessions": {
            "client_id": parents["client_id"],
            "practitioner_id": parents["practitioner_id"],
            "started_at": STAMP,
            "duration_minutes": 45,
            "device": "pen",
            "numbing_agent": "Lidocaine cream",
            "numbing_minutes": 20,
            "endpoint": "mild_erythema",
            "aftercare": '["spf"]',
            "next_visit_due": "2025-06-01",
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "session_areas": {
            "session_id": parents["session_id"],
            "position": 1,
            "area": "chin",
            "depth_mm": 1.0,
            "passes": 3,
        },
        "session_reactions": {
            "session_id": parents["session_id"],
            "position": 0,
            "reaction": "erythema",
            "severity": 1,
            "observed": "immediately_after",
            "resolved_on": "2025-05-03",
        },
        "session_products": {
            "session_id": parents["session_id"],
            "position": 0,
            "role": "glide",
            "product": "Hyaluronic acid serum",
            "lot": "HA-1",
            "expiry": "2026-01-31",
        },
    }
    return rows[table]


def count(logbook: Logbook, table: str) -> int:
    return logbook._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


TABLES = (
    "practitioners",
    "clients",
    "sessions",
    "session_areas",
    "session_reactions",
    "session_products",
)


@pytest.mark.parametrize("table", TABLES)
def test_the_valid_rows_are_accepted(logbook: Logbook, parents, table: str) -> None:
    before = count(logbook, table)
    logbook._db[table].insert(valid_row(table, parents))
    assert count(logbook, table) == before + 1


@pytest.mark.parametrize(
    ("table", "changes", "message"),
    [
        # Needle depth
        ("session_areas", {"depth_mm": 0.05}, CHECK),
        ("session_areas", {"depth_mm": 3.5}, CHECK),
        ("session_areas", {"depth_mm": -1.0}, CHECK),
        ("session_areas", {"passes": 0}, CHECK),
        ("session_areas", {"passes": 31}, CHECK),
        # Reaction severity
        ("session_reactions", {"severity": 4}, CHECK),
        ("session_reactions", {"severity": -1}, CHECK),
        # Fitzpatrick type
        ("clients", {"fitzpatrick": 0}, CHECK),
        ("clients", {"fitzpatrick": 7}, CHECK),
        # Values outside the vocabulary
        ("session_areas", {"area": "cheek"}, CHECK),
        ("session_areas", {"area": "Forehead"}, CHECK),
        ("session_reactions", {"reaction": "rash"}, CHECK),
        ("session_reactions", {"observed": "next_week"}, CHECK),
        ("sessions", {"device": "laser"}, CHECK),
        ("sessions", {"endpoint": "bleeding"}, CHECK),
        ("clients", {"skin_type": "greasy"}, CHECK),
        ("session_products", {"role": "serum"}, CHECK),
        # Duplicates within one session
        ("session_areas", {"area": "forehead"}, UNIQUE),
        # References to rows that do not exist
        ("sessions", {"client_id": 999_999}, FOREIGN_KEY),
        ("sessions", {"practitioner_id": 999_999}, FOREIGN_KEY),
        ("session_areas", {"session_id": 999_999}, FOREIGN_KEY),
        ("session_reactions", {"session_id": 999_999}, FOREIGN_KEY),
        ("session_products", {"session_id": 999_999}, FOREIGN_KEY),
        # Times must carry their offset; dates are ISO
        ("sessions", {"started_at": "2025-05-01T10:00:00"}, CHECK),
        ("sessions", {"started_at": "2025-05-01 10:00:00+00:00"}, CHECK),
        ("sessions", {"started_at": "1 May 2025, 10:00"}, CHECK),
        ("sessions", {"created_at": "2025-05-01T10:00:00"}, CHECK),
        ("clients", {"updated_at": "2025-05-01T10:00:00"}, CHECK),
        ("practitioners", {"created_at": "2025-05-01"}, CHECK),
        ("clients", {"date_of_birth": "01/02/1990"}, CHECK),
        ("sessions", {"next_visit_due": "next month"}, CHECK),
        ("session_products", {"expiry": "01/26"}, CHECK),
        ("session_reactions", {"resolved_on": "tomorrow"}, CHECK),
        # Required text
        ("clients", {"first_name": ""}, CHECK),
        ("clients", {"first_name": "   "}, CHECK),
        ("clients", {"last_name": ""}, CHECK),
        ("clients", {"first_name": None}, NOT_NULL),
        ("practitioners", {"name": " "}, CHECK),
        ("practitioners", {"name": "Dr Jane Doe"}, UNIQUE),
        ("session_products", {"product": "  "}, CHECK),
        # Ranges of session fields
        ("sessions", {"duration_minutes": 0}, CHECK),
        ("sessions", {"duration_minutes": 601}, CHECK),
        ("sessions", {"numbing_minutes": 181}, CHECK),
        ("sessions", {"numbing_agent": None, "numbing_minutes": 20}, CHECK),
        ("clients", {"archived": 2}, CHECK),
        # JSON lists
        ("clients", {"concerns": "acne_scars"}, CHECK),
        ("clients", {"concerns": '{"acne_scars": true}'}, CHECK),
        ("sessions", {"aftercare": '"spf"'}, CHECK),
        # STRICT column types
        ("session_reactions", {"severity": "high"}, strict("INTEGER")),
        ("session_areas", {"depth_mm": "deep"}, strict("REAL")),
        ("clients", {"fitzpatrick": "III"}, strict("INTEGER")),
        ("sessions", {"client_id": "Ann Smith"}, strict("INTEGER")),
    ],
)
def test_a_bad_row_is_refused_by_the_database(
    logbook: Logbook, parents, table: str, changes: dict[str, Any], message: str
) -> None:
    before = count(logbook, table)
    row = valid_row(table, parents) | changes
    with refused_by_database(logbook, message):
        logbook._db[table].insert(row)
    assert count(logbook, table) == before


# PostgreSQL converts these by assignment (12.5 -> 12, bytes -> their text), where
# SQLite's STRICT refuses them: a rule of the file alone. The core never writes either.
@file_only
@pytest.mark.parametrize(
    ("table", "changes", "message"),
    [
        ("sessions", {"duration_minutes": 12.5}, strict("INTEGER", "REAL")),
        ("clients", {"first_name": b"\x00Ann"}, strict("TEXT", "BLOB")),
    ],
)
def test_a_value_of_another_type_is_refused_by_a_strict_column(
    logbook: Logbook, parents, table: str, changes: dict[str, Any], message: str
) -> None:
    before = count(logbook, table)
    with refused_by_database(logbook, message):
        logbook._db[table].insert(valid_row(table, parents) | changes)
    assert count(logbook, table) == before


def test_the_same_reaction_observed_twice_at_the_same_time_is_refused(
    logbook: Logbook, parents
) -> None:
    reactions = logbook._db["session_reactions"]
    reactions.insert(valid_row("session_reactions", parents))
    with refused_by_database(logbook, UNIQUE):
        reactions.insert(valid_row("session_reactions", parents) | {"position": 1})
    # The same reaction at another time is a different observation.
    reactions.insert(
        valid_row("session_reactions", parents) | {"position": 1, "observed": "follow_up"}
    )
    assert count(logbook, "session_reactions") == 2


@pytest.mark.parametrize("depth_mm", [0.1, 3.0])
def test_the_depth_limits_themselves_are_accepted(
    logbook: Logbook, parents, depth_mm: float
) -> None:
    logbook._db["session_areas"].insert(
        valid_row("session_areas", parents) | {"depth_mm": depth_mm}
    )
    stored = logbook._db.execute(
        "SELECT depth_mm FROM session_areas WHERE area = 'chin'"
    ).fetchone()[0]
    assert stored == depth_mm


def test_an_integer_text_is_stored_as_an_integer_in_a_strict_column(
    logbook: Logbook, parents
) -> None:
    """STRICT still converts losslessly ('2' -> 2); it only refuses what would be lost."""
    logbook._db["session_reactions"].insert(
        valid_row("session_reactions", parents) | {"severity": "2"}
    )
    row = logbook._db.execute(
        f"SELECT severity, {type_of(logbook, 'severity')} FROM session_reactions"
    ).fetchone()
    assert tuple(row) == (2, "integer")


def test_a_client_with_sessions_cannot_be_deleted(logbook: Logbook, parents) -> None:
    # Since m006 a trigger refuses it first: a client is deleted only by erasure.
    with refused_by_database(logbook, f"{FOREIGN_KEY}|only by erasing them"):
        logbook._db.execute("DELETE FROM clients WHERE id = ?", [parents["client_id"]])
    assert count(logbook, "clients") == 1


def test_deleting_a_session_deletes_its_parts(logbook: Logbook, parents) -> None:
    for table in ("session_reactions", "session_products"):
        logbook._db[table].insert(valid_row(table, parents))
    with logbook._db.atomic():
        logbook._db.execute("DELETE FROM sessions WHERE id = ?", [parents["session_id"]])
    for table in ("sessions", "session_areas", "session_reactions", "session_products"):
        assert count(logbook, table) == 0
