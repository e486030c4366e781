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
from logger_app.verification import SealStatus

from ...database_rules import raw_sql
from ...signing import TEST_PASSPHRASE, sign_in
from ..conftest import FIXED_NOW

pytestmark = pytest.mark.both_homes
ROUNDS = 8
ROOMS = ("Dr Room One", "Dr Room Two")


def test_amendments_at_once_form_one_unbroken_chain(
    logbook: Logbook,
    client: Client,
    make_session: Callable[..., SessionDetails],
    database_url: str | None,
    tmp_path: Path,
) -> None:
    sign_in(logbook, "Dr Jane Doe")  # the administrator, who adds each room's practitioner
    for name in ROOMS:
        sign_in(logbook, name)
    sign_in(logbook, "Dr Jane Doe")
    session = logbook.record_session(make_session(client.id, notes="v0"), now=FIXED_NOW, sign=True)
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def room(name: str) -> None:
        try:
            with Logbook.open(logbook.data_dir, database_url=database_url) as mine:
                mine.sign_in(name, TEST_PASSPHRASE)
                for round_ in range(ROUNDS):
                    start.wait(timeout=30)
                    mine.amend_session(session.id, "notes", f"{name} {round_}", "correction")
        except BaseException as error:  # reported by the assertion below
            failures.append(error)
            start.abort()

    rooms = [threading.Thread(target=room, args=(name,)) for name in ROOMS]
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
    # Each amendment's signature names the record it amended: the one the other left.
    seal = logbook.session_seal(session.id)
    assert seal.status is SealStatus.VERIFIED, seal.findings
    assert seal.amendments_signed == 2 * ROUNDS
