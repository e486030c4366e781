"""The expected schemas as digests: SHA-256 of ``sqlite_master``'s rows exactly as
written, after each prefix of the schema steps, per SQLite version (SQLite writes the
FTS5 tables' SQL itself). A sound file matches its digest at once; only a file that does
not is read and compared object by object (``expected_schema``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping
from functools import lru_cache
from importlib.resources import files

from sqlite_utils import Database, Migrations

from .migrations import all_steps, migrations

DIGESTS_RESOURCE = "expected-schema-digests.json"
Steps = tuple[str, ...]

# Tables SQLite itself makes on demand, with the SQL it gives them.
INTERNAL_TABLES_SQL = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}


def raw_digest(conn: sqlite3.Connection) -> str:
    """SHA-256 of every row of ``sqlite_master`` as written (SQLite's on-demand tables
    left out only when they are exactly what SQLite makes)."""
    rows = sorted(
        (kind, name, table, sql or "")
        for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
        if not (kind == "table" and INTERNAL_TABLES_SQL.get(name) == sql)
    )
    return hashlib.sha256(json.dumps(rows).encode("utf-8")).hexdigest()


def build_raw_digests(steps: Migrations | None = None) -> dict[Steps, str]:
    """``raw_digest`` after each prefix of ``steps`` (this app's by default), as this
    SQLite writes them."""
    steps = migrations if steps is None else steps
    names = all_steps(steps)
    db = Database(sqlite3.connect(":memory:"), execute_plugins=False)
    try:
        digests = {}
        for done in range(len(names) + 1):
            if done < len(names):
                steps.apply(db, stop_before=names[done])
            else:
                steps.apply(db)
            digests[tuple(names[:done])] = raw_digest(db.conn)
        return digests
    finally:
        db.close()


def render_digests(known: Mapping[str, Mapping[str, str]], digests: Mapping[Steps, str]) -> str:
    """The digests file: ``known`` (by SQLite version) with this SQLite's ``digests``."""
    merged = {version: dict(entries) for version, entries in known.items()}
    merged[sqlite3.sqlite_version] = {" ".join(steps): digest for steps, digest in digests.items()}
    return json.dumps(merged, indent=2, sort_keys=True) + "\n"


def read_digests_file(text: str) -> dict[str, dict[str, str]]:
    return json.loads(text) if text.strip() else {}


@lru_cache(maxsize=1)
def shipped_raw_digests() -> dict[Steps, str]:
    """This SQLite version's digests from the shipped file (none for another version)."""
    try:
        text = files("resources").joinpath(DIGESTS_RESOURCE).read_text("utf-8")
    except FileNotFoundError:
        return {}
    entries = read_digests_file(text).get(sqlite3.sqlite_version, {})
    return {tuple(key.split()) if key else (): digest for key, digest in entries.items()}
