"""Live changes between workstations on the clinic server: what one Logbook commits,
another's ServerChangeListener reads, as the same Changes its own announcer gives; its
own changes are skipped, and what rolls back is never heard of."""

from __future__ import annotations

import select
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from logger_app.changes import Change
from logger_app.errors import ValidationError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store.server.listener import ServerChangeListener

from ...server_home import server_database

pytestmark = pytest.mark.server_only


@pytest.fixture
def url() -> Iterator[str]:
    with server_database() as database_url:
        yield database_url


@pytest.fixture
def rooms(tmp_path: Path, url: str) -> Iterator[tuple[Logbook, Logbook]]:
    here = Logbook.open(tmp_path / "here", "Maya Okafor", database_url=url)
    there = Logbook.open(tmp_path / "there", "Dr Jane Doe", database_url=url)
    try:
        yield here, there
    finally:
        here.close()
        there.close()


def heard_until(listener: ServerChangeListener, count: int, within: float = 2.0) -> list[Change]:
    """What the listener reads until it has ``count`` changes, waiting on its socket."""
    heard: list[Change] = []
    deadline = time.monotonic() + within
    while len(heard) < count:
        left = deadline - time.monotonic()
        assert left > 0, f"heard {heard} within {within} s, expected {count}"
        readable, _, _ = select.select([listener], [], [], left)
        if readable:
            heard += listener.read()
    return heard


def test_a_write_in_another_room_is_heard_within_two_seconds(rooms) -> None:
    here, there = rooms
    with here.listen_to_server() as listener:
        assert listener.read() == []  # nothing waits, and read does not block
        client = there.add_client(ClientDetails("Ann", "Smith"))
        assert heard_until(listener, 1) == [Change("client", client.id, None, "create")]


def test_a_session_saved_elsewhere_arrives_with_its_ids(rooms, make_session) -> None:
    here, there = rooms
    client = there.add_client(ClientDetails("Ann", "Smith"))
    with here.listen_to_server() as listener:
        session = there.record_session(make_session(client.id), enforce_safety=False)
        [change] = heard_until(listener, 1)
    assert change == Change("session", client.id, session.id, "create")


def test_own_changes_and_undone_ones_are_not_heard(rooms) -> None:
    here, there = rooms
    with here.listen_to_server() as listener:
        here.add_client(ClientDetails("Own", "Change"))  # announced by here.changes already
        with pytest.raises(ValidationError), there.batch():
            there.add_client(ClientDetails("Rolled", "Back"))
            raise ValidationError({"x": "undone"})
        last = there.add_client(ClientDetails("Ben", "Jones"))
        # Delivered in commit order: had the others been sent, they would come first.
        [change] = heard_until(listener, 1)
    assert (change.kind, change.client_id) == ("client", last.id)
