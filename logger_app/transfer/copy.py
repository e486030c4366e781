"""``copy_logbook``: every row of every logbook table from one open database into a
new, empty logbook on either home, ids kept, in one transaction on the target.

The target's rules stay on; the copy goes in the order they allow. Sessions go in
unsigned with their parts and the photos taken before signing, and are then signed (an
unsigned row may be signed); photos added after signing follow. Each signed session's
amendments go in with that session's amendment gate open, as when they were made, and
then the signatures. The audit log is append-only and takes its rows as they are, its
chain hashes too; an entry an erasure blanked (its subject's salt forgotten) goes in as
it was before, and is blanked again with that client's erasure gate open. Before the
target commits, the row count and checksum of every table are compared with the
source's: any difference rolls the whole copy back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from ..store.audit import integrity_gate
from ..store.dialect import dialect_of
from .tables import (
    ORDER_BY,
    TABLES,
    TableFigures,
    TransferError,
    check_same_columns,
    figures,
    reading,
    row_total,
    rows_of,
)


@dataclass(frozen=True)
class CopyReport:
    """What was copied: each table's row count and checksum, equal on both sides."""

    figures: dict[str, TableFigures]

    @property
    def rows(self) -> int:
        return sum(table.rows for table in self.figures.values())

    def count(self, table: str) -> int:
        return self.figures[table].rows


def copy_logbook(source: Any, target: Any) -> CopyReport:
    """Copy every logbook row of ``source`` into ``target`` (an open, empty logbook of
    the same schema; either may be the file or the server). TransferError, and nothing
    kept in ``target``, if it is not empty or the copy does not match."""
    with reading(source):
        columns = check_same_columns(source, target)
        with target.atomic():
            if row_total(target):
                raise TransferError(
                    "The logbook to copy into already holds records: nothing was copied."
                )
            _copy_rows(source, target, columns)
            if dialect_of(target).is_server:
                _move_sequences_past(target)
            copied = figures(target, columns)
            expected = figures(source, columns)
            differing = [table for table in TABLES if copied[table] != expected[table]]
            if differing:
                raise TransferError(
                    f"The copy does not match the original in {', '.join(differing)}: "
                    "nothing was kept."
                )
    return CopyReport(copied)


def _copy_rows(source: Any, target: Any, columns: dict[str, list[str]]) -> None:
    def copy(table: str, where: str = "") -> list[tuple]:
        rows = rows_of(source, table, columns[table], where)
        insert_rows(target, table, columns[table], rows)
        return rows

    copy("practitioners")
    copy("practitioner_keys")
    copy("clients")
    session_columns = columns["sessions"]
    signing = [session_columns.index("signed_at"), session_columns.index("signed_by")]
    sessions = rows_of(source, "sessions", session_columns)
    unsigned = [_with(row, {index: None for index in signing}) for row in sessions]
    insert_rows(target, "sessions", session_columns, unsigned)
    for table in ("session_areas", "session_reactions", "session_products"):
        copy(table)
    copy("session_acknowledgements")
    copy("photos", "WHERE after_signing = 0")
    id_at = session_columns.index("id")
    signatures = [
        (row[signing[0]], row[signing[1]], row[id_at])
        for row in sessions
        if row[signing[0]] is not None
    ]
    _executemany(
        target, "UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?", signatures
    )
    copy("photos", "WHERE after_signing = 1")
    amendments = rows_of(source, "amendments", columns["amendments"])
    of_session = columns["amendments"].index("session_id")
    for session_id, rows in groupby(amendments, key=lambda row: row[of_session]):
        with integrity_gate(target, "amend", session_id=session_id):
            insert_rows(target, "amendments", columns["amendments"], list(rows))
    for table in ("signatures", "audit_log", "screenings", "consents", "courses",
                  "other_treatments", "import_links", "import_value_maps",
                  "consent_texts", "clinic_details", "safety_settings",
                  "logbook_settings"):  # fmt: skip
        copy(table)


def _with(row: tuple, values: dict[int, Any]) -> tuple:
    return tuple(values.get(index, value) for index, value in enumerate(row))


def insert_rows(db: Any, table: str, columns: list[str], rows: Sequence[tuple]) -> None:
    quoted = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    _executemany(db, f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)


def _executemany(db: Any, sql: str, rows: Sequence[tuple]) -> None:
    """One statement for many rows, in the driver's fast way, its errors translated."""
    if not rows:
        return
    if dialect_of(db).is_server:
        from ..store.server.connection import to_pyformat, translated_server_errors

        with translated_server_errors(db.label), db.conn.cursor() as cursor:
            cursor.executemany(to_pyformat(sql), rows)
        return
    from ..store.connection import translated_errors

    with translated_errors(db.folder):
        db.conn.executemany(sql, rows)


def _move_sequences_past(db: Any) -> None:
    """The server's identity sequences continue after the copied ids (and a client id
    named by an erasure's tombstone is never given again)."""
    for table in TABLES:
        if table in ORDER_BY:  # no id of its own
            continue
        highest = f'SELECT coalesce(max(id), 0) FROM "{table}"'
        if table == "clients":
            erased = (
                "SELECT coalesce(max(client_id), 0) FROM audit_log "
                "WHERE action = 'erase' AND entity = 'client'"
            )
            highest = f"SELECT greatest(({highest}), ({erased}))"
        db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), ({highest}) + 1, false)"
        )
