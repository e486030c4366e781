"""The logbook's tables as a copy sees them: which, in what order, which columns, and
figures (row count and a checksum of the rows) that must be equal on both sides.

The checksum reads each table ordered by id and writes every value in one spelling
whatever the driver gave: SQLite and psycopg agree on text and integers, while a float
or a blob is spelled here (``repr`` of the float, hex of the bytes).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import LogbookError
from ..store.dialect import dialect_of

# Every table holding the logbook's records, parents before the rows that refer to them.
# Not copied: the schema's own record of steps, the integrity gate (always empty between
# transactions) and SQLite's search index (its triggers rebuild it).
TABLES = (
    "practitioners",
    "practitioner_keys",
    "clients",
    "sessions",
    "session_areas",
    "session_reactions",
    "session_products",
    "session_acknowledgements",
    "photos",
    "amendments",
    "signatures",
    "audit_log",
    "screenings",
    "consents",
    "courses",
    "other_treatments",
    "import_links",
    "import_value_maps",
    "consent_texts",
    "clinic_details",
    "safety_settings",
    "logbook_settings",
)
# The column rows are read in order of (``id`` unless named here).
ORDER_BY = {"logbook_settings": "key"}
# Columns the database computes itself (the server's search document of a client).
DERIVED = {"clients": frozenset({"search_document"})}


class TransferError(LogbookError):
    """A copy between two homes was refused or did not match; the target kept nothing."""


@dataclass(frozen=True)
class TableFigures:
    rows: int
    checksum: str


def columns_of(db: Any, table: str) -> list[str]:
    """The columns a copy carries, in the table's order (computed ones left out)."""
    derived = DERIVED.get(table, frozenset())
    return [column for column in db[table].columns_dict if column not in derived]


def check_same_columns(source: Any, target: Any) -> dict[str, list[str]]:
    """Each table's columns, the same on both sides; TransferError naming the first
    table that differs (two versions of the app, or a damaged schema)."""
    columns = {}
    for table in TABLES:
        mine, theirs = columns_of(source, table), columns_of(target, table)
        if set(mine) != set(theirs):
            raise TransferError(
                f"The two logbooks do not have the same columns in {table} "
                f"({', '.join(sorted(set(mine) ^ set(theirs)))}): nothing was copied. "
                "Open both with the same version of the app first."
            )
        columns[table] = mine
    return columns


def rows_of(db: Any, table: str, columns: list[str], where: str = "") -> list[tuple]:
    quoted = ", ".join(f'"{column}"' for column in columns)
    sql = f'SELECT {quoted} FROM "{table}" {where} ORDER BY {ORDER_BY.get(table, "id")}'
    return [tuple(row) for row in db.execute(sql).fetchall()]


def _spelled(value: Any) -> Any:
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "bytes:" + bytes(value).hex()
    return value


def table_figures(db: Any, table: str, columns: list[str]) -> TableFigures:
    digest = hashlib.sha256()
    count = 0
    for row in rows_of(db, table, sorted(columns)):
        digest.update(json.dumps([_spelled(value) for value in row]).encode())
        digest.update(b"\n")
        count += 1
    return TableFigures(count, digest.hexdigest())


def figures(db: Any, columns: dict[str, list[str]]) -> dict[str, TableFigures]:
    """Every table's row count and checksum (columns in name order: the same on a file
    and on the server, whatever order their steps added them in)."""
    return {table: table_figures(db, table, columns[table]) for table in TABLES}


def row_total(db: Any) -> int:
    return sum(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in TABLES)


@contextlib.contextmanager
def reading(db: Any) -> Iterator[None]:
    """One consistent view of ``db`` for every read inside, while others keep writing:
    on the server a repeatable-read, read-only transaction; on the file a deferred one
    (in WAL mode a reader sees one state and never blocks a writer)."""
    if dialect_of(db).is_server:
        with db.atomic():
            db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
        return
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        db.conn.execute("ROLLBACK")
