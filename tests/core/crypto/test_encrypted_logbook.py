"""An encrypted logbook's keys: who opens it, passphrase changes and resets that rewrap
the data key (never re-encrypting), the recovery key, and crashes between the key file
and the database."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.crypto.data_key import RecoveryKeyFormatError
from logger_app.crypto.key_file import KEY_FILENAME, read_key_file
from logger_app.errors import (
    LogbookLockedError,
    MustChangePassphraseError,
    NotAllowedError,
    NotFoundError,
    WrongDataKeyError,
    WrongPassphraseError,
)
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import (
    open_signed_in,
    profiles_in_key_file,
    unlock_folder,
    unlock_folder_with_recovery,
)
from logger_app.records import ClientDetails, PractitionerDetails

from ...encrypted import ADMIN, new_encrypted, reopen
from ...signing import TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]
NEW_PASSPHRASE = "a new passphrase for tests"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "logbook"


def test_a_new_encrypted_logbook_opens_only_with_a_holder_s_passphrase(folder: Path) -> None:
    logbook, keys = new_encrypted(folder)
    assert logbook.encrypted and logbook.data_key == keys.data_key
    logbook.add_client(ClientDetails("Zephyrine", "Quackenbush"))
    logbook.close()

    key_file = folder / KEY_FILENAME
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert keys.data_key.hex() not in key_file.read_text()
    assert profiles_in_key_file(folder) == [(1, ADMIN)]
    with pytest.raises(LogbookLockedError, match="encrypted"):
        Logbook.open(folder)
    with pytest.raises(WrongDataKeyError):
        Logbook.open(folder, data_key=bytes(32))
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, ADMIN, "not the passphrase at all")
    with pytest.raises(NotFoundError, match="no key"):
        unlock_folder(folder, "Somebody Else", TEST_PASSPHRASE)
    # The standard library's SQLite sees no database in it.
    plain = sqlite3.connect(folder / "logbook.sqlite3")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    plain.close()

    with reopen(folder) as again:
        assert again.signed_in is not None and again.signed_in.name == ADMIN
        assert [c.last_name for c in again.list_clients()] == ["Quackenbush"]


def test_errors_of_an_encrypted_file_are_the_standard_library_s(folder: Path) -> None:
    logbook, _ = new_encrypted(folder)
    with logbook, pytest.raises(sqlite3.IntegrityError):
        logbook._db.execute("INSERT INTO clients (id) VALUES (NULL)")


def test_a_passphrase_change_rewraps_the_same_data_key(folder: Path) -> None:
    logbook, keys = new_encrypted(folder)
    logbook.change_passphrase(ADMIN, TEST_PASSPHRASE, NEW_PASSPHRASE)
    logbook.close()
    # One wrapping per holder: the old passphrase's is gone.
    assert [h.holder for h in read_key_file(folder).holders] == ["recovery", "practitioner:1"]
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, ADMIN, TEST_PASSPHRASE)
    assert unlock_folder(folder, ADMIN, NEW_PASSPHRASE).data_key == keys.data_key
    reopen(folder, passphrase=NEW_PASSPHRASE).close()


def test_a_reset_passphrase_no_longer_opens_and_the_temporary_one_must_change(
    folder: Path,
) -> None:
    logbook, _ = new_encrypted(folder)
    dana = logbook.add_practitioner(PractitionerDetails("Dana Doe"), "dana's first one")
    logbook.reset_passphrase(dana.id, "temporary passphrase")
    logbook.close()
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, "Dana Doe", "dana's first one")
    with pytest.raises(MustChangePassphraseError):
        open_signed_in(folder, "Dana Doe", "temporary passphrase")
    unlocked = unlock_folder(folder, "Dana Doe", "temporary passphrase")
    with Logbook.open(folder, data_key=unlocked.data_key) as logbook:
        logbook.change_passphrase("Dana Doe", "temporary passphrase", "dana's own now")
    reopen(folder, "Dana Doe", "dana's own now").close()


def test_a_profile_without_a_key_gets_one_signing_in_at_the_open_logbook(folder: Path) -> None:
    logbook, _ = new_encrypted(folder)
    logbook.add_practitioner(PractitionerDetails("Eve Unkeyed"))  # no passphrase yet
    assert profiles_in_key_file(folder) == [(1, ADMIN)]
    logbook.set_first_passphrase("Eve Unkeyed", "eve's passphrase")  # a handover
    logbook.close()
    assert [name for _, name in profiles_in_key_file(folder)] == ["Eve Unkeyed", ADMIN]
    reopen(folder, "Eve Unkeyed", "eve's passphrase").close()


def test_a_renamed_profile_is_listed_by_its_new_name(folder: Path) -> None:
    logbook, _ = new_encrypted(folder)
    logbook.update_practitioner(1, PractitionerDetails("Ada Renamed"))
    logbook.close()
    reopen(folder, "Ada Renamed").close()
    assert profiles_in_key_file(folder) == [(1, "Ada Renamed")]


def test_the_recovery_key_opens_the_logbook_as_typed_by_a_person(folder: Path) -> None:
    logbook, keys = new_encrypted(folder)
    logbook.close()
    typed = keys.recovery_text.lower().replace("-", " ").replace("0", "o")
    assert unlock_folder_with_recovery(folder, typed) == keys.data_key
    groups = keys.recovery_text.split("-")
    groups[3] = groups[3][::-1] if groups[3] != groups[3][::-1] else "ZZZZ"
    with pytest.raises(RecoveryKeyFormatError, match="typing mistake"):
        unlock_folder_with_recovery(folder, "-".join(groups))
    other, other_keys = new_encrypted(folder.parent / "other")
    other.close()
    with pytest.raises(WrongDataKeyError, match="not the one"):
        unlock_folder_with_recovery(folder, other_keys.recovery_text)


CHILD = """
import os, sys
from pathlib import Path
from tests.conftest import QUICK_KDF
from logger_app.identity import keys
keys.KDF_SETTINGS = QUICK_KDF
from logger_app.logbook import keyring
from logger_app.logbook.unlocking import open_signed_in

