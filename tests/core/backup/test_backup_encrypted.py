"""Backups of an encrypted logbook: as safe as the logbook (nothing plain in any byte),
read only with its key, restored with its key file, opening afterwards as before."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest

from logger_app.backup import (
    BackupError,
    BackupLockedError,
    auto_backup_if_due,
    automatic_backups,
    make_backup,
    prepare_restore,
    restore_backup,
    verify_backup,
)
from logger_app.backup.keys import (
    profiles_in_backup,
    unlock_backup,
    unlock_backup_with_recovery,
)
from logger_app.crypto.data_key import new_data_key, new_recovery_key, recovery_text
from logger_app.crypto.key_file import KEY_FILENAME
from logger_app.crypto.stream import decrypt_stream
from logger_app.errors import WrongDataKeyError, WrongPassphraseError
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import unlock_folder_with_recovery
from logger_app.store import DATABASE_FILENAME

from ...encrypted import ADMIN, reopen
from ...signing import TEST_PASSPHRASE
from ..backup_support import NOW
from .encrypted_support import (
    SECRET_NAME,
    build_encrypted,
    member_bytes,
    plain_traces,
)


def _clients(book: Logbook) -> list[str]:
    return sorted(book.client(ident).full_name for ident in book.client_ids())


def _plain_photos(data_dir: Path, data_key: bytes) -> dict[str, str]:
    """Each photo file's name → the hash of its decrypted content."""
    found = {}
    for path in sorted((data_dir / "photos").rglob("*.jpg")):
        out = io.BytesIO()
        with path.open("rb") as source:
            decrypt_stream(data_key, source, out, path.stem.encode("ascii"))
        found[path.stem] = hashlib.sha256(out.getvalue()).hexdigest()
    return found


@pytest.fixture
def encrypted(tmp_path: Path, make_session):
    """(data folder, keys, clients) of an encrypted logbook, closed."""
    folder = tmp_path / "logbook"
    book, keys = build_encrypted(folder, tmp_path / "sources", make_session)
    with book:
        clients = _clients(book)
    return folder, keys, clients


def test_a_backup_of_an_encrypted_logbook_holds_nothing_in_plain(encrypted, tmp_path: Path):
    folder, keys, _ = encrypted
    info = make_backup(folder, tmp_path / "out" / "b.zip", now=NOW, data_key=keys.data_key)
    assert info.encrypted and info.photo_files == 2
    members = member_bytes(info.path)
    assert set(members) == {
        DATABASE_FILENAME,
        KEY_FILENAME,
        "MANIFEST.json",
        *(f"photos/{sha[:2]}/{sha}.jpg" for sha in _plain_photos(folder, keys.data_key)),
    }
    assert plain_traces(info.path) == []
    assert members[KEY_FILENAME] == (folder / KEY_FILENAME).read_bytes()
    manifest = json.loads(members["MANIFEST.json"])
    assert manifest["format_version"] == 2
    assert manifest["encryption"]["database"] == "sqlcipher"
    assert manifest["encryption"]["sqlcipher_version"].startswith("4.")
    for entry in manifest["files"]:
        if entry["path"].startswith("photos/"):  # named and listed by the plain content
            assert entry["path"].endswith(f"/{entry['sha256']}.jpg")
            stored = hashlib.sha256(members[entry["path"]]).hexdigest()
            assert entry["stored_sha256"] == stored != entry["sha256"]
    # Byte for byte as on disk: the photo files are copied, never decrypted.
    for sha in _plain_photos(folder, keys.data_key):
        on_disk = (folder / "photos" / sha[:2] / f"{sha}.jpg").read_bytes()
        assert members[f"photos/{sha[:2]}/{sha}.jpg"] == on_disk
    # Nothing was left beside the archive (no snapshot, no part).
    assert sorted(p.name for p in info.path.parent.iterdir()) == ["b.zip"]


def test_it_is_read_only_with_its_key(encrypted, tmp_path: Path):
    folder, keys, _ = encrypted
    archive = make_backup(folder, tmp_path / "b.zip", data_key=keys.data_key).path
    with pytest.raises(BackupLockedError, match=r"passphrase .* or its recovery key"):
        verify_backup(archive)
    with pytest.raises(BackupLockedError, match="does not open with this key"):
        verify_backup(archive, data_key=new_data_key())
    checked = verify_backup(archive, data_key=keys.data_key)
    assert checked.clients == 1 and checked.photo_files == 2 and checked.encrypted
    assert profiles_in_backup(archive) == [(1, ADMIN)]
    assert unlock_backup(archive, ADMIN, TEST_PASSPHRASE).data_key == keys.data_key
    with pytest.raises(WrongPassphraseError):
        unlock_backup(archive, ADMIN, "not the passphrase at all")
    assert unlock_backup_with_recovery(archive, keys.recovery_text) == keys.data_key
    with pytest.raises(WrongDataKeyError):
        unlock_backup_with_recovery(archive, recovery_text(new_recovery_key()))


