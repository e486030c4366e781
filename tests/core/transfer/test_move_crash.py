"""A move killed after each of its steps (os._exit in a new process): the new home is
either as it was, and the move can simply be run again, or whole; the original is never
touched; nothing half-copied is left beside the new data folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ...server_home import server_database
from ..backup_support import tree_state
from .support import (
    filled_folder,
    rows_of_folder,
    rows_of_server,
    run,
    same_but_new_audit_entries,
)

pytestmark = pytest.mark.server_only

# Run in a new process: the move named by argv[1], killed right after its step numbered
# argv[4] (each step's name printed first).
CRASHING_MOVE = """
import os, sys
from pathlib import Path
from logger_app.transfer import move_to_file, move_to_server

kind, folder, url, crash_after = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
done = 0

def after_step(name):
    global done
    print(name, flush=True)
    if done == crash_after:
        os._exit(1)
    done += 1

if kind == "to-file":
    move_to_file(url, folder, actor="crash test", after_step=after_step)
else:
    move_to_server(folder, url, actor="crash test", after_step=after_step)
"""
TO_FILE_STEPS = [
    "staging folder made", "photos copied", "rows copied", "copy checked", "move recorded",
    "put in place",
]  # fmt: skip
EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of b""
TO_SERVER_STEPS = ["photos copied", "rows copied", "copy checked", "move recorded"]


def crash(kind: str, folder: Path, url: str, after: int) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_MOVE, kind, str(folder), url, str(after)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    return done.stdout.split("\n")[: after + 1]


def without_reader_files(state: dict[str, str]) -> dict[str, str]:
    assert state.get("logbook.sqlite3-wal", EMPTY) == EMPTY
    return {name: digest for name, digest in state.items() if not name.endswith(("-wal", "-shm"))}


def beside(folder: Path) -> list[str]:
    """What a move left next to the data folder (its staging folder, its lock)."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}"))


@pytest.mark.parametrize("after", range(len(TO_FILE_STEPS)))
def test_a_move_to_a_file_killed_after_any_step(tmp_path: Path, after: int) -> None:
    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    with server_database() as url:
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 0
        on_server = rows_of_server(url)
        target = tmp_path / "moved"
        assert crash("to-file", target, url, after) == TO_FILE_STEPS[: after + 1]
        if after < TO_FILE_STEPS.index("put in place"):
            assert not target.exists()  # never a half-copied logbook
            # Run again: it clears what the dead move left, and moves the logbook whole.
            assert run("move-to-file", "--database-url", url, "--data-dir", target) == 0
        else:
            assert run("info", "--data-dir", target) == 0
            assert run("move-to-file", "--database-url", url, "--data-dir", target) == 2
        moved = rows_of_folder(target)
        assert same_but_new_audit_entries(on_server, moved) == ["move"]
        assert run("check", "--data-dir", target) == 0
        assert beside(target) == []
        assert rows_of_server(url) == on_server  # the server was only read


@pytest.mark.parametrize("after", range(len(TO_SERVER_STEPS)))
def test_a_move_to_the_server_killed_after_any_step(tmp_path: Path, after: int) -> None:
    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    before = rows_of_folder(original)
    kept = tree_state(original)
    with server_database() as url:
        assert crash("to-server", original, url, after) == TO_SERVER_STEPS[: after + 1]
        # The original is never touched: a killed reader leaves SQLite's empty -wal and
        # its -shm index beside it, nothing more.
        assert without_reader_files(tree_state(original)) == kept
        if after < TO_SERVER_STEPS.index("rows copied"):
            # No row committed: the move runs again, and finds the photos already there.
            assert run("move-to-server", "--data-dir", original, "--database-url", url) == 0
            expected = ["move"]
        else:
            # The rows were committed whole: the server holds the logbook, refused again.
            assert run("move-to-server", "--data-dir", original, "--database-url", url) == 2
            expected = ["move"] if after >= TO_SERVER_STEPS.index("move recorded") else []
        assert same_but_new_audit_entries(before, rows_of_server(url)) == expected
        back = tmp_path / "back"
        assert run("move-to-file", "--database-url", url, "--data-dir", back) == 0
        assert run("check", "--data-dir", back) == 0


# Run in a new process: a backup of the server killed (os._exit) once the temporary file
# logbook holding the server's records is complete, before the archive is made.
CRASHING_BACKUP = """
import os, sys
from pathlib import Path
import logger_app.transfer.server_backup as server_backup

def killed(*args, **kwargs):
    os._exit(1)

server_backup.make_backup = killed
server_backup.backup_server(sys.argv[1], Path(sys.argv[2]), workstation=Path(sys.argv[3]))
"""


def test_a_server_backup_killed_leaves_no_plain_copy_after_the_next_open(
    tmp_path: Path,
) -> None:
    from logger_app.logbook import Logbook
    from logger_app.transfer.photos import TEMP_PREFIX

    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    workstation, backups = tmp_path / "workstation", tmp_path / "backups"
    with server_database() as url:
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 0
        done = subprocess.run(
            [sys.executable, "-c", CRASHING_BACKUP, url, str(backups / "b.zip"), str(workstation)],
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
        assert done.returncode == 1, done.stderr
        left = [p for p in backups.iterdir() if p.name.startswith(TEMP_PREFIX)]
        assert len(left) == 1 and (left[0] / "logbook" / "logbook.sqlite3").is_file()
        # The next open on this computer removes it: nobody owns it any more.
        Logbook.open(workstation, database_url=url).close()
        assert list(backups.iterdir()) == []
