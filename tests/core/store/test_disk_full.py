"""A full disk: the change under way is rolled back whole and reported in plain words
(DiskFullError naming the data folder); everything saved before stays."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from logger_app.errors import DiskFullError
from logger_app.logbook import Logbook
from logger_app.photos.store import PHOTOS_FOLDER, files_under
from logger_app.records import AreaTreatment, ClientDetails, ImportStatus, PhotoDetails
from logger_app.vocabulary import Area, PhotoAngle, PhotoKind

from ...lock_support import database_dump, fill_disk, small_disk
from ..conftest import FIXED_TODAY

PHOTO = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)


def full_at_current_size(logbook: Logbook) -> None:
    """The database cannot grow by a page any more (SQLITE_FULL, as on a full disk)."""
    pages = logbook._db.execute("PRAGMA page_count").fetchone()[0]
    logbook._db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_session_that_does_not_fit_is_not_saved_at_all(
    logbook: Logbook, client, make_session
) -> None:
    kept = logbook.record_session(make_session(client.id))
    full_at_current_size(logbook)
    before = database_dump(logbook.database_path)
    big = make_session(
        client.id,
        areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0), AreaTreatment(Area.RIGHT_CHEEK, 1.0)),
        notes="Long notes. " * 400,
    )
    with pytest.raises(DiskFullError) as raised:
        logbook.record_session(big)
    assert str(raised.value) == (
        f"The disk holding the logbook ({logbook.data_dir}) is full: nothing of this "
        "change was saved; everything saved before is kept. Free some space and try again."
    )
    assert not logbook._db.conn.in_transaction
    assert database_dump(logbook.database_path) == before
    assert logbook.session(kept.id).details.areas[0].area is Area.FOREHEAD
    # Space again: the same save goes through.
    logbook._db.execute("PRAGMA max_page_count = 1073741823")
    saved = logbook.record_session(big)
    assert len(logbook.session(saved.id).details.areas) == 2


def test_a_batch_that_does_not_fit_keeps_none_of_its_changes(logbook: Logbook) -> None:
    logbook.add_client(ClientDetails("Kept", "Client"), FIXED_TODAY)
    full_at_current_size(logbook)
    before = database_dump(logbook.database_path)
    with pytest.raises(DiskFullError), logbook.batch():
        for number in range(200):
            logbook.add_client(ClientDetails(f"Client {number}", "Batch"), FIXED_TODAY)
    assert database_dump(logbook.database_path) == before
    assert [entry.full_name for entry in logbook.list_clients()] == ["Kept Client"]


def noisy_jpeg(path: Path, side: int) -> Path:
    """A photo that hardly compresses: its stored file is large."""
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(path, quality=95)
    return path


def test_a_photo_that_does_not_fit_on_the_disk_leaves_no_file_and_no_row(
    tmp_path: Path, make_session
) -> None:
    with small_disk(tmp_path / "disk", "6m") as disk:
        data_dir = disk / "logbook"
        with Logbook.open(data_dir, create=True) as logbook:
            client = logbook.add_client(ClientDetails("Ann", "Smith"), FIXED_TODAY)
            session = logbook.record_session(make_session(client.id), enforce_safety=False)
            first = logbook.import_photos(session.id, [noisy_jpeg(tmp_path / "a.jpg", 300)], PHOTO)
            assert first[0].status is ImportStatus.IMPORTED
            stored_before = list(files_under(data_dir / PHOTOS_FOLDER))
            fill_disk(disk, leave_bytes=200_000)
            with pytest.raises(DiskFullError) as raised:
                logbook.import_photos(session.id, [noisy_jpeg(tmp_path / "b.jpg", 800)], PHOTO)
            assert f"({data_dir})" in str(raised.value)
            assert list(files_under(data_dir / PHOTOS_FOLDER)) == stored_before
            assert [photo.id for photo in logbook.photos_of_session(session.id)] == [
                first[0].photo_id
            ]


def test_an_export_to_a_full_disk_is_said_plainly_and_leaves_no_file(
    tmp_path: Path, logbook: Logbook, client, make_session
) -> None:
    from logger_app.export import export_client

    for day in range(1, 25):
        notes = f"Session {day}. " + "Tolerated well, mild erythema resolved next day. " * 20
        logbook.record_session(
            make_session(client.id, started_at=make_session(client.id).started_at.replace(day=day),
                         notes=notes),
            enforce_safety=False,
        )  # fmt: skip
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill_disk(disk, leave_bytes=8_000)
        target = disk / "history.json"
        with pytest.raises(DiskFullError) as raised:
            export_client(logbook, client.id, "json", target)
        assert f"The disk holding {disk} is full: history.json was not written" in str(raised.value)
        assert sorted(path.name for path in disk.iterdir()) == ["filler.bin"]