def test_a_photo_that_does_not_decrypt_to_its_name_is_refused(encrypted, tmp_path: Path):
    folder, keys, _ = encrypted
    sha = next(iter(_plain_photos(folder, keys.data_key)))
    other_key = new_data_key()
    archive = make_backup(folder, tmp_path / "b.zip", data_key=keys.data_key).path
    # Made with another key: its bytes match the manifest, but not the logbook's key.
    from logger_app.crypto.stream import encrypt_stream

    from ..backup_support import edit_manifest, rewrite

    path = f"photos/{sha[:2]}/{sha}.jpg"
    plain = io.BytesIO()
    with (folder / path).open("rb") as source:
        decrypt_stream(keys.data_key, source, plain, sha.encode("ascii"))
    forged = io.BytesIO()
    encrypt_stream(other_key, io.BytesIO(plain.getvalue()), forged, sha.encode("ascii"))
    swapped = rewrite(
        archive, tmp_path / "swapped.zip", lambda n, d: forged.getvalue() if n == path else d
    )

    def fix(manifest: dict) -> None:
        for entry in manifest["files"]:
            if entry["path"] == path:
                entry["size"] = len(forged.getvalue())
                entry["stored_sha256"] = hashlib.sha256(forged.getvalue()).hexdigest()

    forged_archive = edit_manifest(swapped, tmp_path / "forged.zip", fix)
    with pytest.raises(BackupError, match="does not decrypt to its photo"):
        verify_backup(forged_archive, data_key=keys.data_key)


def test_an_encrypted_folder_is_not_backed_up_without_its_key(encrypted, tmp_path: Path):
    folder, _, _ = encrypted
    with pytest.raises(BackupLockedError, match="encrypted"):
        make_backup(folder, tmp_path / "b.zip")
    with pytest.raises(BackupLockedError):
        make_backup(folder, tmp_path / "c.zip", data_key=new_data_key())
    assert not list(tmp_path.glob("*.zip*"))


def test_round_trip_into_a_new_folder(encrypted, tmp_path: Path):
    folder, keys, clients = encrypted
    archive = make_backup(folder, tmp_path / "b.zip", data_key=keys.data_key).path
    target = tmp_path / "restored"
    with pytest.raises(BackupLockedError):
        restore_backup(archive, target)
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "b.zip",
        "logbook",
        "sources",
    ]
    result = restore_backup(archive, target, data_key=keys.data_key)
    assert result.replaced is None
    assert (target / KEY_FILENAME).read_bytes() == (folder / KEY_FILENAME).read_bytes()
    assert _plain_photos(target, keys.data_key) == _plain_photos(folder, keys.data_key)
    assert not (target / DATABASE_FILENAME).read_bytes().startswith(b"SQLite format 3")
    with reopen(target) as book:  # the passphrase opens it, as before
        assert _clients(book) == clients == [" ".join(SECRET_NAME)]
    key = unlock_folder_with_recovery(target, keys.recovery_text)  # and the recovery sheet
    with Logbook.open(target, data_key=key) as book:
        assert _clients(book) == clients


def test_restore_over_another_encrypted_logbook(encrypted, tmp_path: Path, make_session):
    folder, keys, clients = encrypted
    archive = make_backup(folder, tmp_path / "b.zip", data_key=keys.data_key).path
    current = tmp_path / "current"
    book, current_keys = build_encrypted(
        current, tmp_path / "sources-b", make_session, names=("Carl", "Current"), photos=1
    )
    book.close()
    old_keys = (current / KEY_FILENAME).read_bytes()
    with prepare_restore(archive, current, data_key=keys.data_key) as prepared:
        result = prepared.commit(current_key=current_keys.data_key)
    assert result.replaced is not None
    with reopen(current) as book:
        assert _clients(book) == clients
    # The replaced logbook is whole: its own key file beside its own database.
    assert (result.replaced / KEY_FILENAME).read_bytes() == old_keys
    with reopen(result.replaced) as book:
        assert _clients(book) == ["Carl Current"]


def test_a_restore_refuses_an_encrypted_logbook_that_is_open(encrypted, tmp_path: Path):
    folder, keys, _ = encrypted
    archive = make_backup(folder, tmp_path / "b.zip", data_key=keys.data_key).path
    before = sorted(p.name for p in folder.iterdir())
    prepared = prepare_restore(archive, folder, data_key=keys.data_key)
    with reopen(folder), prepared, pytest.raises(BackupError, match="in use"):
        prepared.commit()
    assert sorted(p.name for p in folder.iterdir()) == before


def test_an_automatic_backup_of_an_encrypted_logbook_is_encrypted(encrypted):
    folder, _, _ = encrypted
    with reopen(folder) as book:
        with pytest.raises(BackupLockedError):
            auto_backup_if_due(folder, now=NOW)
        assert automatic_backups(folder) == []
        made = auto_backup_if_due(folder, now=NOW, data_key=book.data_key)
    assert made is not None and [path for _, path in automatic_backups(folder)] == [made]
    assert plain_traces(made) == []
    assert json.loads(member_bytes(made)["MANIFEST.json"])["encryption"]
    assert verify_backup(made, data_key=book.data_key).clients == 1


def test_a_plain_logbook_backup_is_as_before(tmp_path: Path, make_session):
    from ..backup_support import build_logbook

    folder = tmp_path / "plain"
    build_logbook(folder, tmp_path / "sources", make_session, photos=1).close()
    info = make_backup(folder, tmp_path / "b.zip", data_key=new_data_key())  # key unused
    manifest = json.loads(member_bytes(info.path)["MANIFEST.json"])
    assert manifest["format_version"] == 1 and "encryption" not in manifest
    assert all("stored_sha256" not in entry for entry in manifest["files"])
    assert KEY_FILENAME not in member_bytes(info.path) and not info.encrypted
    assert verify_backup(info.path).photo_files == 1
    # The check the encrypted backups pass finds a plain one's JPEG and SQLite headers.
    found = {marker for _, marker in plain_traces(info.path)}
    assert {b"\xff\xd8\xff\xe0\x00\x10JFIF", b"SQLite format"} <= found
    shutil.rmtree(folder)
