"""``backup``, ``restore`` and ``verify-backup`` on an encrypted logbook: a passphrase or
the recovery key file opens it; a missing or wrong one is one line and exit status 2,
with nothing touched."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from logger_app.cli import main
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.crypto.data_key import new_recovery_key, recovery_text

from ...encrypted import ADMIN, reopen
from ...signing import TEST_PASSPHRASE
from ..backup_support import tree_state
from .encrypted_support import SECRET_NAME, build_encrypted, plain_traces


@pytest.fixture
def folder(tmp_path: Path, make_session, monkeypatch: pytest.MonkeyPatch):
    for name in (PRACTITIONER_ENV, PASSPHRASE_ENV):
        monkeypatch.delenv(name, raising=False)
    data_dir = tmp_path / "logbook"
    book, keys = build_encrypted(data_dir, tmp_path / "sources", make_session)
    book.close()
    return data_dir, keys


def _secret_file(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _refused(status: int, err: str, words: str) -> None:
    lines = [line for line in err.splitlines() if not line.startswith(("Checking", "\r"))]
    assert status == 2 and len(lines) == 1 and words in lines[0], err


def test_backup_and_verify_with_a_passphrase_or_the_recovery_key(
    folder, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    data_dir, keys = folder
    archive = tmp_path / "b.zip"
    passphrase = _secret_file(tmp_path / "pass", TEST_PASSPHRASE)
    status, out, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
        "--practitioner", ADMIN, "--passphrase-file", str(passphrase),
    )  # fmt: skip
    assert status == 0, err
    assert "every checksum verified" in out and plain_traces(archive) == []
    recovery = _secret_file(tmp_path / "recovery", keys.recovery_text)
    status, out, err = _run(
        capsys, "verify-backup", str(archive), "--recovery-key-file", str(recovery)
    )
    assert status == 0 and "is a sound logbook backup" in out, err
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    assert _run(capsys, "verify-backup", str(archive))[0] == 0
    # The recovery key alone backs up too.
    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.delenv(PRACTITIONER_ENV)
    second = tmp_path / "c.zip"
    status, _, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(second),
        "--recovery-key-file", str(recovery),
    )  # fmt: skip
    assert status == 0, err


def test_a_missing_or_wrong_key_is_refused_with_nothing_touched(
    folder, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    data_dir, keys = folder
    archive = tmp_path / "b.zip"
    before = tree_state(data_dir)
    status, _, err = _run(capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive))
    _refused(status, err, "is encrypted: sign in with")
    wrong = _secret_file(tmp_path / "wrong", "not the passphrase at all")
    status, _, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
        "--practitioner", ADMIN, "--passphrase-file", str(wrong),
    )  # fmt: skip
    _refused(status, err, f"as {ADMIN}")
    other_sheet = _secret_file(tmp_path / "other", recovery_text(new_recovery_key()))
    status, _, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
        "--recovery-key-file", str(other_sheet),
    )  # fmt: skip
    _refused(status, err, "not the one of this logbook")
    typo = _secret_file(tmp_path / "typo", keys.recovery_text[:-3] + "ZZZ")
    status, _, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
        "--recovery-key-file", str(typo),
    )  # fmt: skip
    _refused(status, err, "typing mistake")
    open_sheet = tmp_path / "open-sheet"
    open_sheet.write_text(keys.recovery_text)
    open_sheet.chmod(0o644)
    status, _, err = _run(
        capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
        "--recovery-key-file", str(open_sheet),
    )  # fmt: skip
    _refused(status, err, "recovery key file")
    assert not archive.exists() and sorted(os.listdir(tmp_path)) == sorted(
        ["logbook", "sources", "wrong", "other", "typo", "open-sheet"]
    )
    assert tree_state(data_dir) == before

    # A real backup; then verify and restore it without, or with a wrong, key.
    recovery = _secret_file(tmp_path / "recovery", keys.recovery_text)
    assert _run(capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive),
                "--recovery-key-file", str(recovery))[0] == 0  # fmt: skip
    status, _, err = _run(capsys, "verify-backup", str(archive))
    _refused(status, err, f"the backup {archive.name} is encrypted")
    status, _, err = _run(
        capsys, "verify-backup", str(archive), "--recovery-key-file", str(other_sheet)
    )
    _refused(status, err, "not the one of the logbook")
    target = tmp_path / "restored"
    status, _, err = _run(
        capsys, "restore", "--data-dir", str(target), str(archive),
        "--practitioner", ADMIN, "--passphrase-file", str(wrong),
    )  # fmt: skip
    _refused(status, err, f"as {ADMIN}")
    assert not target.exists()
    before = tree_state(data_dir)
    status, _, err = _run(
        capsys, "restore", "--data-dir", str(data_dir), str(archive),
        "--practitioner", ADMIN, "--passphrase-file", str(wrong),
        "--recovery-key-file", str(recovery),
    )  # fmt: skip
    _refused(status, err, f"as {ADMIN}")  # the logbook replaced still needs its practitioner
    assert tree_state(data_dir) == before
    assert not [p for p in tmp_path.iterdir() if "restoring" in p.name]


def test_restore_with_the_passphrase_into_a_new_folder_and_over_the_logbook(
    folder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data_dir, _ = folder
    archive = tmp_path / "b.zip"
    passphrase = _secret_file(tmp_path / "pass", TEST_PASSPHRASE)
    sign_in = ("--practitioner", ADMIN, "--passphrase-file", str(passphrase))
    assert _run(capsys, "backup", "--data-dir", str(data_dir), "-o", str(archive), *sign_in)[0] == 0
    target = tmp_path / "restored"
    status, out, err = _run(capsys, "restore", "--data-dir", str(target), str(archive), *sign_in)
    assert status == 0 and "The logbook opens: 1 client." in out, err
    with reopen(target) as book:
        assert [book.client(i).full_name for i in book.client_ids()] == [" ".join(SECRET_NAME)]
    status, out, err = _run(capsys, "restore", "--data-dir", str(data_dir), str(archive), *sign_in)
    assert status == 0 and "The previous logbook was kept in" in out, err
    with reopen(data_dir) as book:
        assert book.client_count() == 1
