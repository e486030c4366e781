"""Photo files and thumbnails of an encrypted logbook: nothing of the picture on disk (or
in the server's blobs), the exact bytes read back, a changed file caught, never shown."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from logger_app.crypto.data_key import new_data_key
from logger_app.errors import LogbookError, LogbookLockedError, PhotoFileError
from logger_app.export import export_client
from logger_app.logbook import Logbook
from logger_app.photos.content import FolderContent
from logger_app.photos.store import files_under, photo_path
from logger_app.photos.thumbnails import GRID_SIZE, PREVIEW_SIZE, thumbnail_path
from logger_app.records import ImportStatus, Photo, PhotoDetails, PhotoFileStatus
from logger_app.transfer import copy_photos
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...encrypted import ADMIN, new_encrypted
from ...signing import sign_in
from ..photo_files import phone_jpeg
from .homes import damage_stored

pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
# A JPEG's start, and what its EXIF and JFIF blocks hold (the test camera's model among
# them). Anywhere in a file but its start, three bytes such as a JPEG's first ones turn
# up in random ciphertext by chance (about once in 16 MB): they are looked for at the
# start; the longer markers everywhere.
JPEG_START = b"\xff\xd8\xff"
PICTURE_MARKS = (b"JFIF\x00", b"Exif\x00\x00", b"Phone 1")


def shows_a_picture(data: bytes) -> bool:
    return data.startswith(JPEG_START) or any(mark in data for mark in PICTURE_MARKS)


@pytest.fixture
def logbook(data_dir: Path, database_url: str | None) -> Iterator[Logbook]:
    """An encrypted logbook, its administrator signed in: the file made encrypted, or a
    logbook on the clinic server given its data key."""
    if database_url is None:
        book, _ = new_encrypted(data_dir)
    else:
        book = Logbook.open(data_dir, database_url=database_url)
        sign_in(book, ADMIN)
        book.start_encryption()
    try:
        yield book
    finally:
        book.close()


def import_one(logbook: Logbook, client_id: int, make_session, path: Path) -> Photo:
    session = logbook.record_session(make_session(client_id), now=NOW)
    [result] = logbook.import_photos(session.id, [path], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED, result.reason
    return logbook.photo(result.photo_id)


def every_file(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def stored_blobs(logbook: Logbook) -> list[bytes]:
    return [bytes(row[0]) for row in logbook._db.execute("SELECT data FROM photo_blobs")]


def test_an_imported_photo_leaves_nothing_of_the_picture_and_reads_back_exactly(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    photo = import_one(logbook, client.id, make_session, phone_jpeg(tmp_path / "in.jpg"))
    jpeg = logbook.photo_bytes(photo)  # on the server: fetched into the local cache
    assert shows_a_picture(jpeg) and all(mark in jpeg for mark in PICTURE_MARKS[1:])
    assert hashlib.sha256(jpeg).hexdigest() == photo.sha256  # the exact stored bytes
    with logbook.open_photo(photo) as stream:
        assert b"".join(iter(lambda: stream.read(1000), b"")) == jpeg
    grid = Image.open(io.BytesIO(logbook.thumbnail_bytes(photo, GRID_SIZE)))
    assert grid.format == "JPEG" and max(grid.size) <= GRID_SIZE
    logbook.thumbnail_bytes(photo, PREVIEW_SIZE)

    files = every_file(logbook.data_dir)
    assert any(p.parent.name == photo.sha256[:2] and "thumbnails" in p.parts for p in files)
    if not logbook.on_server:
        assert photo_path(logbook.data_dir, photo.sha256) in files
    for path in files:
        assert not shows_a_picture(path.read_bytes()), path
    if logbook.on_server:
        assert any(p.parts[-4:-2] == ("cache", "photos") for p in files)  # the local copy
        blobs = stored_blobs(logbook)
        assert blobs and not any(shows_a_picture(blob) for blob in blobs)
    assert logbook.photo_status(photo) is PhotoFileStatus.OK
    assert logbook.check_photos().missing == ()


def test_a_changed_byte_reads_as_altered_never_as_a_picture(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    photo = import_one(logbook, client.id, make_session, phone_jpeg(tmp_path / "in.jpg"))
    damage_stored(logbook, photo.sha256)  # one byte of the stored (encrypted) file
    with pytest.raises(PhotoFileError):
        logbook.photo_bytes(photo)
    report = logbook.check_photos()
    if logbook.on_server:  # the server's damaged files are reported missing
        assert logbook.photo_status(photo) is PhotoFileStatus.MISSING
        assert [p.id for p in report.missing] == [photo.id]
    else:
        assert logbook.photo_status(photo) is PhotoFileStatus.ALTERED
        assert [p.id for p in report.altered] == [photo.id]
        with pytest.raises(PhotoFileError), logbook.open_photo(photo) as stream:
            stream.read()


def test_a_changed_thumbnail_is_made_again(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    photo = import_one(logbook, client.id, make_session, phone_jpeg(tmp_path / "in.jpg"))
    cached = thumbnail_path(logbook.data_dir, photo.sha256, GRID_SIZE)
    data = bytearray(cached.read_bytes())
    data[-5] ^= 0xFF
    cached.write_bytes(bytes(data))
    remade = logbook.thumbnail_bytes(photo, GRID_SIZE)
    assert Image.open(io.BytesIO(remade)).format == "JPEG"
    assert not shows_a_picture(cached.read_bytes())


@pytest.mark.parametrize("home", ["file"])
def test_another_key_or_none_fails_clearly(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    photo = import_one(logbook, client.id, make_session, phone_jpeg(tmp_path / "in.jpg"))
    other = FolderContent(logbook.data_dir, new_data_key())
    assert other.status(photo.sha256) is PhotoFileStatus.ALTERED
    with pytest.raises(PhotoFileError, match="does not open with this logbook's key"):
        other.read_bytes(photo.sha256)
    with pytest.raises(PhotoFileError):
        other.thumbnail_bytes(photo.sha256, GRID_SIZE)
    with pytest.raises(LogbookLockedError):
        FolderContent(logbook.data_dir).read_bytes(photo.sha256)


@pytest.mark.parametrize("home", ["file"])
def test_exports_and_copies_are_the_plain_picture(
    logbook: Logbook, client, make_session, tmp_path: Path
) -> None:
    photo = import_one(logbook, client.id, make_session, phone_jpeg(tmp_path / "in.jpg"))
    bundle = export_client(logbook, client.id, "bundle", tmp_path / "out.zip")
    with zipfile.ZipFile(bundle) as archive:
        member = next(n for n in archive.namelist() if n.endswith(f"{photo.sha256}.jpg"))
        assert hashlib.sha256(archive.read(member)).hexdigest() == photo.sha256
        assert not [n for n in archive.namelist() if "PROBLEMS" in n.upper()]
    plain = FolderContent(tmp_path / "plain")
    copied = copy_photos(logbook._photos.content, plain, [photo.sha256])
    assert copied.copied == 1
    stored = photo_path(plain.data_dir, photo.sha256).read_bytes()
    assert stored.startswith(b"\xff\xd8\xff") and stored == logbook.photo_bytes(photo)


@pytest.mark.parametrize("home", ["file"])
def test_a_plain_logbook_still_writes_plain_files(
    tmp_path: Path, make_session, database_url: str | None
) -> None:
    from logger_app.records import ClientDetails

    with Logbook.open(tmp_path / "plain", create=True) as book:
        sign_in(book)
        client = book.add_client(ClientDetails("Ann", "Smith"))
        path = phone_jpeg(tmp_path / "in.jpg")
        session = book.record_session(make_session(client.id), now=NOW, enforce_safety=False)
        [result] = book.import_photos(session.id, [path], BEFORE_FRONT)
        photo = book.photo(result.photo_id)
        stored = photo_path(book.data_dir, photo.sha256).read_bytes()
        assert stored.startswith(b"\xff\xd8\xff") and book.photo_bytes(photo) == stored
        thumbnails = list(files_under(book.data_dir / "thumbnails"))
        assert thumbnails and all(p.read_bytes()[:3] == b"\xff\xd8\xff" for p in thumbnails)


@pytest.mark.parametrize("home", ["file"])
def test_a_large_photo_is_encrypted_and_read_in_parts(
    tmp_path: Path, database_url: str | None
) -> None:
    import tracemalloc

    size = 20 * 1024 * 1024
    big = tmp_path / "big.jpg"
    with big.open("wb") as out:
        for _ in range(20):
            out.write(os.urandom(1024 * 1024))
    content = FolderContent(tmp_path / "data", new_data_key())
    tracemalloc.start()
    try:
        stored = content.put_file(big)
        _, peak_in = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        digest = hashlib.sha256()
        with content.open(stored.sha256) as stream:
            while part := stream.read(1 << 20):
                digest.update(part)
        _, peak_out = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert digest.hexdigest() == stored.sha256 and stored.byte_size == size
    assert not photo_path(content.data_dir, stored.sha256).read_bytes().startswith(b"\xff\xd8")
    assert peak_in < size / 5 and peak_out < size / 5, (peak_in, peak_out)


@pytest.mark.parametrize("home", ["file"])
def test_a_file_is_encrypted_by_the_encrypt_command_not_from_here(
    tmp_path: Path, database_url: str | None
) -> None:
    with Logbook.open(tmp_path / "data", create=True) as book:
        with pytest.raises(LogbookError, match="logger-app encrypt"):
            book.start_encryption()
        assert not book.encrypted
