"""Helpers of the transfer tests: a filled logbook's folder, every table's rows read
alike on either home, and the command line run in-process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import logger_app.cli as cli
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.transfer import TABLES
from logger_app.transfer.tables import check_same_columns, rows_of

from ...logbook_template import new_logbook
from ...signing import TEST_PASSPHRASE
from .rich_logbook import fill


def filled_folder(folder: Path, sources: Path) -> Path:
    book = new_logbook(folder)
    try:
        fill(book, sources)
    finally:
        book.close()
    return folder


def every_row(db: Any) -> dict[str, list[tuple]]:
    """Each logbook table's rows, columns in name order, ordered by id."""
    columns = check_same_columns(db, db)
    return {table: rows_of(db, table, sorted(columns[table])) for table in TABLES}


# Commands that change a logbook run as the rich logbook's administrator (read-only
# ones as the command line: their sign-in would add an entry to what they copy).
WRITING_COMMANDS = frozenset({"move-to-server", "move-to-file", "restore"})
ADMINISTRATOR = "Dr Jane Doe"


def run(*args: str | Path) -> int:
    argv = [str(arg) for arg in args]
    if argv and argv[0] in WRITING_COMMANDS:
        with _signed_in_environment():
            return cli.main(argv)
    return cli.main(argv)


@contextmanager
def _signed_in_environment() -> Iterator[None]:
    names = {PRACTITIONER_ENV: ADMINISTRATOR, PASSPHRASE_ENV: TEST_PASSPHRASE}
    before = {name: os.environ.get(name) for name in names}
    os.environ.update(names)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def same_but_new_audit_entries(
    original: dict[str, list[tuple]], copy: dict[str, list[tuple]]
) -> list[str]:
    """Assert every table of ``copy`` equals ``original``'s, but for audit entries
    added after the original's; return those entries' actions."""
    for table in TABLES:
        if table != "audit_log":
            assert copy[table] == original[table], table
    kept = len(original["audit_log"])
    assert copy["audit_log"][:kept] == original["audit_log"]
    return [row[0] for row in copy["audit_log"][kept:]]  # "action" sorts first


def rows_of_folder(folder: Path) -> dict[str, list[tuple]]:
    """Every row of the logbook in ``folder``, by table."""
    from logger_app.store import open_database

    db = open_database(folder)
    try:
        return every_row(db)
    finally:
        db.close()


def rows_of_server(url: str) -> dict[str, list[tuple]]:
    """Every row of the logbook on the server at ``url``, by table."""
    from logger_app.store.server.opening import open_server_database

    db = open_server_database(url)
    try:
        return every_row(db)
    finally:
        db.close()
