"""The logbook's schema, search and transactions over an encrypted (SQLCipher) file, and
nothing of a client readable in its files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from logger_app.crypto.data_key import WrongKeyError, new_data_key
from logger_app.crypto.sqlcipher import cipher_version, connect_encrypted
from logger_app.store.connection import LogbookDatabase
from logger_app.store.expected_schema import schema_differences
from logger_app.store.migrations import migrations

NAME = "Zephyrine Quackenbush"
STAMP = "2025-01-01T00:00:00+00:00"


def _open(path: Path, key: bytes) -> LogbookDatabase:
    connection = connect_encrypted(path, key, isolation_level="IMMEDIATE")
    db = LogbookDatabase(connection, folder=path.parent, execute_plugins=False)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def test_every_schema_step_search_and_a_client_on_an_encrypted_file(tmp_path: Path) -> None:
    path, key = tmp_path / "logbook.sqlite3", new_data_key()
    db = _open(path, key)
    assert cipher_version(db.conn).startswith("4.")
    migrations.apply(db)
    assert schema_differences(db.conn, migrations) == []  # the app's own check holds
    first, last = NAME.split()
    with db.atomic():
        db.execute(
            "INSERT INTO clients (id, first_name, last_name, created_at, updated_at) "
            "VALUES (1, ?, ?, ?, ?)",
            [first, last, STAMP, STAMP],
        )
    found = db.execute("SELECT rowid FROM clients_fts WHERE clients_fts MATCH 'zeph*'")
    assert found.fetchall() == [(1,)]
    # Before any checkpoint: the name is in the write-ahead log's pages, encrypted too.
    files = [p for p in tmp_path.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"logbook.sqlite3", "logbook.sqlite3-wal"}
    for file in files:
        content = file.read_bytes()
        assert first.encode() not in content and last.encode() not in content, file.name
        assert b"SQLite format 3" not in content, file.name
    db.close()

    again = _open(path, key)
    assert again.execute("SELECT first_name FROM clients").fetchall() == [(first,)]
    again.close()


def test_another_key_or_plain_sqlite_opens_nothing(tmp_path: Path) -> None:
    path, key = tmp_path / "logbook.sqlite3", new_data_key()
    db = _open(path, key)
    migrations.apply(db)
    db.close()
    with pytest.raises(WrongKeyError):
        connect_encrypted(path, new_data_key())
    plain = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()
