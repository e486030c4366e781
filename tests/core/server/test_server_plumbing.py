"""The clinic server's plumbing that needs no server: parameters, addresses, passwords,
and that the file never loads the server's driver."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from logger_app.errors import ServerUnreachableError
from logger_app.logbook import Logbook
from logger_app.server_login import needs_password, with_password
from logger_app.store.server.url import (
    ServerAddressError,
    parse_server_url,
    server_identity,
    without_password,
)


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
        ("SELECT :name, :other_1", "SELECT %(name)s, %(other_1)s"),
        ("SELECT x::text FROM t WHERE y = :y", "SELECT x::text FROM t WHERE y = %(y)s"),
        ("SELECT '?', ':no', 'it''s ?' WHERE a = ?", "SELECT '?', ':no', 'it''s ?' WHERE a = %s"),
        ('SELECT "odd?col" FROM t', 'SELECT "odd?col" FROM t'),
        ("SELECT 1 -- a comment with ? and :x\n, ?", "SELECT 1 -- a comment with ? and :x\n, %s"),
        ("WHERE at LIKE '%' || ? || '%'", "WHERE at LIKE '%%' || %s || '%%'"),
        ("WHERE at LIKE '____-__-__T%'", "WHERE at LIKE '____-__-__T%%'"),
    ],
)
def test_parameters_become_psycopgs_and_quoted_text_is_kept(sql: str, expected: str) -> None:
    from logger_app.store.server.connection import to_pyformat

    assert to_pyformat(sql) == expected


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("mysql://a@b/c", "starts with postgresql://"),
        ("clinic-pc/logbook", "starts with postgresql://"),
        ("postgresql:///logbook", "names no server"),
        ("postgresql://a@clinic-pc:port/logbook", "must be a number"),
        ("postgresql://a@clinic-pc:5432/", "names no database"),
    ],
)
def test_a_wrong_address_is_named_in_plain_words(url: str, problem: str) -> None:
    with pytest.raises(ServerAddressError, match=problem):
        parse_server_url(url)


def test_a_good_address_is_accepted() -> None:
    parts = parse_server_url(" postgresql://logbook@clinic-pc:5433/logbook?sslmode=require ")
    assert (parts.hostname, parts.port, parts.path) == ("clinic-pc", 5433, "/logbook")


def test_a_password_never_stays_in_an_address_kept_or_shown() -> None:
    url = "postgresql://logbook:s3cret@clinic-pc:5432/logbook?sslmode=require"
    assert without_password(url) == "postgresql://logbook@clinic-pc:5432/logbook?sslmode=require"
    assert "s3cret" not in server_identity(url)
    assert server_identity(url) == server_identity(without_password(url))
    assert without_password("postgresql://a@h/db") == "postgresql://a@h/db"


def test_a_password_is_added_as_a_parameter_not_spliced_into_the_text() -> None:
    from psycopg.conninfo import conninfo_to_dict

    conninfo = with_password("postgresql://logbook@clinic-pc/logbook", "p@ss word'")
    assert conninfo_to_dict(conninfo)["password"] == "p@ss word'"
    assert with_password("postgresql://a@h/db", None) == "postgresql://a@h/db"


def test_a_refused_login_is_told_from_an_unreachable_server() -> None:
    assert needs_password(Exception("fe_sendauth: no password supplied"))
    assert needs_password(Exception('password authentication failed for user "a"'))
    assert not needs_password(Exception("connection refused"))


def test_the_file_never_loads_the_servers_driver_or_the_keyring(tmp_path) -> None:
    code = (
        "import sys; from logger_app.logbook import Logbook; import ui.launcher, logger_app.cli;"
        f"Logbook.open({str(tmp_path / 'd')!r}, create=True).close();"
        "print(sorted(m for m in ('psycopg', 'keyring') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_an_unreachable_server_is_one_plain_sentence(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ServerUnreachableError) as raised:
        Logbook.open(tmp_path / "d", database_url=f"postgresql://a:secret@127.0.0.1:{port}/x")
    message = str(raised.value)
    assert message.startswith(f"The clinic server (x on 127.0.0.1:{port}) cannot be reached")
    assert "secret" not in message
