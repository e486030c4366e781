"""Step m009 on the server is the file's: an upgrade chains the audit entries already
there exactly as the file does, and keys, signatures, the chained log and the integrity
gate refuse the same changes with the same words."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import sqlite_utils

from logger_app.identity.chain import GENESIS, EntrySubject, entry_hash, subject_hash
from logger_app.store import migrations_identity
from logger_app.store.connection import APP_GATE_FUNCTION
from logger_app.store.migrations import migrations
from logger_app.store.server.schema import SERVER_STEPS

from .server_schema_support import (
    STAMP,
    QmarkExecutor,
    client_row,
    insert_sql,
    practitioner_row,
    refusal,
    session_row,
    sqlite_refusal,
)

pytestmark = pytest.mark.server_only

LATER = "2025-05-02T10:00:00+00:00"
KEY = {
    "id": 1,
    "practitioner_id": 1,
    "public_key": b"\x02" * 32,
    "valid_from": STAMP,
    "reason": "passphrase_set",
}
SIGNATURE = {
    "id": 1,
    "session_id": 1,
    "key_id": 1,
    "signer": "Dr Ada",
    "signed_at": LATER,
    "meaning": "Recorded and signed by the practitioner",
    "record_sha256": "ab" * 32,
    "signature": b"\x04" * 64,
}


def _entry(n: int, **changes: Any) -> dict[str, Any]:
    return {
        "id": n,
        "at": f"2025-05-0{n}T10:00:00.12345{n}+00:00",
        "actor": "Dr Ada",
        "action": "update",
        "entity": "client",
        "entity_id": 1,
        "client_id": 1,
        "summary": f"Entry {n}",
        "details": f'{{"note": "é ü", "n": {n}}}',  # hashed as stored
    } | changes


# Rows an older logbook holds: a signed session, and entries (one not about a client).
OLDER_ROWS = [
    ("practitioners", practitioner_row() | {"id": 1}),
    ("practitioners", practitioner_row("Dr Bo") | {"id": 2}),
    ("clients", client_row() | {"id": 1}),
    ("sessions", session_row(1, 2) | {"id": 1, "signed_at": LATER, "signed_by": "Dr Bo"}),
    ("audit_log", _entry(1)),
    ("audit_log", _entry(2, entity="logbook", entity_id=None, client_id=None)),
    ("audit_log", _entry(3, details="{}")),
]


def _counting_salts() -> Iterator[str]:
    return (f"{n:032x}" for n in itertools.count(1))


def test_an_upgrade_chains_the_entries_already_there_as_the_file_does(
    pg: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    m009 = [name for name, _ in SERVER_STEPS].index("m009_identity_and_chain")
    pg.execute("CREATE SCHEMA older")  # the test's transaction is rolled back
    pg.execute("SET LOCAL search_path TO older, public")
    executor = QmarkExecutor(pg)
    for _, step in SERVER_STEPS[:m009]:
        step(executor)
    db = sqlite_utils.Database(memory=True)
    migrations.apply(db, stop_before="m009_identity_and_chain")
    for table, row in OLDER_ROWS:
        executor.execute(insert_sql(table, row), list(row.values()))
        db.execute(insert_sql(table, row), list(row.values()))
    # The same salts on both homes: then every hash must be the same.
    monkeypatch.setattr(migrations_identity, "new_salt", _counting_salts().__next__)
    SERVER_STEPS[m009][1](executor)
    monkeypatch.setattr(migrations_identity, "new_salt", _counting_salts().__next__)
    migrations.apply(db)

    chain = "SELECT id, subject_salt, subject_sha256, entry_sha256 FROM audit_log ORDER BY id"
    on_server = pg.execute(chain).fetchall()
    assert len(on_server) == 3
    assert on_server == db.execute(chain).fetchall()
    previous = GENESIS
    for (_, row), (entry_id, salt, subject, chained) in zip(OLDER_ROWS[4:], on_server, strict=True):
        fields = ("entity_id", "client_id", "summary", "details")
        expected_subject = subject_hash(EntrySubject(*(row[f] for f in fields)), salt)
        previous = entry_hash(
            previous, at=row["at"], actor=row["actor"], action=row["action"],
            entity=row["entity"], subject_sha256=expected_subject,
        )  # fmt: skip
        assert (entry_id, subject, chained) == (row["id"], expected_subject, previous)
    # The first profile administers the logbook; the signed session leaves sealing to do.
    query = "SELECT id, is_admin, sealed_key, must_change_passphrase FROM practitioners"
    assert pg.execute(query + " ORDER BY id").fetchall() == [(1, 1, None, 0), (2, 0, None, 0)]
    assert pg.execute("SELECT key, value FROM logbook_settings").fetchall() == [
        ("seal_pending", "true")
    ]
    assert db.execute("SELECT key, value FROM logbook_settings").fetchall() == [
        ("seal_pending", "true")
    ]


def test_a_logbook_without_signed_sessions_has_nothing_to_seal(pg: Any) -> None:
    assert pg.execute("SELECT count(*) FROM logbook_settings").fetchone() == (0,)


@pytest.fixture
def homes(pg: Any) -> Iterator[tuple[Any, sqlite3.Connection]]:
    """Both homes holding a signed session, its signer's key and signature, and two
    chained entries about its client. The file's connection is the app's (its gate
    function defined); the server's gate setting is not set."""
    db = sqlite_utils.Database(memory=True)
    migrations.apply(db)
    db.conn.create_function(APP_GATE_FUNCTION, 0, lambda: 1, deterministic=True)
    rows = [
        ("practitioners", practitioner_row() | {"id": 1}),
        ("clients", client_row() | {"id": 1}),
        ("sessions", session_row(1, 1) | {"id": 1}),
        ("practitioner_keys", KEY),
        ("audit_log", _chained(1)),
        ("audit_log", _chained(2)),
    ]
    for table, row in rows:
        QmarkExecutor(pg).execute(insert_sql(table, row), list(row.values()))
        db.execute(insert_sql(table, row), list(row.values()))
    sign = "UPDATE sessions SET signed_at = ?, signed_by = 'Dr Ada' WHERE id = 1"
    for home in (QmarkExecutor(pg), db):
        home.execute(sign, [LATER])
        home.execute(insert_sql("signatures", SIGNATURE), list(SIGNATURE.values()))
    yield pg, db.conn
    db.close()


