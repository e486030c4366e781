"""Encrypting a plain logbook and decrypting it again: the same clients, sessions,
photos and audit log, opened with the passphrase and with the recovery key; and nothing
of the logbook readable in the encrypted folder's bytes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from logger_app.conversion import (
    ConversionError,
    decrypt_logbook,
    encrypt_logbook,
    plain_leftovers,
)
from logger_app.crypto.key_file import is_encrypted_folder
from logger_app.errors import DataFolderError, LogbookBusyError, NotAllowedError
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import unlock_folder_with_recovery

from ...encrypted import reopen as reopen_as
from ...signing import TEST_PASSPHRASE
from .support import (
    ADMIN,
    COPY_NAME,
    SECRET_NAME,
    assert_kept,
    content,
    folder_bytes,
    plain_logbook,
)

pytestmark = pytest.mark.real_creation
JPEG_START = b"\xff\xd8\xff"


def reopen(folder: Path) -> Logbook:
    return reopen_as(folder, ADMIN)


def _signed_in(folder: Path, name: str = ADMIN) -> Logbook:
    logbook = Logbook.open(folder)
    logbook.sign_in(name, TEST_PASSPHRASE)
    return logbook


def _files(state: dict[str, bytes]) -> dict[str, bytes]:
    """All but the database (the refused practitioner's sign-in is audited there)."""
    return {
        name: data
        for name, data in state.items()
        if not name.startswith("logbook.sqlite3") and name != "audit-anchor.json"
    }


@pytest.fixture
def folder(tmp_path: Path, make_session) -> Path:
    return plain_logbook(tmp_path / "data", tmp_path / "sources", make_session)


def test_encrypt_then_decrypt_keeps_the_whole_logbook(folder: Path) -> None:
    with _signed_in(folder) as logbook:
        before = content(logbook)
        assert logbook.verify_records().ok

    result = encrypt_logbook(_signed_in(folder))

    assert result.encrypted and is_encrypted_folder(folder)
    assert result.photos == 3 and result.thumbnails == 9  # three sizes each, made at import
    assert result.copies == [COPY_NAME]
    assert result.removed == ["backups/automatic"]
    assert result.without_key == ["Other Practitioner"]
    assert not plain_leftovers(folder)
    with reopen(folder) as logbook:
        assert logbook.encrypted
        assert_kept(content(logbook), before)
        assert logbook.verify_records().ok  # each photo read decrypted, as the app does
    data_key = unlock_folder_with_recovery(folder, result.recovery_text)
    with Logbook.open(folder, data_key=data_key) as logbook:
        assert_kept(content(logbook), before)

    back = decrypt_logbook(reopen(folder))

    assert not back.encrypted and not is_encrypted_folder(folder)
    assert back.photos == 3 and back.copies == [COPY_NAME]
    with _signed_in(folder) as logbook:
        assert not logbook.encrypted
        assert_kept(content(logbook), before)
        assert logbook.verify_records().ok  # photo files included: plain again


def test_nothing_readable_is_left_in_the_encrypted_folder(folder: Path) -> None:
    encrypt_logbook(_signed_in(folder))

    name = " ".join(SECRET_NAME).encode()
    for path, data in folder_bytes(folder).items():
        assert SECRET_NAME[1].encode() not in data, path
        assert name not in data, path
        assert not data.startswith(JPEG_START), path
        # JPEG markers of a stored photo or thumbnail; a SQLite file's header.
        for plain in (b"JFIF", b"Exif\x00", b"SQLite format 3"):
            assert plain not in data, (path, plain)
    assert not list(folder.parent.glob(".data-restoring-*")), "staging left behind"
    for path in folder.rglob("*"):
        assert path.stat().st_mode & 0o077 == 0, f"{path} is open to others"


def test_an_encrypted_logbook_is_not_encrypted_again(folder: Path) -> None:
    encrypt_logbook(_signed_in(folder))
    before = folder_bytes(folder)

    with pytest.raises(DataFolderError, match="encrypted already"):
        encrypt_logbook(reopen(folder))

    assert _files(folder_bytes(folder)) == _files(before)


def test_a_plain_logbook_is_not_decrypted(folder: Path) -> None:
    before = folder_bytes(folder)

    with pytest.raises(DataFolderError, match="not encrypted"):
        decrypt_logbook(_signed_in(folder))

    assert _files(folder_bytes(folder)) == _files(before)


def test_only_an_administrator_converts(folder: Path) -> None:
    before = folder_bytes(folder)

    with pytest.raises(NotAllowedError, match="not an administrator"):
        encrypt_logbook(_signed_in(folder, "Other Practitioner"))

    assert _files(folder_bytes(folder)) == _files(before)
    assert not list(folder.parent.glob(".data-restoring-*"))


def test_a_damaged_photo_stops_the_conversion(folder: Path) -> None:
    photo = next((folder / "photos").rglob("*.jpg"))
    photo.write_bytes(photo.read_bytes()[:-10])

    with pytest.raises(ConversionError, match="damaged"):
        encrypt_logbook(_signed_in(folder))

    assert not is_encrypted_folder(folder)
    assert not list(folder.parent.glob(".data-restoring-*"))
    with _signed_in(folder) as logbook:
        assert logbook.client_count() == 3


def test_a_thumbnail_stream_is_bound_to_its_photo_and_size(folder: Path) -> None:
    encrypt_logbook(_signed_in(folder))
    thumbnails = sorted((folder / "thumbnails").rglob("*.jpg"))
    written = {path: path.read_bytes() for path in thumbnails}
    thumbnail = thumbnails[0]
    data = written[thumbnail]
    assert data.startswith(b"LBE1")
    from logger_app.crypto.stream import StreamDecryptionError, decrypt_stream
    from logger_app.photos.sealed import thumbnail_identity

    with reopen(folder) as logbook:
        key = logbook.data_key
        # The window reads each converted thumbnail as it is: none is made again.
        for photo in logbook.photos_of_client(1):
            for size in {int(path.parent.parent.name) for path in thumbnails}:
                assert logbook.thumbnail_bytes(photo, size).startswith(JPEG_START)
    assert {path: path.read_bytes() for path in thumbnails} == written
    assert key is not None
    size = int(thumbnail.parent.parent.name)
    out = io.BytesIO()
    decrypt_stream(key, io.BytesIO(data), out, thumbnail_identity(thumbnail.stem, size))
    assert out.getvalue().startswith(JPEG_START)
    with pytest.raises(StreamDecryptionError):  # not as another size's, nor as a photo
        decrypt_stream(key, io.BytesIO(data), io.BytesIO(), thumbnail.stem.encode("ascii"))


def test_a_logbook_open_elsewhere_is_not_converted(folder: Path) -> None:
    with Logbook.open(folder) as window:  # the app, say
        window.client_count()
        with pytest.raises(LogbookBusyError, match="close it"):
            encrypt_logbook(_signed_in(folder))
        assert not is_encrypted_folder(folder)
        assert window.client_count() == 3
    assert not list(folder.parent.glob(".data-restoring-*"))
