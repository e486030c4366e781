"""Logbook → Encrypt photos on the server…: offered to an administrator of a server
logbook without a data key only; it asks first (declined: nothing changes), asks the
passphrase when it is stale, encrypts the photo blobs stored before in a job, and shows
the recovery sheet, whose key opens the logbook's data key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from logger_app.crypto.data_key import parse_recovery_text
from logger_app.crypto.key_file import unlock_with_recovery
from logger_app.logbook import Logbook
from logger_app.logbook.identity import SIGNING_WINDOW_SECONDS, Identity
from logger_app.logbook.keyring import Keyring
from logger_app.records import AreaTreatment, ClientDetails, Photo, PhotoDetails, SessionDetails
from logger_app.vocabulary import Area, Device, PhotoAngle, PhotoKind
from tests.server_home import server_database
from ui.shell.main_window import MainWindow
from ui.shell.server_encryption import CONFIRM_TITLE, PASSPHRASE_TITLE

from ...signing import TEST_PASSPHRASE, sign_in, sign_in_admin
from ..driving import click, work_as
from ..photos.test_photos_ui import make_photo

pytestmark = pytest.mark.server_only


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """A server logbook with two photos stored at the desk, before any data key."""
    with server_database() as url, Logbook.open(tmp_path / "desk", database_url=url) as desk:
        client = desk.add_client(ClientDetails("Ines", "Cho", date(1985, 5, 5)))
        session = desk.record_session(
            SessionDetails(
                client.id,
                datetime(2026, 3, 3, 10, tzinfo=UTC),
                "Maya",
                Device.PEN,
                (AreaTreatment(Area.LEFT_CHEEK, 0.5),),
            ),
            enforce_safety=False,
        )
        files = [make_photo(tmp_path / f"p{shade}.jpg", shade) for shade in (60, 200)]
        results = desk.import_photos(
            session.id, files, PhotoDetails(PhotoKind.BEFORE, PhotoAngle.FRONT)
        )
        assert [r.status for r in results] == ["imported", "imported"]
        yield url


def photos(logbook: Logbook) -> list[Photo]:
    [client] = logbook.list_clients()
    return logbook.photos_of_client(client.id)


def first_parts(logbook: Logbook) -> list[bytes]:
    rows = logbook._db.execute("SELECT data FROM photo_blobs WHERE part = 0").fetchall()
    assert len(rows) == 2
    return [bytes(row[0]) for row in rows]


def finish(qtbot, window: MainWindow):
    flow = window.record_actions.server_encryption
    qtbot.waitUntil(lambda: flow.sheet_dialog is not None, timeout=10_000)
    dialog = flow.sheet_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_offered_to_the_administrator_of_a_server_logbook_without_a_key_only(
    qtbot, room_window, open_window, tmp_path: Path
) -> None:
    action = room_window.record_actions.encrypt_photos_action
    menu = next(m.menu() for m in room_window.menuBar().actions() if m.text() == "&Logbook")
    assert action in menu.actions() and action.text() == "Encrypt photos on the server…"
    assert action.isEnabled()
    work_as(room_window, "Lee Staff")  # not an administrator
    assert not action.isEnabled()
    sign_in_admin(room_window.logbook)
    room_window.lock.start()
    assert action.isEnabled()
    plain_file = open_window(tmp_path / "file")  # its administrator signed in
    assert not plain_file.record_actions.encrypt_photos_action.isEnabled()


def test_declining_changes_nothing(qtbot, prompter, room_window) -> None:
    logbook = room_window.logbook
    entries = logbook.audit_count()
    prompter.confirm_answer = False
    room_window.record_actions.encrypt_photos_action.trigger()
    assert prompter.asked == [CONFIRM_TITLE]
    assert room_window.record_actions.server_encryption.job is None
    assert not logbook.encrypted and logbook.key_holders() == []
    assert all(part.startswith(b"\xff\xd8\xff") for part in first_parts(logbook))
    assert logbook.audit_count() == entries
    assert room_window.record_actions.encrypt_photos_action.isEnabled()
    assert not room_window.encrypted_label.isVisible()


def test_the_photos_are_encrypted_and_the_sheet_shows_the_key_that_opens_them(
    qtbot, prompter, room_window, server_url: str, tmp_path: Path
) -> None:
    logbook = room_window.logbook
    admin = logbook.signed_in
    assert not room_window.encrypted_label.isVisible()
    room_window.record_actions.encrypt_photos_action.trigger()
    dialog = finish(qtbot, room_window)
    assert prompter.asked == [CONFIRM_TITLE] and prompter.errors == []
    assert room_window.record_actions.server_encryption.encrypted_count == 2

    assert all(part.startswith(b"LBE1") for part in first_parts(logbook))
    assert logbook.encrypted and logbook.key_holders() == [(admin.id, admin.name)]
    shown = dialog.panel.key_label.text().replace("\n", "-")
    holders = Keyring(logbook._context).holders()
    assert unlock_with_recovery(holders, parse_recovery_text(shown)) == logbook.data_key
    summaries = [entry.summary for entry in logbook.audit_entries(limit=5)]
    assert "Photo files encrypted from now on: the logbook's data key was made" in summaries
    assert "2 photo files stored before the data key encrypted" in summaries
    assert [e.actor for e in logbook.audit_entries(limit=2)] == [admin.name] * 2

    # Done: offered no more; the new sheet is, and the status bar says "Encrypted".
    actions = room_window.record_actions
    assert not actions.encrypt_photos_action.isEnabled()
    assert actions.recovery_sheet_action.isEnabled()
    assert room_window.encrypted_label.isVisible()
    assert not dialog.close_button.isEnabled()  # the tick first
    dialog.panel.kept.click()
    click(qtbot, dialog.close_button)
    assert actions.server_encryption.sheet_dialog is None
    assert dialog.panel.key_label.text() == ""  # forgotten once closed

    # Another workstation: its holder's passphrase brings the key; the photos read back.
    with Logbook.open(tmp_path / "other", database_url=server_url) as other:
        sign_in(other, admin.name)
        assert other.encrypted
        for photo in photos(other):
            assert hashlib.sha256(other.photo_bytes(photo)).hexdigest() == photo.sha256


def test_a_stale_passphrase_is_asked_and_without_it_nothing_changes(
    qtbot, prompter, room_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = Identity.clock() + SIGNING_WINDOW_SECONDS + 1
    monkeypatch.setattr(Identity, "clock", staticmethod(lambda: later))
    logbook = room_window.logbook
    action = room_window.record_actions.encrypt_photos_action
    action.trigger()  # the passphrase dialog cancelled
    assert prompter.asked == [CONFIRM_TITLE, PASSPHRASE_TITLE]
    assert not logbook.encrypted and logbook.key_holders() == [] and action.isEnabled()
    assert all(part.startswith(b"\xff\xd8\xff") for part in first_parts(logbook))

    prompter.passphrase_answers = ["not it", TEST_PASSPHRASE]
    action.trigger()
    assert len(prompter.passphrase_refusals) == 1
    finish(qtbot, room_window)
    assert all(part.startswith(b"LBE1") for part in first_parts(logbook))
