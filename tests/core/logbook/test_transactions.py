"""The transaction rule: a session is saved whole or not at all. A failure half way
through saving leaves no session, no parts of it and no new practitioner behind."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ProductUse,
    ReactionObservation,
)
from logger_app.vocabulary import Area, Reaction, Severity

from ...database_rules import CHECK, UNIQUE, refused_by_database
from ...screening_data import put_on_file

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
SESSION_TABLES = ("sessions", "session_areas", "session_reactions", "session_products")


class DiskFull(Exception):
    """Stands for any failure in the middle of a save."""


@pytest.fixture
def fail_inserting_into(logbook: Logbook, monkeypatch: pytest.MonkeyPatch):
    """``fail_inserting_into("session_reactions")``: inserts into that table raise, after
    recording which inserts happened before."""
    calls: list[str] = []

    def arm(table_name: str) -> list[str]:
        table_type = type(logbook._db[table_name])  # the home's table class
        original = table_type.insert_all

        def insert_all(self, records, *args, **kwargs):
            calls.append(self.name)
            if self.name == table_name:
                raise DiskFull(f"no space left while writing {table_name}")
            return original(self, records, *args, **kwargs)

        monkeypatch.setattr(table_type, "insert_all", insert_all)
        return calls

    return arm


def rich_session(make_session, client_id: int, practitioner: str = "Dr New Person"):
    return make_session(
        client_id,
        practitioner_name=practitioner,
        areas=(AreaTreatment(Area.LEFT_CHEEK, 1.0), AreaTreatment(Area.RIGHT_CHEEK, 1.0)),
        reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),),
        products=(ProductUse("HA serum", "LOT-9"),),
    )


@pytest.mark.parametrize(
    ("failing_table", "written_before"),
    [
        ("sessions", ["practitioners"]),
        ("session_areas", ["practitioners", "sessions"]),
        ("session_reactions", ["practitioners", "sessions", "session_areas"]),
        (
            "session_products",
            ["practitioners", "sessions", "session_areas", "session_reactions"],
        ),
    ],
)
def test_a_failure_in_the_middle_of_saving_leaves_no_trace(
    logbook: Logbook,
    client,
    make_session,
    row_counts,
    fail_inserting_into,
    failing_table: str,
    written_before: list[str],
) -> None:
    before = row_counts()
    calls = fail_inserting_into(failing_table)

    with pytest.raises(DiskFull):
        logbook.record_session(rich_session(make_session, client.id), now=NOW)

    # The failure really came after the earlier rows were written...
    assert calls == [*written_before, failing_table]
    # ...and none of them is left.
    assert row_counts() == before
    for table in SESSION_TABLES:
        assert row_counts()[table] == 0
    assert logbook.practitioners() == []
    assert not logbook._db.in_transaction


def test_the_logbook_works_normally_after_a_failed_save(
    logbook: Logbook, client, make_session, fail_inserting_into, monkeypatch
) -> None:
    fail_inserting_into("session_reactions")
    with pytest.raises(DiskFull):
        logbook.record_session(rich_session(make_session, client.id), now=NOW)
    monkeypatch.undo()

    saved = logbook.record_session(rich_session(make_session, client.id), now=NOW)
    assert logbook.session(saved.id).details == rich_session(make_session, client.id)
    assert [p.name for p in logbook.practitioners()] == ["Dr New Person"]
    assert logbook.session_count() == 1


def test_an_existing_practitioner_is_kept_when_a_save_fails(
    logbook: Logbook, client, make_session, fail_inserting_into, row_counts
) -> None:
    logbook.record_session(make_session(client.id, practitioner_name="Dr Jane Doe"), now=NOW)
    before = row_counts()
    fail_inserting_into("session_products")
    with pytest.raises(DiskFull):
        logbook.record_session(
            rich_session(make_session, client.id, practitioner="Dr Jane Doe"), now=NOW
        )
    assert row_counts() == before
    assert [p.name for p in logbook.practitioners()] == ["Dr Jane Doe"]


def test_a_database_check_failing_in_the_second_area_leaves_no_rows(
    logbook: Logbook, client, make_session, row_counts
) -> None:
    """Validation bypassed (the store is called directly): the CHECK on depth catches it."""
    before = row_counts()
    details = make_session(
        client.id,
        practitioner_name="Dr Bypass",
        areas=(AreaTreatment(Area.FOREHEAD, 0.5), AreaTreatment(Area.CHIN, 5.0)),
        reactions=(ReactionObservation(Reaction.ERYTHEMA, Severity.MILD),),
    )

    with refused_by_database(logbook, CHECK):
        logbook._sessions.record(details)

    assert row_counts() == before
    assert logbook.practitioners() == []
    assert not logbook._db.in_transaction


def test_a_database_uniqueness_failure_in_the_reactions_leaves_no_rows(
    logbook: Logbook, client, make_session, row_counts
) -> None:
    before = row_counts()
    same = ReactionObservation(Reaction.SWELLING, Severity.MILD)
    details = make_session(client.id, reactions=(same, same))
    with refused_by_database(logbook, UNIQUE):
        logbook._sessions.record(details)
    assert row_counts() == before


def test_a_failed_save_inside_a_batch_undoes_only_that_save_when_handled(
    logbook: Logbook, client, make_session
) -> None:
    bad = make_session(
        client.id, areas=(AreaTreatment(Area.CHIN, 0.5), AreaTreatment(Area.NECK, 9.0))
    )
    with logbook.batch() as book:
        bob = book.add_client(ClientDetails("Bob", "Taylor"), today=NOW.date())
        put_on_file(book, bob.id)
        good = book.record_session(make_session(bob.id), now=NOW)
        with refused_by_database(logbook, CHECK):
            book._sessions.record(bad)
        book.record_session(make_session(client.id), now=NOW)

    assert logbook.client_count() == 2
    assert logbook.session_count() == 2
    assert logbook.session(good.id).details == make_session(bob.id)
    areas = logbook._db.execute("SELECT area FROM session_areas ORDER BY id").fetchall()
    assert [row[0] for row in areas] == ["forehead", "forehead"]


def test_a_failed_save_inside_a_batch_undoes_the_whole_batch_when_not_handled(
    logbook: Logbook, client, make_session, fail_inserting_into, row_counts
) -> None:
    before = row_counts()
    with pytest.raises(DiskFull), logbook.batch() as book:
        book.add_client(ClientDetails("Bob", "Taylor"), today=NOW.date())
        book.record_session(make_session(client.id, practitioner_name="Amy Lee"), now=NOW)
        fail_inserting_into("session_areas")
        book.record_session(make_session(client.id), now=NOW)
    assert row_counts() == before
    assert not logbook._db.in_transaction
