"""The `logger-app` command as a user runs it: a separate process, real files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS

# The demo logbook's administrator, as a script names them.
DEMO_SIGN_IN = {PRACTITIONER_ENV: PRACTITIONERS[0], PASSPHRASE_ENV: DEMO_PASSPHRASE}


def app_environment(
    env_data_dir: Path | None = None, sign_in: dict[str, str] | None = None
) -> dict[str, str]:
    """This process's environment without a data folder or a practitioner, plus these."""
    env = dict(os.environ)
    for name in ("LOGGER_APP_DATA_DIR", PRACTITIONER_ENV, PASSPHRASE_ENV):
        env.pop(name, None)
    if env_data_dir is not None:
        env["LOGGER_APP_DATA_DIR"] = str(env_data_dir)
    return env | (sign_in or {})


def run_app(
    *args: str, env_data_dir: Path | None = None, sign_in: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``sign_in``: e.g. ``DEMO_SIGN_IN``, the environment naming the practitioner."""
    env = app_environment(env_data_dir, sign_in)
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_demo_then_info(tmp_path):
    data_dir = tmp_path / "demo"
    made = run_app("demo", "--data-dir", str(data_dir), "--clients", "12")
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("The logbook is encrypted. Its recovery key, shown only now:")
    assert "\nAdded 12 clients and " in made.stdout
    assert made.stdout.splitlines()[-1] == (
        "Sign in as Maya Okafor RN (administrator), Leonie Achterberg NP, Tomás "
        f"Ferreira-Lund MSc or Sana Rahimi RGN with the passphrase: {DEMO_PASSPHRASE}"
    )
    info = run_app("info", "--data-dir", str(data_dir), sign_in=DEMO_SIGN_IN)
    assert info.returncode == 0, info.stderr
    assert "Clients:     12" in info.stdout
    assert "Encrypted:   yes (SQLCipher 4." in info.stdout
    sessions = int(info.stdout.split("Sessions:")[1].split()[0])
    assert 12 <= sessions <= 12 * 12
    assert (data_dir / "logbook.sqlite3").is_file()


def test_data_folder_from_the_environment(tmp_path):
    data_dir = tmp_path / "from-env"
    refused = run_app("info", env_data_dir=data_dir)
    assert refused.returncode == 2
    assert f"There is no logbook in {data_dir}" in refused.stderr
    assert not data_dir.exists()  # a read-only command makes no logbook
    assert run_app("demo", "--plain", "--clients", "1", env_data_dir=data_dir).returncode == 0
    info = run_app("info", env_data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    assert f"Data folder: {data_dir}" in info.stdout
    assert "Clients:     1" in info.stdout


def test_a_file_that_is_not_a_logbook_is_refused_and_left_alone(tmp_path):
    data_dir = tmp_path / "notes"
    data_dir.mkdir()
    database = data_dir / "logbook.sqlite3"
    database.write_bytes(b"PK\x03\x04 a zip file, not a database")
    result = run_app("info", "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert "not a logbook database" in result.stderr
    assert "Traceback" not in result.stderr
    assert database.read_bytes() == b"PK\x03\x04 a zip file, not a database"


def test_a_logbook_from_a_newer_version_is_refused_untouched(tmp_path):
    data_dir = tmp_path / "newer"
    made = run_app("demo", "--plain", "--data-dir", str(data_dir), "--clients", "1")
    assert made.returncode == 0
    database = data_dir / "logbook.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('logger_app', 'm999_from_the_future', '2030-01-01')"
        )
    connection.close()
    before = database.read_bytes()
    result = run_app("info", "--data-dir", str(data_dir))
    assert result.returncode == 2
    assert "newer version" in result.stderr and "m999_from_the_future" in result.stderr
    assert database.read_bytes() == before


def test_bad_arguments_are_explained(tmp_path):
    result = run_app("demo", "--data-dir", str(tmp_path / "x"), "--clients", "none")
    assert result.returncode == 2
    assert "'none' is not a whole number" in result.stderr
    assert not (tmp_path / "x").exists()
