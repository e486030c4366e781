"""The exact schema a logbook file may have: what its recorded schema steps make.

A logbook file is trusted only if its ``sqlite_master`` is exactly what this app's
migrations make for the steps the file records in ``_sqlite_migrations``. An extra
trigger (one that rewrites every client's notes, say), a missing integrity trigger, a
changed column, an extra index or view, another program's tables under our application
id: each is refused, the file untouched, the difference named.

The expected schema after every prefix of the steps (a file of an older version records
fewer and must match exactly those) ships in ``resources/expected-schema.json``,
generated from the migrations by

    python -m logger_app.store.write_expected_schema

A test regenerates it and fails, naming that command, when the shipped file is out of
date (a new step, say). A list of steps the file lacks is computed from the steps
themselves, so a development build with a new step still opens its logbooks.

What is compared: every row of ``sqlite_master`` (tables with the FTS5 shadow tables,
indexes with the automatic ones of UNIQUE constraints, triggers, views) as type, name,
table and SQL; sqlite-utils' own ``_sqlite_migrations`` table and its index are part of
it. What is not: the tables SQLite makes on demand (``sqlite_sequence``, and
``sqlite_stat1``/``sqlite_stat4`` of ANALYZE and PRAGMA optimize), present or not, as
long as they have the SQL SQLite gives them. Any other ``sqlite_`` name is compared like
the rest.

A file that records no step is either empty (a new logbook) or holds only the table of
steps (a first open cut short before the first step committed); anything else in it is
named as extra. Recorded steps this app does not know, or not in the order it applies
them, are refused before any comparison.

The SQL is compared normalised (see ``normalise_sql``): comments, whitespace, letter
case outside string literals and the quoting of identifiers (``"x"``, ``[x]``, `` `x` ``,
``x``) do not count: SQLite keeps the text as written, and versions of sqlite-utils quote
differently. Every other token counts.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import weakref
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database, Migrations

from ..errors import SchemaMismatchError
from .migrations import MIGRATION_SET, all_steps, migrations
from .schema_digests import (
    INTERNAL_TABLES_SQL,
    raw_digest,
    shipped_raw_digests,
)

RESOURCE = "expected-schema.json"
WRITE_COMMAND = "python -m logger_app.store.write_expected_schema"
_MIGRATIONS_TABLE = "_sqlite_migrations"


class SchemaObject(NamedTuple):
    """One row of ``sqlite_master``, its SQL normalised (None for automatic indexes)."""

    type: str
    name: str
    table: str
    sql: str | None


Steps = tuple[str, ...]
Key = tuple[str, str]  # (type, lower-case name)
Schema = Mapping[Key, SchemaObject]


# Reading a database's schema


def normalise_sql(sql: str | None) -> str | None:
    """``sql_text.normalise_sql``, loaded when a file is compared object by object: a
    sound file matches its digest, and the tokenizer costs the start-up nothing."""
    from .sql_text import normalise_sql as normalise

    return normalise(sql)


@lru_cache(maxsize=1)
def _internal_tables() -> dict[str, str | None]:
    return {name: normalise_sql(sql) for name, sql in INTERNAL_TABLES_SQL.items()}


def read_schema(conn: sqlite3.Connection) -> dict[Key, SchemaObject]:
    """Every object of ``sqlite_master`` but SQLite's own on-demand tables."""
    schema = {}
    for kind, name, table, sql in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master"
    ):
        item = SchemaObject(kind, name, table, normalise_sql(sql))
        if kind == "table" and _internal_tables().get(name.lower(), False) == item.sql:
            continue
        schema[(kind, name.lower())] = item
    return schema


