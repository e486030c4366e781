"""Photo files over time: status, deletion, and the check of the folder against the rows."""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.errors import NotFoundError, PhotoFileError
from logger_app.leftovers import temp_name
from logger_app.logbook import Logbook
from logger_app.photos import store as content
from logger_app.photos.store import files_under, photo_path
from logger_app.photos.thumbnails import (
    GRID_SIZE,
    PREVIEW_SIZE,
    THUMBNAIL_SIZES,
    thumbnail_path,
)
from logger_app.records import ImportStatus, Photo, PhotoDetails, PhotoFileStatus, Session
from logger_app.store.photos import PhotoStore
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...database_rules import file_only, on_server
from ..photo_files import picture, save
from .homes import damage_stored, is_stored, remove_stored, stored_hashes, stored_name

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)

pytestmark = pytest.mark.both_homes


@pytest.fixture
def session(logbook: Logbook, client, make_session) -> Session:
    return logbook.record_session(make_session(client.id), now=NOW)


@pytest.fixture
def other_session(logbook: Logbook, client, make_session) -> Session:
    later = datetime(2025, 5, 29, 10, tzinfo=UTC)
    return logbook.record_session(make_session(client.id, started_at=later), now=NOW)


def import_one(logbook: Logbook, session: Session, path: Path) -> Photo:
    (result,) = logbook.import_photos(session.id, [path], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED, result.reason
    return logbook.photo(result.photo_id)


@pytest.fixture
def photo(logbook: Logbook, session: Session, tmp_path: Path) -> Photo:
    return import_one(logbook, session, save(picture(400, 300), tmp_path / "a.png", "PNG"))


def flip_a_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def everything_under(folder: Path) -> list[Path]:
    return list(files_under(folder))


# Status


def test_a_fresh_photo_is_ok(logbook: Logbook, photo: Photo) -> None:
    assert logbook.photo_status(photo) is PhotoFileStatus.OK


def test_a_missing_file_is_detected(logbook: Logbook, photo: Photo) -> None:
    remove_stored(logbook, photo.sha256)
    assert logbook.photo_status(photo) is PhotoFileStatus.MISSING
    report = logbook.check_photos()
    assert report.missing == (photo,)
    assert report.problems_left == 1


def test_an_altered_file_is_detected(logbook: Logbook, photo: Photo) -> None:
    damage_stored(logbook, photo.sha256)
    report = logbook.check_photos(remove_orphans=True)
    if on_server(logbook):  # damaged bytes on the server cannot show the photo
        assert logbook.photo_status(photo) is PhotoFileStatus.MISSING
        assert report.missing == (photo,)
        with pytest.raises(PhotoFileError, match="missing or damaged"):
            logbook.photo_file(photo)
    else:
        assert logbook.photo_status(photo) is PhotoFileStatus.ALTERED
        assert report.altered == (photo,)
    assert report.problems_left == 1
    assert is_stored(logbook, photo.sha256)  # never removed: it is all there is


def test_every_photo_sharing_a_broken_file_is_listed(
    logbook: Logbook, photo: Photo, other_session: Session, tmp_path: Path
) -> None:
    twin = import_one(logbook, other_session, tmp_path / "a.png")
    remove_stored(logbook, photo.sha256)
    assert logbook.check_photos().missing == (photo, twin)


# Deleting


def test_deleting_the_last_photo_of_a_file_removes_file_and_thumbnails(
    logbook: Logbook, photo: Photo
) -> None:
    grid = logbook.photo_thumbnail(photo, GRID_SIZE)
    preview = logbook.photo_thumbnail(photo, PREVIEW_SIZE)
    local = logbook.photo_file(photo)
    logbook.delete_photo(photo.id)
    with pytest.raises(NotFoundError):
        logbook.photo(photo.id)
    assert not local.exists()
    assert not grid.exists() and not preview.exists()
    assert stored_hashes(logbook) == []
    assert everything_under(local.parent.parent) == []
    assert logbook.check_photos().problems_left == 0


def test_a_file_still_used_by_another_photo_is_kept(
    logbook: Logbook, photo: Photo, other_session: Session, tmp_path: Path
) -> None:
    twin = import_one(logbook, other_session, tmp_path / "a.png")
    assert twin.sha256 == photo.sha256
    thumb = logbook.photo_thumbnail(photo)
    logbook.delete_photo(photo.id)
    assert logbook.photo_status(twin) is PhotoFileStatus.OK
    assert thumb.exists()
    logbook.delete_photo(twin.id)
    assert not is_stored(logbook, twin.sha256)
    assert not thumb.exists()


def test_deleting_an_unknown_photo_is_reported(logbook: Logbook) -> None:
    with pytest.raises(NotFoundError):
        logbook.delete_photo(42)


def test_a_failed_deletion_keeps_row_and_file(
    logbook: Logbook, photo: Photo, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is set aside inside the transaction; if the commit fails, it is put
    back and the row is still there."""
    real_lock = PhotoStore.write_lock

    @contextmanager
    def lock_whose_commit_fails(self):
        with real_lock(self) as commits:
            yield commits
            assert not is_stored(logbook, photo.sha256)  # set aside by now
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(PhotoStore, "write_lock", lock_whose_commit_fails)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
        logbook.delete_photo(photo.id)
    monkeypatch.undo()
    assert logbook.photo(photo.id) == photo
    assert logbook.photo_status(photo) is PhotoFileStatus.OK
    assert logbook.check_photos().problems_left == 0


def test_deleting_inside_a_batch_keeps_the_file_until_check(logbook: Logbook, photo: Photo) -> None:
    """The batch may still roll back: its file must not go before it commits."""
    with logbook.batch():
        logbook.delete_photo(photo.id)
    assert is_stored(logbook, photo.sha256)
    report = logbook.check_photos(remove_orphans=True)
    assert stored_name(logbook, photo.sha256) in report.removed
    # Its thumbnails (made at import) went with it.
    assert len(report.removed) == 1 + len(THUMBNAIL_SIZES)


def test_a_batch_rolled_back_after_a_deletion_loses_nothing(logbook: Logbook, photo: Photo) -> None:
    with pytest.raises(RuntimeError), logbook.batch():
        logbook.delete_photo(photo.id)
        raise RuntimeError("changed my mind")
    assert logbook.photo_status(logbook.photo(photo.id)) is PhotoFileStatus.OK


# Checking


def test_a_clean_folder_checks_clean(logbook: Logbook, photo: Photo) -> None:
    logbook.photo_thumbnail(photo)
    report = logbook.check_photos()
    assert report.photos_checked == 1
    assert report.files_checked == 1 + len(THUMBNAIL_SIZES)  # the photo and its thumbnails
    assert report.problems_left == 0
    assert report.fixed == 0
    assert report.foreign == ()


def test_an_orphan_thumbnail_is_reported_and_removed(logbook: Logbook, photo: Photo) -> None:
    stray = thumbnail_path(logbook.data_dir, "ab" * 32, GRID_SIZE)
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"old thumbnail")
    assert logbook.check_photos().orphans == (stray,)
    assert logbook.check_photos(remove_orphans=True).removed == (stray,)
    assert not stray.exists()


@file_only  # on the server the deletion is undone with its transaction
def test_a_file_set_aside_by_an_interrupted_deletion_is_put_back(
    logbook: Logbook, photo: Photo
) -> None:
    """A crash between setting the file aside and committing leaves the row: check
    puts its file back. (On the server the deletion is undone with its transaction.)"""
    path = logbook.photo_file(photo)
    path.rename(path.with_name(path.name + content.PARKED_SUFFIX))
    assert logbook.photo_status(photo) is PhotoFileStatus.MISSING
    report = logbook.check_photos()
    assert report.restored == (path,)
    assert report.missing == ()
    assert report.fixed == 1
    assert logbook.photo_status(photo) is PhotoFileStatus.OK


@file_only  # nothing is set aside on the server
def test_a_set_aside_file_without_its_row_is_an_orphan(logbook: Logbook, photo: Photo) -> None:
    path = logbook.photo_file(photo)
    aside = path.with_name(path.name + content.PARKED_SUFFIX)
    aside.write_bytes(b"leftover of a deletion that did commit")
    report = logbook.check_photos(remove_orphans=True)
    assert report.removed == (aside,)
    assert logbook.photo_status(photo) is PhotoFileStatus.OK


def test_temporary_files_are_swept_unless_a_running_process_owns_them(
    logbook: Logbook, photo: Photo
) -> None:
    """Ownership, not age: a file just written by a process that is gone is swept at
    once, one of a running process (this one) is left however old it is."""
    folder = logbook.photo_file(photo).parent
    running = folder / temp_name(content.TEMP_PREFIX)  # named by this process
    gone = folder / f"{content.TEMP_PREFIX}{'0' * 12}-0a1b2c3d.part"  # an owner that left
    unnamed = folder / f"{content.TEMP_PREFIX}stale.part"  # an older version's
    for path in (running, gone, unnamed):
        path.write_bytes(b"part of a photo")
    long_ago = time.time() - 2 * 3600
    os.utime(running, (long_ago, long_ago))
    report = logbook.check_photos(remove_orphans=True)
    assert report.removed == tuple(sorted((gone, unnamed)))
    assert running.exists()


def test_foreign_files_are_reported_and_left_alone(logbook: Logbook, photo: Photo) -> None:
    note = logbook.photo_file(photo).parent / "readme.txt"
    note.write_text("my own notes", encoding="utf-8")
    report = logbook.check_photos(remove_orphans=True)
    assert report.foreign == (note,)
    assert report.problems_left == 0
    assert note.exists()


def test_check_reports_progress(logbook: Logbook, photo: Photo) -> None:
    steps: list[tuple[int, int]] = []
    logbook.check_photos(progress=lambda *step: steps.append(step))
    assert steps == [(1, 1)]


def test_orphans_are_removed_only_while_no_row_uses_them(
    logbook: Logbook, photo: Photo, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row added between the listing and the removal (another window importing the
    same picture) keeps its file: the rows are read again under the write lock."""
    orphan_data = b"\xff\xd8 a file that gets a row at the last moment \xff\xd9"
    stored = content.put(logbook.data_dir, orphan_data)
    real_referenced = PhotoStore.referenced

    def referenced_after_a_late_import(self, hashes):
        self._db["photos"].insert(
            {
                "client_id": photo.client_id,
                "session_id": session.id,
                "sha256": stored.sha256,
                "source_sha256": stored.sha256,
                "original_name": "late.jpg",
                "kind": "after",
                "angle": "front",
                "width": 1,
                "height": 1,
                "byte_size": stored.byte_size,
                "imported_at": "2025-06-02T12:00:00+00:00",
            }
        )
        return real_referenced(self, hashes)

    monkeypatch.setattr(PhotoStore, "referenced", referenced_after_a_late_import)
    report = logbook.check_photos(remove_orphans=True)
    assert report.removed == ()
    assert stored.path.is_file()
    assert photo_path(logbook.data_dir, stored.sha256) == stored.path
