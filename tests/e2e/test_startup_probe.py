"""The benchmark's start-up probe runs unattended: signed in from the environment (plain
and encrypted logbooks), the first paint is the usable window, a refusal ends it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.logbook import Logbook

from ..encrypted import ADMIN, new_encrypted
from ..signing import TEST_PASSPHRASE, sign_in

PROBE = Path(__file__).resolve().parents[2] / "benchmarks" / "startup_probe.py"


def run_probe(data_dir: Path, tmp_path: Path, **sign_in_env: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LOGGER_APP_")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env |= sign_in_env
    return subprocess.run(
        [sys.executable, str(PROBE), "app", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def marks_of(done: subprocess.CompletedProcess) -> dict[str, float]:
    assert done.returncode == 0, done.stdout + done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


@pytest.fixture
def plain(data_dir: Path) -> tuple[Path, str]:
    with Logbook.open(data_dir, create=True) as logbook:
        name = sign_in(logbook).name
    return data_dir, name


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    folder = tmp_path / "encrypted"
    logbook, _keys = new_encrypted(folder)
    logbook.close()
    return folder


def sign_in_env(name: str, passphrase: str = TEST_PASSPHRASE) -> dict[str, str]:
    return {"LOGGER_APP_PRACTITIONER": name, "LOGGER_APP_PASSPHRASE": passphrase}


def test_a_plain_logbook_starts_signed_in(plain: tuple[Path, str], tmp_path: Path):
    folder, name = plain
    marks = marks_of(run_probe(folder, tmp_path, **sign_in_env(name)))
    assert marks["signed_in"] == 1.0
    assert marks["imported"] < marks["shown"] <= marks["first_paint"] <= marks["painted"]


def test_an_encrypted_logbook_starts_signed_in(encrypted: Path, tmp_path: Path):
    marks = marks_of(run_probe(encrypted, tmp_path, **sign_in_env(ADMIN)))
    assert marks["signed_in"] == 1.0
    assert marks["shown"] <= marks["first_paint"] <= marks["painted"]


@pytest.mark.parametrize("kind", ["plain", "encrypted"])
def test_a_wrong_passphrase_ends_the_probe_at_once(kind: str, plain, encrypted, tmp_path: Path):
    folder, name = plain if kind == "plain" else (encrypted, ADMIN)
    done = run_probe(folder, tmp_path, **sign_in_env(name, "not the passphrase"))
    assert done.returncode == 6
    assert f"PROBE-ERROR {name} was not signed in:" in done.stdout
    assert "not the passphrase" not in done.stdout + done.stderr


def test_without_a_practitioner_the_sign_in_screen_is_painted(plain, tmp_path: Path):
    folder, _name = plain
    marks = marks_of(run_probe(folder, tmp_path))
    assert marks["signed_in"] == 0.0


def test_the_benchmarks_encrypted_copy_opens_with_the_demo_passphrase(tmp_path: Path):
    sys.path.insert(0, str(PROBE.parent))
    try:
        from encrypted_demo import admin_name, ensure_encrypted_copy
    finally:
        sys.path.remove(str(PROBE.parent))
    from logger_app.demo import generate_demo
    from logger_app.demo.signers import DEMO_PASSPHRASE
    from logger_app.logbook.unlocking import open_signed_in

    plain = tmp_path / "demo"
    with Logbook.open(plain, create=True) as logbook:
        generate_demo(logbook, clients=3, sessions_per_client=(1, 2))
        names = sorted(c.full_name for c in logbook.list_clients())
    copy = ensure_encrypted_copy(plain)
    admin = admin_name(copy)
    assert admin == admin_name(plain)
    with open_signed_in(copy, admin, DEMO_PASSPHRASE) as logbook:
        assert logbook.encrypted
        assert sorted(c.full_name for c in logbook.list_clients()) == names
    stored = (copy / "logbook.sqlite3").read_bytes()
    assert not stored.startswith(b"SQLite format 3") and names[0].encode() not in stored
    made = (copy / "logbook.keys").stat().st_mtime_ns
    assert ensure_encrypted_copy(plain) == copy
    assert (copy / "logbook.keys").stat().st_mtime_ns == made  # reused, not made again