def recorded_steps(conn: sqlite3.Connection) -> Steps:
    """The schema steps of this app the file records as applied, in the order applied."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [_MIGRATIONS_TABLE]
    ).fetchone()
    if found is None:
        return ()
    return tuple(
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {_MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    )


# The expected schemas: shipped, or made from the steps


def build_schemas(
    steps: Migrations | None = None, count: int | None = None
) -> dict[Steps, dict[Key, SchemaObject]]:
    """Apply ``steps`` (this app's by default; only the first ``count`` if given) one by
    one to an empty in-memory database, as successive versions of the app upgrade a
    file, and read the schema before the first and after each."""
    steps = migrations if steps is None else steps
    names = all_steps(steps)
    count = len(names) if count is None else count
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        schemas = {}
        for done in range(count + 1):
            if done < len(names):
                steps.apply(db, stop_before=names[done])
            else:
                steps.apply(db)
            schemas[tuple(names[:done])] = read_schema(db.conn)
        return schemas
    finally:
        db.close()


def render(schemas: Mapping[Steps, Schema]) -> str:
    """The text of the shipped file: one line per object, grouped by table, for review."""
    order = {"table": 0, "index": 1, "trigger": 2, "view": 3}
    entries = []
    for steps, schema in schemas.items():
        objects = sorted(
            schema.values(), key=lambda o: (o.table.lower(), order.get(o.type, 9), o.name)
        )
        lines = ",\n".join(f"        {json.dumps(list(item))}" for item in objects)
        entries.append(
            f'    {{\n      "steps": {json.dumps(list(steps))},\n'
            f'      "objects": [\n{lines}\n      ]\n    }}'
        )
    about = (
        "The exact schema of a logbook after each prefix of its schema steps: "
        "[type, name, table, normalised SQL] per object of sqlite_master. "
        f"Generated from logger_app/store/migrations.py by `{WRITE_COMMAND}`; do not edit."
    )
    body = ",\n".join(entries)
    return f'{{\n  "about": {json.dumps(about)},\n  "schemas": [\n{body}\n  ]\n}}\n'


@lru_cache(maxsize=1)
def shipped_schemas() -> dict[Steps, dict[Key, SchemaObject]]:
    """The schemas of ``resources/expected-schema.json``, by their steps."""
    try:
        text = files("resources").joinpath(RESOURCE).read_text("utf-8")
    except FileNotFoundError:
        return {}
    schemas = {}
    for entry in json.loads(text)["schemas"]:
        objects = (SchemaObject(*item) for item in entry["objects"])
        schemas[tuple(entry["steps"])] = {(o.type, o.name.lower()): o for o in objects}
    return schemas


_built: weakref.WeakKeyDictionary[Migrations, dict[Steps, dict]] = weakref.WeakKeyDictionary()


def expected_schemas(
    recorded: Steps, steps: Migrations | None = None
) -> dict[Steps, dict[Key, SchemaObject]]:
    """The schema after each prefix of ``recorded`` (a prefix of ``steps``, this app's by
    default): from the shipped file, or made from the steps for prefixes it lacks (a
    step added, the file not yet regenerated: a test says so). Only the recorded steps
    are run then, never a later one."""
    steps = migrations if steps is None else steps
    prefixes = [recorded[:count] for count in range(len(recorded) + 1)]
    shipped = shipped_schemas()
    if all(prefix in shipped for prefix in prefixes):
        return {prefix: shipped[prefix] for prefix in prefixes}
    built = _built.setdefault(steps, {})
    if recorded not in built:
        built.update(build_schemas(steps, len(recorded)))
    return {prefix: built[prefix] for prefix in prefixes}


# Comparing

_KIND_ORDER = {"trigger": 0, "view": 1, "table": 2, "index": 3}


@contextlib.contextmanager
def _one_snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")  # deferred: a read snapshot from the first read, no lock taken
    try:
        yield
    finally:
        conn.execute("COMMIT")


def schema_differences(conn: sqlite3.Connection, steps: Migrations | None = None) -> list[str]:
    """How the file's schema differs from what its recorded steps make, in plain words,
    most telling first; empty if it is exactly that (or the file is empty)."""
    try:
        # One read transaction: another program may be applying a step at this moment,
        # and the steps recorded and the objects read must be of the same moment.
        with _one_snapshot(conn):
            recorded = recorded_steps(conn)
            known = recorded and tuple(all_steps(steps))[: len(recorded)] == recorded
            if known and shipped_raw_digests().get(recorded) == raw_digest(conn):
                return []  # exactly as this app's steps write it
            actual = read_schema(conn)
    except sqlite3.DatabaseError as error:
        return [f"its schema cannot be read ({error})"]
    if not recorded and not actual:
        return []  # a new, empty database
    names = tuple(all_steps(steps))
    if recorded != names[: len(recorded)]:
        unknown = [step for step in recorded if step not in names]
        if unknown:
            return [f"schema steps unknown to this app: {', '.join(unknown)}"]
        return [
            f"its recorded schema steps ({', '.join(recorded)}) are not in the order "
            "this app applies them"
        ]
    schemas = expected_schemas(recorded, steps)
    expected = schemas[recorded]
    if not recorded and ("table", _MIGRATIONS_TABLE) not in actual:
        expected = {}  # nothing recorded, not even the table of steps: should be empty
    return _compare(expected, actual, recorded, schemas)


def _compare(
    expected: Schema, actual: Schema, recorded: Steps, schemas: Mapping[Steps, Schema]
) -> list[str]:
    found: list[tuple[int, int, str, str]] = []  # (category, kind, name, words)
    changed_tables: set[str] = set()

    def note(category: int, item: SchemaObject, words: str) -> None:
        found.append((category, _KIND_ORDER.get(item.type, 9), item.name, words))
        if item.type == "table":
            changed_tables.add(item.name.lower())

    for key, item in actual.items():
        if key not in expected:
            on = f" on {item.table}" if item.type in {"index", "trigger"} else ""
            note(0, item, f"an extra {item.type} `{item.name}`{on}")
    for key, item in expected.items():
        got = actual.get(key)
        if got is None:
            note(1, item, f"the {item.type} `{item.name}` is missing")
        elif got.table.lower() != item.table.lower() or got.sql != item.sql:
            step = _made_by(key, item, recorded, schemas)
            maker = f"step {step}" if step else "this app"
            words = f"{item.type} `{item.name}` differs from what {maker} makes"
            note(2, item, words + _where(item, got))
    # An automatic index comes and goes with its table's UNIQUE constraints: the table
    # says it all.
    found = [
        entry
        for entry in found
        if not (
            entry[2].lower().startswith("sqlite_autoindex_")
            and _autoindex_table(entry[2], actual, expected) in changed_tables
        )
    ]
    return [words for *_, words in sorted(found)]


def _autoindex_table(name: str, *schemas: Schema) -> str | None:
    for schema in schemas:
        item = schema.get(("index", name.lower()))
        if item is not None:
            return item.table.lower()
    return None


def _made_by(
    key: Key, item: SchemaObject, recorded: Steps, schemas: Mapping[Steps, Schema]
) -> str | None:
    """The step that gave ``item`` its present form (None: made before the first step,
    by sqlite-utils' migrations themselves)."""
    made: str | None = recorded[-1] if recorded else None
    for count in range(len(recorded) - 1, -1, -1):
        if schemas.get(recorded[:count], {}).get(key) != item:
            break
        made = recorded[count - 1] if count else None
    return made


def _where(expected: SchemaObject, actual: SchemaObject) -> str:
    """Where the two texts part: a few words of each."""
    if expected.sql is None or actual.sql is None:
        return ""
    from .sql_text import render_tokens, sql_tokens

    want, have = sql_tokens(expected.sql), sql_tokens(actual.sql)
    at = next(
        (i for i, (a, b) in enumerate(zip(want, have, strict=False)) if a != b),
        min(len(want), len(have)),
    )
    start = max(0, at - 2)

    def excerpt(tokens: list[tuple[str, str]]) -> str:
        shown = render_tokens(tokens[start : at + 6])
        return ("…" if start else "") + shown + ("…" if at + 6 < len(tokens) else "")

    return f": it has “{excerpt(have)}” where “{excerpt(want)}” is expected"


def summarise(differences: Sequence[str], limit: int = 3) -> str:
    """The first few differences, and how many more."""
    shown = "; ".join(differences[:limit])
    more = len(differences) - limit
    return shown if more <= 0 else f"{shown}; and {more} more"


def check_schema(conn: sqlite3.Connection, path: Path, steps: Migrations | None = None) -> None:
    """SchemaMismatchError, naming the file and the differences, unless the file's schema
    is exactly what its recorded steps make. Reads only."""
    differences = schema_differences(conn, steps)
    if differences:
        raise SchemaMismatchError(
            f"{path} is refused: its database structure is not the one this app makes "
            f"({summarise(differences)}); another program may have changed it. "
            "It was left untouched."
        )
