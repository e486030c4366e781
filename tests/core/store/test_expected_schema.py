"""A logbook file is trusted only if its schema is exactly what its recorded steps make:
the shipped expected schema, the normalisation of SQL text, and the refusal (untouched,
the difference named) of every file that differs, on opening and from a backup."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from importlib.resources import files
from pathlib import Path

import pytest
import sqlite_utils

import logger_app.cli as cli
import logger_app.store.database as database_module
import logger_app.store.expected_schema as expected_schema_module
from logger_app.backup import BackupError, make_backup, restore_backup, verify_backup
from logger_app.cli.sign_in import PASSPHRASE_ENV, PRACTITIONER_ENV
from logger_app.errors import SchemaMismatchError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store import DATABASE_FILENAME, schema_steps
from logger_app.store.database import APPLICATION_ID, PRE_MIGRATION_FOLDER
from logger_app.store.expected_schema import (
    RESOURCE,
    WRITE_COMMAND,
    build_schemas,
    normalise_sql,
    recorded_steps,
    render,
    schema_differences,
)
from logger_app.store.migrations import all_steps, migrations
from logger_app.store.schema_digests import (
    DIGESTS_RESOURCE,
    build_raw_digests,
    read_digests_file,
    shipped_raw_digests,
)

from ...logbook_template import new_logbook
from ..backup_support import NOW, tree_state
from ..schema_steps import app_steps, registered_steps
from ..schema_tampering import IDS, TAMPERINGS, Tampering, foreign_schema_under_our_id, tamper

NOTES = "Latex allergy; on isotretinoin until March"


def _logbook_with_a_client(data_dir: Path) -> Path:
    with new_logbook(data_dir) as book:
        book.add_client(
            ClientDetails("Ann", "Smith", medical_notes=NOTES, allergies="latex"),
            today=NOW.date(),
        )
    return data_dir / DATABASE_FILENAME


def _older_logbook(data_dir: Path, count: int) -> Path:
    """A logbook as a version of the app with only the first ``count`` steps made it
    (0: the first open of a new logbook cut short after the table of steps was made)."""
    data_dir.mkdir(parents=True)
    path = data_dir / DATABASE_FILENAME
    db = sqlite_utils.Database(path, execute_plugins=False)
    try:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        steps = all_steps()
        migrations.apply(db, stop_before=steps[count])
        db.execute(f"PRAGMA user_version = {count}")
        if count:
            stamp = NOW.isoformat(timespec="seconds")
            db["clients"].insert(
                {"first_name": "Old", "last_name": "Timer", "created_at": stamp,
                 "updated_at": stamp, "medical_notes": NOTES}
            )  # fmt: skip
    finally:
        db.close()
    return path


def _differences(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return schema_differences(conn)


# The shipped file


def test_the_shipped_schema_is_the_one_the_migrations_make() -> None:
    shipped = files("resources").joinpath(RESOURCE).read_text("utf-8")
    assert render(build_schemas()) == shipped, (
        f"resources/{RESOURCE} is out of date: run {WRITE_COMMAND}"
    )


def test_the_shipped_schema_has_every_older_step_count() -> None:
    schemas = build_schemas()
    steps = tuple(all_steps())
    assert list(schemas) == [steps[:count] for count in range(len(steps) + 1)]
    final = schemas[steps]
    assert {key[1] for key in final if key[0] == "trigger"} >= {
        "sessions_signed_update",
        "audit_log_never_deleted",
        "clients_ai",
    }
    assert ("table", "clients_fts_data") in final  # FTS5 shadow tables too
    assert ("table", "_sqlite_migrations") in schemas[()]  # sqlite-utils' own table


def test_all_steps_names_every_step_oldest_first() -> None:
    steps = all_steps()
    assert steps == schema_steps()
    assert steps[0] == "m001_initial_schema" and steps == sorted(steps)
    assert [step.fn.__name__ for step in registered_steps()] == steps  # named as they run


# Normalised SQL: harmless differences count for nothing, every other one counts


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("CREATE INDEX [a] ON [t] ([x], [y])", 'CREATE INDEX "a"\n    ON "t" ("x", "y")'),
        ("create index a on t(x,y)", "CREATE INDEX `a` ON `T` (`X`, `Y`)"),
        (
            "CREATE TABLE t (\n  x TEXT -- a comment\n) STRICT",
            "CREATE TABLE t (x TEXT /* another */) STRICT",
        ),
        ("CREATE TABLE 'x_data'(id INTEGER)", 'CREATE TABLE "x_data" (id INTEGER)'),
        ("CREATE TABLE t (a, \"b\"\"c\")", "CREATE TABLE t (a, [b\"c])"),
    ],
)  # fmt: skip
def test_quoting_case_whitespace_and_comments_do_not_count(written: str, same_as: str) -> None:
    assert normalise_sql(written) == normalise_sql(same_as)


@pytest.mark.parametrize(
    ("written", "differs_from"),
    [
        ("CHECK (x IN ('a', 'b'))", "CHECK (x IN ('A', 'b'))"),  # string literals keep case
        ("CHECK (x BETWEEN 0.1 AND 3.0)", "CHECK (x BETWEEN 0.1 AND 30)"),
        ("CREATE TABLE t (a TEXT)", "CREATE TABLE t (a TEXT, b TEXT)"),
        ("WHEN OLD.signed_at IS NOT NULL", "WHEN OLD.signed_at IS NULL"),
        ("SELECT 'x'", 'SELECT "x"'),  # a string is not an identifier outside a name
        ("x <= 1", "x < = 1"),
        ("SELECT x'00FF'", "SELECT x '00FF'"),
        ("SELECT 1.5", "SELECT 1 . 5"),
        ("a.b", '"a.b"'),
    ],
)
def test_every_other_difference_counts(written: str, differs_from: str) -> None:
    assert normalise_sql(written) != normalise_sql(differs_from)


# Opening


def test_a_sound_logbook_has_no_differences(data_dir: Path) -> None:
    path = _logbook_with_a_client(data_dir)
    assert _differences(path) == []
    with Logbook.open(data_dir) as book:
        assert book.client(book.list_clients()[0].id).details.medical_notes == NOTES


@pytest.mark.parametrize("tampering", TAMPERINGS, ids=IDS)
def test_a_tampered_logbook_is_refused_untouched_the_difference_named(
    data_dir: Path, tampering: Tampering
) -> None:
    path = _logbook_with_a_client(data_dir)
    tamper(path, tampering.sql)
    before = tree_state(data_dir)

    with pytest.raises(SchemaMismatchError, match=tampering.named) as refused:
        Logbook.open(data_dir)

    message = str(refused.value)
    assert message.startswith(f"{path} is refused: ") and "It was left untouched." in message
    assert "\n" not in message
    assert tree_state(data_dir) == before  # byte for byte; no -wal, no copy, no backup


def test_another_programs_schema_under_our_application_id_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / DATABASE_FILENAME
    foreign_schema_under_our_id(path)
    before = tree_state(data_dir)

    with pytest.raises(SchemaMismatchError) as refused:
        Logbook.open(data_dir)

    assert "an extra table `clients`" in str(refused.value)
    assert "an extra table `recipes`" in str(refused.value)
    assert tree_state(data_dir) == before


def test_the_first_few_differences_are_named_and_the_rest_counted(data_dir: Path) -> None:
    path = _logbook_with_a_client(data_dir)
    tamper(path, "; ".join(f"CREATE VIEW v{number} AS SELECT 1" for number in range(5)))
    with pytest.raises(SchemaMismatchError, match=r"`v2`; and 2 more\)"):
        Logbook.open(data_dir)


def test_an_object_of_a_later_step_is_refused_in_an_older_file(data_dir: Path) -> None:
    """The check is against the steps the file records, not the newest schema."""
    path = _older_logbook(data_dir, 2)
    tamper(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    with pytest.raises(SchemaMismatchError, match=r"an extra table `photos`"):
        Logbook.open(data_dir)


def test_steps_recorded_out_of_order_are_refused_untouched(data_dir: Path) -> None:
    path = _logbook_with_a_client(data_dir)
    tamper(path, "DELETE FROM _sqlite_migrations WHERE name = 'm002_client_last_session'")
    before = tree_state(data_dir)
    with pytest.raises(SchemaMismatchError, match="not in the order this app applies them"):
        Logbook.open(data_dir)
    assert tree_state(data_dir) == before  # no copy made, no step run again


@pytest.mark.parametrize("count", range(len(all_steps())))
def test_a_sound_logbook_of_every_older_step_count_opens_and_upgrades(
    data_dir: Path, count: int
) -> None:
    path = _older_logbook(data_dir, count)
    assert _differences(path) == []

    with Logbook.open(data_dir) as book:
        assert book.client_count() == (1 if count else 0)

    with closing(sqlite3.connect(path)) as conn:
        assert recorded_steps(conn) == tuple(all_steps())
        assert schema_differences(conn) == []
    assert (data_dir / PRE_MIGRATION_FOLDER).exists() == bool(count)
    with Logbook.open(data_dir) as book:  # and opens again as it is
        assert book.client_count() == (1 if count else 0)


def test_harmless_differences_do_not_refuse_a_logbook(data_dir: Path) -> None:
    """SQLite's statistics (ANALYZE, PRAGMA optimize), an AUTOINCREMENT counter table
    and another spelling of the same SQL (an older sqlite-utils quoted with brackets)."""
    path = _logbook_with_a_client(data_dir)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ANALYZE")
        conn.execute("PRAGMA optimize")
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = 'sessions_by_time'",
            ["CREATE INDEX [sessions_by_time] ON [sessions] ([started_at])"],
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
        conn.commit()
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "sqlite_stat1" in names

    with Logbook.open(data_dir) as book:
        assert book.client_count() == 1


def test_an_internal_looking_trigger_is_not_excused(data_dir: Path) -> None:
    """Only SQLite's own tables are left out, and only with SQLite's own SQL: a trigger
    written straight into the schema under a name SQLite reserves is still named."""
    path = _logbook_with_a_client(data_dir)
    with closing(sqlite3.connect(path)) as conn:
        version = conn.execute("PRAGMA schema_version").fetchone()[0]
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "INSERT INTO sqlite_master VALUES ('trigger', 'sqlite_notes', 'clients', 0, ?)",
            [
                "CREATE TRIGGER sqlite_notes AFTER UPDATE OF first_name ON clients BEGIN "
                "UPDATE clients SET medical_notes = 'none' WHERE id = new.id; END"
            ],
        )
        conn.execute(f"PRAGMA schema_version = {version + 1}")
        conn.execute("PRAGMA writable_schema = OFF")
        conn.commit()
    with closing(sqlite3.connect(path)) as conn:  # SQLite runs it like any trigger
        conn.execute("UPDATE clients SET first_name = 'Anne'")
        assert conn.execute("SELECT medical_notes FROM clients").fetchone()[0] == "none"
        conn.rollback()
    with pytest.raises(SchemaMismatchError, match="an extra trigger `sqlite_notes` on clients"):
        Logbook.open(data_dir)


def test_a_new_step_missing_from_the_shipped_file_is_checked_all_the_same(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A step added before the shipped file is regenerated: its schema is made from the
    steps, and a tampered file is refused all the same."""

    def m099_notes(db: sqlite_utils.Database) -> None:
        db.execute("CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT) STRICT")

    extended = app_steps()
    extended()(m099_notes)
    monkeypatch.setattr(database_module, "migrations", extended)
    path = _logbook_with_a_client(data_dir)
    with Logbook.open(data_dir) as book:
        assert "test_notes" in book._db.table_names()

    tamper(path, "CREATE INDEX test_notes_by_text ON test_notes (text)")
    with pytest.raises(SchemaMismatchError, match="an extra index `test_notes_by_text`"):
        Logbook.open(data_dir)