folder, where = Path(sys.argv[1]), sys.argv[2]
original = getattr(keyring.Keyring, where)

def crashing(self, *args):
    if where == "new_seal":
        original(self, *args)  # the new wrapping written, the database not yet changed
    os._exit(3)  # settle: the database changed, the old wrapping still there

logbook = open_signed_in(folder, "Test Administrator", sys.argv[3])
setattr(keyring.Keyring, where, crashing)
logbook.change_passphrase("Test Administrator", sys.argv[3], sys.argv[4])
"""


@pytest.mark.parametrize(
    ("where", "kept"), [("new_seal", TEST_PASSPHRASE), ("settle", NEW_PASSPHRASE)]
)
def test_a_crash_between_the_key_file_and_the_database_keeps_a_passphrase_that_opens(
    folder: Path, where: str, kept: str
) -> None:
    logbook, keys = new_encrypted(folder)
    logbook.close()
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), where, TEST_PASSPHRASE, NEW_PASSPHRASE],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 3, child.stderr
    holders = json.loads((folder / KEY_FILENAME).read_text())["holders"]
    assert len(holders) == 3  # both of the practitioner's wrappings, and the recovery's
    with reopen(folder, passphrase=kept) as logbook:
        assert logbook.data_key == keys.data_key
    # Signing in settled it: the passphrase that no longer signs in opens nothing.
    assert len(read_key_file(folder).holders) == 2
    gone = NEW_PASSPHRASE if kept == TEST_PASSPHRASE else TEST_PASSPHRASE
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, ADMIN, gone)


def test_a_new_recovery_sheet_replaces_the_old_one(folder: Path) -> None:
    logbook, keys = new_encrypted(folder)
    dana = logbook.add_practitioner(PractitionerDetails("Dana Doe"), "dana's first one")
    entries = logbook.audit_count()
    new_text = logbook.new_recovery_key()
    assert logbook.audit_count() == entries + 1
    assert logbook.audit_entries(limit=1)[0].summary.startswith("A new recovery sheet")
    logbook.sign_out()
    with pytest.raises(NotAllowedError):
        logbook.new_recovery_key()
    with pytest.raises(MustChangePassphraseError):  # a temporary one, set by the admin
        logbook.sign_in("Dana Doe", "dana's first one")
    logbook.change_passphrase("Dana Doe", "dana's first one", "dana's own passphrase")
    with pytest.raises(NotAllowedError):  # signed in, not an administrator
        logbook.new_recovery_key()
    logbook.close()
    assert dana.id in dict(profiles_in_key_file(folder))  # the holders stay
    with pytest.raises(WrongDataKeyError):
        unlock_folder_with_recovery(folder, keys.recovery_text)
    assert unlock_folder_with_recovery(folder, new_text) == keys.data_key
