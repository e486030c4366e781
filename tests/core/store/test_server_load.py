"""Several rooms saving into one clinic-server logbook at once, each its own process and
its own Logbook: every session is saved exactly once and nobody meets an error (on the
file a write transaction locks the whole logbook; on the server writers really overlap).
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.vocabulary import Area, Device

from ...server_home import server_database
from ...signing import TEST_PASSPHRASE, sign_in

pytestmark = pytest.mark.server_only

STARTED = datetime(2025, 5, 1, 9, 0, tzinfo=UTC)
WAIT_S = 120  # a generous bound for a stuck child: the test fails instead of hanging


def save_sessions(
    data_dir: str, url: str, room: int, sessions: int, client_id: int | None, start: Any
) -> dict[str, Any]:
    """Room ``room`` adds its client and, once every room has (``start``: a barrier),
    saves ``sessions`` signed sessions one by one. With ``client_id`` the rooms save
    into that client in lock step instead: all of them at once, then room 1 checks the
    client's latest session time, then the next round."""
    saved: list[int] = []
    errors: list[str] = []
    with Logbook.open(data_dir, database_url=url) as book:
        try:
            book.sign_in(f"Room {room}", TEST_PASSPHRASE)
            shared = client_id is not None
            if client_id is None:
                start.wait(WAIT_S)  # every room adds its client at the same moment too
                client_id = book.add_client(ClientDetails(f"Room {room}", "Load")).id
            start.wait(WAIT_S)
            for number in range(sessions):
                details = SessionDetails(
                    client_id=client_id,
                    started_at=STARTED + timedelta(minutes=10 * number + room),
                    practitioner_name=f"Room {room}",
                    device=Device.PEN,
                    areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
                    notes=f"room {room} session {number}",
                )
                saved.append(book.record_session(details, enforce_safety=False, sign=True).id)
                if shared:
                    start.wait(WAIT_S)  # every room's session of this round is saved
                    if room == 1:
                        errors.extend(stale_latest(book, details.started_at, start.parties))
                    start.wait(WAIT_S)
        except Exception as error:  # reported to the parent, which fails the test
            start.abort()  # the other rooms stop waiting for this one
            errors.append(f"{type(error).__name__}: {error}")
    return {"room": room, "saved": saved, "errors": errors}


def stale_latest(book: Logbook, room_1_started: datetime, rooms: int) -> list[str]:
    """The client's latest session time, if it is not the last room's of this round."""
    (entry,) = book.list_clients()
    latest = room_1_started + timedelta(minutes=rooms - 1)
    return [] if entry.last_session_at == latest else [f"latest {entry.last_session_at}"]


def _child(args: tuple, results: Any) -> None:
    results.put(save_sessions(*args))


def run_rooms(
    tmp_path: Path, url: str, rooms: int, sessions: int, client_id: int | None = None
) -> list[dict[str, Any]]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start = context.Barrier(rooms)
    children = [
        context.Process(
            target=_child,
            args=((str(tmp_path / f"room-{room}"), url, room, sessions, client_id, start), results),
        )
        for room in range(1, rooms + 1)
    ]
    for child in children:
        child.start()
    try:
        return [results.get(timeout=WAIT_S) for _ in children]
    finally:
        for child in children:
            child.join(WAIT_S)
            if child.is_alive():
                child.kill()


def add_rooms(tmp_path: Path, url: str, rooms: int) -> None:
    """A practitioner for each room, who signs its sessions (Room 1 administers)."""
    with Logbook.open(tmp_path / "desk", database_url=url) as book:
        for room in range(1, rooms + 1):
            sign_in(book, f"Room {room}")


def notes_in(book: Logbook) -> Counter[str]:
    return Counter(row[0] for row in book._db.execute("SELECT notes FROM sessions"))


def test_five_rooms_each_save_twenty_sessions_at_once(tmp_path: Path) -> None:
    with server_database() as url:
        add_rooms(tmp_path, url, 5)
        results = run_rooms(tmp_path, url, rooms=5, sessions=20)
        assert [r["errors"] for r in results] == [[]] * 5
        ids = [session_id for r in results for session_id in r["saved"]]
        assert len(ids) == len(set(ids)) == 100
        with Logbook.open(tmp_path / "reader", database_url=url) as book:
            assert book.session_count() == 100
            assert book.client_count() == 5
            wanted = {f"room {room} session {n}" for room in range(1, 6) for n in range(20)}
            assert notes_in(book) == Counter(wanted)
            for entry in book.list_clients():
                assert len(book.history(entry.id)) == 20


def test_two_rooms_save_into_the_same_client_at_once(tmp_path: Path) -> None:
    with server_database() as url:
        add_rooms(tmp_path, url, 2)
        with Logbook.open(tmp_path / "desk", database_url=url) as book:
            client_id = book.add_client(ClientDetails("Shared", "Client")).id
        results = run_rooms(tmp_path, url, rooms=2, sessions=20, client_id=client_id)
        assert [r["errors"] for r in results] == [[], []]
        with Logbook.open(tmp_path / "reader", database_url=url) as book:
            history = book.history(client_id)
            assert len(history) == 40
            assert len({summary.id for summary in history}) == 40
            latest = max(summary.started_at for summary in history)
            (entry,) = book.list_clients()
            assert entry.last_session_at == latest
            assert sum(notes_in(book).values()) == 40
