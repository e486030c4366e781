"""Two rooms amending one signed session at once: each amendment keeps, as the old
value, the value the other's amendment left, never one read before it."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import Client, SessionDetails

from ...database_rules import raw_sql
from ..conftest import FIXED_NOW

pytestmark = pytest.mark.both_homes
ROUNDS = 8


def test_amendments_at_once_form_one_unbroken_chain(
    logbook: Logbook,
    client: Client,
    make_session: Callable[..., SessionDetails],
    database_url: str | None,
    tmp_path: Path,
) -> None:
    session = logbook.record_session(make_session(client.id, notes="v0"), now=FIXED_NOW, sign=True)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def room(name: str) -> None:
        try:
            with Logbook.open(logbook.data_dir, name, database_url=database_url) as mine:
                for round_ in range(ROUNDS):
                    start.wait(timeout=30)
                    mine.amend_session(session.id, "notes", f"{name} {round_}", "correction")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)
            start.abort()

    rooms = [threading.Thread(target=room, args=(name,)) for name in ("room-1", "room-2")]
    for thread in rooms:
        thread.start()
    for thread in rooms:
        thread.join(timeout=120)
    assert failures == []
    chain = raw_sql(
        logbook,
        "SELECT old_value, new_value FROM amendments WHERE session_id = ? ORDER BY id",
        [session.id],
    )
    assert len(chain) == 2 * ROUNDS
    values = [json.loads(old) for old, _ in chain] + [json.loads(chain[-1][1])]
    assert values[0] == "v0"
    assert all(json.loads(new) == values[i + 1] for i, (_, new) in enumerate(chain))
    assert logbook.session(session.id).details.notes == values[-1]
