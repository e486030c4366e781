"""What opening a data folder may and may not do: only what is meant to make a logbook
makes one, in a new or empty folder; a folder with traces of a logbook but no database is
refused with what was found; read-only commands never create anything; and what the app
writes there is owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

import logger_app.cli as cli
from logger_app.backup import make_backup
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.errors import NoLogbookError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME

from ...signing import TEST_PASSPHRASE
from ..import_samples import eu_files

POSIX_MODES = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every entry below ``folder`` with its bytes (None for a folder)."""
    return {
        str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
        for path in sorted(folder.rglob("*"))
    }


def _make_logbook(folder: Path) -> None:
    with Logbook.open(folder, create=True) as book:
        book.add_client(ClientDetails("Ann", "Smith"))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# Opening an existing logbook only (the default)


def test_a_missing_folder_is_not_created_without_create(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "logbook"
    with pytest.raises(NoLogbookError) as refused:
        Logbook.open(missing)
    message = str(refused.value)
    assert message.startswith(f"There is no logbook in {missing}")
    assert "--data-dir" in message and "logger-app demo" in message
    assert not (tmp_path / "typo").exists()


def test_an_empty_folder_gets_nothing_without_create(data_dir: Path) -> None:
    data_dir.mkdir()
    with pytest.raises(NoLogbookError, match="There is no logbook in"):
        Logbook.open(data_dir)
    assert list(data_dir.iterdir()) == []


def test_an_empty_database_file_is_no_logbook_to_read(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DATABASE_FILENAME).write_bytes(b"")
    with pytest.raises(NoLogbookError):
        Logbook.open(data_dir)
    assert _tree(data_dir) == {DATABASE_FILENAME: b""}


def test_reopening_needs_no_create(data_dir: Path) -> None:
    _make_logbook(data_dir)
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1


# Traces of a logbook without its database


@pytest.mark.parametrize(
    ("trace", "shown"),
    [
        ("backups/automatic/logbook-20250601-120000.zip", "backups/"),
        ("photos/ab/ab12.jpg", "photos/"),
        ("thumbnails/256/ab/ab12.jpg", "thumbnails/"),
        (f"{DATABASE_FILENAME}-wal", f"{DATABASE_FILENAME}-wal"),
        (f"{DATABASE_FILENAME}-shm", f"{DATABASE_FILENAME}-shm"),
    ],
)
@pytest.mark.parametrize("create", [True, False])
def test_a_folder_with_traces_of_a_logbook_is_refused_untouched(
    data_dir: Path, trace: str, shown: str, create: bool
) -> None:
    (data_dir / trace).parent.mkdir(parents=True, exist_ok=True)
    (data_dir / trace).write_bytes(b"left behind")
    before = _tree(data_dir)

    with pytest.raises(NoLogbookError) as refused:
        Logbook.open(data_dir, create=create)

    message = str(refused.value)
    assert str(data_dir) in message and shown in message
    assert f"no {DATABASE_FILENAME}" in message
    assert "restore" in message
    assert _tree(data_dir) == before  # no empty logbook, nothing else either


def test_the_refusal_names_the_newest_backup_to_restore(data_dir: Path) -> None:
    older = data_dir / "backups" / "automatic" / "logbook-20250530-120000.zip"
    newer = data_dir / "backups" / "automatic" / "logbook-20250601-120000.zip"
    older.parent.mkdir(parents=True)
    older.write_bytes(b"PK")
    newer.write_bytes(b"PK")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    os.utime(newer, (1_700_100_000, 1_700_100_000))
    (data_dir / "photos").mkdir()

    with pytest.raises(NoLogbookError) as refused:
        Logbook.open(data_dir, create=True)

    message = str(refused.value)
    assert "backups/, photos/" in message
    assert f"`logger-app restore {newer}`" in message


def test_a_deleted_database_is_not_replaced_by_an_empty_one(data_dir: Path) -> None:
    """The case behind the rule: a logbook used for months, its file gone."""
    _make_logbook(data_dir)
    (data_dir / "photos").mkdir(exist_ok=True)
    (data_dir / DATABASE_FILENAME).unlink()
    with pytest.raises(NoLogbookError, match="photos/"):
        Logbook.open(data_dir, create=True)
    assert not (data_dir / DATABASE_FILENAME).exists()


def test_a_folder_of_other_files_gets_no_logbook(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "taxes-2024.pdf").write_bytes(b"%PDF")
    (data_dir / "holiday").mkdir()
    with pytest.raises(NoLogbookError) as refused:
        Logbook.open(data_dir, create=True)
    assert "holiday/, taxes-2024.pdf" in str(refused.value)
    assert "new or empty folder" in str(refused.value)
    assert sorted(path.name for path in data_dir.iterdir()) == ["holiday", "taxes-2024.pdf"]


def test_files_the_system_puts_in_any_folder_do_not_count(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (data_dir / "Thumbs.db").write_bytes(b"\xd0\xcf")
    (data_dir / "lost+found").mkdir()
    (data_dir / ".write-test-abc123").write_bytes(b"")  # a probe of a killed start
    with Logbook.open(data_dir, create=True) as book:
        assert book.client_count() == 0
    assert (data_dir / DATABASE_FILENAME).is_file()


# The command line: only demo, import-csv and restore make a logbook


@pytest.fixture
def signed_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands that write run as a practitioner (a new logbook's first)."""
    monkeypatch.setenv(PRACTITIONER_ENV, "Test Practitioner")
    monkeypatch.setenv(PASSPHRASE_ENV, TEST_PASSPHRASE)


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["check"],
        ["export", "--all", "--format", "json", "-o", "{out}"],
        ["photos", "import", "--session", "1", "{photo}"],
    ],
    ids=["info", "check", "export", "photos-import"],
)
def test_read_only_commands_refuse_a_mistyped_folder_and_create_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], signed_in_env: None
) -> None:
    typo = tmp_path / "logbok"
    photo = tmp_path / "front.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    args = [part.format(out=tmp_path / "out.json", photo=photo) for part in command]
    assert cli.main([*args, "--data-dir", str(typo)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"logger-app: There is no logbook in {typo}")
    assert not typo.exists()
    assert not (tmp_path / "out.json").exists()


def test_verify_backup_does_not_touch_a_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "source"
    _make_logbook(source)
    archive = make_backup(source, tmp_path / "backup.zip").path
    elsewhere = tmp_path / "not-there"
    assert cli.main(["--data-dir", str(elsewhere), "verify-backup", str(archive)]) == 0
    assert "is a sound logbook backup" in capsys.readouterr().out
    assert not elsewhere.exists()


def test_demo_and_import_make_a_logbook_in_a_new_folder(
    tmp_path: Path, signed_in_env: None
) -> None:
    assert (
        cli.main(["demo", "--plain", "--clients", "2", "--data-dir", str(tmp_path / "demo")]) == 0
    )
    clients, treatments = eu_files(tmp_path)
    imported = tmp_path / "imported"
    assert cli.main(["import-csv", "--plain", "--data-dir", str(imported),
                     "--clients", str(clients), "--treatments", str(treatments),
                     "--default-area", "forehead",
                     "--default-depth", "0.5", "--default-device", "pen"]) == 0  # fmt: skip
    for folder in (tmp_path / "demo", imported):
        with Logbook.open(folder) as book:
            assert book.client_count() > 0


def test_import_into_a_folder_with_traces_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], signed_in_env: None
) -> None:
    folder = tmp_path / "data"
    (folder / "backups").mkdir(parents=True)
    clients, treatments = eu_files(tmp_path)
    code = cli.main(["import-csv", "--data-dir", str(folder), "--clients", str(clients),
                     "--treatments", str(treatments), "--default-area", "forehead",
                     "--default-depth", "0.5", "--default-device", "pen"])  # fmt: skip
    assert code == 2
    assert "backups/" in capsys.readouterr().err
    assert [path.name for path in folder.iterdir()] == ["backups"]


