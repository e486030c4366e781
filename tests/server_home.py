"""The clinic-server half of the suite: a fresh logbook database per test on the
throwaway PostgreSQL cluster that ``.ci/postgres-cluster`` starts.

``LOGGER_APP_TEST_SERVER`` holds a superuser URL of that cluster. Without it the server
half is skipped with one line, unless ``LOGGER_APP_REQUIRE_SERVER=1`` (CI) makes a
missing server a failure. Each test gets its own database, copied from a template that
holds the schema (made once per run, whoever of the parallel workers comes first).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SERVER_ENV = "LOGGER_APP_TEST_SERVER"
REQUIRE_ENV = "LOGGER_APP_REQUIRE_SERVER"
SKIP_REASON = (
    f"clinic-server half skipped: no PostgreSQL test cluster ({SERVER_ENV} is unset; "
    "`.ci/postgres-cluster start DIR` starts one, see README)"
)
_TEMPLATE_LOCK = 0x4C4F4742


def admin_url() -> str:
    """The cluster's superuser URL; skips (or, in CI, fails) the test without one."""
    url = os.environ.get(SERVER_ENV, "").strip()
    if not url:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{REQUIRE_ENV}=1 but {SERVER_ENV} is unset: the server half must run")
        pytest.skip(SKIP_REASON)
    return url


def database_url(admin: str, name: str) -> str:
    """``admin`` (a postgresql:// URL) pointing at database ``name``."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    return make_conninfo(**(conninfo_to_dict(admin) | {"dbname": name}))


def _admin_execute(admin: str, *statements: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def _template(admin: str) -> str:
    """A database holding a new logbook's schema, named by the schema's steps."""
    import psycopg

    from logger_app.store.server import opening
    from logger_app.store.server.opening import open_server_database, server_steps

    # Named by the steps and the text that makes them: a changed step is a new template.
    sources = sorted(Path(opening.__file__).parent.glob("schema*.py"))
    made_of = "\n".join(server_steps()) + "".join(path.read_text() for path in sources)
    digest = hashlib.sha256(made_of.encode()).hexdigest()[:12]
    name = f"logbook_template_{digest}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", [_TEMPLATE_LOCK])
        try:
            found = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not found:
                conn.execute(f'CREATE DATABASE "{name}"')
                open_server_database(database_url(admin, name)).close()
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", [_TEMPLATE_LOCK])
    return name


@contextmanager
def server_database(*, empty: bool = False) -> Iterator[str]:
    """The URL of a new database on the test cluster, dropped afterwards: a new logbook
    (the schema in place), or with ``empty`` a database without any table."""
    admin = admin_url()
    name = f"logbook_test_{secrets.token_hex(6)}"
    template = "template0" if empty else _template(admin)
    _admin_execute(admin, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    try:
        yield database_url(admin, name)
    finally:
        _admin_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
