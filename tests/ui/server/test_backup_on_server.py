"""Backing up from a window on the clinic server makes the same archive as from the file:
the server's records, restorable into a file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from logger_app.backup import restore_backup, verify_backup
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    PhotoDetails,
    PhotoFileStatus,
    SessionDetails,
)
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from tests.core.photo_files import picture, save
from tests.screening_data import put_on_file
from tests.server_home import server_database
from ui.backup.backup_actions import BackupActions

pytestmark = pytest.mark.server_only


def _actions(qtbot, prompter, data_dir: Path, url: str) -> BackupActions:
    window = QWidget()
    qtbot.addWidget(window)
    return BackupActions(
        window, data_dir, prompter, lambda: None, before_restore=lambda: None,
        open_url=lambda url: None, server=lambda: url,
    )  # fmt: skip


def test_back_up_now_saves_the_servers_records(qtbot, prompter, tmp_path: Path) -> None:
    with server_database() as url:
        with Logbook.open(tmp_path / "room", database_url=url) as logbook:
            client = logbook.add_client(ClientDetails(first_name="Ann", last_name="Server"))
            put_on_file(logbook, client.id)
            session = logbook.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=datetime(2025, 5, 1, 10, 0, tzinfo=UTC),
                    practitioner_name="Dr Jane Doe",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                )
            )
            source = save(picture(seed=4), tmp_path / "front.png", "PNG")
            logbook.import_photos(
                session.id, [source], PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
            )
        target = tmp_path / "saved" / "backup.zip"
        prompter.save_answer = target
        # The photo comes from the server itself: this room's data folder has none.
        actions = _actions(qtbot, prompter, tmp_path / "another-room", url)
        with qtbot.waitSignal(actions.backup_finished, timeout=30_000) as done:
            actions.back_up_action.trigger()
        assert done.args[0].clients == 1
        checked = verify_backup(target)
        assert (checked.clients, checked.photo_files, checked.missing_photos) == (1, 1, ())
        restored = restore_backup(target, tmp_path / "restored").data_dir
        with Logbook.open(restored) as copy:
            assert [c.last_name for c in copy.list_clients()] == ["Server"]
            (photo,) = copy.photos_of_session(session.id)
            assert copy.photo_status(photo) is PhotoFileStatus.OK


def test_restore_in_a_window_on_the_server_explains_the_way(qtbot, prompter, tmp_path) -> None:
    with server_database() as url:
        actions = _actions(qtbot, prompter, tmp_path / "room", url)
        actions.restore_from(tmp_path / "any.zip")
        assert actions.result_box is not None
        assert "logger-app restore BACKUP.zip --database-url" in actions.result_box.text()
        with Logbook.open(tmp_path / "room", database_url=url) as logbook:
            assert logbook.client_count() == 0
