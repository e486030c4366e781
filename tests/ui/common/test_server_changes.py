"""On the clinic server, the window's one change signal carries the other workstations'
changes too: a session saved in another room reaches the relay's signals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from logger_app.changes import Change
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device
from ui.common.changes import ChangeRelay

from ...server_home import server_database

pytestmark = pytest.mark.server_only


@pytest.fixture
def rooms(tmp_path: Path) -> Iterator[tuple[Logbook, Logbook]]:
    with server_database() as url:
        here = Logbook.open(tmp_path / "here", "Maya Okafor", database_url=url)
        there = Logbook.open(tmp_path / "there", "Dr Jane Doe", database_url=url)
        try:
            yield here, there
        finally:
            here.close()
            there.close()


@pytest.fixture
def relay(rooms) -> Iterator[ChangeRelay]:
    relay = ChangeRelay()
    relay.watch(rooms[0])
    yield relay
    relay.forget(rooms[0])


def test_a_session_saved_in_another_room_reaches_the_change_signal(qtbot, rooms, relay) -> None:
    _, there = rooms
    client = there.add_client(ClientDetails("Ann", "Smith"))
    session_details = SessionDetails(
        client_id=client.id,
        started_at=datetime(2025, 5, 1, 10, tzinfo=UTC),
        practitioner_name="Dr Jane Doe",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )
    with qtbot.waitSignal(
        relay.committed,
        timeout=2000,
        check_params_cb=lambda changes: any(c.kind == "session" for c in changes),
    ) as heard:
        session = there.record_session(session_details, enforce_safety=False)
    assert Change("session", client.id, session.id, "create") in heard.args[0]


def test_own_writes_are_relayed_once(qtbot, rooms, relay) -> None:
    here, there = rooms
    changed: list[Change] = []
    relay.changed.connect(changed.append)
    here.add_client(ClientDetails("Own", "Write"))
    with qtbot.waitSignal(relay.committed, timeout=2000):
        last = there.add_client(ClientDetails("Ben", "Jones"))
    # Delivered in commit order: the own write, had the listener passed it, came first.
    assert [(c.kind, c.client_id) for c in changed] == [
        ("client", last.id - 1),
        ("client", last.id),
    ]


def test_forgetting_the_logbook_stops_listening(rooms, relay) -> None:
    listener = relay.server_listener
    assert listener is not None
    relay.forget(rooms[0])
    assert relay.server_listener is None and listener.closed


def test_after_the_server_connection_is_lost_the_relay_listens_again(qtbot, rooms, relay) -> None:
    import psycopg

    from tests.server_home import admin_url

    _, there = rooms
    relay._listen_again.setInterval(50)  # five seconds in the window
    with psycopg.connect(admin_url(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'logger-app (changes)'"
        )
    # Lost, then listening again: views refresh once for what they may have missed.
    with qtbot.waitSignal(
        relay.committed,
        timeout=5000,
        check_params_cb=lambda changes: any(c.action == "missed" for c in changes),
    ):
        pass
    assert relay.server_listener is not None and not relay.server_listener.closed
    with qtbot.waitSignal(
        relay.committed,
        timeout=2000,
        check_params_cb=lambda changes: any(c.kind == "client" for c in changes),
    ) as heard:
        added = there.add_client(ClientDetails("After", "Restart"))
    assert Change("client", added.id, None, "create") in heard.args[0]


def test_a_closed_logbook_is_not_listened_to_again(qtbot, rooms, relay) -> None:
    import psycopg

    from tests.server_home import admin_url

    here, _ = rooms
    relay._listen_again.setInterval(50)
    here.close()  # the window closed it (quitting, or switching logbooks)
    with psycopg.connect(admin_url(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE application_name = 'logger-app (changes)'"
        )
    qtbot.waitUntil(lambda: relay.server_listener is None, timeout=5000)
    # The retry comes and goes without listening again (nor raising in the event loop).
    qtbot.waitUntil(lambda: not relay._listen_again.isActive(), timeout=5000)
    assert relay.server_listener is None
