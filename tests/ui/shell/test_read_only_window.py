"""The window on a logbook that can only be read (here on read-only media): a banner at
the top says so, and every control that would write stays disabled while the user moves
around; reading (the list, a client's history, export) works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.shell.read_only import WRITE_BUTTONS, write_actions, write_buttons

from ...media import needs_root, remount_read_only, tmpfs
from ...signing import sign_in

pytestmark = needs_root


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A logbook with a client and a draft session, on media then made read-only."""
    with tmpfs(tmp_path / "media") as mount:
        folder = mount / "logbook"
        with Logbook.open(folder, create=True) as book:
            sign_in(book, "Dr Jane Doe")  # protected before the media is: signs in there
            client = book.add_client(ClientDetails("Ann", "Smith"))
            book.record_session(
                SessionDetails(
                    client_id=client.id,
                    started_at=datetime(2025, 5, 1, 10, 0, tzinfo=UTC),
                    practitioner_name="Dr Jane Doe",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                ),
                enforce_safety=False,
            )
        remount_read_only(mount)
        yield folder


def _disabled(window) -> list[str]:
    """Names of the write controls that are (wrongly) enabled."""
    enabled = [action.text() for action in write_actions(window) if action.isEnabled()]
    enabled += [button.objectName() for button in write_buttons(window) if button.isEnabled()]
    return enabled


def test_the_banner_shows_and_write_controls_stay_disabled(
    qtbot, read_only_folder: Path, open_window
) -> None:
    window = open_window(read_only_folder)
    assert window.logbook.read_only

    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None and banner.isVisible()
    assert banner.text() == (
        f"Read-only: The logbook in {read_only_folder} is on read-only media: it can be "
        "read and exported, not changed."
    )
    assert banner.geometry().top() == 0  # above the content
    assert _disabled(window) == []

    # Selecting a client and a session enables what applies to them, except writing.
    window.client_view.selectRow(0)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.client_page)
    window.client_page.history_view.selectRow(0)
    assert window.client_page.session_actions.session is not None
    assert window.export_action.isEnabled()  # reading stays available
    assert _disabled(window) == []
    assert not window.client_page.acceptDrops()

    window.new_client_action.trigger()
    window.new_session_action.trigger()
    assert window.current_dialog is None


def test_every_declared_write_button_exists(qtbot, read_only_folder: Path, open_window) -> None:
    """A renamed button must not silently escape the list."""
    window = open_window(read_only_folder)
    window.client_view.selectRow(0)
    found = {button.objectName() for button in window.findChildren(QWidget) if button.objectName()}
    assert set(WRITE_BUTTONS) <= found


def test_a_writable_logbook_has_no_banner(qtbot, window) -> None:
    assert not window.logbook.read_only
    assert window.findChild(QLabel, "readOnlyBanner") is None
    assert window.new_client_action.isEnabled()
