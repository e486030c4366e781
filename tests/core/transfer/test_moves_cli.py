"""`logger-app move-to-server` and `move-to-file`: a round trip through the server with
every table equal, the original untouched, refusals (exit 2) that change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from logger_app.logbook import Logbook
from logger_app.records import ClientDetails, PhotoFileStatus
from logger_app.transfer import TABLES

from ...server_home import server_database
from ..backup_support import tree_state
from .rich_logbook import NOW
from .support import (
    filled_folder,
    rows_of_folder,
    rows_of_server,
    run,
    same_but_new_audit_entries,
)

pytestmark = pytest.mark.server_only


@pytest.fixture
def original(tmp_path: Path) -> Path:
    return filled_folder(tmp_path / "original", tmp_path / "sources")


def _photo_blobs(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(DISTINCT sha256) FROM photo_blobs").fetchone()[0]


def test_a_logbook_moves_to_the_server_and_back_whole(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = rows_of_folder(original)
    kept = tree_state(original)
    back = tmp_path / "back"
    with server_database() as url:
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 0
        out, err = capsys.readouterr()
        assert err == ""
        assert out.startswith(f"Moved the logbook from {original / 'logbook.sqlite3'} to logbook_")
        assert "  Copied " in out and "2 clients, 3 sessions, 2 photos, 2 amendments" in out
        matched = f"Every table's row count and checksum match the original ({len(TABLES)} tables)."
        assert matched in out
        assert "Keep that folder as it is, as a backup" in out and "do not delete it" in out
        assert tree_state(original) == kept  # not a byte of the original changed
        assert same_but_new_audit_entries(before, rows_of_server(url)) == ["move"]
        # The photo files went into the server itself: a room whose own data folder is
        # empty opens them, with the bytes of their names.
        assert _photo_blobs(url) == 2
        with Logbook.open(tmp_path / "another-room", database_url=url) as room:
            photos = [p for client in room.client_ids() for p in room.photos_of_client(client)]
            assert len(photos) == 2
            for photo in photos:
                assert room.photo_status(photo) is PhotoFileStatus.OK
                opened = room.photo_file(photo)
                assert opened.is_relative_to(tmp_path / "another-room")
                assert hashlib.sha256(opened.read_bytes()).hexdigest() == photo.sha256

        code = run("move-to-file", "--database-url", url, "--data-dir", back)
        assert code == 0
        out = capsys.readouterr().out
        assert "Photo files: 2 copied, 0 already in place." in out
        assert f"open the logbook with --data-dir {back}" in out
    assert same_but_new_audit_entries(before, rows_of_folder(back)) == ["move", "move"]
    with Logbook.open(back) as book:
        photos = [p for client in book.client_ids() for p in book.photos_of_client(client)]
        assert len(photos) == 2
        for photo in photos:
            assert book.photo_status(photo) is PhotoFileStatus.OK
            copied = book.photo_file(photo)
            assert copied.read_bytes() == (original / copied.relative_to(back)).read_bytes()


def test_a_server_holding_a_logbook_is_refused_untouched(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = tree_state(original)
    with server_database() as url:
        with Logbook.open(tmp_path / "caches", database_url=url) as book:
            book.add_client(ClientDetails("Already", "There"), today=NOW.date())
        there = rows_of_server(url)
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith("logger-app: The database logbook_")
        assert "already holds a logbook (1 clients, 0 sessions): nothing was copied" in err
        assert rows_of_server(url) == there
    assert tree_state(original) == kept


def test_a_database_of_another_program_is_refused_untouched(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    with server_database(empty=True) as url:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE invoices (id int)")
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 2
        assert "holds tables of another program" in capsys.readouterr().err
        with psycopg.connect(url) as conn:
            tables = conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchall()
        assert tables == [("invoices",)]


def test_a_folder_holding_a_logbook_is_refused_untouched(
    original: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    occupied = filled_folder(tmp_path / "occupied", tmp_path / "more")
    kept = tree_state(occupied)
    with server_database() as url:
        assert run("move-to-server", "--data-dir", original, "--database-url", url) == 0
        capsys.readouterr()
        assert run("move-to-file", "--database-url", url, "--data-dir", occupied) == 2
        err = capsys.readouterr().err
        assert f"The folder {occupied} already holds a logbook: nothing was copied" in err
    assert tree_state(occupied) == kept


def test_both_ends_must_be_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run("move-to-server", "--data-dir", "somewhere")
    assert exited.value.code == 2
    assert "--database-url" in capsys.readouterr().err


def test_a_password_typed_in_the_address_is_never_printed(
    original: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from psycopg.conninfo import conninfo_to_dict

    with server_database() as url:
        parts = conninfo_to_dict(url)
        typed = (
            f"postgresql://{parts['user']}:s3cret-word@{parts['host']}:{parts['port']}"
            f"/{parts['dbname']}"
        )
        assert run("move-to-server", "--data-dir", original, "--database-url", typed) == 0
        out, err = capsys.readouterr()
        assert "s3cret-word" not in out + err
        assert f"--database-url postgresql://{parts['user']}@{parts['host']}" in out
