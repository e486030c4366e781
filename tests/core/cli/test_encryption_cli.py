"""``logger-app encrypt`` and ``decrypt``: the passphrase as every command takes it,
a refusal one line with exit status 2 and every byte of the folder as it was, the
recovery key printed once, and a failed conversion exit status 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app import cli
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.crypto.key_file import is_encrypted_folder
from logger_app.logbook import Logbook
from logger_app.logbook.unlocking import unlock_folder_with_recovery

from ...signing import TEST_PASSPHRASE
from ..conversion.support import ADMIN, folder_bytes, plain_logbook

pytestmark = pytest.mark.real_creation


def run(*args: str | Path) -> int:
    return cli.main([str(arg) for arg in args])


@pytest.fixture
def folder(tmp_path: Path, make_session) -> Path:
    return plain_logbook(tmp_path / "data", tmp_path / "sources", make_session)


@pytest.fixture
def as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)


def _recovery_text(output: str) -> str:
    lines = output.splitlines()
    return lines[lines.index(next(x for x in lines if x.startswith("RECOVERY KEY"))) + 3].strip()


@pytest.mark.usefixtures("as_admin")
def test_encrypt_prints_the_recovery_key_once_and_decrypt_undoes_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("encrypt", "--data-dir", folder) == 0

    out = capsys.readouterr().out
    assert "Encrypted the logbook" in out and "3 clients" in out
    assert "backups/automatic" in out  # removed, and said so
    assert "nobody can open the" in out
    assert "Other Practitioner" in out  # no key of their own yet
    text = _recovery_text(out)
    assert out.count(text) == 1
    assert is_encrypted_folder(folder)
    key = unlock_folder_with_recovery(folder, text)
    with Logbook.open(folder, data_key=key) as logbook:
        entries = logbook.audit_entries()
        assert (entries[0].action, entries[0].actor) == ("encrypt", ADMIN)

    assert run("decrypt", "--data-dir", folder) == 0

    assert "Decrypted the logbook" in capsys.readouterr().out
    assert not is_encrypted_folder(folder)
    with Logbook.open(folder) as logbook:
        assert logbook.client_count() == 3
        assert logbook.audit_entries()[0].action == "decrypt"


@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_a_wrong_passphrase_is_one_line_and_touches_nothing(
    command: str, folder: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    if command == "decrypt":
        monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
        assert run("encrypt", "--data-dir", folder) == 0
    capsys.readouterr()
    before = folder_bytes(folder)
    monkeypatch.setenv(PASSPHRASE_ENV, "not the passphrase at all")

    assert run(command, "--data-dir", folder) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"cannot sign in as {ADMIN}" in err
    assert "not the passphrase" not in err
    assert folder_bytes(folder) == before
    assert not list(folder.parent.glob(".data-restoring-*"))


def test_a_missing_passphrase_is_one_line_and_touches_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    before = folder_bytes(folder)

    assert run("encrypt", "--data-dir", folder) == 2

    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no passphrase" in err
    assert folder_bytes(folder) == before


@pytest.mark.usefixtures("as_admin")
def test_converting_twice_is_refused_with_exit_status_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = folder_bytes(folder)
    assert run("decrypt", "--data-dir", folder) == 2
    assert "is not encrypted" in capsys.readouterr().err
    assert folder_bytes(folder) == plain

    assert run("encrypt", "--data-dir", folder) == 0
    capsys.readouterr()
    encrypted = folder_bytes(folder)
    assert run("encrypt", "--data-dir", folder) == 2
    assert "encrypted already" in capsys.readouterr().err
    assert folder_bytes(folder) == encrypted


@pytest.mark.usefixtures("as_admin")
def test_a_failed_conversion_is_exit_status_1_and_keeps_the_logbook(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = next((folder / "photos").rglob("*.jpg"))
    photo.write_bytes(b"\xff\xd8\xff not the photo any more")

    assert run("encrypt", "--data-dir", folder) == 1

    err = capsys.readouterr().err
    assert "failed" in err and "logger-app check" in err
    assert not is_encrypted_folder(folder)
    with Logbook.open(folder) as logbook:
        assert logbook.client_count() == 3


def test_only_an_administrator_encrypts(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(PRACTITIONER_ENV, "Other Practitioner")
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)

    assert run("encrypt", "--data-dir", folder) == 2

    assert "not an administrator" in capsys.readouterr().err
    assert not is_encrypted_folder(folder)


@pytest.mark.usefixtures("as_admin")
def test_encrypt_writes_the_recovery_sheet_asked_for(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    sheet = tmp_path / "sheet" / "recovery.pdf"
    sheet.parent.mkdir()
    assert run("encrypt", "--data-dir", folder, "--recovery-sheet", sheet) == 0
    text = _recovery_text(capsys.readouterr().out)
    assert sheet.stat().st_mode & 0o777 == 0o600
    printed = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert all(group in printed for group in text.split("-"))
    assert unlock_folder_with_recovery(folder, text)


@pytest.mark.usefixtures("as_admin")
def test_recovery_sheet_replaces_the_recovery_key(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from logger_app.errors import WrongDataKeyError

    assert run("recovery-sheet", "--data-dir", folder) == 2  # a plain logbook: nothing to do
    assert "not encrypted" in capsys.readouterr().err
    assert run("encrypt", "--data-dir", folder) == 0
    first = _recovery_text(capsys.readouterr().out)
    sheet = tmp_path / "new-sheet.pdf"
    assert run("recovery-sheet", "--data-dir", folder, "-o", sheet) == 0
    second = _recovery_text(capsys.readouterr().out)
    assert second != first and sheet.stat().st_mode & 0o777 == 0o600
    with pytest.raises(WrongDataKeyError):
        unlock_folder_with_recovery(folder, first)
    assert unlock_folder_with_recovery(folder, second)
