"""What must keep verifying as a logbook lives on: an erased client's scrubbed entries, a
practitioner's key reset, and sessions signed before signatures existed (sealed at the
upgrade, and still caught when changed afterwards)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils

from logger_app.errors import MustChangePassphraseError
from logger_app.logbook import Logbook
from logger_app.records import AreaTreatment
from logger_app.store import DATABASE_FILENAME
from logger_app.store.database import APPLICATION_ID
from logger_app.store.migrations import all_steps, migrations
from logger_app.store.timestamps import to_db_time
from logger_app.verification import SealStatus
from logger_app.vocabulary import Area

from ...signing import TEST_PASSPHRASE, sign_in, sign_in_admin
from .tampering import raw_connection

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
MAYA = "Maya Okafor"
BOB = "Bob Reyes"


def signed_session(logbook: Logbook, client_id: int, make_session, practitioner: str) -> int:
    areas = (AreaTreatment(Area.FOREHEAD, 0.5),)
    details = make_session(client_id, practitioner_name=practitioner, areas=areas)
    return logbook.record_session(details, now=NOW, sign=True).id


@pytest.mark.both_homes
def test_an_erased_clients_scrubbed_entries_still_verify(
    logbook: Logbook, add_client, make_session
) -> None:
    sign_in(logbook, MAYA)
    ann, bob = add_client("Ann", "Smith"), add_client("Bob", "Jones")
    erased = signed_session(logbook, ann.id, make_session, MAYA)
    logbook.amend_session(erased, "areas.forehead.depth_mm", 0.75, "typed 0.5")
    kept = signed_session(logbook, bob.id, make_session, MAYA)

    logbook.erase_client(ann.id, "Ann Smith")

    report = logbook.verify_records()
    assert report.ok, report.findings
    assert report.sessions_verified == 1 and report.entries_checked == logbook.audit_count()
    assert logbook.session_seal(kept).status is SealStatus.VERIFIED
    with raw_connection(logbook) as raw:
        scrubbed = raw.one("SELECT count(*) FROM audit_log WHERE subject_salt IS NULL")
    assert scrubbed >= 5  # added, screened, consented, recorded, signed, amended


@pytest.mark.both_homes
def test_a_key_reset_keeps_the_old_signatures_verifying(
    logbook: Logbook, client, make_session
) -> None:
    sign_in_admin(logbook)
    sign_in(logbook, BOB)
    before = signed_session(logbook, client.id, make_session, BOB)
    [old_key] = logbook.practitioner_keys(logbook.signed_in.id)  # type: ignore[union-attr]

    sign_in_admin(logbook)
    bob = next(p for p in logbook.practitioners() if p.name == BOB)
    logbook.reset_passphrase(bob.id, "a temporary passphrase")
    with pytest.raises(MustChangePassphraseError):
        logbook.sign_in(BOB, "a temporary passphrase")
    logbook.change_passphrase(BOB, "a temporary passphrase", TEST_PASSPHRASE + " anew")
    after = signed_session(logbook, client.id, make_session, BOB)

    keys = logbook.practitioner_keys(bob.id)
    retired = [key.id for key in keys if key.valid_until is not None]
    assert len(keys) == 2 and retired == [old_key.id]
    report = logbook.verify_records()
    assert report.ok, report.findings
    assert report.sessions_verified == 2
    for session_id in (before, after):
        assert logbook.session_seal(session_id).status is SealStatus.VERIFIED
    with raw_connection(logbook) as raw:
        signatures = dict(raw.run("SELECT session_id, key_id FROM signatures"))
    assert signatures[before] == old_key.id != signatures[after]


# A logbook of the version before signatures (schema step m008)


def _legacy_logbook(data_dir: Path) -> Path:
    """Two sessions of Maya's, signed as that version signed (a name and a time), the
    first amended through the gate as it amended; audit entries without a chain."""
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_FILENAME
    steps = all_steps()
    with closing(sqlite_utils.Database(path, execute_plugins=False)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        migrations.apply(db, stop_before=steps[steps.index("m009_identity_and_chain")])
        db.execute(f"PRAGMA user_version = {len(steps) - 1}")
    stamp = to_db_time(NOW)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:

        def entry(action: str, entity: str, entity_id: int, summary: str) -> None:
            conn.execute(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id, client_id, "
                "summary) VALUES (?, ?, ?, ?, ?, 1, ?)",
                [stamp, MAYA, action, entity, entity_id, summary],
            )

        conn.execute("BEGIN")
        conn.execute("INSERT INTO practitioners (name, created_at) VALUES (?, ?)", [MAYA, stamp])
        conn.execute(
            "INSERT INTO clients (first_name, last_name, created_at, updated_at) "
            "VALUES ('Ann', 'Smith', ?, ?)",
            [stamp, stamp],
        )
        entry("create", "client", 1, "Client 1 added")
        for session_id in (1, 2):
            conn.execute(
                "INSERT INTO sessions (client_id, practitioner_id, started_at, device, "
                "created_at, updated_at) VALUES (1, 1, ?, 'pen', ?, ?)",
                [to_db_time(datetime(2025, 5, session_id, 10, tzinfo=UTC)), stamp, stamp],
            )
            conn.execute(
                "INSERT INTO session_areas (session_id, position, area, depth_mm) "
                "VALUES (?, 0, 'forehead', 0.5)",
                [session_id],
            )
            conn.execute(
                "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
                [stamp, MAYA, session_id],
            )
            entry("create", "session", session_id, f"Session {session_id} recorded")
            entry("sign", "session", session_id, f"Session {session_id} signed")
        conn.execute("INSERT INTO integrity_gate (action, session_id) VALUES ('amend', 1)")
        conn.execute("UPDATE session_areas SET depth_mm = 0.75 WHERE session_id = 1")
        conn.execute(
            "INSERT INTO amendments (session_id, field, label, old_value, new_value, reason, "
            "amended_by, amended_at) VALUES (1, 'areas.forehead.depth_mm', 'Depth (Forehead)', "
            "'0.5', '0.75', 'typed 0.5', ?, ?)",
            [MAYA, stamp],
        )
        conn.execute("DELETE FROM integrity_gate")
        entry("amend", "session", 1, "Session 1 amended: Depth (Forehead)")
        conn.execute("COMMIT")
    return path


@pytest.mark.real_creation
def test_a_legacy_logbook_is_sealed_at_the_upgrade_and_verifies(data_dir: Path) -> None:
    _legacy_logbook(data_dir)
    with Logbook.open(data_dir) as book:
        report = book.verify_records()
        assert report.ok, report.findings
        assert (report.sessions_sealed, report.sessions_verified) == (2, 0)
        seal = book.session_seal(1)
        assert (seal.status, seal.signer) == (SealStatus.SEALED, MAYA)
        assert book.session(1).details.areas[0].depth_mm == 0.75
        # Maya sets her passphrase and amends a sealed session: signed from the seal on.
        book.set_first_passphrase(MAYA, TEST_PASSPHRASE)
        book.amend_session(2, "areas.forehead.depth_mm", 0.6, "typed 0.5")
        report = book.verify_records()
        assert report.ok, report.findings
        assert book.session_seal(2).amendments_signed == 1

    with Logbook.open(data_dir) as book:  # sealed once: the next open seals nothing more
        assert book.audit_count(None) == report.entries_checked
        with raw_connection(book) as raw, raw.triggers_off("session_areas"):
            raw.run("UPDATE session_areas SET depth_mm = 2.5 WHERE session_id = 1")
        report = book.verify_records()
    assert [f.message for f in report.findings] == [
        f"session 1: changed after it was signed by {MAYA} on 2025-06-02 12:00 UTC, sealed at "
        "the upgrade"
    ]
