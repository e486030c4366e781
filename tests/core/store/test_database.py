"""Opening the logbook file: schema from empty, connection settings, refusing files that
are not ours or are newer, data-folder errors, and the copy kept before a migration."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

import logger_app.store.database as database_module
from logger_app.errors import DataFolderError, NewerSchemaError, NotALogbookError
from logger_app.logbook import Logbook
from logger_app.records import (
    AreaTreatment,
    ClientDetails,
    ProductUse,
    ReactionObservation,
)
from logger_app.store import DATABASE_FILENAME, schema_steps
from logger_app.store.database import APPLICATION_ID, PRE_MIGRATION_FOLDER
from logger_app.store.migrations import MIGRATION_SET, all_steps
from logger_app.verification.anchors import ANCHOR_FILENAME
from logger_app.vocabulary import (
    Aftercare,
    Area,
    Concern,
    Device,
    Endpoint,
    Fitzpatrick,
    ObservedWhen,
    ProductRole,
    Reaction,
    Severity,
    SkinType,
)

from ..schema_steps import app_steps

pytestmark = pytest.mark.real_creation  # the logbook fixture migrates from empty here

OWN_TABLES = (
    "practitioners",
    "clients",
    "sessions",
    "session_areas",
    "session_reactions",
    "session_products",
    "photos",
)
TODAY = date(2025, 6, 2)
NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)


def _files_in(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def _create_logbook(data_dir: Path, *client_names: tuple[str, str]) -> Path:
    """A real logbook on disk (closed again), holding the given clients."""
    with Logbook.open(data_dir, create=True) as book:
        for first, last in client_names:
            book.add_client(ClientDetails(first, last), today=TODAY)
    return data_dir / DATABASE_FILENAME


def _extended_migrations(*extra_steps) -> sqlite_utils.Migrations:
    """The app's real schema steps followed by ``extra_steps`` (a newer app version)."""
    extended = app_steps()
    for step in extra_steps:
        extended()(step)
    return extended


