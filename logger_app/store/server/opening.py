"""Opening the logbook on the clinic server, with the same rules as the file.

An empty database gets the logbook's schema (every step, as on a new file). A database
holding other tables but no logbook is refused untouched, as is one whose schema steps
include some this version does not know (written by a newer version). Pending steps are
applied one transaction each, under an advisory lock so that two workstations starting
at once apply each step once, the second waiting for the first.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

from ...errors import NewerSchemaError, NotALogbookError
from ..migrations import MIGRATION_SET
from .connection import ServerDatabase
from .schema import SERVER_STEPS, ensure_migrations_table
from .schema import STEP_TABLE as MIGRATIONS_TABLE
from .schema_check import check_server_schema
from .url import DATABASE_URL_ENV

# Taken while the schema is checked and upgraded ("MNLB" as a number, as in the file).
_SCHEMA_LOCK = 0x4D4E4C42


def database_url_from_environment() -> str | None:
    return os.environ.get(DATABASE_URL_ENV) or None


def applied_steps(db: ServerDatabase) -> list[str]:
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    return [
        row[0]
        for row in db.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY id",
            [MIGRATION_SET],
        )
    ]


def server_steps() -> list[str]:
    return [name for name, _ in SERVER_STEPS]


def open_server_database(conninfo: str) -> ServerDatabase:
    """Connect to the logbook on the server at ``conninfo``, creating or upgrading its
    schema as needed."""
    db = ServerDatabase.connect(conninfo)
    try:
        _check_and_upgrade(db)
    except BaseException:
        db.close()
        raise
    return db


def _check_and_upgrade(db: ServerDatabase) -> None:
    known = server_steps()
    tables = set(db.table_names())
    if tables and MIGRATIONS_TABLE not in tables:
        raise NotALogbookError(
            f"The database {db.label} holds tables of another program, not a logbook. It "
            "was left untouched: ask for an empty database of its own for the logbook."
        )
    _refuse_newer(db, known)
    if set(applied_steps(db)) < set(known):
        _upgrade(db, known)
    check_server_schema(db, known)


def _upgrade(db: ServerDatabase, known: list[str]) -> None:
    db.execute("SELECT pg_advisory_lock(?)", [_SCHEMA_LOCK])
    try:
        with db.atomic():
            ensure_migrations_table(db)
        _refuse_newer(db, known)  # another workstation may have upgraded meanwhile
        for name, step in SERVER_STEPS:
            with db.atomic():
                if name in applied_steps(db):
                    continue
                step(db)
                db.execute(
                    f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) "
                    "VALUES (?, ?, ?)",
                    [MIGRATION_SET, name, str(datetime.now(UTC))],
                )
    finally:
        db.execute("SELECT pg_advisory_unlock(?)", [_SCHEMA_LOCK])


def _refuse_newer(db: ServerDatabase, known: list[str]) -> None:
    unknown = sorted(set(applied_steps(db)) - set(known))
    if unknown:
        raise NewerSchemaError(
            f"The logbook on {db.label} was written by a newer version of this app "
            f"(schema steps unknown here: {', '.join(unknown)}). It was left untouched: "
            "update the app to open it."
        )


__all__ = [
    "DATABASE_URL_ENV",
    "applied_steps",
    "database_url_from_environment",
    "open_server_database",
    "server_steps",
]
