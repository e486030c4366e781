"""The command line's shared way into an encrypted logbook, in-process: opening with
the practitioner's passphrase (one derivation), the recovery key file, the sign-in check
a move or a restore makes, and what is refused before anything is touched."""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import pytest

from logger_app import cli
from logger_app.cli.common import open_logbook
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV, Credentials, SignInRefused
from logger_app.cli.sign_in import sign_in_to_copy as check_sign_in
from logger_app.identity import keys
from logger_app.records import ClientDetails

from ...encrypted import ADMIN, new_encrypted
from ...signing import TEST_PASSPHRASE


@pytest.fixture
def encrypted(data_dir: Path) -> tuple[Path, str]:
    """An encrypted logbook with one client, and its recovery key as printed."""
    logbook, new_keys = new_encrypted(data_dir)
    with logbook:
        logbook.add_client(ClientDetails("Zephyrine", "Quackenbush"))
    return data_dir, new_keys.recovery_text


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def args_for(data_dir: Path, **more: object) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), database_url=None, **more)


def test_the_passphrase_opens_and_signs_in_with_one_derivation(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, _ = encrypted
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    derivations: list[str] = []
    real = keys._derive

    def counted(passphrase: str, salt: bytes, settings: keys.KdfSettings) -> bytes:
        derivations.append(passphrase)
        return real(passphrase, salt, settings)

    monkeypatch.setattr(keys, "_derive", counted)
    with open_logbook(args_for(data_dir)) as logbook:
        assert logbook.encrypted
        assert logbook.signed_in is not None and logbook.signed_in.name == ADMIN
        assert [c.full_name for c in logbook.list_clients()] == ["Zephyrine Quackenbush"]
    assert len(derivations) == 1  # unlocking the data key opened the signing key too


def test_the_recovery_key_file_opens_it_as_the_command_line(
    encrypted: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, recovery = encrypted
    key_file = tmp_path / "recovery.txt"
    # Typed over two lines, in lower case: it still reads.
    key_file.write_text(recovery[:34].lower() + "\n" + recovery[34:] + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    with open_logbook(args_for(data_dir, recovery_key_file=key_file)) as logbook:
        assert logbook.signed_in is None
        assert logbook.client_count() == 1


def test_a_read_without_a_key_is_refused_before_anything_is_touched(
    encrypted: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, _ = encrypted
    before = fingerprint(data_dir)
    assert cli.main(["info", "--data-dir", str(data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"logger-app: the logbook in {data_dir} is encrypted: sign in with ")
    assert err.endswith("or give --recovery-key-file FILE.\n") and err.count("\n") == 1
    assert fingerprint(data_dir) == before


def test_a_move_or_restore_checks_the_passphrase_against_the_key_file_only(
    encrypted: tuple[Path, str],
) -> None:
    data_dir, _ = encrypted
    before = fingerprint(data_dir)
    database = data_dir / "logbook.sqlite3"
    check_sign_in(Credentials(ADMIN, TEST_PASSPHRASE), database)
    with pytest.raises(SignInRefused, match="That passphrase is not right"):
        check_sign_in(Credentials(ADMIN, "not the passphrase"), database)
    with pytest.raises(SignInRefused, match="Nobody has no key to this encrypted logbook"):
        check_sign_in(Credentials("Nobody", TEST_PASSPHRASE), database)
    assert fingerprint(data_dir) == before


def test_move_to_server_refuses_an_encrypted_logbook_untouched(
    encrypted: tuple[Path, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, _ = encrypted
    before = fingerprint(data_dir)
    monkeypatch.setenv(PRACTITIONER_ENV, ADMIN)
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)
    url = "postgresql://nobody@127.0.0.1:1/none"  # never reached
    assert cli.main(["move-to-server", "--data-dir", str(data_dir), "--database-url", url]) == 2
    assert capsys.readouterr().err == (
        f"logger-app: The logbook in {data_dir} is encrypted: moving an encrypted logbook "
        "onto the clinic server is not possible yet. Nothing was copied and nothing was "
        "changed. Decrypt it (logger-app decrypt), move it, then encrypt the server's "
        "photos (logger-app encrypt --database-url URL).\n"
    )
    assert fingerprint(data_dir) == before