# From a backup


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "target"
    with new_logbook(folder) as book:
        book.add_client(ClientDetails("Tara", "Target"), today=NOW.date())
    return folder


def _tampered_backup(tmp_path: Path, tampering: Tampering) -> Path:
    source = tmp_path / "source"
    tamper(_logbook_with_a_client(source), tampering.sql)
    # A backup is made of the file as it is; restoring it is what must refuse it.
    return make_backup(source, tmp_path / f"{tampering.id}.zip", now=NOW).path


@pytest.mark.parametrize("tampering", TAMPERINGS, ids=IDS)
def test_a_backup_of_a_tampered_logbook_is_refused_by_verify_and_restore(
    tmp_path: Path, target: Path, tampering: Tampering
) -> None:
    archive = _tampered_backup(tmp_path, tampering)
    before = tree_state(target)
    siblings = sorted(path.name for path in tmp_path.iterdir())
    pattern = (
        rf"{archive.name} is refused: the database inside is not a logbook as this app "
        rf"makes it \(.*{tampering.named}"
    )

    with pytest.raises(BackupError, match=pattern):
        verify_backup(archive)
    with pytest.raises(BackupError, match=pattern):
        restore_backup(archive, target)

    assert tree_state(target) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == siblings  # no staging left
    with Logbook.open(target) as book:
        assert [entry.full_name for entry in book.list_clients()] == ["Tara Target"]


