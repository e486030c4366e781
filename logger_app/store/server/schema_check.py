"""The server's schema is exactly what its recorded steps make, as the file's is.

A logbook whose tables, columns, constraints, indexes, triggers or functions differ (a
trigger dropped by hand, a table altered) is refused untouched, the difference named.

What is compared is what the steps wrote and PostgreSQL keeps as written, so that one
expectation holds on every server version: names, column types and nullability, which
table each index, constraint and trigger belongs to, a trigger's events and function, and
each function's source text (``prosrc``, as the step sent it). Definitions PostgreSQL
prints back in its own words (``pg_get_triggerdef`` and the like) change between versions
and are not compared.

The expectation ships in ``resources/expected-server-schema.json``, keyed by the steps;
``python -m logger_app.store.server.schema_check URL`` writes it from a logbook database
freshly made there (a test fails until it matches).
"""

from __future__ import annotations

import hashlib
import json
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

from ...errors import SchemaMismatchError

RESOURCE = "expected-server-schema.json"

_QUERIES = {
    "columns": """
        SELECT table_name || '.' || column_name, udt_name || CASE WHEN is_nullable = 'NO'
            THEN ' not null' ELSE '' END
        FROM information_schema.columns WHERE table_schema = current_schema()""",
    "constraints": """
        SELECT c.conrelid::regclass::text || '.' || c.conname, c.contype::text
        FROM pg_constraint c WHERE c.connamespace = current_schema()::regnamespace
          AND c.conrelid <> 0""",
    "indexes": """
        SELECT indexname, tablename FROM pg_indexes WHERE schemaname = current_schema()""",
    "triggers": """
        SELECT t.tgrelid::regclass::text || '.' || t.tgname,
            t.tgtype::text || ' ' || p.proname::text || ' ' || t.tgenabled::text
        FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        JOIN pg_class r ON r.oid = t.tgrelid
        WHERE NOT t.tgisinternal AND r.relnamespace = current_schema()::regnamespace""",
    # The app's own functions, not those of an extension (unaccent's live here too).
    "functions": """
        SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
            md5(p.prosrc)
        FROM pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')""",
}


def describe(db: Any) -> dict[str, dict[str, str]]:
    """The schema of the logbook database ``db`` (a ServerDatabase), as compared."""
    return {
        kind: {name: value for name, value in db.execute(sql).fetchall()}
        for kind, sql in _QUERIES.items()
    }


def steps_key(steps: list[str]) -> str:
    return hashlib.sha256("\n".join(steps).encode()).hexdigest()


def expected(steps: list[str]) -> dict[str, dict[str, str]] | None:
    """What ``steps`` make, as shipped; None if no expectation ships for them."""
    shipped = json.loads(files("resources").joinpath(RESOURCE).read_text("utf-8"))
    return shipped.get(steps_key(steps))


def check_server_schema(db: Any, steps: list[str]) -> None:
    """SchemaMismatchError (nothing touched) if the database differs from ``steps``'."""
    wanted = expected(steps)
    if wanted is None:
        return
    found = describe(db)
    problems = []
    for kind, objects in wanted.items():
        have = found.get(kind, {})
        missing = sorted(set(objects) - set(have))
        extra = sorted(set(have) - set(objects))
        changed = sorted(name for name in set(objects) & set(have) if objects[name] != have[name])
        for label, names in (("missing", missing), ("unexpected", extra), ("changed", changed)):
            if names:
                problems.append(f"{kind} {label}: {', '.join(names[:5])}")
    if problems:
        raise SchemaMismatchError(
            f"The logbook on {db.label} is not as this app makes it ({'; '.join(problems)}). "
            "It was left untouched: restore the server's backup, or ask whoever changed "
            "the database by hand."
        )


def write_expected(conninfo: str, target: Path) -> None:
    """Write the expectation of the current steps, from the logbook at ``conninfo`` (a
    database made by this version and never changed by hand)."""
    from .connection import ServerDatabase
    from .opening import applied_steps, server_steps

    db = ServerDatabase.connect(conninfo)
    try:
        steps = server_steps()
        if applied_steps(db) != steps:
            raise SystemExit("that database does not hold every step of this version")
        document = {steps_key(steps): describe(db)}
    finally:
        db.close()
    target.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - a developer's tool
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m logger_app.store.server.schema_check URL")
    write_expected(sys.argv[1], Path(str(files("resources").joinpath(RESOURCE))))
