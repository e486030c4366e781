"""Importing a batch of photos into a session through the Logbook."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image

from logger_app.errors import NotFoundError, ValidationError
from logger_app.logbook import Logbook
from logger_app.photos.server_content import cache_path
from logger_app.photos.store import photo_path
from logger_app.records import ImportStatus, PhotoDetails, Session
from logger_app.store.photos import PhotoStore
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

from ...database_rules import file_only, on_server
from ..conftest import sha256_of
from ..photo_files import (
    GPS_IFD,
    fake_heic,
    phone_jpeg,
    picture,
    save,
    truncated,
)
from .homes import is_stored, stored_hashes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)

pytestmark = pytest.mark.both_homes


@pytest.fixture
def session(logbook: Logbook, client, make_session) -> Session:
    return logbook.record_session(make_session(client.id), now=NOW)


@pytest.fixture
def good_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "camera"
    return [
        phone_jpeg(folder / "portrait.jpg", 300, 400),
        save(picture(500, 400, seed=1), folder / "scan.png", "PNG"),
        save(picture(320, 240, seed=2), folder / "shared.webp", "WEBP", quality=85),
    ]


@pytest.fixture
def bad_files(tmp_path: Path, bomb_png: Path) -> list[Path]:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.jpg").write_text("not a photo\n", encoding="utf-8")
    good = phone_jpeg(folder / "whole.jpg", 800, 600).read_bytes()
    return [
        folder / "empty.jpg",
        folder / "notes.jpg",
        truncated(folder / "cut.jpg", good),
        fake_heic(folder / "fake.heic"),
        bomb_png,
    ]


def stored_files(logbook: Logbook) -> list[str]:
    return stored_hashes(logbook)


def test_a_mixed_batch_imports_the_good_files_and_refuses_the_bad_ones(
    logbook: Logbook, session: Session, good_files, bad_files
) -> None:
    files = [bad_files[0], good_files[0], *bad_files[1:3], good_files[1], *bad_files[3:]]
    files.append(good_files[2])
    progress: list[tuple[int, int]] = []
    results = logbook.import_photos(
        session.id, files, BEFORE_FRONT, progress=lambda *step: progress.append(step)
    )
    assert [r.path for r in results] == files
    statuses = {r.path.name: r.status for r in results}
    assert statuses == {
        "empty.jpg": ImportStatus.REFUSED,
        "portrait.jpg": ImportStatus.IMPORTED,
        "notes.jpg": ImportStatus.REFUSED,
        "cut.jpg": ImportStatus.REFUSED,
        "scan.png": ImportStatus.IMPORTED,
        "fake.heic": ImportStatus.REFUSED,
        "bomb.png": ImportStatus.REFUSED,
        "shared.webp": ImportStatus.IMPORTED,
    }
    reasons = {r.path.name: r.reason for r in results}
    assert "empty" in reasons["empty.jpg"]
    assert "text file" in reasons["notes.jpg"]
    assert "incomplete" in reasons["cut.jpg"]
    assert "HEIC" in reasons["fake.heic"]
    assert "too large" in reasons["bomb.png"]
    assert all(r.photo_id is None for r in results if r.status is ImportStatus.REFUSED)
    imported = [r.photo_id for r in results if r.status is ImportStatus.IMPORTED]
    photos = logbook.photos_of_session(session.id)
    assert sorted(p.id for p in photos) == sorted(imported)
    assert len(stored_files(logbook)) == 3
    assert progress == [(step, len(files)) for step in range(len(files) + 1)]


def test_an_imported_photo_is_recorded_with_its_details(
    logbook: Logbook, session: Session, good_files, client
) -> None:
    (result,) = logbook.import_photos(session.id, good_files[:1], BEFORE_FRONT)
    photo = logbook.photo(result.photo_id)
    assert photo.client_id == client.id
    assert photo.session_id == session.id
    assert photo.original_name == "portrait.jpg"
    assert (photo.kind, photo.angle, photo.area, photo.note) == (
        PhotoKind.BEFORE,
        PhotoAngle.FRONT,
        None,
        "",
    )
    assert (photo.width, photo.height) == (300, 400)  # upright
    assert photo.taken_at == datetime(2025, 5, 1, 10, 15).astimezone()
    assert photo.imported_at.tzinfo is not None
    path = logbook.photo_file(photo)
    if on_server(logbook):  # a verified local copy, for this user only
        assert path == cache_path(logbook.data_dir, photo.sha256)
        assert path.stat().st_mode & 0o077 == 0
        assert sha256_of(path) == photo.sha256
    else:
        assert path == photo_path(logbook.data_dir, photo.sha256)
    assert photo.byte_size == path.stat().st_size
    with Image.open(path) as stored:
        assert stored.size == (300, 400)
        assert GPS_IFD not in stored.getexif()


def test_per_file_details_override_the_defaults(
    logbook: Logbook, session: Session, good_files
) -> None:
    moment = datetime(2025, 5, 1, 11, 0, tzinfo=timezone(timedelta(hours=1)))
    special = PhotoDetails(
        PhotoKind.AFTER, PhotoAngle.LEFT_45, Area.LEFT_CHEEK, " redness ", taken_at=moment
    )
    results = logbook.import_photos(
        session.id, good_files, BEFORE_FRONT, per_file={good_files[0]: special}
    )
    first, second, _ = (logbook.photo(r.photo_id) for r in results)
    assert (first.kind, first.angle, first.area, first.note) == (
        PhotoKind.AFTER,
        PhotoAngle.LEFT_45,
        Area.LEFT_CHEEK,
        "redness",
    )
    assert first.taken_at == moment  # the practitioner's time wins over the file's
    assert (second.kind, second.angle, second.taken_at) == (
        PhotoKind.BEFORE,
        PhotoAngle.FRONT,
        None,
    )


def test_the_session_must_exist(logbook: Logbook, good_files) -> None:
    with pytest.raises(NotFoundError, match="session"):
        logbook.import_photos(999, good_files, BEFORE_FRONT)
    assert not (logbook.data_dir / "photos").exists()


def test_invalid_defaults_are_refused_before_anything_is_stored(
    logbook: Logbook, session: Session, good_files
) -> None:
    naive = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT, taken_at=datetime(2025, 5, 1))
    with pytest.raises(ValidationError) as caught:
        logbook.import_photos(session.id, good_files, naive)
    assert "taken_at" in caught.value.problems
    assert stored_files(logbook) == []


def test_invalid_details_of_one_file_refuse_that_file_only(
    logbook: Logbook, session: Session, good_files
) -> None:
    future = PhotoDetails(
        PhotoKind.AFTER, PhotoAngle.FRONT, taken_at=datetime.now(UTC) + timedelta(days=30)
    )
    results = logbook.import_photos(
        session.id, good_files, BEFORE_FRONT, per_file={good_files[1]: future}
    )
    assert [r.status for r in results] == [
        ImportStatus.IMPORTED,
        ImportStatus.REFUSED,
        ImportStatus.IMPORTED,
    ]
    assert "not plausible" in results[1].reason


def test_the_same_file_twice_is_stored_once_and_reported_as_duplicate(
    logbook: Logbook, session: Session, good_files
) -> None:
    first, second = logbook.import_photos(session.id, [good_files[0]] * 2, BEFORE_FRONT)
    assert first.status is ImportStatus.IMPORTED
    assert second.status is ImportStatus.DUPLICATE
    assert second.reason == "already in this session"
    assert second.photo_id == first.photo_id
    (again,) = logbook.import_photos(session.id, good_files[:1], BEFORE_FRONT)
    assert again.status is ImportStatus.DUPLICATE
    assert len(logbook.photos_of_session(session.id)) == 1
    assert len(stored_files(logbook)) == 1


def test_a_renamed_copy_is_a_duplicate_too(
    logbook: Logbook, session: Session, good_files, tmp_path: Path
) -> None:
    copy = tmp_path / "copy of portrait.jpg"
    copy.write_bytes(good_files[0].read_bytes())
    results = logbook.import_photos(session.id, [good_files[0], copy], BEFORE_FRONT)
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]


def test_the_same_picture_in_another_format_is_a_duplicate(
    logbook: Logbook, session: Session, tmp_path: Path
) -> None:
    """A lossless copy decodes to the same pixels, hence the same stored file."""
    image = picture(300, 200, seed=9)
    png = save(image, tmp_path / "a.png", "PNG")
    tiff = save(image, tmp_path / "a.tif", "TIFF")
    results = logbook.import_photos(session.id, [png, tiff], BEFORE_FRONT)
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE]


def test_the_same_photo_in_two_sessions_is_two_rows_and_one_file(
    logbook: Logbook, session: Session, client, make_session, good_files
) -> None:
    later = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 5, 29, 10, tzinfo=UTC)), now=NOW
    )
    (one,) = logbook.import_photos(session.id, good_files[:1], BEFORE_FRONT)
    (two,) = logbook.import_photos(later.id, good_files[:1], BEFORE_FRONT)
    assert two.status is ImportStatus.IMPORTED
    assert one.photo_id != two.photo_id
    assert logbook.photo(one.photo_id).sha256 == logbook.photo(two.photo_id).sha256
    assert len(stored_files(logbook)) == 1


def test_photos_of_a_client_run_from_the_oldest_session(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    late = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 5, 20, 10, tzinfo=UTC)), now=NOW
    )
    early = logbook.record_session(
        make_session(client.id, started_at=datetime(2025, 4, 1, 10, tzinfo=UTC)), now=NOW
    )
    files = [save(picture(60, 40, seed=n), tmp_path / f"{n}.png", "PNG") for n in range(5)]

    def at(hour: int) -> PhotoDetails:
        return PhotoDetails(
            PhotoKind.BEFORE, PhotoAngle.FRONT, taken_at=datetime(2025, 4, 1, hour, tzinfo=UTC)
        )

    logbook.import_photos(late.id, files[:2], BEFORE_FRONT, per_file={files[1]: at(9)})
    logbook.import_photos(
        early.id, files[2:], BEFORE_FRONT, per_file={files[3]: at(11), files[4]: at(10)}
    )
    order = [p.original_name for p in logbook.photos_of_client(client.id)]
    # Oldest session first; within one, by capture time, undated last.
    assert order == ["4.png", "3.png", "2.png", "1.png", "0.png"]
    assert [p.original_name for p in logbook.photos_of_session(early.id)] == [
        "4.png",
        "3.png",
        "2.png",
    ]


def test_unknown_ids_are_reported(logbook: Logbook) -> None:
    with pytest.raises(NotFoundError):
        logbook.photo(1)
    with pytest.raises(NotFoundError):
        logbook.photos_of_session(1)
    with pytest.raises(NotFoundError):
        logbook.photos_of_client(1)


# The transaction rule: the file first, then the row


def fail_adding_rows(
    monkeypatch: pytest.MonkeyPatch, logbook: Logbook, names: set[str]
) -> list[str]:
    """Make the row insert fail (after the file is written) for files of these names."""
    real_add = PhotoStore.add
    attempts: list[str] = []

    def add(self, **row):
        attempts.append(row["original_name"])
        if row["original_name"] in names:
            assert is_stored(logbook, row["sha256"]), "the row came before its file"
            raise sqlite3.OperationalError("disk I/O error")
        return real_add(self, **row)

    monkeypatch.setattr(PhotoStore, "add", add)
    return attempts


def test_a_failed_row_insert_leaves_no_row_and_an_orphan_file_that_check_removes(
    logbook: Logbook, session: Session, good_files, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts = fail_adding_rows(monkeypatch, logbook, {"portrait.jpg"})
    results = logbook.import_photos(session.id, good_files, BEFORE_FRONT)
    assert [r.status for r in results] == [
        ImportStatus.REFUSED,
        ImportStatus.IMPORTED,
        ImportStatus.IMPORTED,
    ]
    assert attempts == ["portrait.jpg", "scan.png", "shared.webp"]
    assert "could not be recorded" in results[0].reason
    assert "disk I/O error" in results[0].reason
    assert len(logbook.photos_of_session(session.id)) == 2
    assert logbook.photo_count() == 2
    if on_server(logbook):
        # The bytes went with the row they were stored for: nothing unused is left.
        monkeypatch.undo()
        assert len(stored_files(logbook)) == 2
        assert logbook.check_photos().problems_left == 0
        return
    assert len(stored_files(logbook)) == 3  # one of them unused

    monkeypatch.undo()
    report = logbook.check_photos()
    assert len(report.orphans) == 1
    (orphan,) = report.orphans
    assert orphan.is_file()
    assert report.problems_left == 1
    assert report.missing == report.altered == ()

    cleaned = logbook.check_photos(remove_orphans=True)
    assert cleaned.removed == (orphan,)
    assert cleaned.orphans == ()
    assert cleaned.problems_left == 0
    assert not orphan.exists()
    assert len(stored_files(logbook)) == 2
    assert logbook.check_photos().problems_left == 0
    # The file can be imported again later, as new.
    (retry,) = logbook.import_photos(session.id, good_files[:1], BEFORE_FRONT)
    assert retry.status is ImportStatus.IMPORTED
    assert logbook.photo_status(logbook.photo(retry.photo_id)) == "ok"


@file_only  # on the server no sweep can come between: see the test of the lock
def test_a_file_removed_before_its_row_was_committed_is_put_back(
    logbook: Logbook, session: Session, good_files, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A `check --remove-orphans` in another process may remove the new file between
    its write and its row: the importer writes it again after committing."""
    real_add = PhotoStore.add

    def add_after_a_concurrent_sweep(self, **row):
        photo_path(logbook.data_dir, row["sha256"]).unlink()
        return real_add(self, **row)

    monkeypatch.setattr(PhotoStore, "add", add_after_a_concurrent_sweep)
    (result,) = logbook.import_photos(session.id, good_files[:1], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED
    assert logbook.photo_status(logbook.photo(result.photo_id)) == "ok"