def _chained(n: int) -> dict[str, Any]:
    return _entry(n) | {
        "subject_salt": f"{n:032x}",
        "subject_sha256": f"{n:02x}" * 32,
        "entry_sha256": f"{n + 16:02x}" * 32,
    }


def _both(homes: tuple[Any, sqlite3.Connection], sql: str, params: Sequence = ()) -> str | None:
    """What the server says to ``sql`` (None: it went through), asserting the file says
    the same."""
    pg, sqlite = homes
    on_server = refusal(pg, sql, params)
    on_file = sqlite_refusal(sqlite, sql, params)
    assert on_server == on_file
    return on_server


def _open_erase_gate(homes: tuple[Any, sqlite3.Connection]) -> None:
    homes[0].execute("SELECT set_config('logbook.gate', 'open', true)")
    assert (
        _both(homes, "INSERT INTO integrity_gate (action, client_id) VALUES ('erase', 1)") is None
    )


def test_a_signature_is_never_changed_and_goes_only_with_its_client(homes) -> None:
    assert _both(homes, "UPDATE signatures SET signer = 'Dr Eve'") == "a signature is never changed"
    assert _both(homes, "UPDATE signatures SET signed_at = signed_at") == (
        "a signature is never changed"
    )
    deleted = "a signature is deleted only when its client is erased"
    assert _both(homes, "DELETE FROM signatures") == deleted
    _open_erase_gate(homes)
    assert _both(homes, "UPDATE signatures SET signer = 'Dr Eve'") == "a signature is never changed"
    assert _both(homes, "DELETE FROM signatures") is None


