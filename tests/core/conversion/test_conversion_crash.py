"""A conversion cut short after every one of its steps (``os._exit`` in a new process):
the next open finds the old logbook or the converted one, whole, and after an
encryption that went through, nothing plain is left in the folder or beside it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from logger_app.conversion import encrypt_logbook, plain_leftovers
from logger_app.crypto.key_file import is_encrypted_folder
from logger_app.logbook import Logbook
from logger_app.store import DATABASE_FILENAME
from logger_app.store.folder_upkeep import recover_data_folder

from ...encrypted import reopen
from ...signing import TEST_PASSPHRASE
from .support import ADMIN, assert_kept, content, plain_logbook

pytestmark = pytest.mark.real_creation

# Converts the logbook in argv[1] ("encrypt" or "decrypt": argv[2]) as ADMIN and dies
# (os._exit, no clean-up of any kind) right after the step numbered argv[3]. Each step's
# name is printed first; a run that reaches the end prints "done".
CRASHING_CONVERSION = """
import os, sys
from pathlib import Path
from logger_app.conversion import decrypt_logbook, encrypt_logbook
from logger_app.logbook.unlocking import open_signed_in

folder, how, crash_after = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
count = 0

def after_step(name):
    global count
    print(name, flush=True)
    if count == crash_after:
        os._exit(1)
    count += 1

logbook = open_signed_in(folder, sys.argv[4], sys.argv[5])
(encrypt_logbook if how == "encrypt" else decrypt_logbook)(logbook, after_step=after_step)
print("done", flush=True)
"""


def _crash(folder: Path, how: str, step: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CRASHING_CONVERSION, str(folder), how, str(step), ADMIN,
         TEST_PASSPHRASE],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def _reopened(folder: Path) -> tuple[bool, dict[str, Any]]:
    """(whether encrypted, its content) after the next open completed or undid the swap."""
    recover_data_folder(folder)  # the first thing every open does
    encrypted = is_encrypted_folder(folder)
    if encrypted:
        logbook = reopen(folder, ADMIN)
    else:
        logbook = Logbook.open(folder)
        logbook.sign_in(ADMIN, TEST_PASSPHRASE)
    with logbook:
        assert logbook.encrypted == encrypted
        assert logbook.verify_records().ok
        return encrypted, content(logbook)


def _assert_nothing_plain(folder: Path) -> None:
    assert not plain_leftovers(folder)
    assert not (folder / DATABASE_FILENAME).read_bytes().startswith(b"SQLite format 3")
    assert not (folder / "backups" / "automatic").exists()
    assert not list(folder.parent.glob(f".{folder.name}-restoring-*"))


def _matrix(template: Path, tmp_path: Path, how: str) -> list[str]:
    """Crash after each step in turn; returns the steps' names."""
    _, before = _reopened(template)
    steps: list[str] = []
    for step in range(60):
        folder = tmp_path / f"{how}-{step}" / "data"
        folder.parent.mkdir()
        shutil.copytree(template, folder)
        run = _crash(folder, how, step)
        printed = run.stdout.split()
        assert run.returncode in (0, 1), run.stderr
        encrypted, after = _reopened(folder)
        assert_kept(after, before)
        converted = encrypted == (how == "encrypt")
        if run.returncode == 0:
            assert "done" in run.stdout and converted
            break
        steps.append(run.stdout.strip().splitlines()[-1])
        if steps[-1] in ("journal written", "journal removed") or "moved" in steps[-1]:
            assert converted, f"{how}: a crash after {steps[-1]!r} is finished at the next open"
        elif steps[-1] != "old logbook removed":
            assert not converted, f"{how}: a crash after {steps[-1]!r} leaves the old logbook"
        if converted and how == "encrypt":
            _assert_nothing_plain(folder)
        assert printed
    return steps


def test_a_crash_after_any_step_of_encrypt_leaves_one_whole_logbook(
    tmp_path: Path, make_session
) -> None:
    template = plain_logbook(tmp_path / "template", tmp_path / "sources", make_session)

    steps = _matrix(template, tmp_path, "encrypt")

    assert steps[:7] == [
        "staging folder made",
        "database copied",
        "photos copied",
        "copies kept before upgrades copied",
        "key file written",
        "copy verified",
        "journal written",
    ]
    assert "moved logbook.keys in" in steps and steps[-1] == "old logbook removed"


def test_a_crash_after_any_step_of_decrypt_leaves_one_whole_logbook(
    tmp_path: Path, make_session
) -> None:
    template = plain_logbook(tmp_path / "template", tmp_path / "sources", make_session)
    logbook = Logbook.open(template)
    logbook.sign_in(ADMIN, TEST_PASSPHRASE)
    encrypt_logbook(logbook)

    steps = _matrix(template, tmp_path, "decrypt")

    assert "key file written" not in steps
    assert steps[-3:] == ["moved logbook.keys aside", "journal removed", "old logbook removed"]
