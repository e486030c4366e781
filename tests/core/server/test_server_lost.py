"""A connection to the server lost mid-session: the change under way fails whole, with
one plain sentence; once the server answers again, the same Logbook carries on."""

from __future__ import annotations

from pathlib import Path

import pytest

from logger_app.errors import ServerUnreachableError
from logger_app.logbook import Logbook
from logger_app.records import ClientDetails

from ...server_home import admin_url, server_database

pytestmark = pytest.mark.server_only


def _cut(logbook: Logbook) -> None:
    """What a server restart or a dropped network does to this workstation's connection."""
    import psycopg

    with psycopg.connect(admin_url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [logbook.server_backend_pid()])


def test_after_a_lost_connection_the_next_action_connects_again(tmp_path: Path) -> None:
    with server_database() as url, Logbook.open(tmp_path / "d", database_url=url) as logbook:
        logbook.add_client(ClientDetails(first_name="Ann", last_name="Before"))
        _cut(logbook)
        with pytest.raises(ServerUnreachableError, match="cannot be reached"):
            logbook.add_client(ClientDetails(first_name="Bea", last_name="During"))
        # The server is there again: the same logbook works, nothing half saved.
        logbook.add_client(ClientDetails(first_name="Cal", last_name="After"))
        assert [c.last_name for c in logbook.list_clients()] == ["After", "Before"]
        assert logbook.audit_count() == 2


def test_a_read_after_a_lost_connection_fails_once_then_works(tmp_path: Path) -> None:
    with server_database() as url, Logbook.open(tmp_path / "d", database_url=url) as logbook:
        logbook.add_client(ClientDetails(first_name="Ann", last_name="Lee"))
        _cut(logbook)
        with pytest.raises(ServerUnreachableError):
            logbook.list_clients()
        assert [c.last_name for c in logbook.list_clients()] == ["Lee"]
