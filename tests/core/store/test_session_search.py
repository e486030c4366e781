"""The sessions review across clients: every filter, the recall count, the limit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ProductUse,
    ReactionObservation,
    SessionDetails,
    SessionFilter,
)
from logger_app.vocabulary import Area, Device, Reaction, Severity

from ...screening_data import put_on_file

START = datetime(2025, 1, 6, 10, tzinfo=UTC)


@pytest.fixture
def review(data_dir):
    """Three clients; sessions a week apart with varied areas, devices, reactions, lots."""
    with Logbook.open(data_dir, create=True) as logbook:
        clients = [
            logbook.add_client(ClientDetails(first, last))
            for first, last in (("Ann", "Lee"), ("Ben", "Park"), ("Cy", "Nwosu"))
        ]
        for client in clients:
            put_on_file(logbook, client.id)
        plan = [
            # client, week, area, depth, device, reaction, severity, lot, practitioner
            (
                0,
                0,
                Area.FOREHEAD,
                0.5,
                Device.PEN,
                Reaction.ERYTHEMA,
                Severity.MILD,
                "HA-1",
                "Maya",
            ),
            (
                0,
                5,
                Area.LEFT_CHEEK,
                1.5,
                Device.PEN,
                Reaction.BRUISING,
                Severity.MODERATE,
                "HA-2",
                "Maya",
            ),
            (
                1,
                1,
                Area.LEFT_CHEEK,
                1.0,
                Device.RF,
                Reaction.SWELLING,
                Severity.SEVERE,
                "HA-1",
                "Tom",
            ),
            (1, 7, Area.NECK, 0.75, Device.ROLLER, None, None, "", "Tom"),
            (
                2,
                3,
                Area.SCAR_SITE,
                2.0,
                Device.PEN,
                Reaction.ERYTHEMA,
                Severity.MODERATE,
                "HA-1",
                "Maya",
            ),
        ]
        for client, week, area, depth, device, reaction, severity, lot, who in plan:
            logbook.record_session(
                SessionDetails(
                    client_id=clients[client].id,
                    started_at=START + timedelta(weeks=week),
                    practitioner_name=who,
                    device=device,
                    areas=(AreaTreatment(area, depth),),
                    reactions=(ReactionObservation(reaction, severity),) if reaction else (),
                    products=(ProductUse("HA serum", lot),) if lot else (),
                )
            )
        yield logbook, clients


def names(rows) -> list[tuple[str, str]]:
    return [(r.client_name, r.started_at.date().isoformat()) for r in rows]


def test_everything_newest_first(review):
    logbook, _ = review
    rows = logbook.find_sessions(SessionFilter())
    assert [r.started_at for r in rows] == sorted((r.started_at for r in rows), reverse=True)
    assert logbook.count_sessions(SessionFilter()) == (5, 3)
    newest = rows[0]
    assert newest.client_name == "Ben Park" and newest.device is Device.ROLLER
    assert newest.areas == ((Area.NECK, 0.75),) and newest.worst_reaction is None


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        (
            SessionFilter(area=Area.LEFT_CHEEK),
            [("Ann Lee", "2025-02-10"), ("Ben Park", "2025-01-13")],
        ),
        (SessionFilter(device=Device.RF), [("Ben Park", "2025-01-13")]),
        (
            SessionFilter(reaction=Reaction.ERYTHEMA),
            [("Cy Nwosu", "2025-01-27"), ("Ann Lee", "2025-01-06")],
        ),
        (
            SessionFilter(reaction=Reaction.ERYTHEMA, min_severity=Severity.MODERATE),
            [("Cy Nwosu", "2025-01-27")],
        ),
        (
            SessionFilter(min_severity=Severity.MODERATE),
            [("Ann Lee", "2025-02-10"), ("Cy Nwosu", "2025-01-27"), ("Ben Park", "2025-01-13")],
        ),
        (
            SessionFilter(practitioner="Tom"),
            [("Ben Park", "2025-02-24"), ("Ben Park", "2025-01-13")],
        ),
        (
            SessionFilter(
                started_from=START + timedelta(weeks=1), started_before=START + timedelta(weeks=4)
            ),
            [("Cy Nwosu", "2025-01-27"), ("Ben Park", "2025-01-13")],
        ),
        (SessionFilter(lot="HA-2"), [("Ann Lee", "2025-02-10")]),
        (SessionFilter(lot="HA"), []),  # a recall matches the exact lot, never a similar one
        (SessionFilter(area=Area.LEFT_CHEEK, device=Device.PEN), [("Ann Lee", "2025-02-10")]),
    ],
)
def test_filters(review, search, expected):
    logbook, _ = review
    assert names(logbook.find_sessions(search)) == expected
    assert logbook.count_sessions(search)[0] == len(expected)


def test_recall_counts_the_clients_who_received_a_lot(review):
    logbook, clients = review
    rows = logbook.find_sessions(SessionFilter(lot="HA-1"))
    assert {r.client_id for r in rows} == {c.id for c in clients}
    assert logbook.count_sessions(SessionFilter(lot=" HA-1 ")) == (3, 3)
    assert all("HA-1" in r.lots for r in rows)


def test_limit_and_archived_clients(review):
    logbook, clients = review
    assert len(logbook.find_sessions(SessionFilter(), limit=2)) == 2
    logbook._db.execute("UPDATE clients SET archived = 1 WHERE id = ?", [clients[0].id])
    assert logbook.count_sessions(SessionFilter()) == (3, 2)
