"""A logbook that cannot be written opens for reading: on read-only media, and on a full
disk. ``info`` and ``export`` work; every write is refused before it starts, in words
that say why; nothing on disk changes. Real file systems: a tmpfs remounted read-only or
filled to the last byte (root only)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import logger_app.cli as cli
import logger_app.store.database as database_module
from logger_app.errors import DataFolderError, DiskFullError, ReadOnlyLogbookError
from logger_app.logbook import WRITE_USE_CASES, Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME
from logger_app.store.data_folder import disk_full_message, read_only_media_message

from ...media import fill, needs_root, remount_read_only, tmpfs, tree
from .test_database import _extended_migrations, _extra_step_add_notes_table

pytestmark = needs_root
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def media(tmp_path: Path) -> Iterator[Path]:
    with tmpfs(tmp_path / "media") as mount:
        yield mount


@pytest.fixture
def on_media(media: Path, make_session) -> Path:
    """A logbook on the tmpfs (two clients, one session), closed cleanly."""
    folder = media / "logbook"
    with Logbook.open(folder, create=True) as book:
        ann = book.add_client(ClientDetails("Ann", "Smith"))
        book.add_client(ClientDetails("Bo", "Jones"))
        book.record_session(make_session(ann.id), enforce_safety=False)
    return folder


def _info(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert cli.main(["info", "--data-dir", str(folder)]) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def _every_write_is_refused(book: Logbook, error: type[Exception], words: str) -> None:
    for name in WRITE_USE_CASES:
        with pytest.raises(error) as refused:
            getattr(book, name)()  # refused before its arguments are even looked at
        assert words in str(refused.value), name
    with pytest.raises(error):
        book.check_photos(remove_orphans=True)
    before = book.audit_count()
    assert book.record_event("export", "History exported") == 0  # nowhere to keep it
    assert book.audit_count() == before


def _commit_and_die(folder: Path, last_name: str) -> None:
    """Another program's last commit, left in the WAL (it was killed, never closed)."""
    script = textwrap.dedent(
        f"""
        import os, sqlite3
        conn = sqlite3.connect({str(folder / DATABASE_FILENAME)!r})
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('Cy', {last_name!r}, '2025-01-01T00:00:00+00:00', "
            "'2025-01-01T00:00:00+00:00')"
        )
        conn.commit()
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)


# Read-only media


def test_a_logbook_on_read_only_media_opens_for_reading(
    on_media: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remount_read_only(on_media.parent)
    before = tree(on_media)

    with Logbook.open(on_media) as book:
        assert book.read_only
        assert book.read_only_reason == read_only_media_message(on_media)
        assert [entry.full_name for entry in book.list_clients()] == ["Bo Jones", "Ann Smith"]
        assert book.session_count() == 1
        _every_write_is_refused(book, ReadOnlyLogbookError, "on read-only media")

    out = _info(on_media, capsys)
    assert "Clients:     2" in out and "Sessions:    1" in out
    assert tree(on_media) == before


def test_export_from_read_only_media(
    on_media: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    remount_read_only(on_media.parent)
    out = tmp_path / "all.json"
    code = cli.main(["export", "--data-dir", str(on_media), "--all", "--format", "json",
                     "-o", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    exported = json.loads(out.read_text(encoding="utf-8"))
    names = sorted(client["client"]["last_name"] for client in exported["clients"])
    assert names == ["Jones", "Smith"]


def test_changes_left_in_the_wal_are_read_on_read_only_media(on_media: Path) -> None:
    _commit_and_die(on_media, "Unclosed")
    assert (on_media / f"{DATABASE_FILENAME}-shm").exists()
    remount_read_only(on_media.parent)
    with Logbook.open(on_media) as book:
        assert book.read_only
        assert "Cy Unclosed" in [entry.full_name for entry in book.list_clients()]


def test_wal_content_that_cannot_be_read_there_is_refused_not_ignored(on_media: Path) -> None:
    _commit_and_die(on_media, "Unclosed")
    (on_media / f"{DATABASE_FILENAME}-shm").unlink()
    remount_read_only(on_media.parent)
    with pytest.raises(ReadOnlyLogbookError) as refused:
        Logbook.open(on_media)
    assert f"{DATABASE_FILENAME}-wal" in str(refused.value)
    assert "copy the whole folder to a writable disk" in str(refused.value)


def test_a_logbook_needing_an_upgrade_on_read_only_media_is_refused(
    on_media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remount_read_only(on_media.parent)
    before = tree(on_media)
    monkeypatch.setattr(
        database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
    )
    with pytest.raises(ReadOnlyLogbookError, match="must first upgrade the logbook"):
        Logbook.open(on_media)
    assert tree(on_media) == before


# A full disk


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_disk_opens_the_logbook_for_reading(
    on_media: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(on_media.parent)
    database = on_media / DATABASE_FILENAME
    before, names = _sha256(database), sorted(os.listdir(on_media))

    out = _info(on_media, capsys)
    assert "Clients:     2" in out and "Sessions:    1" in out

    with Logbook.open(on_media) as book:
        assert book.read_only
        assert book.read_only_reason == disk_full_message(on_media)
        with pytest.raises(DiskFullError) as refused:
            book.add_client(ClientDetails("New", "Client"))
        assert str(refused.value) == (
            f"The disk holding {on_media} is full: the logbook is open for reading only. "
            "Free some space and open it again."
        )
        _every_write_is_refused(book, DiskFullError, "is full")
        assert book.client_count() == 2
    assert _sha256(database) == before
    assert sorted(os.listdir(on_media)) == names  # no -wal or -shm made either


def test_a_full_disk_with_changes_in_the_wal_still_reads_them(on_media: Path) -> None:
    _commit_and_die(on_media, "Unclosed")
    fill(on_media.parent)
    with Logbook.open(on_media) as book:
        assert book.read_only
        assert "Cy Unclosed" in [entry.full_name for entry in book.list_clients()]


def test_an_upgrade_on_a_full_disk_is_refused_untouched(
    on_media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(on_media.parent)
    database = on_media / DATABASE_FILENAME
    before = _sha256(database)
    monkeypatch.setattr(
        database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
    )
    with pytest.raises(DiskFullError, match=r"is full.*must first upgrade"):
        Logbook.open(on_media)
    assert _sha256(database) == before
    assert not (on_media / "backups").exists()


def test_a_new_logbook_on_a_full_disk_is_refused_plainly(media: Path) -> None:
    fill(media)
    with pytest.raises(DataFolderError, match="No space left on device"):
        Logbook.open(media / "new", create=True)
    assert not (media / "new" / DATABASE_FILENAME).exists()
