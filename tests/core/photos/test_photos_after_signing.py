"""Photos added to a signed session: allowed, as an addition after signing — marked in
the photo's record with who added it, audited by session id, shown in the exports, and
kept (never deleted but with the client, erased). Schema step m007."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from logger_app.errors import SignedSessionError
from logger_app.export.json_export import photo_json
from logger_app.export.pdf_html import photo_caption
from logger_app.logbook import Logbook
from logger_app.records import AuditFilter, ImportStatus, Photo, PhotoDetails, Session
from logger_app.store.database import APPLICATION_ID, DATABASE_FILENAME
from logger_app.store.migrations import migrations
from logger_app.text import date_text
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...signing import sign_in
from ..photo_files import phone_jpeg, picture, save
from .homes import refusal

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
AFTER = PhotoDetails(PhotoKind.AFTER, PhotoAngle.FRONT)

pytestmark = pytest.mark.both_homes


@pytest.fixture
def session(logbook: Logbook, client, make_session) -> Session:
    sign_in(logbook, "Maya Okafor")  # who signs it
    return logbook.record_session(make_session(client.id), now=NOW)


def add_photo(logbook: Logbook, session_id: int, path: Path) -> Photo:
    [result] = logbook.import_photos(session_id, [path], AFTER)
    assert result.status is ImportStatus.IMPORTED, result.reason
    return logbook.photo(result.photo_id)


def test_a_photo_added_to_a_signed_session_is_marked_as_an_addition(
    logbook: Logbook, session: Session, tmp_path: Path
) -> None:
    before = add_photo(logbook, session.id, phone_jpeg(tmp_path / "during.jpg"))
    logbook.sign_session(session.id)
    sign_in(logbook, "Lena Berg")  # another practitioner adds one later
    after = add_photo(logbook, session.id, save(picture(seed=3), tmp_path / "next.png", "PNG"))

    assert (before.added_after_signing, before.added_by) == (False, "Maya Okafor")
    assert (after.added_after_signing, after.added_by) == (True, "Lena Berg")
    assert logbook.session(session.id).signed_at <= after.imported_at
    # Read back the same way everywhere.
    assert [p.added_after_signing for p in logbook.photos_of_session(session.id)] == [
        False,
        True,
    ]
    assert logbook.photos_of_client(session.details.client_id)[1] == after


def test_the_addition_is_audited_by_session_id_never_by_name(
    logbook: Logbook, client, session: Session, tmp_path: Path
) -> None:
    logbook.sign_session(session.id)
    sign_in(logbook, "Lena Berg")  # another practitioner adds one later
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "late.jpg"))

    [entry] = logbook.audit_entries(AuditFilter(entity="photo"))
    assert (entry.action, entry.entity_id, entry.client_id) == ("create", photo.id, client.id)
    assert entry.actor == "Lena Berg"
    assert entry.summary == f"Photo {photo.id} added to session {session.id} after it was signed"
    assert entry.details["after_signing"] is True
    assert entry.details["session_id"] == session.id
    for name in (client.details.first_name, client.details.last_name):
        assert name not in entry.summary


def test_a_photo_of_a_draft_stays_inside_the_record_once_signed(
    logbook: Logbook, session: Session, tmp_path: Path
) -> None:
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "draft.jpg"))
    logbook.sign_session(session.id)
    assert logbook.photo(photo.id).added_after_signing is False
    [entry] = logbook.audit_entries(AuditFilter(entity="photo"))
    assert entry.details["after_signing"] is False
    assert "after it was signed" not in entry.summary


def test_a_photo_added_after_signing_is_never_deleted_but_with_its_client(
    logbook: Logbook, client, session: Session, tmp_path: Path
) -> None:
    logbook.sign_session(session.id)
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "late.jpg"))
    with pytest.raises(SignedSessionError):
        logbook.delete_photo(photo.id)
    # The database refuses it too, whatever path a bug might take.
    with pytest.raises(refusal(logbook), match="signed session"):
        logbook._db.execute("DELETE FROM photos WHERE id = ?", [photo.id])
    assert logbook.photo_file(photo).exists()
    name = f"{client.details.first_name} {client.details.last_name}"
    assert logbook.erase_client(client.id, name).photos == 1
    assert logbook.photo_count() == 0


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("after_signing", 0),
        ("added_by", "Someone Else"),
        ("imported_at", "2020-01-01T00:00:00+00:00"),
    ],
)
def test_the_mark_who_and_when_cannot_be_changed(
    logbook: Logbook, session: Session, tmp_path: Path, column: str, value: object
) -> None:
    logbook.sign_session(session.id)
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "late.jpg"))
    with pytest.raises(refusal(logbook), match="never changed"):
        logbook._db.execute(f"UPDATE photos SET {column} = ? WHERE id = ?", [value, photo.id])


def test_a_photo_row_cannot_hide_that_it_came_after_signing(
    logbook: Logbook, session: Session
) -> None:
    logbook.sign_session(session.id)
    row = {
        "client_id": session.details.client_id,
        "session_id": session.id,
        "sha256": "ab" * 32,
        "source_sha256": "cd" * 32,
        "original_name": "late.jpg",
        "kind": "after",
        "angle": "front",
        "width": 10,
        "height": 10,
        "byte_size": 100,
        "imported_at": "2025-06-02T12:00:00+00:00",
        "after_signing": 0,
    }
    with pytest.raises(refusal(logbook), match="added after signing"):
        logbook._db["photos"].insert(row)


def test_exports_say_so(logbook: Logbook, session: Session, tmp_path: Path) -> None:
    logbook.sign_session(session.id)
    sign_in(logbook, "Lena Berg")  # another practitioner adds one later
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "late.jpg"))
    day = photo.imported_at.astimezone()
    expected = f"Added after signing on {date_text(day.date())} by Lena Berg"
    assert expected in photo_caption(photo)
    assert photo_json(photo)["added_after_signing"] is True
    assert photo_json(photo)["added_by"] == "Lena Berg"


# The upgrade (m007) of a logbook written before it.

STEP = "m007_photos_added_after_signing"


def _stamp(day: str) -> str:
    return f"{day}T10:00:00+00:00"


def test_the_upgrade_marks_earlier_additions_and_keeps_who_added_them(data_dir: Path) -> None:
    data_dir.mkdir()
    db = sqlite_utils.Database(data_dir / DATABASE_FILENAME)
    migrations.apply(db, stop_before=STEP)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["practitioners"].insert({"id": 1, "name": "Maya", "created_at": _stamp("2025-01-01")})
    db["clients"].insert(
        {
            "id": 7,
            "first_name": "Ann",
            "last_name": "Smith",
            "created_at": _stamp("2025-01-01"),
            "updated_at": _stamp("2025-01-01"),
        }
    )
    # Signing came with an upgrade on 1 April, which marked the session of 1 March signed.
    db.execute(
        "INSERT INTO audit_log (at, actor, action, entity, summary, details) VALUES "
        "(?, 'system (upgrade)', 'upgrade', 'logbook', 'sessions marked signed', "
        "json_object('sessions_marked_signed', 1))",
        [_stamp("2025-04-01")],
    )
    for session_id, signed in ((1, "2025-03-01"), (2, None), (3, "2025-06-01")):
        db["sessions"].insert(
            {
                "id": session_id,
                "client_id": 7,
                "practitioner_id": 1,
                "started_at": _stamp("2025-03-01"),
                "device": "pen",
                "created_at": _stamp("2025-03-01"),
                "updated_at": _stamp("2025-03-01"),
                "signed_at": _stamp(signed) if signed else None,
                "signed_by": "Maya" if signed else None,
            }
        )
    photos = {  # id: (session, imported)
        1: (1, "2025-03-15"),  # after its session's time, before signing existed
        2: (1, "2025-05-01"),  # added after the upgrade to a signed session
        3: (2, "2025-05-01"),  # a draft's
        4: (3, "2025-05-20"),  # before its session was signed
        5: (3, "2025-06-02"),  # after
    }
    for photo_id, (session_id, imported) in photos.items():
        db["photos"].insert(
            {
                "id": photo_id,
                "client_id": 7,
                "session_id": session_id,
                "sha256": f"{photo_id:02d}" * 32,
                "source_sha256": f"{photo_id:02d}" * 32,
                "original_name": f"{photo_id}.jpg",
                "kind": "before",
                "angle": "front",
                "width": 10,
                "height": 10,
                "byte_size": 100,
                "imported_at": _stamp(imported),
            }
        )
    db.execute(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, summary) "
        "VALUES (?, 'Lena Berg', 'create', 'photo', 5, 7, 'Photo 5 added to session 3')",
        [_stamp("2025-06-02")],
    )
    db.close()

    with Logbook.open(data_dir) as logbook:
        marked = {p.id: p.added_after_signing for p in logbook.photos_of_client(7)}
        assert marked == {1: False, 2: True, 3: False, 4: False, 5: True}
        assert logbook.photo(5).added_by == "Lena Berg"
        assert logbook.photo(2).added_by is None  # no audit entry to tell
        # The new rule holds for the upgraded file too.
        with pytest.raises(refusal(logbook)):
            logbook._db.execute("DELETE FROM photos WHERE id = 5")


def test_json_schema_accepts_the_new_fields(logbook: Logbook, session, tmp_path) -> None:
    from importlib.resources import files

    import jsonschema

    schema = json.loads(files("resources").joinpath("export-schema.json").read_text())
    photo = add_photo(logbook, session.id, phone_jpeg(tmp_path / "p.jpg"))
    definition = {"$defs": schema["$defs"], "$ref": "#/$defs/photo"}
    jsonschema.validate(photo_json(photo), definition)
    broken = photo_json(photo) | {"added_after_signing": "yes"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, definition)
