"""Commands beside another writer, and on a full disk: they finish, or say why in one
line (exit 3: the logbook stayed busy; exit 2: the disk is full), never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PIL import Image

from logger_app.errors import BUSY_MESSAGE, EXIT_BUSY, EXIT_REFUSED
from logger_app.store.connection import BUSY_TIMEOUT_ENV

from ..core.import_samples import eu_files
from ..lock_support import database_dump, fill_disk, small_disk, write_lock_held
from .test_command_line import DEMO_SIGN_IN, app_environment

DATABASE = "logbook.sqlite3"


def command(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "logger_app", *(str(arg) for arg in args)]


def environment(busy_timeout: float | None = None) -> dict[str, str]:
    # Each command runs as the demo logbook's administrator: writes need a practitioner.
    env = app_environment(sign_in=DEMO_SIGN_IN)
    if busy_timeout is not None:
        env[BUSY_TIMEOUT_ENV] = str(busy_timeout)
    return env


def run(*args: str | Path, busy_timeout: float | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        timeout=180,
        env=environment(busy_timeout),
        check=False,
    )


def count(data_dir: Path, table: str) -> int:
    with closing(sqlite3.connect(data_dir / DATABASE)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_two_demo_runs_at_once_on_one_folder_both_finish(tmp_path: Path) -> None:
    data_dir = tmp_path / "shared"
    runs = [
        subprocess.Popen(
            command(
                "demo", "--plain", "--data-dir", data_dir, "--clients", "60", "--seed", str(seed)
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
        )
        for seed in (1, 2)
    ]
    finished = [process.communicate(timeout=180) for process in runs]
    for process, (_, stderr) in zip(runs, finished, strict=True):
        assert "Traceback" not in stderr
        # Each waits for the other's transaction (well under the busy timeout).
        assert process.returncode == 0, stderr
    assert count(data_dir, "clients") == 120
    with closing(sqlite3.connect(data_dir / DATABASE)) as conn:
        steps = conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
    assert len(steps) == len(set(steps))


@pytest.fixture
def logbook_with_a_session(tmp_path: Path) -> Path:
    data_dir = tmp_path / "book"
    made = run("demo", "--plain", "--data-dir", data_dir, "--clients", "1")
    assert made.returncode == 0, made.stderr
    return data_dir


def _photo(folder: Path) -> Path:
    path = folder / "front.png"
    Image.new("RGB", (120, 90), (196, 150, 128)).save(path)
    return path


def busy_command(name: str, data_dir: Path, tmp: Path) -> list[str | Path]:
    """The arguments of command ``name``, each a write to ``data_dir``."""
    if name == "demo":
        return ["demo", "--data-dir", data_dir, "--clients", "3"]
    if name == "import-csv":
        clients, treatments = eu_files(tmp)
        defaults = ["--default-area", "forehead", "--default-depth", "0.5"]
        return ["import-csv", "--data-dir", data_dir, "--clients", clients,
                "--treatments", treatments, *defaults, "--default-device", "pen"]  # fmt: skip
    if name == "photos import":
        return ["photos", "import", "--data-dir", data_dir, "--session", "1", _photo(tmp)]
    if name == "backup":
        return ["backup", "--data-dir", data_dir, "-o", tmp / "b.zip", "--force"]
    # A file no photo uses: removing it needs the write lock.
    orphan = data_dir / "photos" / "ab" / ("ab" + "0" * 62 + ".jpg")
    orphan.parent.mkdir(parents=True, exist_ok=True)
    orphan.write_bytes(b"left by an interrupted import")
    return ["check", "--data-dir", data_dir, "--remove-orphans"]


BUSY_COMMANDS = ["demo", "import-csv", "photos import", "backup", "check"]


@pytest.mark.parametrize("name", BUSY_COMMANDS)
def test_a_command_on_a_logbook_kept_busy_says_so_in_one_line_and_exits_3(
    logbook_with_a_session: Path, tmp_path: Path, name: str
) -> None:
    data_dir = logbook_with_a_session
    args = busy_command(name, data_dir, tmp_path)
    before = database_dump(data_dir / DATABASE)
    with write_lock_held(data_dir / DATABASE):
        result = run(*args, busy_timeout=0.3)
    assert result.returncode == EXIT_BUSY, result.stdout + result.stderr
    assert result.stderr == f"logger-app: {BUSY_MESSAGE}\n"
    assert database_dump(data_dir / DATABASE) == before
    # The lock gone, the same command goes through.
    again = run(*args, busy_timeout=0.3)
    assert again.returncode in (0, 1), again.stderr
    assert "Traceback" not in again.stderr
    assert database_dump(data_dir / DATABASE) != before


def test_demo_on_a_full_disk_says_so_and_keeps_what_was_saved(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", "8m") as disk:
        data_dir = disk / "book"
        first = run("demo", "--plain", "--data-dir", data_dir, "--clients", "40", "--seed", "1")
        assert first.returncode == 0, first.stderr
        with closing(sqlite3.connect(data_dir / DATABASE)) as conn:
            saved = conn.execute("SELECT * FROM sessions ORDER BY id").fetchall()
        fill_disk(disk, leave_bytes=300_000)
        full = run("demo", "--plain", "--data-dir", data_dir, "--clients", "600", "--seed", "2")
        assert full.returncode == EXIT_REFUSED, full.stdout + full.stderr
        assert full.stderr == (
            f"logger-app: The disk holding the logbook ({data_dir}) is full: nothing of this "
            "change was saved; everything saved before is kept. Free some space and try again.\n"
        )
        with closing(sqlite3.connect(data_dir / DATABASE)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            now = conn.execute(f"SELECT * FROM sessions WHERE id <= {len(saved)} ORDER BY id")
            assert now.fetchall() == saved
            assert saved
