"""The demo logbook on the clinic server, for the server benchmarks: a database of its own
on the cluster (made and dropped here), holding the same rows as the demo file.

Generating 100,000 sessions through the API a second time would take minutes, so the
file's rows are copied as they are (COPY, one table after another) with the server's
triggers and foreign-key checks off for that one connection (``session_replication_role
= replica``, which needs a superuser, as the test cluster's URL is). What the triggers
would have added is then written once: each client's search document, and every identity
sequence moved past the copied ids. Both homes then hold the same clients with the same
ids, so the figures compare like with like.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SKIPPED_TABLES = {"logbook_migrations"}  # the server's own record of its schema steps
# The search document as the clients_search_document trigger writes it.
SEARCH_DOCUMENT = (
    "to_tsvector('simple', logbook_search_fold("
    "first_name || ' ' || last_name || ' ' || phone || ' ' || phone_digits || ' ' || email))"
)


def database_url(admin_url: str, name: str) -> str:
    """``admin_url`` pointing at database ``name``."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    return make_conninfo(**(conninfo_to_dict(admin_url) | {"dbname": name}))


def _admin(admin_url: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


@contextmanager
def bench_database(admin_url: str, prefix: str = "bench") -> Iterator[str]:
    """The URL of a new, empty database on the cluster, dropped afterwards."""
    name = f"{prefix}_{secrets.token_hex(5)}"
    _admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        yield database_url(admin_url, name)
    finally:
        _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def new_server_logbook(url: str) -> None:
    """The logbook's schema in the empty database at ``url`` (opening makes it)."""
    import tempfile

    from logger_app.logbook import Logbook

    with tempfile.TemporaryDirectory(prefix="bench-server-cache-") as cache:
        Logbook.open(Path(cache), database_url=url).close()


def copy_file_to_server(database: Path, url: str) -> dict[str, int]:
    """Every row of the SQLite logbook ``database`` into the new server logbook at
    ``url`` (schema made, no rows); the rows copied per table."""
    import psycopg

    new_server_logbook(url)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    copied: dict[str, int] = {}
    try:
        with psycopg.connect(url) as conn:
            conn.execute("SET session_replication_role = replica")  # no triggers, no FKs
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                )
                if row[0] not in SKIPPED_TABLES
            ]
            for table in tables:
                columns = [
                    row[1] for row in source.execute(f"PRAGMA table_info([{table}])")
                ]  # the file's columns; the server's extra ones are derived below
                if not columns:  # the server's own (photo contents): nothing in the file
                    continue
                names = ", ".join(f'"{column}"' for column in columns)
                rows = source.execute(f"SELECT {names} FROM [{table}]")
                count = 0
                with conn.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:  # type: ignore[arg-type]
                    for row in rows:
                        copy.write_row(row)
                        count += 1
                copied[table] = count
                if "id" not in columns:  # keyed otherwise (logbook_settings): no sequence
                    continue
                conn.execute(  # type: ignore[arg-type]
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) "
                    f'FROM "{table}" HAVING max(id) IS NOT NULL'
                )
            conn.execute(f"UPDATE clients SET search_document = {SEARCH_DOCUMENT}")  # type: ignore[arg-type]
            conn.commit()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    finally:
        source.close()
    return copied


def load_demo(database: Path, url: str) -> float:
    """Copy the demo file to the server; the seconds it took (printed with the counts)."""
    started = time.perf_counter()
    copied = copy_file_to_server(database, url)
    seconds = time.perf_counter() - started
    shown = ", ".join(f"{table} {count:,}" for table, count in copied.items() if count)
    print(f"Copied to the server in {seconds:.1f} s: {shown}", flush=True)
    return seconds
