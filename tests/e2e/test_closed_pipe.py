"""A command whose reader stops early (`logger-app import-csv … --dry-run | head -1`)
ends quietly: no traceback, exit status 141 (as a program stopped by SIGPIPE)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.cli import EXIT_BROKEN_PIPE

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "entry",
    [
        ["-m", "logger_app"],  # cli.main
        ["-m", "ui"],  # the logger-app console script: ui.launcher.main
    ],
)
def test_a_dry_run_cut_by_head_ends_quietly(tmp_path: Path, entry: list[str]) -> None:
    # Far more output than a pipe holds (64 KiB): the command is still writing when
    # the reader goes away, however fast it is.
    garbage = "not a date " * 200
    rows = "".join(f"Ann{i},Lee,{garbage}\n" for i in range(300))
    clients = tmp_path / "clients.csv"
    clients.write_text("First name,Last name,Date of birth\n" + rows, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT))
    env.pop("LOGGER_APP_DATA_DIR", None)
    child = subprocess.Popen(
        [sys.executable, *entry, "import-csv", "--data-dir", str(tmp_path / "none"),
         "--clients", str(clients), "--dry-run"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=REPO_ROOT,
    )  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()  # `head -1` has what it wants and exits
    errors = child.stderr.read().decode()
    child.stderr.close()
    status = child.wait(timeout=120)
    assert first.startswith(b"Columns")
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert errors == ""
    assert status == EXIT_BROKEN_PIPE == 141
    assert not (tmp_path / "none").exists()
