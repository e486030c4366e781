"""Every command works on the clinic server given by --database-url or the environment,
with the data folder holding only this computer's caches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ...server_home import server_database

pytestmark = pytest.mark.server_only


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "logger_app", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def test_demo_info_export_and_check_run_on_the_server(tmp_path: Path) -> None:
    folder = tmp_path / "workstation"
    with server_database() as url:
        made = _run("demo", "--data-dir", str(folder), "--database-url", url, "--clients", "4")
        assert made.returncode == 0, made.stderr
        # The address from the environment, as IT would set it for every command.
        info = _run("info", "--data-dir", str(folder), env={"LOGGER_APP_DATABASE_URL": url})
        assert info.returncode == 0, info.stderr
        assert "Database:    clinic server: logbook_test_" in info.stdout
        assert "Clients:     4\n" in info.stdout
        assert not (folder / "logbook.sqlite3").exists()  # the records are not here

        target = tmp_path / "everyone.json"
        export = _run(
            "export", "--all", "--format", "json", "-o", str(target),
            "--data-dir", str(folder), "--database-url", url,
        )  # fmt: skip
        assert export.returncode == 0, export.stderr
        document = json.loads(target.read_text(encoding="utf-8"))
        assert len(document["clients"]) == 4

        check = _run("check", "--data-dir", str(folder), "--database-url", url)
        assert check.returncode == 0, check.stdout + check.stderr


def test_a_wrong_server_is_one_line_and_exit_2(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql://logbook@127.0.0.1:{port}/logbook"
    result = _run("info", "--data-dir", str(tmp_path / "d"), "--database-url", url)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("logger-app: The clinic server (logbook on")
    assert "Traceback" not in result.stderr


def test_check_names_a_photo_missing_on_the_server(tmp_path: Path) -> None:
    import psycopg

    from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV

    from ...signing import TEST_PASSPHRASE
    from ..transfer.support import ADMINISTRATOR, filled_folder

    original = filled_folder(tmp_path / "original", tmp_path / "sources")
    with server_database() as url:
        moved = _run(
            "move-to-server", "--data-dir", str(original), "--database-url", url,
            env={PRACTITIONER_ENV: ADMINISTRATOR, PASSPHRASE_ENV: TEST_PASSPHRASE},
        )  # fmt: skip
        assert moved.returncode == 0, moved.stderr
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("DELETE FROM photo_blobs WHERE sha256 = (SELECT min(sha256) FROM photos)")
        check = _run("check", "--data-dir", str(tmp_path / "room"), "--database-url", url)
        assert check.returncode == 1
        assert "its file is missing or damaged on the clinic server" in check.stdout
        assert "data folder" not in check.stdout.split("missing:")[1].splitlines()[0]