def test_a_refused_database_is_checked_before_any_photo_is_read(
    tmp_path: Path, make_session
) -> None:
    from ..backup_support import build_logbook

    source = tmp_path / "source"
    build_logbook(source, tmp_path / "sources", make_session, photos=3).close()
    tamper(source / DATABASE_FILENAME, TAMPERINGS[0].sql)
    archive = make_backup(source, tmp_path / "tampered.zip", now=NOW).path
    reports: list[tuple[int, int]] = []

    with pytest.raises(BackupError, match="audit_rewrites_notes"):
        restore_backup(
            archive, tmp_path / "restored", lambda done, total: reports.append((done, total))
        )

    database_bytes = (source / DATABASE_FILENAME).stat().st_size
    assert reports and all(done <= database_bytes < total for done, total in reports)
    assert not (tmp_path / "restored").exists()


def test_verify_backup_command_does_not_call_it_sound(
    tmp_path: Path,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("logger_app.cli.backup",))
    monkeypatch.setenv(PRACTITIONER_ENV, "Test Practitioner")  # a restore needs one
    monkeypatch.setenv(PASSPHRASE_ENV, "a passphrase for tests")
    archive = _tampered_backup(tmp_path, TAMPERINGS[0])
    before = tree_state(target)

    assert cli.main(["verify-backup", str(archive)]) == 2
    out, err = capsys.readouterr()
    assert "sound" not in out + err
    assert err.startswith(f"logger-app: {archive.name} is refused: ")
    assert "an extra trigger `audit_rewrites_notes` on audit_log" in err

    assert cli.main(["restore", str(archive), "--data-dir", str(target)]) == 2
    out, err = capsys.readouterr()
    assert "sound" not in out + err and "audit_rewrites_notes" in err
    assert tree_state(target) == before


