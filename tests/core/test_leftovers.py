"""Leftovers of interrupted work: temporary files of a process that died are removed by
the next open of the data folder, those of a running process never; `check` lists them
with their size."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from logger_app.backup import make_backup
from logger_app.export import export_all
from logger_app.leftovers import (
    EXPORT,
    PHOTO_IMPORT,
    UPGRADE_COPY,
    TempFile,
    plain_size,
    tracked_temp,
)
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store.folder_upkeep import recover_data_folder, upkeep_data_folder

from ..logbook_template import new_logbook
from .backup_support import NOW

# Run in a new process: registers a temporary file of `size` bytes for `kind` in the
# data folder's name, prints its path, then dies without any clean-up, or (with
# "wait") stays alive until its standard input closes.
OWNER = """
import os, sys
from pathlib import Path
from logger_app.leftovers import TempFile

data_dir, folder, prefix, kind, size, final, mode = sys.argv[1:8]
temp = TempFile(Path(data_dir), Path(folder), prefix, kind, final=Path(final))
temp.path.write_bytes(b"x" * int(size))
print(temp.path, flush=True)
if mode == "wait":
    sys.stdin.read()
os._exit(1)
"""


@pytest.fixture
def logbook_dir(data_dir: Path) -> Path:
    with new_logbook(data_dir) as book:
        book.add_client(ClientDetails("Ann", "Smith"), today=NOW.date())
    return data_dir


def crashed_owner(data_dir: Path, folder: Path, prefix: str, kind: str, size: int = 10) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / "client-history.pdf"
    args = [str(data_dir), str(folder), prefix, kind, str(size), str(final), "exit"]
    done = subprocess.run(
        [sys.executable, "-c", OWNER, *args], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1, done.stderr
    path = Path(done.stdout.strip())
    assert path.is_file() and path.stat().st_size == size
    return path


@contextmanager
def owner_process(data_dir: Path, folder: Path) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A running process owning a temporary export file in ``folder``: (its path, a
    function that ends the process)."""
    folder.mkdir(exist_ok=True)
    args = [str(data_dir), str(folder), ".export-", EXPORT, "10", str(folder / "a.csv"), "wait"]
    with subprocess.Popen(
        [sys.executable, "-c", OWNER, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stdin is not None
        path = Path(process.stdout.readline().strip())

        def end() -> None:
            if not process.stdin.closed:  # type: ignore[union-attr]
                process.stdin.close()  # type: ignore[union-attr]
            process.wait(timeout=30)

        try:
            yield path, end
        finally:
            end()


@pytest.fixture
def running_owner(logbook_dir: Path, tmp_path: Path) -> Iterator[Path]:
    """The temporary export file of a process that is still running."""
    with owner_process(logbook_dir, tmp_path / "exports") as (path, _):
        yield path


def test_the_temporary_file_of_a_killed_export_is_removed_at_the_next_open(
    logbook_dir: Path, tmp_path: Path
) -> None:
    """Outside the data folder (beside the user's file): found by its registration."""
    leftover = crashed_owner(logbook_dir, tmp_path / "exports", ".export-", EXPORT)
    untouched = tmp_path / "exports" / ".export-not-ours.part"  # never registered: not ours
    untouched.write_bytes(b"someone else's")
    with Logbook.open(logbook_dir) as book:
        assert book.client_count() == 1
    assert not leftover.exists()
    assert untouched.exists()
    assert not (logbook_dir / ".owners").exists()  # its bookkeeping went with it


def test_a_file_of_a_running_process_is_never_removed(
    logbook_dir: Path, running_owner: Path
) -> None:
    assert recover_data_folder(logbook_dir) == []
    with Logbook.open(logbook_dir):
        pass
    assert running_owner.exists()
    [seen] = upkeep_data_folder(logbook_dir, thorough=True).leftovers
    assert seen.in_use and seen.path == running_owner and seen.kind == EXPORT


def test_this_processes_own_files_are_never_removed(logbook_dir: Path, tmp_path: Path) -> None:
    final = tmp_path / "copy.sqlite3"
    with tracked_temp(logbook_dir, final, kind=UPGRADE_COPY) as temp:
        temp.write_bytes(b"being written")
        with Logbook.open(logbook_dir):
            pass
        assert temp.read_bytes() == b"being written"
    assert final.read_bytes() == b"being written" and not temp.exists()


def test_once_the_owner_ends_its_file_is_a_leftover(logbook_dir: Path, tmp_path: Path) -> None:
    """The same file: kept while its process runs, removed once it has ended (by the
    lock the system drops with the process, whatever its pid becomes)."""
    folder = tmp_path / "exports"
    with owner_process(logbook_dir, folder) as (path, end):
        recover_data_folder(logbook_dir)
        assert path.exists()
        end()
        lines = recover_data_folder(logbook_dir)
    assert not path.exists()
    assert lines == [
        f"A leftover of interrupted work was removed: {path.name} beside {folder / 'a.csv'}, "
        "10 bytes, from an interrupted export."
    ]


def test_leftovers_of_every_kind_are_removed(logbook_dir: Path, tmp_path: Path) -> None:
    backups = logbook_dir / "backups"
    photo = crashed_owner(logbook_dir, logbook_dir / "photos" / "ab", ".tmp-", PHOTO_IMPORT)
    copy = crashed_owner(logbook_dir, backups / "before-migration", "", UPGRADE_COPY)
    # Left by an older version, which registered nothing: found where they are made.
    snapshot = backups / "automatic" / ".logbook-snapshot-k2j4h5g6"
    snapshot.parent.mkdir(parents=True)
    snapshot.write_bytes(b"a whole database")
    partial_backup = backups / "automatic" / "logbook-20250601-120000.zip.part"
    partial_backup.write_bytes(b"half a zip")
    upgrade = backups / "before-migration" / "logbook-20250601T120000Z.sqlite3.part"
    upgrade.write_bytes(b"half a copy")
    staging = logbook_dir.parent / f".{logbook_dir.name}-restoring-x8_k2abc"
    (staging / "photos").mkdir(parents=True)
    (staging / "logbook.sqlite3").write_bytes(b"a restored database")
    kept = backups / "automatic" / "logbook-20250601-120000.zip"
    kept.write_bytes(b"a finished backup")

    with Logbook.open(logbook_dir):
        pass

    for path in (photo, copy, snapshot, partial_backup, upgrade, staging):
        assert not path.exists(), path
    assert kept.exists()


def test_the_leftovers_of_a_killed_backup_are_removed(logbook_dir: Path, tmp_path: Path) -> None:
    """The database snapshot and the unfinished archive, beside the chosen file."""
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from logger_app.backup import make_backup\n"
        "def die(done, total):\n"
        "    os._exit(1)\n"
        "make_backup(Path(sys.argv[1]), Path(sys.argv[2]), die)\n"
    )
    target = tmp_path / "usb-stick" / "backup.zip"
    done = subprocess.run(
        [sys.executable, "-c", script, str(logbook_dir), str(target)], check=False
    )
    assert done.returncode == 1
    left = sorted(p.name for p in target.parent.iterdir())
    assert "backup.zip.part" in left and any(n.startswith(".logbook-snapshot-") for n in left)

    with Logbook.open(logbook_dir):
        pass
    assert list(target.parent.iterdir()) == []
    made = make_backup(logbook_dir, target)  # and the next backup works as ever
    assert made.clients == 1 and list(target.parent.iterdir()) == [target]


def test_check_lists_each_leftover_with_its_size(logbook_dir: Path, tmp_path: Path) -> None:
    leftover = crashed_owner(logbook_dir, tmp_path / "exports", ".export-", EXPORT, 2_500_000)

    def check() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "logger_app", "check", "--data-dir", str(logbook_dir)],
            capture_output=True,
            text=True,
            check=False,
        )

    first = check()
    assert first.returncode == 1, first.stdout + first.stderr
    final = tmp_path / "exports" / "client-history.pdf"
    assert (
        f"leftover: {leftover.name} beside {final}, 2.5 MB, from an interrupted export; "
        "removed (no running process owned it)"
    ) in first.stdout
    assert "1 problem found." in first.stdout
    assert not leftover.exists()
    second = check()
    assert second.returncode == 0 and "leftover" not in second.stdout


