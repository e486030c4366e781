"""Archives that must be refused, each with a clear one-line reason, by verification and
by restore alike; a refused restore changes nothing in the data folder it targets."""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from logger_app.backup import (
    FORMAT_VERSION,
    BackupError,
    make_backup,
    restore_backup,
    verify_backup,
)
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME
from logger_app.store.migrations import MIGRATION_SET

from ...logbook_template import new_logbook
from ..backup_support import (
    NOW,
    build_logbook,
    edit_manifest,
    flip_byte_in_member,
    replace_database,
    rewrite,
    tree_state,
)
from ..schema_tampering import TAMPERINGS, Tampering, foreign_schema_under_our_id, tamper


@pytest.fixture
def good(tmp_path: Path, make_session) -> Path:
    """A sound backup of a logbook with two photos."""
    folder = tmp_path / "source"
    build_logbook(folder, tmp_path / "sources", make_session, photos=2).close()
    return make_backup(folder, tmp_path / "good.zip", now=NOW).path


@pytest.fixture
def target(tmp_path: Path) -> Path:
    """The data folder a restore is tried on: an existing logbook (with a photo-less
    client), closed, as a practitioner's would be."""
    folder = tmp_path / "target"
    with new_logbook(folder) as book:
        book.add_client(ClientDetails("Tara", "Target"), today=NOW.date())
    return folder


def _photo_member(archive: Path) -> str:
    with zipfile.ZipFile(archive) as opened:
        return next(n for n in opened.namelist() if n.startswith("photos/"))


