"""A restore cut short at every step of its swap: the next open (a new process) finds
exactly the old logbook or exactly the restored one, photos and thumbnails included,
`check` clean, nothing staged left behind."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

import pytest

import logger_app.backup.journal as journal_module
from logger_app.app_log import LOGS_FOLDER
from logger_app.backup import BackupError, make_backup, prepare_restore
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME
from logger_app.store.folder_upkeep import recover_data_folder
from logger_app.verification.anchors import ANCHOR_FILENAME

from ...signing import TEST_PASSPHRASE, sign_in
from ..backup_support import NOW, build_logbook, photo_hashes, tree_state

pytestmark = pytest.mark.real_creation

# Run in a new process: restores `archive` into `data_dir` and dies (os._exit, no
# clean-up of any kind) right after the step numbered `crash_after` (0: once staged,
# before the swap starts). Every step's name is printed first.
CRASHING_RESTORE = """
import os, sys
from pathlib import Path
from logger_app.backup import prepare_restore

archive, data_dir, crash_after = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
count = 0

def after_step(name):
    global count
    print(name, flush=True)
    if count == crash_after:
        os._exit(1)
    count += 1

prepared = prepare_restore(archive, data_dir)
after_step("staged (before the swap)")
prepared.commit(after_step=after_step)
"""

# Run in a new process after a crash: `info` (the first open, which completes or undoes
# the swap), then `check` on the same folder, as two commands typed one after the other
# would; one process for both spares a start of Python per step of the crash matrix.
# Prints each command's status, output and errors as JSON.
NEXT_OPEN = """
import contextlib, io, json, sys
from logger_app.cli import main

results = {}
for command in ("info", "check"):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([command, "--data-dir", sys.argv[1]])
    results[command] = [status, out.getvalue(), err.getvalue()]
print(json.dumps(results))
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=120, check=False
    )


class Outcome(NamedTuple):
    """A command's exit status and what it printed."""

    returncode: int
    stdout: str
    stderr: str


def client_names(data_dir: Path) -> list[str]:
    uri = f"{(data_dir / DATABASE_FILENAME).as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        rows = conn.execute("SELECT first_name || ' ' || last_name FROM clients ORDER BY 1")
        return [row[0] for row in rows]


def photo_rows(data_dir: Path) -> list[str]:
    uri = f"{(data_dir / DATABASE_FILENAME).as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return sorted(row[0] for row in conn.execute("SELECT sha256 FROM photos"))


def logbook_state(data_dir: Path) -> dict[str, object]:
    """What must be exactly one side's: clients, photo rows, photo files (by content),
    thumbnails, and every other entry of the folder but ``backups/`` and ``logs/`` (the
    app's own, kept where they are by a restore) and this computer's audit anchor,
    which whichever write came last leaves."""
    return {
        "clients": client_names(data_dir),
        "photo rows": photo_rows(data_dir),
        "photo files": photo_hashes(data_dir),
        "thumbnails": tree_state(data_dir / "thumbnails"),
        "entries": sorted(
            p.name
            for p in data_dir.iterdir()
            if p.name not in ("backups", LOGS_FOLDER, ANCHOR_FILENAME)
            and not p.name.endswith(("-wal", "-shm"))  # SQLite's own
        ),
    }


@pytest.fixture
def sides(tmp_path: Path, make_session) -> tuple[Path, Path]:
    """(the archive of the logbook to restore, a template of the folder's current one)."""
    restored = tmp_path / "to-restore"
    with build_logbook(restored, tmp_path / "sources-a", make_session, photos=3) as book:
        sign_in(book)  # whom the reference restore on the command line runs as
    archive = make_backup(restored, tmp_path / "backup.zip", now=NOW).path
    current = tmp_path / "current-template"
    with build_logbook(current, tmp_path / "sources-b", make_session, photos=2) as book:
        book.add_client(ClientDetails("Carl", "Current"), today=NOW.date())
        for photo in book.photos_of_client(1):
            book.photo_thumbnail(photo)  # thumbnails on the old side only
    return archive, current


def test_a_crash_after_any_step_of_a_restore_leaves_one_whole_logbook(
    sides: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive, template = sides
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    old = logbook_state(reference)
    new_folder = tmp_path / "reference-new"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "logger_app",
            "restore",
            "--data-dir",
            str(new_folder),
            str(archive),
        ],
        check=True,
        capture_output=True,
        env=os.environ | {PRACTITIONER_ENV: "Test Practitioner", PASSPHRASE_ENV: TEST_PASSPHRASE},
    )
    new = logbook_state(new_folder)
    assert old["clients"] != new["clients"] and old["photo files"] != new["photo files"]
    assert old["thumbnails"] and new["thumbnails"] is None

    matrix: list[tuple[int, str, str]] = []
    for crash_after in range(40):
        parent = tmp_path / f"crash-{crash_after}"
        data_dir = parent / "data"
        parent.mkdir()
        shutil.copytree(template, data_dir)
        restore = run("-c", CRASHING_RESTORE, str(archive), str(data_dir), str(crash_after))
        steps = restore.stdout.split("\n")[:-1]
        if restore.returncode == 0:  # ran past its last step: every step was covered
            assert crash_after == len(steps) > 8
            break
        assert restore.returncode == 1 and len(steps) == crash_after + 1, restore.stderr

        next_open = run("-c", NEXT_OPEN, str(data_dir))
        assert next_open.returncode == 0, next_open.stderr
        info, check = (Outcome(*result) for result in json.loads(next_open.stdout).values())
        assert info.returncode == 0, info.stderr
        assert check.returncode == 0, check.stdout + check.stderr
        assert "All photos are in order." in check.stdout and "leftover" not in check.stdout

        state = logbook_state(data_dir)
        assert state in (old, new), f"after {steps[-1]!r}: a mix of the two logbooks"
        outcome = "old" if state == old else "new"
        assert f"Clients:     {len(state['clients'])}" in info.stdout  # type: ignore[arg-type]
        replaced = sorted((data_dir / "backups").glob("replaced-*"))
        if outcome == "new":  # the replaced logbook is whole, where it is said to be
            assert len(replaced) == 1 and logbook_state(replaced[0]) == old
        else:
            assert replaced == []
        assert sorted(p.name for p in parent.iterdir()) == ["data"]  # no staging, no journal
        assert not (data_dir / ".owners").exists()
        matrix.append((crash_after, steps[-1], outcome))
    else:
        pytest.fail("the restore never ran to its end")

    with capsys.disabled():
        print("\ncrash after step                         | next open finds")
        for number, step, outcome in matrix:
            print(f"{number:2d}. {step:<36} | {outcome} logbook")
    # Before the journal the old logbook stays; once it is written the swap completes.
    assert [outcome for _, _, outcome in matrix] == ["old"] + ["new"] * (len(matrix) - 1)