# Owner-only files


@POSIX_MODES
def test_a_new_logbook_is_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "new"
    with Logbook.open(data_dir, create=True) as book:
        book.add_client(ClientDetails("Ann", "Smith"))  # a write: the WAL is in use
        assert _mode(data_dir) == 0o700
        files = [DATABASE_FILENAME, f"{DATABASE_FILENAME}-wal", f"{DATABASE_FILENAME}-shm"]
        for name in files:
            assert _mode(data_dir / name) == 0o600, name
    assert _mode(data_dir / DATABASE_FILENAME) == 0o600


@POSIX_MODES
def test_a_logbook_of_an_older_version_is_made_private_when_opened(data_dir: Path) -> None:
    _make_logbook(data_dir)
    for name in ("-wal", "-shm"):
        (data_dir / f"{DATABASE_FILENAME}{name}").write_bytes(b"")
        os.chmod(data_dir / f"{DATABASE_FILENAME}{name}", 0o644)
    os.chmod(data_dir / DATABASE_FILENAME, 0o644)
    os.chmod(data_dir, 0o755)

    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1
        assert _mode(data_dir) == 0o700
        for name in (DATABASE_FILENAME, f"{DATABASE_FILENAME}-wal", f"{DATABASE_FILENAME}-shm"):
            assert _mode(data_dir / name) == 0o600, name


@POSIX_MODES
def test_tightening_never_widens_a_mode(data_dir: Path) -> None:
    _make_logbook(data_dir)
    os.chmod(data_dir / DATABASE_FILENAME, 0o400)
    os.chmod(data_dir, 0o700)
    with Logbook.open(data_dir) as book:
        book.client_count()
    assert _mode(data_dir / DATABASE_FILENAME) == 0o400


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root bypasses file permissions")
def test_a_logbook_in_a_folder_not_writable_for_its_user_opens_for_reading(
    data_dir: Path,
) -> None:
    from logger_app.errors import ReadOnlyLogbookError

    _make_logbook(data_dir)
    os.chmod(data_dir, 0o500)
    try:
        with Logbook.open(data_dir) as book:
            assert book.read_only and "not writable for you" in book.read_only_reason
            assert book.client_count() == 1
            with pytest.raises(ReadOnlyLogbookError):
                book.add_client(ClientDetails("Bo", "Jones"))
    finally:
        os.chmod(data_dir, 0o700)
