"""Fixtures of the store tests that need the PostgreSQL test server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .server_schema_support import migrated_database


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    """A new database on the test server with every step applied, for one test module."""
    with migrated_database() as connection:
        yield connection


@pytest.fixture
def pg(server: Any) -> Iterator[Any]:
    """The server database inside a transaction that is rolled back after the test."""
    with server.transaction(force_rollback=True):
        yield server
