"""Logbook databases changed behind the app's back, each in one way its schema check must
name: the SQL of the change and the words (a regex) the refusal must contain."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import NamedTuple

from logger_app.store.database import APPLICATION_ID


class Tampering(NamedTuple):
    id: str
    sql: str
    named: str  # a regex the refusal matches


TAMPERINGS = [
    Tampering(
        "notes-rewriting-trigger",
        # Fires when a restore (or anything else) writes its audit entry.
        "CREATE TRIGGER audit_rewrites_notes AFTER INSERT ON audit_log BEGIN "
        "UPDATE clients SET medical_notes = 'no known conditions'; END",
        r"an extra trigger `audit_rewrites_notes` on audit_log",
    ),
    Tampering(
        "integrity-trigger-dropped",
        "DROP TRIGGER sessions_signed_update",
        r"the trigger `sessions_signed_update` is missing",
    ),
    Tampering(
        "integrity-trigger-weakened",
        "DROP TRIGGER audit_log_never_deleted; "
        "CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log WHEN 0 "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
        r"trigger `audit_log_never_deleted` differs from what step m006_signing_and_audit "
        r"makes: it has “.*when 0.*”",
    ),
    Tampering(
        "another-programs-tables",
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE)",
        r"an extra table `recipes`",
    ),
    Tampering(
        "extra-index",
        "CREATE INDEX clients_by_notes ON clients (medical_notes)",
        r"an extra index `clients_by_notes` on clients",
    ),
    Tampering(
        "view",
        "CREATE VIEW client_notes AS SELECT first_name, medical_notes FROM clients",
        r"an extra view `client_notes`",
    ),
    Tampering(
        "column-added",
        "ALTER TABLE clients ADD COLUMN insurer TEXT",
        r"table `clients` differs from what step m011_other_treatments_and_import_links makes: "
        r"it has “.*insurer text.*”",
    ),
]
IDS = [tampering.id for tampering in TAMPERINGS]


def tamper(database: Path, sql: str) -> None:
    with closing(sqlite3.connect(database)) as conn:
        conn.executescript(sql)
        conn.commit()


def foreign_schema_under_our_id(database: Path) -> None:
    """Another program's database, marked with the logbook's application id."""
    with closing(sqlite3.connect(database)) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
