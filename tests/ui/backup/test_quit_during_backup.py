"""Quitting while the automatic backup runs: the backup is cancelled, leaves no
half-made file, and nothing is printed as the app exits.

The backup is held in the middle of writing its archive (a slot connected directly to
its progress runs in the worker and waits there until the job is asked to stop), so the
window is always closed while the worker is busy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import ui.backup.backup_jobs
from logger_app.backup import BackupCancelled, backup_folder
from logger_app.backup.make import BACKUPS_FOLDER
from logger_app.records import ClientDetails, PhotoDetails
from logger_app.vocabulary import PhotoAngle, PhotoKind
from ui.backup.backup_jobs import run_auto_backup
from ui.shell.main_window import STOP_BACKUP_SECONDS

from ...logbook_template import new_logbook
from ...signing import sign_in
from ..photo_setup import noise_photos, session_of

ROOT = Path(__file__).resolve().parents[3]


def fill(data_dir: Path, pictures: Path) -> None:
    """A logbook with photos, whose automatic backup is due (none was made yet)."""
    pictures.mkdir(parents=True, exist_ok=True)
    with new_logbook(data_dir) as book:
        sign_in(book, "Maya")
        session = session_of(book, ClientDetails("Ann", "Lee"))
        shades = {str(shade): 60 + shade / 10 for shade in range(0, 250, 50)}
        files = noise_photos(pictures, shades, (400, 300))
        book.import_photos(session.id, files, PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT))


def leftovers(data_dir: Path) -> list[str]:
    """Half-made files of a backup anywhere under ``backups/``."""
    folder = data_dir / BACKUPS_FOLDER
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.name.endswith(".part") or p.name.startswith(".logbook-snapshot-")
    )


def held_backup(real, midway: threading.Event):
    """The real automatic backup, held at its first progress report (in the worker)
    until the job is asked to stop: the job's progress then raises BackupCancelled."""

    def run(data_dir: Path, keep: int | None = None, progress=None, data_key=None):
        def hold(done: int, total: int) -> None:
            if not midway.is_set():
                midway.set()
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:
                    progress(done, total)
                    threading.Event().wait(0.005)
            progress(done, total)

        return real(data_dir, keep, hold, data_key)

    return run


def test_closing_the_window_cancels_the_running_backup(
    qtbot, open_window, data_dir: Path, tmp_path: Path, monkeypatch, capfd
) -> None:
    fill(data_dir, tmp_path / "pictures")
    midway = threading.Event()
    monkeypatch.setattr(
        ui.backup.backup_jobs, "run_auto_backup", held_backup(run_auto_backup, midway)
    )
    window = open_window(data_dir)
    job = window.start_automatic_backup()
    qtbot.waitUntil(midway.is_set, timeout=20_000)
    assert not job.is_done()
    folder = backup_folder(data_dir)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".zip.part")]  # mid-write

    hooked: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc))
    monkeypatch.setattr(threading, "excepthook", lambda args: hooked.append(args))
    started = time.monotonic()
    with qtbot.captureExceptions() as exceptions:
        window.close()
        closed_in = time.monotonic() - started
        for _ in range(3):
            QApplication.processEvents()  # anything the worker queued arrives now

    assert job.wait(0), "the backup was still running after the window closed"
    assert closed_in < STOP_BACKUP_SECONDS
    assert leftovers(data_dir) == []
    assert list(folder.iterdir()) == []  # cancelled: no archive, whole or half
    assert exceptions == [] and hooked == []
    assert "Automatic backup" not in window.statusBar().currentMessage()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "RuntimeError" not in err


QUIT_SCRIPT = textwrap.dedent(
    """
    import json, sys, threading, time
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import ui.backup.backup_jobs
    from ui.app import run_gui
    from tests.signing import TEST_PASSPHRASE
    from tests.ui.backup.test_quit_during_backup import held_backup

    data_dir = Path(sys.argv[1])
    facts = {"held": False}
    midway = threading.Event()
    ui.backup.backup_jobs.run_auto_backup = held_backup(
        ui.backup.backup_jobs.run_auto_backup, midway
    )
    deadline = time.monotonic() + 20

    def close_when_held():
        held = midway.is_set()
        if held or time.monotonic() > deadline:
            facts["held"] = held
            facts["closing_at"] = time.monotonic()
            for window in QApplication.topLevelWidgets():
                window.close()
        else:
            QTimer.singleShot(10, close_when_held)

    QTimer.singleShot(0, close_when_held)
    code = run_gui(data_dir, practitioner="Maya", passphrase=TEST_PASSPHRASE)
    facts["closed_in"] = time.monotonic() - facts["closing_at"]
    facts["code"] = code
    print(json.dumps(facts))
    """
)


def test_quitting_the_app_during_the_backup_prints_nothing(data_dir: Path, tmp_path: Path):
    """The whole app, as started from the command line, quit while the backup writes:
    no traceback as the interpreter exits, nothing half made left behind."""
    fill(data_dir, tmp_path / "pictures")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-c", QUIT_SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    took = time.monotonic() - started
    assert run.returncode == 0, run.stderr
    facts = json.loads(run.stdout.strip().splitlines()[-1])
    assert facts["held"], "the backup never reached the middle of its archive"
    assert facts["code"] == 0 and facts["closed_in"] < STOP_BACKUP_SECONDS
    assert "Traceback" not in run.stderr and "Error" not in run.stderr, run.stderr
    assert leftovers(data_dir) == []
    assert not any(backup_folder(data_dir).iterdir())
    assert took < 60


@pytest.mark.parametrize("phase", ["writing", "reading back"])
def test_a_cancelled_automatic_backup_leaves_no_file(
    data_dir: Path, tmp_path: Path, phase: str
) -> None:
    fill(data_dir, tmp_path / "pictures")
    folder = backup_folder(data_dir)
    # While writing, the archive is a ".part"; it is read back under its final name.
    looked_for = "*.zip.part" if phase == "writing" else "*.zip"
    stopped: list[str] = []

    def progress(done: int, total: int) -> None:
        if list(folder.glob(looked_for)):
            stopped.append(phase)
            raise BackupCancelled

    with pytest.raises(BackupCancelled):
        run_auto_backup(data_dir, 7, progress)
    assert stopped == [phase]
    assert leftovers(data_dir) == []
    assert list(folder.iterdir()) == []
