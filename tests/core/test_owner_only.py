"""Everything the app writes in a data folder is its user's alone: every folder 0700,
every file 0600, whichever use case made it (records, photos, thumbnails, backups, a
restore and the logbook it replaced, the copy kept before an upgrade)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from logger_app.backup import auto_backup_if_due, make_backup, restore_backup
from logger_app.export import export_client
from logger_app.logbook import Logbook
from logger_app.owner_only import make_private_folders

from .backup_support import build_logbook

pytestmark = [
    pytest.mark.skipif(os.name == "nt", reason="POSIX file modes"),
    pytest.mark.real_creation,  # the modes a logbook is made with, under the usual umask
]


def _modes_too_open(folder: Path) -> list[str]:
    """Every entry below ``folder`` (and the folder) readable by anyone but its owner."""
    found = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode & ~wanted:
            found.append(f"{path.relative_to(folder.parent)} {mode:o}")
    return found


def test_every_file_and_folder_a_logbook_writes_is_owner_only(tmp_path: Path, make_session) -> None:
    previous = os.umask(0o022)  # what most systems give a user: 0644 files, 0755 folders
    try:
        data_dir = tmp_path / "logbook-data"
        with build_logbook(data_dir, tmp_path / "sources", make_session, photos=2) as book:
            assert any((data_dir / "thumbnails").rglob("*.jpg"))
            export_client(book, book.list_clients()[0].id, "json", tmp_path / "out.json")
        assert auto_backup_if_due(data_dir, keep=3) is not None
        backup = make_backup(data_dir, data_dir / "backups" / "by-hand" / "b.zip").path
        other = tmp_path / "other-data"
        build_logbook(other, tmp_path / "other-sources", make_session, photos=1).close()
        restore_backup(backup, other)  # the replaced logbook goes to backups/replaced-*
        with Logbook.open(other) as restored:
            assert restored.photo_count() == 2
    finally:
        os.umask(previous)

    assert list((other / "backups").glob("replaced-*")), "the restore kept the old logbook"
    assert _modes_too_open(data_dir) == []
    assert _modes_too_open(other) == []


def test_private_folders_are_made_owner_only_down_the_whole_path(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        make_private_folders(tmp_path / "a" / "b" / "c")
    finally:
        os.umask(previous)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "c"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    make_private_folders(tmp_path / "a" / "b" / "c")  # already there: no error
