"""Encrypted logbooks with photos for the backup tests, and what no byte of their
backups may hold."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from logger_app.crypto.stream import encrypt_stream, is_encrypted
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import NewLogbookKeys
from logger_app.photos.sealed import photo_identity
from logger_app.records import ClientDetails, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...encrypted import new_encrypted
from ...screening_data import put_on_file
from ..backup_support import NOW
from ..photo_files import picture, save

SECRET_NAME = ("Zephyrine", "Quackenbush")
# A JPEG's header (its start, JFIF and EXIF markers: longer than the three bytes of its
# start alone, which random bytes hold somewhere once in a few megabytes), the client's
# names, and SQLite's header.
FORBIDDEN = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"JFIF\x00",
    b"Exif\x00\x00",
    b"Zephyrine",
    b"Quackenbush",
    b"SQLite format",
)


def encrypt_photo_files(data_dir: Path, data_key: bytes) -> None:
    """Every plain photo file encrypted in place, as the photo store of an encrypted
    logbook keeps them (a file already encrypted is left as it is); thumbnails go."""
    for path in sorted((data_dir / "photos").rglob("*.jpg")):
        data = path.read_bytes()
        if is_encrypted(data):
            continue
        out = io.BytesIO()
        encrypt_stream(data_key, io.BytesIO(data), out, photo_identity(path.stem))
        path.write_bytes(out.getvalue())
    for path in sorted((data_dir / "thumbnails").rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()


def build_encrypted(
    data_dir: Path,
    sources: Path,
    make_session,
    names: tuple[str, str] = SECRET_NAME,
    photos: int = 2,
) -> tuple[Logbook, NewLogbookKeys]:
    """An encrypted logbook (administrator signed in) with one client, a session and
    ``photos`` photo files, encrypted; returned open."""
    book, keys = new_encrypted(data_dir)
    client = book.add_client(ClientDetails(*names, phone="555 0199"), today=NOW.date())
    put_on_file(book, client.id)
    session = book.record_session(make_session(client.id, started_at=NOW), now=NOW)
    for number in range(photos):
        file = save(picture(seed=number + 11), sources / f"photo-{number}.jpg", "JPEG")
        book.import_photos(session.id, [file], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    encrypt_photo_files(data_dir, keys.data_key)
    return book, keys


def member_bytes(zip_path: Path) -> dict[str, bytes]:
    """Every member of the archive, decompressed."""
    with zipfile.ZipFile(zip_path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def plain_traces(zip_path: Path) -> list[tuple[str, bytes]]:
    """(member, marker) for each forbidden marker found in a member's bytes."""
    return [
        (name, marker)
        for name, data in member_bytes(zip_path).items()
        for marker in FORBIDDEN
        if marker in data
    ]
