"""`logger-app backup`, `restore` and `verify-backup`, run in-process through cli.main with
the backup commands registered as the lead wires them (COMMAND_MODULES)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import logger_app.cli as cli
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails

from ...signing import sign_in
from ..backup_support import build_logbook, tree_state


@pytest.fixture(autouse=True)
def _backup_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("logger_app.cli.backup",))


@pytest.fixture
def source(data_dir: Path, tmp_path: Path, make_session) -> Path:
    with build_logbook(data_dir, tmp_path / "sources", make_session, photos=2) as book:
        sign_in(book)  # the practitioner a restore runs as
    return data_dir


def run(*args: str | Path) -> int:
    return cli.main([str(arg) for arg in args])


def test_backup_writes_a_checked_archive(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "backup.zip"
    assert run("backup", "--data-dir", source, "-o", target) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"Backed up {source} to {target}"
    assert lines[1].startswith("  2 clients, 3 sessions, 2 photos (2 photo files); made ")
    assert lines[2].endswith("every checksum verified.") and "3 files" in lines[2]
    assert err == ""  # no progress: stderr is not a terminal
    assert run("verify-backup", target) == 0
    assert "is a sound logbook backup" in capsys.readouterr().out


def test_an_existing_file_is_replaced_only_with_force(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "backup.zip"
    target.write_bytes(b"precious")
    assert run("backup", "--data-dir", source, "-o", target) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"logger-app: {target} already exists: choose another name, or add --force.\n"
    assert target.read_bytes() == b"precious"
    assert run("backup", "--data-dir", source, "-o", target, "--force") == 0
    assert target.read_bytes()[:2] == b"PK"


def test_a_folder_as_output_holds_the_backup_under_the_default_name(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup", encoding="utf-8")
    assert run("backup", "--data-dir", source, "-o", folder) == 0
    out, err = capsys.readouterr()
    made = sorted(set(folder.iterdir()) - {folder / "notes.txt"})
    assert len(made) == 1
    assert re.fullmatch(r"logbook-backup-\d{4}-\d{2}-\d{2}-\d{4}\.zip", made[0].name)
    assert out.splitlines()[0] == f"Backed up {source} to {made[0]}"
    assert err == ""
    assert run("verify-backup", made[0]) == 0


def test_a_backup_with_missing_photo_files_exits_1_and_lists_them(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = sorted((source / "photos").rglob("*.jpg"))[0]
    gone.unlink()
    assert run("backup", "--data-dir", source, "-o", tmp_path / "b.zip") == 1
    err = capsys.readouterr().err
    assert "1 photo file(s) were missing or damaged" in err and gone.stem in err


@pytest.mark.usefixtures("signed_in_env")
def test_restore_into_a_new_folder(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "backup.zip"
    run("backup", "--data-dir", source, "-o", archive)
    capsys.readouterr()
    target = tmp_path / "new"
    assert run("restore", archive, "--data-dir", target) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Verified {archive}:"
    assert "3 files" in lines[2] and "every checksum matches" in lines[2]
    assert lines[3:] == [f"Restored into {target}", "The logbook opens: 2 clients."]


@pytest.mark.usefixtures("signed_in_env")
def test_restore_over_a_logbook_says_where_the_old_one_went(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other"
    with Logbook.open(other, create=True) as book:
        book.add_client(ClientDetails("Zoe", "Other"))
    archive = tmp_path / "other.zip"
    run("backup", "--data-dir", other, "-o", archive)
    capsys.readouterr()

    assert run("restore", archive, "--data-dir", source) == 0
    out = capsys.readouterr().out
    kept_line = next(line for line in out.splitlines() if line.startswith("The previous"))
    kept = Path(kept_line.removeprefix("The previous logbook was kept in "))
    assert kept.parent == source / "backups" and kept.name.startswith("replaced-")
    with Logbook.open(kept) as old:
        assert old.client_count() == 2
    assert "The logbook opens: 1 client." in out


@pytest.mark.usefixtures("signed_in_env")
def test_a_refused_archive_is_one_line_exit_2_and_changes_nothing(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "backup.zip"
    run("backup", "--data-dir", source, "-o", archive)
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    capsys.readouterr()
    before = tree_state(source)

    assert run("restore", archive, "--data-dir", source) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "logger-app: backup.zip cannot be used: the archive is incomplete or damaged "
        "(or not a zip file).\n"
    )
    assert tree_state(source) == before
    assert run("verify-backup", archive) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_backup_of_a_folder_without_a_logbook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("backup", "--data-dir", empty, "-o", tmp_path / "b.zip") == 2
    assert "There is no logbook to back up" in capsys.readouterr().err


def test_progress_goes_to_a_terminal_only(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert run("backup", "--data-dir", source, "-o", tmp_path / "b.zip") == 0
    out, err = capsys.readouterr()
    assert "Backing up… 100%" in err and "Checking… 100%" in err
    assert "%" not in out