def test_a_key_is_never_deleted_and_only_retired_once(homes) -> None:
    assert _both(homes, "DELETE FROM practitioner_keys") == (
        "a public key is never deleted: old signatures need it"
    )
    kept = "a public key is kept as it was, retired once at most"
    for change, value in (
        ("public_key = ?", b"\x05" * 32),
        ("valid_from = ?", LATER),
        ("reason = ?", "reset"),
        ("practitioner_id = ?", 2),
        ("id = ?", 9),
        ("valid_until = ?, public_key = ?", b"\x05" * 32),  # retired and changed
    ):
        params = [LATER, value] if change.startswith("valid_until") else [value]
        assert _both(homes, f"UPDATE practitioner_keys SET {change}", params) == kept, change
    retire = "UPDATE practitioner_keys SET valid_until = ?"
    assert _both(homes, retire, [LATER]) is None
    assert _both(homes, retire, ["2025-05-03T10:00:00+00:00"]) == kept
    assert _both(homes, "UPDATE practitioner_keys SET valid_until = NULL") == kept


def test_an_audit_entry_goes_in_only_chained(homes) -> None:
    chained = "an audit entry is chained to the one before it"
    for missing in ("subject_salt", "subject_sha256", "entry_sha256"):
        row = _chained(3)
        del row[missing]
        assert _both(homes, insert_sql("audit_log", row), list(row.values())) == chained
    row = _chained(3)
    assert _both(homes, insert_sql("audit_log", row), list(row.values())) is None
    again = _chained(4) | {"entry_sha256": row["entry_sha256"]}  # a hash is one entry's
    pg, sqlite = homes  # each says "unique" in its own words
    assert refusal(pg, insert_sql("audit_log", again), list(again.values()))
    assert sqlite_refusal(sqlite, insert_sql("audit_log", again), list(again.values()))


def test_erasure_blanks_an_entry_but_never_its_hashes(homes) -> None:
    message = "the audit log is append-only"
    blank = (
        "UPDATE audit_log SET client_id = NULL, entity_id = NULL, subject_salt = NULL, "
        "summary = 'erased', details = '{}'"
    )
    assert _both(homes, blank + " WHERE id = 1") == message  # no gate
    _open_erase_gate(homes)
    for change, params in (
        ("entry_sha256 = ?", ["ee" * 32]),
        ("subject_sha256 = ?", ["ee" * 32]),
        ("subject_sha256 = NULL", []),
        ("entry_sha256 = NULL", []),
    ):
        sql = blank.replace("summary", f"{change}, summary") + " WHERE id = 1"
        assert _both(homes, sql, params) == message, change
    keeps_salt = blank.replace("subject_salt = NULL", "subject_salt = subject_salt")
    assert _both(homes, keeps_salt + " WHERE id = 1") == message
    assert _both(homes, blank + " WHERE id = 1") is None
    hashes = "SELECT client_id, subject_salt, subject_sha256, entry_sha256 FROM audit_log"
    assert homes[0].execute(hashes + " WHERE id = 1").fetchone() == (
        None,
        None,
        "01" * 32,
        "11" * 32,
    )


def test_the_integrity_gate_opens_only_with_the_apps_setting(pg: Any) -> None:
    gate = "INSERT INTO integrity_gate (action, client_id) VALUES ('erase', 1)"
    message = "the integrity gate opens only in the app"
    assert refusal(pg, gate) == message
    pg.execute("SELECT set_config('logbook.gate', 'shut', true)")
    assert refusal(pg, gate) == message
    pg.execute("SELECT set_config('logbook.gate', 'open', true)")
    assert refusal(pg, gate) is None
