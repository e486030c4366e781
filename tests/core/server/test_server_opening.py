"""Opening the logbook on the clinic server follows the file's rules: an empty database
gets the schema, a foreign or newer one is refused untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.errors import NewerSchemaError, NotALogbookError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store.database import schema_steps

from ...server_home import server_database

pytestmark = pytest.mark.server_only


def _sql(url: str, statement: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def test_the_first_connection_to_an_empty_database_makes_the_logbook(tmp_path: Path) -> None:
    with server_database(empty=True) as url:
        with Logbook.open(tmp_path / "room-1", database_url=url) as logbook:
            assert logbook.on_server
            logbook.add_client(ClientDetails(first_name="Ann", last_name="Smith"))
        steps = [row[0] for row in _sql(url, "SELECT name FROM logbook_migrations ORDER BY id")]
        assert steps == schema_steps()
        # Another workstation, another data folder: the same records.
        with Logbook.open(tmp_path / "room-2", database_url=url) as other:
            assert [c.last_name for c in other.list_clients()] == ["Smith"]
        assert (tmp_path / "room-2").is_dir()  # its caches and settings live there


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    with server_database(empty=True) as url:
        _sql(url, "CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)")
        with pytest.raises(NotALogbookError, match="another program"):
            Logbook.open(tmp_path / "d", database_url=url)
        tables = _sql(url, "SELECT table_name FROM information_schema.tables "
                           "WHERE table_schema = 'public' ORDER BY 1")  # fmt: skip
        assert tables == [("invoices",)]


def test_a_logbook_of_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    with server_database() as url:
        _sql(
            url,
            "INSERT INTO logbook_migrations (migration_set, name, applied_at) "
            "VALUES ('logger_app', 'm999_from_the_future', 'now')",
        )
        before = _sql(url, "SELECT count(*) FROM logbook_migrations")
        with pytest.raises(NewerSchemaError, match="m999_from_the_future"):
            Logbook.open(tmp_path / "d", database_url=url)
        assert _sql(url, "SELECT count(*) FROM logbook_migrations") == before


def test_two_workstations_starting_at_once_make_each_step_once(tmp_path: Path) -> None:
    with server_database(empty=True) as url:
        code = (
            "import sys; from logger_app.logbook import Logbook;"
            "Logbook.open(sys.argv[1], database_url=sys.argv[2]).close()"
        )
        starts = [
            subprocess.Popen([sys.executable, "-c", code, str(tmp_path / f"room-{n}"), url])
            for n in range(3)
        ]
        assert [start.wait(timeout=120) for start in starts] == [0, 0, 0]
        names = [row[0] for row in _sql(url, "SELECT name FROM logbook_migrations")]
        assert sorted(names) == sorted(schema_steps())


def test_the_shipped_schema_is_what_the_steps_make() -> None:
    """After changing a step, run ``python -m logger_app.store.server.schema_check URL``
    on a database the steps just made."""
    from logger_app.store.server.connection import ServerDatabase
    from logger_app.store.server.opening import server_steps
    from logger_app.store.server.schema_check import describe, expected

    with server_database() as url:
        db = ServerDatabase.connect(url)
        try:
            assert describe(db) == expected(server_steps())
        finally:
            db.close()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("DROP TRIGGER audit_log_never_deleted ON audit_log", "triggers missing"),
        (
            "CREATE OR REPLACE FUNCTION audit_log_never_deleted_fn() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$",
            "functions changed",
        ),
        ("ALTER TABLE sessions DROP CONSTRAINT sessions_device_check", "constraints missing"),
        ("CREATE TABLE clients_copy (id integer)", "columns unexpected"),
    ],
)
def test_a_logbook_changed_by_hand_is_refused_untouched(
    tmp_path: Path, change: str, named: str
) -> None:
    from logger_app.errors import SchemaMismatchError

    with server_database() as url:
        _sql(url, change)
        before = _sql(url, "SELECT count(*) FROM logbook_migrations")
        with pytest.raises(SchemaMismatchError, match=named):
            Logbook.open(tmp_path / "d", database_url=url)
        assert _sql(url, "SELECT count(*) FROM logbook_migrations") == before