def test_the_shipped_digests_are_what_this_sqlite_writes() -> None:
    """The fast path: a sound file's rows, exactly as written, match a shipped digest;
    a digest for this SQLite version that is stale would wave through nothing (a
    mismatch falls back to the full comparison) but would cost every open its speed."""
    shipped = read_digests_file(files("resources").joinpath(DIGESTS_RESOURCE).read_text("utf-8"))
    if sqlite3.sqlite_version not in shipped:
        pytest.skip(f"no digests shipped for SQLite {sqlite3.sqlite_version}")
    built = {" ".join(steps): digest for steps, digest in build_raw_digests().items()}
    assert shipped[sqlite3.sqlite_version] == built, f"run {WRITE_COMMAND}"


def test_a_sound_logbook_is_recognised_without_comparing_object_by_object(
    data_dir, monkeypatch
) -> None:
    with Logbook.open(data_dir, create=True):
        pass
    if not shipped_raw_digests():
        pytest.skip(f"no digests shipped for SQLite {sqlite3.sqlite_version}")
    read: list[int] = []
    real_read_schema = expected_schema_module.read_schema
    monkeypatch.setattr(
        expected_schema_module, "read_schema", lambda conn: read.append(1) or real_read_schema(conn)
    )
    with sqlite3.connect(data_dir / DATABASE_FILENAME) as conn:
        assert schema_differences(conn) == []
        assert read == []  # the digest matched
        conn.execute("CREATE TRIGGER extra AFTER INSERT ON clients BEGIN SELECT 1; END")
        assert schema_differences(conn) == ["an extra trigger `extra` on clients"]
        assert read == [1]  # no match: compared object by object, and refused


def test_a_step_another_program_commits_meanwhile_is_not_a_difference(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two programs opening a logbook that needs an upgrade: one applies a step while
    the other checks the schema. The steps recorded and the objects read are of one
    moment, so the checking one sees a sound older file, not "extra" objects."""
    steps = all_steps()
    path = _older_logbook(data_dir, len(steps) - 1)
    real_recorded_steps = expected_schema_module.recorded_steps

    def recorded_then_upgraded_elsewhere(conn: sqlite3.Connection):
        recorded = real_recorded_steps(conn)
        other = sqlite_utils.Database(path, execute_plugins=False)
        try:
            migrations.apply(other)  # the last step, committed by the other program
        finally:
            other.close()
        return recorded

    monkeypatch.setattr(expected_schema_module, "recorded_steps", recorded_then_upgraded_elsewhere)
    with closing(sqlite3.connect(path)) as conn:
        assert schema_differences(conn) == []
    monkeypatch.undo()
    with closing(sqlite3.connect(path)) as conn:
        assert recorded_steps(conn) == tuple(steps)  # the other program did upgrade it
        assert schema_differences(conn) == []