def _extra_step_add_notes_table(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE test_step_notes (id INTEGER PRIMARY KEY, text TEXT) STRICT")


def _extra_step_broken(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT")
    raise RuntimeError("step failed half way")


# Schema from empty


def test_a_missing_data_folder_is_created_with_its_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "not" / "there" / "yet"
    with Logbook.open(data_dir, create=True) as book:
        assert book.database_path == data_dir / DATABASE_FILENAME
    assert (data_dir / DATABASE_FILENAME).is_file()
    assert not any(name.startswith(".write-test-") for name in os.listdir(data_dir))


def test_every_table_exists_after_migrating_from_empty(logbook: Logbook) -> None:
    tables = set(logbook._db.table_names())
    assert set(OWN_TABLES) <= tables
    assert {"clients_fts", "_sqlite_migrations"} <= tables


@pytest.mark.parametrize("table", OWN_TABLES)
def test_every_own_table_is_strict(logbook: Logbook, table: str) -> None:
    sql = logbook._db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()[0]
    assert sql.rstrip().endswith("STRICT")
    assert table in {row[1] for row in logbook._db.execute("PRAGMA table_list") if row[5]}


def test_connection_settings(logbook: Logbook) -> None:
    def pragma(name: str):
        return logbook._db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("foreign_keys") == 1
    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") == 10_000


def test_the_file_is_marked_as_a_logbook_with_its_schema_version(logbook: Logbook) -> None:
    db = logbook._db
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    steps = schema_steps()
    assert steps and steps[0] == "m001_initial_schema"
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(steps)
    recorded = [
        row["name"]
        for row in db.query(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
            [MIGRATION_SET],
        )
    ]
    assert recorded == steps


def test_the_client_search_table_is_fts5_over_names_phone_and_email(logbook: Logbook) -> None:
    sql = logbook._db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'clients_fts'"
    ).fetchone()[0]
    assert "USING FTS5" in sql.upper()
    assert "remove_diacritics 2" in sql
    columns = logbook._db["clients_fts"].columns_dict
    assert set(columns) == {"first_name", "last_name", "phone", "phone_digits", "email"}
    triggers = {trigger.name for trigger in logbook._db["clients"].triggers}
    assert {"clients_ai", "clients_ad", "clients_au"} <= triggers


def test_the_history_index_exists(logbook: Logbook) -> None:
    indexes = {index.name: index.columns for index in logbook._db["sessions"].indexes}
    assert indexes["sessions_by_client"] == ["client_id", "started_at"]


def test_the_history_queries_use_the_history_index(logbook: Logbook, client, make_session) -> None:
    for day in range(1, 4):
        logbook.record_session(
            make_session(
                client.id,
                started_at=datetime(2025, 5, day, 10, tzinfo=UTC),
                acknowledged=("interval.forehead",),  # a day apart, on purpose
            ),
            now=NOW,
        )
    executed: list[str] = []
    logbook._db.conn.set_trace_callback(executed.append)
    try:
        assert len(logbook.history(client.id)) == 3
        assert logbook.latest_session(client.id) is not None
    finally:
        logbook._db.conn.set_trace_callback(None)
    by_client = [sql for sql in executed if "FROM sessions s" in sql and "s.client_id" in sql]
    assert len(by_client) == 2  # history, latest session
    for sql in by_client:
        plan = " | ".join(
            row[3] for row in logbook._db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        )
        assert "INDEX sessions_by_client" in plan, plan
        assert "TEMP B-TREE" not in plan, plan  # the index gives the order too


# Reopening


def test_reopening_is_idempotent_and_keeps_the_data(data_dir: Path) -> None:
    path = _create_logbook(data_dir, ("Ann", "Smith"))
    with Logbook.open(data_dir) as book:
        assert [entry.full_name for entry in book.list_clients()] == ["Ann Smith"]
        assert book._db.execute("PRAGMA user_version").fetchone()[0] == len(schema_steps())
        assert book._db["_sqlite_migrations"].count == len(schema_steps())
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1
        assert book._db["_sqlite_migrations"].count == len(schema_steps())
    assert path.is_file()
    assert not (data_dir / "backups").exists()


def test_an_empty_file_is_taken_as_a_new_logbook(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DATABASE_FILENAME).write_bytes(b"")
    with Logbook.open(data_dir, create=True) as book:
        assert book._db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert book.client_count() == 0
    assert not (data_dir / "backups").exists()


# Files that are not ours, or newer


def test_a_schema_step_unknown_here_is_refused_and_the_file_left_untouched(
    data_dir: Path, file_hash
) -> None:
    path = _create_logbook(data_dir, ("Ann", "Smith"))
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES (?, 'm099_from_the_future', '2030-01-01 00:00:00+00:00')",
            [MIGRATION_SET],
        )
    conn.close()
    before_hash, before_files = file_hash(path), _files_in(data_dir)
    assert before_files == {DATABASE_FILENAME, ANCHOR_FILENAME}  # the anchor: its last write

    with pytest.raises(NewerSchemaError, match="m099_from_the_future"):
        Logbook.open(data_dir)

    assert file_hash(path) == before_hash
    # No -wal/-shm left behind, no pre-migration copy: nothing was written.
    assert _files_in(data_dir) == before_files


def test_steps_of_another_migration_set_are_ignored(data_dir: Path) -> None:
    path = _create_logbook(data_dir, ("Ann", "Smith"))
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('some_plugin', 'm001_plugin_step', '2030-01-01 00:00:00+00:00')"
        )
    conn.close()
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"Shopping list:\n- eggs\n- milk\n" * 20, id="text"),
        pytest.param(b"hi", id="shorter-than-a-header"),
        pytest.param(b"SQLite format 3 is what this is not", id="almost-a-header"),
        pytest.param(b"SQLite format 3\x00" + b"\xab" * 300, id="header-then-garbage"),
    ],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(
    data_dir: Path, content: bytes
) -> None:
    data_dir.mkdir()
    path = data_dir / DATABASE_FILENAME
    path.write_bytes(content)

    with pytest.raises(NotALogbookError, match=r"not a (logbook|readable SQLite) database"):
        Logbook.open(data_dir)

    assert path.read_bytes() == content
    assert _files_in(data_dir) == {DATABASE_FILENAME}


