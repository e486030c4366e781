"""Where the SQL of the two storage homes really differs, said once.

Every store writes portable SQL with qmark (``?``) or named (``:name``) parameters; the
few expressions SQLite and PostgreSQL spell differently come from the database's
``dialect``: case-insensitive ordering, joined strings, a JSON object, a list parameter.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str

    @property
    def is_server(self) -> bool:
        return self.name == "postgresql"

    @property
    def defer_foreign_keys(self) -> str:
        """The statement checking foreign keys at commit, for the rest of the transaction
        (on the server, every foreign key is declared DEFERRABLE for it)."""
        if self.is_server:
            return "SET CONSTRAINTS ALL DEFERRED"
        return "PRAGMA defer_foreign_keys = ON"

    def serialized(self, name: str) -> str | None:
        """The statement that makes the rest of the transaction wait for any other one
        holding ``name`` (a literal the caller wrote, saying what is read then written:
        the next id, a session, the audit chain's head). None on SQLite, whose write
        transaction locks the file.

        On the server every name is the same lock, the logbook's write lock: the audit
        log is one chain, so every writer takes its head in turn anyway, and with one
        lock two transactions can never wait for each other in a circle."""
        if self.is_server:
            return "SELECT pg_advisory_xact_lock(hashtext('logbook.writes'))"
        return None

    def nocase(self, expression: str) -> str:
        """``expression`` for sorting and comparing regardless of (ASCII) case."""
        if self.is_server:
            return f'lower({expression}) COLLATE "C"'
        return f"{expression} COLLATE NOCASE"

    def equal_nocase(self, column: str, parameter: str) -> str:
        """``column`` equals ``parameter`` regardless of (ASCII) case."""
        if self.is_server:
            return f"lower({column}) = lower({parameter})"
        return f"{column} = {parameter} COLLATE NOCASE"

    def joined(self, expression: str, separator: str, *, order_by: str) -> str:
        """The aggregate joining ``expression`` of the group with ``separator`` (a
        literal the caller wrote, never user text), in the order of ``order_by`` (on
        SQLite: the order its subquery delivers rows in)."""
        if self.is_server:
            return f"string_agg(({expression})::text, '{separator}' ORDER BY {order_by})"
        return f"group_concat({expression}, '{separator}')"

    def number_text(self, expression: str) -> str:
        """A number as text the way SQLite writes it (``1.0``, ``0.25``)."""
        if self.is_server:
            return f"({expression})::text"
        return expression

    def day_before(self, expression: str) -> str:
        """The ISO date (text) one day before the ISO date ``expression``."""
        if self.is_server:
            return f"to_char(({expression})::date - 1, 'YYYY-MM-DD')"
        return f"date({expression}, '-1 day')"

    def json_object(self, *pairs: str) -> str:
        """A JSON object (as text) of key expression, value expression, ..."""
        if self.is_server:
            return f"json_build_object({', '.join(pairs)})::text"
        return f"json_object({', '.join(pairs)})"

    def in_json_list(self, column: str, parameter: str) -> str:
        """``column`` is one of the integers of the JSON list given as ``parameter``."""
        if self.is_server:
            elements = f"json_array_elements_text({parameter}::json)"
            return f"{column} IN (SELECT value::bigint FROM {elements})"
        return f"{column} IN (SELECT value FROM json_each({parameter}))"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")


def dialect_of(db: object) -> Dialect:
    return getattr(db, "dialect", SQLITE)


def _server_errors() -> tuple[type[BaseException], type[BaseException]] | None:
    """psycopg's base and refusal errors, if a server connection was ever made. psycopg
    is not imported for the file: loading it costs a fifth of a second at start-up."""
    psycopg = sys.modules.get("psycopg")
    return None if psycopg is None else (psycopg.Error, psycopg.IntegrityError)


def is_refusal(error: BaseException) -> bool:
    """The database refused a change: a CHECK, foreign key, uniqueness or trigger rule."""
    if isinstance(error, sqlite3.IntegrityError):
        return True
    server = _server_errors()
    return server is not None and isinstance(error, server[1])


def is_database_error(error: BaseException) -> bool:
    """Any error a database driver raises."""
    if isinstance(error, sqlite3.Error):
        return True
    server = _server_errors()
    return server is not None and isinstance(error, server[0])
