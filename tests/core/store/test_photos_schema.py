"""The photos table (schema step m003) refuses bad rows on its own, and accepts every
value of the current vocabulary."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest

from logger_app.logbook import Logbook
from logger_app.store import schema_steps
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
STAMP = "2025-05-01T10:00:00+00:00"
SHA = "0123456789abcdef" * 4
OTHER_SHA = "fedcba9876543210" * 4


@pytest.fixture
def parents(logbook: Logbook, add_client, make_session) -> dict[str, int]:
    ann = add_client("Ann", "Smith")
    bea = add_client("Bea", "Jones")
    session = logbook.record_session(make_session(ann.id), now=NOW)
    other = logbook.record_session(make_session(bea.id), now=NOW)
    return {
        "client_id": ann.id,
        "session_id": session.id,
        "other_client_id": bea.id,
        "other_session_id": other.id,
    }


def valid_photo(parents: dict[str, int], **changes: Any) -> dict[str, Any]:
    row = {
        "client_id": parents["client_id"],
        "session_id": parents["session_id"],
        "sha256": SHA,
        "source_sha256": OTHER_SHA,
        "original_name": "IMG_0001.JPG",
        "kind": "before",
        "angle": "front",
        "area": "left_cheek",
        "taken_at": STAMP,
        "width": 4000,
        "height": 3000,
        "byte_size": 3_500_000,
        "imported_at": STAMP,
    }
    return row | changes


def count(logbook: Logbook) -> int:
    return logbook._db.execute("SELECT count(*) FROM photos").fetchone()[0]


def test_the_photos_step_is_the_third(logbook: Logbook) -> None:
    assert schema_steps()[:3] == [
        "m001_initial_schema",
        "m002_client_last_session",
        "m003_photos",
    ]
    sql = logbook._db.execute("SELECT sql FROM sqlite_master WHERE name = 'photos'").fetchone()[0]
    assert sql.rstrip().endswith("STRICT")


@pytest.mark.parametrize(
    ("column", "value"),
    [("kind", kind.value) for kind in PhotoKind]
    + [("angle", angle.value) for angle in PhotoAngle]
    + [("area", area.value) for area in Area]
    + [("area", None), ("taken_at", None), ("note", "left side, flash off")],
)
def test_every_vocabulary_value_is_accepted(
    logbook: Logbook, parents, column: str, value: Any
) -> None:
    logbook._db["photos"].insert(valid_photo(parents, **{column: value}))
    assert count(logbook) == 1


CHECK = "CHECK constraint failed"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"kind": "during"}, CHECK),
        ({"kind": "Before"}, CHECK),
        ({"angle": "left"}, CHECK),
        ({"angle": "45"}, CHECK),
        ({"area": "cheek"}, CHECK),
        ({"sha256": SHA.upper()}, CHECK),
        ({"sha256": SHA[:-1]}, CHECK),
        ({"sha256": SHA[:-1] + "g"}, CHECK),
        ({"sha256": SHA + "0"}, CHECK),
        ({"source_sha256": "x" * 64}, CHECK),
        ({"original_name": "  "}, CHECK),
        ({"taken_at": "2025-05-01T10:00:00"}, CHECK),
        ({"taken_at": "2025:05:01 10:00:00"}, CHECK),
        ({"imported_at": "2025-05-01"}, CHECK),
        ({"width": 0}, CHECK),
        ({"height": -1}, CHECK),
        ({"byte_size": 0}, CHECK),
        ({"width": "wide"}, "cannot store TEXT value in INTEGER column"),
        ({"sha256": None}, "NOT NULL constraint failed"),
        ({"kind": None}, "NOT NULL constraint failed"),
        ({"session_id": 999_999}, "FOREIGN KEY constraint failed"),
        ({"client_id": 999_999}, "client of its session"),
    ],
)
def test_a_bad_photo_row_is_refused(
    logbook: Logbook, parents, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match=message):
        logbook._db["photos"].insert(valid_photo(parents, **changes))
    assert count(logbook) == 0


def test_the_same_source_file_twice_in_one_session_is_refused(logbook: Logbook, parents) -> None:
    photos = logbook._db["photos"]
    photos.insert(valid_photo(parents))
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
        photos.insert(valid_photo(parents, kind="after"))
    # The same file in another session is another photo (of the other client here).
    photos.insert(
        valid_photo(
            parents,
            session_id=parents["other_session_id"],
            client_id=parents["other_client_id"],
        )
    )
    assert count(logbook) == 2


def test_a_photo_must_belong_to_the_client_of_its_session(logbook: Logbook, parents) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="client of its session"):
        logbook._db["photos"].insert(valid_photo(parents, client_id=parents["other_client_id"]))
    photo_id = logbook._db["photos"].insert(valid_photo(parents)).last_pk
    with pytest.raises(sqlite3.IntegrityError, match="client of its session"):
        logbook._db.execute(
            "UPDATE photos SET session_id = ? WHERE id = ?",
            [parents["other_session_id"], photo_id],
        )


def test_moving_a_session_to_another_client_moves_its_photos(logbook: Logbook, parents) -> None:
    logbook._db["photos"].insert(valid_photo(parents))
    with logbook._db.atomic():
        logbook._db.execute(
            "UPDATE sessions SET client_id = ? WHERE id = ?",
            [parents["other_client_id"], parents["session_id"]],
        )
    moved = logbook._db.execute("SELECT client_id FROM photos").fetchone()[0]
    assert moved == parents["other_client_id"]


def test_a_session_with_photos_cannot_be_deleted_behind_their_files(
    logbook: Logbook, parents
) -> None:
    """No cascade: deleting rows must go through the photo store, which removes files."""
    logbook._db["photos"].insert(valid_photo(parents))
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY constraint failed"):
        logbook._db.execute("DELETE FROM sessions WHERE id = ?", [parents["session_id"]])
    assert count(logbook) == 1


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT id FROM photos WHERE session_id = 1", "sqlite_autoindex_photos_1"),
        ("SELECT id FROM photos WHERE client_id = 1 ORDER BY taken_at", "photos_by_client"),
        ("SELECT count(*) FROM photos WHERE sha256 = 'x'", "photos_by_sha256"),
    ],
)
def test_photo_lookups_use_an_index(logbook: Logbook, query: str, index: str) -> None:
    """The UNIQUE (session_id, source_sha256) index serves lookups by session."""
    plan = " ".join(row[3] for row in logbook._db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert index in plan