def test_a_database_of_another_program_is_refused_and_left_untouched(
    data_dir: Path, file_hash
) -> None:
    data_dir.mkdir()
    path = data_dir / DATABASE_FILENAME
    other = sqlite_utils.Database(path)
    other["recipes"].insert({"id": 1, "title": "Pancakes"}, pk="id")
    assert other.execute("PRAGMA application_id").fetchone()[0] == 0
    other.close()
    before = file_hash(path)

    with pytest.raises(NotALogbookError, match="another program"):
        Logbook.open(data_dir)

    assert file_hash(path) == before
    assert _files_in(data_dir) == {DATABASE_FILENAME}
    check = sqlite_utils.Database(path)
    assert check.table_names() == ["recipes"]
    check.close()


# Data folder problems (these fail for root too)


def test_a_data_folder_path_that_is_a_file_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(DataFolderError):
        Logbook.open(a_file, create=True)
    assert a_file.read_text() == "not a folder"


def test_a_data_folder_path_under_a_file_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    with pytest.raises(DataFolderError, match="cannot be created"):
        Logbook.open(a_file / "logbook", create=True)
    assert a_file.read_text() == "not a folder"


def test_a_database_path_that_is_a_folder_is_refused(data_dir: Path) -> None:
    (data_dir / DATABASE_FILENAME).mkdir(parents=True)
    with pytest.raises(DataFolderError, match="cannot be read"):
        Logbook.open(data_dir, create=True)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root bypasses file permissions",
)
def test_a_data_folder_that_is_not_writable_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o500)
    try:
        with pytest.raises(DataFolderError, match="not writable"):
            Logbook.open(data_dir, create=True)
        assert not (data_dir / DATABASE_FILENAME).exists()
    finally:
        data_dir.chmod(0o700)


# Migrating an existing logbook


