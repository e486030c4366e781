"""The backup actions of the window: back up through the (bypassed) file dialog, restore
with the logbook closed and reopened around it, refusals, the backup folder, and the
automatic backup with its setting."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from logger_app.backup import BackupCancelled, backup_folder, make_backup, verify_backup
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, PhotoDetails, SessionDetails
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from tests.core.photo_files import picture, save
from tests.screening_data import put_on_file
from ui.backup.backup_actions import (
    BackupActions,
    automatic_backup,
    run_auto_backup,
    set_backup_keep,
)
from ui.common.jobs import run_job

from ...logbook_template import new_logbook

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def fill(data_dir: Path, name: str, photo_source: Path | None = None) -> None:
    with new_logbook(data_dir) as book:
        client = book.add_client(ClientDetails(name, "Client"), today=NOW.date())
        put_on_file(book, client.id)
        session = book.record_session(
            SessionDetails(
                client.id, NOW, "Dr Jane Doe", Device.PEN, (AreaTreatment(Area.FOREHEAD, 0.5),)
            ),
            now=NOW,
        )
        if photo_source is not None:
            photo = save(picture(seed=5), photo_source, "JPEG")
            book.import_photos(
                session.id, [photo], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
            )


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else ""
        for p in sorted(folder.rglob("*"))
        if not p.name.endswith("-shm")  # SQLite's scratch index while the logbook is open
    }


class Host:
    """What the main window does around a restore: holds the open logbook."""

    def __init__(self, data_dir: Path, close_on_request: bool = True) -> None:
        self.data_dir = data_dir
        self.logbook: Logbook | None = Logbook.open(data_dir)
        self.events: list[str] = []
        self._close = close_on_request

    def before_restore(self) -> None:
        self.events.append("close")
        if self._close and self.logbook is not None:
            self.logbook.close()
            self.logbook = None

    def reopen(self) -> None:
        self.events.append("reopen")
        if self.logbook is not None:
            self.logbook.close()
        self.logbook = Logbook.open(self.data_dir)


@pytest.fixture
def host(data_dir: Path, tmp_path: Path):
    fill(data_dir, "Current", tmp_path / "current.jpg")
    host = Host(data_dir)
    yield host
    if host.logbook is not None:
        host.logbook.close()


@pytest.fixture
def make_actions(qtbot, prompter, host: Host):
    def make(**options) -> BackupActions:
        window = QWidget()
        qtbot.addWidget(window)
        options.setdefault("open_url", lambda url: None)
        return BackupActions(
            window, host.data_dir, prompter, host.reopen, before_restore=host.before_restore,
            **options,
        )  # fmt: skip

    return make


def test_back_up_now_saves_a_verified_backup(make_actions, qtbot, prompter, tmp_path: Path) -> None:
    target = tmp_path / "saved" / "backup.zip"
    prompter.save_answer = target

    actions = make_actions()
    with qtbot.waitSignal(actions.backup_finished, timeout=20_000) as done:
        actions.back_up_action.trigger()
    info = done.args[0]
    assert info.path == target and (info.clients, info.photo_files) == (1, 1)
    assert verify_backup(target).sessions == 1
    offered = [start for _, start in prompter.file_dialogs]
    assert offered[0].name.startswith("logbook-backup-") and offered[0].suffix == ".zip"
    assert actions.result_box is not None and str(target) in actions.result_box.text()
    assert actions.back_up_action.isEnabled() and not actions.busy
    # The next time, the dialog starts in the folder used last.
    actions.back_up_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy, timeout=20_000)
    assert prompter.file_dialogs[1][1].parent == target.parent


def test_a_backup_that_cannot_be_made_is_explained(
    make_actions, qtbot, prompter, host: Host
) -> None:
    actions = make_actions()
    inside = host.data_dir / "photos" / "backup.zip"
    with qtbot.waitSignal(actions.failed, timeout=20_000):
        actions.backup_to(inside)
    assert not inside.exists()
    assert len(prompter.errors) == 1 and "inside the data folder" in prompter.errors[0]


def test_restore_closes_the_logbook_replaces_it_and_reopens_it(
    make_actions, qtbot, prompter, host: Host, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    fill(other, "Restored")
    archive = make_backup(other, tmp_path / "other.zip").path
    prompter.open_answer = archive
    actions = make_actions()

    with qtbot.waitSignal(actions.restore_finished, timeout=20_000) as done:
        actions.restore_action.trigger()

    assert prompter.asked == ["Restore from backup?"]
    assert host.events == ["close", "reopen"]
    assert host.logbook is not None
    assert [c.full_name for c in host.logbook.list_clients()] == ["Restored Client"]
    replaced = done.args[0].replaced
    assert replaced.parent == host.data_dir / "backups"
    with Logbook.open(replaced) as old:
        assert [c.full_name for c in old.list_clients()] == ["Current Client"]
        assert old.photo_count() == 1
    assert str(replaced) in actions.result_box.text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_restore_not_confirmed_changes_nothing(
    make_actions, qtbot, prompter, host: Host, tmp_path: Path
) -> None:
    archive = make_backup(host.data_dir, tmp_path / "backup.zip").path
    prompter.confirm_answer = False
    before = tree(host.data_dir)
    actions = make_actions()
    with qtbot.waitSignal(actions.idle, timeout=20_000):
        actions.restore_from(archive)
    assert prompter.asked == ["Restore from backup?"] and host.events == []
    assert tree(host.data_dir) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_refused_archive_never_closes_the_logbook(
    make_actions, qtbot, prompter, host: Host, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    before = tree(host.data_dir)
    actions = make_actions()
    with qtbot.waitSignal(actions.failed, timeout=20_000) as failed:
        actions.restore_from(bad)
    assert "incomplete or damaged" in failed.args[0]
    assert prompter.asked == [] and host.events == []
    assert tree(host.data_dir) == before
    assert prompter.errors == [f"Backup and restore: {failed.args[0]}"]


def test_a_logbook_left_open_is_not_replaced_and_is_reopened(
    make_actions, qtbot, prompter, host: Host, tmp_path: Path, data_dir: Path
) -> None:
    archive = make_backup(data_dir, tmp_path / "backup.zip").path
    host._close = False  # a window that forgot to close its connection
    before = tree(data_dir)
    actions = make_actions()
    with qtbot.waitSignal(actions.failed, timeout=20_000) as failed:
        actions.restore_from(archive)
    assert "is in use" in failed.args[0]
    assert host.events == ["close", "reopen"]
    assert tree(data_dir) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_open_backup_folder_makes_it_and_shows_it(make_actions, host: Host) -> None:
    opened: list[QUrl] = []
    actions = make_actions(open_url=opened.append)
    actions.open_folder_action.trigger()
    folder = backup_folder(host.data_dir)
    assert folder.is_dir()
    assert [url.toLocalFile() for url in opened] == [str(folder)]


def test_the_automatic_backup_keeps_as_many_as_the_setting_says(
    qtbot, host: Host, data_dir: Path
) -> None:
    folder = backup_folder(data_dir)
    folder.mkdir(parents=True)
    for day in (1, 2, 3):
        (folder / f"logbook-2025050{day}-090000.zip").write_bytes(b"old")
    set_backup_keep(2)

    job = run_job("backup", automatic_backup(data_dir), cancel_error=BackupCancelled)
    with qtbot.waitSignal(job.succeeded, timeout=20_000) as done:
        pass
    made = done.args[0]
    assert verify_backup(made).clients == 1
    assert sorted(p.name for p in folder.iterdir()) == ["logbook-20250503-090000.zip", made.name]
    assert run_auto_backup(data_dir) is None  # not due again today


class ManualPool:
    """Holds the jobs; the test runs them when it wants (here in the GUI thread)."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, job) -> None:
        self.jobs.append(job)


def test_a_cancelled_backup_leaves_no_file(make_actions, qtbot, prompter, tmp_path: Path) -> None:
    pool = ManualPool()
    actions = make_actions(pool=pool)
    target = tmp_path / "out" / "cancelled.zip"
    actions.backup_to(target)
    assert actions.busy and not actions.back_up_action.isEnabled()
    actions.backup_to(tmp_path / "second.zip")  # ignored while one runs
    assert len(pool.jobs) == 1

    actions._dialog.canceled.emit()  # the user presses Cancel
    with qtbot.waitSignal(actions.idle, timeout=5_000):
        pool.jobs[0].run()

    assert not actions.busy and actions.back_up_action.isEnabled()
    assert list(target.parent.iterdir()) == [] and prompter.errors == []
