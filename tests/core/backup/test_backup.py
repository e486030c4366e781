"""Backup and restore of a whole logbook: round trip, consistency while the app writes,
what goes into the archive, keeping the replaced logbook aside, older backups."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

import logger_app.backup.make as make_module
import logger_app.store.database as database_module
from logger_app import __version__
from logger_app.backup import (
    BackupCancelled,
    BackupError,
    make_backup,
    prepare_restore,
    restore_backup,
    verify_backup,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME, schema_steps
from logger_app.store.database import PRE_MIGRATION_FOLDER

from ..backup_support import NOW, all_rows, build_logbook, photo_hashes, tree_state
from ..schema_steps import app_steps


@pytest.fixture
def source(data_dir: Path, tmp_path: Path, make_session) -> Path:
    """A closed logbook with clients, sessions and three photos (and thumbnails)."""
    with build_logbook(data_dir, tmp_path / "sources", make_session) as book:
        for photo in book.photos_of_client(1):
            book.photo_thumbnail(photo)
    return data_dir


def leftovers(folder: Path) -> list[str]:
    """Temporary files or folders a backup or restore may have left in ``folder``."""
    return sorted(
        p.name for p in folder.iterdir() if p.name.startswith(".") or p.name.endswith(".part")
    )


def test_backup_then_restore_into_a_new_folder_gives_the_same_logbook(
    source: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "out" / "backup.zip"
    made = make_backup(source, archive, now=NOW)
    assert (made.clients, made.sessions, made.photos, made.photo_files) == (2, 3, 3, 3)
    assert made.missing_photos == ()
    assert made.path == archive and archive.stat().st_mode & 0o777 == 0o600
    assert leftovers(archive.parent) == []

    restored = tmp_path / "restored"
    result = restore_backup(archive, restored)

    assert result.replaced is None and result.data_dir == restored
    assert result.backup.summary() == made.summary()
    assert all_rows(restored / DATABASE_FILENAME) == all_rows(source / DATABASE_FILENAME)
    assert photo_hashes(restored) == photo_hashes(source) != {}
    assert not (restored / "thumbnails").exists()  # a cache: made again on demand
    assert leftovers(tmp_path) == []
    with Logbook.open(restored) as book:
        assert [c.full_name for c in book.list_clients()] == ["Bob Jones", "Ann Smith"]
        assert all(book.photo_status(p).value == "ok" for p in book.photos_of_client(1))


def test_the_manifest_lists_every_file_with_its_size_and_checksum(
    source: Path, tmp_path: Path
) -> None:
    (source / "photos" / "ab").mkdir(exist_ok=True)
    (source / "photos" / "ab" / "leftover.jpg").write_bytes(b"an orphan")  # no row uses it
    archive = make_backup(source, tmp_path / "backup.zip", now=NOW).path

    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("MANIFEST.json"))
        infos = {info.filename: info for info in opened.infolist()}
        contents = {name: opened.read(name) for name in infos}
    assert manifest["format"] == "logger-app-backup" and manifest["format_version"] == 1
    assert manifest["app_version"] == __version__
    assert manifest["created_at"] == "2025-06-02T12:00:00+00:00"
    assert manifest["schema_steps"] == schema_steps()
    assert manifest["counts"] == {"clients": 2, "sessions": 3, "photos": 3}
    listed = {entry["path"]: entry for entry in manifest["files"]}
    assert set(infos) == set(listed) | {"MANIFEST.json"}
    assert set(listed) - {DATABASE_FILENAME} == set(photo_hashes(source)) - {
        "photos/ab/leftover.jpg"
    }
    for name, entry in listed.items():
        assert entry["size"] == len(contents[name])
        assert entry["sha256"] == hashlib.sha256(contents[name]).hexdigest()
        expected = zipfile.ZIP_DEFLATED if name == DATABASE_FILENAME else zipfile.ZIP_STORED
        assert infos[name].compress_type == expected
    # The copy inside is one self-contained file, not a WAL database.
    assert contents[DATABASE_FILENAME][18:20] == b"\x01\x01"


def test_a_backup_taken_while_another_connection_writes_holds_only_committed_rows(
    data_dir: Path, tmp_path: Path, make_session
) -> None:
    with Logbook.open(data_dir, create=True) as book:
        book.add_client(ClientDetails("Ann", "Committed"), today=NOW.date())
        wal = data_dir / f"{DATABASE_FILENAME}-wal"
        assert wal.stat().st_size > 0  # the committed row is still in the WAL
        with book.batch():
            book.add_client(ClientDetails("Bob", "Uncommitted"), today=NOW.date())
            made = make_backup(data_dir, tmp_path / "backup.zip")
        assert book.client_count() == 2  # the writer was not disturbed

    assert made.clients == 1
    restore_backup(made.path, tmp_path / "restored")
    with Logbook.open(tmp_path / "restored") as restored:
        assert [c.full_name for c in restored.list_clients()] == ["Ann Committed"]


def test_restore_over_a_logbook_keeps_the_old_one_aside_inside_the_data_folder(
    source: Path, tmp_path: Path, make_session
) -> None:
    other = tmp_path / "other"
    build_logbook(other, tmp_path / "other-sources", make_session, photos=1).close()
    archive = make_backup(other, tmp_path / "other.zip").path
    automatic = source / "backups" / "automatic"
    automatic.mkdir(parents=True)
    (automatic / "logbook-20250601-120000.zip").write_bytes(b"kept")
    (source / "notes.txt").write_text("the practitioner's own file")
    rows_before = all_rows(source / DATABASE_FILENAME)
    before = tree_state(source)
    assert before is not None

    result = restore_backup(archive, source, now=NOW)

    assert result.replaced == source / "backups" / "replaced-20250602-120000"
    kept = tree_state(result.replaced)
    assert kept is not None
    moved = {k: v for k, v in before.items() if not k.startswith("backups")}
    # Every file is there unchanged; the database only had its WAL folded in.
    assert {k: v for k, v in kept.items() if k != DATABASE_FILENAME} == {
        k: v for k, v in moved.items() if k != DATABASE_FILENAME
    }
    assert all_rows(result.replaced / DATABASE_FILENAME) == rows_before
    assert (automatic / "logbook-20250601-120000.zip").read_bytes() == b"kept"
    assert sorted(p.name for p in source.iterdir()) == ["backups", DATABASE_FILENAME, "photos"]
    assert photo_hashes(source) == photo_hashes(other)
    with Logbook.open(source) as book:
        assert book.photo_count() == 1
    with Logbook.open(result.replaced) as old:  # an ordinary data folder
        assert old.photo_count() == 3


def test_a_second_restore_in_the_same_second_keeps_both_old_logbooks(
    source: Path, tmp_path: Path
) -> None:
    archive = make_backup(source, tmp_path / "backup.zip").path
    first = restore_backup(archive, source, now=NOW).replaced
    second = restore_backup(archive, source, now=NOW).replaced
    assert first and second and first != second and first.is_dir() and second.is_dir()


@pytest.mark.parametrize("state", ["missing", "empty", "only backups"])
def test_a_folder_without_a_logbook_is_simply_filled(
    source: Path, tmp_path: Path, state: str
) -> None:
    archive = make_backup(source, tmp_path / "backup.zip").path
    target = tmp_path / "target"
    if state != "missing":
        target.mkdir()
    if state == "only backups":
        (target / "backups" / "automatic").mkdir(parents=True)

    result = restore_backup(archive, target)

    assert result.replaced is None
    expected = ["backups", DATABASE_FILENAME, "photos"] if state == "only backups" else None
    assert sorted(p.name for p in target.iterdir()) == (expected or [DATABASE_FILENAME, "photos"])
    assert leftovers(tmp_path) == []


def test_the_logbook_open_elsewhere_is_not_replaced(source: Path, tmp_path: Path) -> None:
    archive = make_backup(source, tmp_path / "backup.zip").path
    with Logbook.open(source) as book:
        before = tree_state(source)
        with pytest.raises(BackupError, match=r"is in use .* Nothing was changed"):
            restore_backup(archive, source)
        after = tree_state(source)
        assert book.client_count() == 2
    # The shared-memory index is SQLite's scratch space, not content.
    assert before and after
    assert {k: v for k, v in after.items() if not k.endswith("-shm")} == {
        k: v for k, v in before.items() if not k.endswith("-shm")
    }
    assert leftovers(tmp_path) == []


def test_an_older_backup_is_upgraded_on_opening_with_the_usual_copy_first(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "migrations", app_steps(2))  # an older app
    # Its rows as the older app wrote them (today's Logbook needs today's schema to open).
    db = database_module.open_database(data_dir, create=True)
    try:
        stamp = NOW.isoformat(timespec="seconds")
        db["clients"].insert(
            {"first_name": "Ann", "last_name": "Older", "created_at": stamp, "updated_at": stamp}
        )
    finally:
        db.close()
    made = make_backup(data_dir, tmp_path / "old.zip")
    monkeypatch.undo()
    assert made.schema_steps == tuple(schema_steps()[:2]) and made.photos == 0

    restored = tmp_path / "restored"
    assert verify_backup(made.path).schema_steps == made.schema_steps
    restore_backup(made.path, restored)
    with Logbook.open(restored) as book:
        assert book.client_count() == 1 and book.photo_count() == 0
    copies = list((restored / PRE_MIGRATION_FOLDER).iterdir())
    assert len(copies) == 1


@pytest.mark.parametrize("where", ["photos/x.zip", "x.zip", "thumbnails/256/x.zip"])
def test_a_backup_inside_the_data_folder_goes_only_into_backups(source: Path, where: str) -> None:
    before = tree_state(source)
    with pytest.raises(BackupError, match="inside the data folder"):
        make_backup(source, source / where)
    assert tree_state(source) == before
    assert make_backup(source, source / "backups" / "manual" / "x.zip").photo_files == 3


def test_there_must_be_a_logbook_to_back_up(data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir()
    with pytest.raises(BackupError, match="no logbook to back up"):
        make_backup(data_dir, tmp_path / "backup.zip")
    assert list(data_dir.iterdir()) == []
    assert list(tmp_path.glob("backup.zip*")) == []


def test_a_missing_photo_file_is_listed_and_the_rest_is_backed_up(
    source: Path, tmp_path: Path
) -> None:
    first, *_ = sorted((source / "photos").rglob("*.jpg"))
    first.unlink()
    made = make_backup(source, tmp_path / "backup.zip")
    assert made.missing_photos == (first.stem,) and made.photo_files == 2
    assert verify_backup(made.path).missing_photos == (first.stem,)
    result = restore_backup(made.path, tmp_path / "restored")
    assert "1 photo file missing when made" in result.backup.summary()


def test_a_failed_or_cancelled_backup_leaves_no_partial_file(
    source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "backup.zip"
    target.parent.mkdir()
    target.write_bytes(b"an older backup")

    def cancel(done: int, total: int) -> None:
        raise BackupCancelled

    with pytest.raises(BackupCancelled):
        make_backup(source, target, cancel)
    assert target.read_bytes() == b"an older backup" and leftovers(target.parent) == []

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(make_module, "_add_photo", broken)
    with pytest.raises(BackupError, match=r"could not be written .* No space left"):
        make_backup(source, target)
    assert target.read_bytes() == b"an older backup" and leftovers(target.parent) == []


def test_a_prepared_restore_that_is_discarded_changes_nothing(source: Path, tmp_path: Path) -> None:
    archive = make_backup(source, tmp_path / "backup.zip").path
    before = tree_state(source)
    progress: list[tuple[int, int]] = []
    with prepare_restore(archive, source, lambda done, total: progress.append((done, total))):
        assert leftovers(tmp_path) != []  # extracted beside the data folder
    assert tree_state(source) == before
    assert leftovers(tmp_path) == []
    assert progress and progress[-1][0] == progress[-1][1]
