"""The client list's "last session" is kept on the client row by triggers (schema m002)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
import sqlite_utils

from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment, ClientDetails, SessionDetails
from logger_app.store.database import APPLICATION_ID, DATABASE_FILENAME
from logger_app.store.migrations import migrations
from logger_app.vocabulary import Area, Device

from ...screening_data import put_on_file

# A contract of the core: holds on the SQLite file and on the clinic server.
pytestmark = pytest.mark.both_homes


def _session(client_id: int, when: datetime) -> SessionDetails:
    return SessionDetails(
        client_id=client_id,
        started_at=when,
        practitioner_name="Maya Okafor",
        device=Device.PEN,
        areas=(AreaTreatment(Area.FOREHEAD, 0.5),),
    )


def _last_session(logbook: Logbook, client_id: int) -> datetime | None:
    return next(e.last_session_at for e in logbook.list_clients() if e.id == client_id)


def test_last_session_follows_inserts_in_any_order_updates_and_deletes(data_dir):
    march, may, april = (datetime(2025, m, 3, 10, tzinfo=UTC) for m in (3, 5, 4))
    with Logbook.open(data_dir, create=True) as logbook:
        client = logbook.add_client(ClientDetails("Ann", "Smith"))
        other = logbook.add_client(ClientDetails("Ben", "Jones"))
        put_on_file(logbook, client.id)
        assert _last_session(logbook, client.id) is None
        logbook.record_session(_session(client.id, march))
        latest = logbook.record_session(_session(client.id, may))
        logbook.record_session(_session(client.id, april))
        assert _last_session(logbook, client.id) == may
        assert _last_session(logbook, other.id) is None

        # Moving or deleting a session (later features) keeps the column right.
        db = logbook._db
        db.execute("UPDATE sessions SET client_id = ? WHERE id = ?", [other.id, latest.id])
        assert _last_session(logbook, client.id) == april
        assert _last_session(logbook, other.id) == may
        db.execute("DELETE FROM sessions WHERE id = ?", [latest.id])
        assert _last_session(logbook, other.id) is None


def test_upgrading_a_first_version_logbook_fills_the_column(data_dir):
    # A logbook as the first release wrote it: schema step m001 only, with a session.
    data_dir.mkdir()
    db = sqlite_utils.Database(data_dir / DATABASE_FILENAME)
    migrations.apply(db, stop_before="m002_client_last_session")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db["practitioners"].insert({"id": 1, "name": "Maya", "created_at": "2025-01-01T00:00:00+00:00"})
    db["clients"].insert(
        {
            "id": 7,
            "first_name": "Ann",
            "last_name": "Smith",
            "created_at": "2025-01-01T00:00:00+00:00",
            "updated_at": "2025-01-01T00:00:00+00:00",
        }
    )
    for day in ("2025-02-01", "2025-03-01"):
        db["sessions"].insert(
            {
                "client_id": 7,
                "practitioner_id": 1,
                "started_at": f"{day}T10:00:00+00:00",
                "device": "pen",
                "created_at": "2025-01-01T00:00:00+00:00",
                "updated_at": "2025-01-01T00:00:00+00:00",
            }
        )
    db.close()

    with Logbook.open(data_dir) as logbook:
        assert _last_session(logbook, 7) == datetime(2025, 3, 1, 10, tzinfo=UTC)
    # The first-version file was copied aside before the upgrade.
    [copy] = (data_dir / "backups" / "before-migration").iterdir()
    with sqlite3.connect(copy) as old:
        columns = [row[1] for row in old.execute("PRAGMA table_info(clients)")]
    old.close()
    assert "last_session_at" not in columns


def test_matching_ids_agree_with_the_listed_search(data_dir):
    with Logbook.open(data_dir, create=True) as logbook:
        for first, last, phone in [
            ("Ann", "Smith", "+44 7700 900123"),
            ("Zoë", "Smithers", ""),
            ("Carl", "Jones", "020 7946 0001"),
        ]:
            logbook.add_client(ClientDetails(first, last, phone=phone))
        for search in ["smi", "zoe", "7700", "ann smi", "jones 020", "nobody", "s"]:
            listed = {entry.id for entry in logbook.list_clients(search)}
            assert logbook.matching_client_ids(search) == listed, search
        assert logbook.matching_client_ids("  ") is None
        assert logbook.matching_client_ids('"*(') is None
