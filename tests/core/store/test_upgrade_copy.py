"""The copy kept before an upgrade: written whole or not at all (``.part``, fsync,
rename), owner-only, and made once per state: an upgrade killed at any step and started
again ends with the logbook upgraded and exactly one complete copy."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import logger_app.store.database as database_module
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails
from logger_app.store.database import PRE_MIGRATION_FOLDER
from logger_app.store.migrations import migrations as real_migrations

from .test_database import _extended_migrations, _extra_step_add_notes_table

ROOT = Path(__file__).resolve().parents[3]
CRASHED = 17
OLD_STEPS = [step.name for step in real_migrations._migrations]

# Run in a child process: open the logbook with one schema step more than it has (an
# upgrade pending), and die with os._exit at the named point of the copy.
CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path

    import logger_app.store.database as database
    from logger_app.logbook import Logbook
    from tests.core.store.test_database import _extended_migrations, _extra_step_add_notes_table

    folder, where, when = Path(sys.argv[1]), sys.argv[2], sys.argv[3]

    def crash():
        os._exit({crashed})

    def upgrade_step(db):
        _extra_step_add_notes_table(db)
        crash()  # inside the step's transaction: rolled back

    database.migrations = _extended_migrations(
        upgrade_step if where == "upgrade_step" else _extra_step_add_notes_table
    )
    if where == "copying":  # the real copy, one page at a time, killed after the first
        copy_before_migrating = database._copy_before_migrating

        class OnePageThenDie:
            def __init__(self, connection):
                self.connection = connection

            def backup(self, target, **_):
                self.connection.backup(target, pages=1, progress=lambda *_: crash())

            def __getattr__(self, name):
                return getattr(self.connection, name)

        def copying(db, data_folder, *rest):
            db.conn = OnePageThenDie(db.conn)
            return copy_before_migrating(db, data_folder, *rest)

        database._copy_before_migrating = copying
    elif where != "upgrade_step":
        original = getattr(database, where)

        def wrapped(*args, **kwargs):
            if when == "before":
                crash()
            result = original(*args, **kwargs)
            crash()
            return result

        setattr(database, where, wrapped)
    Logbook.open(folder).close()
    """
).replace("{crashed}", str(CRASHED))

CRASH_POINTS = [
    ("copying", "during"),
    ("_write_part", "after"),
    ("_fsync_file", "after"),
    ("fsync_folder", "before"),  # renamed, the rename not yet durable
    ("_publish", "after"),
    ("_copy_before_migrating", "after"),
    ("upgrade_step", "during"),
]


def _logbook_of_the_older_version(data_dir: Path, *last_names: str) -> None:
    with Logbook.open(data_dir, create=True) as book:
        for last in last_names:
            book.add_client(ClientDetails("Ann", last))


def _crash(data_dir: Path, where: str, when: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), where, when],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == CRASHED, child.stderr


def _copies(data_dir: Path) -> list[Path]:
    """The files named like a finished copy (not ``.part``)."""
    return sorted((data_dir / PRE_MIGRATION_FOLDER).glob("*.sqlite3"))


def _last_names_and_steps(copy: Path) -> tuple[list[str], list[str]]:
    with sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True) as conn:
        names = [row[0] for row in conn.execute("SELECT last_name FROM clients ORDER BY id")]
        steps = [row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")]
    conn.close()
    return names, steps


@pytest.fixture
def upgrade(monkeypatch: pytest.MonkeyPatch):
    """This app with one schema step more than the logbooks made above."""

    def apply() -> None:
        monkeypatch.setattr(
            database_module, "migrations", _extended_migrations(_extra_step_add_notes_table)
        )

    return apply


@pytest.mark.parametrize(("where", "when"), CRASH_POINTS, ids=[p[0] for p in CRASH_POINTS])
def test_an_upgrade_killed_at_any_step_of_the_copy_ends_with_one_complete_copy(
    data_dir: Path, upgrade, where: str, when: str
) -> None:
    _logbook_of_the_older_version(data_dir, "Before")
    _crash(data_dir, where, when)

    upgrade()
    with Logbook.open(data_dir) as book:
        assert "test_step_notes" in book._db.table_names()  # the upgrade completed
        assert [entry.full_name for entry in book.list_clients()] == ["Ann Before"]

    [copy] = _copies(data_dir)
    assert copy.stat().st_size > 0
    assert _last_names_and_steps(copy) == (["Before"], OLD_STEPS)
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    # A part left by the killed copy of this same state was replaced, then renamed.
    assert list((data_dir / PRE_MIGRATION_FOLDER).glob("*.part")) == []


def test_repeated_interrupted_upgrades_add_no_copies(data_dir: Path, upgrade) -> None:
    _logbook_of_the_older_version(data_dir, "Before")
    for _ in range(3):
        _crash(data_dir, "upgrade_step", "during")
    assert len(_copies(data_dir)) == 1


def test_a_changed_logbook_gets_a_copy_of_its_own(data_dir: Path, upgrade) -> None:
    """Same steps, different content: the earlier copy is not this state's copy."""
    _logbook_of_the_older_version(data_dir, "Before")
    _crash(data_dir, "upgrade_step", "during")
    with Logbook.open(data_dir) as book:  # the older app, used again meanwhile
        book.add_client(ClientDetails("Bo", "Later"))

    upgrade()
    with Logbook.open(data_dir) as book:
        assert book.client_count() == 2
    contents = sorted(_last_names_and_steps(copy)[0] for copy in _copies(data_dir))
    assert contents == [["Before"], ["Before", "Later"]]


def test_a_copy_that_no_longer_opens_is_not_reused(data_dir: Path, upgrade) -> None:
    _logbook_of_the_older_version(data_dir, "Before")
    _crash(data_dir, "upgrade_step", "during")
    [damaged] = _copies(data_dir)
    damaged.write_bytes(b"\0" * 4096)

    upgrade()
    Logbook.open(data_dir).close()
    whole = [copy for copy in _copies(data_dir) if copy != damaged]
    assert [_last_names_and_steps(copy) for copy in whole] == [(["Before"], OLD_STEPS)]


def test_the_logbook_is_hashed_only_when_an_upgrade_is_pending(
    data_dir: Path, upgrade, monkeypatch: pytest.MonkeyPatch
) -> None:
    _logbook_of_the_older_version(data_dir, "Before")
    hashed: list[Path] = []
    fingerprint = database_module._fingerprint

    def counting(db, path):
        hashed.append(path)
        return fingerprint(db, path)

    monkeypatch.setattr(database_module, "_fingerprint", counting)
    Logbook.open(data_dir).close()
    assert hashed == []  # nothing pending: no hashing at start-up
    upgrade()
    Logbook.open(data_dir).close()
    Logbook.open(data_dir).close()
    assert len(hashed) == 1