def test_check_names_a_file_still_being_written_without_counting_it(
    logbook_dir: Path, running_owner: Path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "logger_app", "check", "--data-dir", str(logbook_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
    assert f"note: {running_owner} is being written by a running export; left alone" in (
        result.stdout
    )
    assert running_owner.exists()


def test_an_export_in_progress_is_registered_as_this_processes(
    logbook_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.csv"
    seen = []

    def look() -> bool:  # called by the export between clients, while it writes
        seen.extend(upkeep_data_folder(logbook_dir).leftovers)
        return False

    with Logbook.open(logbook_dir) as book:
        export_all(book, "csv", target, cancel=look)
    assert [(s.kind, s.final, s.in_use) for s in seen] == [(EXPORT, target, True)]
    assert seen[0].path.parent == tmp_path and not seen[0].path.exists()
    assert target.is_file() and not (logbook_dir / ".owners").exists()


def test_the_audit_export_is_registered_too(logbook_dir: Path, tmp_path: Path) -> None:
    seen = []

    class Watched(list):  # the entries, read by the writer while its file is open
        def __iter__(self):  # type: ignore[no-untyped-def]
            seen.extend(upkeep_data_folder(logbook_dir).leftovers)
            return super().__iter__()

    with Logbook.open(logbook_dir) as book:
        book.export_audit_csv(Watched(book.audit_entries()), tmp_path / "audit.csv")
    assert [(s.kind, s.final, s.in_use) for s in seen] == [(EXPORT, tmp_path / "audit.csv", True)]


def test_a_photo_being_stored_is_registered(
    logbook_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logger_app.photos.store as store

    seen = []
    real_replace = store.os.replace

    def look(source: str, target: str) -> None:  # the rename into place: still registered
        seen.extend(upkeep_data_folder(logbook_dir).leftovers)
        real_replace(source, target)

    monkeypatch.setattr(store.os, "replace", look)
    stored = store.put(logbook_dir, b"not really a jpeg")
    monkeypatch.undo()
    assert [(s.kind, s.final, s.in_use) for s in seen] == [(PHOTO_IMPORT, stored.path, True)]
    assert stored.path.read_bytes() == b"not really a jpeg"


def test_sizes_are_in_plain_units() -> None:
    assert [plain_size(n) for n in (1, 999, 1000, 48_200_000, 3_100_000_000)] == [
        "1 byte",
        "999 bytes",
        "1.0 kB",
        "48.2 MB",
        "3.1 GB",
    ]


def test_a_temporary_file_without_a_data_folder_is_plain(tmp_path: Path) -> None:
    temp = TempFile(None, tmp_path, ".export-", EXPORT)
    assert temp.path.exists() and temp.path.stat().st_mode & 0o777 == 0o600
    temp.discard()
    assert list(tmp_path.iterdir()) == []
