"""Reaching past the Logbook to its database on either home: portable SQL, and the
database's own refusals.

SQLite names what it refused in the message ("CHECK constraint failed"); PostgreSQL in
the error's class (``CheckViolation``) with a message of its own. ``refused_by_database``
takes SQLite's phrase and asks the server for the matching class, so a test states one
rule for both homes. A trigger's refusal carries the same message on both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest

from logger_app.logbook import Logbook
from logger_app.store.dialect import dialect_of

CHECK = "CHECK constraint failed"
UNIQUE = "UNIQUE constraint failed"
FOREIGN_KEY = "FOREIGN KEY constraint failed"
NOT_NULL = "NOT NULL constraint failed"


def strict(column_type: str, value_type: str = "TEXT") -> str:
    """SQLite's refusal of a value a STRICT column of ``column_type`` cannot hold."""
    return f"cannot store {value_type} value in {column_type} column"


def on_server(logbook: Logbook) -> bool:
    return dialect_of(logbook._db).is_server


def raw_sql(logbook: Logbook, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run ``sql`` (``?`` parameters, no SQLite-only quoting) on the logbook's database,
    bypassing every check of the core; the rows it returns, as tuples."""
    cursor = logbook._db.execute(sql, list(params))
    if cursor.description is None:
        return []
    return [tuple(row) for row in cursor.fetchall()]


def type_of(logbook: Logbook, column: str) -> str:
    """SQL naming the type of the value stored in ``column`` ("integer", "text", ...)."""
    return f"pg_typeof({column})::text" if on_server(logbook) else f"typeof({column})"


def _server_error_for(phrase: str) -> type[BaseException] | None:
    """The psycopg error class PostgreSQL raises for SQLite's generic ``phrase``."""
    from psycopg import errors

    if phrase.startswith("cannot store "):
        # PostgreSQL's columns are typed too: text that is no number is refused.
        return errors.InvalidTextRepresentation
    return {
        CHECK: errors.CheckViolation,
        UNIQUE: errors.UniqueViolation,
        FOREIGN_KEY: errors.ForeignKeyViolation,
        NOT_NULL: errors.NotNullViolation,
    }.get(phrase)


@contextmanager
def refused_by_database(logbook: Logbook, match: str | None = None) -> Iterator[None]:
    """The block must raise the database's refusal: on the file an
    ``sqlite3.IntegrityError`` whose message matches ``match`` (a regular expression); on
    the server the class standing for SQLite's generic phrase, or an integrity error
    matching ``match`` (a trigger's own message)."""
    if not on_server(logbook):
        with pytest.raises(sqlite3.IntegrityError, match=match):
            yield
        return
    import psycopg

    kind = _server_error_for(match) if match is not None else None
    if kind is not None:
        with pytest.raises(kind):
            yield
        return
    with pytest.raises(psycopg.IntegrityError, match=match):
        yield


# For a test whose subject exists only in the SQLite file (its bytes, PRAGMAs, STRICT).
file_only = pytest.mark.parametrize("home", ["file"])


def foreign_key_targets(logbook: Logbook, table: str) -> list[str]:
    """The tables ``table``'s foreign keys point to, in the order of their columns."""
    if not on_server(logbook):
        return [key.other_table for key in logbook._db[table].foreign_keys]
    rows = raw_sql(
        logbook,
        "SELECT target.relname FROM pg_constraint c "
        "JOIN pg_class source ON source.oid = c.conrelid "
        "JOIN pg_class target ON target.oid = c.confrelid "
        "WHERE c.contype = 'f' AND source.relname = ? "
        "AND source.relnamespace = current_schema()::regnamespace ORDER BY c.conkey",
        [table],
    )
    return [row[0] for row in rows]
