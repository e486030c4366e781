"""Logbook → Connect to clinic server…, driven as a user does: a bad address is told
next to the field and connects nothing; Test connection says what is there; Connect
switches the window to the server and remembers it (the password only in the keyring);
"Use the logbook file on this computer" goes back."""

from __future__ import annotations

import psycopg
import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.server_login import KEYRING_SERVICE
from logger_app.store.server.url import server_identity
from ui.common.preferences import SERVER_URL, app_settings
from ui.server.connect_dialog import ConnectServerDialog

from ..driving import choose, click, type_into

pytestmark = pytest.mark.server_only

TIMEOUT_MS = 15_000


def open_dialog(qtbot, window) -> ConnectServerDialog:
    window.connect_server_action.trigger()
    dialog = window.server_dialog
    assert isinstance(dialog, ConnectServerDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_bad_address_is_told_next_to_the_field_and_connects_nothing(qtbot, window):
    dialog = open_dialog(qtbot, window)
    for typed, said in [
        ("http://clinic-pc/logbook", "starts with postgresql://"),
        ("postgresql://logbook@clinic-pc:port/logbook", "port"),
        ("postgresql://logbook@clinic-pc:5432/", "names no database"),
        ("postgresql://logbook:secret@clinic-pc/logbook", "Password field"),
    ]:
        type_into(qtbot, dialog.address, typed)
        click(qtbot, dialog.connect_button)
        assert dialog.address_message.isVisible()
        assert said in dialog.address_message.text()
        assert dialog.isVisible() and dialog.connect_button.isEnabled()  # no job started
        click(qtbot, dialog.test_button)
        assert dialog.result.text() == ""
    assert not window.logbook.on_server
    assert SERVER_URL.get() == ""
    type_into(qtbot, dialog.address, "postgresql://logbook@clinic-pc/logbook")
    assert not dialog.address_message.isVisible()  # typing again takes the message away


def test_test_connection_tells_how_many_clients_the_logbook_has(
    qtbot, window, server_url, tmp_path
):
    with Logbook.open(tmp_path / "elsewhere", database_url=server_url) as other:
        other.add_client(ClientDetails("Ann", "Lee"))
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.address, server_url)
    with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT_MS) as said:
        click(qtbot, dialog.test_button)
    assert said.args[0].startswith("Connected: logbook with 1 client ")
    assert dialog.result.text() == said.args[0]
    assert dialog.isVisible() and not window.logbook.on_server  # a test connects nothing
    assert SERVER_URL.get() == ""


def test_an_unreachable_server_is_told_in_plain_words(qtbot, window):
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.address, "postgresql://logbook@127.0.0.1:1/logbook")
    with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT_MS) as said:
        click(qtbot, dialog.test_button)
    assert "cannot be reached" in said.args[0] and "Traceback" not in said.args[0]
    assert dialog.test_button.isEnabled() and not window.logbook.on_server


def test_connect_switches_the_window_to_the_server_and_remembers_it(
    qtbot, window, server_url, tmp_path, memory_keyring
):
    with Logbook.open(tmp_path / "elsewhere", database_url=server_url) as other:
        other.add_client(ClientDetails("Ann", "Lee"))
    file_logbook = window.logbook
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.address, server_url)
    type_into(qtbot, dialog.password, "s3cret-word")
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    choose(dialog.tls, "disable")
    click(qtbot, dialog.remember)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.logbook.on_server, timeout=TIMEOUT_MS)

    assert file_logbook is not window.logbook
    assert window.client_model.rowCount() == 1
    assert "Lee" in window.client_model.index(0, 0).data()
    assert window.location_label.text() == f"Logbook: {window.logbook.location}"
    assert "clinic server" in window.location_label.text()
    assert "s3cret-word" not in window.location_label.text()
    assert SERVER_URL.get() == f"{server_url}?sslmode=disable"
    identity = server_identity(server_url)
    assert memory_keyring.passwords == {(KEYRING_SERVICE, identity): "s3cret-word"}
    settings = app_settings()
    settings.sync()
    with open(settings.fileName(), encoding="utf-8") as preferences:
        assert "s3cret-word" not in preferences.read()

    # A client added at another workstation reaches this window's list once it reloads.
    with Logbook.open(tmp_path / "elsewhere", database_url=server_url) as other:
        other.add_client(ClientDetails("Bo", "Chen"))
    window.reload_clients()
    assert window.client_model.rowCount() == 2

    dialog = open_dialog(qtbot, window)
    assert dialog.address.text() == server_url  # remembered, its TLS mode in the list
    assert dialog.tls.currentData() == "disable"
    click(qtbot, dialog.use_file_button)
    qtbot.waitUntil(lambda: not window.logbook.on_server, timeout=TIMEOUT_MS)
    assert window.client_model.rowCount() == 0
    assert window.location_label.text() == f"Logbook: {window.logbook.database_path}"
    assert SERVER_URL.get() == ""


def test_without_remember_the_password_is_kept_nowhere(qtbot, window, server_url, memory_keyring):
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.address, server_url)
    type_into(qtbot, dialog.password, "s3cret-word")
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.logbook.on_server, timeout=TIMEOUT_MS)
    assert memory_keyring.passwords == {}
    assert SERVER_URL.get() == server_url


def test_at_another_logbook_the_practitioner_signs_in_to_it(qtbot, window, server_url):
    """Keys are the logbook's own: a new logbook on the server starts at its first
    profile, nothing of the file's clients on show."""
    dialog = open_dialog(qtbot, window)
    type_into(qtbot, dialog.address, server_url)
    click(qtbot, dialog.connect_button)
    qtbot.waitUntil(lambda: window.logbook.on_server, timeout=TIMEOUT_MS)
    assert not window.lock.is_open and window.logbook.signed_in is None
    screen = window.lock.sign_in_screen
    assert window.lock.stack.currentWidget() is screen
    assert screen.current_page() is screen.first_page


def test_test_connection_on_an_empty_database_says_connect_makes_the_logbook(qtbot, window):
    from tests.server_home import server_database

    from .conftest import typed_address

    with server_database(empty=True) as conninfo:
        dialog = open_dialog(qtbot, window)
        type_into(qtbot, dialog.address, typed_address(conninfo))
        with qtbot.waitSignal(dialog.test_finished, timeout=TIMEOUT_MS) as said:
            click(qtbot, dialog.test_button)
        assert "is an empty database. Connect makes a new logbook there." in said.args[0]
        with psycopg.connect(conninfo) as conn:  # a test makes nothing there
            tables = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
        assert tables == (0,)