def flipped_photo(good: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "flipped.zip"
    copy.write_bytes(good.read_bytes())
    flip_byte_in_member(copy, _photo_member(copy))
    return copy


def truncated(good: Path, tmp_path: Path) -> Path:
    data = good.read_bytes()
    return _write(tmp_path / "half.zip", data[: len(data) // 2])


def not_a_zip(good: Path, tmp_path: Path) -> Path:
    return _write(tmp_path / "notes.zip", b"just some text, not an archive\n" * 20)


def empty_file(good: Path, tmp_path: Path) -> Path:
    return _write(tmp_path / "empty.zip", b"")


def foreign_zip(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "holiday.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("IMG_0001.jpg", b"\xff\xd8 not really")
        archive.writestr("readme.txt", "photos from the beach")
    return path


def foreign_manifest(good: Path, tmp_path: Path) -> Path:
    return edit_manifest(good, tmp_path / "other.zip", lambda m: m.update(format="other-app"))


def no_manifest(good: Path, tmp_path: Path) -> Path:
    drop = lambda name, data: None if name == "MANIFEST.json" else data  # noqa: E731
    return rewrite(good, tmp_path / "no-manifest.zip", drop)


def newer_format(good: Path, tmp_path: Path) -> Path:
    return edit_manifest(
        good, tmp_path / "newer.zip", lambda m: m.update(format_version=FORMAT_VERSION + 1)
    )


def broken_manifest(good: Path, tmp_path: Path) -> Path:
    return edit_manifest(good, tmp_path / "broken.zip", lambda m: m.pop("files"))


def escaping_entry(name: str) -> Callable[[Path, Path], Path]:
    def make(good: Path, tmp_path: Path) -> Path:
        return rewrite(good, tmp_path / "evil.zip", add={name: b"owned"})

    return make


def unlisted_extra(good: Path, tmp_path: Path) -> Path:
    return rewrite(good, tmp_path / "extra.zip", add={"photos/00/notes.txt": b"extra"})


def listed_but_foreign(good: Path, tmp_path: Path) -> Path:
    def edit(manifest: dict) -> None:
        manifest["files"].append({"path": "setup.sh", "size": 4, "sha256": "0" * 64})

    return rewrite(
        edit_manifest(good, tmp_path / "step.zip", edit), tmp_path / "foreign-listed.zip",
        add={"setup.sh": b"boom"},
    )  # fmt: skip


def photo_missing(good: Path, tmp_path: Path) -> Path:
    photo = _photo_member(good)
    return rewrite(good, tmp_path / "missing.zip", lambda n, d: None if n == photo else d)


def wrong_database_sum(good: Path, tmp_path: Path) -> Path:
    def edit(manifest: dict) -> None:
        manifest["files"][0]["sha256"] = "f" * 64

    return edit_manifest(good, tmp_path / "sum.zip", edit)


def foreign_database(good: Path, tmp_path: Path) -> Path:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return replace_database(good, tmp_path / "foreign-db.zip", other.read_bytes())


def text_as_database(good: Path, tmp_path: Path) -> Path:
    return replace_database(good, tmp_path / "text-db.zip", b"not a database at all" * 50)


def newer_schema(good: Path, tmp_path: Path) -> Path:
    """A real backup of a logbook written by a newer app (a schema step unknown here)."""
    folder = tmp_path / "newer-logbook"
    new_logbook(folder).close()
    with sqlite3.connect(folder / DATABASE_FILENAME) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, 'm099_from_the_future', '2030-01-01 00:00:00+00:00')",
            [MIGRATION_SET],
        )
    conn.close()
    return make_backup(folder, tmp_path / "newer-schema.zip").path


def tampered_database(tampering: Tampering) -> Callable[[Path, Path], Path]:
    """The good archive, its database changed behind the app's back (rows, counts and
    photos as the manifest says: only the schema check can refuse it)."""

    def make(good: Path, tmp_path: Path) -> Path:
        database = tmp_path / f"{tampering.id}.sqlite3"
        with zipfile.ZipFile(good) as opened:
            database.write_bytes(opened.read(DATABASE_FILENAME))
        tamper(database, tampering.sql)
        return replace_database(good, tmp_path / f"{tampering.id}.zip", database.read_bytes())

    make.__name__ = f"tampered_{tampering.id}"
    return make


def foreign_schema_with_our_id(good: Path, tmp_path: Path) -> Path:
    database = tmp_path / "foreign-ours.sqlite3"
    foreign_schema_under_our_id(database)
    return replace_database(good, tmp_path / "foreign-ours.zip", database.read_bytes())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


CASES = [
    (flipped_photo, r"is damaged: photos/.*\.jpg does not match the checksum"),
    (truncated, "the archive is incomplete or damaged"),
    (not_a_zip, "the archive is incomplete or damaged"),
    (empty_file, "the archive is incomplete or damaged"),
    (foreign_zip, r"not a logbook backup \(it has no MANIFEST.json\)"),
    (foreign_manifest, "not a logbook backup"),
    (no_manifest, "not a logbook backup"),
    (newer_format, "made by a newer version of the app .* update the app"),
    (broken_manifest, "is damaged: its MANIFEST.json has no valid 'files'"),
    (escaping_entry("../evil"), r"unsafe name \('../evil'\)"),
    (escaping_entry("photos/../../evil"), "unsafe name"),
    (escaping_entry("/etc/evil"), "unsafe name"),
    (escaping_entry("C:/evil"), "unsafe name"),
    (escaping_entry("photos\\..\\evil"), "unsafe name"),
    (unlisted_extra, "holds files its manifest does not list .*notes.txt"),
    (listed_but_foreign, "not part of a logbook backup .*setup.sh"),
    (photo_missing, "is incomplete: 1 file.* missing"),
    (wrong_database_sum, "logbook.sqlite3 does not match the checksum"),
    (foreign_database, r"not a logbook \(it belongs to another program\)"),
    (text_as_database, r"not a logbook \(not a SQLite file\)"),
    (newer_schema, "newer version of the app .*m099_from_the_future.*update the app"),
    (foreign_schema_with_our_id, "not a logbook as this app makes it .*an extra table `clients`"),
    *(
        (tampered_database(tampering), f"not a logbook as this app makes it .*{tampering.named}")
        for tampering in TAMPERINGS
    ),
]


@pytest.mark.parametrize(("make_bad", "message"), CASES, ids=[c[0].__name__ for c in CASES])
def test_a_bad_archive_is_refused_and_the_data_folder_left_as_it_was(
    good: Path, target: Path, tmp_path: Path, make_bad, message: str
) -> None:
    bad = make_bad(good, tmp_path)
    before = tree_state(target)
    siblings = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(BackupError, match=message) as verified:
        verify_backup(bad)
    with pytest.raises(BackupError, match=message) as restored:
        restore_backup(bad, target)

    assert "\n" not in str(verified.value) and str(verified.value) == str(restored.value)
    assert tree_state(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == siblings  # no staging left
    assert not (tmp_path / "evil").exists() and not Path("/etc/evil").exists()


def test_a_refused_archive_does_not_create_a_missing_data_folder(
    good: Path, tmp_path: Path
) -> None:
    bad = truncated(good, tmp_path)
    with pytest.raises(BackupError):
        restore_backup(bad, tmp_path / "new")
    assert not (tmp_path / "new").exists()


def test_a_missing_archive_is_named(tmp_path: Path, target: Path) -> None:
    with pytest.raises(BackupError, match=r"nowhere\.zip does not exist"):
        restore_backup(tmp_path / "nowhere.zip", target)


def test_the_good_archive_itself_is_accepted(good: Path, target: Path) -> None:
    assert verify_backup(good).photo_files == 2
    assert restore_backup(good, target).replaced is not None


def test_folder_entries_added_by_zip_tools_are_ignored(good: Path, tmp_path: Path) -> None:
    rezipped = rewrite(good, tmp_path / "rezipped.zip", add={"photos/": b"", "photos/ab/": b""})
    assert verify_backup(rezipped).photo_files == 2
    restored = restore_backup(rezipped, tmp_path / "restored").data_dir
    assert sorted(p.name for p in restored.iterdir()) == [DATABASE_FILENAME, "photos"]


@pytest.mark.parametrize("kind", ["text", "foreign"])
def test_only_a_logbook_is_backed_up(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    database = folder / DATABASE_FILENAME
    if kind == "text":
        database.write_text("not a database, but plenty of text here " * 100)
    else:
        with sqlite3.connect(database) as conn:
            conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY)")
        conn.close()
    before = tree_state(folder)
    with pytest.raises(BackupError, match=r"(cannot be backed up|not a logbook database)"):
        make_backup(folder, tmp_path / "backup.zip")
    assert tree_state(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder"]
