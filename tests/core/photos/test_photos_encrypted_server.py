"""A clinic-server logbook given its data key: new photo blobs encrypted, older plain
ones still read, and the key known only to who signs in with a profile holding it."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.errors import (
    LogbookError,
    LogbookLockedError,
    NotAllowedError,
    PassphraseNeededError,
)
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS, Identity
from logger_app.records import ImportStatus, Photo, PhotoDetails, PhotoFileStatus
from logger_app.vocabulary import PhotoAngle, PhotoKind

from ...encrypted import ADMIN
from ...server_home import server_database
from ...signing import TEST_PASSPHRASE, sign_in
from ..photo_files import phone_jpeg, picture, save

pytestmark = pytest.mark.server_only

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
BEFORE_FRONT = PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)


@pytest.fixture
def database_url() -> Iterator[str]:
    with server_database() as url:
        yield url


@pytest.fixture
def admin(logbook: Logbook):
    return sign_in(logbook, ADMIN)  # the first profile administers the logbook


def import_one(logbook: Logbook, session_id: int, path: Path) -> Photo:
    [result] = logbook.import_photos(session_id, [path], BEFORE_FRONT)
    assert result.status is ImportStatus.IMPORTED, result.reason
    return logbook.photo(result.photo_id)


def first_part(logbook: Logbook, sha256: str) -> bytes:
    row = logbook._db.execute(
        "SELECT data FROM photo_blobs WHERE sha256 = ? AND part = 0", [sha256]
    ).fetchone()
    return bytes(row[0])


def test_blobs_stored_after_start_are_encrypted_and_older_plain_ones_still_read(
    logbook: Logbook, admin, client, make_session, tmp_path: Path
) -> None:
    session = logbook.record_session(make_session(client.id), now=NOW)
    older = import_one(logbook, session.id, phone_jpeg(tmp_path / "older.jpg"))
    assert first_part(logbook, older.sha256).startswith(b"\xff\xd8\xff")
    entries = logbook.audit_count()

    keys = logbook.start_encryption()
    assert logbook.encrypted and logbook.data_key == keys.data_key
    assert keys.recovery_text and logbook.key_holders() == [(admin.id, ADMIN)]
    assert logbook.audit_count() == entries + 1
    newer = import_one(logbook, session.id, save(picture(seed=3), tmp_path / "n.jpg", "JPEG"))
    assert first_part(logbook, newer.sha256).startswith(b"LBE1")
    for photo in (older, newer):
        assert hashlib.sha256(logbook.photo_bytes(photo)).hexdigest() == photo.sha256
        assert logbook.photo_status(photo) is PhotoFileStatus.OK
    assert logbook.check_photos().missing == ()
    with pytest.raises(LogbookError, match="has its data key already"):
        logbook.start_encryption()


def test_another_workstation_reads_encrypted_photos_once_a_holder_signs_in(
    logbook: Logbook, admin, client, make_session, tmp_path: Path, database_url: str
) -> None:
    session = logbook.record_session(make_session(client.id), now=NOW)
    logbook.start_encryption()
    photo = import_one(logbook, session.id, phone_jpeg(tmp_path / "in.jpg"))
    with Logbook.open(tmp_path / "other-room", database_url=database_url) as other:
        assert not other.encrypted
        with pytest.raises(LogbookLockedError):
            other.photo_status(photo)
        with pytest.raises(LogbookLockedError):  # never stored in plain meanwhile
            other.import_photos(session.id, [phone_jpeg(tmp_path / "b.jpg")], BEFORE_FRONT)
        other.sign_in(ADMIN, TEST_PASSPHRASE)
        assert other.encrypted
        assert hashlib.sha256(other.photo_bytes(photo)).hexdigest() == photo.sha256
        assert other.thumbnail_bytes(photo).startswith(b"\xff\xd8\xff")


def test_only_an_administrator_with_a_fresh_passphrase_starts_it(
    logbook: Logbook, admin, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_in(logbook, "Lee Staff")
    with pytest.raises(NotAllowedError):
        logbook.start_encryption()
    sign_in(logbook, ADMIN)
    later = Identity.clock() + SIGNING_WINDOW_SECONDS + 1
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: later))
    with pytest.raises(PassphraseNeededError):
        logbook.start_encryption()
    assert not logbook.encrypted and logbook.key_holders() == []


def test_a_logbook_without_a_profile_yet_gets_the_recovery_wrapping_alone(
    logbook: Logbook,
) -> None:
    keys = logbook.start_encryption()
    assert logbook.data_key == keys.data_key and logbook.key_holders() == []
    sign_in(logbook, ADMIN)  # the first profile's passphrase: their wrapping
    assert [name for _, name in logbook.key_holders()] == [ADMIN]


def test_a_backup_of_the_server_is_encrypted_with_its_key_and_opens_as_a_file(
    logbook: Logbook, admin, client, make_session, tmp_path: Path, database_url: str
) -> None:
    import zipfile

    from logger_app.backup import restore_backup
    from logger_app.backup.manifest import BackupLockedError
    from logger_app.transfer import backup_server

    from ...encrypted import reopen

    session = logbook.record_session(make_session(client.id), now=NOW)
    older = import_one(logbook, session.id, phone_jpeg(tmp_path / "older.jpg"))  # plain blob
    keys = logbook.start_encryption()
    newer = import_one(logbook, session.id, save(picture(seed=5), tmp_path / "n.jpg", "JPEG"))
    workstation = tmp_path / "workstation"

    with pytest.raises(BackupLockedError, match="sign in"):
        backup_server(database_url, tmp_path / "refused.zip", workstation=workstation)
    assert not (tmp_path / "refused.zip").exists()

    archive = tmp_path / "server.zip"
    backup_server(database_url, archive, workstation=workstation, data_key=keys.data_key)
    with zipfile.ZipFile(archive) as opened:
        members = {info.filename: opened.read(info) for info in opened.infolist()}
    assert "logbook.keys" in members
    for name, data in members.items():
        for marker in (b"JFIF\x00", b"Exif\x00\x00", b"SQLite format 3", b"\xff\xd8\xff\xe0"):
            assert marker not in data, (name, marker)
    # Restored as a file, it opens with the same passphrase; both photos read back.
    restored = restore_backup(archive, tmp_path / "restored", data_key=keys.data_key)
    with reopen(restored.data_dir) as copy:
        assert copy.encrypted and copy.data_key == keys.data_key
        for photo in (older, newer):
            assert hashlib.sha256(copy.photo_bytes(photo)).hexdigest() == photo.sha256


def test_encrypt_on_the_server_gives_its_photos_the_key_and_seals_older_ones(
    logbook: Logbook,
    admin,
    client,
    make_session,
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from logger_app import cli
    from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV

    session = logbook.record_session(make_session(client.id), now=NOW)
    photos = [
        import_one(logbook, session.id, save(picture(seed=seed), tmp_path / f"{seed}.jpg", "JPEG"))
        for seed in (7, 8)
    ]
    assert all(first_part(logbook, p.sha256).startswith(b"\xff\xd8\xff") for p in photos)
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    arguments = ["encrypt", "--database-url", database_url, "--data-dir", str(tmp_path / "ws")]

    assert cli.main(arguments) == 0
    out = capsys.readouterr().out
    assert "2 photo files stored before were encrypted" in out and "RECOVERY KEY" in out
    assert all(first_part(logbook, p.sha256).startswith(b"LBE1") for p in photos)
    assert logbook.key_holders() == [(admin.id, ADMIN)]
    with Logbook.open(tmp_path / "ws2", database_url=database_url) as other:
        other.sign_in(ADMIN, TEST_PASSPHRASE)  # the key comes with the sign-in
        for photo in photos:
            assert hashlib.sha256(other.photo_bytes(photo)).hexdigest() == photo.sha256
        assert other.verify_records().ok
    assert cli.main(arguments) == 2  # encrypted already
    assert "encrypted already" in capsys.readouterr().err


def test_copies_cached_plain_on_a_workstation_are_encrypted_once_the_key_exists(
    logbook: Logbook, admin, client, make_session, tmp_path: Path, database_url: str
) -> None:
    from logger_app.crypto.stream import is_encrypted

    session = logbook.record_session(make_session(client.id), now=NOW)
    photo = import_one(logbook, session.id, save(picture(seed=9), tmp_path / "p.jpg", "JPEG"))
    workstation = tmp_path / "room-2"
    with Logbook.open(workstation, database_url=database_url) as room:
        room.sign_in(ADMIN, TEST_PASSPHRASE)
        room.photo_bytes(photo)  # cached here, plain: the logbook had no key yet
        room.thumbnail_bytes(photo, 256)
    cached = [path for path in workstation.rglob("*.jpg") if path.is_file()]
    assert len(cached) == 2 and not any(is_encrypted(p.read_bytes()[:4]) for p in cached)

    logbook.start_encryption()
    logbook.encrypt_older_photos()
    with Logbook.open(workstation, database_url=database_url) as room:
        room.sign_in(ADMIN, TEST_PASSPHRASE)
        assert hashlib.sha256(room.photo_bytes(photo)).hexdigest() == photo.sha256
        assert room.thumbnail_bytes(photo, 256).startswith(b"\xff\xd8\xff")
    cached = [path for path in workstation.rglob("*.jpg") if path.is_file()]
    assert len(cached) == 2 and all(is_encrypted(p.read_bytes()[:4]) for p in cached)


def test_moving_a_server_logbook_with_encrypted_photos_to_a_file_keeps_it_encrypted(
    logbook: Logbook, admin, client, make_session, tmp_path: Path, database_url: str
) -> None:
    from logger_app.errors import WrongPassphraseError
    from logger_app.transfer import TransferError, move_to_file

    from ...encrypted import reopen

    session = logbook.record_session(make_session(client.id), now=NOW)
    photo = import_one(logbook, session.id, save(picture(seed=11), tmp_path / "p.jpg", "JPEG"))
    keys = logbook.start_encryption()
    logbook.encrypt_older_photos()
    folder = tmp_path / "moved"

    with pytest.raises(TransferError, match="passphrase"):
        move_to_file(database_url, folder, actor=ADMIN)
    with pytest.raises(WrongPassphraseError):
        move_to_file(database_url, folder, actor=ADMIN, passphrase="not the passphrase")
    assert not folder.exists() or not any(folder.iterdir())

    move_to_file(database_url, folder, actor=ADMIN, passphrase=TEST_PASSPHRASE)
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for marker in (b"JFIF\x00", b"Exif\x00\x00", b"SQLite format 3"):
                assert marker not in data, (path, marker)
    with reopen(folder) as moved:
        assert moved.encrypted and moved.data_key == keys.data_key
        assert hashlib.sha256(moved.photo_bytes(photo)).hexdigest() == photo.sha256
        assert moved.verify_records().ok
