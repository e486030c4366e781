"""The window's backup actions on an encrypted logbook: "Back up now", the automatic
backup and a restore work with the window's data key, and every archive holds the
logbook encrypted as it is."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from logger_app.backup import BackupCancelled, verify_backup
from logger_app.backup.automatic import automatic_backups
from logger_app.backup.manifest import BackupLockedError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from ui.backup.backup_actions import BackupActions, automatic_backup
from ui.common.jobs import run_job

from ...encrypted import new_encrypted, reopen

SECRETS = (b"Quackenbush", b"SQLite format", b"JFIF\x00", b"Exif\x00\x00")


def _readable_secrets(archive: Path) -> list[str]:
    with zipfile.ZipFile(archive) as opened:
        return [
            f"{member.filename}: {secret!r}"
            for member in opened.infolist()
            for secret in SECRETS
            if secret in opened.read(member)
        ]


class EncryptedHost:
    """The window around a restore: the logbook open with its key."""

    def __init__(self, data_dir: Path) -> None:
        logbook, _keys = new_encrypted(data_dir)
        logbook.add_client(ClientDetails("Zephyrine", "Quackenbush"))
        self.data_dir = data_dir
        self.logbook: Logbook | None = logbook
        self.key = logbook.data_key

    def before_restore(self) -> None:
        assert self.logbook is not None
        self.logbook.close()
        self.logbook = None

    def reopen(self) -> None:
        self.logbook = reopen(self.data_dir)


@pytest.fixture
def host(data_dir: Path):
    host = EncryptedHost(data_dir)
    yield host
    if host.logbook is not None:
        host.logbook.close()


@pytest.fixture
def actions(qtbot, prompter, host: EncryptedHost) -> BackupActions:
    window = QWidget()
    qtbot.addWidget(window)
    return BackupActions(
        window, host.data_dir, prompter, host.reopen, before_restore=host.before_restore,
        open_url=lambda url: None, data_key=lambda: host.key,
    )  # fmt: skip


def test_back_up_now_and_restore_keep_the_logbook_encrypted(
    actions: BackupActions, qtbot, prompter, host: EncryptedHost, tmp_path: Path
) -> None:
    target = tmp_path / "saved" / "backup.zip"
    prompter.save_answer = target
    with qtbot.waitSignal(actions.backup_finished, timeout=30_000) as done:
        actions.back_up_action.trigger()
    assert done.args[0].clients == 1
    assert _readable_secrets(target) == []
    with pytest.raises(BackupLockedError):
        verify_backup(target)  # without the key it cannot even be checked
    assert verify_backup(target, data_key=host.key).clients == 1

    assert host.logbook is not None
    host.logbook.add_client(ClientDetails("Added", "Later"))
    prompter.open_answer = target
    with qtbot.waitSignal(actions.restore_finished, timeout=30_000):
        actions.restore_action.trigger()
    assert host.logbook is not None and host.logbook.encrypted
    assert [c.last_name for c in host.logbook.list_clients()] == ["Quackenbush"]


def test_the_automatic_backup_is_encrypted_with_the_window_s_key(
    qtbot, host: EncryptedHost
) -> None:
    made: list[object] = []
    job = run_job(
        "backup",
        automatic_backup(host.data_dir, data_key=host.key),
        cancel_error=BackupCancelled,
        on_success=made.append,
        on_failure=lambda message: made.append(f"failed: {message}"),
    )
    qtbot.waitUntil(lambda: bool(made), timeout=30_000)
    job.wait(5)
    [(_, archive)] = automatic_backups(host.data_dir)
    assert made == [archive]
    assert _readable_secrets(archive) == []
