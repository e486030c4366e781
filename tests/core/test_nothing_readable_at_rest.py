"""A stolen laptop gives away nothing: a client recorded with a photo, a screening and a
drawn consent, a backup, an automatic backup and the copy kept before an upgrade; then
every byte of the data folder is read (the database with its -wal and -shm while it is
open, photos, thumbnails, backups and copies, every member of the archives unpacked):
neither the client's name nor anything of a JPEG, a PNG or a SQLite file shows."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils
from PIL import Image

import logger_app.store.database as database_module
from logger_app.backup import make_backup
from logger_app.backup.automatic import auto_backup_if_due, automatic_backups
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, ConsentDetails, PhotoDetails, ScreeningDetails
from logger_app.store.database import PRE_MIGRATION_FOLDER
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ..encrypted import new_encrypted, reopen
from .photo_files import picture, save
from .schema_steps import app_steps

FIRST, LAST = "Zephyrine", "Quackenbush"
TODAY = date(2025, 5, 1)
# What must show nowhere: the name (as typed, in capitals, and as UTF-16, as a page of
# an index or a WAL frame could hold it), a JPEG's header and its JFIF / Exif markers
# (not the three bytes of its start alone: random ciphertext holds those once in a few
# megabytes), a PNG's signature (the drawn consent), SQLite's header.
FORBIDDEN = {
    "the first name": FIRST.encode(),
    "the last name": LAST.encode(),
    "the last name in capitals": LAST.upper().encode(),
    "the last name as UTF-16": LAST.encode("utf-16-le"),
    "a JPEG header": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "a JFIF marker": b"JFIF\x00",
    "an Exif marker": b"Exif\x00\x00",
    "a PNG signature": b"\x89PNG\r\n\x1a\n",
    "a SQLite header": b"SQLite format 3",
}


def _drawn_signature() -> bytes:
    out = io.BytesIO()
    Image.new("L", (120, 40), 255).save(out, "PNG")
    return out.getvalue()


def _with_one_more_schema_step() -> sqlite_utils.Migrations:
    """The app's steps and one more: opening then upgrades, keeping a copy first."""
    steps = app_steps()

    @steps()
    def add_a_table(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE newer_version_notes (id INTEGER PRIMARY KEY) STRICT")

    return steps


def _contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, and every member of every archive, by name."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        name = str(path.relative_to(folder))
        found[name] = data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.infolist():
                    found[f"{name}:{member.filename}"] = archive.read(member)
    return found


def _readable(contents: dict[str, bytes]) -> list[str]:
    return [
        f"{what} in {name}"
        for name, data in contents.items()
        for what, pattern in FORBIDDEN.items()
        if pattern in data
    ]


@pytest.mark.real_creation
def test_nothing_of_a_client_is_readable_anywhere_in_the_data_folder(
    tmp_path: Path, make_session, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "logbook"
    photo = save(picture(1600, 1200), tmp_path / "camera" / "before.jpg", "JPEG", quality=90)
    logbook, keys = new_encrypted(folder)
    with logbook:
        client = logbook.add_client(
            ClientDetails(FIRST, LAST, phone="+44 20 7946 0321", allergies="lidocaine"),
            today=TODAY,
        )
        logbook.add_screening(ScreeningDetails(client.id, TODAY), today=TODAY)
        logbook.add_consent(
            ConsentDetails(
                client.id,
                "1",
                TODAY,
                signature_png=_drawn_signature(),
                typed_name=f"{FIRST} {LAST}",
            ),
            today=TODAY,
        )
        session = logbook.record_session(
            make_session(client.id, notes=f"{LAST} tolerated it"), enforce_safety=False
        )
        [imported] = logbook.import_photos(
            session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
        )
        assert imported.photo_id is not None
        stored = logbook.photo(imported.photo_id)
        logbook.thumbnail_bytes(stored, 256)  # a thumbnail cached on disk
        make_backup(folder, folder / "backups" / "manual" / "today.zip", data_key=keys.data_key)
        assert auto_backup_if_due(folder, data_key=keys.data_key) is not None
    # A newer version's upgrade: the copy kept first is in the folder too.
    monkeypatch.setattr(database_module, "migrations", _with_one_more_schema_step())
    with reopen(folder) as logbook:
        logbook.add_client(ClientDetails(FIRST, f"{LAST}-Smith"), today=TODAY)
        # While it is open, with its write-ahead log and shared index beside it.
        contents = _contents(folder)
        assert {"logbook.sqlite3-wal", "logbook.sqlite3-shm"} <= contents.keys()
        assert logbook.photo_bytes(stored).startswith(b"\xff\xd8\xff")  # read, decrypted

    names = contents.keys()
    assert any(name.startswith("photos/") for name in names)
    assert any(name.startswith("thumbnails/") for name in names)
    assert len(automatic_backups(folder)) == 1
    assert any(name.startswith(str(PRE_MIGRATION_FOLDER)) for name in names)
    assert sum(":" in name for name in names) >= 2 * 3  # two archives, unpacked
    assert _readable(contents) == []
    assert _readable(_contents(folder)) == []  # and once it is closed

    # The check can fail: the same scan finds all of it in a plain logbook's folder.
    plain = tmp_path / "plain"
    with Logbook.open(plain, create=True) as logbook:
        client = logbook.add_client(ClientDetails(FIRST, LAST), today=TODAY)
        logbook.add_consent(
            ConsentDetails(client.id, "1", TODAY, signature_png=_drawn_signature()), today=TODAY
        )
        session = logbook.record_session(make_session(client.id), enforce_safety=False)
        logbook.import_photos(session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))
    found = {finding.split(" in ")[0] for finding in _readable(_contents(plain))}
    assert found >= {"the last name", "a JPEG header", "a PNG signature", "a SQLite header"}
