"""Automatic backups: made when due, named by their (UTC) time, the newest N kept, and
nothing but their own files ever deleted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from logger_app.backup import auto_backup_if_due, backup_folder, verify_backup
from logger_app.leftovers import BACKUP, register
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails

from ..backup_support import NOW


@pytest.fixture
def logbook_dir(data_dir: Path) -> Path:
    with Logbook.open(data_dir, create=True) as book:
        book.add_client(ClientDetails("Ann", "Smith"), today=NOW.date())
    return data_dir


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_first_backup_is_made_and_verifies(logbook_dir: Path) -> None:
    made = auto_backup_if_due(logbook_dir, keep=7, now=NOW)
    assert made == backup_folder(logbook_dir) / "logbook-20250602-120000.zip"
    assert backup_folder(logbook_dir) == logbook_dir / "backups" / "automatic"
    assert verify_backup(made).clients == 1
    assert names(made.parent) == [made.name]


def test_a_backup_is_due_once_the_newest_is_a_day_old(logbook_dir: Path) -> None:
    assert auto_backup_if_due(logbook_dir, now=NOW) is not None
    assert auto_backup_if_due(logbook_dir, now=NOW + timedelta(hours=23, minutes=59)) is None
    later = NOW + timedelta(days=1)
    assert auto_backup_if_due(logbook_dir, now=later) is not None
    hourly = timedelta(hours=1)
    assert auto_backup_if_due(logbook_dir, now=later + hourly, max_age=hourly) is not None
    assert len(names(backup_folder(logbook_dir))) == 3


def test_a_newest_backup_dated_in_the_future_does_not_stop_backups(
    logbook_dir: Path,
) -> None:
    folder = backup_folder(logbook_dir)
    folder.mkdir(parents=True)
    (folder / "logbook-20300101-000000.zip").write_bytes(b"clock was wrong")
    assert auto_backup_if_due(logbook_dir, now=NOW) is not None


def test_rotation_keeps_the_newest_and_touches_nothing_else(logbook_dir: Path) -> None:
    folder = backup_folder(logbook_dir)
    folder.mkdir(parents=True)
    old = [f"logbook-202505{day:02d}-090000.zip" for day in range(20, 29)]
    others = [
        "logbook-manual.zip",
        "notes.txt",
        "logbook-20250101-000000.zip.part",
        "Logbook-20250101-000000.zip",
        "logbook-20251399-000000.zip",  # not a real time: not one of ours
        "my-logbook-20250101-000000.zip",
    ]
    for name in old + others:
        (folder / name).write_bytes(b"x")
    (folder / "logbook-20250519-090000.zip").mkdir()  # a folder is never removed
    # A backup being written by a running process (one nobody owns is a leftover that
    # any open removes; the rotation itself never touches it either way).
    writing = register(logbook_dir, folder / "logbook-20250101-000000.zip.part", BACKUP)

    made = auto_backup_if_due(logbook_dir, keep=3, now=NOW)
    writing.release()

    assert made is not None
    kept = ["logbook-20250527-090000.zip", "logbook-20250528-090000.zip", made.name]
    assert names(folder) == sorted([*kept, *others, "logbook-20250519-090000.zip"])


def test_rotation_also_applies_when_no_backup_is_due(logbook_dir: Path) -> None:
    for days in range(5):
        auto_backup_if_due(logbook_dir, keep=10, now=NOW + timedelta(days=days))
    assert auto_backup_if_due(logbook_dir, keep=2, now=NOW + timedelta(days=4, hours=1)) is None
    assert names(backup_folder(logbook_dir)) == [
        "logbook-20250605-120000.zip",
        "logbook-20250606-120000.zip",
    ]


def test_no_logbook_no_backup(data_dir: Path) -> None:
    data_dir.mkdir()
    assert auto_backup_if_due(data_dir, now=NOW) is None
    assert list(data_dir.iterdir()) == []


def test_at_least_one_backup_is_kept(logbook_dir: Path) -> None:
    with pytest.raises(ValueError, match="at least one"):
        auto_backup_if_due(logbook_dir, keep=0, now=NOW)
