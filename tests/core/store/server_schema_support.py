"""Helpers of the server schema tests: a fresh database on the test server with every
step applied, qmark statements, rows that the schema accepts, and refusals."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest

from logger_app.store.migrations import MIGRATION_SET
from logger_app.store.server.schema import SERVER_STEPS, STEP_TABLE, ensure_migrations_table

SERVER_VARIABLE = "LOGGER_APP_TEST_SERVER"
STAMP = "2025-05-01T10:00:00+00:00"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8


def require_server() -> str:
    """The test server's URL. Without one, the calling test module is skipped (or, when
    the server is required, fails): call it at module level."""
    url = os.environ.get(SERVER_VARIABLE)
    if not url:
        if os.environ.get("LOGGER_APP_REQUIRE_SERVER") == "1":
            pytest.fail(f"{SERVER_VARIABLE} is unset, yet the server is required", pytrace=False)
        pytest.skip(f"no PostgreSQL test server ({SERVER_VARIABLE} unset)", allow_module_level=True)
    return url


class QmarkExecutor:
    """The steps' Executor over a psycopg connection: ``?`` placeholders become ``%s``."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection

    def execute(self, sql: str, params: Sequence | None = None) -> Any:
        if params is None:
            return self.connection.execute(sql)
        return self.connection.execute(sql.replace("?", "%s"), params)


@contextmanager
def migrated_database() -> Iterator[Any]:
    """A connection (autocommit off) to a new database with every step applied, each in
    its own transaction and recorded; the database is dropped afterwards."""
    import psycopg
    from psycopg import sql
    from psycopg.conninfo import make_conninfo

    url = require_server()
    database = f"pgschema_test_{uuid.uuid4().hex[:16]}"
    name = sql.Identifier(database)
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    try:
        with psycopg.connect(make_conninfo(url, dbname=database)) as connection:
            executor = QmarkExecutor(connection)
            ensure_migrations_table(executor)
            connection.commit()
            for step_name, step in SERVER_STEPS:
                step(executor)
                executor.execute(
                    f"INSERT INTO {STEP_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                    [MIGRATION_SET, step_name, STAMP],
                )
                connection.commit()
            yield connection
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def insert_sql(table: str, row: dict[str, Any]) -> str:
    return f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})"


def insert(pg: Any, table: str, row: dict[str, Any]) -> int:
    """Insert ``row`` on the server; its id."""
    cursor = QmarkExecutor(pg).execute(insert_sql(table, row) + " RETURNING id", list(row.values()))
    return cursor.fetchone()[0]


def refusal(pg: Any, sql: str, params: Sequence = ()) -> str | None:
    """The message of the integrity error ``sql`` raises on the server (None when it
    goes through); the statement runs in a savepoint, the test's transaction goes on."""
    import psycopg

    try:
        with pg.transaction():
            QmarkExecutor(pg).execute(sql, list(params))
    except psycopg.errors.IntegrityError as error:
        return error.diag.message_primary
    return None


def sqlite_refusal(db: sqlite3.Connection, sql: str, params: Sequence = ()) -> str | None:
    try:
        db.execute(sql, list(params))
    except sqlite3.IntegrityError as error:
        return str(error)
    return None


def practitioner_row(name: str = "Dr Ada") -> dict[str, Any]:
    return {"name": name, "created_at": STAMP}


def client_row(**changes: Any) -> dict[str, Any]:
    return {
        "first_name": "Bea",
        "last_name": "Jones",
        "created_at": STAMP,
        "updated_at": STAMP,
    } | changes


def session_row(client_id: int, practitioner_id: int, **changes: Any) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "practitioner_id": practitioner_id,
        "started_at": STAMP,
        "device": "pen",
        "created_at": STAMP,
        "updated_at": STAMP,
    } | changes


def part_row(table: str, session_id: int, **changes: Any) -> dict[str, Any]:
    """A row of a session's part table."""
    rows: dict[str, dict[str, Any]] = {
        "session_areas": {"area": "forehead", "depth_mm": 1.0},
        "session_reactions": {"reaction": "erythema", "severity": 1, "observed": "during"},
        "session_products": {"role": "glide", "product": "Serum"},
        "session_acknowledgements": {
            "code": "screening.herpes",
            "message": "Herpes history",
            "acknowledged_at": STAMP,
        },
    }
    return {"session_id": session_id, "position": 0} | rows[table] | changes


def photo_row(client_id: int, session_id: int, **changes: Any) -> dict[str, Any]:
    return {
        "client_id": client_id,
        "session_id": session_id,
        "sha256": "ab" * 32,
        "source_sha256": "cd" * 32,
        "original_name": "before.jpg",
        "kind": "before",
        "angle": "front",
        "width": 10,
        "height": 10,
        "byte_size": 100,
        "imported_at": STAMP,
    } | changes
