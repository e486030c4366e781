"""Photo files copied between two homes' photo contents: streamed in parts (a large file
is never whole in memory), kept if already there, listed (never invented) if missing or
damaged in the source."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from logger_app.photos import store
from logger_app.photos.content import FolderContent
from logger_app.records import PhotoFileStatus
from logger_app.transfer import PhotoCopy, copy_photos
from logger_app.transfer.photos import server_photos

from ...server_home import server_database

BIG = 20 * 1024 * 1024
PART = 1 << 20


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    """20 MB of random bytes, written in parts (never whole in this process's memory)."""
    path = tmp_path / "big.jpg"
    with path.open("wb") as out:
        for _ in range(BIG // PART):
            out.write(os.urandom(PART))
    return path


def _peak(work: Callable[[], Any]) -> tuple[Any, int]:
    """What ``work`` returned, and the peak of memory it traced."""
    tracemalloc.start()
    try:
        return work(), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _stored(folder: Path, data: bytes) -> str:
    return store.put(folder, data).sha256


def test_a_large_file_goes_into_a_photo_folder_in_parts(big_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "logbook"
    stored, peak = _peak(lambda: FolderContent(folder).put_file(big_file))
    assert peak < BIG / 5, peak
    assert stored.sha256 == store.sha256_of_file(big_file) and stored.byte_size == BIG
    assert stored.path == store.photo_path(folder, stored.sha256)
    assert store.file_matches(stored.path, stored.sha256)
    # Nothing left beside it: no temporary file, no owner entry.
    assert [p for p in folder.rglob("*") if p.is_file()] == [stored.path]
    assert stored.path.stat().st_mode & 0o077 == 0


def test_missing_or_damaged_files_are_listed_never_invented(tmp_path: Path) -> None:
    source, target = FolderContent(tmp_path / "source"), FolderContent(tmp_path / "target")
    good = _stored(source.data_dir, b"good photo")
    damaged = _stored(source.data_dir, b"damaged photo")
    source.local_path(damaged).write_bytes(b"changed outside the app")
    absent = hashlib.sha256(b"never stored").hexdigest()
    already = _stored(target.data_dir, b"already there")
    _stored(source.data_dir, b"already there")

    done = copy_photos(source, target, [absent, already, damaged, good])

    assert done == PhotoCopy(copied=1, present=1, missing=(absent, damaged))
    assert target.local_path(good).read_bytes() == b"good photo"
    assert target.status(damaged) is PhotoFileStatus.MISSING
    assert target.status(absent) is PhotoFileStatus.MISSING


def test_bytes_changed_while_copied_are_listed_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The source's file changed between its check and its copy: what went into the
    target is not the photo's, so the photo is listed missing there."""
    source, target = FolderContent(tmp_path / "source"), FolderContent(tmp_path / "target")
    sha256 = _stored(source.data_dir, b"the photo")
    other = tmp_path / "other.jpg"
    other.write_bytes(b"other bytes")
    monkeypatch.setattr(source, "open", lambda sha: other.open("rb"))
    assert copy_photos(source, target, [sha256]) == PhotoCopy(0, 0, (sha256,))
    assert target.status(sha256) is PhotoFileStatus.MISSING


@pytest.mark.server_only
def test_a_large_photo_goes_to_the_server_and_back_in_parts(big_file: Path, tmp_path: Path) -> None:
    from logger_app.store.server.opening import open_server_database

    source, back = FolderContent(tmp_path / "source"), FolderContent(tmp_path / "back")
    sha256 = source.put_file(big_file).sha256
    with server_database() as url:
        db = open_server_database(url)
        try:
            with server_photos(db, url) as server:
                done, peak_in = _peak(lambda: copy_photos(source, server, [sha256]))
                assert done == PhotoCopy(1, 0, ())
                assert peak_in < BIG / 5, peak_in
                assert server.status(sha256) is PhotoFileStatus.OK
                parts = db.execute(
                    "SELECT count(*) FROM photo_blobs WHERE sha256 = ?", [sha256]
                ).fetchone()[0]
                assert parts == BIG // PART

                done, peak_out = _peak(lambda: copy_photos(server, back, [sha256]))
                assert done == PhotoCopy(1, 0, ())
                assert peak_out < BIG / 5, peak_out
                # The copy fetched from the server for it is gone already.
                fetched = [p for p in server.data_dir.rglob("*") if p.is_file()]
                assert fetched == []
                # Copied again: kept, as already there on either side.
                assert copy_photos(source, server, [sha256]) == PhotoCopy(0, 1, ())
                assert copy_photos(server, back, [sha256]) == PhotoCopy(0, 1, ())
        finally:
            db.close()
    assert back.local_path(sha256).read_bytes() == big_file.read_bytes()
