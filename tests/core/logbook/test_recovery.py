"""A forgotten passphrase on an encrypted logbook: the recovery sheet opens it, and its
practitioner chooses a new passphrase (a new key pair, as at a reset)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from logger_app.crypto.data_key import RecoveryKeyFormatError
from logger_app.errors import NotAllowedError, WrongDataKeyError, WrongPassphraseError
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import open_with_recovery, profiles_in_key_file, unlock_folder
from logger_app.records import ClientDetails
from logger_app.verification import SealStatus

from ...encrypted import ADMIN, new_encrypted, reopen
from ...signing import TEST_PASSPHRASE

NEW = "a brand new passphrase"


@pytest.fixture
def forgotten(data_dir: Path, make_session) -> tuple[Path, str, int]:
    """An encrypted logbook with a session its administrator signed: the folder, the
    recovery sheet's text, the session's id."""
    logbook, keys = new_encrypted(data_dir)
    with logbook:
        client = logbook.add_client(ClientDetails("Ann", "Smith"))
        draft = logbook.record_session(
            make_session(client.id, practitioner_name=ADMIN), enforce_safety=False
        )
        logbook.sign_session(draft.id)
    return data_dir, keys.recovery_text, draft.id


def test_the_recovery_sheet_opens_the_logbook_for_a_new_passphrase(forgotten) -> None:
    folder, sheet, session_id = forgotten
    with open_with_recovery(folder, sheet.lower().replace("-", " ")) as logbook:
        assert logbook.opened_by_recovery and logbook.signed_in is None
        admin = logbook.recover_passphrase(ADMIN, NEW)
        assert logbook.signed_in == admin and not logbook.opened_by_recovery
        old, new = logbook.practitioner_keys(admin.id)
        assert old.valid_until is not None and new.valid_until is None
        assert new.reason == "reset" and new.public_key != old.public_key
        assert logbook.session_seal(session_id).status is SealStatus.VERIFIED
        entry = next(e for e in logbook.audit_entries(limit=5) if e.action == "key")
        assert entry.actor == ADMIN and "reset with the recovery sheet" in entry.summary
        assert entry.details["by"] == "recovery sheet"
        assert logbook.verify_records().ok
        with pytest.raises(NotAllowedError):  # once per opening with the sheet
            logbook.recover_passphrase(ADMIN, "yet another passphrase")
    assert profiles_in_key_file(folder) == [(admin.id, ADMIN)]
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, ADMIN, TEST_PASSPHRASE)  # the forgotten one opens nothing
    with reopen(folder, ADMIN, NEW) as again:
        assert again.signed_in.name == ADMIN


def test_only_a_logbook_opened_with_the_sheet_replaces_a_passphrase(forgotten) -> None:
    folder, _sheet, _session = forgotten
    with reopen(folder) as logbook:
        assert not logbook.opened_by_recovery
        with pytest.raises(NotAllowedError, match="recovery sheet"):
            logbook.recover_passphrase(ADMIN, NEW)
    with pytest.raises(WrongPassphraseError):
        unlock_folder(folder, ADMIN, NEW)


def test_a_mistyped_or_another_logbooks_sheet_opens_nothing(forgotten, tmp_path) -> None:
    folder, sheet, _session = forgotten
    with pytest.raises(RecoveryKeyFormatError):
        open_with_recovery(folder, sheet[:-3])
    other, other_keys = new_encrypted(tmp_path / "other")
    other.close()
    with pytest.raises(WrongDataKeyError, match="not the one of this logbook"):
        open_with_recovery(folder, other_keys.recovery_text)


def test_a_plain_logbook_has_no_recovery(data_dir: Path) -> None:
    with Logbook.open(data_dir, create=True) as logbook, pytest.raises(NotAllowedError):
        logbook.recover_passphrase(ADMIN, NEW)


# Recovers ADMIN's passphrase in a new process that dies (os._exit) right after the
# key file takes the new wrapping (step 1) or after the database takes the new key (2).
CRASHING_RECOVERY = """
import os, sys
from pathlib import Path
import logger_app.identity.keys as keys
from logger_app.logbook.identity import Identity
from logger_app.logbook.keyring import Keyring
from logger_app.logbook.unlocking import open_with_recovery
from tests.signing import QUICK_KDF

keys.KDF_SETTINGS = QUICK_KDF
folder, sheet, step = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
new_seal = Keyring.new_seal
def dying_seal(self, *args):
    new_seal(self, *args)
    if step == 1:
        os._exit(3)
Keyring.new_seal = dying_seal
def dying_settle(self):
    if step == 2:
        os._exit(3)
Keyring.settle = dying_settle
open_with_recovery(folder, sheet).recover_passphrase("%s", "%s")
"""


@pytest.mark.parametrize("step", [1, 2])
def test_a_recovery_cut_short_leaves_a_passphrase_that_opens(forgotten, step: int) -> None:
    folder, sheet, session_id = forgotten
    script = CRASHING_RECOVERY % (ADMIN, NEW)
    root = Path(__file__).resolve().parents[3]
    died = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(folder), sheet, str(step)],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert died.returncode == 3, died.stderr
    # Before the database took it: the old passphrase still opens, and the sheet again.
    # After: the new one opens (the old wrapping goes at the next sign-in).
    now, gone = (TEST_PASSPHRASE, NEW) if step == 1 else (NEW, TEST_PASSPHRASE)
    with reopen(folder, ADMIN, now) as logbook:
        assert logbook.session_seal(session_id).status is SealStatus.VERIFIED
        assert logbook.verify_records().ok
    with pytest.raises(WrongPassphraseError):
        reopen(folder, ADMIN, gone)
    with open_with_recovery(folder, sheet) as again:
        again.recover_passphrase(ADMIN, "the third passphrase")
    reopen(folder, ADMIN, "the third passphrase").close()