def test_a_copy_is_kept_before_a_pending_step_is_applied(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create_logbook(data_dir, ("Ann", "Before"))
    monkeypatch.setattr(
        database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
    )

    with Logbook.open(data_dir) as book:
        assert "test_step_notes" in book._db.table_names()
        assert book._db.execute("PRAGMA user_version").fetchone()[0] == len(
            schema_steps()
        )  # the extended set
        assert book.client_count() == 1

    copies = list((data_dir / PRE_MIGRATION_FOLDER).iterdir())
    assert len(copies) == 1
    copy = copies[0]
    assert copy.name.startswith("logbook-") and copy.suffix == ".sqlite3"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    old = sqlite_utils.Database(copy)
    try:
        assert [row["last_name"] for row in old["clients"].rows] == ["Before"]
        assert "test_step_notes" not in old.table_names()
        assert [row["name"] for row in old["_sqlite_migrations"].rows] == all_steps()
    finally:
        old.close()

    # Nothing pending any more: no second copy.
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1
    assert len(list((data_dir / PRE_MIGRATION_FOLDER).iterdir())) == 1


def test_no_copy_is_made_when_creating_a_new_logbook(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
    )
    with Logbook.open(data_dir, create=True) as book:
        assert "test_step_notes" in book._db.table_names()
    assert not (data_dir / "backups").exists()


def test_a_failed_step_on_an_existing_logbook_keeps_data_and_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _create_logbook(data_dir, ("Ann", "Smith"))
    monkeypatch.setattr(database_module, "migrations", _extended_migrations(_extra_step_broken))

    with pytest.raises(RuntimeError, match="half way"):
        Logbook.open(data_dir)

    assert len(list((data_dir / PRE_MIGRATION_FOLDER).iterdir())) == 1
    monkeypatch.undo()
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1
        assert "half_done" not in book._db.table_names()  # the step was rolled back


def test_a_failed_step_on_a_new_logbook_does_not_make_it_foreign(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first step committed, the second failed: the file must still be ours."""
    monkeypatch.setattr(database_module, "migrations", _extended_migrations(_extra_step_broken))
    with pytest.raises(RuntimeError, match="half way"):
        Logbook.open(data_dir, create=True)

    monkeypatch.undo()
    with Logbook.open(data_dir) as book:
        assert book._db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert set(OWN_TABLES) <= set(book._db.table_names())
        assert book.client_count() == 0


# Every vocabulary value is accepted by the CHECK constraints of a fresh database


def test_every_skin_type_fitzpatrick_and_concern_is_accepted(logbook: Logbook) -> None:
    for index, skin_type in enumerate(SkinType):
        fitzpatrick = list(Fitzpatrick)[index % len(Fitzpatrick)]
        logbook.add_client(
            ClientDetails(
                "Client",
                f"Skin{index}",
                skin_type=skin_type,
                fitzpatrick=fitzpatrick,
                concerns=tuple(Concern),
            ),
            today=TODAY,
        )
    for fitzpatrick in Fitzpatrick:
        logbook.add_client(
            ClientDetails("Client", f"Type{fitzpatrick.value}", fitzpatrick=fitzpatrick),
            today=TODAY,
        )
    stored = logbook._db.execute(
        "SELECT DISTINCT skin_type FROM clients WHERE skin_type IS NOT NULL"
    ).fetchall()
    assert {row[0] for row in stored} == set(SkinType.values())
    fitzpatricks = {
        logbook.client(entry.id).details.fitzpatrick for entry in logbook.list_clients()
    }
    assert fitzpatricks == set(Fitzpatrick)
    first = logbook.client(logbook.list_clients("Skin0")[0].id)
    assert first.details.concerns == tuple(Concern)


def test_every_area_is_accepted(logbook: Logbook, client, make_session) -> None:
    areas = tuple(AreaTreatment(area, 0.5) for area in Area)
    session = logbook.record_session(make_session(client.id, areas=areas), now=NOW)
    assert tuple(item.area for item in logbook.session(session.id).details.areas) == tuple(Area)


def test_every_reaction_observed_at_every_time_is_accepted(
    logbook: Logbook, client, make_session
) -> None:
    reactions = tuple(
        ReactionObservation(reaction, list(Severity)[index % len(Severity)], observed)
        for index, (reaction, observed) in enumerate(
            (reaction, observed) for reaction in Reaction for observed in ObservedWhen
        )
    )
    session = logbook.record_session(make_session(client.id, reactions=reactions), now=NOW)
    stored = logbook.session(session.id).details.reactions
    assert stored == reactions
    assert {item.reaction for item in stored} == set(Reaction)
    assert {item.observed for item in stored} == set(ObservedWhen)
    assert {item.severity for item in stored} == set(Severity)


def test_every_device_and_endpoint_is_accepted(logbook: Logbook, client, make_session) -> None:
    endpoints = list(Endpoint)
    recorded = []
    for index, device in enumerate(Device):
        recorded.append(
            logbook.record_session(
                make_session(
                    client.id,
                    device=device,
                    endpoint=endpoints[index],
                    started_at=NOW - timedelta(days=30 + index),
                ),
                now=NOW,
            )
        )
    for index, endpoint in enumerate(endpoints[len(Device) :], start=len(Device)):
        recorded.append(
            logbook.record_session(
                make_session(
                    client.id, endpoint=endpoint, started_at=NOW - timedelta(days=30 + index)
                ),
                now=NOW,
            )
        )
    sessions = [logbook.session(session.id).details for session in recorded]
    assert {details.device for details in sessions} == set(Device)
    assert {details.endpoint for details in sessions} == set(Endpoint)


def test_every_product_role_and_aftercare_item_is_accepted(
    logbook: Logbook, client, make_session
) -> None:
    products = tuple(
        ProductUse(f"Product {role.value}", lot=f"L{index}", role=role)
        for index, role in enumerate(ProductRole)
    )
    session = logbook.record_session(
        make_session(client.id, products=products, aftercare=tuple(Aftercare)), now=NOW
    )
    details = logbook.session(session.id).details
    assert details.products == products
    assert details.aftercare == tuple(Aftercare)


def test_the_copy_before_an_upgrade_of_an_encrypted_logbook_is_encrypted(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from logger_app.crypto.sqlcipher import connect_encrypted

    from ...encrypted import new_encrypted, reopen

    book, keys = new_encrypted(data_dir)
    with book:
        book.add_client(ClientDetails("Zephyrine", "Quackenbush"), today=date(2025, 1, 1))
    monkeypatch.setattr(
        database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
    )
    with reopen(data_dir) as book:
        assert "test_step_notes" in book._db.table_names()

    [copy] = (data_dir / PRE_MIGRATION_FOLDER).iterdir()
    data = copy.read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Quackenbush" not in data
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(copy).execute("SELECT count(*) FROM sqlite_master").fetchone()
    old = connect_encrypted(copy, keys.data_key)
    try:
        assert old.execute("SELECT last_name FROM clients").fetchall() == [("Quackenbush",)]
        tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master")}
        assert "test_step_notes" not in tables
    finally:
        old.close()
