"""Fixtures of the clinic-server window tests: an in-memory keyring (never the real
one), and the test cluster's logbook database as a person types its address."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from logger_app.logbook import Logbook
from tests.server_home import server_database
from tests.signing import sign_in_admin
from ui.shell.main_window import MainWindow


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())  # what is left behind is no real keyring either


def typed_address(conninfo: str) -> str:
    """The postgresql:// address a person types for the database at ``conninfo``."""
    from psycopg.conninfo import conninfo_to_dict

    info = conninfo_to_dict(conninfo)
    return f"postgresql://{info['user']}@{info['host']}:{info['port']}/{info['dbname']}"


@pytest.fixture
def server_url() -> Iterator[str]:
    """A new logbook database on the test cluster, as a typed address (no password)."""
    with server_database() as conninfo:
        yield typed_address(conninfo)


@pytest.fixture
def room_window(qtbot, prompter, server_url, tmp_path) -> Iterator[MainWindow]:
    """The administrator's window at another workstation (its own data folder, which has
    never held the photos) on the module's ``server_url``."""
    logbook = Logbook.open(tmp_path / "room", database_url=server_url)
    sign_in_admin(logbook)
    window = MainWindow(logbook, prompter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.logbook.close()