def test_a_swap_whose_restored_files_are_gone_is_undone(
    sides: tuple[Path, Path], tmp_path: Path
) -> None:
    """Rolled back, not forward, when the staged logbook cannot complete the swap."""
    archive, template = sides
    data_dir = tmp_path / "crash" / "data"
    shutil.copytree(template, data_dir)
    old = logbook_state(data_dir)
    # Step 5: the folder's entries move aside one by one (this computer's audit anchor too).
    restore = run("-c", CRASHING_RESTORE, str(archive), str(data_dir), "5")
    assert restore.stdout.split("\n")[-2] == "moved photos aside", restore.stdout
    [staging] = [p for p in data_dir.parent.iterdir() if p.is_dir() and p.name != "data"]
    shutil.rmtree(staging / "photos")  # the restored photos, lost before they moved in

    with Logbook.open(data_dir) as book:
        assert book.client_count() == len(old["clients"])  # type: ignore[arg-type]
    assert logbook_state(data_dir) == old
    assert sorted(p.name for p in data_dir.parent.iterdir()) == ["data"]
    assert not (data_dir / "backups").exists()  # made by the swap, removed by its undoing


def test_a_move_that_fails_puts_everything_back(
    sides: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, template = sides
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    old = logbook_state(data_dir)
    real_move: Callable[[Path, Path], None] = journal_module.move_entry
    moves: list[Path] = []

    def failing_third_move(source: Path, target: Path) -> None:
        moves.append(source)
        if len(moves) == 3:
            raise OSError(28, "No space left on device")
        real_move(source, target)

    monkeypatch.setattr(journal_module, "move_entry", failing_third_move)
    with (
        pytest.raises(BackupError, match=r"No space left on device.*left in place"),
        prepare_restore(archive, data_dir) as prepared,
    ):
        prepared.commit()
    monkeypatch.undo()
    assert logbook_state(data_dir) == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_open_during_a_running_swap_is_told_to_wait(
    sides: tuple[Path, Path], tmp_path: Path
) -> None:
    """The journal of a restore whose process still runs is never acted on."""
    archive, template = sides
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    seen: list[str] = []

    def open_from_another_process(step: str) -> None:
        seen.append(step)
        if step == "moved photos aside":
            result = run("-m", "logger_app", "info", "--data-dir", str(data_dir))
            seen.append(f"{result.returncode}: {result.stderr.strip()}")

    with prepare_restore(archive, data_dir) as prepared:
        with Logbook.open(data_dir) as book:  # only staged: the open is not disturbed
            assert book.client_count() == 3
        prepared.commit(after_step=open_from_another_process)
    assert any(line.startswith("3: logger-app: A backup is being restored") for line in seen)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    with Logbook.open(data_dir) as book:
        assert book.photo_count() == 3


def test_a_crash_during_prepare_leaves_a_staging_folder_the_next_open_removes(
    sides: tuple[Path, Path], tmp_path: Path
) -> None:
    archive, template = sides
    data_dir = tmp_path / "crash" / "data"
    shutil.copytree(template, data_dir)
    restore = run("-c", CRASHING_RESTORE, str(archive), str(data_dir), "0")
    assert restore.returncode == 1
    assert len(list(data_dir.parent.iterdir())) == 3  # data, staging and its lock
    check = run("-m", "logger_app", "check", "--data-dir", str(data_dir))
    assert check.returncode == 1
    assert "from an interrupted restore; removed" in check.stdout
    assert os.listdir(data_dir.parent) == ["data"]


def test_a_swap_the_process_had_begun_to_undo_is_undone(
    sides: tuple[Path, Path], tmp_path: Path
) -> None:
    """A failed move turns the journal to "back": a crash while undoing goes on undoing,
    though the staged logbook could still complete the swap."""
    archive, template = sides
    data_dir = tmp_path / "crash" / "data"
    shutil.copytree(template, data_dir)
    old = logbook_state(data_dir)
    restore = run("-c", CRASHING_RESTORE, str(archive), str(data_dir), "7")
    assert restore.stdout.split("\n")[-2] == "moved photos in", restore.stdout
    [journal] = data_dir.parent.glob("*.journal")
    record = json.loads(journal.read_text(encoding="utf-8"))
    journal.write_text(json.dumps(record | {"phase": "back"}), encoding="utf-8")

    lines = recover_data_folder(data_dir)

    assert lines[0].startswith(f"An interrupted restore into {data_dir} was undone")
    assert logbook_state(data_dir) == old
    assert sorted(p.name for p in data_dir.parent.iterdir()) == ["data"]
