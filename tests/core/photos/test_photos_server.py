"""Photo files on the clinic server: streamed in parts, seen by every workstation, checked."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.photos.server_content import ServerContent, cache_path, server_name
from logger_app.records import ImportStatus, PhotoDetails, PhotoFileStatus, Session
from logger_app.store.photos import PhotoStore
from logger_app.store.server.photo_blobs import PART_SIZE, PHOTO_FILES_LOCK
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...server_home import server_database
from ..photo_files import picture, save
from .homes import damage_stored

pytestmark = pytest.mark.server_only

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
BIG = 30 * 1024 * 1024


@pytest.fixture
def database_url() -> Iterator[str]:
    with server_database() as url:
        yield url


@pytest.fixture
def session(logbook: Logbook, client, make_session) -> Session:
    return logbook.record_session(make_session(client.id), now=NOW)


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """30 MB of random bytes, written in parts (never whole in this process's memory)."""
    path = tmp_path / "big.jpg"
    with path.open("wb") as out:
        for _ in range(BIG // PART_SIZE):
            out.write(os.urandom(PART_SIZE))
    return path


def content_of(logbook: Logbook) -> ServerContent:
    content = logbook._photos.content
    assert isinstance(content, ServerContent)
    return content


def test_a_30_mb_file_streams_in_and_out_in_parts(logbook: Logbook, big_file: Path) -> None:
    content = content_of(logbook)
    tracemalloc.start()
    try:
        stored = content.put_file(big_file)
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        local = content.local_path(stored.sha256)
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored.byte_size == BIG
    parts = logbook._db.execute(
        "SELECT count(*), max(length(data)) FROM photo_blobs WHERE sha256 = ?", [stored.sha256]
    ).fetchone()
    assert parts == (BIG // PART_SIZE, PART_SIZE)
    assert local == cache_path(logbook.data_dir, stored.sha256)
    assert local.read_bytes() == big_file.read_bytes()
    # A few parts at most in memory at once, never the file.
    assert peak_in < BIG / 5, peak_in
    assert peak_out < BIG / 5, peak_out


def test_bytes_that_do_not_match_their_name_are_never_stored(
    logbook: Logbook, big_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is hashed first; a file changing before its bytes are sent is refused and
    nothing of it stays."""
    import logger_app.photos.server_content as server_content

    monkeypatch.setattr(server_content.store, "sha256_of_file", lambda path: "ab" * 32)
    with pytest.raises(OSError, match="changed while they were stored"):
        content_of(logbook).put_file(big_file)
    assert logbook._db.execute("SELECT count(*) FROM photo_blobs").fetchone()[0] == 0


def test_another_workstation_sees_and_opens_the_photo(
    logbook: Logbook, session: Session, database_url: str, tmp_path: Path
) -> None:
    source = save(picture(640, 480, seed=3), tmp_path / "front.png", "PNG")
    (result,) = logbook.import_photos(session.id, [source], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED
    other_folder = tmp_path / "reception"
    with Logbook.open(other_folder, database_url=database_url) as reception:
        (photo,) = reception.photos_of_session(session.id)
        assert reception.photo_status(photo) is PhotoFileStatus.OK
        path = reception.photo_file(photo)
        assert path.is_relative_to(other_folder)
        assert hashlib.sha256(path.read_bytes()).hexdigest() == photo.sha256
        thumbnail = reception.photo_thumbnail(photo, 256)
        assert thumbnail.is_relative_to(other_folder) and thumbnail.stat().st_size > 0
        # Its thumbnail workers fetch on a connection of their own.
        from concurrent.futures import ThreadPoolExecutor

        path.unlink()
        with ThreadPoolExecutor(1) as pool:
            again = pool.submit(content_of(reception).local_path, photo.sha256).result()
        assert again == path and path.is_file()
    assert not (logbook.data_dir / "photos").exists()  # nothing in the file's folder


def test_a_damaged_stored_file_is_reported_by_check_and_kept(
    logbook: Logbook, session: Session, tmp_path: Path
) -> None:
    source = save(picture(400, 300), tmp_path / "a.png", "PNG")
    (result,) = logbook.import_photos(session.id, [source], BEFORE_FRONT)
    photo = logbook.photo(result.photo_id)
    damage_stored(logbook, photo.sha256)
    report = logbook.check_photos(remove_orphans=True)
    assert report.missing == (photo,) and report.orphans == () and report.removed == ()
    # A missing part too.
    logbook._db.execute("DELETE FROM photo_blobs WHERE sha256 = ?", [photo.sha256])
    assert logbook.check_photos().missing == (photo,)


def test_an_unused_stored_file_is_an_orphan_that_check_removes(
    logbook: Logbook, big_file: Path
) -> None:
    stored = content_of(logbook).put_file(big_file)
    name = server_name(logbook.data_dir, stored.sha256)
    assert logbook.check_photos().orphans == (name,)
    report = logbook.check_photos(remove_orphans=True)
    assert report.removed == (name,)
    assert logbook._db.execute("SELECT count(*) FROM photo_blobs").fetchone()[0] == 0


def test_no_removal_can_run_while_a_photo_is_being_stored(
    logbook: Logbook, session: Session, database_url: str, tmp_path: Path, monkeypatch
) -> None:
    """Between the bytes and the row the photo-files lock is held: another room's check
    or deletion cannot take it, so it cannot remove bytes a row is about to use."""
    import psycopg

    real_add = PhotoStore.add
    taken: list[bool] = []

    def add_while_another_room_tries(self, **row):
        with psycopg.connect(database_url, autocommit=True) as other:
            got = other.execute("SELECT pg_try_advisory_lock(%s)", [PHOTO_FILES_LOCK]).fetchone()
            taken.append(got[0])
        return real_add(self, **row)

    monkeypatch.setattr(PhotoStore, "add", add_while_another_room_tries)
    source = save(picture(300, 200), tmp_path / "a.png", "PNG")
    (result,) = logbook.import_photos(session.id, [source], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED
    assert taken == [False]
