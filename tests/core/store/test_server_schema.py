"""The schema on PostgreSQL is SQLite's: the same steps, tables, columns, indexes, trigger
names and messages, and CHECKs that refuse exactly what SQLite refuses."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import sqlite_utils

from logger_app.store.migrations import MIGRATION_SET, all_steps, migrations
from logger_app.store.server.schema import SERVER_STEPS, STEP_TABLE, ensure_migrations_table

from .server_schema_support import (
    PNG,
    STAMP,
    QmarkExecutor,
    client_row,
    insert,
    insert_sql,
    photo_row,
    practitioner_row,
    refusal,
    session_row,
    sqlite_refusal,
)

pytestmark = pytest.mark.server_only


SQLITE_ONLY = re.compile(r"^(sqlite_|_sqlite_|idx__sqlite_|clients_fts)")


@pytest.fixture
def sqlite_db() -> Iterator[sqlite_utils.Database]:
    db = sqlite_utils.Database(memory=True)
    migrations.apply(db)
    yield db
    db.close()


def pg_values(pg: Any, sql: str) -> list[Any]:
    return [row[0] for row in pg.execute(sql)]


def test_step_names_are_the_sqlite_steps() -> None:
    assert [name for name, _ in SERVER_STEPS] == all_steps()


def test_the_step_record_keeps_each_step_once(pg: Any) -> None:
    ensure_migrations_table(QmarkExecutor(pg))  # again: changes nothing
    rows = pg.execute(f"SELECT name FROM {STEP_TABLE} ORDER BY id").fetchall()
    assert [name for (name,) in rows] == all_steps()
    assert refusal(
        pg,
        f"INSERT INTO {STEP_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "m001_initial_schema", STAMP],
    )


def test_tables_and_columns_are_sqlites(pg: Any, sqlite_db: sqlite_utils.Database) -> None:
    expected = {
        table.name: [column.name for column in table.columns]
        for table in sqlite_db.tables
        if not SQLITE_ONLY.match(table.name)
    }
    rows = pg.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name <> %s ORDER BY table_name, ordinal_position",
        [STEP_TABLE],
    ).fetchall()
    actual: dict[str, list[str]] = {}
    for table, column in rows:
        actual.setdefault(table, []).append(column)
    actual["clients"].remove("search_document")  # SQLite's FTS5 tables instead
    # The photo files' bytes: in the data folder on the file, in the database here.
    assert actual.pop("photo_blobs") == ["sha256", "part", "data"]
    assert actual == expected


def test_clients_keep_their_search_document_and_last_session_after_it(pg: Any) -> None:
    columns = pg_values(
        pg,
        "SELECT column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = 'clients' ORDER BY ordinal_position",
    )
    # Then the columns of later steps (m011's address and general notes).
    assert columns[-4:] == ["search_document", "last_session_at", "address", "general_notes"]


def test_indexes_are_sqlites(pg: Any, sqlite_db: sqlite_utils.Database) -> None:
    expected = {
        name
        for (name,) in sqlite_db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        if not SQLITE_ONLY.match(name)
    }
    actual = set(
        pg_values(
            pg,
            "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
            f"AND tablename <> '{STEP_TABLE}' "
            "AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key'",
        )
    )
    assert actual == expected | {"clients_search"}


def test_triggers_are_sqlites_each_with_its_function(
    pg: Any, sqlite_db: sqlite_utils.Database
) -> None:
    fts = {"clients_ai", "clients_ad", "clients_au"}
    expected = {trigger.name for trigger in sqlite_db.triggers if trigger.name not in fts}
    rows = pg.execute(
        "SELECT t.tgname, p.proname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal"
    ).fetchall()
    # The server's own: the search document, and news of each change to other rooms.
    server_only = {"clients_search_document", "audit_log_notify"}
    assert {name for name, _ in rows} == expected | server_only
    assert all(function == f"{name}_fn" for name, function in rows)


def test_refusals_say_what_sqlite_says(pg: Any, sqlite_db: sqlite_utils.Database) -> None:
    expected = {
        message
        for trigger in sqlite_db.triggers
        for message in re.findall(r"RAISE\(ABORT, '([^']*)'\)", trigger.sql)
    }
    actual = {
        message
        for source in pg_values(pg, "SELECT prosrc FROM pg_proc WHERE proname LIKE '%\\_fn'")
        for message in re.findall(r"MESSAGE = '([^']*)'", source)
    }
    assert len(expected) > 10
    assert actual == expected


PARENTS = {
    "practitioners": practitioner_row() | {"id": 1},
    "clients": client_row() | {"id": 1},
    "sessions": session_row(1, 1) | {"id": 1},
    "practitioner_keys": {
        "id": 1,
        "practitioner_id": 1,
        "public_key": b"\x02" * 32,
        "valid_from": STAMP,
        "reason": "passphrase_set",
    },
}
VALID = {
    "clients": client_row(fitzpatrick=3, concerns='["acne_scars"]'),
    "session_areas": {"session_id": 1, "position": 0, "area": "chin", "depth_mm": 1.0},
    "session_reactions": {
        "session_id": 1,
        "position": 0,
        "reaction": "erythema",
        "severity": 1,
        "observed": "during",
    },
    "consents": {
        "client_id": 1,
        "consent_version": "v1",
        "signed_on": "2025-05-01",
        "signature_png": PNG,
        "created_at": STAMP,
    },
    "session_acknowledgements": {
        "session_id": 1,
        "position": 0,
        "code": "screening.herpes_1",
        "message": "Herpes history",
        "acknowledged_at": STAMP,
    },
    "audit_log": {
        "at": STAMP,
        "actor": "Dr Ada",
        "action": "create",
        "entity": "client",
        "summary": "Added",
        "details": '{"a": [1]}',
        "subject_salt": "5a" * 16,
        "subject_sha256": "ab" * 32,
        "entry_sha256": "cd" * 32,
    },
    "photos": photo_row(1, 1),
    "screenings": {"client_id": 1, "screened_on": "2025-05-01", "created_at": STAMP},
    "practitioners": practitioner_row("Dr Bo") | {"sealed_key": b"\x01" * 118},
    "practitioner_keys": PARENTS["practitioner_keys"] | {"id": 2, "public_key": b"\x03" * 32},
    "signatures": {
        "session_id": 1,
        "key_id": 1,
        "signer": "Dr Ada",
        "signed_at": STAMP,
        "meaning": "Recorded and signed by the practitioner",
        "record_sha256": "ab" * 32,
        "signature": b"\x04" * 64,
    },
    "logbook_settings": {"key": "auto_lock_minutes", "value": "5"},
}


@pytest.mark.parametrize(
    ("table", "column", "value", "refused"),
    [
        ("session_areas", "depth_mm", 0.05, True),
        ("session_areas", "depth_mm", 3.5, True),
        ("session_areas", "depth_mm", 3.0, False),
        ("session_areas", "area", "elbow", True),
        ("session_areas", "area", "Chin", True),
        ("session_reactions", "severity", 4, True),
        ("session_reactions", "severity", 0, False),
        ("clients", "fitzpatrick", 7, True),
        ("clients", "fitzpatrick", 6, False),
        ("clients", "created_at", "2025-05-01 10:00:00+00:00", True),
        ("clients", "created_at", "2025-05-01T10:00:00Z", True),
        ("clients", "created_at", "2025-05-01T10:00:00.123456+02:00", False),
        ("clients", "created_at", "2025-05-01t10:00:00+00:00", False),  # LIKE ignores case
        ("clients", "date_of_birth", "1990-2-01", True),
        ("clients", "concerns", '{"acne": true}', True),
        ("clients", "concerns", '"acne"', True),
        ("clients", "concerns", '["acne",', True),
        ("clients", "concerns", "not json", True),
        ("clients", "concerns", " [ ] ", False),
        ("audit_log", "details", "[]", True),
        ("audit_log", "details", "{oops}", True),
        ("consents", "signature_png", b"GIF89a" + b"\x00" * 10, True),
        ("consents", "signature_png", PNG[:8], True),
        ("consents", "signature_png", PNG[:9], False),
        ("session_acknowledgements", "code", "Screening.herpes", True),
        ("session_acknowledgements", "code", "screening-herpes", True),
        ("audit_log", "action", "Create", True),
        ("photos", "sha256", "AB" * 32, True),
        ("photos", "sha256", "ab" * 31, True),
        ("screenings", "filler_on", "2025-06-01", True),
        ("screenings", "filler_on", "2025-04-30", False),
        ("practitioners", "sealed_key", b"\x01" * 117, True),
        ("practitioners", "is_admin", 2, True),
        ("practitioners", "failed_signins", -1, True),
        ("practitioners", "signin_blocked_until", "2025-05-01", True),
        ("practitioner_keys", "public_key", b"\x03" * 31, True),
        ("practitioner_keys", "public_key", b"\x02" * 32, True),  # another's key
        ("practitioner_keys", "valid_until", "2025-04-30T10:00:00+00:00", True),
        ("practitioner_keys", "valid_until", STAMP, False),
        ("practitioner_keys", "reason", "lost", True),
        ("signatures", "signature", b"\x04" * 63, True),
        ("signatures", "record_sha256", "AB" * 32, True),
        ("signatures", "amends_sha256", "cd" * 32, True),  # no amendment
        ("signatures", "audit_head_id", 1, True),  # without its hash
        ("signatures", "meaning", " ", True),
        ("signatures", "meaning", "m" * 501, True),
        ("audit_log", "entry_sha256", "CD" * 32, True),
        ("audit_log", "subject_sha256", "ab" * 33, True),
        # No salt and no link to a client: an entry an erasure blanked, as a copy carries it.
        ("audit_log", "subject_salt", None, False),
        ("logbook_settings", "value", "{oops}", True),
        ("logbook_settings", "value", '{"minutes": 5}', False),
        ("logbook_settings", "key", "k" * 61, True),
    ],
)
def test_checks_refuse_what_sqlite_refuses(
    pg: Any, sqlite_db: sqlite_utils.Database, table: str, column: str, value: Any, refused: bool
) -> None:
    for parent, row in PARENTS.items():
        insert(pg, parent, row)
        sqlite_db.execute(insert_sql(parent, row), list(row.values()))
    row = VALID[table] | {column: value}
    on_sqlite = sqlite_refusal(sqlite_db.conn, insert_sql(table, row), list(row.values()))
    on_server = refusal(pg, insert_sql(table, row), list(row.values()))
    assert (on_sqlite is not None, on_server is not None) == (refused, refused), (
        on_sqlite,
        on_server,
    )


def test_sessions_of_an_older_logbook_are_signed_when_upgraded(pg: Any) -> None:
    """m006 and m007 on rows recorded before them, like SQLite: sessions marked signed
    when recorded, one audit entry saying so, earlier photos not marked as additions."""
    signing = all_steps().index("m006_signing_and_audit")
    db = sqlite_utils.Database(memory=True)
    migrations.apply(db, stop_before="m006_signing_and_audit")
    pg.execute("CREATE SCHEMA older")  # the test's transaction is rolled back
    pg.execute("SET LOCAL search_path TO older, public")
    executor = QmarkExecutor(pg)
    for _, step in SERVER_STEPS[:signing]:
        step(executor)
    later = "2025-05-02T09:00:00+00:00"
    rows = [
        ("practitioners", PARENTS["practitioners"]),
        ("clients", PARENTS["clients"]),
        ("sessions", session_row(1, 1) | {"id": 1}),
        ("sessions", session_row(1, 1, started_at=later, created_at=later) | {"id": 2}),
        ("photos", photo_row(1, 2, imported_at="2025-05-03T09:00:00+00:00")),
    ]
    for table, row in rows:
        db.execute(insert_sql(table, row), list(row.values()))
        executor.execute(insert_sql(table, row), list(row.values()))
    migrations.apply(db)
    for _, step in SERVER_STEPS[signing:]:
        step(executor)

    query = "SELECT id, signed_at, signed_by FROM sessions ORDER BY id"
    assert pg.execute(query).fetchall() == db.execute(query).fetchall()
    assert pg.execute(query).fetchall()[1] == (2, later, "Dr Ada")
    query = "SELECT actor, action, entity, summary, details FROM audit_log"
    (expected,) = db.execute(query).fetchall()
    (actual,) = pg.execute(query).fetchall()
    assert actual[:4] == expected[:4]
    assert json.loads(actual[4]) == json.loads(expected[4]) == {"sessions_marked_signed": 2}
    query = "SELECT after_signing, added_by FROM photos"
    assert pg.execute(query).fetchall() == db.execute(query).fetchall() == [(0, None)]
