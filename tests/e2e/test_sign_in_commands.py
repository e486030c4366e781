"""Signing in and ``verify`` as a user runs them: separate processes, real key
derivation, a real terminal for the passphrase prompt."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from logger_app.cli.sign_in import PRACTITIONER_ENV
from logger_app.demo import DEMO_PASSPHRASE, PRACTITIONERS

from ..forgery import forge_signed_depth
from .test_command_line import DEMO_SIGN_IN, app_environment, run_app

ADMIN = PRACTITIONERS[0]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    data_dir = tmp_path / "demo"
    # Plain: a forgery is written into the file directly.
    made = run_app("demo", "--plain", "--data-dir", str(data_dir), "--clients", "4", "--seed", "3")
    assert made.returncode == 0, made.stderr
    return data_dir


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "front.png"
    Image.new("RGB", (120, 90), (196, 150, 128)).save(path)
    return path


def test_a_fresh_demo_verifies_and_a_forged_depth_is_named(demo: Path) -> None:
    verified = run_app("verify", "--data-dir", str(demo))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    lines = verified.stdout.splitlines()
    assert lines[0].startswith("Signed sessions: ") and " 0 sealed at the upgrade" in lines[0]
    assert lines[-1] == "Every signature, record and audit entry holds."
    session_id = forge_signed_depth(demo / "logbook.sqlite3")
    forged = run_app("verify", "--data-dir", str(demo))
    assert forged.returncode == 1, forged.stderr
    first = forged.stdout.splitlines()[0]
    assert first.startswith(f"session {session_id}: changed after it was signed by ")
    assert forged.stdout.splitlines()[-1] == "1 finding: the records above do not hold."


def test_a_write_without_sign_in_and_a_wrong_passphrase_are_one_line(
    demo: Path, photo: Path, tmp_path: Path
) -> None:
    args = ("photos", "import", "--data-dir", str(demo), "--session", "1", str(photo))
    refused = run_app(*args)
    assert refused.returncode == 2
    assert refused.stderr == (
        "logger-app: photos import changes the logbook: sign in with --practitioner NAME "
        "and --passphrase-file FILE (or $LOGGER_APP_PRACTITIONER and "
        "$LOGGER_APP_PASSPHRASE).\n"
    )
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("a passphrase nobody chose\n", encoding="utf-8")
    wrong.chmod(0o600)
    result = run_app(*args, "--practitioner", ADMIN, "--passphrase-file", str(wrong))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"logger-app: cannot sign in as {ADMIN}: That passphrase is not right. Try again.\n"
    )
    right = tmp_path / "right.txt"
    right.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    right.chmod(0o640)
    loose = run_app(*args, "--practitioner", ADMIN, "--passphrase-file", str(right))
    assert loose.returncode == 2 and "are too open" in loose.stderr
    right.chmod(0o600)
    done = run_app(*args, "--practitioner", ADMIN, "--passphrase-file", str(right))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"imported: {photo} (photo 1)\n"


def test_on_a_terminal_the_passphrase_is_asked_without_echo(demo: Path, photo: Path) -> None:
    pty = pytest.importorskip("pty")
    env = app_environment() | {PRACTITIONER_ENV: ADMIN}
    argv = [sys.executable, "-m", "logger_app", "photos", "import", "--data-dir", str(demo),
            "--session", "1", str(photo)]  # fmt: skip
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its terminal is the pty
        os.execve(sys.executable, argv, env)
    try:
        shown = _read_until(terminal, f"Passphrase for {ADMIN}: ".encode())
        os.write(terminal, DEMO_PASSPHRASE.encode() + b"\n")
        shown += _read_until(terminal, None)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(terminal)
    assert os.waitstatus_to_exitcode(status) == 0, shown
    assert f"imported: {photo} (photo 1)".encode() in shown
    assert DEMO_PASSPHRASE.encode() not in shown  # not echoed


def _read_until(fd: int, marker: bytes | None, timeout: float = 60.0) -> bytes:
    """What the terminal shows until ``marker`` (None: until the child is done)."""
    seen = b""
    ends = time.monotonic() + timeout
    while marker is None or marker not in seen:
        left = ends - time.monotonic()
        assert left > 0, seen
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_help_lists_verify_and_its_options() -> None:
    listed = run_app("--help")
    assert "    verify " in listed.stdout
    helped = run_app("verify", "--help")
    for option in ("--no-photos", "--expect-head ID:SHA256", "--practitioner NAME"):
        assert option in helped.stdout


def test_a_second_demo_signs_its_practitioners_in_again(demo: Path) -> None:
    again = run_app("demo", "--data-dir", str(demo), "--clients", "2", sign_in=DEMO_SIGN_IN)
    assert again.returncode == 0, again.stderr
    assert run_app("verify", "--data-dir", str(demo)).returncode == 0
